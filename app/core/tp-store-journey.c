/* tp-store-journey.c — personas, journey designs, walks and the done gate
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-core-enums.h"
#include "tp-scenario.h"
#include "tp-store-private.h"
#include "tp-walk-private.h"

#define JOURNEY_STEPS_MAX 50

/* New steps offer the two channels most organisations start with; the
 * team changes them while designing, and the walk tells who is left out. */
#define DEFAULT_STEP_CHANNELS "phone,web"

/* Seeding, shared with the migrations */

gboolean
tp_store_seed_journey (sqlite3  *db,
                       gint64    idea_id,
                       GError  **error)
{
  return tp_store_exec_with_id (db,
                   "INSERT INTO journey_steps (idea_id, position, stage, channels, initiated_by, "
                   "  can_come_back, immediate_decision, self_service_only, "
                   "  resolved_in_one_contact, proactive_update, effort, feedback) "
                   "SELECT i.id, t.position, t.stage, '" DEFAULT_STEP_CHANNELS "', 'company', "
                   "  0, 0, 0, 1, 0, 1, 'none' "
                   "FROM ideas i JOIN template_stages t ON t.workshop_id = i.workshop_id "
                   "WHERE i.id = ?1 ORDER BY t.position",
                   idea_id, error);
}

gboolean
tp_store_seed_journeys (sqlite3  *db,
                        gint64    workshop_id,
                        GError  **error)
{
  return tp_store_exec_with_id (db,
                   "INSERT INTO journey_steps (idea_id, position, stage, channels, initiated_by, "
                   "  can_come_back, immediate_decision, self_service_only, "
                   "  resolved_in_one_contact, proactive_update, effort, feedback) "
                   "SELECT i.id, t.position, t.stage, '" DEFAULT_STEP_CHANNELS "', 'company', "
                   "  0, 0, 0, 1, 0, 1, 'none' "
                   "FROM ideas i JOIN template_stages t ON t.workshop_id = i.workshop_id "
                   "WHERE i.workshop_id = ?1 "
                   "AND NOT EXISTS (SELECT 1 FROM journey_steps s WHERE s.idea_id = i.id) "
                   "ORDER BY i.id, t.position",
                   workshop_id, error);
}

/* Small helpers */

gboolean
tp_store_step_row (TpStore       *self,
          sqlite3_stmt  *stmt,
          GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;

  if (rc != SQLITE_DONE)
    tp_store_set_error (tp_store_get_db (self), rc, error);

  return FALSE;
}

char *
tp_store_check_text (const char  *text,
            const char  *what,
            gboolean     required,
            guint        max_chars,
            GError     **error)
{
  g_autofree char *trimmed = NULL;
  glong n;

  if (text == NULL)
    text = "";

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID, _("The %s is not valid UTF-8 text"), what);
      return NULL;
    }

  trimmed = g_strstrip (g_strdup (text));
  n = g_utf8_strlen (trimmed, -1);

  if (required && n == 0)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID, _("The %s cannot be empty"), what);
      return NULL;
    }

  if (n > max_chars)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The %s is %ld character long; the limit is %u",
                                "The %s is %ld characters long; the limit is %u",
                                n),
                   what, n, max_chars);
      return NULL;
    }

  return g_steal_pointer (&trimmed);
}

/* Verdicts */

typedef struct
{
  TpVerdict verdict;
  guint     blocked_at;
} Verdict;

/* What the team has to do next matters most: a current walk that was
 * blocked, then walks to redo, to make, and frictions to review. */
static int
verdict_rank (TpVerdict verdict)
{
  switch (verdict)
    {
    case TP_VERDICT_BLOCKED: return 4;
    case TP_VERDICT_STALE: return 3;
    case TP_VERDICT_NOT_WALKED: return 2;
    case TP_VERDICT_OPEN_FRICTIONS: return 1;
    case TP_VERDICT_PASSED:
    default: return 0;
    }
}

