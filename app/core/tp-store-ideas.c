/* tp-store-ideas.c — ideas and their tags in the store
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-capture.h"
#include "tp-core-enums.h"
#include "tp-error.h"
#include "tp-store-private.h"
#include "tp-tag.h"

#define IDEA_COLUMNS \
  "id, workshop_id, uuid, title, details, author, status, created_at, updated_at, journey_revision, " \
  "rank, impact, effort, rice_reach, rice_impact, rice_confidence, rice_effort, moscow, " \
  "(SELECT coalesce (sum (v.dots), 0) FROM votes v WHERE v.idea_id = ideas.id), cluster_id"

static double
column_or (sqlite3_stmt *stmt,
           int           column,
           double        unset)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? unset : sqlite3_column_double (stmt, column);
}


static TpIdea *
idea_from_row (sqlite3_stmt *stmt,
               GStrv         tags)
{
  TpIdeaStatus status = TP_IDEA_STATUS_NEW;
  TpMoscow moscow = TP_MOSCOW_NONE;

  tp_idea_status_from_string (tp_store_column_text (stmt, 6), &status);
  if (sqlite3_column_type (stmt, 17) != SQLITE_NULL)
    tp_moscow_from_string (tp_store_column_text (stmt, 17), &moscow);

  return g_object_new (TP_TYPE_IDEA,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "workshop-id", sqlite3_column_int64 (stmt, 1),
                       "uuid", tp_store_column_text (stmt, 2),
                       "title", tp_store_column_text (stmt, 3),
                       "details", tp_store_column_text (stmt, 4),
                       "author", tp_store_column_text (stmt, 5),
                       "status", status,
                       "created-at", tp_store_column_text (stmt, 7),
                       "updated-at", tp_store_column_text (stmt, 8),
                       "journey-revision", sqlite3_column_int64 (stmt, 9),
                       "rank", sqlite3_column_int (stmt, 10),
                       "impact", (guint)sqlite3_column_int (stmt, 11),
                       "effort", (guint)sqlite3_column_int (stmt, 12),
                       "rice-reach", column_or (stmt, 13, -1),
                       "rice-impact", column_or (stmt, 14, -1),
                       "rice-confidence", (int)column_or (stmt, 15, -1),
                       "rice-effort", column_or (stmt, 16, -1),
                       "moscow", moscow,
                       "votes", (guint)sqlite3_column_int (stmt, 18),
                       "cluster-id", sqlite3_column_int64 (stmt, 19),
                       "tags", tags,
                       NULL);
}

/* idea id → GPtrArray of tag names, in their order on the idea */
static GHashTable *
load_workshop_tags (TpStore  *self,
                    gint64    workshop_id,
                    GError  **error)
{
  g_autoptr(GHashTable) tags = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                      (GDestroyNotify)g_ptr_array_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = tp_store_prepare (self,
                           "SELECT it.idea_id, t.name FROM idea_tags it "
                           "JOIN tags t ON t.id = it.tag_id "
                           "WHERE t.workshop_id = ?1 "
                           "ORDER BY it.idea_id, it.position",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, workshop_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 idea_id = sqlite3_column_int64 (stmt, 0);
      GPtrArray *names = g_hash_table_lookup (tags, &idea_id);

      if (names == NULL)
        {
          names = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (tags, g_memdup2 (&idea_id, sizeof idea_id), names);
        }
      g_ptr_array_add (names, g_strdup (tp_store_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      return NULL;
    }

  return g_steal_pointer (&tags);
}

GListStore *
tp_store_read_ideas (TpStore  *self,
                     gint64    workshop_id,
                     GError  **error)
{
  g_autoptr(GHashTable) tags = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) store = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!(tags = load_workshop_tags (self, workshop_id, error)))
    return NULL;

  stmt = tp_store_prepare (self,
                           "SELECT " IDEA_COLUMNS " FROM ideas "
                           "WHERE workshop_id = ?1 AND trashed_at IS NULL "
                           "ORDER BY created_at, id",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, workshop_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      GPtrArray *names = g_hash_table_lookup (tags, &id);

      if (names != NULL)
        g_ptr_array_add (names, NULL);

      g_ptr_array_add (items, idea_from_row (stmt, names ? (GStrv)names->pdata : NULL));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      return NULL;
    }

  store = g_list_store_new (TP_TYPE_IDEA);
  g_list_store_splice (store, 0, 0, items->pdata, items->len);

  return g_steal_pointer (&store);
}

