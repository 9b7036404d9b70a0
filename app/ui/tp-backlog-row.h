/* tp-backlog-row.h — one idea in the prioritised backlog, with its scores and dots
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_BACKLOG_ROW (tp_backlog_row_get_type ())

G_DECLARE_FINAL_TYPE (TpBacklogRow, tp_backlog_row, TP, BACKLOG_ROW, GtkWidget)

/* The row reads the voter's dots from @store and the hide-votes switch
 * from @workshop. Votes and moves go through the actions of the
 * TpBacklogView around it: backlog.vote-for, backlog.unvote-for (the
 * idea's id) and backlog.move-next-to (dragged id, target id, after). */
GtkWidget     *tp_backlog_row_new           (TpStore       *store,
                                             TpWorkshop    *workshop);
TpIdea        *tp_backlog_row_get_idea      (TpBacklogRow  *self);
void           tp_backlog_row_set_idea      (TpBacklogRow  *self,
                                             TpIdea        *idea);
TpParticipant *tp_backlog_row_get_voter     (TpBacklogRow  *self);
void           tp_backlog_row_set_voter     (TpBacklogRow  *self,
                                             TpParticipant *voter);
guint          tp_backlog_row_get_position  (TpBacklogRow  *self);
void           tp_backlog_row_set_position  (TpBacklogRow  *self,
                                             guint          position);
gboolean       tp_backlog_row_get_reorderable (TpBacklogRow *self);
void           tp_backlog_row_set_reorderable (TpBacklogRow *self,
                                               gboolean      reorderable);

G_END_DECLS
