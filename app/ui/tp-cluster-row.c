/* tp-cluster-row.c — one row of the cluster board: an idea, or a cluster's header
 *
 * The row's menu names the board's actions ("board.…") with the idea's or
 * the cluster's id as target, so the row itself changes nothing: the board
 * does, and makes its rows again.
 *
 * Style classes: .cluster-idea on idea rows, with .cluster-idea-title,
 * .cluster-idea-author and .cluster-idea-votes; .cluster-header (and
 * .collapsed) on a cluster's header, with .cluster-name and
 * .cluster-summary.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tp-cluster-row.h"

struct _TpClusterRow
{
  GtkListBoxRow     parent_instance;

  TpWorkshop       *workshop;
  GListModel       *clusters;
  TpIdea           *idea;
  TpCluster        *cluster;
  char             *summary;

  /* Template children */
  GtkImage         *icon;
  GtkLabel         *title_label;
  GtkEditableLabel *name_editor;
  GtkLabel         *author_label;
  GtkLabel         *summary_label;
  GtkMenuButton    *menu_button;
};

G_DEFINE_FINAL_TYPE (TpClusterRow, tp_cluster_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  RENAME,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             GVariant   *target,
             const char *accel)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  if (accel != NULL)
    g_menu_item_set_attribute (item, "accel", "s", accel);
  g_menu_append_item (menu, item);
}

/* The clusters other than @except, each aimed at (@subject, cluster id). */
static GMenu *
clusters_menu (TpClusterRow *self,
               gint64        except,
               const char   *action,
               gint64        subject)
{
  GMenu *menu = g_menu_new ();
  guint n = g_list_model_get_n_items (self->clusters);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpCluster) cluster = g_list_model_get_item (self->clusters, i);
      gint64 id = tp_cluster_get_id (cluster);

      if (id != except)
        append_item (menu, tp_cluster_get_name (cluster), action,
                     g_variant_new ("(xx)", subject, id), NULL);
    }

  return menu;
}

static GMenuModel *
make_idea_menu (TpClusterRow *self)
{
  GMenu *menu = g_menu_new ();
  gint64 id = tp_idea_get_id (self->idea);
  gint64 cluster_id = tp_idea_get_cluster_id (self->idea);
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GMenu) targets = clusters_menu (self, cluster_id, "board.move-idea", id);

  append_item (section, _("_Group With…"), "board.group-with", g_variant_new_int64 (id), "<Control>g");
  if (g_menu_model_get_n_items (G_MENU_MODEL (targets)) > 0)
    g_menu_append_submenu (section, _("_Move to Cluster"), G_MENU_MODEL (targets));
  if (cluster_id != 0)
    append_item (section, _("_Take Out of Cluster"), "board.move-idea",
                 g_variant_new ("(xx)", id, (gint64)0), "<Control><Shift>g");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));

  if (cluster_id != 0)
    {
      g_autoptr(GMenu) cluster_section = g_menu_new ();

      append_item (cluster_section, _("_Rename Cluster…"), "board.rename",
                   g_variant_new_int64 (cluster_id), "F2");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (cluster_section));
    }

  return G_MENU_MODEL (menu);
}

static GMenuModel *
make_cluster_menu (TpClusterRow *self)
{
  GMenu *menu = g_menu_new ();
  gint64 id = tp_cluster_get_id (self->cluster);
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GMenu) ungroup = g_menu_new ();
  g_autoptr(GMenu) targets = clusters_menu (self, id, "board.merge", id);

  append_item (section, _("_Rename…"), "board.rename", g_variant_new_int64 (id), "F2");
  append_item (section, tp_cluster_get_collapsed (self->cluster) ? _("_Expand") : _("_Collapse"),
               "board.toggle-collapsed", g_variant_new_int64 (id), NULL);
  if (g_menu_model_get_n_items (G_MENU_MODEL (targets)) > 0)
    g_menu_append_submenu (section, _("_Merge Into"), G_MENU_MODEL (targets));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));

  append_item (ungroup, _("_Ungroup"), "board.ungroup", g_variant_new_int64 (id), "<Control><Shift>g");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (ungroup));

  return G_MENU_MODEL (menu);
}

