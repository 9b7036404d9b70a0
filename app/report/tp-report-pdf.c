/* tp-report-pdf.c — a workshop report as an A4 PDF drawn with cairo and pango
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "tp-report-pdf-private.h"

static void
draw_title_block (TpPdf *pdf)
{
  TpWorkshop *workshop = pdf->report->workshop;
  const char *question = tp_workshop_get_question (workshop);
  const char *date = tp_workshop_get_date (workshop);
  const char *facilitator = tp_workshop_get_facilitator (workshop);
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autofree char *title = g_markup_escape_text (tp_workshop_get_title (workshop), -1);
  g_autofree char *overline = g_utf8_strup (_("Workshop report"), -1);
  g_autofree char *overline_markup = g_markup_printf_escaped ("<span letter_spacing=\"1500\" weight=\"bold\">%s</span>",
                                                              overline);

  tp_pdf_draw_text (pdf, "9", &accent, MARGIN, CONTENT_WIDTH, overline_markup);
  pdf->y += 6;
  tp_pdf_draw_text (pdf, "Bold 28", &ink, MARGIN, CONTENT_WIDTH, title);
  pdf->y += 14;

  if (question != NULL && *question)
    {
      g_autofree char *escaped = g_markup_escape_text (question, -1);
      double top = pdf->y;

      tp_pdf_draw_text (pdf, "15", &ink, MARGIN + 14, CONTENT_WIDTH - 14, escaped);
      cairo_set_source_rgb (pdf->cr, accent.r, accent.g, accent.b);
      cairo_new_path (pdf->cr);
      cairo_rectangle (pdf->cr, MARGIN, top + 1, 3, pdf->y - top - 2);
      cairo_fill (pdf->cr);
      pdf->y += 12;
    }

  if (date != NULL && *date)
    g_string_append_printf (meta, _("Workshop of %s"), date);
  if (facilitator != NULL && *facilitator)
    {
      if (meta->len > 0)
        g_string_append (meta, "  ·  ");
      g_string_append_printf (meta, _("Facilitated by %s"), facilitator);
    }
  if (meta->len == 0)
    g_string_append_printf (meta, _("Report of %s"), pdf->report->generated_at);

  {
    g_autofree char *escaped = g_markup_escape_text (meta->str, -1);

    tp_pdf_draw_text (pdf, "10", &secondary, MARGIN, CONTENT_WIDTH, escaped);
  }
  pdf->y += 30;
}

static void
draw_stat (TpPdf             *pdf,
           double             x,
           double             width,
           guint              value,
           const char        *label,
           const TpPdfColour *colour)
{
  cairo_t *cr = pdf->cr;
  g_autoptr(PangoLayout) number = tp_pdf_make_layout (pdf, "Bold 26", width - 20);
  g_autoptr(PangoLayout) caption = tp_pdf_make_layout (pdf, "8.5", width - 20);
  g_autofree char *text = g_strdup_printf ("%u", value);

  tp_pdf_rounded_rectangle (cr, x, pdf->y, width, 62, 4);
  tp_pdf_set_colour (cr, &panel);
  cairo_fill (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x, pdf->y + 4, 3, 54);
  tp_pdf_set_colour (cr, colour);
  cairo_fill (cr);

  pango_layout_set_text (number, text, -1);
  cairo_move_to (cr, x + 12, pdf->y + 8);
  pango_cairo_show_layout (cr, number);

  pango_layout_set_text (caption, label, -1);
  pango_layout_set_ellipsize (caption, PANGO_ELLIPSIZE_END);
  tp_pdf_set_colour (cr, &secondary);
  cairo_move_to (cr, x + 12, pdf->y + 40);
  pango_cairo_show_layout (cr, caption);
}

static void
draw_summary (TpPdf *pdf)
{
  TpReport *report = pdf->report;
  const double gutter = 8;
  const double width = (CONTENT_WIDTH - 4 * gutter) / 5;
  g_autofree char *sentence = tp_report_format_gap_sentence (report->has_gap, report->gap,
                                                             report->n_gap_walks);
  g_autoptr(PangoLayout) big = tp_pdf_make_layout (pdf, "Bold 36", 0);
  g_autoptr(PangoLayout) line = NULL;
  g_autoptr(PangoLayout) note = NULL;
  double text_x, box_top, height;

  tp_pdf_draw_overline (pdf, _("Summary"));
  tp_pdf_ensure_space (pdf, 180);

  draw_stat (pdf, MARGIN, width, report->ideas->len, _("Ideas"), &ink);
  draw_stat (pdf, MARGIN + (width + gutter), width, report->n_passed,
             tp_verdict_get_label (TP_VERDICT_PASSED), &green);
  draw_stat (pdf, MARGIN + 2 * (width + gutter), width, report->n_blocked,
             tp_verdict_get_label (TP_VERDICT_BLOCKED), &red);
  draw_stat (pdf, MARGIN + 3 * (width + gutter), width, report->n_pending,
             _("To review"), &amber);
  draw_stat (pdf, MARGIN + 4 * (width + gutter), width, report->n_not_walked,
             tp_verdict_get_label (TP_VERDICT_NOT_WALKED), &faint);
  pdf->y += 62 + 14;

  /* The gap is the figure a director should take away. */
  if (report->has_gap)
    {
      g_autofree char *value = tp_report_format_signed (report->gap);

      pango_layout_set_text (big, value, -1);
    }
  else
    pango_layout_set_text (big, "—", -1);
  text_x = MARGIN + 20 + MAX (tp_pdf_layout_width (big), 60) + 18;

  line = tp_pdf_make_layout (pdf, "Bold 13", PAGE_WIDTH - MARGIN - 16 - text_x);
  pango_layout_set_text (line, sentence, -1);
  note = tp_pdf_make_layout (pdf, "8.5", PAGE_WIDTH - MARGIN - 16 - text_x);
  /* xgettext:no-c-format */
  pango_layout_set_text (note, _("Perception gap: the satisfaction the team expected (1–5) minus what the "
                                 "simulated customers reached, over each persona’s latest walk. "
                                 "80% of companies believe they deliver superior service; 8% of their "
                                 "customers agree."), -1);

  height = MAX (tp_pdf_layout_height (big), tp_pdf_layout_height (line) + 6 + tp_pdf_layout_height (note)) + 28;
  box_top = pdf->y;
  tp_pdf_rounded_rectangle (pdf->cr, MARGIN, box_top, CONTENT_WIDTH, height, 4);
  tp_pdf_set_colour (pdf->cr, &panel);
  cairo_fill (pdf->cr);
  cairo_rectangle (pdf->cr, MARGIN, box_top + 4, 3, height - 8);
  tp_pdf_set_colour (pdf->cr, &accent);
  cairo_fill (pdf->cr);

  tp_pdf_set_colour (pdf->cr, report->has_gap ? &accent : &faint);
  cairo_move_to (pdf->cr, MARGIN + 20, box_top + (height - tp_pdf_layout_height (big)) / 2);
  pango_cairo_show_layout (pdf->cr, big);

  tp_pdf_set_colour (pdf->cr, &ink);
  cairo_move_to (pdf->cr, text_x, box_top + 14);
  pango_cairo_show_layout (pdf->cr, line);
  tp_pdf_set_colour (pdf->cr, &secondary);
  cairo_move_to (pdf->cr, text_x, box_top + 14 + tp_pdf_layout_height (line) + 6);
  pango_cairo_show_layout (pdf->cr, note);

  pdf->y = box_top + height + 30;
}

