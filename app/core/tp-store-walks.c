/* tp-store-walks.c — recorded walks, their notes and accepted frictions
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-store-private.h"
#include "tp-walk-private.h"

/* Walks */

static char *
emotion_to_text (GArray *emotion)
{
  g_autoptr(GString) text = g_string_new ("[");

  for (guint i = 0; i < emotion->len; i++)
    g_string_append_printf (text, "%s%d", i ? "," : "", g_array_index (emotion, int, i));
  g_string_append_c (text, ']');

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GArray *
emotion_from_text (const char *text)
{
  g_autoptr(GArray) emotion = g_array_new (FALSE, FALSE, sizeof (int));
  g_auto(GStrv) parts = g_strsplit_set (text ? text : "", "[], ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      int value;

      if (parts[i][0] == '\0')
        continue;
      value = (int)g_ascii_strtoll (parts[i], NULL, 10);
      g_array_append_val (emotion, value);
    }

  return g_steal_pointer (&emotion);
}

static gboolean
read_revision (TpStore     *self,
               const char  *sql,
               gint64       id,
               gint64      *revision,
               GError     **error)
{
  sqlite3_stmt *stmt = tp_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!tp_store_step_row (self, stmt, error))
    {
      sqlite3_reset (stmt);
      if (error && *error == NULL)
        g_set_error_literal (error, TP_ERROR, TP_ERROR_NOT_FOUND, _("It is no longer in the database"));
      return FALSE;
    }

  *revision = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
insert_findings (TpStore       *self,
                 gint64         walk_id,
                 TpWalkResult  *result,
                 GError       **error)
{
  for (guint i = 0; i < tp_walk_result_get_n_findings (result); i++)
    {
      TpFinding *finding = tp_walk_result_get_finding (result, i);
      sqlite3_stmt *stmt;

      stmt = tp_store_prepare (self,
                               "INSERT INTO walk_findings (walk_id, position, step, rule, severity, "
                               "  weight, message, fix) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                               error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, walk_id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_int (stmt, 3, tp_finding_get_step (finding));
      tp_store_bind_text (stmt, 4, tp_finding_get_rule (finding));
      tp_store_bind_text (stmt, 5, tp_severity_to_string (tp_finding_get_severity (finding)));
      sqlite3_bind_int (stmt, 6, tp_finding_get_weight (finding));
      tp_store_bind_text (stmt, 7, tp_finding_get_message (finding));
      tp_store_bind_text (stmt, 8, tp_finding_get_fix (finding));
      if (!tp_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * tp_store_walk_idea:
 * @expected_satisfaction: what the team expects, 1–5, or 0 for no answer
 *
 * Simulates @persona through the idea's journey design as both are in the
 * database now and records the walk.
 *
 * Returns: (transfer full): the recorded walk
 */
TpWalk *
tp_store_walk_idea (TpStore    *self,
                    TpIdea     *idea,
                    TpPersona  *persona,
                    guint       expected_satisfaction,
                    GError    **error)
{
  g_autoptr(GListStore) steps = NULL;
  g_autoptr(TpPersona) stored = NULL;
  g_autoptr(TpWalkResult) result = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = tp_store_now ();
  g_autofree char *emotion = NULL;
  gint64 journey_revision;
  sqlite3_stmt *stmt;
  TpWalk *walk;
  gint64 walk_id;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_IDEA (idea), NULL);
  g_return_val_if_fail (TP_IS_PERSONA (persona), NULL);

  if (expected_satisfaction > TP_SATISFACTION_MAX)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("The expected satisfaction must be from 1 to 5, not %u"), expected_satisfaction);
      return NULL;
    }

  if (tp_persona_get_workshop_id (persona) != tp_idea_get_workshop_id (idea))
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("%s belongs to another workshop"), tp_persona_get_name (persona));
      return NULL;
    }

  if (!tp_store_begin (self, error))
    return NULL;

  /* Read what is walked inside the transaction, so the revisions recorded
   * are those of exactly the design and persona simulated. */
  if (!(steps = tp_store_read_journey (self, tp_idea_get_id (idea), error)) ||
      !(stored = tp_store_read_persona (self, tp_persona_get_id (persona), error)) ||
      !read_revision (self, "SELECT journey_revision FROM ideas WHERE id = ?1",
                      tp_idea_get_id (idea), &journey_revision, error))
    goto fail;

  result = tp_simulate (stored, G_LIST_MODEL (steps));
  emotion = emotion_to_text (tp_walk_result_get_emotion (result));

  stmt = tp_store_prepare (self,
                           "INSERT INTO walks (uuid, idea_id, persona_id, journey_revision, "
                           "  persona_revision, outcome, dropped_at, reason, expected_satisfaction, "
                           "  simulated_satisfaction, emotion, created_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                           error);
  if (stmt == NULL)
    goto fail;

  tp_store_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, tp_idea_get_id (idea));
  sqlite3_bind_int64 (stmt, 3, tp_persona_get_id (stored));
  sqlite3_bind_int64 (stmt, 4, journey_revision);
  sqlite3_bind_int64 (stmt, 5, tp_persona_get_revision (stored));
  tp_store_bind_text (stmt, 6, tp_outcome_to_string (tp_walk_result_get_outcome (result)));
  if (tp_walk_result_get_dropped_at (result) > 0)
    sqlite3_bind_int (stmt, 7, tp_walk_result_get_dropped_at (result));
  tp_store_bind_text (stmt, 8, tp_walk_result_get_reason (result));
  if (expected_satisfaction > 0)
    sqlite3_bind_int (stmt, 9, expected_satisfaction);
  sqlite3_bind_int (stmt, 10, tp_walk_result_get_satisfaction (result));
  tp_store_bind_text (stmt, 11, emotion);
  tp_store_bind_text (stmt, 12, now);
  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  walk_id = sqlite3_last_insert_rowid (tp_store_get_db (self));
  if (!insert_findings (self, walk_id, result, error) || !tp_store_commit (self, error))
    goto fail;

  walk = tp_walk_new (walk_id, uuid, tp_idea_get_id (idea), tp_persona_get_id (stored),
                      tp_persona_get_name (stored), journey_revision,
                      tp_persona_get_revision (stored), expected_satisfaction, now, result);

  g_object_set (idea, "journey-revision", journey_revision, NULL);
  tp_store_refresh_verdicts (self, tp_idea_get_workshop_id (idea), tp_idea_get_id (idea));

  return walk;

fail:
  tp_store_rollback (self);
  return NULL;
}