/* One row per linked persona: idea, persona name, walk id (NULL if none),
 * outcome, dropped at, current (0/1), open frictions, reason. ?1 is the
 * workshop, ?2 an idea or 0, ?3 a persona or 0.
 *
 * The personas are linked as the idea_linked_personas view links them,
 * but only for the workshop's own ideas: SQLite cannot narrow a UNION
 * view by the outer WHERE, and the view over a whole library of 10,000
 * ideas took 20 ms each time a workshop opened. */
#define GATE_ROWS_SQL \
  "WITH l AS (" \
  "  SELECT i.id AS idea_id, p.id AS persona_id FROM ideas i " \
  "  JOIN personas p ON p.workshop_id = i.workshop_id " \
  "  WHERE i.workshop_id = ?1 AND (?2 = 0 OR i.id = ?2) " \
  "  AND NOT EXISTS (SELECT 1 FROM idea_personas x WHERE x.idea_id = i.id) " \
  "  UNION " \
  "  SELECT x.idea_id, x.persona_id FROM idea_personas x " \
  "  JOIN ideas i ON i.id = x.idea_id " \
  "  WHERE i.workshop_id = ?1 AND (?2 = 0 OR i.id = ?2)) " \
  "SELECT l.idea_id, p.name, w.id, w.outcome, w.dropped_at, " \
  "  w.journey_revision = i.journey_revision AND w.persona_revision = p.revision, " \
  "  (SELECT count (*) FROM walk_findings f WHERE f.walk_id = w.id " \
  "   AND f.severity = 'friction' AND f.accepted_reason IS NULL), " \
  "  w.reason " \
  "FROM l " \
  "JOIN ideas i ON i.id = l.idea_id " \
  "JOIN personas p ON p.id = l.persona_id " \
  "LEFT JOIN walks w ON w.id = (SELECT max (id) FROM walks " \
  "                             WHERE idea_id = l.idea_id AND persona_id = l.persona_id) " \
  "WHERE ?3 = 0 OR p.id = ?3 " \
  "ORDER BY l.idea_id, p.id"

static TpVerdict
row_verdict (sqlite3_stmt *stmt)
{
  if (sqlite3_column_type (stmt, 2) == SQLITE_NULL)
    return TP_VERDICT_NOT_WALKED;
  if (!sqlite3_column_int (stmt, 5))
    return TP_VERDICT_STALE;
  if (g_strcmp0 (tp_store_column_text (stmt, 3), "completed") != 0)
    return TP_VERDICT_BLOCKED;
  if (sqlite3_column_int (stmt, 6) > 0)
    return TP_VERDICT_OPEN_FRICTIONS;
  return TP_VERDICT_PASSED;
}

/* Recomputes the verdict of one idea, or of every loaded idea of the
 * workshop when @idea_id is 0, and sets it on the idea objects. */
void
tp_store_refresh_verdicts (TpStore *self,
                           gint64   workshop_id,
                           gint64   idea_id)
{
  g_autoptr(GHashTable) verdicts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GError) error = NULL;
  GListStore *ideas = tp_store_peek_ideas (self, workshop_id);
  sqlite3_stmt *stmt;
  guint n;

  if (ideas == NULL)
    return;

  if (!(stmt = tp_store_prepare (self, GATE_ROWS_SQL, &error)))
    {
      g_message ("Could not work out journey verdicts: %s", error->message);
      return;
    }

  sqlite3_bind_int64 (stmt, 1, workshop_id);
  sqlite3_bind_int64 (stmt, 2, idea_id);
  sqlite3_bind_int64 (stmt, 3, 0);
  while (tp_store_step_row (self, stmt, &error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      TpVerdict verdict = row_verdict (stmt);
      Verdict *current = g_hash_table_lookup (verdicts, &id);

      if (current == NULL)
        {
          current = g_new0 (Verdict, 1);
          current->verdict = verdict;
          g_hash_table_insert (verdicts, g_memdup2 (&id, sizeof id), current);
        }
      else if (verdict_rank (verdict) > verdict_rank (current->verdict))
        current->verdict = verdict;

      if (verdict == TP_VERDICT_BLOCKED && current->verdict == TP_VERDICT_BLOCKED)
        {
          guint at = (guint)sqlite3_column_int (stmt, 4);

          if (current->blocked_at == 0 || at < current->blocked_at)
            current->blocked_at = at;
        }
    }
  sqlite3_reset (stmt);

  if (error != NULL)
    {
      g_message ("Could not work out journey verdicts: %s", error->message);
      return;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (ideas));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (G_LIST_MODEL (ideas), i);
      gint64 id = tp_idea_get_id (idea);
      Verdict *verdict;

      if (idea_id != 0 && id != idea_id)
        continue;

      verdict = g_hash_table_lookup (verdicts, &id);
      g_object_set (idea,
                    "verdict", verdict ? verdict->verdict : TP_VERDICT_NOT_WALKED,
                    "blocked-at", verdict && verdict->verdict == TP_VERDICT_BLOCKED ? verdict->blocked_at : 0,
                    NULL);
    }
}

