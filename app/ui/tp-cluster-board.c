/* tp-cluster-board.c — the Group phase: ideas gathered into named clusters
 *
 * Each cluster is a section headed by its name, its number of ideas and
 * the sum of their votes; the ideas in no cluster come last. Everything
 * that can be done by dragging can be done from a row's menu and from the
 * keyboard. The sections are made again, on idle, whenever the store's
 * ideas or clusters change, and the focus goes back to the same row.
 *
 * Style classes: .cluster-board on the widget; .cluster-section on each
 * cluster's list, .ungrouped-section around the last one; the rows' own
 * are listed in tp-cluster-row.c.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tp-cluster-board-private.h"
#include "tp-cluster-picker.h"
#include "tp-cluster-row.h"

#define CLUSTER_KEY "tp-cluster"

struct _TpClusterBoard
{
  GtkWidget        parent_instance;

  TpStore         *store;
  TpWorkshop      *workshop;
  GListModel      *ideas;
  GListModel      *clusters;
  GPtrArray       *watched_clusters;
  GHashTable      *idea_rows;       /* idea id → TpClusterRow */
  GHashTable      *cluster_rows;    /* cluster id → TpClusterRow, the header */
  guint            rebuild_id;
  GObject         *focus_after;     /* the idea or cluster to focus next */
  TpClusterPicker *picker;

  /* Template children */
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkBox          *clusters_box;
  GtkBox          *ungrouped_section;
  GtkLabel        *ungrouped_count;
  GtkListBox      *ungrouped_list;
};

G_DEFINE_FINAL_TYPE (TpClusterBoard, tp_cluster_board, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_WORKSHOP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule_rebuild (TpClusterBoard *self);

GtkWidget *
tp_cluster_board_new (TpStore    *store,
                      TpWorkshop *workshop)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  return g_object_new (TP_TYPE_CLUSTER_BOARD,
                       "store", store,
                       "workshop", workshop,
                       NULL);
}

static void
show_error (TpClusterBoard *self,
            const GError   *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gpointer
find_by_id (GListModel *model,
            gint64      id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 item_id = TP_IS_IDEA (item) ? tp_idea_get_id (TP_IDEA (item))
                                         : tp_cluster_get_id (TP_CLUSTER (item));

      if (item_id == id)
        return item;    /* the model keeps it alive */
    }

  return NULL;
}

static TpIdea *
lookup_idea (TpClusterBoard *self,
             gint64          id)
{
  return find_by_id (self->ideas, id);
}

static TpCluster *
lookup_cluster (TpClusterBoard *self,
                gint64          id)
{
  return id != 0 ? find_by_id (self->clusters, id) : NULL;
}

/* Dropping, grouping and moving */

/**
 * tp_cluster_board_drop_idea_on_idea:
 *
 * What dropping @idea on @onto does: joins @onto's cluster, or starts a
 * cluster of the two named after @onto when @onto is in none.
 */