static char *
format_votes (guint votes)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u vote", "%u votes", votes), votes);
}

static void
update_header (TpClusterRow *self)
{
  g_autofree char *ideas = NULL;
  g_autofree char *accessible = NULL;
  guint n_ideas = tp_cluster_get_n_ideas (self->cluster);

  ideas = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u idea", "%u ideas", n_ideas), n_ideas);
  g_free (self->summary);
  if (tp_workshop_get_hide_votes (self->workshop))
    self->summary = g_steal_pointer (&ideas);
  else
    {
      g_autofree char *votes = format_votes (tp_cluster_get_votes (self->cluster));

      /* Translators: a cluster's size and vote sum, as "3 ideas · 12 votes" */
      self->summary = g_strdup_printf (_("%s · %s"), ideas, votes);
    }

  gtk_label_set_label (self->title_label, tp_cluster_get_name (self->cluster));
  gtk_label_set_label (self->summary_label, self->summary);

  /* Translators: a cluster's header, read by screen readers: its name, then "3 ideas · 12 votes" */
  accessible = g_strdup_printf (_("Cluster %s, %s"), tp_cluster_get_name (self->cluster), self->summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
cluster_changed_cb (TpCluster    *cluster,
                    GParamSpec   *pspec,
                    TpClusterRow *self)
{
  update_header (self);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 TpClusterRow  *self)
{
  if (gtk_editable_label_get_editing (self->name_editor))
    return NULL;

  if (self->idea != NULL)
    return gdk_content_provider_new_typed (TP_TYPE_IDEA, self->idea);

  return gdk_content_provider_new_typed (TP_TYPE_CLUSTER, self->cluster);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               TpClusterRow  *self)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static void
secondary_click_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    TpClusterRow    *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  tp_cluster_row_popup_menu (self);
}

static void
editing_changed_cb (GtkEditableLabel *editor,
                    GParamSpec       *pspec,
                    TpClusterRow     *self)
{
  const char *text;

  if (gtk_editable_label_get_editing (editor))
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (editor));
  gtk_widget_set_visible (GTK_WIDGET (self->name_editor), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (g_strcmp0 (text, tp_cluster_get_name (self->cluster)) != 0)
    g_signal_emit (self, signals[RENAME], 0, text);
}

static void
setup (TpClusterRow *self,
       TpWorkshop   *workshop,
       GListModel   *clusters)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->workshop = g_object_ref (workshop);
  self->clusters = g_object_ref (clusters);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (secondary_click_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
tp_cluster_row_new_for_idea (TpWorkshop *workshop,
                             GListModel *clusters,
                             TpIdea     *idea)
{
  TpClusterRow *self;
  const char *author;
  guint votes;
  g_autofree char *menu_label = NULL;
  g_autoptr(GMenuModel) menu = NULL;

  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (clusters), NULL);
  g_return_val_if_fail (TP_IS_IDEA (idea), NULL);

  self = g_object_new (TP_TYPE_CLUSTER_ROW, NULL);
  setup (self, workshop, clusters);
  self->idea = g_object_ref (idea);

  gtk_widget_add_css_class (GTK_WIDGET (self), "cluster-idea");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_image_set_from_icon_name (self->icon, "list-drag-handle-symbolic");
  gtk_widget_add_css_class (GTK_WIDGET (self->icon), "dim-label");

  gtk_label_set_label (self->title_label, tp_idea_get_title (idea));
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "cluster-idea-title");

  author = tp_idea_get_author (idea);
  if (author != NULL && *author != '\0' &&
      !tp_workshop_get_anonymous (workshop) && !tp_workshop_get_hide_authors (workshop))
    {
      gtk_label_set_label (self->author_label, author);
      gtk_widget_set_visible (GTK_WIDGET (self->author_label), TRUE);
    }

  votes = tp_idea_get_votes (idea);
  if (votes > 0 && !tp_workshop_get_hide_votes (workshop))
    {
      g_autofree char *text = format_votes (votes);

      gtk_label_set_label (self->summary_label, text);
      gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "cluster-idea-votes");
      gtk_widget_set_visible (GTK_WIDGET (self->summary_label), TRUE);
    }

  menu = make_idea_menu (self);
  gtk_menu_button_set_menu_model (self->menu_button, menu);
  /* Translators: the menu button of an idea on the cluster board */
  menu_label = g_strdup_printf (_("Actions for “%s”"), tp_idea_get_title (idea));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tp_idea_get_title (idea),
                                  -1);

  return GTK_WIDGET (self);
}

