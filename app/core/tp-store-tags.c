/* tp-store-tags.c — the tags of a workshop: create, rename, recolour, delete, assign
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-capture.h"
#include "tp-store-private.h"

/* Tags */

void
tp_store_sync_tags (TpStore *self,
                    gint64   workshop_id)
{
  GListStore *tags = tp_store_peek_model (self, TP_STORE_TAGS, workshop_id);
  g_autoptr(GListStore) fresh = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (tags == NULL)
    return;

  stmt = tp_store_prepare (self,
                           "SELECT t.id, t.name, t.colour, "
                           "  (SELECT count (*) FROM idea_tags it JOIN ideas i ON i.id = it.idea_id "
                           "   WHERE it.tag_id = t.id AND i.trashed_at IS NULL) "
                           "FROM tags t WHERE t.workshop_id = ?1 ORDER BY t.key",
                           NULL);
  if (stmt == NULL)
    return;

  /* Read whole before the model changes: its handlers may use the store. */
  fresh = g_list_store_new (TP_TYPE_TAG);
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TpTag) tag = g_object_new (TP_TYPE_TAG,
                                           "id", sqlite3_column_int64 (stmt, 0),
                                           "workshop-id", workshop_id,
                                           "name", tp_store_column_text (stmt, 1),
                                           "colour", tp_store_column_text (stmt, 2),
                                           "n-ideas", (guint)sqlite3_column_int (stmt, 3),
                                           NULL);
      g_list_store_append (fresh, tag);
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    tp_store_reconcile (tags, G_LIST_MODEL (fresh));
  else
    g_message ("Could not read the tags of workshop %" G_GINT64_FORMAT ": %s",
               workshop_id, sqlite3_errstr (rc));
}

GListModel *
tp_store_get_tags (TpStore    *self,
                   TpWorkshop *workshop)
{
  GListStore *tags;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  tags = tp_store_peek_model (self, TP_STORE_TAGS, tp_workshop_get_id (workshop));
  if (tags == NULL)
    {
      g_autoptr(GListStore) created = g_list_store_new (TP_TYPE_TAG);

      tp_store_keep_model (self, TP_STORE_TAGS, tp_workshop_get_id (workshop), created);
      tp_store_sync_tags (self, tp_workshop_get_id (workshop));
      tags = created;
    }

  return G_LIST_MODEL (tags);
}

TpTag *
tp_store_find_tag (TpStore     *self,
                   TpWorkshop  *workshop,
                   const char  *name,
                   GError     **error)
{
  GListModel *tags;
  g_autofree char *key = NULL;
  const char *bare;
  gboolean ascii;
  guint n;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  tags = tp_store_get_tags (self, workshop);
  bare = name[0] == '#' ? name + 1 : name;
  ascii = g_str_is_ascii (bare);
  n = g_list_model_get_n_items (tags);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpTag) tag = g_list_model_get_item (tags, i);
      const char *other = tp_tag_get_name (tag);
      g_autofree char *folded = NULL;

      /* Each row of the backlog asks for the colour of each of its tags,
       * mostly plain ASCII: those compare without folding copies. */
      if (ascii && g_str_is_ascii (other))
        {
          if (g_ascii_strcasecmp (bare, other) == 0)
            return tag;
          continue;
        }

      if (key == NULL)
        key = g_utf8_casefold (bare, -1);
      folded = g_utf8_casefold (other, -1);
      if (g_strcmp0 (key, folded) == 0)
        return tag;
    }

  g_set_error (error, TP_ERROR, TP_ERROR_NOT_FOUND, _("The workshop has no tag “%s”"), name);
  return NULL;
}

static char *
check_tag_name (const char  *name,
                GError     **error)
{
  const char *single[] = { name, NULL };
  g_auto(GStrv) tags = tp_capture_normalize_tags (single, error);

  if (tags == NULL)
    return NULL;

  if (tags[0] == NULL)
    {
      g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID, _("A tag needs a name"));
      return NULL;
    }

  return g_strdup (tags[0]);
}