gboolean
tp_cluster_board_drop_idea_on_idea (TpClusterBoard *self,
                                    TpIdea         *idea,
                                    TpIdea         *onto)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pair = NULL;
  TpCluster *cluster;

  g_return_val_if_fail (TP_IS_CLUSTER_BOARD (self), FALSE);
  g_return_val_if_fail (TP_IS_IDEA (idea), FALSE);
  g_return_val_if_fail (TP_IS_IDEA (onto), FALSE);

  if (idea == onto)
    return FALSE;

  cluster = lookup_cluster (self, tp_idea_get_cluster_id (onto));
  if (cluster != NULL)
    return tp_cluster_board_drop_idea_on_cluster (self, idea, cluster);

  pair = g_ptr_array_new ();
  g_ptr_array_add (pair, onto);
  g_ptr_array_add (pair, idea);
  if (tp_store_create_cluster (self->store, self->workshop, NULL, pair, &error) == NULL)
    {
      show_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * tp_cluster_board_drop_idea_on_cluster:
 * @cluster: (nullable): the cluster, or %NULL for the ungrouped ideas
 */
gboolean
tp_cluster_board_drop_idea_on_cluster (TpClusterBoard *self,
                                       TpIdea         *idea,
                                       TpCluster      *cluster)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ideas = NULL;

  g_return_val_if_fail (TP_IS_CLUSTER_BOARD (self), FALSE);
  g_return_val_if_fail (TP_IS_IDEA (idea), FALSE);
  g_return_val_if_fail (cluster == NULL || TP_IS_CLUSTER (cluster), FALSE);

  if (tp_idea_get_cluster_id (idea) == (cluster ? tp_cluster_get_id (cluster) : 0))
    return FALSE;

  ideas = g_ptr_array_new ();
  g_ptr_array_add (ideas, idea);
  if (!tp_store_move_to_cluster (self->store, cluster, ideas, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
tp_cluster_board_drop_cluster_on_cluster (TpClusterBoard *self,
                                          TpCluster      *cluster,
                                          TpCluster      *into)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TP_IS_CLUSTER_BOARD (self), FALSE);
  g_return_val_if_fail (TP_IS_CLUSTER (cluster), FALSE);
  g_return_val_if_fail (TP_IS_CLUSTER (into), FALSE);

  if (cluster == into)
    return FALSE;

  if (!tp_store_merge_clusters (self->store, into, cluster, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  return TRUE;
}

static void
ungroup_cluster (TpClusterBoard *self,
                 TpCluster      *cluster)
{
  g_autoptr(GError) error = NULL;

  if (!tp_store_ungroup_cluster (self->store, cluster, &error))
    show_error (self, error);
}

static void
toggle_collapsed (TpClusterBoard *self,
                  TpCluster      *cluster)
{
  g_autoptr(GError) error = NULL;

  if (!tp_store_set_cluster_collapsed (self->store, cluster,
                                       !tp_cluster_get_collapsed (cluster), &error))
    show_error (self, error);
}


/* Drop targets */

static gboolean
idea_row_drop_cb (GtkDropTarget  *target,
                  const GValue   *value,
                  double          x,
                  double          y,
                  TpClusterBoard *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  if (!G_VALUE_HOLDS (value, TP_TYPE_IDEA))
    return FALSE;

  return tp_cluster_board_drop_idea_on_idea (self, g_value_get_object (value),
                                             tp_cluster_row_get_idea (TP_CLUSTER_ROW (row)));
}

/* A cluster's whole list takes ideas (to join it) and other clusters (to
 * merge into it); the ungrouped section takes ideas out of their cluster. */
static gboolean
section_drop_cb (GtkDropTarget  *target,
                 const GValue   *value,
                 double          x,
                 double          y,
                 TpClusterBoard *self)
{
  GtkWidget *section = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  TpCluster *cluster = g_object_get_data (G_OBJECT (section), CLUSTER_KEY);

  if (G_VALUE_HOLDS (value, TP_TYPE_IDEA))
    return tp_cluster_board_drop_idea_on_cluster (self, g_value_get_object (value), cluster);

  if (G_VALUE_HOLDS (value, TP_TYPE_CLUSTER) && cluster != NULL)
    return tp_cluster_board_drop_cluster_on_cluster (self, g_value_get_object (value), cluster);

  return FALSE;
}

static void
add_drop_target (GtkWidget      *widget,
                 gboolean        takes_clusters,
                 GCallback       callback,
                 TpClusterBoard *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_MOVE);
  GType types[] = { TP_TYPE_IDEA, TP_TYPE_CLUSTER };

  gtk_drop_target_set_gtypes (target, types, takes_clusters ? 2 : 1);
  g_signal_connect (target, "drop", callback, self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (target));
}

/* Building the board */

static GtkWidget *
make_idea_row (TpClusterBoard *self,
               TpIdea         *idea)
{
  GtkWidget *row = tp_cluster_row_new_for_idea (self->workshop, self->clusters, idea);

  add_drop_target (row, FALSE, G_CALLBACK (idea_row_drop_cb), self);
  g_hash_table_insert (self->idea_rows, GINT_TO_POINTER (tp_idea_get_id (idea)), row);
  return row;
}

static void
header_renamed_cb (TpClusterRow   *row,
                   const char     *name,
                   TpClusterBoard *self)
{
  g_autoptr(GError) error = NULL;

  if (!tp_store_rename_cluster (self->store, tp_cluster_row_get_cluster (row), name, &error))
    show_error (self, error);
}

static void
section_row_activated_cb (GtkListBox     *list,
                          GtkListBoxRow  *row,
                          TpClusterBoard *self)
{
  TpCluster *cluster = tp_cluster_row_get_cluster (TP_CLUSTER_ROW (row));

  if (cluster != NULL)
    toggle_collapsed (self, cluster);
}

static GtkWidget *
make_section (TpClusterBoard *self,
              TpCluster      *cluster)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *header = tp_cluster_row_new_for_cluster (self->workshop, self->clusters, cluster);
  guint n = g_list_model_get_n_items (self->ideas);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (list, "cluster-section");
  g_object_set_data_full (G_OBJECT (list), CLUSTER_KEY, g_object_ref (cluster), g_object_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tp_cluster_get_name (cluster),
                                  -1);

  g_signal_connect (header, "rename", G_CALLBACK (header_renamed_cb), self);
  g_hash_table_insert (self->cluster_rows, GINT_TO_POINTER (tp_cluster_get_id (cluster)), header);
  gtk_list_box_append (GTK_LIST_BOX (list), header);

  for (guint i = 0; i < n && !tp_cluster_get_collapsed (cluster); i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (self->ideas, i);

      if (tp_idea_get_cluster_id (idea) == tp_cluster_get_id (cluster))
        gtk_list_box_append (GTK_LIST_BOX (list), make_idea_row (self, idea));
    }

  g_signal_connect (list, "row-activated", G_CALLBACK (section_row_activated_cb), self);
  add_drop_target (list, TRUE, G_CALLBACK (section_drop_cb), self);
  return list;
}

static void
cluster_collapsed_cb (TpCluster      *cluster,
                      GParamSpec     *pspec,
                      TpClusterBoard *self)
{
  schedule_rebuild (self);
}

static void
unwatch_clusters (TpClusterBoard *self)
{
  for (guint i = 0; i < self->watched_clusters->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched_clusters, i), self);
  g_ptr_array_set_size (self->watched_clusters, 0);
}

