/* tp-cluster-board.h — the Group phase: ideas gathered into named clusters
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_CLUSTER_BOARD (tp_cluster_board_get_type ())

G_DECLARE_FINAL_TYPE (TpClusterBoard, tp_cluster_board, TP, CLUSTER_BOARD, GtkWidget)

/* One board per workshop: the window makes another for another workshop. */
GtkWidget  *tp_cluster_board_new          (TpStore        *store,
                                           TpWorkshop     *workshop);
TpStore    *tp_cluster_board_get_store    (TpClusterBoard *self);
TpWorkshop *tp_cluster_board_get_workshop (TpClusterBoard *self);

G_END_DECLS