static GListStore *
ensure_ideas (TpStore  *self,
              gint64    workshop_id,
              GError  **error)
{
  GListStore *store = tp_store_peek_ideas (self, workshop_id);
  g_autoptr(GListStore) loaded = NULL;

  if (store != NULL)
    return store;

  if (!(loaded = tp_store_read_ideas (self, workshop_id, error)))
    return NULL;

  tp_store_keep_ideas (self, workshop_id, loaded);
  tp_store_refresh_verdicts (self, workshop_id, 0);
  return loaded;
}

/**
 * tp_store_load_ideas:
 *
 * Returns: (transfer none): the workshop's ideas, or %NULL with @error set
 *   when the database cannot be read
 */
GListModel *
tp_store_load_ideas (TpStore     *self,
                     TpWorkshop  *workshop,
                     GError     **error)
{
  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  return G_LIST_MODEL (ensure_ideas (self, tp_workshop_get_id (workshop), error));
}

/**
 * tp_store_get_ideas:
 *
 * Returns: (transfer none): the workshop's ideas. When the database cannot
 *   be read the model is empty and a message is logged; the calls that
 *   write report the failure to the user.
 */
GListModel *
tp_store_get_ideas (TpStore    *self,
                    TpWorkshop *workshop)
{
  g_autoptr(GError) error = NULL;
  GListModel *ideas;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  ideas = tp_store_load_ideas (self, workshop, &error);
  if (ideas == NULL)
    {
      g_autoptr(GListStore) empty = g_list_store_new (TP_TYPE_IDEA);

      g_message ("Could not read the ideas of workshop %" G_GINT64_FORMAT ": %s",
                 tp_workshop_get_id (workshop), error->message);
      tp_store_keep_ideas (self, tp_workshop_get_id (workshop), empty);
      return G_LIST_MODEL (empty);
    }

  return ideas;
}

gboolean
tp_store_write_idea_tags (TpStore             *self,
            gint64               workshop_id,
            gint64               idea_id,
            const char * const  *tags,
            GError             **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = tp_store_prepare (self, "DELETE FROM idea_tags WHERE idea_id = ?1", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, idea_id);
  if (!tp_store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; tags[i] != NULL; i++)
    {
      g_autofree char *key = g_utf8_casefold (tags[i], -1);
      const char *colour = tp_tag_pick_colour (key);
      gint64 tag_id;
      int rc;

      stmt = tp_store_prepare (self,
                               "INSERT INTO tags (workshop_id, name, key, colour) "
                               "VALUES (?1, ?2, ?3, ?4) "
                               "ON CONFLICT (workshop_id, key) DO NOTHING",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, workshop_id);
      tp_store_bind_text (stmt, 2, tags[i]);
      tp_store_bind_text (stmt, 3, key);
      tp_store_bind_text (stmt, 4, colour);
      if (!tp_store_step_done (self, stmt, error))
        return FALSE;

      stmt = tp_store_prepare (self, "SELECT id FROM tags WHERE workshop_id = ?1 AND key = ?2", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, workshop_id);
      tp_store_bind_text (stmt, 2, key);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          tp_store_set_error (tp_store_get_db (self), rc, error);
          sqlite3_reset (stmt);
          return FALSE;
        }
      tag_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);

      stmt = tp_store_prepare (self,
                               "INSERT INTO idea_tags (idea_id, tag_id, position) VALUES (?1, ?2, ?3)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, idea_id);
      sqlite3_bind_int64 (stmt, 2, tag_id);
      sqlite3_bind_int (stmt, 3, i);
      if (!tp_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* The fields a user typed, checked and normalised once for add and update. */
typedef struct
{
  char  *title;
  char  *details;
  char  *author;
  GStrv  tags;
} IdeaFields;

static void
idea_fields_clear (IdeaFields *fields)
{
  g_clear_pointer (&fields->title, g_free);
  g_clear_pointer (&fields->details, g_free);
  g_clear_pointer (&fields->author, g_free);
  g_clear_pointer (&fields->tags, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (IdeaFields, idea_fields_clear)

static gboolean
check_fields (IdeaFields          *fields,
              const char          *title,
              const char          *details,
              const char          *author,
              const char * const  *tags,
              GError             **error)
{
  if (!(fields->title = tp_capture_check_title (title, error)))
    return FALSE;

  if (details != NULL && !g_utf8_validate (details, -1, NULL))
    {
      g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                           _("The details are not valid UTF-8 text"));
      return FALSE;
    }

  if (details != NULL && g_utf8_strlen (details, -1) > TP_IDEA_DETAILS_MAX)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The details are too long: at most %d character",
                                "The details are too long: at most %d characters",
                                TP_IDEA_DETAILS_MAX),
                   TP_IDEA_DETAILS_MAX);
      return FALSE;
    }
  fields->details = g_strdup (details ? details : "");

  if (author != NULL)
    {
      if (!g_utf8_validate (author, -1, NULL))
        {
          g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                               _("The author’s name is not valid UTF-8 text"));
          return FALSE;
        }

      fields->author = g_strstrip (g_strdup (author));
      if (fields->author[0] == '@')
        memmove (fields->author, fields->author + 1, strlen (fields->author));
      if (fields->author[0] == '\0')
        g_clear_pointer (&fields->author, g_free);
      else if (g_utf8_strlen (fields->author, -1) > 100)
        {
          g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                               _("The author’s name is too long: at most 100 characters"));
          return FALSE;
        }
    }

  if (!(fields->tags = tp_capture_normalize_tags (tags, error)))
    return FALSE;

  return TRUE;
}

