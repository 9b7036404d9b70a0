/* tp-store-personas.c — personas, the journey template and idea links
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-store-private.h"

#define PERSONA_NAME_MAX 100
#define PERSONA_SUMMARY_MAX 300
#define TEMPLATE_STAGES_MAX 50

#define PERSONA_COLUMNS \
  "id, workshop_id, uuid, name, summary, channels, digital_confidence, " \
  "needs_time_to_decide, patience, relationship, revision"

static TpPersona *
persona_from_row (sqlite3_stmt *stmt)
{
  TpLevel confidence = TP_LEVEL_MEDIUM;
  TpLevel patience = TP_LEVEL_MEDIUM;
  TpRelationship relationship = TP_RELATIONSHIP_PROSPECT;

  tp_level_from_string (tp_store_column_text (stmt, 6), &confidence);
  tp_level_from_string (tp_store_column_text (stmt, 8), &patience);
  tp_relationship_from_string (tp_store_column_text (stmt, 9), &relationship);

  return g_object_new (TP_TYPE_PERSONA,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "workshop-id", sqlite3_column_int64 (stmt, 1),
                       "uuid", tp_store_column_text (stmt, 2),
                       "name", tp_store_column_text (stmt, 3),
                       "summary", tp_store_column_text (stmt, 4),
                       "channels", tp_store_channels_from_text (tp_store_column_text (stmt, 5)),
                       "digital-confidence", confidence,
                       "needs-time-to-decide", sqlite3_column_int (stmt, 7) != 0,
                       "patience", patience,
                       "relationship", relationship,
                       "revision", sqlite3_column_int64 (stmt, 10),
                       NULL);
}

GListStore *
tp_store_read_personas (TpStore  *self,
                        gint64    workshop_id,
                        GError  **error)
{
  g_autoptr(GListStore) personas = g_list_store_new (TP_TYPE_PERSONA);
  sqlite3_stmt *stmt;
  int rc;

  stmt = tp_store_prepare (self,
                           "SELECT " PERSONA_COLUMNS " FROM personas WHERE workshop_id = ?1 ORDER BY id",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, workshop_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TpPersona) persona = persona_from_row (stmt);
      g_list_store_append (personas, persona);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      return NULL;
    }

  return g_steal_pointer (&personas);
}

static GListStore *
ensure_personas (TpStore  *self,
                 gint64    workshop_id,
                 GError  **error)
{
  GListStore *cached = tp_store_peek_personas (self, workshop_id);
  g_autoptr(GListStore) personas = NULL;

  if (cached != NULL)
    return cached;

  if (!(personas = tp_store_read_personas (self, workshop_id, error)))
    return NULL;

  tp_store_keep_personas (self, workshop_id, personas);
  return personas;
}

GListModel *
tp_store_get_personas (TpStore    *self,
                       TpWorkshop *workshop)
{
  g_autoptr(GError) error = NULL;
  GListStore *personas;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  personas = ensure_personas (self, tp_workshop_get_id (workshop), &error);
  if (personas == NULL)
    {
      g_autoptr(GListStore) empty = g_list_store_new (TP_TYPE_PERSONA);

      g_message ("Could not read the personas of workshop %" G_GINT64_FORMAT ": %s",
                 tp_workshop_get_id (workshop), error->message);
      tp_store_keep_personas (self, tp_workshop_get_id (workshop), empty);
      return G_LIST_MODEL (empty);
    }

  return G_LIST_MODEL (personas);
}

/* The traits of @draft, checked: the name trimmed and present, at least
 * one channel, and texts within their limits. */
typedef struct
{
  char *name;
  char *summary;
  char *channels;
} PersonaFields;

