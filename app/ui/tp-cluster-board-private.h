/* tp-cluster-board-private.h — what the tests reach inside the cluster board
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-cluster-board.h"
#include "tp-cluster-picker.h"

G_BEGIN_DECLS

/* What the drop targets do, and return. */
gboolean         tp_cluster_board_drop_idea_on_idea       (TpClusterBoard *self,
                                                           TpIdea         *idea,
                                                           TpIdea         *onto);
gboolean         tp_cluster_board_drop_idea_on_cluster    (TpClusterBoard *self,
                                                           TpIdea         *idea,
                                                           TpCluster      *cluster);
gboolean         tp_cluster_board_drop_cluster_on_cluster (TpClusterBoard *self,
                                                           TpCluster      *cluster,
                                                           TpCluster      *into);
void             tp_cluster_board_flush                   (TpClusterBoard *self);
/* TpClusterRow widgets, or %NULL while not shown. */
GtkWidget       *tp_cluster_board_get_idea_row            (TpClusterBoard *self,
                                                           TpIdea         *idea);
GtkWidget       *tp_cluster_board_get_cluster_row         (TpClusterBoard *self,
                                                           TpCluster      *cluster);
TpClusterPicker *tp_cluster_board_get_picker              (TpClusterBoard *self);

G_END_DECLS