/* Widths of the backlog's columns; the idea's title takes what is left. */
static const double column_widths[TP_REPORT_N_COLUMNS] = {
  16, 0, 36, 56, 38, 60, 58, 84,
};

static gboolean
column_is_numeric (guint column)
{
  return column == TP_REPORT_COLUMN_POSITION || column == TP_REPORT_COLUMN_VOTES ||
         column == TP_REPORT_COLUMN_RICE;
}

static double
column_width (guint column)
{
  double fixed = 0;

  if (column != TP_REPORT_COLUMN_TITLE)
    return column_widths[column];

  for (guint c = 0; c < TP_REPORT_N_COLUMNS; c++)
    fixed += column_widths[c];
  return CONTENT_WIDTH - fixed;
}

#define CELL_PAD 4.0

static void
draw_table_header (TpPdf *pdf)
{
  PangoLayout *labels[TP_REPORT_N_COLUMNS];
  double x = MARGIN, height = 0;

  for (guint c = 0; c < TP_REPORT_N_COLUMNS; c++)
    {
      g_autofree char *upper = g_utf8_strup (tp_report_column_get_title (c), -1);

      labels[c] = tp_pdf_make_layout_in (pdf, PANGO_STRETCH_CONDENSED, "Bold 7", column_width (c) - 2 * CELL_PAD);
      pango_layout_set_text (labels[c], upper, -1);
      if (column_is_numeric (c))
        pango_layout_set_alignment (labels[c], PANGO_ALIGN_RIGHT);
      height = MAX (height, tp_pdf_layout_height (labels[c]));
    }

  tp_pdf_set_colour (pdf->cr, &secondary);
  for (guint c = 0; c < TP_REPORT_N_COLUMNS; c++)
    {
      cairo_move_to (pdf->cr, x + CELL_PAD, pdf->y + height - tp_pdf_layout_height (labels[c]));
      pango_cairo_show_layout (pdf->cr, labels[c]);
      x += column_width (c);
      g_object_unref (labels[c]);
    }

  pdf->y += height + 5;
  tp_pdf_set_colour (pdf->cr, &faint);
  cairo_set_line_width (pdf->cr, 0.75);
  cairo_move_to (pdf->cr, MARGIN, pdf->y);
  cairo_line_to (pdf->cr, PAGE_WIDTH - MARGIN, pdf->y);
  cairo_stroke (pdf->cr);
}