static void
persona_fields_clear (PersonaFields *fields)
{
  g_clear_pointer (&fields->name, g_free);
  g_clear_pointer (&fields->summary, g_free);
  g_clear_pointer (&fields->channels, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PersonaFields, persona_fields_clear)

static gboolean
check_persona (TpPersona      *draft,
               PersonaFields  *fields,
               GError        **error)
{
  const char *name = tp_persona_get_name (draft);
  const char *summary = tp_persona_get_summary (draft);
  glong n;

  if (name == NULL || !g_utf8_validate (name, -1, NULL) ||
      (summary != NULL && !g_utf8_validate (summary, -1, NULL)))
    {
      g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                           _("The persona’s name and summary must be valid UTF-8 text"));
      return FALSE;
    }

  fields->name = g_strstrip (g_strdup (name));
  n = g_utf8_strlen (fields->name, -1);
  if (n == 0 || n > PERSONA_NAME_MAX)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A persona needs a name of 1 to %d character",
                                "A persona needs a name of 1 to %d characters",
                                PERSONA_NAME_MAX),
                   PERSONA_NAME_MAX);
      return FALSE;
    }

  fields->summary = g_strstrip (g_strdup (summary ? summary : ""));
  if (g_utf8_strlen (fields->summary, -1) > PERSONA_SUMMARY_MAX)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The persona’s summary is too long: at most %d character",
                                "The persona’s summary is too long: at most %d characters",
                                PERSONA_SUMMARY_MAX),
                   PERSONA_SUMMARY_MAX);
      return FALSE;
    }

  if ((tp_persona_get_channels (draft) & TP_CHANNEL_ALL) == 0)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("%s needs at least one channel they use"), fields->name);
      return FALSE;
    }

  fields->channels = tp_store_channels_to_text (tp_persona_get_channels (draft) & TP_CHANNEL_ALL);
  return TRUE;
}

static gboolean
bind_persona_and_run (TpStore        *self,
                      sqlite3_stmt   *stmt,
                      TpPersona      *draft,
                      PersonaFields  *fields,
                      GError        **error)
{
  tp_store_bind_text (stmt, 3, fields->name);
  tp_store_bind_text (stmt, 4, fields->summary);
  tp_store_bind_text (stmt, 5, fields->channels);
  tp_store_bind_text (stmt, 6, tp_level_to_string (tp_persona_get_digital_confidence (draft)));
  sqlite3_bind_int (stmt, 7, tp_persona_get_needs_time_to_decide (draft));
  tp_store_bind_text (stmt, 8, tp_level_to_string (tp_persona_get_patience (draft)));
  tp_store_bind_text (stmt, 9, tp_relationship_to_string (tp_persona_get_relationship (draft)));

  if (tp_store_step_done (self, stmt, error))
    return TRUE;

  if (g_error_matches (*error, TP_ERROR, TP_ERROR_REFUSED))
    {
      g_clear_error (error);
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("This workshop already has a persona called “%s”"), fields->name);
    }

  return FALSE;
}

TpPersona *
tp_store_read_persona (TpStore  *self,
                gint64    id,
                GError  **error)
{
  sqlite3_stmt *stmt = tp_store_prepare (self, "SELECT " PERSONA_COLUMNS " FROM personas WHERE id = ?1", error);
  TpPersona *persona = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    persona = persona_from_row (stmt);
  else
    tp_store_set_error (tp_store_get_db (self), rc == SQLITE_DONE ? SQLITE_NOTFOUND : rc, error);
  sqlite3_reset (stmt);

  return persona;
}

TpPersona *
tp_store_add_persona (TpStore     *self,
                      TpWorkshop  *workshop,
                      TpPersona   *draft,
                      GError     **error)
{
  g_auto(PersonaFields) fields = { 0 };
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = tp_store_now ();
  g_autoptr(TpPersona) persona = NULL;
  GListStore *personas;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (TP_IS_PERSONA (draft), NULL);

  if (!check_persona (draft, &fields, error))
    return NULL;

  if (!(personas = ensure_personas (self, tp_workshop_get_id (workshop), error)) ||
      !tp_store_begin (self, error))
    return NULL;

  stmt = tp_store_prepare (self,
                           "INSERT INTO personas (uuid, workshop_id, name, summary, channels, "
                           "  digital_confidence, needs_time_to_decide, patience, relationship, "
                           "  created_at, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                           error);
  if (stmt == NULL)
    goto fail;

  tp_store_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, tp_workshop_get_id (workshop));
  tp_store_bind_text (stmt, 10, now);
  if (!bind_persona_and_run (self, stmt, draft, &fields, error))
    goto fail;

  if (!(persona = tp_store_read_persona (self, sqlite3_last_insert_rowid (tp_store_get_db (self)), error)) ||
      !tp_store_commit (self, error))
    goto fail;

  g_list_store_append (personas, persona);
  tp_store_refresh_verdicts (self, tp_workshop_get_id (workshop), 0);

  return persona;

fail:
  tp_store_rollback (self);
  return NULL;
}

