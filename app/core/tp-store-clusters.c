/* tp-store-clusters.c — phases, display choices and clusters of ideas
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-store-private.h"
#include "tp-timer.h"

#define CLUSTER_NAME_MAX 100

/* Workshop settings */

static gboolean
update_workshop (TpStore     *self,
                 const char  *sql,
                 TpWorkshop  *workshop,
                 const char  *text,
                 int          number,
                 GError     **error)
{
  sqlite3_stmt *stmt;

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self, sql, error)))
    goto fail;

  sqlite3_bind_int64 (stmt, 1, tp_workshop_get_id (workshop));
  if (text != NULL)
    tp_store_bind_text (stmt, 2, text);
  else
    sqlite3_bind_int (stmt, 2, number);

  if (!tp_store_step_done (self, stmt, error) || !tp_store_commit (self, error))
    goto fail;

  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

/**
 * tp_store_set_workshop_phase:
 *
 * Moves the workshop to another phase. Phases only change what the window
 * puts forward: nothing is lost or reset by moving, in either direction.
 */
gboolean
tp_store_set_workshop_phase (TpStore     *self,
                             TpWorkshop  *workshop,
                             TpPhase      phase,
                             GError     **error)
{
  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);
  g_return_val_if_fail (phase < TP_N_PHASES, FALSE);

  if (!update_workshop (self, "UPDATE workshops SET phase = ?2 WHERE id = ?1",
                        workshop, tp_phase_to_string (phase), 0, error))
    return FALSE;

  g_object_set (workshop, "phase", phase, NULL);
  return TRUE;
}

gboolean
tp_store_set_workshop_hide_authors (TpStore     *self,
                                    TpWorkshop  *workshop,
                                    gboolean     hide,
                                    GError     **error)
{
  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);

  if (!update_workshop (self, "UPDATE workshops SET hide_authors = ?2 WHERE id = ?1",
                        workshop, NULL, !!hide, error))
    return FALSE;

  g_object_set (workshop, "hide-authors", !!hide, NULL);
  return TRUE;
}

gboolean
tp_store_set_workshop_timer_presets (TpStore     *self,
                                     TpWorkshop  *workshop,
                                     const char  *presets,
                                     GError     **error)
{
  g_autoptr(GArray) parsed = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);

  if (!(parsed = tp_timer_parse_presets (presets, error)))
    return FALSE;

  text = tp_timer_presets_to_text (parsed);
  if (!update_workshop (self, "UPDATE workshops SET timer_presets = ?2 WHERE id = ?1",
                        workshop, text, 0, error))
    return FALSE;

  g_object_set (workshop, "timer-presets", text, NULL);
  return TRUE;
}

gboolean
tp_store_set_workshop_question (TpStore     *self,
                                TpWorkshop  *workshop,
                                const char  *question,
                                GError     **error)
{
  g_autofree char *checked = NULL;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);

  if (!(checked = tp_store_check_text (question, _("question"), FALSE, 500, error)))
    return FALSE;

  if (!update_workshop (self, "UPDATE workshops SET question = ?2 WHERE id = ?1",
                        workshop, checked, 0, error))
    return FALSE;

  g_object_set (workshop, "question", checked, NULL);
  return TRUE;
}

/* Clusters */

void
tp_store_sync_clusters (TpStore *self,
                        gint64   workshop_id)
{
  GListStore *clusters = tp_store_peek_model (self, TP_STORE_CLUSTERS, workshop_id);
  g_autoptr(GListStore) fresh = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (clusters == NULL)
    return;

  stmt = tp_store_prepare (self,
                           "SELECT c.id, c.uuid, c.name, c.collapsed, "
                           "  (SELECT count (*) FROM ideas i WHERE i.cluster_id = c.id AND i.trashed_at IS NULL), "
                           "  (SELECT coalesce (sum (v.dots), 0) FROM votes v JOIN ideas i ON i.id = v.idea_id "
                           "   WHERE i.cluster_id = c.id AND i.trashed_at IS NULL) "
                           "FROM clusters c WHERE c.workshop_id = ?1 ORDER BY c.id",
                           NULL);
  if (stmt == NULL)
    return;

  /* Read whole before the model changes: its handlers may use the store. */
  fresh = g_list_store_new (TP_TYPE_CLUSTER);
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TpCluster) cluster = g_object_new (TP_TYPE_CLUSTER,
                                                   "id", sqlite3_column_int64 (stmt, 0),
                                                   "workshop-id", workshop_id,
                                                   "uuid", tp_store_column_text (stmt, 1),
                                                   "name", tp_store_column_text (stmt, 2),
                                                   "collapsed", sqlite3_column_int (stmt, 3) != 0,
                                                   "n-ideas", (guint)sqlite3_column_int (stmt, 4),
                                                   "votes", (guint)sqlite3_column_int (stmt, 5),
                                                   NULL);
      g_list_store_append (fresh, cluster);
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    tp_store_reconcile (clusters, G_LIST_MODEL (fresh));
  else
    g_message ("Could not read the clusters of workshop %" G_GINT64_FORMAT ": %s",
               workshop_id, sqlite3_errstr (rc));
}

