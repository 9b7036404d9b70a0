/* tp-backlog-row-layout.h — how a backlog row lays out its title, chips and pills
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TP_TYPE_BACKLOG_ROW_META (tp_backlog_row_meta_get_type ())
G_DECLARE_FINAL_TYPE (TpBacklogRowMeta, tp_backlog_row_meta, TP, BACKLOG_ROW_META, GtkWidget)

#define TP_TYPE_BACKLOG_ROW_BODY (tp_backlog_row_body_get_type ())
G_DECLARE_FINAL_TYPE (TpBacklogRowBody, tp_backlog_row_body, TP, BACKLOG_ROW_BODY, GtkWidget)

G_END_DECLS
