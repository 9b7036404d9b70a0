/* tp-vote-bar-private.h — what the tests reach inside the vote bar
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-vote-bar.h"

G_BEGIN_DECLS

const char *tp_vote_bar_get_votes_left_text (TpVoteBar  *self);
GtkWidget  *tp_vote_bar_get_hide_switch     (TpVoteBar  *self);
/* Fills in the Add Participant popover and presses Add. */
gboolean    tp_vote_bar_add_participant     (TpVoteBar  *self,
                                             const char *name,
                                             guint       budget);

G_END_DECLS