/* The quadrant goes under the scores, which keeps the column narrow. */
static void
set_cell_text (PangoLayout *layout,
               guint        column,
               const char  *text)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *markup = NULL;

  if (column != TP_REPORT_COLUMN_IMPACT_EFFORT || !strstr (text, " · "))
    {
      pango_layout_set_text (layout, text, -1);
      return;
    }

  parts = g_strsplit (text, " · ", 2);
  markup = g_markup_printf_escaped ("%s\n<span foreground=\"#5e5c64\">%s</span>", parts[0], parts[1]);
  pango_layout_set_markup (layout, markup, -1);
}

static void
draw_table_row (TpPdf        *pdf,
                TpReportIdea *entry)
{
  PangoLayout *cells[TP_REPORT_N_COLUMNS];
  double height = 0, x = MARGIN;

  for (guint c = 0; c < TP_REPORT_N_COLUMNS; c++)
    {
      g_autofree char *text = tp_report_idea_format_cell (entry, c);
      double width = column_width (c) - 2 * CELL_PAD;

      if (c == TP_REPORT_COLUMN_VERDICT)
        width -= 9;
      cells[c] = tp_pdf_make_layout_in (pdf, PANGO_STRETCH_CONDENSED, c == TP_REPORT_COLUMN_TITLE ? "Bold 9" : "9", width);
      set_cell_text (cells[c], c, text);
      if (column_is_numeric (c))
        pango_layout_set_alignment (cells[c], PANGO_ALIGN_RIGHT);
      height = MAX (height, tp_pdf_layout_height (cells[c]));
    }
  height += 2 * 7;

  if (pdf->y + height > BOTTOM)
    {
      tp_pdf_new_page (pdf);
      draw_table_header (pdf);
    }

  for (guint c = 0; c < TP_REPORT_N_COLUMNS; c++)
    {
      double cell_x = x + CELL_PAD;

      if (c == TP_REPORT_COLUMN_VERDICT)
        {
          tp_pdf_set_colour (pdf->cr, tp_pdf_verdict_colour (entry->verdict));
          cairo_new_path (pdf->cr);
          cairo_arc (pdf->cr, cell_x + 3, pdf->y + 7 + 6, 3, 0, 2 * G_PI);
          cairo_fill (pdf->cr);
          cell_x += 9;
        }

      if (c == TP_REPORT_COLUMN_VERDICT && entry->verdict == TP_VERDICT_BLOCKED)
        tp_pdf_set_colour (pdf->cr, &red);
      else if (c == TP_REPORT_COLUMN_POSITION)
        tp_pdf_set_colour (pdf->cr, &secondary);
      else
        tp_pdf_set_colour (pdf->cr, &ink);
      cairo_move_to (pdf->cr, cell_x, pdf->y + 7);
      pango_cairo_show_layout (pdf->cr, cells[c]);
      x += column_width (c);
      g_object_unref (cells[c]);
    }

  pdf->y += height;
  tp_pdf_set_colour (pdf->cr, &rule);
  cairo_set_line_width (pdf->cr, 0.5);
  cairo_move_to (pdf->cr, MARGIN, pdf->y);
  cairo_line_to (pdf->cr, PAGE_WIDTH - MARGIN, pdf->y);
  cairo_stroke (pdf->cr);
}

