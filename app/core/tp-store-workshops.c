/* tp-store-workshops.c — the workshops of the library
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-store-private.h"

/* Undo keeps trashed rows; a later start forgets them once no window can
 * still be offering to bring them back. */
#define TRASH_KEEP_SECONDS (60 * 60)

/* Workshops */

#define WORKSHOP_COLUMNS \
  "w.id, w.uuid, w.title, w.question, w.date, w.facilitator, w.anonymous, " \
  "(SELECT count(*) FROM ideas i WHERE i.workshop_id = w.id AND i.trashed_at IS NULL), " \
  "w.hide_votes, w.hide_authors, w.phase, w.timer_presets"

static TpWorkshop *
workshop_from_row (sqlite3_stmt *stmt)
{
  TpPhase phase = TP_PHASE_CAPTURE;

  tp_phase_from_string (tp_store_column_text (stmt, 10), &phase);

  return g_object_new (TP_TYPE_WORKSHOP,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "uuid", tp_store_column_text (stmt, 1),
                       "title", tp_store_column_text (stmt, 2),
                       "question", tp_store_column_text (stmt, 3),
                       "date", tp_store_column_text (stmt, 4),
                       "facilitator", tp_store_column_text (stmt, 5),
                       "anonymous", sqlite3_column_int (stmt, 6) != 0,
                       "n-ideas", (guint)sqlite3_column_int (stmt, 7),
                       "hide-votes", sqlite3_column_int (stmt, 8) != 0,
                       "hide-authors", sqlite3_column_int (stmt, 9) != 0,
                       "phase", phase,
                       "timer-presets", tp_store_column_text (stmt, 11),
                       NULL);
}

static GListStore *
read_workshops (TpStore  *self,
                GError  **error)
{
  g_autoptr(GListStore) workshops = g_list_store_new (TP_TYPE_WORKSHOP);
  sqlite3_stmt *stmt;
  int rc;

  stmt = tp_store_prepare (self,
                           "SELECT " WORKSHOP_COLUMNS " FROM workshops w "
                           "WHERE w.trashed_at IS NULL "
                           "ORDER BY w.created_at DESC, w.id DESC",
                           error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TpWorkshop) workshop = workshop_from_row (stmt);
      g_list_store_append (workshops, workshop);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      return NULL;
    }

  return g_steal_pointer (&workshops);
}

gboolean
tp_store_load_workshops (TpStore  *self,
                         GError  **error)
{
  g_autoptr(GListStore) workshops = read_workshops (self, error);

  if (workshops == NULL)
    return FALSE;

  tp_store_reconcile (tp_store_get_workshop_store (self), G_LIST_MODEL (workshops));
  return TRUE;
}

GListModel *
tp_store_get_workshops (TpStore *self)
{
  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  return G_LIST_MODEL (tp_store_get_workshop_store (self));
}

TpWorkshop *
tp_store_lookup_workshop (TpStore *self,
                          gint64   id)
{
  guint n;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (tp_store_get_workshop_store (self)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpWorkshop) workshop = g_list_model_get_item (G_LIST_MODEL (tp_store_get_workshop_store (self)), i);

      if (tp_workshop_get_id (workshop) == id)
        return workshop;
    }

  return NULL;
}

static char *
check_workshop_title (const char  *title,
                      GError     **error)
{
  g_autofree char *trimmed = NULL;
  glong n_chars;

  if (title == NULL || !g_utf8_validate (title, -1, NULL))
    {
      g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                           _("The workshop title is not valid UTF-8 text"));
      return NULL;
    }

  trimmed = g_strstrip (g_strdup (title));
  n_chars = g_utf8_strlen (trimmed, -1);

  if (n_chars == 0)
    {
      g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                           _("A workshop needs a title"));
      return NULL;
    }

  if (n_chars > 200)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The workshop title is %ld character long; the limit is 200",
                                "The workshop title is %ld characters long; the limit is 200",
                                n_chars),
                   n_chars);
      return NULL;
    }

  return g_steal_pointer (&trimmed);
}

static TpWorkshop *
read_workshop (TpStore  *self,
               gint64    id,
               GError  **error)
{
  sqlite3_stmt *stmt = tp_store_prepare (self, "SELECT " WORKSHOP_COLUMNS " FROM workshops w WHERE w.id = ?1",
                                         error);
  TpWorkshop *workshop = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    workshop = workshop_from_row (stmt);
  else
    tp_store_set_error (tp_store_get_db (self), rc == SQLITE_DONE ? SQLITE_NOTFOUND : rc, error);
  sqlite3_reset (stmt);

  return workshop;
}

