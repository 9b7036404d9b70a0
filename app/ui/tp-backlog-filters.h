/* tp-backlog-filters.h — the Tags and Status filter buttons of the backlog
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tp-backlog.h"

G_BEGIN_DECLS

#define TP_TYPE_BACKLOG_FILTERS (tp_backlog_filters_get_type ())

G_DECLARE_FINAL_TYPE (TpBacklogFilters, tp_backlog_filters, TP, BACKLOG_FILTERS, GtkWidget)

/* Offers a check item per TpTag of the "tags" model, an All/Any switch
 * and a check item per status; emits "changed" when any of them does. */
GtkWidget  *tp_backlog_filters_new         (void);
GListModel *tp_backlog_filters_get_tags    (TpBacklogFilters *self);
void        tp_backlog_filters_set_tags    (TpBacklogFilters *self,
                                            GListModel       *tags);
/* Copies the chosen tags, the switch and the statuses into @filter. */
void        tp_backlog_filters_apply       (TpBacklogFilters *self,
                                            TpBacklogFilter  *filter);
void        tp_backlog_filters_clear       (TpBacklogFilters *self);

/* For the tests */
GtkWidget  *tp_backlog_filters_get_tag_check        (TpBacklogFilters *self,
                                                     const char       *tag);
GtkWidget  *tp_backlog_filters_get_match_all_switch (TpBacklogFilters *self);
GtkWidget  *tp_backlog_filters_get_status_check     (TpBacklogFilters *self,
                                                     TpIdeaStatus      status);

G_END_DECLS
