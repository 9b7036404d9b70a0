/* tp-report-pdf-page.c — pages, wrapped text and the emotion chart of the PDF report
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tp-report-pdf-private.h"

void
tp_pdf_set_colour (cairo_t           *cr,
                   const TpPdfColour *colour)
                   {
                   cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

const TpPdfColour *
tp_pdf_verdict_colour (TpVerdict verdict)
{
  switch (verdict)
    {
    case TP_VERDICT_PASSED:
      return &green;
    case TP_VERDICT_BLOCKED:
      return &red;
    case TP_VERDICT_OPEN_FRICTIONS:
    case TP_VERDICT_STALE:
      return &amber;
    case TP_VERDICT_NOT_WALKED:
    default:
      return &faint;
    }
}

const TpPdfColour *
tp_pdf_severity_colour (TpSeverity severity)
{
  switch (severity)
    {
    case TP_SEVERITY_BARRIER:
      return &red;
    case TP_SEVERITY_FRICTION:
      return &amber;
    case TP_SEVERITY_DELIGHT:
    default:
      return &green;
    }
}

PangoLayout *
tp_pdf_make_layout_in (TpPdf        *pdf,
                       PangoStretch  stretch,
                       const char   *font,
                       double        width)
                       {
                       PangoLayout *layout = pango_layout_new (pdf->context);
  g_autofree char *name = g_strdup_printf ("%s %s", FONT_FAMILY, font);
  PangoFontDescription *desc = pango_font_description_from_string (name);

  pango_font_description_set_stretch (desc, stretch);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

PangoLayout *
tp_pdf_make_layout (TpPdf      *pdf,
                    const char *font,
                    double      width)
                    {
                    return tp_pdf_make_layout_in (pdf, PANGO_STRETCH_NORMAL, font, width);
}

double
tp_pdf_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

double
tp_pdf_layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return pango_units_to_double (width);
}

static void
draw_footer (TpPdf *pdf)
{
  cairo_t *cr = pdf->cr;
  g_autoptr(PangoLayout) left = tp_pdf_make_layout (pdf, "8", CONTENT_WIDTH * 0.7);
  g_autoptr(PangoLayout) right = tp_pdf_make_layout (pdf, "8", 0);
  g_autofree char *title = g_strdup_printf ("%s · %s · %s",
                                            tp_workshop_get_title (pdf->report->workshop),
                                            _("Workshop report"), pdf->report->generated_at);
  g_autofree char *page = NULL;

  if (pdf->n_pages > 0)
    page = g_strdup_printf (_("Page %u of %u"), pdf->page, pdf->n_pages);
  else
    page = g_strdup_printf (_("Page %u"), pdf->page);

  tp_pdf_set_colour (cr, &rule);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, FOOTER_Y - 8);
  cairo_line_to (cr, PAGE_WIDTH - MARGIN, FOOTER_Y - 8);
  cairo_stroke (cr);

  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (left, title, -1);
  pango_layout_set_text (right, page, -1);
  tp_pdf_set_colour (cr, &secondary);
  cairo_move_to (cr, MARGIN, FOOTER_Y);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, PAGE_WIDTH - MARGIN - tp_pdf_layout_width (right), FOOTER_Y);
  pango_cairo_show_layout (cr, right);
}

void
tp_pdf_finish_page (TpPdf *pdf)
{
  draw_footer (pdf);
  cairo_show_page (pdf->cr);
}

void
tp_pdf_new_page (TpPdf *pdf)
{
  tp_pdf_finish_page (pdf);
  pdf->page++;
  pdf->y = TOP;
}

void
tp_pdf_ensure_space (TpPdf  *pdf,
                     double  height)
                     {
                     if (pdf->y + height > BOTTOM && pdf->y > TOP)
                     tp_pdf_new_page (pdf);
}

/* Draws a wrapped block line by line, so a long one goes on overleaf. */
static void
flow_layout (TpPdf       *pdf,
             PangoLayout *layout,
             double       x)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double block_top = pdf->y;
  double offset = 0;

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double top, height, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = pango_units_to_double (logical.y);
      height = pango_units_to_double (logical.height);
      baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));

      if (block_top + top - offset + height > BOTTOM && top > offset)
        {
          cairo_save (pdf->cr);
          tp_pdf_new_page (pdf);
          cairo_restore (pdf->cr);
          block_top = pdf->y;
          offset = top;
        }

      cairo_move_to (pdf->cr, x + pango_units_to_double (logical.x),
                     block_top + baseline - offset);
      pango_cairo_show_layout_line (pdf->cr, line);
      pdf->y = block_top + top - offset + height;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

