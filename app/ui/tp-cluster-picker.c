/* tp-cluster-picker.c — "Group With…": a cluster or an ungrouped idea to join
 *
 * The keyboard's way to do what dragging an idea onto another does: type
 * to narrow the list, Down to reach it, Enter to choose.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "tp-cluster-picker.h"

#define TARGET_KEY "tp-target"
#define SEARCH_KEY "tp-search-key"

struct _TpClusterPicker
{
  GtkPopover      parent_instance;

  TpIdea         *idea;

  /* Template children */
  GtkSearchEntry *search_entry;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (TpClusterPicker, tp_cluster_picker, GTK_TYPE_POPOVER)

enum {
  PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
tp_cluster_picker_new (void)
{
  return g_object_new (TP_TYPE_CLUSTER_PICKER, NULL);
}

static void
add_choice (TpClusterPicker *self,
            GObject         *target,
            const char      *title,
            const char      *subtitle,
            const char      *icon_name)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *folded = g_utf8_casefold (title, -1);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon_name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  g_object_set_data_full (G_OBJECT (row), TARGET_KEY, g_object_ref (target), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), SEARCH_KEY, g_steal_pointer (&folded), g_free);
  gtk_list_box_append (self->list, row);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       data)
{
  TpClusterPicker *self = data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;

  folded = g_utf8_casefold (text, -1);
  return strstr (g_object_get_data (G_OBJECT (row), SEARCH_KEY), folded) != NULL;
}

static GtkListBoxRow *
first_visible_row (TpClusterPicker *self)
{
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_child_visible (child))
      return GTK_LIST_BOX_ROW (child);

  return NULL;
}

static void
search_changed_cb (GtkSearchEntry  *entry,
                   TpClusterPicker *self)
{
  gtk_list_box_invalidate_filter (self->list);
  gtk_list_box_select_row (self->list, first_visible_row (self));
}

static void
search_activated_cb (GtkSearchEntry  *entry,
                     TpClusterPicker *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row == NULL)
    row = first_visible_row (self);
  if (row != NULL)
    g_signal_emit_by_name (self->list, "row-activated", row);
}

static void
stop_search_cb (GtkSearchEntry  *entry,
                TpClusterPicker *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
row_activated_cb (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  TpClusterPicker *self)
{
  g_autoptr(GObject) target = g_object_ref (g_object_get_data (G_OBJECT (row), TARGET_KEY));

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PICKED], 0, target);
}

static void
tp_cluster_picker_dispose (GObject *object)
{
  TpClusterPicker *self = TP_CLUSTER_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_CLUSTER_PICKER);
  g_clear_object (&self->idea);

  G_OBJECT_CLASS (tp_cluster_picker_parent_class)->dispose (object);
}

static void
tp_cluster_picker_class_init (TpClusterPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_cluster_picker_dispose;

  /**
   * TpClusterPicker::picked:
   * @target: the TpCluster or the TpIdea chosen
   *
   * Emitted when a choice is activated, after the popover closed.
   */
  signals[PICKED] = g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-cluster-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, TpClusterPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TpClusterPicker, list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
tp_cluster_picker_init (TpClusterPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

void
tp_cluster_picker_set_choices (TpClusterPicker *self,
                               GListModel      *clusters,
                               GListModel      *ideas,
                               TpIdea          *idea)
{
  guint n;
  GtkListBoxRow *old_row;

  g_return_if_fail (TP_IS_CLUSTER_PICKER (self));
  g_return_if_fail (G_IS_LIST_MODEL (clusters));
  g_return_if_fail (G_IS_LIST_MODEL (ideas));
  g_return_if_fail (TP_IS_IDEA (idea));

  g_set_object (&self->idea, idea);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  while ((old_row = gtk_list_box_get_row_at_index (self->list, 0)))
    gtk_list_box_remove (self->list, GTK_WIDGET (old_row));

  n = g_list_model_get_n_items (clusters);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpCluster) cluster = g_list_model_get_item (clusters, i);
      g_autofree char *subtitle = NULL;

      if (tp_cluster_get_id (cluster) == tp_idea_get_cluster_id (idea))
        continue;

      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Cluster of %u idea", "Cluster of %u ideas",
                                               tp_cluster_get_n_ideas (cluster)),
                                  tp_cluster_get_n_ideas (cluster));
      add_choice (self, G_OBJECT (cluster), tp_cluster_get_name (cluster), subtitle, "view-grid-symbolic");
    }

  n = g_list_model_get_n_items (ideas);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) other = g_list_model_get_item (ideas, i);

      if (other == idea || tp_idea_get_cluster_id (other) != 0)
        continue;

      add_choice (self, G_OBJECT (other), tp_idea_get_title (other),
                  _("Starts a cluster of the two"), "list-drag-handle-symbolic");
    }

  gtk_list_box_select_row (self->list, first_visible_row (self));
}

TpIdea *
tp_cluster_picker_get_idea (TpClusterPicker *self)
{
  g_return_val_if_fail (TP_IS_CLUSTER_PICKER (self), NULL);

  return self->idea;
}

GtkListBox *
tp_cluster_picker_get_list (TpClusterPicker *self)
{
  g_return_val_if_fail (TP_IS_CLUSTER_PICKER (self), NULL);

  return self->list;
}
