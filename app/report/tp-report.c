/* tp-report.c — gathers what a workshop report says, for every format
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <unistd.h>

#include "tp-report.h"

static void
report_walk_free (TpReportWalk *walk)
{
  g_clear_object (&walk->persona);
  g_clear_object (&walk->walk);
  g_free (walk);
}

static void
report_idea_free (TpReportIdea *idea)
{
  g_clear_object (&idea->idea);
  g_clear_pointer (&idea->stages, g_strfreev);
  g_clear_pointer (&idea->walks, g_ptr_array_unref);
  g_free (idea);
}

void
tp_report_free (TpReport *report)
{
  if (report == NULL)
    return;

  g_clear_object (&report->workshop);
  g_clear_pointer (&report->ideas, g_ptr_array_unref);
  g_free (report->generated_at);
  g_free (report);
}

/* A walk's stage names matter only to label its curve, so an idea nobody
 * walked keeps its journey unread. */
static GStrv
read_stages (TpStore  *store,
             TpIdea   *idea,
             GError  **error)
{
  g_autoptr(GListStore) steps = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;

  if (!(steps = tp_store_get_journey (store, idea, error)))
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (steps));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpJourneyStep) step = g_list_model_get_item (G_LIST_MODEL (steps), i);

      g_strv_builder_add (builder, tp_journey_step_get_stage (step));
    }

  return g_strv_builder_end (builder);
}

static TpReportIdea *
gather_idea (TpStore     *store,
             TpWorkshop  *workshop,
             TpIdea      *idea,
             GError     **error)
{
  g_autoptr(GPtrArray) personas = NULL;
  TpReportIdea *entry;
  gboolean walked = FALSE;

  if (!(personas = tp_store_get_idea_personas (store, idea, error)))
    return NULL;

  entry = g_new0 (TpReportIdea, 1);
  entry->idea = g_object_ref (idea);
  entry->verdict = tp_store_get_verdict (store, idea, &entry->blocked_at);
  entry->walks = g_ptr_array_new_with_free_func ((GDestroyNotify)report_walk_free);

  for (guint i = 0; i < personas->len; i++)
    {
      TpPersona *persona = g_ptr_array_index (personas, i);
      TpReportWalk *walk = g_new0 (TpReportWalk, 1);
      g_autoptr(GError) local_error = NULL;

      walk->persona = g_object_ref (persona);
      g_ptr_array_add (entry->walks, walk);

      walk->walk = tp_store_get_latest_walk (store, idea, persona, &local_error);
      if (local_error == NULL)
        walk->verdict = tp_store_get_persona_verdict (store, idea, persona,
                                                      &walk->dropped_at,
                                                      &walk->open_frictions,
                                                      &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          report_idea_free (entry);
          return NULL;
        }

      walked |= walk->walk != NULL;
    }

  if (walked && !(entry->stages = read_stages (store, idea, error)))
    {
      report_idea_free (entry);
      return NULL;
    }

  entry->has_gap = tp_store_get_perception_gap (store, workshop, idea,
                                                &entry->gap, &entry->n_gap_walks);
  return entry;
}

static void
count_verdict (TpReport  *report,
               TpVerdict  verdict)
{
  switch (verdict)
    {
    case TP_VERDICT_PASSED:
      report->n_passed++;
      break;
    case TP_VERDICT_BLOCKED:
      report->n_blocked++;
      break;
    case TP_VERDICT_NOT_WALKED:
      report->n_not_walked++;
      break;
    case TP_VERDICT_OPEN_FRICTIONS:
    case TP_VERDICT_STALE:
    default:
      report->n_pending++;
      break;
    }
}

/**
 * tp_report_new:
 * @filter: (nullable): which ideas to report on; all of them when %NULL
 *
 * Reads everything a report shows, in the order it shows it: the backlog
 * sorted by @sort_key and, for each idea, the latest walk of every
 * persona linked to it.
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error set
 */