static TpWalkResult *
read_result (TpStore       *self,
             sqlite3_stmt  *walk_row,
             GPtrArray     *acceptances,
             GError       **error)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify)tp_finding_free);
  g_autoptr(GArray) emotion = emotion_from_text (tp_store_column_text (walk_row, 8));
  TpOutcome outcome = TP_OUTCOME_COMPLETED;
  gint64 walk_id = sqlite3_column_int64 (walk_row, 0);
  sqlite3_stmt *stmt;
  int rc;

  tp_outcome_from_string (tp_store_column_text (walk_row, 5), &outcome);

  stmt = tp_store_prepare (self,
                           "SELECT step, rule, severity, weight, message, fix, accepted_reason "
                           "FROM walk_findings WHERE walk_id = ?1 ORDER BY position",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, walk_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TpSeverity severity = TP_SEVERITY_FRICTION;

      tp_severity_from_string (tp_store_column_text (stmt, 2), &severity);
      g_ptr_array_add (findings, tp_finding_new (sqlite3_column_int (stmt, 0),
                                                 tp_store_column_text (stmt, 1),
                                                 severity,
                                                 sqlite3_column_int (stmt, 3),
                                                 tp_store_column_text (stmt, 4),
                                                 tp_store_column_text (stmt, 5)));
      g_ptr_array_add (acceptances, g_strdup (tp_store_column_text (stmt, 6)));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      return NULL;
    }

  return tp_walk_result_new_recorded (outcome,
                                      (guint)sqlite3_column_int (walk_row, 6),
                                      tp_store_column_text (walk_row, 7),
                                      (guint)sqlite3_column_int (walk_row, 9),
                                      emotion, findings);
}