static void
count_ideas (TpStore    *self,
             gint64      workshop_id,
             int         delta)
{
  TpWorkshop *workshop = tp_store_lookup_workshop (self, workshop_id);

  if (workshop != NULL)
    g_object_set (workshop, "n-ideas", (guint)MAX (0, (int)tp_workshop_get_n_ideas (workshop) + delta), NULL);
}

/* What triggers and defaults gave the new row. */
static gboolean
read_new_idea (TpStore  *self,
               gint64    idea_id,
               gint64   *revision,
               int      *rank,
               GError  **error)
{
  sqlite3_stmt *stmt = tp_store_prepare (self, "SELECT journey_revision, rank FROM ideas WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, idea_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *revision = sqlite3_column_int64 (stmt, 0);
      *rank = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * tp_store_add_idea:
 * @author: (nullable): who had the idea; %NULL or empty for anonymous
 * @tags: (nullable): tag names
 *
 * Returns: (transfer none): the new idea, already in the workshop's model
 */
TpIdea *
tp_store_add_idea (TpStore             *self,
                   TpWorkshop          *workshop,
                   const char          *title,
                   const char          *details,
                   const char          *author,
                   const char * const  *tags,
                   GError             **error)
{
  g_auto(IdeaFields) fields = { 0 };
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = tp_store_now ();
  g_autoptr(TpIdea) idea = NULL;
  gint64 workshop_id;
  GListStore *ideas;
  sqlite3_stmt *stmt;
  gint64 idea_id;
  gint64 journey_revision = 0;
  int rank = 0;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  if (!check_fields (&fields, title, details, author, tags, error))
    return NULL;

  workshop_id = tp_workshop_get_id (workshop);
  if (!(ideas = ensure_ideas (self, workshop_id, error)))
    return NULL;

  if (!tp_store_begin (self, error))
    return NULL;

  stmt = tp_store_prepare (self,
                           "INSERT INTO ideas (uuid, workshop_id, title, details, author, "
                           "                   created_at, updated_at, rank) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, "
                           "        (SELECT coalesce (max (rank) + 1, 0) FROM ideas WHERE workshop_id = ?2))",
                           error);
  if (stmt == NULL)
    goto fail;

  tp_store_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, workshop_id);
  tp_store_bind_text (stmt, 3, fields.title);
  tp_store_bind_text (stmt, 4, fields.details);
  tp_store_bind_text (stmt, 5, fields.author);
  tp_store_bind_text (stmt, 6, now);
  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  idea_id = sqlite3_last_insert_rowid (tp_store_get_db (self));
  if (!tp_store_write_idea_tags (self, workshop_id, idea_id, (const char * const *)fields.tags, error) ||
      !read_new_idea (self, idea_id, &journey_revision, &rank, error) ||
      !tp_store_commit (self, error))
    goto fail;

  idea = g_object_new (TP_TYPE_IDEA,
                       "id", idea_id,
                       "workshop-id", workshop_id,
                       "uuid", uuid,
                       "title", fields.title,
                       "details", fields.details,
                       "author", fields.author,
                       "tags", fields.tags,
                       "created-at", now,
                       "updated-at", now,
                       "journey-revision", journey_revision,
                       "rank", rank,
                       NULL);

  g_list_store_append (ideas, idea);
  count_ideas (self, workshop_id, +1);
  tp_store_sync_tags (self, workshop_id);

  return idea;

fail:
  tp_store_rollback (self);
  return NULL;
}

/**
 * tp_store_capture_idea:
 * @text: quick-capture text, such as "Call-back line #contact @Jerry"
 *
 * In an anonymous workshop any @name is dropped, so no author is stored.
 *
 * Returns: (transfer none): the new idea
 */
TpIdea *
tp_store_capture_idea (TpStore     *self,
                       TpWorkshop  *workshop,
                       const char  *text,
                       GError     **error)
{
  g_autoptr(TpCapture) capture = NULL;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!(capture = tp_capture_parse (text, error)))
    return NULL;

  return tp_store_add_idea (self, workshop, capture->title, NULL,
                            tp_workshop_get_anonymous (workshop) ? NULL : capture->author,
                            (const char * const *)capture->tags, error);
}