/* For callers that know only the idea's id, such as a walk. */
void
tp_store_refresh_idea_verdict (TpStore *self,
                      gint64   idea_id)
{
  sqlite3_stmt *stmt = tp_store_prepare (self, "SELECT workshop_id FROM ideas WHERE id = ?1", NULL);
  gint64 workshop_id = 0;

  if (stmt == NULL)
    return;

  sqlite3_bind_int64 (stmt, 1, idea_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    workshop_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (workshop_id != 0)
    tp_store_refresh_verdicts (self, workshop_id, idea_id);
}

/**
 * tp_store_get_persona_verdict:
 * @dropped_at: (out) (optional): the step a blocked walk stopped at
 * @open_frictions: (out) (optional): frictions nobody accepted yet
 *
 * Judges one persona's latest walk through the idea by the done gate's
 * rules. A persona not linked to the idea is not walked for it.
 */
TpVerdict
tp_store_get_persona_verdict (TpStore    *self,
                              TpIdea     *idea,
                              TpPersona  *persona,
                              guint      *dropped_at,
                              guint      *open_frictions,
                              GError    **error)
{
  TpVerdict verdict = TP_VERDICT_NOT_WALKED;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TP_IS_STORE (self), TP_VERDICT_NOT_WALKED);
  g_return_val_if_fail (TP_IS_IDEA (idea), TP_VERDICT_NOT_WALKED);
  g_return_val_if_fail (TP_IS_PERSONA (persona), TP_VERDICT_NOT_WALKED);

  if (dropped_at)
    *dropped_at = 0;
  if (open_frictions)
    *open_frictions = 0;

  if (!(stmt = tp_store_prepare (self, GATE_ROWS_SQL, error)))
    return TP_VERDICT_NOT_WALKED;

  sqlite3_bind_int64 (stmt, 1, tp_idea_get_workshop_id (idea));
  sqlite3_bind_int64 (stmt, 2, tp_idea_get_id (idea));
  sqlite3_bind_int64 (stmt, 3, tp_persona_get_id (persona));
  if (tp_store_step_row (self, stmt, &local_error))
    {
      verdict = row_verdict (stmt);
      if (dropped_at && verdict == TP_VERDICT_BLOCKED)
        *dropped_at = (guint)sqlite3_column_int (stmt, 4);
      if (open_frictions)
        *open_frictions = (guint)sqlite3_column_int (stmt, 6);
    }
  sqlite3_reset (stmt);

  if (local_error)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return verdict;
}

TpVerdict
tp_store_get_verdict (TpStore *self,
                      TpIdea  *idea,
                      guint   *blocked_at)
{
  g_return_val_if_fail (TP_IS_STORE (self), TP_VERDICT_NOT_WALKED);
  g_return_val_if_fail (TP_IS_IDEA (idea), TP_VERDICT_NOT_WALKED);

  if (blocked_at)
    *blocked_at = tp_idea_get_blocked_at (idea);

  return tp_idea_get_verdict (idea);
}

