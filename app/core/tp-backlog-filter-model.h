/* tp-backlog-filter-model.h — the ideas a backlog filter lets through, as you type
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tp-backlog.h"

G_BEGIN_DECLS

#define TP_TYPE_BACKLOG_FILTER_MODEL (tp_backlog_filter_model_get_type ())

G_DECLARE_FINAL_TYPE (TpBacklogFilterModel, tp_backlog_filter_model, TP, BACKLOG_FILTER_MODEL, GObject)

/* A GListModel of the TpIdea items of "model" that its filter lets
 * through, in the order "model" has them. A change of "model" is
 * announced as one items-changed, the smallest that covers it, or as two
 * where that one would take rows out and put more than a list shows in:
 * see announce(). A change of the filter is told in up to four steps that
 * suit a GTK 4.8 list: see announce_difference(). So a GtkMultiSelection
 * above it may let go of selected rows that stay, which the backlog view
 * selects again (see its note_selection()). */
TpBacklogFilterModel *tp_backlog_filter_model_new         (GListModel           *model);
GListModel           *tp_backlog_filter_model_get_model   (TpBacklogFilterModel *self);

/* Sets the search text: typing more looks only at the ideas shown,
 * erasing only at those hidden. */
void                  tp_backlog_filter_model_set_text    (TpBacklogFilterModel *self,
                                                           const char           *text);
/* Where in "model" the idea shown at @position is, and where an idea of
 * "model" is shown, if it is. */
guint                 tp_backlog_filter_model_get_source_position  (TpBacklogFilterModel *self,
                                                                    guint                 position);
gboolean              tp_backlog_filter_model_find_source_position (TpBacklogFilterModel *self,
                                                                    guint                 source_position,
                                                                    guint                *position);

/* For the tags and statuses: change them on this filter, then refilter. */
TpBacklogFilter      *tp_backlog_filter_model_get_filter  (TpBacklogFilterModel *self);
void                  tp_backlog_filter_model_refilter    (TpBacklogFilterModel *self);

G_END_DECLS