TpTag *
tp_store_create_tag (TpStore     *self,
                     TpWorkshop  *workshop,
                     const char  *name,
                     const char  *colour,
                     GError     **error)
{
  g_autofree char *checked = NULL;
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  if (!(checked = check_tag_name (name, error)))
    return NULL;

  if (colour != NULL && !tp_tag_is_colour (colour))
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID, _("“%s” is not a tag colour"), colour);
      return NULL;
    }

  if (tp_store_find_tag (self, workshop, checked, NULL) != NULL)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID, _("The workshop already has a tag “%s”"), checked);
      return NULL;
    }

  key = g_utf8_casefold (checked, -1);
  if (!tp_store_begin (self, error))
    return NULL;

  stmt = tp_store_prepare (self,
                           "INSERT INTO tags (workshop_id, name, key, colour) VALUES (?1, ?2, ?3, ?4)",
                           error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, tp_workshop_get_id (workshop));
  tp_store_bind_text (stmt, 2, checked);
  tp_store_bind_text (stmt, 3, key);
  tp_store_bind_text (stmt, 4, colour ? colour : tp_tag_pick_colour (key));
  if (!tp_store_step_done (self, stmt, error) || !tp_store_commit (self, error))
    goto fail;

  tp_store_sync_tags (self, tp_workshop_get_id (workshop));
  return tp_store_find_tag (self, workshop, checked, error);

fail:
  tp_store_rollback (self);
  return NULL;
}

/* Gives every loaded idea of the workshop its tag names from the
 * database, after a tag was renamed or deleted. */
static void
reload_idea_tags (TpStore *self,
                  gint64   workshop_id)
{
  GListStore *ideas = tp_store_peek_ideas (self, workshop_id);
  sqlite3_stmt *stmt;
  guint n;

  if (ideas == NULL)
    return;

  stmt = tp_store_prepare (self,
                           "SELECT t.name FROM idea_tags it JOIN tags t ON t.id = it.tag_id "
                           "WHERE it.idea_id = ?1 ORDER BY it.position",
                           NULL);
  if (stmt == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (ideas));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (G_LIST_MODEL (ideas), i);
      g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
      g_auto(GStrv) tags = NULL;

      sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (names, tp_store_column_text (stmt, 0));
      sqlite3_reset (stmt);

      tags = g_strv_builder_end (names);
      if (!g_strv_equal ((const char * const *)tags, tp_idea_get_tags (idea)))
        {
          g_object_set (idea, "tags", tags, NULL);
          tp_store_announce_changed (ideas, idea);
        }
    }
}

gboolean
tp_store_rename_tag (TpStore     *self,
                     TpTag       *tag,
                     const char  *name,
                     GError     **error)
{
  g_autofree char *checked = NULL;
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_TAG (tag), FALSE);

  if (!(checked = check_tag_name (name, error)) || !tp_store_begin (self, error))
    return FALSE;

  key = g_utf8_casefold (checked, -1);
  stmt = tp_store_prepare (self, "UPDATE tags SET name = ?2, key = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, tp_tag_get_id (tag));
  tp_store_bind_text (stmt, 2, checked);
  tp_store_bind_text (stmt, 3, key);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID, _("The workshop already has a tag “%s”"), checked);
      goto fail;
    }
  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      goto fail;
    }

  if (!tp_store_commit (self, error))
    goto fail;

  tp_store_sync_tags (self, tp_tag_get_workshop_id (tag));
  reload_idea_tags (self, tp_tag_get_workshop_id (tag));
  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

/* Rows draw chips in their tag's colour: the ideas wearing it look again. */
static void
announce_tagged_ideas (TpStore *self,
                       TpTag   *tag)
{
  GListStore *ideas = tp_store_peek_ideas (self, tp_tag_get_workshop_id (tag));
  g_autofree char *key = g_utf8_casefold (tp_tag_get_name (tag), -1);
  guint n = ideas ? g_list_model_get_n_items (G_LIST_MODEL (ideas)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (G_LIST_MODEL (ideas), i);
      const char * const *names = tp_idea_get_tags (idea);

      for (guint k = 0; names[k]; k++)
        {
          g_autofree char *other = g_utf8_casefold (names[k], -1);

          if (g_strcmp0 (key, other) == 0)
            {
              tp_store_announce_changed (ideas, idea);
              break;
            }
        }
    }
}

