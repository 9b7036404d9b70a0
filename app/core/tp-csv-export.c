/* tp-csv-export.c — the backlog written as a CSV file for spreadsheets
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headers and the words in the Status, MoSCoW, Quadrant and Verdict
 * columns are the same in every language, so that a file comes back in
 * whatever the language of the one importing it.
 */
#include "config.h"

#include <string.h>

#include "tp-csv.h"
#include "tp-idea.h"

/* Written in chunks of about this size. */
#define FLUSH_AT (64 * 1024)

static const char * const headers[] = {
  "Title", "Details", "Author", "Tags", "Status", "Votes",
  "Impact", "Effort", "RICE Reach", "RICE Impact", "RICE Confidence", "RICE Effort", "RICE Score",
  "MoSCoW", "Quadrant", "Verdict", "UUID", "Created",
};

static void
append_number (GString *out,
               double   value,
               gboolean set)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  tp_csv_append_cell (out, set ? g_ascii_formatd (buffer, sizeof buffer, "%.15g", value) : "");
}

static void
append_whole (GString *out,
              guint    value,
              gboolean set)
{
  char buffer[16];

  g_snprintf (buffer, sizeof buffer, "%u", value);
  tp_csv_append_cell (out, set ? buffer : "");
}

static void
append_idea (GString *out,
             TpIdea  *idea)
{
  g_autofree char *tags = g_strjoinv (", ", (GStrv)tp_idea_get_tags (idea));
  TpScores scores;
  double rice;

  tp_idea_get_scores (idea, &scores);
  rice = tp_idea_get_rice_score (idea);

  tp_csv_append_cell (out, tp_idea_get_title (idea));
  tp_csv_append_cell (out, tp_idea_get_details (idea));
  tp_csv_append_cell (out, tp_idea_get_author (idea));
  tp_csv_append_cell (out, tags);
  tp_csv_append_cell (out, tp_idea_status_to_string (tp_idea_get_status (idea)));
  append_whole (out, tp_idea_get_votes (idea), TRUE);
  append_whole (out, scores.impact, scores.impact > 0);
  append_whole (out, scores.effort, scores.effort > 0);
  append_number (out, scores.rice_reach, scores.rice_reach >= 0);
  append_number (out, scores.rice_impact, scores.rice_impact >= 0);
  append_whole (out, scores.rice_confidence, scores.rice_confidence >= 0);
  append_number (out, scores.rice_effort, scores.rice_effort >= 0);
  append_number (out, rice, rice >= 0);
  tp_csv_append_cell (out, scores.moscow == TP_MOSCOW_NONE ? "" : tp_moscow_to_string (scores.moscow));
  tp_csv_append_cell (out, tp_quadrant_to_string (tp_idea_get_quadrant (idea)));
  tp_csv_append_cell (out, tp_verdict_to_string (tp_idea_get_verdict (idea)));
  tp_csv_append_cell (out, tp_idea_get_uuid (idea));
  tp_csv_append_cell (out, tp_idea_get_created_at (idea));
  tp_csv_end_row (out);
}

static gboolean
flush (GOutputStream  *stream,
       GString        *out,
       GCancellable   *cancellable,
       GError        **error)
{
  if (!g_output_stream_write_all (stream, out->str, out->len, NULL, cancellable, error))
    return FALSE;

  g_string_truncate (out, 0);
  return TRUE;
}

/**
 * tp_csv_export_ideas:
 * @ideas: TpIdea items, in the order the rows should have
 *
 * Writes a header and one row per idea; @out is left open.
 */
gboolean
tp_csv_export_ideas (GListModel     *ideas,
                     GOutputStream  *stream,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_autoptr(GString) out = g_string_sized_new (FLUSH_AT * 2);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (ideas), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  g_string_append (out, "\xEF\xBB\xBF");
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    tp_csv_append_cell (out, headers[i]);
  tp_csv_end_row (out);

  n = g_list_model_get_n_items (ideas);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (ideas, i);

      append_idea (out, idea);
      if (out->len >= FLUSH_AT && !flush (stream, out, cancellable, error))
        return FALSE;
    }

  return flush (stream, out, cancellable, error);
}

/**
 * tp_csv_export_ideas_to_file:
 *
 * Writes beside @file and puts the result in its place when complete, so
 * a failure leaves any earlier file as it was.
 */
gboolean
tp_csv_export_ideas_to_file (GListModel    *ideas,
                             GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (ideas), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (!tp_csv_export_ideas (ideas, G_OUTPUT_STREAM (stream), cancellable, error))
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      /* Closing a cancelled replace leaves the destination untouched. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}