gboolean
tp_store_update_idea (TpStore             *self,
                      TpIdea              *idea,
                      const char          *title,
                      const char          *details,
                      const char          *author,
                      const char * const  *tags,
                      GError             **error)
{
  g_auto(IdeaFields) fields = { 0 };
  g_autofree char *now = tp_store_now ();
  sqlite3_stmt *stmt;
  GListStore *ideas;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_IDEA (idea), FALSE);

  if (!check_fields (&fields, title, details, author, tags, error))
    return FALSE;

  if (!tp_store_begin (self, error))
    return FALSE;

  stmt = tp_store_prepare (self,
                           "UPDATE ideas SET title = ?2, details = ?3, author = ?4, updated_at = ?5 "
                           "WHERE id = ?1 AND trashed_at IS NULL",
                           error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
  tp_store_bind_text (stmt, 2, fields.title);
  tp_store_bind_text (stmt, 3, fields.details);
  tp_store_bind_text (stmt, 4, fields.author);
  tp_store_bind_text (stmt, 5, now);
  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  if (sqlite3_changes (tp_store_get_db (self)) == 0)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_NOT_FOUND,
                   _("The idea “%s” is no longer in the database"), tp_idea_get_title (idea));
      goto fail;
    }

  if (!tp_store_write_idea_tags (self, tp_idea_get_workshop_id (idea), tp_idea_get_id (idea),
                   (const char * const *)fields.tags, error) ||
      !tp_store_commit (self, error))
    goto fail;

  g_object_freeze_notify (G_OBJECT (idea));
  g_object_set (idea,
                "title", fields.title,
                "details", fields.details,
                "author", fields.author,
                "tags", fields.tags,
                "updated-at", now,
                NULL);
  g_object_thaw_notify (G_OBJECT (idea));

  if ((ideas = tp_store_peek_ideas (self, tp_idea_get_workshop_id (idea))))
    tp_store_announce_changed (ideas, idea);
  tp_store_sync_tags (self, tp_idea_get_workshop_id (idea));

  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