static gboolean
read_notes (TpStore  *self,
            TpWalk   *walk,
            GError  **error)
{
  sqlite3_stmt *stmt = tp_store_prepare (self, "SELECT step, note FROM walk_notes WHERE walk_id = ?1", error);
  guint n_steps;
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tp_walk_get_id (walk));
  n_steps = tp_walk_result_get_emotion (tp_walk_get_result (walk))->len;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint step = (guint)sqlite3_column_int (stmt, 0);

      if (step >= 1 && step <= n_steps)
        tp_walk_set_note (walk, step, tp_store_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * tp_store_get_latest_walk:
 *
 * Returns: (transfer full) (nullable): the persona's latest walk through
 *   the idea, or %NULL without an error when there is none
 */
TpWalk *
tp_store_get_latest_walk (TpStore    *self,
                          TpIdea     *idea,
                          TpPersona  *persona,
                          GError    **error)
{
  g_autoptr(GPtrArray) acceptances = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TpWalkResult) result = NULL;
  g_autoptr(TpWalk) walk = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_IDEA (idea), NULL);
  g_return_val_if_fail (TP_IS_PERSONA (persona), NULL);

  stmt = tp_store_prepare (self,
                           "SELECT w.id, w.uuid, w.journey_revision, w.persona_revision, "
                           "  w.created_at, w.outcome, w.dropped_at, w.reason, w.emotion, "
                           "  w.simulated_satisfaction, w.expected_satisfaction, p.name "
                           "FROM walks w JOIN personas p ON p.id = w.persona_id "
                           "WHERE w.idea_id = ?1 AND w.persona_id = ?2 "
                           "ORDER BY w.id DESC LIMIT 1",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
  sqlite3_bind_int64 (stmt, 2, tp_persona_get_id (persona));
  if (!tp_store_step_row (self, stmt, &local_error))
    {
      sqlite3_reset (stmt);
      if (local_error)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* The findings query reuses the connection, not this statement. */
  result = read_result (self, stmt, acceptances, error);
  if (result != NULL)
    walk = tp_walk_new (sqlite3_column_int64 (stmt, 0),
                        tp_store_column_text (stmt, 1),
                        tp_idea_get_id (idea),
                        tp_persona_get_id (persona),
                        tp_store_column_text (stmt, 11),
                        sqlite3_column_int64 (stmt, 2),
                        sqlite3_column_int64 (stmt, 3),
                        (guint)sqlite3_column_int (stmt, 10),
                        tp_store_column_text (stmt, 4),
                        result);
  sqlite3_reset (stmt);

  if (walk == NULL)
    return NULL;

  for (guint i = 0; i < acceptances->len; i++)
    if (acceptances->pdata[i] != NULL)
      tp_walk_set_acceptance (walk, i, acceptances->pdata[i]);

  if (!read_notes (self, walk, error))
    return NULL;

  return g_steal_pointer (&walk);
}

gboolean
tp_store_set_walk_note (TpStore     *self,
                        TpWalk      *walk,
                        guint        step,
                        const char  *note,
                        GError     **error)
{
  g_autofree char *checked = NULL;
  sqlite3_stmt *stmt;
  guint n_steps;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WALK (walk), FALSE);

  n_steps = tp_walk_result_get_emotion (tp_walk_get_result (walk))->len;
  if (step < 1 || step > n_steps)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("The walk has no step %u: it went through %u"), step, n_steps);
      return FALSE;
    }

  if (!(checked = tp_store_check_text (note, _("note"), FALSE, TP_TEXT_FIELD_MAX, error)))
    return FALSE;

  if (!tp_store_begin (self, error))
    return FALSE;

  if (checked[0] == '\0')
    stmt = tp_store_prepare (self, "DELETE FROM walk_notes WHERE walk_id = ?1 AND step = ?2", error);
  else
    stmt = tp_store_prepare (self,
                             "INSERT INTO walk_notes (walk_id, step, note) VALUES (?1, ?2, ?3) "
                             "ON CONFLICT (walk_id, step) DO UPDATE SET note = excluded.note",
                             error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, tp_walk_get_id (walk));
  sqlite3_bind_int (stmt, 2, step);
  if (checked[0] != '\0')
    tp_store_bind_text (stmt, 3, checked);
  if (!tp_store_step_done (self, stmt, error) || !tp_store_commit (self, error))
    goto fail;

  tp_walk_set_note (walk, step, checked);
  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

/**
 * tp_store_accept_friction:
 * @finding: index into the walk's findings
 * @reason: why the team accepts it; required
 *
 * A barrier cannot be accepted: the journey design must change.
 */
