/* tp-backlog-toolbar.c — the backlog's sort drop-down, search entry and filters, laid out by width
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-backlog-toolbar.h"
#include "tp-backlog.h"
#include "tp-widget-util.h"

/* TpBacklogToolbar: the sort drop-down, the search entry and the filter
 * buttons, in that order. Where there is room they share one row and the
 * search entry stretches; where there is not, the search entry takes a row
 * of its own above the other two, and the drop-down gives way to the
 * filters. One search entry either way, so its focus and text stay put. */

#define TOOLBAR_SPACING 6
/* Narrower than this, a search entry between the others is cramped. */
#define TOOLBAR_WIDE_SEARCH_WIDTH 240

struct _TpBacklogToolbar
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (TpBacklogToolbar, tp_backlog_toolbar, GTK_TYPE_WIDGET)

typedef struct
{
  GtkWidget *sort;
  GtkWidget *search;
  GtkWidget *filters;
  int        sort_min, sort_nat;
  int        search_min, search_nat;
  int        filters_min, filters_nat;
} ToolbarParts;

static gboolean
toolbar_get_parts (GtkWidget    *widget,
                   ToolbarParts *parts)
{
  parts->sort = gtk_widget_get_first_child (widget);
  parts->search = parts->sort != NULL ? gtk_widget_get_next_sibling (parts->sort) : NULL;
  parts->filters = parts->search != NULL ? gtk_widget_get_next_sibling (parts->search) : NULL;
  if (parts->filters == NULL)
    return FALSE;

  gtk_widget_measure (parts->sort, GTK_ORIENTATION_HORIZONTAL, -1, &parts->sort_min, &parts->sort_nat, NULL, NULL);
  gtk_widget_measure (parts->search, GTK_ORIENTATION_HORIZONTAL, -1, &parts->search_min, &parts->search_nat, NULL, NULL);
  gtk_widget_measure (parts->filters, GTK_ORIENTATION_HORIZONTAL, -1, &parts->filters_min, &parts->filters_nat, NULL, NULL);
  return TRUE;
}

static int
toolbar_one_row_width (const ToolbarParts *parts)
{
  return parts->sort_nat + MAX (parts->search_nat, TOOLBAR_WIDE_SEARCH_WIDTH) + parts->filters_nat +
         2 * TOOLBAR_SPACING;
}

static void
tp_backlog_toolbar_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  ToolbarParts parts;

  *minimum = *natural = 0;
  if (!toolbar_get_parts (widget, &parts))
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (parts.search_min, parts.sort_min + TOOLBAR_SPACING + parts.filters_min);
      *natural = toolbar_one_row_width (&parts);
    }
  else if (for_size < 0 || for_size >= toolbar_one_row_width (&parts))
    {
      GtkWidget *children[] = { parts.sort, parts.search, parts.filters };

      for (guint i = 0; i < G_N_ELEMENTS (children); i++)
        {
          int child_min, child_nat;

          gtk_widget_measure (children[i], orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
    }
  else
    {
      int search_min, search_nat, sort_min, sort_nat, filters_min, filters_nat;

      gtk_widget_measure (parts.search, orientation, for_size, &search_min, &search_nat, NULL, NULL);
      gtk_widget_measure (parts.sort, orientation, -1, &sort_min, &sort_nat, NULL, NULL);
      gtk_widget_measure (parts.filters, orientation, -1, &filters_min, &filters_nat, NULL, NULL);
      *minimum = search_min + TOOLBAR_SPACING + MAX (sort_min, filters_min);
      *natural = search_nat + TOOLBAR_SPACING + MAX (sort_nat, filters_nat);
    }
}

static void
tp_backlog_toolbar_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  ToolbarParts parts;

  if (!toolbar_get_parts (widget, &parts))
    return;

  if (width >= toolbar_one_row_width (&parts))
    {
      int search_width = width - parts.sort_nat - parts.filters_nat - 2 * TOOLBAR_SPACING;
      int x = 0;

      gtk_widget_size_allocate (parts.sort, &(GtkAllocation) { x, 0, parts.sort_nat, height }, -1);
      x += parts.sort_nat + TOOLBAR_SPACING;
      gtk_widget_size_allocate (parts.search, &(GtkAllocation) { x, 0, search_width, height }, -1);
      x += search_width + TOOLBAR_SPACING;
      gtk_widget_size_allocate (parts.filters, &(GtkAllocation) { x, 0, parts.filters_nat, height }, -1);
    }
  else
    {
      int search_height, filters_width, sort_width, y;

      gtk_widget_measure (parts.search, GTK_ORIENTATION_VERTICAL, width, NULL, &search_height, NULL, NULL);
      y = search_height + TOOLBAR_SPACING;
      filters_width = CLAMP (width - TOOLBAR_SPACING - parts.sort_min, parts.filters_min, parts.filters_nat);
      sort_width = MAX (width - TOOLBAR_SPACING - filters_width, parts.sort_min);

      gtk_widget_size_allocate (parts.search, &(GtkAllocation) { 0, 0, width, search_height }, -1);
      gtk_widget_size_allocate (parts.sort, &(GtkAllocation) { 0, y, sort_width, MAX (height - y, 0) }, -1);
      gtk_widget_size_allocate (parts.filters,
                                &(GtkAllocation) { width - filters_width, y, filters_width, MAX (height - y, 0) },
                                -1);
    }
}

static void
tp_backlog_toolbar_class_init (TpBacklogToolbarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  tp_widget_class_set_height_for_width (widget_class,
                                        tp_backlog_toolbar_measure,
                                        tp_backlog_toolbar_size_allocate);
  gtk_widget_class_set_css_name (widget_class, "backlogtoolbar");
}

static void
tp_backlog_toolbar_init (TpBacklogToolbar *self)
{
}

static void
setup_sort_label_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_sort_label_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item)
{
  GtkStringObject *item = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)),
                      item != NULL ? gtk_string_object_get_string (item) : "");
}

/**
 * tp_backlog_toolbar_fill_sort_dropdown:
 *
 * Gives @dropdown the sort keys: its list shows GTK's own items, its
 * button the chosen key in a label that gives way where the toolbar is
 * narrow.
 */
void
tp_backlog_toolbar_fill_sort_dropdown (GtkDropDown *dropdown)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  for (TpSortKey key = TP_SORT_RANK; key <= TP_SORT_MOSCOW; key++)
    gtk_string_list_append (labels, tp_sort_key_get_label (key));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_list_factory (dropdown, gtk_drop_down_get_factory (dropdown));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_sort_label_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_sort_label_cb), NULL);
  gtk_drop_down_set_factory (dropdown, factory);
  /* GTK 4.8 leaves the button that opens a drop-down nameless. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (gtk_widget_get_first_child (GTK_WIDGET (dropdown))),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, dropdown, NULL, -1);
}
