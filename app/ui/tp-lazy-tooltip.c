/* tp-lazy-tooltip.c — a tooltip whose text waits until it is asked for
 *
 * GTK 4.8 asks the X server where the pointer is whenever a visible
 * widget's tooltip is set: three round trips, which every tooltip of the
 * window paid for before its first frame, shown or not. The text now
 * waits until the pointer rests on the widget (query-tooltip); screen
 * readers get it at once, as the description GTK would have made of it.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-lazy-tooltip.h"

#define TOOLTIP_KEY "tp-lazy-tooltip"

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * tp_widget_set_lazy_tooltip:
 * @text: (nullable): the tooltip, or %NULL for none
 *
 * What gtk_widget_set_tooltip_text() does, without its round trips to
 * the display server.
 */
void
tp_widget_set_lazy_tooltip (GtkWidget  *widget,
                            const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text != NULL && text[0] == '\0')
    text = NULL;

  if (g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, query_tooltip_cb, NULL) == 0)
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  g_object_set_data_full (G_OBJECT (widget), TOOLTIP_KEY, g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The text the tooltip will show, for the tests. */
const char *
tp_widget_get_lazy_tooltip (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  return gtk_widget_get_has_tooltip (widget) ? g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY) : NULL;
}