static void
draw_backlog (TpPdf *pdf)
{
  TpReport *report = pdf->report;
  g_autoptr(GString) caption = g_string_new (NULL);
  g_autofree char *escaped = NULL;

  tp_pdf_draw_overline (pdf, _("Prioritised backlog"));
  g_string_append_printf (caption, _("Sorted by %s."), tp_sort_key_get_label (report->sort_key));
  if (report->filtered)
    g_string_append_printf (caption, " %s", _("Only the ideas that match the backlog’s filter are shown."));
  if (report->ideas->len == 0)
    g_string_append_printf (caption, " %s", _("No ideas yet."));
  escaped = g_markup_escape_text (caption->str, -1);
  tp_pdf_draw_text (pdf, "9.5", &secondary, MARGIN, CONTENT_WIDTH, escaped);
  pdf->y += 12;

  if (report->ideas->len == 0)
    return;

  tp_pdf_ensure_space (pdf, 60);
  draw_table_header (pdf);
  for (guint i = 0; i < report->ideas->len; i++)
    draw_table_row (pdf, g_ptr_array_index (report->ideas, i));
}

static void
draw_finding (TpPdf        *pdf,
              TpReportIdea *entry,
              TpReportWalk *walk,
              guint         index)
{
  TpFinding *finding = tp_walk_result_get_finding (tp_walk_get_result (walk->walk), index);
  TpSeverity severity = tp_finding_get_severity (finding);
  const char *stage = tp_report_get_stage (entry, tp_finding_get_step (finding));
  const char *fix = tp_finding_get_fix (finding);
  const char *accepted = tp_walk_get_acceptance (walk->walk, index);
  const TpPdfColour *colour = tp_pdf_severity_colour (severity);
  const double indent = MARGIN + 30;
  g_autofree char *where = stage ? g_strdup_printf (_("Step %u, %s"), tp_finding_get_step (finding), stage)
                                 : g_strdup_printf (_("Step %u"), tp_finding_get_step (finding));
  g_autofree char *head = g_markup_printf_escaped ("<b>%s</b>  <span foreground=\"#5e5c64\">%s</span>",
                                                   tp_severity_get_label (severity), where);
  g_autofree char *message = g_markup_escape_text (tp_finding_get_message (finding), -1);
  double top;

  tp_pdf_ensure_space (pdf, 48);
  top = pdf->y;
  tp_pdf_set_colour (pdf->cr, colour);
  cairo_new_path (pdf->cr);
  if (severity == TP_SEVERITY_DELIGHT)
    cairo_arc (pdf->cr, MARGIN + 20, top + 6, 3.5, 0, 2 * G_PI);
  else if (severity == TP_SEVERITY_FRICTION)
    {
      cairo_move_to (pdf->cr, MARGIN + 20, top + 1.5);
      cairo_line_to (pdf->cr, MARGIN + 24.2, top + 9.5);
      cairo_line_to (pdf->cr, MARGIN + 15.8, top + 9.5);
      cairo_close_path (pdf->cr);
    }
  else
    cairo_rectangle (pdf->cr, MARGIN + 16.5, top + 2.5, 7, 7);
  cairo_fill (pdf->cr);

  tp_pdf_draw_text (pdf, "8.5", severity == TP_SEVERITY_FRICTION ? &amber_text : colour,
                    indent, PAGE_WIDTH - MARGIN - indent, head);
  pdf->y += 1;
  tp_pdf_draw_text (pdf, "10", &ink, indent, PAGE_WIDTH - MARGIN - indent, message);

  if (fix != NULL && *fix)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s", _("Fix:"), fix);

      pdf->y += 2;
      tp_pdf_draw_text (pdf, "9.5", &secondary, indent, PAGE_WIDTH - MARGIN - indent, markup);
    }
  if (accepted != NULL)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s", _("Accepted:"), accepted);

      pdf->y += 2;
      tp_pdf_draw_text (pdf, "9.5", &amber_text, indent, PAGE_WIDTH - MARGIN - indent, markup);
    }
  else if (severity == TP_SEVERITY_FRICTION)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", _("Not accepted yet."));

      pdf->y += 2;
      tp_pdf_draw_text (pdf, "9.5", &amber_text, indent, PAGE_WIDTH - MARGIN - indent, markup);
    }
  pdf->y += 9;
}

