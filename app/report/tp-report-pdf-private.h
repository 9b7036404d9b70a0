/* tp-report-pdf-private.h — the page, type and chart drawing behind the PDF report
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "tp-report.h"

G_BEGIN_DECLS

/* A4 in points, with 20 mm side margins. */
#define PAGE_WIDTH    595.276
#define PAGE_HEIGHT   841.890
#define MARGIN        56.7
#define TOP           60.0
#define BOTTOM        (PAGE_HEIGHT - 68.0)
#define FOOTER_Y      (PAGE_HEIGHT - 44.0)
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)

#define FONT_FAMILY   "Cantarell, DejaVu Sans, Sans"
#define CHART_HEIGHT  150.0

typedef struct
{
  double r, g, b;
} TpPdfColour;

/* The GNOME palette, with colour kept for what it means. */
static const TpPdfColour ink = { 0.141, 0.122, 0.192 };
static const TpPdfColour secondary = { 0.369, 0.361, 0.392 };
static const TpPdfColour faint = { 0.604, 0.600, 0.588 };
static const TpPdfColour rule = { 0.871, 0.867, 0.855 };
static const TpPdfColour panel = { 0.965, 0.961, 0.957 };
static const TpPdfColour accent = { 0.110, 0.443, 0.847 };
static const TpPdfColour green = { 0.149, 0.635, 0.412 };
static const TpPdfColour red = { 0.753, 0.110, 0.157 };
static const TpPdfColour amber = { 0.898, 0.647, 0.039 };
static const TpPdfColour amber_text = { 0.612, 0.431, 0.012 };

/* Persona lines avoid green, red and amber, which mean something here. */
static const TpPdfColour persona_colours[] = {
  { 0.110, 0.443, 0.847 },
  { 0.506, 0.239, 0.612 },
  { 0.129, 0.565, 0.643 },
  { 0.525, 0.369, 0.235 },
  { 0.239, 0.220, 0.275 },
  { 0.863, 0.376, 0.647 },
};

typedef struct
{
  cairo_t      *cr;
  PangoContext *context;
  TpReport     *report;
  double        y;
  guint         page;
  guint         n_pages;   /* 0 while counting */
} TpPdf;

void               tp_pdf_set_colour        (cairo_t            *cr,
                                             const TpPdfColour  *colour);
const TpPdfColour *tp_pdf_verdict_colour    (TpVerdict           verdict);
const TpPdfColour *tp_pdf_severity_colour   (TpSeverity          severity);

PangoLayout       *tp_pdf_make_layout       (TpPdf              *pdf,
                                             const char         *font,
                                             double              width);
PangoLayout       *tp_pdf_make_layout_in    (TpPdf              *pdf,
                                             PangoStretch        stretch,
                                             const char         *font,
                                             double              width);
double             tp_pdf_layout_height     (PangoLayout        *layout);
double             tp_pdf_layout_width      (PangoLayout        *layout);

void               tp_pdf_finish_page       (TpPdf              *pdf);
void               tp_pdf_new_page          (TpPdf              *pdf);
void               tp_pdf_ensure_space      (TpPdf              *pdf,
                                             double              height);

void               tp_pdf_draw_text         (TpPdf              *pdf,
                                             const char         *font,
                                             const TpPdfColour  *colour,
                                             double              x,
                                             double              width,
                                             const char         *markup);
void               tp_pdf_draw_overline     (TpPdf              *pdf,
                                             const char         *label);
void               tp_pdf_draw_pill         (TpPdf              *pdf,
                                             const char         *text,
                                             const TpPdfColour  *colour);
void               tp_pdf_rounded_rectangle (cairo_t            *cr,
                                             double              x,
                                             double              y,
                                             double              width,
                                             double              height,
                                             double              radius);

guint              tp_pdf_count_steps       (TpReportIdea       *entry);
void               tp_pdf_draw_chart        (TpPdf              *pdf,
                                             TpReportIdea       *entry,
                                             guint               n_steps);
void               tp_pdf_draw_legend       (TpPdf              *pdf,
                                             TpReportIdea       *entry);

G_END_DECLS