gboolean
tp_store_set_idea_status (TpStore       *self,
                          TpIdea        *idea,
                          TpIdeaStatus   status,
                          GError       **error)
{
  g_autofree char *now = tp_store_now ();
  sqlite3_stmt *stmt;
  GListStore *ideas;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_IDEA (idea), FALSE);
  g_return_val_if_fail (status <= TP_IDEA_STATUS_PARKED, FALSE);

  if (tp_idea_get_status (idea) == status)
    return TRUE;

  /* The trigger would refuse too; asking first gives the reason in words. */
  if (status == TP_IDEA_STATUS_DONE && !tp_store_check_done_gate (self, idea, error))
    return FALSE;

  if (!tp_store_begin (self, error))
    return FALSE;

  stmt = tp_store_prepare (self,
                           "UPDATE ideas SET status = ?2, updated_at = ?3 "
                           "WHERE id = ?1 AND trashed_at IS NULL",
                           error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
  tp_store_bind_text (stmt, 2, tp_idea_status_to_string (status));
  tp_store_bind_text (stmt, 3, now);
  if (!tp_store_step_done (self, stmt, error) || !tp_store_commit (self, error))
    goto fail;

  g_object_set (idea, "status", status, "updated-at", now, NULL);
  if ((ideas = tp_store_peek_ideas (self, tp_idea_get_workshop_id (idea))))
    tp_store_announce_changed (ideas, idea);

  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

/* How many more dots a participant with a vote on idea ?1 may have there:
 * the budget less the dots on the other ideas out of the trash. */
#define ROOM_ON_IDEA \
  "((SELECT vote_budget FROM participants p WHERE p.id = votes.participant_id) - " \
  " (SELECT coalesce (sum (o.dots), 0) FROM votes o JOIN ideas i ON i.id = o.idea_id " \
  "  WHERE o.participant_id = votes.participant_id AND o.idea_id <> ?1 AND i.trashed_at IS NULL))"

static gboolean
set_idea_trashed (TpStore   *self,
                  TpIdea    *idea,
                  gboolean   trashed,
                  GError   **error)
{
  static const char * const fit_budgets[] = {
    "DELETE FROM votes WHERE idea_id = ?1 AND " ROOM_ON_IDEA " <= 0",
    "UPDATE votes SET dots = " ROOM_ON_IDEA " WHERE idea_id = ?1 AND dots > " ROOM_ON_IDEA,
  };
  g_autofree char *now = tp_store_now ();
  sqlite3_stmt *stmt;

  if (!tp_store_begin (self, error))
    return FALSE;

  stmt = tp_store_prepare (self, "UPDATE ideas SET trashed_at = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
  tp_store_bind_text (stmt, 2, trashed ? now : NULL);
  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  if (sqlite3_changes (tp_store_get_db (self)) == 0)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_NOT_FOUND,
                   _("The idea “%s” is no longer in the database"), tp_idea_get_title (idea));
      goto fail;
    }

  /* While the idea was in the trash its dots were free to spend again.
   * Bringing it back keeps only the dots that still fit each budget, so
   * no participant ends up over it: as many of a participant's dots as
   * the budget has room for beside their dots on other ideas, and the
   * row goes when there is no room at all. */
  for (guint i = 0; !trashed && i < G_N_ELEMENTS (fit_budgets); i++)
    {
      if (!(stmt = tp_store_prepare (self, fit_budgets[i], error)))
        goto fail;
      sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
      if (!tp_store_step_done (self, stmt, error))
        goto fail;
    }

  return tp_store_commit (self, error);

fail:
  tp_store_rollback (self);
  return FALSE;
}

gboolean
tp_store_trash_idea (TpStore  *self,
                     TpIdea   *idea,
                     GError  **error)
{
  g_autoptr(TpIdea) keep = NULL;
  GListStore *ideas;
  guint position;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_IDEA (idea), FALSE);

  if (!set_idea_trashed (self, idea, TRUE, error))
    return FALSE;

  /* Leaving the model may drop the last reference. */
  keep = g_object_ref (idea);

  ideas = tp_store_peek_ideas (self, tp_idea_get_workshop_id (idea));
  if (ideas != NULL && tp_store_find_position (G_LIST_MODEL (ideas), idea, &position))
    {
      g_list_store_remove (ideas, position);
      count_ideas (self, tp_idea_get_workshop_id (idea), -1);
    }
  tp_store_sync_tags (self, tp_idea_get_workshop_id (idea));
  tp_store_sync_participants (self, tp_idea_get_workshop_id (idea));
  tp_store_sync_clusters (self, tp_idea_get_workshop_id (idea));

  return TRUE;
}

static int
compare_ideas (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int cmp = g_strcmp0 (tp_idea_get_created_at ((TpIdea *)a), tp_idea_get_created_at ((TpIdea *)b));
  gint64 id_a, id_b;

  if (cmp != 0)
    return cmp;

  id_a = tp_idea_get_id ((TpIdea *)a);
  id_b = tp_idea_get_id ((TpIdea *)b);
  return (id_a > id_b) - (id_a < id_b);
}

