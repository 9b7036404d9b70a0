/* tp-backlog-view.h — the prioritised backlog of a workshop: sort, filter, rank, vote
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tp-backlog.h"
#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_BACKLOG_VIEW (tp_backlog_view_get_type ())

G_DECLARE_FINAL_TYPE (TpBacklogView, tp_backlog_view, TP, BACKLOG_VIEW, GtkWidget)

/* Shows @workshop's ideas from @store. Bind the "voter" property to a
 * TpVoteBar's to let the chosen participant place dots from the rows;
 * "idea-activated" tells when a row is opened. */
GtkWidget     *tp_backlog_view_new          (TpStore       *store,
                                             TpWorkshop    *workshop);
TpWorkshop    *tp_backlog_view_get_workshop (TpBacklogView *self);
TpParticipant *tp_backlog_view_get_voter    (TpBacklogView *self);
void           tp_backlog_view_set_voter    (TpBacklogView *self,
                                             TpParticipant *voter);
TpSortKey      tp_backlog_view_get_sort_key (TpBacklogView *self);
void           tp_backlog_view_set_sort_key (TpBacklogView *self,
                                             TpSortKey      key);
GListModel    *tp_backlog_view_get_shown_ideas (TpBacklogView *self);
gboolean       tp_backlog_view_focus_ideas  (TpBacklogView *self);

G_END_DECLS
