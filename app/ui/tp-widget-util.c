/* tp-widget-util.c — what the app's own widgets do alike
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-widget-util.h"

/**
 * tp_widget_unparent_children:
 * @widget: a widget that parented its children itself
 *
 * Unparents each child of @widget, as its dispose must: GtkWidget leaves
 * them to the class that added them.
 */
void
tp_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

static GtkSizeRequestMode
height_for_width_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
height_for_width_dispose (GObject *object)
{
  tp_widget_unparent_children (GTK_WIDGET (object));

  G_OBJECT_CLASS (g_type_class_peek (GTK_TYPE_WIDGET))->dispose (object);
}

/**
 * tp_widget_class_set_height_for_width:
 * @widget_class: the class of a final type derived straight from #GtkWidget
 * @measure: how it measures its children
 * @size_allocate: how it places them
 *
 * Makes @widget_class lay its children out with @measure and
 * @size_allocate, its height following its width, and unparent them when
 * it is disposed.
 */
void
tp_widget_class_set_height_for_width (GtkWidgetClass       *widget_class,
                                      TpWidgetMeasureFunc   measure,
                                      TpWidgetAllocateFunc  size_allocate)
{
  g_return_if_fail (g_type_parent (G_TYPE_FROM_CLASS (widget_class)) == GTK_TYPE_WIDGET);

  G_OBJECT_CLASS (widget_class)->dispose = height_for_width_dispose;
  widget_class->get_request_mode = height_for_width_get_request_mode;
  widget_class->measure = measure;
  widget_class->size_allocate = size_allocate;
}