static gboolean
refresh_journey_revision (TpStore  *self,
                          TpIdea   *idea,
                          GError  **error)
{
  sqlite3_stmt *stmt = tp_store_prepare (self, "SELECT journey_revision FROM ideas WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
  if (!tp_store_step_row (self, stmt, error))
    {
      sqlite3_reset (stmt);
      if (error && *error == NULL)
        g_set_error_literal (error, TP_ERROR, TP_ERROR_NOT_FOUND, _("The idea is no longer in the database"));
      return FALSE;
    }

  g_object_set (idea, "journey-revision", sqlite3_column_int64 (stmt, 0), NULL);
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * tp_store_check_done_gate:
 *
 * Returns: %TRUE when @idea may be marked done; otherwise %FALSE with
 *   @error (TP_ERROR_REFUSED) naming each persona and what is missing
 */
gboolean
tp_store_check_done_gate (TpStore  *self,
                          TpIdea   *idea,
                          GError  **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *joined = NULL;
  sqlite3_stmt *stmt;
  guint n_personas = 0;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_IDEA (idea), FALSE);

  if (!(stmt = tp_store_prepare (self, GATE_ROWS_SQL, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, tp_idea_get_workshop_id (idea));
  sqlite3_bind_int64 (stmt, 2, tp_idea_get_id (idea));
  sqlite3_bind_int64 (stmt, 3, 0);
  while (tp_store_step_row (self, stmt, &local_error))
    {
      const char *name = tp_store_column_text (stmt, 1);
      int open = sqlite3_column_int (stmt, 6);

      n_personas++;
      switch (row_verdict (stmt))
        {
        case TP_VERDICT_NOT_WALKED:
          g_ptr_array_add (problems, g_strdup_printf (_("%s has not walked the journey yet"), name));
          break;
        case TP_VERDICT_STALE:
          g_ptr_array_add (problems, g_strdup_printf (_("%s’s walk is stale: the journey or the persona changed since"), name));
          break;
        case TP_VERDICT_BLOCKED:
          g_ptr_array_add (problems, g_strdup_printf (_("%s dropped out at step %d (%s)"), name,
                                                      sqlite3_column_int (stmt, 4),
                                                      tp_simulator_describe_reason (tp_store_column_text (stmt, 7))));
          break;
        case TP_VERDICT_OPEN_FRICTIONS:
          g_ptr_array_add (problems, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "%s met %d friction nobody accepted yet",
                                                                   "%s met %d frictions nobody accepted yet",
                                                                   open),
                                                      name, open));
          break;
        case TP_VERDICT_PASSED:
        default:
          break;
        }
    }
  sqlite3_reset (stmt);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (n_personas == 0)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_REFUSED,
                   _("“%s” cannot be done: no persona is linked to it, so nobody has walked its journey"),
                   tp_idea_get_title (idea));
      return FALSE;
    }

  if (problems->len == 0)
    return TRUE;

  g_ptr_array_add (problems, NULL);
  joined = g_strjoinv ("; ", (char **)problems->pdata);
  g_set_error (error, TP_ERROR, TP_ERROR_REFUSED,
               _("“%s” cannot be done yet: %s"), tp_idea_get_title (idea), joined);
  return FALSE;
}

/* Journey designs */

#define STEP_COLUMNS \
  "stage, description, channels, initiated_by, can_come_back, immediate_decision, " \
  "self_service_only, resolved_in_one_contact, proactive_update, effort, feedback"

static TpJourneyStep *
step_from_row (sqlite3_stmt *stmt)
{
  TpInitiator initiator = TP_INITIATOR_COMPANY;
  TpFeedback feedback = TP_FEEDBACK_NONE;

  tp_initiator_from_string (tp_store_column_text (stmt, 3), &initiator);
  tp_feedback_from_string (tp_store_column_text (stmt, 10), &feedback);

  return g_object_new (TP_TYPE_JOURNEY_STEP,
                       "stage", tp_store_column_text (stmt, 0),
                       "description", tp_store_column_text (stmt, 1),
                       "channels", tp_store_channels_from_text (tp_store_column_text (stmt, 2)),
                       "initiated-by", initiator,
                       "can-come-back", sqlite3_column_int (stmt, 4) != 0,
                       "immediate-decision", sqlite3_column_int (stmt, 5) != 0,
                       "self-service-only", sqlite3_column_int (stmt, 6) != 0,
                       "resolved-in-one-contact", sqlite3_column_int (stmt, 7) != 0,
                       "proactive-update", sqlite3_column_int (stmt, 8) != 0,
                       "effort", (guint)sqlite3_column_int (stmt, 9),
                       "feedback", feedback,
                       NULL);
}