static TpClusterRow *
focused_row (TpClusterBoard *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return NULL;

  for (; focus != NULL && focus != GTK_WIDGET (self); focus = gtk_widget_get_parent (focus))
    if (TP_IS_CLUSTER_ROW (focus))
      return TP_CLUSTER_ROW (focus);

  return NULL;
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))))
    gtk_box_remove (box, child);
}

static void
rebuild (TpClusterBoard *self)
{
  TpClusterRow *focus = focused_row (self);
  g_autoptr(TpIdea) focus_idea = NULL;
  g_autoptr(TpCluster) focus_cluster = NULL;
  guint n_clusters = g_list_model_get_n_items (self->clusters);
  guint n_ideas = g_list_model_get_n_items (self->ideas);
  guint n_ungrouped = 0;
  g_autofree char *count = NULL;
  GtkWidget *row = NULL;
  GtkListBoxRow *old_row;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);

  if (self->focus_after != NULL)
    {
      if (TP_IS_IDEA (self->focus_after))
        focus_idea = g_object_ref (TP_IDEA (self->focus_after));
      else
        focus_cluster = g_object_ref (TP_CLUSTER (self->focus_after));
      g_clear_object (&self->focus_after);
    }
  else if (focus != NULL)
    {
      TpIdea *idea = tp_cluster_row_get_idea (focus);
      TpCluster *cluster = tp_cluster_row_get_cluster (focus);

      if (idea != NULL)
        {
          focus_idea = g_object_ref (idea);
          cluster = lookup_cluster (self, tp_idea_get_cluster_id (idea));
        }
      if (cluster != NULL)
        focus_cluster = g_object_ref (cluster);
    }

  unwatch_clusters (self);
  g_hash_table_remove_all (self->idea_rows);
  g_hash_table_remove_all (self->cluster_rows);
  clear_box (self->clusters_box);
  while ((old_row = gtk_list_box_get_row_at_index (self->ungrouped_list, 0)))
    gtk_list_box_remove (self->ungrouped_list, GTK_WIDGET (old_row));

  for (guint i = 0; i < n_clusters; i++)
    {
      g_autoptr(TpCluster) cluster = g_list_model_get_item (self->clusters, i);

      g_signal_connect (cluster, "notify::collapsed", G_CALLBACK (cluster_collapsed_cb), self);
      g_ptr_array_add (self->watched_clusters, g_object_ref (cluster));
      gtk_box_append (self->clusters_box, make_section (self, cluster));
    }

  for (guint i = 0; i < n_ideas; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (self->ideas, i);

      if (lookup_cluster (self, tp_idea_get_cluster_id (idea)) != NULL)
        continue;

      gtk_list_box_append (self->ungrouped_list, make_idea_row (self, idea));
      n_ungrouped++;
    }

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u idea", "%u ideas", n_ungrouped), n_ungrouped);
  gtk_label_set_label (self->ungrouped_count, count);
  gtk_widget_set_visible (GTK_WIDGET (self->clusters_box), n_clusters > 0);
  gtk_stack_set_visible_child_name (self->stack, n_ideas > 0 ? "board" : "empty");

  /* Back to the same idea, else to its cluster, once the old row is gone. */
  if (focus_idea != NULL)
    row = g_hash_table_lookup (self->idea_rows, GINT_TO_POINTER (tp_idea_get_id (focus_idea)));
  if (row == NULL && focus_cluster != NULL)
    row = g_hash_table_lookup (self->cluster_rows, GINT_TO_POINTER (tp_cluster_get_id (focus_cluster)));
  if (row != NULL)
    gtk_widget_grab_focus (row);
  else if (focus != NULL || focus_idea != NULL || focus_cluster != NULL)
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static gboolean
rebuild_cb (gpointer data)
{
  TpClusterBoard *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Rows are made again after the handler that changed the store returns,
 * never under a drop or a menu that is still running on one of them. */
static void
schedule_rebuild (TpClusterBoard *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_cb, self, NULL);
}

