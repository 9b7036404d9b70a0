/* tp-report-markdown.c — a workshop report as GitHub-flavoured Markdown
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tp-report.h"

/* Seven blocks for the seven whole values from −3 to +3. */
static const char *spark_blocks[] = { "▁", "▂", "▃", "▄", "▅", "▆", "▇" };

/* Escapes what Markdown would read as markup; @inline also folds line
 * breaks, for table cells and headings. */
static void
append_escaped (GString    *out,
                const char *text,
                gboolean    inline_only)
{
  gboolean line_start = TRUE;

  if (text == NULL)
    return;

  for (const char *p = text; *p; p++)
    {
      switch (*p)
        {
        case '\\': case '`': case '*': case '_': case '[': case ']':
        case '<': case '>': case '|': case '#': case '~':
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;
        case '-': case '+':
          if (line_start)
            g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;
        case '\r':
          continue;
        case '\n':
          g_string_append (out, inline_only ? " " : "  \n");
          line_start = TRUE;
          continue;
        default:
          g_string_append_c (out, *p);
        }
      line_start = FALSE;
    }
}

static void
append_sparkline (GString *out,
                  GArray  *emotion)
{
  for (guint i = 0; i < emotion->len; i++)
    {
      int value = CLAMP (g_array_index (emotion, int, i), TP_EMOTION_MIN, TP_EMOTION_MAX);

      g_string_append (out, spark_blocks[value - TP_EMOTION_MIN]);
    }
}

static const char *
verdict_marker (TpVerdict verdict)
{
  switch (verdict)
    {
    case TP_VERDICT_PASSED:
      return "✅";
    case TP_VERDICT_BLOCKED:
      return "⛔";
    case TP_VERDICT_OPEN_FRICTIONS:
    case TP_VERDICT_STALE:
      return "⚠️";
    case TP_VERDICT_NOT_WALKED:
    default:
      return "○";
    }
}

static const char *
severity_marker (TpSeverity severity)
{
  switch (severity)
    {
    case TP_SEVERITY_BARRIER:
      return "🔴";
    case TP_SEVERITY_FRICTION:
      return "🟠";
    case TP_SEVERITY_DELIGHT:
    default:
      return "🟢";
    }
}

static void
append_heading (GString  *out,
                TpReport *report)
{
  TpWorkshop *workshop = report->workshop;
  const char *question = tp_workshop_get_question (workshop);
  const char *date = tp_workshop_get_date (workshop);
  const char *facilitator = tp_workshop_get_facilitator (workshop);

  g_string_append (out, "# ");
  append_escaped (out, tp_workshop_get_title (workshop), TRUE);
  g_string_append (out, "\n\n");

  if (question != NULL && *question)
    {
      g_string_append (out, "> **");
      append_escaped (out, question, TRUE);
      g_string_append (out, "**\n\n");
    }

  g_string_append_c (out, '_');
  if (date != NULL && *date)
    g_string_append_printf (out, _("Workshop of %s"), date);
  else
    g_string_append (out, _("Workshop"));
  if (facilitator != NULL && *facilitator)
    {
      g_autoptr(GString) name = g_string_new (NULL);

      append_escaped (name, facilitator, TRUE);
      g_string_append (out, " · ");
      g_string_append_printf (out, _("facilitated by %s"), name->str);
    }
  g_string_append (out, " · ");
  g_string_append_printf (out, _("report of %s"), report->generated_at);
  g_string_append (out, "_\n\n");
}

static void
append_summary (GString  *out,
                TpReport *report)
{
  g_autofree char *sentence = tp_report_format_gap_sentence (report->has_gap, report->gap,
                                                             report->n_gap_walks);

  g_string_append_printf (out, "## %s\n\n", _("Summary"));
  g_string_append_printf (out, "| %s | %s | %s | %s | %s |\n",
                          _("Ideas"), tp_verdict_get_label (TP_VERDICT_PASSED),
                          tp_verdict_get_label (TP_VERDICT_BLOCKED),
                          _("To review (frictions or stale)"),
                          tp_verdict_get_label (TP_VERDICT_NOT_WALKED));
  g_string_append (out, "|---:|---:|---:|---:|---:|\n");
  g_string_append_printf (out, "| %u | %u | %u | %u | %u |\n\n",
                          report->ideas->len, report->n_passed, report->n_blocked,
                          report->n_pending, report->n_not_walked);

  if (report->has_gap)
    {
      g_autofree char *value = tp_report_format_signed (report->gap);

      g_string_append_printf (out, "**%s %s.** ", _("Perception gap:"), value);
    }
  g_string_append_printf (out, "%s\n\n", sentence);
}