gboolean
tp_store_recolour_tag (TpStore     *self,
                       TpTag       *tag,
                       const char  *colour,
                       GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_TAG (tag), FALSE);

  if (!tp_tag_is_colour (colour))
    {
      g_autofree char *choices = g_strjoinv (", ", (char **)tp_tag_get_colours ());

      g_set_error (error, TP_ERROR, TP_ERROR_INVALID, _("“%s” is not a tag colour; choose one of %s"),
                   colour ? colour : "", choices);
      return FALSE;
    }

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self, "UPDATE tags SET colour = ?2 WHERE id = ?1", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, tp_tag_get_id (tag));
  tp_store_bind_text (stmt, 2, colour);
  if (!tp_store_step_done (self, stmt, error) || !tp_store_commit (self, error))
    goto fail;

  g_object_set (tag, "colour", colour, NULL);
  announce_tagged_ideas (self, tag);
  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

struct _TpDeletedTag
{
  gint64  workshop_id;
  char   *name;
  char   *key;
  char   *colour;
  GArray *links;   /* Link: the ideas it was on */
};

typedef struct
{
  gint64 idea_id;
  gint   position;
} Link;

void
tp_deleted_tag_free (TpDeletedTag *deleted)
{
  if (deleted == NULL)
    return;

  g_free (deleted->name);
  g_free (deleted->key);
  g_free (deleted->colour);
  g_array_unref (deleted->links);
  g_free (deleted);
}

const char *
tp_deleted_tag_get_name (TpDeletedTag *deleted)
{
  g_return_val_if_fail (deleted != NULL, NULL);

  return deleted->name;
}

/* Inside the delete's transaction, so the links it reads are those that go. */
static TpDeletedTag *
read_deleted_tag (TpStore  *self,
                  TpTag    *tag,
                  GError  **error)
{
  g_autoptr(TpDeletedTag) deleted = g_new0 (TpDeletedTag, 1);
  sqlite3_stmt *stmt;

  deleted->workshop_id = tp_tag_get_workshop_id (tag);
  deleted->name = g_strdup (tp_tag_get_name (tag));
  deleted->key = g_utf8_casefold (deleted->name, -1);
  deleted->colour = g_strdup (tp_tag_get_colour (tag));
  deleted->links = g_array_new (FALSE, FALSE, sizeof (Link));

  if (!(stmt = tp_store_prepare (self, "SELECT idea_id, position FROM idea_tags WHERE tag_id = ?1", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, tp_tag_get_id (tag));
  while (tp_store_step_row (self, stmt, error))
    {
      Link link = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1) };

      g_array_append_val (deleted->links, link);
    }
  sqlite3_reset (stmt);
  if (error != NULL && *error != NULL)
    return NULL;

  return g_steal_pointer (&deleted);
}

/**
 * tp_store_delete_tag:
 * @deleted: (out) (optional) (transfer full): what tp_store_restore_tag()
 *   needs to put the tag back on its ideas
 *
 * Deletes @tag and takes it off every idea; the ideas stay.
 */