gboolean
tp_store_restore_idea (TpStore  *self,
                       TpIdea   *idea,
                       GError  **error)
{
  GListStore *ideas;
  guint position;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_IDEA (idea), FALSE);

  if (!set_idea_trashed (self, idea, FALSE, error))
    return FALSE;

  ideas = tp_store_peek_ideas (self, tp_idea_get_workshop_id (idea));
  if (ideas != NULL && !tp_store_find_position (G_LIST_MODEL (ideas), idea, &position))
    {
      g_list_store_insert_sorted (ideas, idea, compare_ideas, NULL);
      count_ideas (self, tp_idea_get_workshop_id (idea), +1);
    }
  tp_store_sync_tags (self, tp_idea_get_workshop_id (idea));
  tp_store_sync_participants (self, tp_idea_get_workshop_id (idea));
  tp_store_sync_clusters (self, tp_idea_get_workshop_id (idea));
  tp_store_sync_idea_votes (self, tp_idea_get_workshop_id (idea), tp_idea_get_id (idea));

  return TRUE;
}

static gboolean
looks_like_uuid_prefix (const char *ref)
{
  gsize len = strlen (ref);

  if (len < 4 || len > 36)
    return FALSE;

  for (const char *p = ref; *p; p++)
    if (!g_ascii_isxdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

static TpIdea *
idea_by_id (TpStore  *self,
            gint64    id,
            GError  **error)
{
  GListStore *ideas;
  sqlite3_stmt *stmt;
  gint64 workshop_id;
  guint n;
  int rc;

  stmt = tp_store_prepare (self,
                           "SELECT workshop_id FROM ideas i "
                           "JOIN workshops w ON w.id = i.workshop_id "
                           "WHERE i.id = ?1 AND i.trashed_at IS NULL AND w.trashed_at IS NULL",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  workshop_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      if (rc != SQLITE_DONE)
        tp_store_set_error (tp_store_get_db (self), rc, error);
      return NULL;
    }

  if (!(ideas = ensure_ideas (self, workshop_id, error)))
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (ideas));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (G_LIST_MODEL (ideas), i);

      if (tp_idea_get_id (idea) == id)
        return idea;
    }

  return NULL;
}

/* Collects the ids matching @sql, which takes the reference as ?1. */
static GArray *
matching_ids (TpStore     *self,
              const char  *sql,
              const char  *ref,
              GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = tp_store_prepare (self, sql, error)))
    return NULL;

  tp_store_bind_text (stmt, 1, ref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/**
 * tp_store_find_idea:
 * @ref: an idea's id, its uuid or a unique prefix of it, or its exact
 *   title where that is unique
 *
 * Returns: (transfer none): the idea, or %NULL with @error set
 */
TpIdea *
tp_store_find_idea (TpStore     *self,
                    const char  *ref,
                    GError     **error)
{
  g_autoptr(GArray) ids = NULL;
  GError *local_error = NULL;
  TpIdea *idea;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (ref != NULL, NULL);

  if (ref[0] != '\0' && strspn (ref, "0123456789") == strlen (ref))
    {
      idea = idea_by_id (self, g_ascii_strtoll (ref, NULL, 10), &local_error);
      if (idea != NULL || local_error != NULL)
        {
          if (local_error)
            g_propagate_error (error, local_error);
          return idea;
        }
    }

  if (looks_like_uuid_prefix (ref))
    {
      g_autofree char *lower = g_ascii_strdown (ref, -1);

      ids = matching_ids (self,
                          "SELECT i.id FROM ideas i JOIN workshops w ON w.id = i.workshop_id "
                          "WHERE substr (i.uuid, 1, length (?1)) = ?1 "
                          "AND i.trashed_at IS NULL AND w.trashed_at IS NULL LIMIT 2",
                          lower, error);
      if (ids == NULL)
        return NULL;
    }

  if (ids == NULL || ids->len == 0)
    {
      g_clear_pointer (&ids, g_array_unref);
      ids = matching_ids (self,
                          "SELECT i.id FROM ideas i JOIN workshops w ON w.id = i.workshop_id "
                          "WHERE i.title = ?1 "
                          "AND i.trashed_at IS NULL AND w.trashed_at IS NULL LIMIT 2",
                          ref, error);
      if (ids == NULL)
        return NULL;
    }

  if (ids->len > 1)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_AMBIGUOUS,
                   _("Several ideas match “%s”; name one by its id or uuid"), ref);
      return NULL;
    }

  if (ids->len == 1 && (idea = idea_by_id (self, g_array_index (ids, gint64, 0), error)))
    return idea;

  if (error == NULL || *error == NULL)
    g_set_error (error, TP_ERROR, TP_ERROR_NOT_FOUND,
                 _("No idea has the id, uuid or title “%s”"), ref);
  return NULL;
}