GListModel *
tp_store_get_clusters (TpStore    *self,
                       TpWorkshop *workshop)
{
  GListStore *clusters;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  clusters = tp_store_peek_model (self, TP_STORE_CLUSTERS, tp_workshop_get_id (workshop));
  if (clusters == NULL)
    {
      g_autoptr(GListStore) created = g_list_store_new (TP_TYPE_CLUSTER);

      tp_store_keep_model (self, TP_STORE_CLUSTERS, tp_workshop_get_id (workshop), created);
      tp_store_sync_clusters (self, tp_workshop_get_id (workshop));
      clusters = created;
    }

  return G_LIST_MODEL (clusters);
}

TpCluster *
tp_store_find_cluster (TpStore     *self,
                       TpWorkshop  *workshop,
                       const char  *name,
                       GError     **error)
{
  GListModel *clusters;
  g_autofree char *key = NULL;
  guint n;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  clusters = tp_store_get_clusters (self, workshop);
  key = g_utf8_casefold (name, -1);
  n = g_list_model_get_n_items (clusters);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpCluster) cluster = g_list_model_get_item (clusters, i);
      g_autofree char *other = g_utf8_casefold (tp_cluster_get_name (cluster), -1);

      if (g_strcmp0 (key, other) == 0)
        return cluster;
    }

  g_set_error (error, TP_ERROR, TP_ERROR_NOT_FOUND, _("The workshop has no cluster “%s”"), name);
  return NULL;
}

/* Cluster names are found ignoring case, so two may not differ by case
 * alone. */
static gboolean
check_name_free (TpStore     *self,
                 TpWorkshop  *workshop,
                 const char  *name,
                 TpCluster   *except,
                 GError     **error)
{
  TpCluster *other = tp_store_find_cluster (self, workshop, name, NULL);

  if (other != NULL && other != except)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("The workshop already has a cluster called “%s”"), tp_cluster_get_name (other));
      return FALSE;
    }

  return TRUE;
}

/* A name made from an idea's title gets a number when it is taken. */
static char *
unused_name (TpStore    *self,
             TpWorkshop *workshop,
             const char *name)
{
  char *candidate = g_strdup (name);

  for (guint n = 2; tp_store_find_cluster (self, workshop, candidate, NULL) != NULL; n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s %u", name, n);
    }

  return candidate;
}