gboolean
tp_store_update_persona (TpStore     *self,
                         TpPersona   *persona,
                         TpPersona   *draft,
                         GError     **error)
{
  g_auto(PersonaFields) fields = { 0 };
  g_autofree char *now = tp_store_now ();
  g_autoptr(TpPersona) stored = NULL;
  GListStore *personas;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_PERSONA (persona), FALSE);
  g_return_val_if_fail (TP_IS_PERSONA (draft), FALSE);

  if (!check_persona (draft, &fields, error) || !tp_store_begin (self, error))
    return FALSE;

  stmt = tp_store_prepare (self,
                           "UPDATE personas SET name = ?3, summary = ?4, channels = ?5, "
                           "  digital_confidence = ?6, needs_time_to_decide = ?7, patience = ?8, "
                           "  relationship = ?9, updated_at = ?2 "
                           "WHERE id = ?1",
                           error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, tp_persona_get_id (persona));
  tp_store_bind_text (stmt, 2, now);
  if (!bind_persona_and_run (self, stmt, draft, &fields, error))
    goto fail;

  /* The revision comes back from the trigger that bumped it. */
  if (!(stored = tp_store_read_persona (self, tp_persona_get_id (persona), error)) ||
      !tp_store_commit (self, error))
    goto fail;

  g_object_freeze_notify (G_OBJECT (persona));
  g_object_set (persona,
                "name", tp_persona_get_name (stored),
                "summary", tp_persona_get_summary (stored),
                "channels", tp_persona_get_channels (stored),
                "digital-confidence", tp_persona_get_digital_confidence (stored),
                "needs-time-to-decide", tp_persona_get_needs_time_to_decide (stored),
                "patience", tp_persona_get_patience (stored),
                "relationship", tp_persona_get_relationship (stored),
                "revision", tp_persona_get_revision (stored),
                NULL);
  g_object_thaw_notify (G_OBJECT (persona));

  if ((personas = tp_store_peek_personas (self, tp_persona_get_workshop_id (persona))))
    tp_store_announce_changed (personas, persona);
  tp_store_refresh_verdicts (self, tp_persona_get_workshop_id (persona), 0);

  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

gboolean
tp_store_delete_persona (TpStore    *self,
                         TpPersona  *persona,
                         GError    **error)
{
  g_autoptr(TpPersona) keep = NULL;
  GListStore *personas;
  sqlite3_stmt *stmt;
  guint position;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_PERSONA (persona), FALSE);

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self, "DELETE FROM personas WHERE id = ?1", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, tp_persona_get_id (persona));
  if (!tp_store_step_done (self, stmt, error) || !tp_store_commit (self, error))
    goto fail;

  keep = g_object_ref (persona);
  personas = tp_store_peek_personas (self, tp_persona_get_workshop_id (persona));
  if (personas && tp_store_find_position (G_LIST_MODEL (personas), persona, &position))
    g_list_store_remove (personas, position);
  tp_store_refresh_verdicts (self, tp_persona_get_workshop_id (persona), 0);

  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

/**
 * tp_store_find_persona:
 * @name: the persona's name within the workshop, matched exactly first
 *   and then ignoring case
 *
 * Returns: (transfer none): the persona, or %NULL with @error set
 */
TpPersona *
tp_store_find_persona (TpStore     *self,
                       gint64       workshop_id,
                       const char  *name,
                       GError     **error)
{
  g_autofree char *key = NULL;
  GListStore *personas;
  TpPersona *folded_match = NULL;
  guint n;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!(personas = ensure_personas (self, workshop_id, error)))
    return NULL;

  key = g_utf8_casefold (name, -1);
  n = g_list_model_get_n_items (G_LIST_MODEL (personas));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpPersona) persona = g_list_model_get_item (G_LIST_MODEL (personas), i);
      g_autofree char *other = g_utf8_casefold (tp_persona_get_name (persona), -1);

      if (g_strcmp0 (tp_persona_get_name (persona), name) == 0)
        return persona;
      if (folded_match == NULL && g_strcmp0 (key, other) == 0)
        folded_match = persona;
    }

  if (folded_match != NULL)
    return folded_match;

  g_set_error (error, TP_ERROR, TP_ERROR_NOT_FOUND,
               _("The workshop has no persona called “%s”"), name);
  return NULL;
}