static GListStore *
select_journey (TpStore  *self,
                gint64    idea_id,
                GError  **error)
{
  g_autoptr(GListStore) steps = g_list_store_new (TP_TYPE_JOURNEY_STEP);
  sqlite3_stmt *stmt;
  int rc;

  stmt = tp_store_prepare (self,
                           "SELECT " STEP_COLUMNS " FROM journey_steps WHERE idea_id = ?1 ORDER BY position",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, idea_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TpJourneyStep) step = step_from_row (stmt);
      g_list_store_append (steps, step);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      return NULL;
    }

  return g_steal_pointer (&steps);
}

/**
 * tp_store_read_journey:
 *
 * Reads an idea's journey design. An idea gets its design from the
 * workshop's template the first time anyone looks at it, which keeps
 * capture and import to one row an idea.
 */
GListStore *
tp_store_read_journey (TpStore  *self,
                       gint64    idea_id,
                       GError  **error)
{
  g_autoptr(GListStore) steps = select_journey (self, idea_id, error);
  gboolean own_transaction;

  if (steps == NULL || g_list_model_get_n_items (G_LIST_MODEL (steps)) > 0)
    return g_steal_pointer (&steps);

  own_transaction = sqlite3_get_autocommit (tp_store_get_db (self));
  if (own_transaction && !tp_store_begin (self, error))
    return NULL;

  if (!tp_store_seed_journey (tp_store_get_db (self), idea_id, error) ||
      (own_transaction && !tp_store_commit (self, error)))
    {
      if (own_transaction)
        tp_store_rollback (self);
      return NULL;
    }

  return select_journey (self, idea_id, error);
}

/**
 * tp_store_get_journey:
 *
 * Returns: (transfer full): a copy of the idea's journey design, TpJourneyStep
 *   items in order, to read or to edit and hand to tp_store_set_journey()
 */
GListStore *
tp_store_get_journey (TpStore  *self,
                      TpIdea   *idea,
                      GError  **error)
{
  g_autoptr(GListStore) steps = NULL;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_IDEA (idea), NULL);

  if (!(steps = tp_store_read_journey (self, tp_idea_get_id (idea), error)))
    return NULL;

  /* Reading may have given the idea its first design. */
  refresh_journey_revision (self, idea, NULL);
  return g_steal_pointer (&steps);
}

/**
 * tp_store_check_journey:
 *
 * Checks a journey design as the store would before saving it: 1 to 50
 * steps, each with a stage name, at least one channel and effort 1–5.
 */
gboolean
tp_store_check_journey (GListModel  *steps,
                        GError     **error)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (steps), FALSE);

  n = g_list_model_get_n_items (steps);
  if (n == 0 || n > JOURNEY_STEPS_MAX)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A journey needs 1 to %d step; this one has %u",
                                "A journey needs 1 to %d steps; this one has %u",
                                JOURNEY_STEPS_MAX),
                   JOURNEY_STEPS_MAX, n);
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpJourneyStep) step = g_list_model_get_item (steps, i);
      g_autofree char *stage = NULL;
      g_autofree char *description = NULL;
      g_autoptr(GError) local_error = NULL;
      guint effort = tp_journey_step_get_effort (step);

      if (!(stage = tp_store_check_text (tp_journey_step_get_stage (step), _("stage name"), TRUE, 100, &local_error)) ||
          !(description = tp_store_check_text (tp_journey_step_get_description (step), _("description"), FALSE,
                                      TP_TEXT_FIELD_MAX, &local_error)))
        {
          g_set_error (error, TP_ERROR, TP_ERROR_INVALID, _("Step %u: %s"), i + 1, local_error->message);
          return FALSE;
        }

      if ((tp_journey_step_get_channels (step) & TP_CHANNEL_ALL) == 0)
        {
          g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                       _("Step %u (%s) offers no channel: choose at least one"), i + 1, stage);
          return FALSE;
        }

      if (effort < TP_JOURNEY_STEP_EFFORT_MIN || effort > TP_JOURNEY_STEP_EFFORT_MAX)
        {
          g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                       _("Step %u (%s): customer effort must be from 1 to 5"), i + 1, stage);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
