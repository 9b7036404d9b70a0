/* tp-backlog-toolbar.h — the backlog's sort drop-down, search entry and filters, laid out by width
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TP_TYPE_BACKLOG_TOOLBAR (tp_backlog_toolbar_get_type ())
G_DECLARE_FINAL_TYPE (TpBacklogToolbar, tp_backlog_toolbar, TP, BACKLOG_TOOLBAR, GtkWidget)

void tp_backlog_toolbar_fill_sort_dropdown (GtkDropDown *dropdown);

G_END_DECLS