GtkWidget *
tp_cluster_row_new_for_cluster (TpWorkshop *workshop,
                                GListModel *clusters,
                                TpCluster  *cluster)
{
  TpClusterRow *self;
  gboolean collapsed;
  g_autofree char *menu_label = NULL;
  g_autoptr(GMenuModel) menu = NULL;

  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (clusters), NULL);
  g_return_val_if_fail (TP_IS_CLUSTER (cluster), NULL);

  self = g_object_new (TP_TYPE_CLUSTER_ROW, NULL);
  setup (self, workshop, clusters);
  self->cluster = g_object_ref (cluster);
  collapsed = tp_cluster_get_collapsed (cluster);

  gtk_widget_add_css_class (GTK_WIDGET (self), "cluster-header");
  if (collapsed)
    gtk_widget_add_css_class (GTK_WIDGET (self), "collapsed");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                               collapsed ? _("Show the ideas of this cluster")
                                         : _("Hide the ideas of this cluster"));
  gtk_image_set_from_icon_name (self->icon, collapsed ? "pan-end-symbolic" : "pan-down-symbolic");
  gtk_widget_add_css_class (GTK_WIDGET (self->icon), "cluster-expander");

  gtk_label_set_wrap (self->title_label, FALSE);
  gtk_label_set_ellipsize (self->title_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "cluster-name");
  gtk_widget_add_css_class (GTK_WIDGET (self->name_editor), "cluster-name");
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "cluster-summary");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), TRUE);

  menu = make_cluster_menu (self);
  gtk_menu_button_set_menu_model (self->menu_button, menu);
  /* Translators: the menu button of a cluster on the cluster board */
  menu_label = g_strdup_printf (_("Actions for cluster “%s”"), tp_cluster_get_name (cluster));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_EXPANDED, !collapsed,
                               -1);

  g_signal_connect_object (cluster, "notify::name", G_CALLBACK (cluster_changed_cb), self, 0);
  g_signal_connect_object (cluster, "notify::n-ideas", G_CALLBACK (cluster_changed_cb), self, 0);
  g_signal_connect_object (cluster, "notify::votes", G_CALLBACK (cluster_changed_cb), self, 0);
  update_header (self);

  return GTK_WIDGET (self);
}

/* The keys of the focused row: each names the board's action with this
 * row's idea or cluster. */

static void
group_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  TpClusterRow *self = TP_CLUSTER_ROW (widget);

  if (self->idea == NULL)
    gtk_widget_error_bell (widget);
  else
    gtk_widget_activate_action (widget, "board.group-with", "x", tp_idea_get_id (self->idea));
}

static void
ungroup_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  TpClusterRow *self = TP_CLUSTER_ROW (widget);

  if (self->cluster != NULL)
    gtk_widget_activate_action (widget, "board.ungroup", "x", tp_cluster_get_id (self->cluster));
  else if (tp_idea_get_cluster_id (self->idea) != 0)
    gtk_widget_activate_action (widget, "board.move-idea", "(xx)", tp_idea_get_id (self->idea), (gint64)0);
  else
    gtk_widget_error_bell (widget);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TpClusterRow *self = TP_CLUSTER_ROW (widget);

  if (self->cluster != NULL)
    tp_cluster_row_start_rename (self);
  else if (tp_idea_get_cluster_id (self->idea) != 0)
    gtk_widget_activate_action (widget, "board.rename", "x", tp_idea_get_cluster_id (self->idea));
  else
    gtk_widget_error_bell (widget);
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  tp_cluster_row_popup_menu (TP_CLUSTER_ROW (widget));
}