static void
model_changed_cb (GListModel     *model,
                  guint           position,
                  guint           removed,
                  guint           added,
                  TpClusterBoard *self)
{
  schedule_rebuild (self);
}

static void
workshop_changed_cb (TpWorkshop     *workshop,
                     GParamSpec     *pspec,
                     TpClusterBoard *self)
{
  schedule_rebuild (self);
}

/* Focus goes to the row of @item (a TpIdea or a TpCluster) now, or after
 * the rebuild that is on its way. */
static void
focus_item (TpClusterBoard *self,
            GObject        *item)
{
  GtkWidget *row;

  if (self->rebuild_id != 0)
    {
      g_set_object (&self->focus_after, item);
      return;
    }

  if (TP_IS_IDEA (item))
    row = g_hash_table_lookup (self->idea_rows, GINT_TO_POINTER (tp_idea_get_id (TP_IDEA (item))));
  else
    row = g_hash_table_lookup (self->cluster_rows, GINT_TO_POINTER (tp_cluster_get_id (TP_CLUSTER (item))));

  if (row != NULL)
    gtk_widget_grab_focus (row);
}

/* "Group With…" */

static void
picker_picked_cb (TpClusterPicker *picker,
                  GObject         *target,
                  TpClusterBoard  *self)
{
  g_autoptr(TpIdea) idea = g_object_ref (tp_cluster_picker_get_idea (picker));

  if (TP_IS_CLUSTER (target))
    tp_cluster_board_drop_idea_on_cluster (self, idea, TP_CLUSTER (target));
  else
    tp_cluster_board_drop_idea_on_idea (self, idea, TP_IDEA (target));

  focus_item (self, G_OBJECT (idea));
}

static void
open_picker (TpClusterBoard *self,
             TpIdea         *idea)
{
  GtkWidget *row = g_hash_table_lookup (self->idea_rows, GINT_TO_POINTER (tp_idea_get_id (idea)));
  graphene_rect_t bounds;

  tp_cluster_picker_set_choices (self->picker, self->clusters, self->ideas, idea);

  if (row != NULL && gtk_widget_compute_bounds (row, GTK_WIDGET (self), &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->picker),
                                 &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                   bounds.size.width, bounds.size.height });
  else
    gtk_popover_set_pointing_to (GTK_POPOVER (self->picker), NULL);

  gtk_popover_popup (GTK_POPOVER (self->picker));
}

/* Actions */

static void
group_with_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  TpClusterBoard *self = TP_CLUSTER_BOARD (widget);
  TpIdea *idea = lookup_idea (self, g_variant_get_int64 (param));

  if (idea != NULL)
    open_picker (self, idea);
}

