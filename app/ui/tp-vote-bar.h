/* tp-vote-bar.h — dot voting: who votes, how many dots they have left, hidden totals
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_VOTE_BAR (tp_vote_bar_get_type ())

G_DECLARE_FINAL_TYPE (TpVoteBar, tp_vote_bar, TP, VOTE_BAR, GtkWidget)

/* Lets the room choose who is voting among @workshop's participants and
 * add one. Bind "voter" to a TpBacklogView's "voter" so its rows place
 * that participant's dots. */
GtkWidget     *tp_vote_bar_new       (TpStore       *store,
                                      TpWorkshop    *workshop);
TpParticipant *tp_vote_bar_get_voter (TpVoteBar     *self);
void           tp_vote_bar_set_voter (TpVoteBar     *self,
                                      TpParticipant *voter);

G_END_DECLS
