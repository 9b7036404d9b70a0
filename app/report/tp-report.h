/* tp-report.h — what a workshop report says, gathered once for every format
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tp-backlog.h"
#include "tp-store.h"

G_BEGIN_DECLS

/* One linked persona's latest walk through one idea. */
typedef struct
{
  TpPersona *persona;
  TpWalk    *walk;            /* nullable: not walked yet */
  TpVerdict  verdict;
  guint      dropped_at;      /* 1-based step, 0 when it was not blocked */
  guint      open_frictions;
} TpReportWalk;

typedef struct
{
  TpIdea     *idea;
  guint       position;       /* 1-based place in the report's backlog */
  TpVerdict   verdict;
  guint       blocked_at;
  GStrv       stages;         /* the journey's stage names, step by step */
  GPtrArray  *walks;          /* TpReportWalk, in the personas' order */
  gboolean    has_gap;
  double      gap;            /* mean expected − simulated satisfaction */
  guint       n_gap_walks;
} TpReportIdea;

typedef struct
{
  TpWorkshop *workshop;
  TpSortKey   sort_key;
  gboolean    filtered;
  GPtrArray  *ideas;          /* TpReportIdea, in backlog order */
  guint       n_passed;
  guint       n_blocked;
  guint       n_not_walked;
  guint       n_pending;      /* open frictions or stale walks */
  gboolean    has_gap;
  double      gap;
  guint       n_gap_walks;
  char       *generated_at;   /* ISO 8601 date the report was made */
} TpReport;

/* The columns of the backlog table, in the order both formats show them. */
typedef enum
{
  TP_REPORT_COLUMN_POSITION,
  TP_REPORT_COLUMN_TITLE,
  TP_REPORT_COLUMN_VOTES,
  TP_REPORT_COLUMN_IMPACT_EFFORT,
  TP_REPORT_COLUMN_RICE,
  TP_REPORT_COLUMN_MOSCOW,
  TP_REPORT_COLUMN_STATUS,
  TP_REPORT_COLUMN_VERDICT,
} TpReportColumn;

#define TP_REPORT_N_COLUMNS (TP_REPORT_COLUMN_VERDICT + 1)

TpReport   *tp_report_new                 (TpStore          *store,
                                           TpWorkshop       *workshop,
                                           TpSortKey         sort_key,
                                           TpBacklogFilter  *filter,
                                           GError          **error);
void        tp_report_free                (TpReport         *report);

const char *tp_report_column_get_title    (TpReportColumn    column);
char       *tp_report_idea_format_cell    (TpReportIdea     *idea,
                                           TpReportColumn    column);
char       *tp_report_format_gap_sentence (gboolean          has_gap,
                                           double            gap,
                                           guint             n_walks);
char       *tp_report_format_signed       (double            value);
char       *tp_report_walk_format_outcome (TpReportWalk     *walk);
const char *tp_report_get_stage           (TpReportIdea     *idea,
                                           guint             step);

/* Writes @data to @path through a temporary file beside it, so a failed
 * write never leaves half a file; both formats save through it. */
gboolean    tp_report_replace_file        (const char       *path,
                                           const void       *data,
                                           gsize             length,
                                           GError          **error);

gboolean    tp_report_write_markdown      (TpReport         *report,
                                           GOutputStream    *stream,
                                           GError          **error);
gboolean    tp_report_save_markdown       (TpReport         *report,
                                           const char       *path,
                                           GError          **error);
gboolean    tp_report_write_pdf           (TpReport         *report,
                                           const char       *path,
                                           GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpReport, tp_report_free)

G_END_DECLS