static void
tp_cluster_row_dispose (GObject *object)
{
  TpClusterRow *self = TP_CLUSTER_ROW (object);

  if (self->cluster != NULL)
    g_signal_handlers_disconnect_by_data (self->cluster, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_CLUSTER_ROW);

  g_clear_object (&self->idea);
  g_clear_object (&self->cluster);
  g_clear_object (&self->clusters);
  g_clear_object (&self->workshop);

  G_OBJECT_CLASS (tp_cluster_row_parent_class)->dispose (object);
}

static void
tp_cluster_row_finalize (GObject *object)
{
  TpClusterRow *self = TP_CLUSTER_ROW (object);

  g_free (self->summary);

  G_OBJECT_CLASS (tp_cluster_row_parent_class)->finalize (object);
}

static void
tp_cluster_row_class_init (TpClusterRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_cluster_row_dispose;
  object_class->finalize = tp_cluster_row_finalize;

  /**
   * TpClusterRow::rename:
   * @name: the name typed
   *
   * Emitted on a header when an edit of the cluster's name ends with
   * another name; the name shown stays the cluster's until it changes.
   */
  signals[RENAME] = g_signal_new ("rename", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-cluster-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TpClusterRow, icon);
  gtk_widget_class_bind_template_child (widget_class, TpClusterRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TpClusterRow, name_editor);
  gtk_widget_class_bind_template_child (widget_class, TpClusterRow, author_label);
  gtk_widget_class_bind_template_child (widget_class, TpClusterRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TpClusterRow, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, editing_changed_cb);

  gtk_widget_class_install_action (widget_class, "row.group", NULL, group_action);
  gtk_widget_class_install_action (widget_class, "row.ungroup", NULL, ungroup_action);
  gtk_widget_class_install_action (widget_class, "row.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "row.menu", NULL, menu_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "row.group", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "row.ungroup", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_G, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "row.ungroup", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "row.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "row.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "row.menu", NULL);
}

static void
tp_cluster_row_init (TpClusterRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

TpIdea *
tp_cluster_row_get_idea (TpClusterRow *self)
{
  g_return_val_if_fail (TP_IS_CLUSTER_ROW (self), NULL);

  return self->idea;
}

TpCluster *
tp_cluster_row_get_cluster (TpClusterRow *self)
{
  g_return_val_if_fail (TP_IS_CLUSTER_ROW (self), NULL);

  return self->cluster;
}

const char *
tp_cluster_row_get_summary (TpClusterRow *self)
{
  g_return_val_if_fail (TP_IS_CLUSTER_ROW (self), NULL);

  return self->summary;
}

void
tp_cluster_row_popup_menu (TpClusterRow *self)
{
  g_return_if_fail (TP_IS_CLUSTER_ROW (self));

  gtk_menu_button_popup (self->menu_button);
}

void
tp_cluster_row_start_rename (TpClusterRow *self)
{
  g_return_if_fail (TP_IS_CLUSTER_ROW (self));
  g_return_if_fail (self->cluster != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->name_editor), tp_cluster_get_name (self->cluster));
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->name_editor), TRUE);
  gtk_editable_label_start_editing (self->name_editor);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_editor));
}

void
tp_cluster_row_cancel_rename (TpClusterRow *self)
{
  g_return_if_fail (TP_IS_CLUSTER_ROW (self));

  if (self->cluster != NULL && gtk_editable_label_get_editing (self->name_editor))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_editor), tp_cluster_get_name (self->cluster));
      gtk_editable_label_stop_editing (self->name_editor, FALSE);
    }
}