/* The journey template */

GStrv
tp_store_get_template_stages (TpStore     *self,
                              TpWorkshop  *workshop,
                              GError     **error)
{
  g_autoptr(GStrvBuilder) stages = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  stmt = tp_store_prepare (self,
                           "SELECT stage FROM template_stages WHERE workshop_id = ?1 ORDER BY position",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, tp_workshop_get_id (workshop));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (stages, tp_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      return NULL;
    }

  return g_strv_builder_end (stages);
}

gboolean
tp_store_set_template_stages (TpStore             *self,
                              TpWorkshop          *workshop,
                              const char * const  *stages,
                              GError             **error)
{
  sqlite3_stmt *stmt;
  guint n = stages ? g_strv_length ((char **)stages) : 0;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);

  if (n == 0 || n > TEMPLATE_STAGES_MAX)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A journey template needs 1 to %d stage",
                                "A journey template needs 1 to %d stages",
                                TEMPLATE_STAGES_MAX),
                   TEMPLATE_STAGES_MAX);
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      glong chars = g_utf8_validate (stages[i], -1, NULL) ? g_utf8_strlen (stages[i], -1) : -1;

      if (chars < 1 || chars > 100)
        {
          g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                       _("Stage %u of the template needs a name of 1 to 100 characters"), i + 1);
          return FALSE;
        }
    }

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self, "DELETE FROM template_stages WHERE workshop_id = ?1", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, tp_workshop_get_id (workshop));
  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  for (guint i = 0; i < n; i++)
    {
      stmt = tp_store_prepare (self,
                               "INSERT INTO template_stages (workshop_id, position, stage) VALUES (?1, ?2, ?3)",
                               error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, tp_workshop_get_id (workshop));
      sqlite3_bind_int (stmt, 2, i);
      tp_store_bind_text (stmt, 3, stages[i]);
      if (!tp_store_step_done (self, stmt, error))
        goto fail;
    }

  return tp_store_commit (self, error);

fail:
  tp_store_rollback (self);
  return FALSE;
}

/* Links between ideas and personas */

GPtrArray *
tp_store_get_idea_personas (TpStore  *self,
                            TpIdea   *idea,
                            GError  **error)
{
  g_autoptr(GPtrArray) linked = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *personas;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_IDEA (idea), NULL);

  if (!(personas = ensure_personas (self, tp_idea_get_workshop_id (idea), error)))
    return NULL;

  stmt = tp_store_prepare (self,
                           "SELECT persona_id FROM idea_linked_personas WHERE idea_id = ?1 ORDER BY persona_id",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (personas));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TpPersona) persona = g_list_model_get_item (G_LIST_MODEL (personas), i);

          if (tp_persona_get_id (persona) == id)
            g_ptr_array_add (linked, g_steal_pointer (&persona));
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      return NULL;
    }

  return g_steal_pointer (&linked);
}

gboolean
tp_store_set_idea_personas (TpStore    *self,
                            TpIdea     *idea,
                            GPtrArray  *personas,
                            GError    **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_IDEA (idea), FALSE);

  if (personas == NULL || personas->len == 0)
    {
      g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                           _("Link at least one persona: an idea is walked for the personas linked to it"));
      return FALSE;
    }

  for (guint i = 0; i < personas->len; i++)
    if (tp_persona_get_workshop_id (g_ptr_array_index (personas, i)) != tp_idea_get_workshop_id (idea))
      {
        g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                     _("%s belongs to another workshop"),
                     tp_persona_get_name (g_ptr_array_index (personas, i)));
        return FALSE;
      }

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self, "DELETE FROM idea_personas WHERE idea_id = ?1", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  for (guint i = 0; i < personas->len; i++)
    {
      stmt = tp_store_prepare (self,
                               "INSERT OR IGNORE INTO idea_personas (idea_id, persona_id) VALUES (?1, ?2)",
                               error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
      sqlite3_bind_int64 (stmt, 2, tp_persona_get_id (g_ptr_array_index (personas, i)));
      if (!tp_store_step_done (self, stmt, error))
        goto fail;
    }

  if (!tp_store_commit (self, error))
    goto fail;

  tp_store_refresh_verdicts (self, tp_idea_get_workshop_id (idea), tp_idea_get_id (idea));
  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}