insert_step (TpStore        *self,
             gint64          idea_id,
             guint           position,
             TpJourneyStep  *step,
             GError        **error)
{
  g_autofree char *channels = tp_store_channels_to_text (tp_journey_step_get_channels (step) & TP_CHANNEL_ALL);
  g_autofree char *stage = g_strstrip (g_strdup (tp_journey_step_get_stage (step)));
  g_autofree char *description = g_strstrip (g_strdup (tp_journey_step_get_description (step)));
  sqlite3_stmt *stmt;

  stmt = tp_store_prepare (self,
                           "INSERT INTO journey_steps (idea_id, position, " STEP_COLUMNS ") "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, idea_id);
  sqlite3_bind_int (stmt, 2, position);
  tp_store_bind_text (stmt, 3, stage);
  tp_store_bind_text (stmt, 4, description);
  tp_store_bind_text (stmt, 5, channels);
  tp_store_bind_text (stmt, 6, tp_initiator_to_string (tp_journey_step_get_initiated_by (step)));
  sqlite3_bind_int (stmt, 7, tp_journey_step_get_can_come_back (step));
  sqlite3_bind_int (stmt, 8, tp_journey_step_get_immediate_decision (step));
  sqlite3_bind_int (stmt, 9, tp_journey_step_get_self_service_only (step));
  sqlite3_bind_int (stmt, 10, tp_journey_step_get_resolved_in_one_contact (step));
  sqlite3_bind_int (stmt, 11, tp_journey_step_get_proactive_update (step));
  sqlite3_bind_int (stmt, 12, tp_journey_step_get_effort (step));
  tp_store_bind_text (stmt, 13, tp_feedback_to_string (tp_journey_step_get_feedback (step)));

  return tp_store_step_done (self, stmt, error);
}

static gboolean
same_journey (GListModel *a,
              GListModel *b)
{
  g_autoptr(JsonNode) ja = tp_scenario_journey_to_json (a);
  g_autoptr(JsonNode) jb = tp_scenario_journey_to_json (b);

  return json_node_equal (ja, jb);
}

/**
 * tp_store_set_journey:
 *
 * Replaces the idea's journey design. Saving the same design again
 * changes nothing, so walks stay current.
 */
gboolean
tp_store_set_journey (TpStore     *self,
                      TpIdea      *idea,
                      GListModel  *steps,
                      GError     **error)
{
  g_autoptr(GListStore) current = NULL;
  sqlite3_stmt *stmt;
  guint n;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_IDEA (idea), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (steps), FALSE);

  if (!tp_store_check_journey (steps, error))
    return FALSE;

  if (!(current = tp_store_read_journey (self, tp_idea_get_id (idea), error)))
    return FALSE;
  if (same_journey (G_LIST_MODEL (current), steps))
    return TRUE;

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self, "DELETE FROM journey_steps WHERE idea_id = ?1", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  n = g_list_model_get_n_items (steps);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpJourneyStep) step = g_list_model_get_item (steps, i);

      if (!insert_step (self, tp_idea_get_id (idea), i, step, error))
        goto fail;
    }

  if (!tp_store_commit (self, error))
    goto fail;

  refresh_journey_revision (self, idea, NULL);
  tp_store_refresh_verdicts (self, tp_idea_get_workshop_id (idea), tp_idea_get_id (idea));
  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}