static void
move_idea_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  TpClusterBoard *self = TP_CLUSTER_BOARD (widget);
  gint64 idea_id, cluster_id;
  TpIdea *idea;

  g_variant_get (param, "(xx)", &idea_id, &cluster_id);
  if ((idea = lookup_idea (self, idea_id)) == NULL)
    return;

  tp_cluster_board_drop_idea_on_cluster (self, idea, lookup_cluster (self, cluster_id));
  focus_item (self, G_OBJECT (idea));
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TpClusterBoard *self = TP_CLUSTER_BOARD (widget);
  GtkWidget *row = g_hash_table_lookup (self->cluster_rows, GINT_TO_POINTER (g_variant_get_int64 (param)));

  if (row != NULL)
    tp_cluster_row_start_rename (TP_CLUSTER_ROW (row));
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  TpClusterBoard *self = TP_CLUSTER_BOARD (widget);
  gint64 from_id, into_id;
  TpCluster *from, *into;

  g_variant_get (param, "(xx)", &from_id, &into_id);
  from = lookup_cluster (self, from_id);
  into = lookup_cluster (self, into_id);
  if (from == NULL || into == NULL)
    return;

  tp_cluster_board_drop_cluster_on_cluster (self, from, into);
  focus_item (self, G_OBJECT (into));
}

static void
ungroup_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  TpClusterBoard *self = TP_CLUSTER_BOARD (widget);
  TpCluster *cluster = lookup_cluster (self, g_variant_get_int64 (param));

  if (cluster != NULL)
    ungroup_cluster (self, cluster);
}

static void
toggle_collapsed_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  TpClusterBoard *self = TP_CLUSTER_BOARD (widget);
  TpCluster *cluster = lookup_cluster (self, g_variant_get_int64 (param));

  if (cluster != NULL)
    {
      toggle_collapsed (self, cluster);
      focus_item (self, G_OBJECT (cluster));
    }
}

/* GObject and GtkWidget */

static void
tp_cluster_board_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  TpClusterBoard *self = TP_CLUSTER_BOARD (widget);

  gtk_widget_measure (GTK_WIDGET (self->toast_overlay), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
tp_cluster_board_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  TpClusterBoard *self = TP_CLUSTER_BOARD (widget);

  gtk_widget_allocate (GTK_WIDGET (self->toast_overlay), width, height, baseline, NULL);
  gtk_popover_present (GTK_POPOVER (self->picker));
}

static void
tp_cluster_board_constructed (GObject *object)
{
  TpClusterBoard *self = TP_CLUSTER_BOARD (object);

  G_OBJECT_CLASS (tp_cluster_board_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));
  g_assert (TP_IS_WORKSHOP (self->workshop));

  self->ideas = g_object_ref (tp_store_get_ideas (self->store, self->workshop));
  self->clusters = g_object_ref (tp_store_get_clusters (self->store, self->workshop));
  g_signal_connect_object (self->ideas, "items-changed", G_CALLBACK (model_changed_cb), self, 0);
  g_signal_connect_object (self->clusters, "items-changed", G_CALLBACK (model_changed_cb), self, 0);
  g_signal_connect_object (self->workshop, "notify::anonymous", G_CALLBACK (workshop_changed_cb), self, 0);
  g_signal_connect_object (self->workshop, "notify::hide-authors", G_CALLBACK (workshop_changed_cb), self, 0);
  g_signal_connect_object (self->workshop, "notify::hide-votes", G_CALLBACK (workshop_changed_cb), self, 0);

  add_drop_target (GTK_WIDGET (self->ungrouped_section), FALSE, G_CALLBACK (section_drop_cb), self);

  rebuild (self);
}

static void
tp_cluster_board_dispose (GObject *object)
{
  TpClusterBoard *self = TP_CLUSTER_BOARD (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->watched_clusters != NULL)
    unwatch_clusters (self);
  if (self->ideas != NULL)
    g_signal_handlers_disconnect_by_data (self->ideas, self);
  if (self->clusters != NULL)
    g_signal_handlers_disconnect_by_data (self->clusters, self);
  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (self->workshop, self);

  if (self->picker != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->picker));
      self->picker = NULL;
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_CLUSTER_BOARD);

  g_clear_pointer (&self->idea_rows, g_hash_table_unref);
  g_clear_pointer (&self->cluster_rows, g_hash_table_unref);
  g_clear_pointer (&self->watched_clusters, g_ptr_array_unref);
  g_clear_object (&self->focus_after);
  g_clear_object (&self->ideas);
  g_clear_object (&self->clusters);
  g_clear_object (&self->workshop);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tp_cluster_board_parent_class)->dispose (object);
}

