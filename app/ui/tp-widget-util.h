/* tp-widget-util.h — what the app's own widgets do alike
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*TpWidgetMeasureFunc)  (GtkWidget      *widget,
                                      GtkOrientation  orientation,
                                      int             for_size,
                                      int            *minimum,
                                      int            *natural,
                                      int            *minimum_baseline,
                                      int            *natural_baseline);
typedef void (*TpWidgetAllocateFunc) (GtkWidget      *widget,
                                      int             width,
                                      int             height,
                                      int             baseline);

void tp_widget_unparent_children          (GtkWidget            *widget);
void tp_widget_class_set_height_for_width (GtkWidgetClass       *widget_class,
                                          TpWidgetMeasureFunc   measure,
                                          TpWidgetAllocateFunc  size_allocate);

G_END_DECLS
