/* tp-store-backlog.c — scores, manual rank and what the backlog shows
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "tp-backlog.h"
#include "tp-store-private.h"

/* Scores and rank */

static gboolean
is_rice_impact (double value)
{
  const double allowed[] = { 0.25, 0.5, 1, 2, 3 };

  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    if (fabs (value - allowed[i]) < 1e-9)
      return TRUE;

  return FALSE;
}

/* TP_SCORES_INIT marks an unset RICE part with exactly -1; any other
 * negative number is a mistake to report, not a way to clear. */
static gboolean
is_unset (double value)
{
  return value == -1;
}

/**
 * tp_store_check_scores:
 *
 * Checks scores as the store would before saving them; unset parts (see
 * TP_SCORES_INIT) are always fine.
 */
gboolean
tp_store_check_scores (const TpScores  *scores,
                       GError         **error)
{
  g_return_val_if_fail (scores != NULL, FALSE);

  if (scores->impact > 5)
    g_set_error (error, TP_ERROR, TP_ERROR_INVALID, _("Impact must be from 1 to 5, not %u"), scores->impact);
  else if (scores->effort > 5)
    g_set_error (error, TP_ERROR, TP_ERROR_INVALID, _("Effort must be from 1 to 5, not %u"), scores->effort);
  else if (!isfinite (scores->rice_reach) || (scores->rice_reach < 0 && !is_unset (scores->rice_reach)))
    g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID, _("RICE reach must be a number of 0 or more"));
  else if (!is_unset (scores->rice_impact) && !is_rice_impact (scores->rice_impact))
    g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                 _("RICE impact must be 0.25, 0.5, 1, 2 or 3, not %g"), scores->rice_impact);
  else if (scores->rice_confidence > 100 || scores->rice_confidence < -1)
    g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                 _("RICE confidence must be from 0 to 100 %%, not %d"), scores->rice_confidence);
  else if (!isfinite (scores->rice_effort) || (scores->rice_effort <= 0 && !is_unset (scores->rice_effort)))
    g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                         _("RICE effort must be more than 0 person-weeks"));
  else if (scores->moscow > TP_MOSCOW_WONT)
    g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID, _("MoSCoW must be must, should, could or won’t"));
  else
    return TRUE;

  return FALSE;
}

static void
bind_optional_double (sqlite3_stmt *stmt,
                      int           column,
                      double        value)
{
  if (is_unset (value))
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_double (stmt, column, value);
}

