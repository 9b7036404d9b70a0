/* tp-cluster-picker.h — "Group With…": a cluster or an ungrouped idea to join
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_CLUSTER_PICKER (tp_cluster_picker_get_type ())

G_DECLARE_FINAL_TYPE (TpClusterPicker, tp_cluster_picker, TP, CLUSTER_PICKER, GtkPopover)

GtkWidget  *tp_cluster_picker_new         (void);
/* Offers @clusters other than @idea's own, then the ideas of @ideas that
 * are in no cluster, @idea aside. */
void        tp_cluster_picker_set_choices (TpClusterPicker *self,
                                           GListModel      *clusters,
                                           GListModel      *ideas,
                                           TpIdea          *idea);
TpIdea     *tp_cluster_picker_get_idea    (TpClusterPicker *self);
GtkListBox *tp_cluster_picker_get_list    (TpClusterPicker *self);

G_END_DECLS