static void
draw_walk (TpPdf        *pdf,
           TpReportIdea *entry,
           TpReportWalk *walk)
{
  TpWalkResult *result;
  g_autofree char *head = g_markup_printf_escaped ("<b>%s</b>   <span size=\"small\" weight=\"bold\" foreground=\"%s\">%s</span>",
                                                   tp_persona_get_name (walk->persona),
                                                   walk->verdict == TP_VERDICT_PASSED ? "#26a269" :
                                                   walk->verdict == TP_VERDICT_BLOCKED ? "#c01c28" :
                                                   walk->verdict == TP_VERDICT_NOT_WALKED ? "#77767b" : "#9c6e03",
                                                   tp_verdict_get_label (walk->verdict));
  g_autofree char *outcome = tp_report_walk_format_outcome (walk);
  g_autofree char *outcome_markup = g_markup_escape_text (outcome, -1);
  guint n_findings;

  tp_pdf_ensure_space (pdf, 70);
  tp_pdf_draw_text (pdf, "12", &ink, MARGIN, CONTENT_WIDTH, head);
  pdf->y += 1;
  tp_pdf_draw_text (pdf, "9", &secondary, MARGIN, CONTENT_WIDTH, outcome_markup);
  pdf->y += 8;

  if (walk->walk == NULL)
    {
      pdf->y += 4;
      return;
    }

  result = tp_walk_get_result (walk->walk);
  n_findings = tp_walk_result_get_n_findings (result);
  if (n_findings == 0)
    {
      tp_pdf_draw_text (pdf, "Italic 9.5", &secondary, MARGIN + 16, CONTENT_WIDTH - 16,
                        _("Nothing stood in the way on this walk."));
      pdf->y += 8;
    }
  for (guint f = 0; f < n_findings; f++)
    draw_finding (pdf, entry, walk, f);

  for (guint s = 1; s <= tp_walk_result_get_emotion (result)->len; s++)
    {
      const char *note = tp_walk_get_note (walk->walk, s);
      const char *stage = tp_report_get_stage (entry, s);
      g_autofree char *label = stage ? g_strdup_printf (_("Team note on step %u, %s:"), s, stage)
                                     : g_strdup_printf (_("Team note on step %u:"), s);
      g_autofree char *markup = NULL;

      if (note == NULL || *note == '\0')
        continue;

      markup = g_markup_printf_escaped ("<b>%s</b> <i>%s</i>", label, note);
      tp_pdf_ensure_space (pdf, 24);
      tp_pdf_draw_text (pdf, "9.5", &secondary, MARGIN + 16, CONTENT_WIDTH - 16, markup);
      pdf->y += 6;
    }
  pdf->y += 8;
}

static void
draw_idea (TpPdf        *pdf,
           TpReportIdea *entry)
{
  TpIdea *idea = entry->idea;
  const char *details = tp_idea_get_details (idea);
  const char * const *tags = tp_idea_get_tags (idea);
  g_autofree char *verdict = tp_report_idea_format_cell (entry, TP_REPORT_COLUMN_VERDICT);
  g_autofree char *impact = tp_report_idea_format_cell (entry, TP_REPORT_COLUMN_IMPACT_EFFORT);
  g_autofree char *rice = tp_report_idea_format_cell (entry, TP_REPORT_COLUMN_RICE);
  g_autofree char *moscow = tp_report_idea_format_cell (entry, TP_REPORT_COLUMN_MOSCOW);
  g_autofree char *status = tp_report_idea_format_cell (entry, TP_REPORT_COLUMN_STATUS);
  g_autofree char *title = g_markup_printf_escaped ("<span foreground=\"#1c71d8\">%u</span>   %s",
                                                    entry->position, tp_idea_get_title (idea));
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autofree char *meta_markup = NULL;
  guint n_steps = tp_pdf_count_steps (entry);

  /* Keep a heading with its chart rather than strand it at a page foot. */
  tp_pdf_ensure_space (pdf, n_steps > 0 ? 300 : 120);
  if (pdf->y > TOP)
    pdf->y += 10;

  tp_pdf_draw_text (pdf, "Bold 17", &ink, MARGIN, CONTENT_WIDTH, title);
  pdf->y += 8;
  tp_pdf_draw_pill (pdf, verdict, tp_pdf_verdict_colour (entry->verdict));
  pdf->y += 8;

  g_string_append_printf (meta, g_dngettext (GETTEXT_PACKAGE, "%u vote", "%u votes", tp_idea_get_votes (idea)),
                          tp_idea_get_votes (idea));
  g_string_append_printf (meta, "  ·  %s %s", _("Impact / effort"), impact);
  g_string_append_printf (meta, "  ·  %s %s", _("RICE"), rice);
  g_string_append_printf (meta, "  ·  %s  ·  %s", moscow, status);
  for (guint t = 0; tags != NULL && tags[t]; t++)
    g_string_append_printf (meta, "%s#%s", t == 0 ? "  ·  " : " ", tags[t]);
  meta_markup = g_markup_escape_text (meta->str, -1);
  tp_pdf_draw_text (pdf, "9", &secondary, MARGIN, CONTENT_WIDTH, meta_markup);
  pdf->y += 10;

  if (details != NULL && *details)
    {
      g_autofree char *escaped = g_markup_escape_text (details, -1);

      tp_pdf_draw_text (pdf, "10.5", &ink, MARGIN, CONTENT_WIDTH, escaped);
      pdf->y += 10;
    }

  if (entry->has_gap)
    {
      g_autofree char *sentence = tp_report_format_gap_sentence (TRUE, entry->gap, entry->n_gap_walks);
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>   %s", _("Perception gap"), sentence);

      tp_pdf_draw_text (pdf, "10", &ink, MARGIN, CONTENT_WIDTH, markup);
      pdf->y += 10;
    }

  if (n_steps > 0)
    {
      g_autofree char *caption = g_markup_printf_escaped ("<b>%s</b>  <span foreground=\"#5e5c64\">%s</span>",
                                                          _("Emotion along the journey"),
                                                          _("from −3 to +3, one line per persona"));

      tp_pdf_ensure_space (pdf, CHART_HEIGHT + 40);
      tp_pdf_draw_text (pdf, "9", &ink, MARGIN, CONTENT_WIDTH, caption);
      pdf->y += 4;
      tp_pdf_draw_chart (pdf, entry, n_steps);
      tp_pdf_draw_legend (pdf, entry);
      pdf->y += 14;
    }

  for (guint i = 0; i < entry->walks->len; i++)
    draw_walk (pdf, entry, g_ptr_array_index (entry->walks, i));

  pdf->y += 6;
  if (pdf->y + 20 < BOTTOM)
    {
      tp_pdf_set_colour (pdf->cr, &rule);
      cairo_set_line_width (pdf->cr, 0.75);
      cairo_move_to (pdf->cr, MARGIN, pdf->y);
      cairo_line_to (pdf->cr, PAGE_WIDTH - MARGIN, pdf->y);
      cairo_stroke (pdf->cr);
      pdf->y += 16;
    }
}

