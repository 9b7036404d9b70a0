/* tp-cluster-row.h — one row of the cluster board: an idea, or a cluster's header
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_CLUSTER_ROW (tp_cluster_row_get_type ())

G_DECLARE_FINAL_TYPE (TpClusterRow, tp_cluster_row, TP, CLUSTER_ROW, GtkListBoxRow)

/* @clusters: the workshop's clusters, offered in the row's menu */
GtkWidget  *tp_cluster_row_new_for_idea    (TpWorkshop   *workshop,
                                            GListModel   *clusters,
                                            TpIdea       *idea);
GtkWidget  *tp_cluster_row_new_for_cluster (TpWorkshop   *workshop,
                                            GListModel   *clusters,
                                            TpCluster    *cluster);
TpIdea     *tp_cluster_row_get_idea        (TpClusterRow *self);
TpCluster  *tp_cluster_row_get_cluster     (TpClusterRow *self);
/* The header's "3 ideas · 12 votes", or %NULL on an idea row. */
const char *tp_cluster_row_get_summary     (TpClusterRow *self);
void        tp_cluster_row_popup_menu      (TpClusterRow *self);
/* On a header: edits the name in place, then emits ::rename. */
void        tp_cluster_row_start_rename    (TpClusterRow *self);
void        tp_cluster_row_cancel_rename   (TpClusterRow *self);

G_END_DECLS