static void
tp_cluster_board_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TpClusterBoard *self = TP_CLUSTER_BOARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_cluster_board_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TpClusterBoard *self = TP_CLUSTER_BOARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_WORKSHOP:
      self->workshop = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_cluster_board_class_init (TpClusterBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tp_cluster_board_constructed;
  object_class->dispose = tp_cluster_board_dispose;
  object_class->get_property = tp_cluster_board_get_property;
  object_class->set_property = tp_cluster_board_set_property;

  widget_class->measure = tp_cluster_board_measure;
  widget_class->size_allocate = tp_cluster_board_size_allocate;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL, TP_TYPE_WORKSHOP,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-cluster-board.ui");
  gtk_widget_class_bind_template_child (widget_class, TpClusterBoard, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TpClusterBoard, stack);
  gtk_widget_class_bind_template_child (widget_class, TpClusterBoard, clusters_box);
  gtk_widget_class_bind_template_child (widget_class, TpClusterBoard, ungrouped_section);
  gtk_widget_class_bind_template_child (widget_class, TpClusterBoard, ungrouped_count);
  gtk_widget_class_bind_template_child (widget_class, TpClusterBoard, ungrouped_list);

  gtk_widget_class_install_action (widget_class, "board.group-with", "x", group_with_action);
  gtk_widget_class_install_action (widget_class, "board.move-idea", "(xx)", move_idea_action);
  gtk_widget_class_install_action (widget_class, "board.rename", "x", rename_action);
  gtk_widget_class_install_action (widget_class, "board.merge", "(xx)", merge_action);
  gtk_widget_class_install_action (widget_class, "board.ungroup", "x", ungroup_action);
  gtk_widget_class_install_action (widget_class, "board.toggle-collapsed", "x", toggle_collapsed_action);

  gtk_widget_class_set_css_name (widget_class, "clusterboard");
}

static void
tp_cluster_board_init (TpClusterBoard *self)
{
  self->idea_rows = g_hash_table_new (NULL, NULL);
  self->cluster_rows = g_hash_table_new (NULL, NULL);
  self->watched_clusters = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->picker = TP_CLUSTER_PICKER (tp_cluster_picker_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->picker), GTK_WIDGET (self));
  g_signal_connect (self->picker, "picked", G_CALLBACK (picker_picked_cb), self);
}

TpStore *
tp_cluster_board_get_store (TpClusterBoard *self)
{
  g_return_val_if_fail (TP_IS_CLUSTER_BOARD (self), NULL);

  return self->store;
}

TpWorkshop *
tp_cluster_board_get_workshop (TpClusterBoard *self)
{
  g_return_val_if_fail (TP_IS_CLUSTER_BOARD (self), NULL);

  return self->workshop;
}

/* For tests: the changes waiting for an idle are shown now. */
void
tp_cluster_board_flush (TpClusterBoard *self)
{
  g_return_if_fail (TP_IS_CLUSTER_BOARD (self));

  if (self->rebuild_id != 0)
    rebuild (self);
}

GtkWidget *
tp_cluster_board_get_idea_row (TpClusterBoard *self,
                               TpIdea         *idea)
{
  g_return_val_if_fail (TP_IS_CLUSTER_BOARD (self), NULL);

  return g_hash_table_lookup (self->idea_rows, GINT_TO_POINTER (tp_idea_get_id (idea)));
}

GtkWidget *
tp_cluster_board_get_cluster_row (TpClusterBoard *self,
                                  TpCluster      *cluster)
{
  g_return_val_if_fail (TP_IS_CLUSTER_BOARD (self), NULL);

  return g_hash_table_lookup (self->cluster_rows, GINT_TO_POINTER (tp_cluster_get_id (cluster)));
}

TpClusterPicker *
tp_cluster_board_get_picker (TpClusterBoard *self)
{
  g_return_val_if_fail (TP_IS_CLUSTER_BOARD (self), NULL);

  return self->picker;
}