static void
append_backlog (GString  *out,
                TpReport *report)
{
  g_string_append_printf (out, "## %s\n\n", _("Prioritised backlog"));
  g_string_append_printf (out, _("Sorted by %s."), tp_sort_key_get_label (report->sort_key));
  if (report->filtered)
    g_string_append_printf (out, " %s", _("Only the ideas that match the backlog’s filter are shown."));
  g_string_append (out, "\n\n");

  if (report->ideas->len == 0)
    {
      g_string_append_printf (out, "%s\n\n", _("No ideas yet."));
      return;
    }

  g_string_append (out, "|");
  for (guint c = 0; c < TP_REPORT_N_COLUMNS; c++)
    g_string_append_printf (out, " %s |", tp_report_column_get_title (c));
  g_string_append (out, "\n|--:|---|--:|---|--:|---|---|---|\n");

  for (guint i = 0; i < report->ideas->len; i++)
    {
      TpReportIdea *entry = g_ptr_array_index (report->ideas, i);

      g_string_append (out, "|");
      for (guint c = 0; c < TP_REPORT_N_COLUMNS; c++)
        {
          g_autofree char *cell = tp_report_idea_format_cell (entry, c);

          g_string_append_c (out, ' ');
          if (c == TP_REPORT_COLUMN_VERDICT)
            g_string_append_printf (out, "%s ", verdict_marker (entry->verdict));
          append_escaped (out, cell, TRUE);
          g_string_append (out, " |");
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

static void
append_step_name (GString      *out,
                  TpReportIdea *entry,
                  guint         step)
{
  const char *stage = tp_report_get_stage (entry, step);

  g_string_append_printf (out, _("step %u"), step);
  if (stage != NULL)
    {
      g_string_append (out, " (");
      append_escaped (out, stage, TRUE);
      g_string_append_c (out, ')');
    }
}

static void
append_curves (GString      *out,
               TpReportIdea *entry)
{
  guint n_steps = 0;

  for (guint i = 0; i < entry->walks->len; i++)
    {
      TpReportWalk *walk = g_ptr_array_index (entry->walks, i);

      if (walk->walk != NULL)
        n_steps = MAX (n_steps, tp_walk_result_get_emotion (tp_walk_get_result (walk->walk))->len);
    }
  if (n_steps == 0)
    return;

  g_string_append_printf (out, "**%s** (−3 … +3)\n\n", _("Emotion curve"));
  g_string_append_printf (out, "| %s | %s |", _("Persona"), _("Curve"));
  for (guint s = 1; s <= n_steps; s++)
    {
      const char *stage = tp_report_get_stage (entry, s);

      g_string_append_printf (out, " %u", s);
      if (stage != NULL)
        {
          g_string_append (out, " · ");
          append_escaped (out, stage, TRUE);
        }
      g_string_append (out, " |");
    }
  g_string_append (out, "\n|---|---|");
  for (guint s = 1; s <= n_steps; s++)
    g_string_append (out, "--:|");
  g_string_append_c (out, '\n');

  for (guint i = 0; i < entry->walks->len; i++)
    {
      TpReportWalk *walk = g_ptr_array_index (entry->walks, i);
      GArray *emotion;

      if (walk->walk == NULL)
        continue;

      emotion = tp_walk_result_get_emotion (tp_walk_get_result (walk->walk));
      g_string_append (out, "| ");
      append_escaped (out, tp_persona_get_name (walk->persona), TRUE);
      g_string_append (out, " | `");
      append_sparkline (out, emotion);
      g_string_append (out, "` |");
      for (guint s = 0; s < n_steps; s++)
        {
          if (s < emotion->len)
            {
              int value = g_array_index (emotion, int, s);

              g_string_append_printf (out, " %s%d |", value < 0 ? "−" : value > 0 ? "+" : "", ABS (value));
            }
          else
            g_string_append (out, " · |");
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

static void
append_walk (GString      *out,
             TpReportIdea *entry,
             TpReportWalk *walk)
{
  g_autofree char *outcome = tp_report_walk_format_outcome (walk);
  TpWalkResult *result;
  guint n_notes = 0;

  g_string_append (out, "#### ");
  append_escaped (out, tp_persona_get_name (walk->persona), TRUE);
  g_string_append_printf (out, "\n\n%s %s · %s\n\n", verdict_marker (walk->verdict),
                          tp_verdict_get_label (walk->verdict), outcome);

  if (walk->walk == NULL)
    return;

  result = tp_walk_get_result (walk->walk);
  for (guint f = 0; f < tp_walk_result_get_n_findings (result); f++)
    {
      TpFinding *finding = tp_walk_result_get_finding (result, f);
      TpSeverity severity = tp_finding_get_severity (finding);
      const char *fix = tp_finding_get_fix (finding);
      const char *accepted = tp_walk_get_acceptance (walk->walk, f);

      g_string_append_printf (out, "- %s **%s**, ", severity_marker (severity),
                              tp_severity_get_label (severity));
      append_step_name (out, entry, tp_finding_get_step (finding));
      g_string_append (out, ": ");
      append_escaped (out, tp_finding_get_message (finding), TRUE);
      if (fix != NULL && *fix)
        {
          g_string_append_printf (out, "  \n  _%s_ ", _("Fix:"));
          append_escaped (out, fix, TRUE);
        }
      if (accepted != NULL)
        {
          g_string_append_printf (out, "  \n  **%s** ", _("Accepted:"));
          append_escaped (out, accepted, TRUE);
        }
      else if (severity == TP_SEVERITY_FRICTION)
        g_string_append_printf (out, "  \n  **%s**", _("Not accepted yet."));
      g_string_append_c (out, '\n');
    }
  if (tp_walk_result_get_n_findings (result) > 0)
    g_string_append_c (out, '\n');

  for (guint s = 1; s <= tp_walk_result_get_emotion (result)->len; s++)
    {
      const char *note = tp_walk_get_note (walk->walk, s);

      if (note == NULL || *note == '\0')
        continue;
      if (n_notes++ == 0)
        g_string_append_printf (out, "%s\n\n", _("Team notes:"));
      g_string_append (out, "- ");
      append_step_name (out, entry, s);
      g_string_append (out, ": ");
      append_escaped (out, note, TRUE);
      g_string_append_c (out, '\n');
    }
  if (n_notes > 0)
    g_string_append_c (out, '\n');
}

static void
append_idea (GString      *out,
             TpReportIdea *entry)
{
  TpIdea *idea = entry->idea;
  const char *details = tp_idea_get_details (idea);
  const char * const *tags = tp_idea_get_tags (idea);
  g_autofree char *verdict = tp_report_idea_format_cell (entry, TP_REPORT_COLUMN_VERDICT);
  g_autofree char *status = tp_report_idea_format_cell (entry, TP_REPORT_COLUMN_STATUS);

  g_string_append_printf (out, "### %u. ", entry->position);
  append_escaped (out, tp_idea_get_title (idea), TRUE);
  g_string_append_printf (out, "\n\n**%s %s: %s** · %s: %s", verdict_marker (entry->verdict),
                          _("Journey"), verdict, _("Status"), status);
  if (tags != NULL && tags[0] != NULL)
    {
      g_string_append_printf (out, " · %s:", _("Tags"));
      for (guint t = 0; tags[t]; t++)
        {
          g_string_append (out, " \\#");
          append_escaped (out, tags[t], TRUE);
        }
    }
  g_string_append (out, "\n\n");

  if (details != NULL && *details)
    {
      append_escaped (out, details, FALSE);
      g_string_append (out, "\n\n");
    }

  if (entry->has_gap)
    {
      g_autofree char *sentence = tp_report_format_gap_sentence (TRUE, entry->gap, entry->n_gap_walks);
      g_autofree char *value = tp_report_format_signed (entry->gap);

      g_string_append_printf (out, "**%s %s.** %s\n\n", _("Perception gap:"), value, sentence);
    }

  append_curves (out, entry);
  for (guint i = 0; i < entry->walks->len; i++)
    append_walk (out, entry, g_ptr_array_index (entry->walks, i));
}

static GString *
render (TpReport *report)
{
  GString *out = g_string_new (NULL);

  append_heading (out, report);
  append_summary (out, report);
  append_backlog (out, report);

  if (report->ideas->len > 0)
    g_string_append_printf (out, "## %s\n\n", _("Ideas and their journeys"));
  for (guint i = 0; i < report->ideas->len; i++)
    append_idea (out, g_ptr_array_index (report->ideas, i));

  g_string_append_printf (out, "---\n\n_%s_\n", _("Made with Touchpoint."));
  return out;
}

/**
 * tp_report_write_markdown:
 *
 * Writes the report as GitHub-flavoured Markdown to @stream.
 */
gboolean
tp_report_write_markdown (TpReport       *report,
                          GOutputStream  *stream,
                          GError        **error)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  text = render (report);
  return g_output_stream_write_all (stream, text->str, text->len, NULL, NULL, error);
}

/**
 * tp_report_save_markdown:
 *
 * Saves the report as Markdown at @path, whole or not at all.
 */
gboolean
tp_report_save_markdown (TpReport    *report,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  text = render (report);
  return tp_report_replace_file (path, text->str, text->len, error);
}