gboolean
tp_store_set_idea_scores (TpStore         *self,
                          TpIdea          *idea,
                          const TpScores  *scores,
                          GError         **error)
{
  g_autofree char *now = tp_store_now ();
  sqlite3_stmt *stmt;
  GListStore *ideas;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_IDEA (idea), FALSE);
  g_return_val_if_fail (scores != NULL, FALSE);

  if (!tp_store_check_scores (scores, error) || !tp_store_begin (self, error))
    return FALSE;

  stmt = tp_store_prepare (self,
                           "UPDATE ideas SET impact = ?2, effort = ?3, rice_reach = ?4, rice_impact = ?5, "
                           "  rice_confidence = ?6, rice_effort = ?7, moscow = ?8, updated_at = ?9 "
                           "WHERE id = ?1",
                           error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
  if (scores->impact > 0)
    sqlite3_bind_int (stmt, 2, scores->impact);
  if (scores->effort > 0)
    sqlite3_bind_int (stmt, 3, scores->effort);
  bind_optional_double (stmt, 4, scores->rice_reach);
  bind_optional_double (stmt, 5, scores->rice_impact);
  if (scores->rice_confidence >= 0)
    sqlite3_bind_int (stmt, 6, scores->rice_confidence);
  bind_optional_double (stmt, 7, scores->rice_effort);
  tp_store_bind_text (stmt, 8, scores->moscow == TP_MOSCOW_NONE ? NULL : tp_moscow_to_string (scores->moscow));
  tp_store_bind_text (stmt, 9, now);
  if (!tp_store_step_done (self, stmt, error) || !tp_store_commit (self, error))
    goto fail;

  g_object_freeze_notify (G_OBJECT (idea));
  g_object_set (idea,
                "impact", scores->impact,
                "effort", scores->effort,
                "rice-reach", scores->rice_reach < 0 ? -1.0 : scores->rice_reach,
                "rice-impact", scores->rice_impact < 0 ? -1.0 : scores->rice_impact,
                "rice-confidence", MAX (scores->rice_confidence, -1),
                "rice-effort", scores->rice_effort < 0 ? -1.0 : scores->rice_effort,
                "moscow", scores->moscow,
                "updated-at", now,
                NULL);
  g_object_thaw_notify (G_OBJECT (idea));

  if ((ideas = tp_store_peek_ideas (self, tp_idea_get_workshop_id (idea))))
    tp_store_announce_changed (ideas, idea);

  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

/**
 * tp_store_move_idea:
 * @rank: the idea's new place in the manual order, from 0
 *
 * Moves the idea and renumbers the others of its workshop around it.
 */
gboolean
tp_store_move_idea (TpStore  *self,
                    TpIdea   *idea,
                    guint     rank,
                    GError  **error)
{
  g_autoptr(GPtrArray) order = NULL;
  GListStore *ideas;
  guint n;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_IDEA (idea), FALSE);

  ideas = tp_store_peek_ideas (self, tp_idea_get_workshop_id (idea));
  if (ideas == NULL)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_NOT_FOUND,
                   _("The idea “%s” is no longer in the database"), tp_idea_get_title (idea));
      return FALSE;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (ideas));
  order = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      TpIdea *other = g_list_model_get_item (G_LIST_MODEL (ideas), i);

      if (other == idea)
        g_object_unref (other);
      else
        g_ptr_array_add (order, other);
    }
  g_ptr_array_sort (order, tp_idea_compare_rank);
  g_ptr_array_insert (order, MIN (rank, order->len), g_object_ref (idea));

  if (!tp_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < order->len; i++)
    {
      TpIdea *item = g_ptr_array_index (order, i);
      sqlite3_stmt *stmt;

      if (tp_idea_get_rank (item) == (int)i)
        continue;

      if (!(stmt = tp_store_prepare (self, "UPDATE ideas SET rank = ?2 WHERE id = ?1", error)))
        goto fail;
      sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (item));
      sqlite3_bind_int (stmt, 2, i);
      if (!tp_store_step_done (self, stmt, error))
        goto fail;
    }

  if (!tp_store_commit (self, error))
    goto fail;

  for (guint i = 0; i < order->len; i++)
    {
      TpIdea *item = g_ptr_array_index (order, i);

      if (tp_idea_get_rank (item) != (int)i)
        {
          g_object_set (item, "rank", (int)i, NULL);
          tp_store_announce_changed (ideas, item);
        }
    }

  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

gboolean
tp_store_set_workshop_hide_votes (TpStore     *self,
                                  TpWorkshop  *workshop,
                                  gboolean     hide,
                                  GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self, "UPDATE workshops SET hide_votes = ?2 WHERE id = ?1", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, tp_workshop_get_id (workshop));
  sqlite3_bind_int (stmt, 2, !!hide);
  if (!tp_store_step_done (self, stmt, error) || !tp_store_commit (self, error))
    goto fail;

  g_object_set (workshop, "hide-votes", !!hide, NULL);
  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

/* Shared by the tp-store-*.c files that keep models in step by id. */
gpointer
tp_store_find_by_id (GListModel *model,
                     gint64      id,
                     guint      *position)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 item_id = 0;

      g_object_get (item, "id", &item_id, NULL);
      if (item_id == id)
        {
          if (position)
            *position = i;
          return item;
        }
    }

  return NULL;
}