void
tp_pdf_draw_text (TpPdf             *pdf,
                  const char        *font,
                  const TpPdfColour *colour,
                  double             x,
                  double             width,
                  const char        *markup)
                  {
                  g_autoptr(PangoLayout) layout = tp_pdf_make_layout (pdf, font, width);

  pango_layout_set_markup (layout, markup, -1);
  tp_pdf_set_colour (pdf->cr, colour);
  flow_layout (pdf, layout, x);
}

void
tp_pdf_draw_overline (TpPdf      *pdf,
                      const char *label)
                      {
                      g_autofree char *upper = g_utf8_strup (label, -1);
  g_autofree char *markup = g_markup_printf_escaped ("<span letter_spacing=\"1200\" weight=\"bold\">%s</span>",
                                                     upper);

  tp_pdf_ensure_space (pdf, 60);
  tp_pdf_draw_text (pdf, "8.5", &accent, MARGIN, CONTENT_WIDTH, markup);
  pdf->y += 4;
  tp_pdf_set_colour (pdf->cr, &rule);
  cairo_set_line_width (pdf->cr, 0.75);
  cairo_move_to (pdf->cr, MARGIN, pdf->y);
  cairo_line_to (pdf->cr, PAGE_WIDTH - MARGIN, pdf->y);
  cairo_stroke (pdf->cr);
  pdf->y += 12;
}

void
tp_pdf_rounded_rectangle (cairo_t *cr,
                          double   x,
                          double   y,
                          double   width,
                          double   height,
                          double   radius)
                          {
                          cairo_new_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

void
tp_pdf_draw_pill (TpPdf             *pdf,
                  const char        *text,
                  const TpPdfColour *colour)
                  {
                  g_autoptr(PangoLayout) layout = tp_pdf_make_layout (pdf, "Bold 8.5", 0);
  double width, height;

  pango_layout_set_text (layout, text, -1);
  width = tp_pdf_layout_width (layout) + 16;
  height = tp_pdf_layout_height (layout) + 6;
  tp_pdf_rounded_rectangle (pdf->cr, MARGIN, pdf->y, width, height, height / 2);
  tp_pdf_set_colour (pdf->cr, colour);
  cairo_fill (pdf->cr);
  cairo_set_source_rgb (pdf->cr, 1, 1, 1);
  cairo_move_to (pdf->cr, MARGIN + 8, pdf->y + 3);
  pango_cairo_show_layout (pdf->cr, layout);
  pdf->y += height;
}

guint
tp_pdf_count_steps (TpReportIdea *entry)
{
  guint n = 0;

  for (guint i = 0; i < entry->walks->len; i++)
    {
      TpReportWalk *walk = g_ptr_array_index (entry->walks, i);

      if (walk->walk != NULL)
        n = MAX (n, tp_walk_result_get_emotion (tp_walk_get_result (walk->walk))->len);
    }
  if (entry->stages != NULL)
    n = MAX (n, g_strv_length (entry->stages));
  return n;
}

void
tp_pdf_draw_chart (TpPdf        *pdf,
                   TpReportIdea *entry,
                   guint         n_steps)
                   {
                   cairo_t *cr = pdf->cr;
  const double axis = 26, label_height = 26;
  double left = MARGIN + axis, right = PAGE_WIDTH - MARGIN - 8;
  double top = pdf->y + 6, bottom = pdf->y + CHART_HEIGHT - label_height;
  double step_width = (right - left) / n_steps;
  guint colour_index = 0;

#define Y_FOR(v) (top + (TP_EMOTION_MAX - CLAMP ((v), TP_EMOTION_MIN, TP_EMOTION_MAX)) * \
                  (bottom - top) / (TP_EMOTION_MAX - TP_EMOTION_MIN))
#define X_FOR(i) (left + step_width * ((i) + 0.5))

  cairo_rectangle (cr, left, top, right - left, Y_FOR (0) - top);
  cairo_set_source_rgba (cr, green.r, green.g, green.b, 0.05);
  cairo_fill (cr);
  cairo_rectangle (cr, left, Y_FOR (0), right - left, bottom - Y_FOR (0));
  cairo_set_source_rgba (cr, red.r, red.g, red.b, 0.05);
  cairo_fill (cr);

  for (int v = TP_EMOTION_MIN; v <= TP_EMOTION_MAX; v++)
    {
      g_autoptr(PangoLayout) label = tp_pdf_make_layout (pdf, "7.5", axis - 6);
      g_autofree char *text = v == 0 ? g_strdup ("0") : g_strdup_printf ("%s%d", v > 0 ? "+" : "−", ABS (v));

      if (v == 0)
        {
          tp_pdf_set_colour (cr, &secondary);
          cairo_set_line_width (cr, 1.0);
        }
      else
        {
          tp_pdf_set_colour (cr, &rule);
          cairo_set_line_width (cr, 0.4);
        }
      cairo_move_to (cr, left, Y_FOR (v));
      cairo_line_to (cr, right, Y_FOR (v));
      cairo_stroke (cr);

      pango_layout_set_text (label, text, -1);
      pango_layout_set_alignment (label, PANGO_ALIGN_RIGHT);
      tp_pdf_set_colour (cr, &secondary);
      cairo_move_to (cr, MARGIN, Y_FOR (v) - tp_pdf_layout_height (label) / 2);
      pango_cairo_show_layout (cr, label);
    }

  for (guint s = 0; s < n_steps; s++)
    {
      g_autoptr(PangoLayout) label = tp_pdf_make_layout (pdf, "7.5", step_width - 4);
      const char *stage = tp_report_get_stage (entry, s + 1);
      g_autofree char *text = stage ? g_strdup_printf ("%u · %s", s + 1, stage)
                                    : g_strdup_printf ("%u", s + 1);

      pango_layout_set_text (label, text, -1);
      pango_layout_set_alignment (label, PANGO_ALIGN_CENTER);
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (label, pango_units_from_double (18));
      tp_pdf_set_colour (cr, &secondary);
      cairo_move_to (cr, X_FOR (s) - (step_width - 4) / 2, bottom + 5);
      pango_cairo_show_layout (cr, label);
    }

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < entry->walks->len; i++)
    {
      TpReportWalk *walk = g_ptr_array_index (entry->walks, i);
      const TpPdfColour *colour = &persona_colours[colour_index++ % G_N_ELEMENTS (persona_colours)];
      TpWalkResult *result;
      GArray *emotion;
      /* Lines that share a value would hide each other; nudge them apart. */
      double nudge = ((double)i - (entry->walks->len - 1) / 2.0) * 1.6;

      if (walk->walk == NULL)
        continue;

      result = tp_walk_get_result (walk->walk);
      emotion = tp_walk_result_get_emotion (result);

      tp_pdf_set_colour (cr, colour);
      cairo_set_line_width (cr, 1.8);
      for (guint s = 0; s < emotion->len; s++)
        {
          double y = Y_FOR (g_array_index (emotion, int, s)) + nudge;

          if (s == 0)
            cairo_move_to (cr, X_FOR (s), y);
          else
            cairo_line_to (cr, X_FOR (s), y);
        }
      cairo_stroke (cr);

      for (guint s = 0; s < emotion->len; s++)
        {
          double y = Y_FOR (g_array_index (emotion, int, s)) + nudge;

          cairo_arc (cr, X_FOR (s), y, 2.6, 0, 2 * G_PI);
          cairo_fill (cr);
        }

      if (tp_walk_result_get_outcome (result) == TP_OUTCOME_ABANDONED && emotion->len > 0)
        {
          double x = X_FOR (emotion->len - 1);
          double y = Y_FOR (g_array_index (emotion, int, emotion->len - 1)) + nudge;

          tp_pdf_set_colour (cr, &red);
          cairo_set_line_width (cr, 1.6);
          cairo_move_to (cr, x + 5, y - 5);
          cairo_line_to (cr, x + 11, y + 1);
          cairo_move_to (cr, x + 11, y - 5);
          cairo_line_to (cr, x + 5, y + 1);
          cairo_stroke (cr);
        }
    }

