/* tp-cluster.h — a named group of ideas, made while grouping
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TP_TYPE_CLUSTER (tp_cluster_get_type ())

G_DECLARE_FINAL_TYPE (TpCluster, tp_cluster, TP, CLUSTER, GObject)

gint64      tp_cluster_get_id          (TpCluster *self);
gint64      tp_cluster_get_workshop_id (TpCluster *self);
const char *tp_cluster_get_uuid        (TpCluster *self);
const char *tp_cluster_get_name        (TpCluster *self);
gboolean    tp_cluster_get_collapsed   (TpCluster *self);
guint       tp_cluster_get_n_ideas     (TpCluster *self);
guint       tp_cluster_get_votes       (TpCluster *self);

G_END_DECLS