/* Sets cluster_id on each idea, inside the caller's transaction. */
static gboolean
assign_cluster (TpStore    *self,
                GPtrArray  *ideas,
                gint64      cluster_id,
                GError    **error)
{
  for (guint i = 0; i < ideas->len; i++)
    {
      TpIdea *idea = g_ptr_array_index (ideas, i);
      sqlite3_stmt *stmt = tp_store_prepare (self, "UPDATE ideas SET cluster_id = ?2 WHERE id = ?1", error);

      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
      if (cluster_id != 0)
        sqlite3_bind_int64 (stmt, 2, cluster_id);
      if (!tp_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* After a commit: the idea objects and the cluster model follow. */
static void
announce_clusters (TpStore    *self,
                   gint64      workshop_id,
                   GPtrArray  *ideas,
                   gint64      cluster_id)
{
  GListStore *model = tp_store_peek_ideas (self, workshop_id);

  for (guint i = 0; ideas && i < ideas->len; i++)
    {
      TpIdea *idea = g_ptr_array_index (ideas, i);

      g_object_set (idea, "cluster-id", cluster_id, NULL);
      if (model != NULL)
        tp_store_announce_changed (model, idea);
    }

  tp_store_sync_clusters (self, workshop_id);
}

static gboolean
check_same_workshop (TpWorkshop  *workshop,
                     GPtrArray   *ideas,
                     GError     **error)
{
  for (guint i = 0; i < ideas->len; i++)
    if (tp_idea_get_workshop_id (g_ptr_array_index (ideas, i)) != tp_workshop_get_id (workshop))
      {
        g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                     _("“%s” belongs to another workshop"),
                     tp_idea_get_title (g_ptr_array_index (ideas, i)));
        return FALSE;
      }

  return TRUE;
}

/**
 * tp_store_create_cluster:
 * @name: (nullable): the name; %NULL names it after its first idea
 * @ideas: TpIdea items to put in it, taken out of any other cluster
 *
 * Returns: (transfer none): the new cluster
 */
TpCluster *
tp_store_create_cluster (TpStore     *self,
                         TpWorkshop  *workshop,
                         const char  *name,
                         GPtrArray   *ideas,
                         GError     **error)
{
  g_autofree char *checked = NULL;
  g_autofree char *named = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = tp_store_now ();
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (ideas != NULL, NULL);

  if (name == NULL && ideas->len > 0)
    {
      const char *first = tp_idea_get_title (g_ptr_array_index (ideas, 0));
      g_autofree char *title = g_utf8_substring (first, 0, MIN (g_utf8_strlen (first, -1),
                                                                CLUSTER_NAME_MAX - 4));
      named = unused_name (self, workshop, title);
      name = named;
    }

  if (!(checked = tp_store_check_text (name, _("cluster name"), TRUE, CLUSTER_NAME_MAX, error)) ||
      !check_name_free (self, workshop, checked, NULL, error) ||
      !check_same_workshop (workshop, ideas, error) ||
      !tp_store_begin (self, error))
    return NULL;

  stmt = tp_store_prepare (self,
                           "INSERT INTO clusters (uuid, workshop_id, name, created_at) VALUES (?1, ?2, ?3, ?4)",
                           error);
  if (stmt == NULL)
    goto fail;

  tp_store_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, tp_workshop_get_id (workshop));
  tp_store_bind_text (stmt, 3, checked);
  tp_store_bind_text (stmt, 4, now);
  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  id = sqlite3_last_insert_rowid (tp_store_get_db (self));
  if (!assign_cluster (self, ideas, id, error) || !tp_store_commit (self, error))
    goto fail;

  tp_store_get_clusters (self, workshop);
  announce_clusters (self, tp_workshop_get_id (workshop), ideas, id);
  return tp_store_find_by_id (tp_store_get_clusters (self, workshop), id, NULL);

fail:
  tp_store_rollback (self);
  return NULL;
}

/**
 * tp_store_move_to_cluster:
 * @cluster: (nullable): the cluster, or %NULL to take the ideas out of
 *   theirs
 */
gboolean
tp_store_move_to_cluster (TpStore     *self,
                          TpCluster   *cluster,
                          GPtrArray   *ideas,
                          GError     **error)
{
  gint64 workshop_id;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (cluster == NULL || TP_IS_CLUSTER (cluster), FALSE);
  g_return_val_if_fail (ideas != NULL, FALSE);

  if (ideas->len == 0)
    return TRUE;

  workshop_id = tp_idea_get_workshop_id (g_ptr_array_index (ideas, 0));
  for (guint i = 0; i < ideas->len; i++)
    if (tp_idea_get_workshop_id (g_ptr_array_index (ideas, i)) != workshop_id ||
        (cluster != NULL && tp_cluster_get_workshop_id (cluster) != workshop_id))
      {
        g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                             _("A cluster can only hold ideas of its own workshop"));
        return FALSE;
      }

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!assign_cluster (self, ideas, cluster ? tp_cluster_get_id (cluster) : 0, error) ||
      !tp_store_commit (self, error))
    {
      tp_store_rollback (self);
      return FALSE;
    }

  announce_clusters (self, workshop_id, ideas, cluster ? tp_cluster_get_id (cluster) : 0);
  return TRUE;
}

static gboolean
cluster_statement (TpStore     *self,
                   const char  *sql,
                   gint64       id,
                   const char  *text,
                   gint64       number,
                   GError     **error)
{
  sqlite3_stmt *stmt = tp_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (text != NULL)
    tp_store_bind_text (stmt, 2, text);
  else
    sqlite3_bind_int64 (stmt, 2, number);

  return tp_store_step_done (self, stmt, error);
}

