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