/**
 * tp_store_create_workshop:
 * @title: (nullable): the title; %NULL for "Workshop" and today's date
 *
 * Returns: (transfer none): the new workshop, with the default personas and
 *   journey stages
 */
TpWorkshop *
tp_store_create_workshop (TpStore     *self,
                          const char  *title,
                          GError     **error)
{
  return tp_store_create_workshop_from_template (self, title, NULL, error);
}

/**
 * tp_store_create_workshop_from_template:
 * @title: (nullable): the title; %NULL for "Workshop" and today's date
 * @template: (nullable): what the workshop starts with: its question,
 *   timer presets, personas and journey stages; %NULL for the defaults
 *
 * Returns: (transfer none): the new workshop
 */
TpWorkshop *
tp_store_create_workshop_from_template (TpStore     *self,
                                        const char  *title,
                                        TpTemplate  *template,
                                        GError     **error)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *checked = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = tp_store_now ();
  g_autofree char *date = g_date_time_format (today, "%Y-%m-%d");
  g_autoptr(TpWorkshop) workshop = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (template == NULL || TP_IS_TEMPLATE (template), NULL);

  if (title == NULL)
    {
      /* Translators: the default title of a new workshop; %e %b %Y is the date */
      g_autofree char *when = g_date_time_format (today, _("%e %b %Y"));

      checked = g_strdup_printf (_("Workshop %s"), g_strstrip (when));
    }
  else if (!(checked = check_workshop_title (title, error)))
    return NULL;

  if (!tp_store_begin (self, error))
    return NULL;

  stmt = tp_store_prepare (self,
                           "INSERT INTO workshops (uuid, title, date, created_at, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?4)",
                           error);
  if (stmt == NULL)
    goto fail;

  tp_store_bind_text (stmt, 1, uuid);
  tp_store_bind_text (stmt, 2, checked);
  tp_store_bind_text (stmt, 3, date);
  tp_store_bind_text (stmt, 4, now);
  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  id = sqlite3_last_insert_rowid (tp_store_get_db (self));
  if (template == NULL ? !tp_store_seed_workshop (tp_store_get_db (self), id, error)
                       : !tp_store_seed_from_template (self, id, template, error))
    goto fail;

  if (!(workshop = read_workshop (self, id, error)) || !tp_store_commit (self, error))
    goto fail;

  g_list_store_insert (tp_store_get_workshop_store (self), 0, workshop);
  return workshop;

fail:
  tp_store_rollback (self);
  return NULL;
}

static gboolean
is_number (const char *text)
{
  if (text[0] == '\0')
    return FALSE;

  for (const char *p = text; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return TRUE;
}

/**
 * tp_store_find_workshop:
 * @id_or_title: a workshop's id, or its exact title
 *
 * Returns: (transfer none): the workshop, or %NULL with @error set when
 *   none or several match.
 */
TpWorkshop *
tp_store_find_workshop (TpStore     *self,
                        const char  *id_or_title,
                        GError     **error)
{
  GListModel *model;
  TpWorkshop *found = NULL;
  guint n_found = 0;
  guint n;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (id_or_title != NULL, NULL);

  if (is_number (id_or_title))
    {
      found = tp_store_lookup_workshop (self, g_ascii_strtoll (id_or_title, NULL, 10));
      if (found != NULL)
        return found;
    }

  model = G_LIST_MODEL (tp_store_get_workshop_store (self));
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpWorkshop) workshop = g_list_model_get_item (model, i);

      if (g_strcmp0 (tp_workshop_get_title (workshop), id_or_title) == 0)
        {
          found = workshop;
          n_found++;
        }
    }

  if (n_found == 1)
    return found;

  if (n_found > 1)
    g_set_error (error, TP_ERROR, TP_ERROR_AMBIGUOUS,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%u workshop is called “%s”; name one by its id",
                              "%u workshops are called “%s”; name one by its id",
                              n_found),
                 n_found, id_or_title);
  else
    g_set_error (error, TP_ERROR, TP_ERROR_NOT_FOUND,
                 _("No workshop has the id or title “%s”"), id_or_title);

  return NULL;
}

static gboolean
update_workshop_column (TpStore     *self,
                        const char  *sql,
                        TpWorkshop  *workshop,
                        GValue      *value,
                        GError     **error)
{
  g_autofree char *now = tp_store_now ();
  sqlite3_stmt *stmt;

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self, sql, error)))
    goto fail;

  sqlite3_bind_int64 (stmt, 1, tp_workshop_get_id (workshop));
  if (G_VALUE_HOLDS_STRING (value))
    tp_store_bind_text (stmt, 2, g_value_get_string (value));
  else
    sqlite3_bind_int (stmt, 2, g_value_get_boolean (value));
  tp_store_bind_text (stmt, 3, now);

  if (!tp_store_step_done (self, stmt, error) || !tp_store_commit (self, error))
    goto fail;

  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