TpReport *
tp_report_new (TpStore          *store,
               TpWorkshop       *workshop,
               TpSortKey         sort_key,
               TpBacklogFilter  *filter,
               GError          **error)
{
  g_autoptr(TpReport) report = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  report = g_new0 (TpReport, 1);
  report->workshop = g_object_ref (workshop);
  report->sort_key = sort_key;
  report->filtered = filter != NULL && !tp_backlog_filter_is_empty (filter);
  report->ideas = g_ptr_array_new_with_free_func ((GDestroyNotify)report_idea_free);
  report->generated_at = g_date_time_format (now, "%Y-%m-%d");

  ideas = tp_backlog_list (tp_store_get_ideas (store, workshop),
                          report->filtered ? filter : NULL, sort_key);

  for (guint i = 0; i < ideas->len; i++)
    {
      TpReportIdea *entry = gather_idea (store, workshop, g_ptr_array_index (ideas, i), error);

      if (entry == NULL)
        return NULL;

      entry->position = i + 1;
      count_verdict (report, entry->verdict);
      g_ptr_array_add (report->ideas, entry);
    }

  report->has_gap = tp_store_get_perception_gap (store, workshop, NULL,
                                                 &report->gap, &report->n_gap_walks);

  return g_steal_pointer (&report);
}

const char *
tp_report_column_get_title (TpReportColumn column)
{
  static const char *titles[] = {
    [TP_REPORT_COLUMN_POSITION] = "#",
    [TP_REPORT_COLUMN_TITLE] = N_("Idea"),
    [TP_REPORT_COLUMN_VOTES] = N_("Votes"),
    [TP_REPORT_COLUMN_IMPACT_EFFORT] = N_("Impact / Effort"),
    [TP_REPORT_COLUMN_RICE] = N_("RICE"),
    [TP_REPORT_COLUMN_MOSCOW] = N_("MoSCoW"),
    [TP_REPORT_COLUMN_STATUS] = N_("Status"),
    [TP_REPORT_COLUMN_VERDICT] = N_("Journey"),
  };

  g_return_val_if_fail (column < G_N_ELEMENTS (titles), NULL);
  return column == TP_REPORT_COLUMN_POSITION ? titles[column] : _(titles[column]);
}

/* A typographic minus and an explicit plus, so a gap reads as a gap. */
char *
tp_report_format_signed (double value)
{
  double rounded = round (value * 10.0) / 10.0;

  if (rounded == 0.0)
    return g_strdup ("0.0");

  return g_strdup_printf ("%s%.1f", rounded > 0 ? "+" : "−", fabs (rounded));
}

static char *
format_rice (double rice)
{
  if (rice < 0)
    return g_strdup ("—");
  if (rice >= 100)
    return g_strdup_printf ("%.0f", rice);
  return g_strdup_printf ("%.1f", rice);
}

/**
 * tp_report_idea_format_cell:
 *
 * Returns: (transfer full): the text of one cell of the backlog table
 */
char *
tp_report_idea_format_cell (TpReportIdea   *entry,
                            TpReportColumn  column)
{
  TpScores scores = TP_SCORES_INIT;

  g_return_val_if_fail (entry != NULL, NULL);

  tp_idea_get_scores (entry->idea, &scores);

  switch (column)
    {
    case TP_REPORT_COLUMN_POSITION:
      return g_strdup_printf ("%u", entry->position);
    case TP_REPORT_COLUMN_TITLE:
      return g_strdup (tp_idea_get_title (entry->idea));
    case TP_REPORT_COLUMN_VOTES:
      return g_strdup_printf ("%u", tp_idea_get_votes (entry->idea));
    case TP_REPORT_COLUMN_IMPACT_EFFORT:
      if (scores.impact == 0 || scores.effort == 0)
        return g_strdup ("—");
      /* Translators: impact and effort scores, then the quadrant */
      return g_strdup_printf (_("%u / %u · %s"), scores.impact, scores.effort,
                              tp_quadrant_get_label (tp_idea_get_quadrant (entry->idea)));
    case TP_REPORT_COLUMN_RICE:
      return format_rice (tp_idea_get_rice_score (entry->idea));
    case TP_REPORT_COLUMN_MOSCOW:
      if (scores.moscow == TP_MOSCOW_NONE)
        return g_strdup ("—");
      return g_strdup (tp_moscow_get_label (scores.moscow));
    case TP_REPORT_COLUMN_STATUS:
      return g_strdup (tp_idea_status_get_label (tp_idea_get_status (entry->idea)));
    case TP_REPORT_COLUMN_VERDICT:
      if (entry->verdict == TP_VERDICT_BLOCKED && entry->blocked_at > 0)
        /* Translators: a journey blocked at a numbered step */
        return g_strdup_printf (_("Blocked at step %u"), entry->blocked_at);
      return g_strdup (tp_verdict_get_label (entry->verdict));
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * tp_report_format_gap_sentence:
 *
 * Returns: (transfer full): the perception gap said in one sentence
 */
char *
tp_report_format_gap_sentence (gboolean has_gap,
                               double   gap,
                               guint    n_walks)
{
  g_autofree char *value = gap > 0 ? tp_report_format_signed (gap)
                                    : g_strdup_printf ("%.1f", fabs (gap));

  if (!has_gap)
    return g_strdup (_("No walk has a recorded expectation yet, so there is no perception gap to show."));

  if (round (gap * 10.0) == 0.0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The team’s expectation matched the simulated customer (%u walk).",
                                         "The team’s expectations matched the simulated customers (%u walks).",
                                         n_walks),
                            n_walks);

  if (gap > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The team expected %s more than the simulated customer (%u walk).",
                                         "The team expected %s more than the simulated customers (%u walks).",
                                         n_walks),
                            value, n_walks);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The simulated customer was %s happier than the team expected (%u walk).",
                                       "The simulated customers were %s happier than the team expected (%u walks).",
                                       n_walks),
                          value, n_walks);
}