gboolean
tp_store_delete_tag (TpStore       *self,
                     TpTag         *tag,
                     TpDeletedTag **deleted,
                     GError       **error)
{
  g_autoptr(TpDeletedTag) was = NULL;
  g_autoptr(TpTag) keep = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_TAG (tag), FALSE);

  if (!tp_store_begin (self, error))
    return FALSE;

  if (deleted != NULL && !(was = read_deleted_tag (self, tag, error)))
    goto fail;
  if (!(stmt = tp_store_prepare (self, "DELETE FROM tags WHERE id = ?1", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, tp_tag_get_id (tag));
  if (!tp_store_step_done (self, stmt, error) || !tp_store_commit (self, error))
    goto fail;

  keep = g_object_ref (tag);
  tp_store_sync_tags (self, tp_tag_get_workshop_id (tag));
  reload_idea_tags (self, tp_tag_get_workshop_id (tag));
  if (deleted != NULL)
    *deleted = g_steal_pointer (&was);
  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

/**
 * tp_store_restore_tag:
 * @deleted: from tp_store_delete_tag()
 *
 * Puts a deleted tag back, with its colour, on the ideas it was on that
 * are still there and have room for one more tag, at the places it had
 * among their tags. Should a tag of that name have been made since, the
 * ideas get that one.
 */
gboolean
tp_store_restore_tag (TpStore       *self,
                      TpDeletedTag  *deleted,
                      GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 tag_id;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (deleted != NULL, FALSE);

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self,
                                 "INSERT INTO tags (workshop_id, name, key, colour) VALUES (?1, ?2, ?3, ?4) "
                                 "ON CONFLICT (workshop_id, key) DO NOTHING",
                                 error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, deleted->workshop_id);
  tp_store_bind_text (stmt, 2, deleted->name);
  tp_store_bind_text (stmt, 3, deleted->key);
  tp_store_bind_text (stmt, 4, deleted->colour);
  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  if (!(stmt = tp_store_prepare (self, "SELECT id FROM tags WHERE workshop_id = ?1 AND key = ?2", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, deleted->workshop_id);
  tp_store_bind_text (stmt, 2, deleted->key);
  if (!tp_store_step_row (self, stmt, error))
    {
      sqlite3_reset (stmt);
      if (error != NULL && *error == NULL)
        tp_store_set_error (tp_store_get_db (self), SQLITE_ERROR, error);
      goto fail;
    }
  tag_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (!(stmt = tp_store_prepare (self,
                                 "INSERT OR IGNORE INTO idea_tags (idea_id, tag_id, position) "
                                 "SELECT id, ?2, ?3 FROM ideas "
                                 "WHERE id = ?1 AND (SELECT count (*) FROM idea_tags WHERE idea_id = ?1) < ?4",
                                 error)))
    goto fail;
  for (guint i = 0; i < deleted->links->len; i++)
    {
      Link *link = &g_array_index (deleted->links, Link, i);

      sqlite3_bind_int64 (stmt, 1, link->idea_id);
      sqlite3_bind_int64 (stmt, 2, tag_id);
      sqlite3_bind_int (stmt, 3, link->position);
      sqlite3_bind_int (stmt, 4, TP_CAPTURE_TAGS_MAX);
      if (!tp_store_step_done (self, stmt, error))
        goto fail;
    }

  if (!tp_store_commit (self, error))
    goto fail;

  tp_store_sync_tags (self, deleted->workshop_id);
  reload_idea_tags (self, deleted->workshop_id);
  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

/**
 * tp_store_tag_ideas:
 * @ideas: TpIdea items of one workshop
 * @tags: (array zero-terminated=1): the tag names, with or without `#`
 * @add: %TRUE to add the tags, %FALSE to take them off
 *
 * Tags or untags several ideas with several tags in one transaction:
 * all of them or none, so an idea that would go over its limit of tags
 * keeps the tags it had.
 */
gboolean
tp_store_tag_ideas (TpStore            *self,
                    GPtrArray          *ideas,
                    const char * const *tags,
                    gboolean            add,
                    GError            **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (ideas != NULL, FALSE);
  g_return_val_if_fail (tags != NULL, FALSE);

  for (guint i = 0; tags[i] != NULL; i++)
    {
      char *name = check_tag_name (tags[i], error);

      if (name == NULL)
        return FALSE;
      g_ptr_array_add (names, name);
      g_hash_table_add (keys, g_utf8_casefold (name, -1));
    }
  g_ptr_array_add (names, NULL);

  if (!tp_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < ideas->len; i++)
    {
      TpIdea *idea = g_ptr_array_index (ideas, i);
      g_autoptr(GStrvBuilder) wanted = g_strv_builder_new ();
      g_auto(GStrv) list = NULL;
      g_auto(GStrv) checked = NULL;
      const char * const *current = tp_idea_get_tags (idea);

      for (guint k = 0; current[k]; k++)
        {
          g_autofree char *key = g_utf8_casefold (current[k], -1);

          if (add || !g_hash_table_contains (keys, key))
            g_strv_builder_add (wanted, current[k]);
        }
      if (add)
        g_strv_builder_addv (wanted, (const char **)names->pdata);

      list = g_strv_builder_end (wanted);
      if (!(checked = tp_capture_normalize_tags ((const char * const *)list, error)) ||
          !tp_store_write_idea_tags (self, tp_idea_get_workshop_id (idea), tp_idea_get_id (idea),
                                     (const char * const *)checked, error))
        {
          g_prefix_error (error, _("“%s”: "), tp_idea_get_title (idea));
          tp_store_rollback (self);
          return FALSE;
        }
    }

  if (!tp_store_commit (self, error))
    return FALSE;

  if (ideas->len > 0)
    {
      gint64 workshop_id = tp_idea_get_workshop_id (g_ptr_array_index (ideas, 0));

      reload_idea_tags (self, workshop_id);
      tp_store_sync_tags (self, workshop_id);
    }

  return TRUE;
}
