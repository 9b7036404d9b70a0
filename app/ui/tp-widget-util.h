/* tp-widget-util.h — what the app's own widgets do alike
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void tp_widget_unparent_children (GtkWidget *widget);

G_END_DECLS
