/* tp-backlog-view-list.c — the rows of the backlog's list, made ahead and reused
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-backlog-row.h"
#include "tp-backlog-view-internal.h"

static gboolean
is_rank_sort (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      data)
{
  g_value_set_boolean (to, g_value_get_uint (from) == TP_SORT_RANK);
  return TRUE;
}

static void
list_item_position_cb (GtkListItem *item,
                       GParamSpec  *pspec,
                       gpointer     data)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  if (row != NULL)
    tp_backlog_row_set_position (TP_BACKLOG_ROW (row), gtk_list_item_get_position (item));
}

/* GTK 4.8's list view makes a list item for each of some two hundred
 * ideas around the first one shown, whatever the window shows, where a
 * grid view makes some thirty: hence one column of a grid. Each idea that
 * comes into that range gets a new list item, so that a keystroke that
 * changes what the list shows would build as many rows again: a list
 * item that goes away leaves its row for the next one, and a long list
 * has a grid's worth of rows made beforehand, while nothing else runs. */
#define MAX_SPARE_ROWS 64
#define N_ROWS_AHEAD 32
#define ROW_KEY "tp-backlog-row"

static GtkWidget *
make_row (TpBacklogView *self)
{
  GtkWidget *row = g_object_ref_sink (tp_backlog_row_new (self->store, self->workshop));

  g_object_bind_property (self, "voter", row, "voter", G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (self, "sort-key", row, "reorderable", G_BINDING_SYNC_CREATE,
                               is_rank_sort, NULL, NULL, NULL);
  return row;
}

static gboolean
make_spare_row_cb (gpointer data)
{
  TpBacklogView *self = data;

  if (self->spare_rows->len >= N_ROWS_AHEAD)
    {
      self->spare_rows_id = 0;
      return G_SOURCE_REMOVE;
    }

  g_ptr_array_add (self->spare_rows, make_row (self));
  return G_SOURCE_CONTINUE;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              TpBacklogView            *self)
{
  GtkWidget *row;

  if (self->spare_rows != NULL && self->spare_rows->len > 0)
    row = g_ptr_array_steal_index_fast (self->spare_rows, self->spare_rows->len - 1);
  else
    row = make_row (self);

  /* The list item lets go of its child before it says it goes away. */
  g_object_set_data_full (G_OBJECT (item), ROW_KEY, row, g_object_unref);
  g_signal_connect (item, "notify::position", G_CALLBACK (list_item_position_cb), NULL);
  gtk_list_item_set_child (item, row);
}

static void
teardown_row_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 TpBacklogView            *self)
{
  GtkWidget *row = g_object_steal_data (G_OBJECT (item), ROW_KEY);

  if (row == NULL)
    return;

  tp_backlog_row_set_idea (TP_BACKLOG_ROW (row), NULL);
  if (self->spare_rows != NULL && self->spare_rows->len < MAX_SPARE_ROWS &&
      gtk_widget_get_parent (row) == NULL)
    g_ptr_array_add (self->spare_rows, row);
  else
    g_object_unref (row);
}

/* GTK 4.8 unbinds and binds again, with the same idea, each row whose
 * position changes: a keystroke that hides one row near the top would
 * show every row below it afresh. So there is no unbind: a row keeps its
 * idea, and showing the same one again costs nothing; the next bind
 * replaces it, or teardown_row_cb() lets it go. */
static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             TpBacklogView            *self)
{
  TpBacklogRow *row = TP_BACKLOG_ROW (gtk_list_item_get_child (item));

  tp_backlog_row_set_idea (row, gtk_list_item_get_item (item));
  tp_backlog_row_set_position (row, gtk_list_item_get_position (item));
}

/* Gives the list its factory and model, and makes rows ahead for a long
 * list while nothing else runs. */
void
tp_backlog_view_set_up_list (TpBacklogView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_row_cb), self);
  gtk_grid_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_grid_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  if (g_list_model_get_n_items (self->ideas) > N_ROWS_AHEAD)
    self->spare_rows_id = g_idle_add_full (G_PRIORITY_LOW, make_spare_row_cb, self, NULL);
}