gboolean
tp_store_rename_workshop (TpStore     *self,
                          TpWorkshop  *workshop,
                          const char  *title,
                          GError     **error)
{
  g_autofree char *checked = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);

  if (!(checked = check_workshop_title (title, error)))
    return FALSE;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, checked);

  if (!update_workshop_column (self,
                               "UPDATE workshops SET title = ?2, updated_at = ?3 WHERE id = ?1",
                               workshop, &value, error))
    return FALSE;

  g_object_set (workshop, "title", checked, NULL);
  tp_store_announce_changed (tp_store_get_workshop_store (self), workshop);
  return TRUE;
}

gboolean
tp_store_set_workshop_anonymous (TpStore     *self,
                                 TpWorkshop  *workshop,
                                 gboolean     anonymous,
                                 GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, !!anonymous);

  if (!update_workshop_column (self,
                               "UPDATE workshops SET anonymous = ?2, updated_at = ?3 WHERE id = ?1",
                               workshop, &value, error))
    return FALSE;

  g_object_set (workshop, "anonymous", !!anonymous, NULL);
  return TRUE;
}

static gboolean
set_trashed (TpStore     *self,
             const char  *sql,
             gint64       id,
             gboolean     trashed,
             GError     **error)
{
  g_autofree char *now = tp_store_now ();
  sqlite3_stmt *stmt;

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self, sql, error)))
    goto fail;

  sqlite3_bind_int64 (stmt, 1, id);
  tp_store_bind_text (stmt, 2, trashed ? now : NULL);

  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  if (sqlite3_changes (tp_store_get_db (self)) == 0)
    {
      g_set_error_literal (error, TP_ERROR, TP_ERROR_NOT_FOUND,
                           _("It is no longer in the database"));
      goto fail;
    }

  return tp_store_commit (self, error);

fail:
  tp_store_rollback (self);
  return FALSE;
}

gboolean
tp_store_trash_workshop (TpStore     *self,
                         TpWorkshop  *workshop,
                         GError     **error)
{
  g_autoptr(TpWorkshop) keep = NULL;
  guint position;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);

  if (!set_trashed (self, "UPDATE workshops SET trashed_at = ?2 WHERE id = ?1",
                    tp_workshop_get_id (workshop), TRUE, error))
    return FALSE;

  /* Leaving the model may drop the last reference. */
  keep = g_object_ref (workshop);

  if (tp_store_find_position (G_LIST_MODEL (tp_store_get_workshop_store (self)), workshop, &position))
    g_list_store_remove (tp_store_get_workshop_store (self), position);

  return TRUE;
}

static int
compare_workshops (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  gint64 id_a = tp_workshop_get_id ((TpWorkshop *)a);
  gint64 id_b = tp_workshop_get_id ((TpWorkshop *)b);

  /* Ids grow with creation time, and the list is newest first. */
  return (id_a < id_b) - (id_a > id_b);
}

gboolean
tp_store_restore_workshop (TpStore     *self,
                           TpWorkshop  *workshop,
                           GError     **error)
{
  guint position;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);

  if (!set_trashed (self, "UPDATE workshops SET trashed_at = ?2 WHERE id = ?1",
                    tp_workshop_get_id (workshop), FALSE, error))
    return FALSE;

  if (!tp_store_find_position (G_LIST_MODEL (tp_store_get_workshop_store (self)), workshop, &position))
    g_list_store_insert_sorted (tp_store_get_workshop_store (self), workshop, compare_workshops, NULL);

  return TRUE;
}

/**
 * tp_store_purge_trash:
 *
 * Forgets for good what was trashed over an hour ago. Anything more recent
 * may still be on offer in an Undo toast of a running window.
 */
gboolean
tp_store_purge_trash (TpStore  *self,
                      GError  **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) cutoff = g_date_time_add_seconds (now, -TRASH_KEEP_SECONDS);
  g_autofree char *before = g_date_time_format (cutoff, "%Y-%m-%dT%H:%M:%S.%fZ");
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self, "DELETE FROM ideas WHERE trashed_at < ?1", error)))
    goto fail;
  tp_store_bind_text (stmt, 1, before);
  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  if (!(stmt = tp_store_prepare (self, "DELETE FROM workshops WHERE trashed_at < ?1", error)))
    goto fail;
  tp_store_bind_text (stmt, 1, before);
  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  return tp_store_commit (self, error);

fail:
  tp_store_rollback (self);
  return FALSE;
}