gboolean
tp_store_rename_cluster (TpStore     *self,
                         TpCluster   *cluster,
                         const char  *name,
                         GError     **error)
{
  g_autofree char *checked = NULL;
  TpWorkshop *workshop;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_CLUSTER (cluster), FALSE);

  workshop = tp_store_lookup_workshop (self, tp_cluster_get_workshop_id (cluster));
  if (!(checked = tp_store_check_text (name, _("cluster name"), TRUE, CLUSTER_NAME_MAX, error)) ||
      (workshop != NULL && !check_name_free (self, workshop, checked, cluster, error)) ||
      !tp_store_begin (self, error))
    return FALSE;

  if (!cluster_statement (self, "UPDATE clusters SET name = ?2 WHERE id = ?1",
                          tp_cluster_get_id (cluster), checked, 0, error) ||
      !tp_store_commit (self, error))
    {
      tp_store_rollback (self);
      return FALSE;
    }

  g_object_set (cluster, "name", checked, NULL);
  return TRUE;
}

gboolean
tp_store_set_cluster_collapsed (TpStore     *self,
                                TpCluster   *cluster,
                                gboolean     collapsed,
                                GError     **error)
{
  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_CLUSTER (cluster), FALSE);

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!cluster_statement (self, "UPDATE clusters SET collapsed = ?2 WHERE id = ?1",
                          tp_cluster_get_id (cluster), NULL, !!collapsed, error) ||
      !tp_store_commit (self, error))
    {
      tp_store_rollback (self);
      return FALSE;
    }

  g_object_set (cluster, "collapsed", !!collapsed, NULL);
  return TRUE;
}

/* The loaded ideas whose cluster is @from now belong to @to (0: none). */
static void
follow_cluster_change (TpStore *self,
                       gint64   workshop_id,
                       gint64   from,
                       gint64   to)
{
  GListStore *ideas = tp_store_peek_ideas (self, workshop_id);
  guint n = ideas ? g_list_model_get_n_items (G_LIST_MODEL (ideas)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (G_LIST_MODEL (ideas), i);

      if (tp_idea_get_cluster_id (idea) == from)
        {
          g_object_set (idea, "cluster-id", to, NULL);
          tp_store_announce_changed (ideas, idea);
        }
    }

  tp_store_sync_clusters (self, workshop_id);
}

/**
 * tp_store_merge_clusters:
 *
 * Moves every idea of @from into @into and removes @from.
 */
gboolean
tp_store_merge_clusters (TpStore     *self,
                         TpCluster   *into,
                         TpCluster   *from,
                         GError     **error)
{
  g_autoptr(TpCluster) keep = NULL;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_CLUSTER (into), FALSE);
  g_return_val_if_fail (TP_IS_CLUSTER (from), FALSE);

  if (into == from)
    return TRUE;

  if (tp_cluster_get_workshop_id (into) != tp_cluster_get_workshop_id (from))
    {
      g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                           _("Only clusters of the same workshop can be merged"));
      return FALSE;
    }

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!cluster_statement (self, "UPDATE ideas SET cluster_id = ?2 WHERE cluster_id = ?1",
                          tp_cluster_get_id (from), NULL, tp_cluster_get_id (into), error) ||
      !cluster_statement (self, "DELETE FROM clusters WHERE id = ?1 AND ?2 = ?2",
                          tp_cluster_get_id (from), NULL, 0, error) ||
      !tp_store_commit (self, error))
    {
      tp_store_rollback (self);
      return FALSE;
    }

  keep = g_object_ref (from);
  follow_cluster_change (self, tp_cluster_get_workshop_id (into),
                         tp_cluster_get_id (from), tp_cluster_get_id (into));
  return TRUE;
}

/**
 * tp_store_ungroup_cluster:
 *
 * Removes the cluster; its ideas stay, in no cluster.
 */
gboolean
tp_store_ungroup_cluster (TpStore     *self,
                          TpCluster   *cluster,
                          GError     **error)
{
  g_autoptr(TpCluster) keep = NULL;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_CLUSTER (cluster), FALSE);

  if (!tp_store_begin (self, error))
    return FALSE;

  /* ON DELETE SET NULL takes the ideas out. */
  if (!cluster_statement (self, "DELETE FROM clusters WHERE id = ?1 AND ?2 = ?2",
                          tp_cluster_get_id (cluster), NULL, 0, error) ||
      !tp_store_commit (self, error))
    {
      tp_store_rollback (self);
      return FALSE;
    }

  keep = g_object_ref (cluster);
  follow_cluster_change (self, tp_cluster_get_workshop_id (cluster), tp_cluster_get_id (cluster), 0);
  return TRUE;
}