gboolean
tp_store_accept_friction (TpStore     *self,
                          TpWalk      *walk,
                          guint        finding,
                          const char  *reason,
                          GError     **error)
{
  TpWalkResult *result;
  TpFinding *found;
  g_autofree char *checked = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WALK (walk), FALSE);

  result = tp_walk_get_result (walk);
  if (finding >= tp_walk_result_get_n_findings (result))
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID, _("The walk has no finding %u"), finding + 1);
      return FALSE;
    }

  found = tp_walk_result_get_finding (result, finding);
  switch (tp_finding_get_severity (found))
    {
    case TP_SEVERITY_BARRIER:
      g_set_error (error, TP_ERROR, TP_ERROR_REFUSED,
                   _("A barrier cannot be accepted: change the journey design at step %u (%s)"),
                   tp_finding_get_step (found), tp_finding_get_fix (found));
      return FALSE;
    case TP_SEVERITY_DELIGHT:
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("Step %u’s finding is a delight: there is nothing to accept"),
                   tp_finding_get_step (found));
      return FALSE;
    case TP_SEVERITY_FRICTION:
    default:
      break;
    }

  if (!(checked = tp_store_check_text (reason, _("reason"), TRUE, TP_TEXT_FIELD_MAX, error)))
    {
      g_prefix_error (error, _("Say why the team accepts this friction: "));
      return FALSE;
    }

  if (!tp_store_begin (self, error))
    return FALSE;

  stmt = tp_store_prepare (self,
                           "UPDATE walk_findings SET accepted_reason = ?3 WHERE walk_id = ?1 AND position = ?2",
                           error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, tp_walk_get_id (walk));
  sqlite3_bind_int (stmt, 2, finding);
  tp_store_bind_text (stmt, 3, checked);
  if (!tp_store_step_done (self, stmt, error) || !tp_store_commit (self, error))
    goto fail;

  tp_walk_set_acceptance (walk, finding, checked);
  tp_store_refresh_idea_verdict (self, tp_walk_get_idea_id (walk));

  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

gboolean
tp_store_is_walk_current (TpStore *self,
                          TpWalk  *walk)
{
  sqlite3_stmt *stmt;
  gboolean current = FALSE;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WALK (walk), FALSE);

  stmt = tp_store_prepare (self,
                           "SELECT i.journey_revision = ?2 AND p.revision = ?3 "
                           "FROM ideas i, personas p WHERE i.id = ?1 AND p.id = ?4",
                           NULL);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tp_walk_get_idea_id (walk));
  sqlite3_bind_int64 (stmt, 2, tp_walk_get_journey_revision (walk));
  sqlite3_bind_int64 (stmt, 3, tp_walk_get_persona_revision (walk));
  sqlite3_bind_int64 (stmt, 4, tp_walk_get_persona_id (walk));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    current = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);

  return current;
}

/**
 * tp_store_get_perception_gap:
 * @idea: (nullable): one idea, or %NULL for the whole workshop
 *
 * Averages expected − simulated satisfaction over the latest walk of each
 * linked persona that has an expectation.
 */
gboolean
tp_store_get_perception_gap (TpStore    *self,
                             TpWorkshop *workshop,
                             TpIdea     *idea,
                             double     *mean_gap,
                             guint      *n_walks)
{
  sqlite3_stmt *stmt;
  guint n = 0;
  double mean = 0;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);

  /* From the walks rather than from the linked personas: the view of
   * those is worked out for the whole library before it is joined, which
   * a workshop nobody has walked yet need not wait for. */
  stmt = tp_store_prepare (self,
                           "SELECT count (*), avg (w.expected_satisfaction - w.simulated_satisfaction) "
                           "FROM walks w "
                           "JOIN ideas i ON i.id = w.idea_id "
                           "WHERE i.workshop_id = ?1 AND (?2 = 0 OR i.id = ?2) "
                           "AND i.trashed_at IS NULL AND w.expected_satisfaction IS NOT NULL "
                           "AND w.id = (SELECT max (id) FROM walks x "
                           "            WHERE x.idea_id = w.idea_id AND x.persona_id = w.persona_id) "
                           "AND EXISTS (SELECT 1 FROM idea_linked_personas l "
                           "            WHERE l.idea_id = w.idea_id AND l.persona_id = w.persona_id)",
                           NULL);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tp_workshop_get_id (workshop));
  sqlite3_bind_int64 (stmt, 2, idea ? tp_idea_get_id (idea) : 0);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      n = (guint)sqlite3_column_int (stmt, 0);
      mean = sqlite3_column_double (stmt, 1);
    }
  sqlite3_reset (stmt);

  if (mean_gap)
    *mean_gap = mean;
  if (n_walks)
    *n_walks = n;

  return n > 0;
}