/**
 * tp_report_walk_format_outcome:
 *
 * Returns: (transfer full): how the walk ended, in a few words
 */
char *
tp_report_walk_format_outcome (TpReportWalk *walk)
{
  TpWalkResult *result;
  guint satisfaction, expected;

  g_return_val_if_fail (walk != NULL, NULL);

  if (walk->walk == NULL)
    return g_strdup (_("Not walked yet"));

  result = tp_walk_get_result (walk->walk);
  satisfaction = tp_walk_result_get_satisfaction (result);
  expected = tp_walk_get_expected_satisfaction (walk->walk);

  if (tp_walk_result_get_outcome (result) == TP_OUTCOME_ABANDONED)
    {
      if (expected > 0)
        return g_strdup_printf (_("Gave up at step %u · satisfaction %u of 5, the team expected %u"),
                                tp_walk_result_get_dropped_at (result), satisfaction, expected);
      return g_strdup_printf (_("Gave up at step %u · satisfaction %u of 5"),
                              tp_walk_result_get_dropped_at (result), satisfaction);
    }

  if (expected > 0)
    return g_strdup_printf (_("Completed · satisfaction %u of 5, the team expected %u"),
                            satisfaction, expected);
  return g_strdup_printf (_("Completed · satisfaction %u of 5"), satisfaction);
}

/**
 * tp_report_get_stage:
 * @step: 1-based step number
 *
 * Returns: (nullable): the stage name of that step of the idea's journey
 */
const char *
tp_report_get_stage (TpReportIdea *entry,
                     guint         step)
{
  g_return_val_if_fail (entry != NULL, NULL);

  if (entry->stages == NULL || step < 1 || step > g_strv_length (entry->stages))
    return NULL;

  return entry->stages[step - 1];
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_set_error (error, TP_ERROR, TP_ERROR_STORAGE,
               _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

gboolean
tp_report_replace_file (const char  *path,
                        const void  *data,
                        gsize        length,
                        GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  const char *p = data;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp = g_strdup_printf ("%s%c.%s-XXXXXX", dir, G_DIR_SEPARATOR, base);

  if ((fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0666)) < 0)
    return set_write_error (error, path, errno);

  while (length > 0)
    {
      gssize written = write (fd, p, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        {
          int saved_errno = errno;

          close (fd);
          g_unlink (tmp);
          return set_write_error (error, path, saved_errno);
        }
      p += written;
      length -= (gsize)written;
    }

  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (tmp);
      return set_write_error (error, path, saved_errno);
    }

  if (close (fd) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp);
      return set_write_error (error, path, saved_errno);
    }

  if (g_rename (tmp, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp);
      return set_write_error (error, path, saved_errno);
    }

  return TRUE;
}