#undef X_FOR
#undef Y_FOR

  pdf->y += CHART_HEIGHT;
}

void
tp_pdf_draw_legend (TpPdf        *pdf,
                    TpReportIdea *entry)
                    {
                    for (guint i = 0; i < entry->walks->len; i++)
                    {
                    TpReportWalk *walk = g_ptr_array_index (entry->walks, i);
      const TpPdfColour *colour = &persona_colours[i % G_N_ELEMENTS (persona_colours)];
      g_autofree char *outcome = tp_report_walk_format_outcome (walk);
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>  <span foreground=\"#5e5c64\">%s</span>",
                                                         tp_persona_get_name (walk->persona), outcome);
      double top;

      tp_pdf_ensure_space (pdf, 14);
      top = pdf->y;
      if (walk->walk != NULL)
        {
          tp_pdf_set_colour (pdf->cr, colour);
          cairo_set_line_width (pdf->cr, 2);
          cairo_new_path (pdf->cr);
          cairo_move_to (pdf->cr, MARGIN + 26, top + 6.5);
          cairo_line_to (pdf->cr, MARGIN + 42, top + 6.5);
          cairo_stroke (pdf->cr);
        }
      tp_pdf_draw_text (pdf, "8.5", &ink, MARGIN + 50, CONTENT_WIDTH - 50, markup);
      pdf->y += 3;
    }
}

