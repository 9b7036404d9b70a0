/* tp-lazy-tooltip.h — a tooltip whose text waits until it is asked for
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void        tp_widget_set_lazy_tooltip (GtkWidget  *widget,
                                        const char *text);
const char *tp_widget_get_lazy_tooltip (GtkWidget  *widget);

G_END_DECLS