static void
draw_document (TpPdf *pdf)
{
  TpReport *report = pdf->report;

  pdf->page = 1;
  pdf->y = TOP;

  draw_title_block (pdf);
  draw_summary (pdf);
  draw_backlog (pdf);

  if (report->ideas->len > 0)
    {
      /* The first idea's heading and chart come with the section's name. */
      pdf->y += 20;
      tp_pdf_ensure_space (pdf, 360);
      tp_pdf_draw_overline (pdf, _("Ideas and their journeys"));
    }
  for (guint i = 0; i < report->ideas->len; i++)
    draw_idea (pdf, g_ptr_array_index (report->ideas, i));

  tp_pdf_finish_page (pdf);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  if (closure != NULL)
    g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Lays the document out once; with @bytes NULL it only counts pages. */
static cairo_status_t
render (TpReport   *report,
        guint       n_pages,
        GByteArray *bytes,
        guint      *pages_out)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes,
                                                                  PAGE_WIDTH, PAGE_HEIGHT);
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_status_t status;
  TpPdf pdf = { 0 };

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  tp_workshop_get_title (report->workshop));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Touchpoint");

  pdf.cr = cairo_create (surface);
  pdf.report = report;
  pdf.n_pages = n_pages;
  pdf.context = pango_cairo_create_context (pdf.cr);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pdf.context, options);
  pango_context_set_round_glyph_positions (pdf.context, FALSE);
  /* Points are the page's unit; pango's default of 96 dpi would scale every size. */
  pango_cairo_context_set_resolution (pdf.context, 72);
  cairo_font_options_destroy (options);

  draw_document (&pdf);

  *pages_out = pdf.page;
  g_object_unref (pdf.context);
  cairo_destroy (pdf.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

/**
 * tp_report_write_pdf:
 *
 * Draws the report as an A4 PDF and saves it at @path, whole or not at all.
 */
gboolean
tp_report_write_pdf (TpReport    *report,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_status_t status;
  guint n_pages = 0;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The first pass counts pages for the "Page N of M" footers. */
  status = render (report, 0, NULL, &n_pages);
  if (status == CAIRO_STATUS_SUCCESS)
    status = render (report, n_pages, bytes, &n_pages);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_STORAGE,
                   _("Cannot write “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }

  return tp_report_replace_file (path, bytes->data, bytes->len, error);
}
