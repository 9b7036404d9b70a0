/* tp-backlog-filters.c — the Tags and Status filter buttons of the backlog
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tp-backlog-filters.h"
#include "tp-tag.h"
#include "tp-widget-util.h"

#define N_STATUSES (TP_IDEA_STATUS_PARKED + 1)

struct _TpBacklogFilters
{
  GtkWidget      parent_instance;

  GListModel    *tags;
  GtkWidget     *status_checks[N_STATUSES];
  gboolean       clearing;

  /* Template children */
  GtkMenuButton *tag_button;
  GtkWidget     *no_tags_label;
  GtkBox        *tag_checks_box;
  GtkSwitch     *match_all_switch;
  GtkMenuButton *status_button;
  GtkBox        *status_checks_box;
};

G_DEFINE_FINAL_TYPE (TpBacklogFilters, tp_backlog_filters, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TAGS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
tp_backlog_filters_new (void)
{
  return g_object_new (TP_TYPE_BACKLOG_FILTERS, NULL);
}

static void
label_filter_button (GtkMenuButton *button,
                     const char    *name,
                     guint          n_chosen)
{
  g_autofree char *label = NULL;

  if (n_chosen > 0)
    {
      /* Translators: a filter button, e.g. "Tags (2)" when two tags are chosen */
      label = g_strdup_printf (_("%s (%u)"), name, n_chosen);
      gtk_widget_add_css_class (GTK_WIDGET (button), "accent");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (button), "accent");

  gtk_menu_button_set_label (button, label != NULL ? label : name);
}

static const char *
get_chosen_tag (GtkWidget *check)
{
  if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
    return NULL;

  return gtk_check_button_get_label (GTK_CHECK_BUTTON (check));
}

void
tp_backlog_filters_apply (TpBacklogFilters *self,
                          TpBacklogFilter  *filter)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tags = NULL;
  guint mask = 0;
  guint n_statuses = 0;

  g_return_if_fail (TP_IS_BACKLOG_FILTERS (self));
  g_return_if_fail (filter != NULL);

  for (GtkWidget *check = gtk_widget_get_first_child (GTK_WIDGET (self->tag_checks_box));
       check != NULL;
       check = gtk_widget_get_next_sibling (check))
    if (get_chosen_tag (check) != NULL)
      g_strv_builder_add (builder, get_chosen_tag (check));
  tags = g_strv_builder_end (builder);
  tp_backlog_filter_set_tags (filter, (const char * const *)tags,
                              gtk_switch_get_active (self->match_all_switch));
  label_filter_button (self->tag_button, _("Tags"), g_strv_length (tags));

  for (guint status = 0; status < N_STATUSES; status++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->status_checks[status])))
      {
        mask |= 1u << status;
        n_statuses++;
      }
  tp_backlog_filter_set_statuses (filter, mask);
  label_filter_button (self->status_button, _("Status"), n_statuses);
}

static void
controls_changed_cb (TpBacklogFilters *self)
{
  if (!self->clearing)
    g_signal_emit (self, signals[CHANGED], 0);
}

void
tp_backlog_filters_clear (TpBacklogFilters *self)
{
  g_return_if_fail (TP_IS_BACKLOG_FILTERS (self));

  self->clearing = TRUE;
  for (GtkWidget *check = gtk_widget_get_first_child (GTK_WIDGET (self->tag_checks_box));
       check != NULL;
       check = gtk_widget_get_next_sibling (check))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  for (guint status = 0; status < N_STATUSES; status++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->status_checks[status]), FALSE);
  self->clearing = FALSE;

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
rebuild_tag_checks (TpBacklogFilters *self)
{
  g_autoptr(GHashTable) chosen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_tags = self->tags != NULL ? g_list_model_get_n_items (self->tags) : 0;
  GtkWidget *check;

  while ((check = gtk_widget_get_first_child (GTK_WIDGET (self->tag_checks_box))) != NULL)
    {
      if (get_chosen_tag (check) != NULL)
        g_hash_table_add (chosen, g_strdup (get_chosen_tag (check)));
      gtk_box_remove (self->tag_checks_box, check);
    }

  for (guint i = 0; i < n_tags; i++)
    {
      g_autoptr(TpTag) tag = g_list_model_get_item (self->tags, i);
      const char *name = tp_tag_get_name (tag);

      check = gtk_check_button_new_with_label (name);
      /* The store adds a tag to its model before naming it. */
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   name != NULL && g_hash_table_contains (chosen, name));
      g_object_bind_property (tag, "name", check, "label", G_BINDING_DEFAULT);
      g_signal_connect_object (check, "toggled", G_CALLBACK (controls_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (check, "notify::label", G_CALLBACK (controls_changed_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (self->tag_checks_box, check);
    }

  gtk_widget_set_visible (self->no_tags_label, n_tags == 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

GListModel *
tp_backlog_filters_get_tags (TpBacklogFilters *self)
{
  g_return_val_if_fail (TP_IS_BACKLOG_FILTERS (self), NULL);

  return self->tags;
}

void
tp_backlog_filters_set_tags (TpBacklogFilters *self,
                             GListModel       *tags)
{
  g_return_if_fail (TP_IS_BACKLOG_FILTERS (self));
  g_return_if_fail (tags == NULL || G_IS_LIST_MODEL (tags));

  if (self->tags == tags)
    return;

  if (self->tags != NULL)
    g_signal_handlers_disconnect_by_func (self->tags, rebuild_tag_checks, self);
  g_set_object (&self->tags, tags);
  if (tags != NULL)
    g_signal_connect_object (tags, "items-changed", G_CALLBACK (rebuild_tag_checks), self,
                             G_CONNECT_SWAPPED);

  rebuild_tag_checks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

GtkWidget *
tp_backlog_filters_get_tag_check (TpBacklogFilters *self,
                                  const char       *tag)
{
  for (GtkWidget *check = gtk_widget_get_first_child (GTK_WIDGET (self->tag_checks_box));
       check != NULL;
       check = gtk_widget_get_next_sibling (check))
    if (g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)), tag) == 0)
      return check;

  return NULL;
}

GtkWidget *
tp_backlog_filters_get_match_all_switch (TpBacklogFilters *self)
{
  return GTK_WIDGET (self->match_all_switch);
}

GtkWidget *
tp_backlog_filters_get_status_check (TpBacklogFilters *self,
                                     TpIdeaStatus      status)
{
  g_return_val_if_fail (status < N_STATUSES, NULL);

  return self->status_checks[status];
}

static void
tp_backlog_filters_dispose (GObject *object)
{
  TpBacklogFilters *self = TP_BACKLOG_FILTERS (object);

  if (self->tags != NULL)
    g_signal_handlers_disconnect_by_func (self->tags, rebuild_tag_checks, self);
  g_clear_object (&self->tags);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_BACKLOG_FILTERS);
  tp_widget_unparent_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (tp_backlog_filters_parent_class)->dispose (object);
}

static void
tp_backlog_filters_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TpBacklogFilters *self = TP_BACKLOG_FILTERS (object);

  switch (prop_id)
    {
    case PROP_TAGS:
      g_value_set_object (value, self->tags);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_backlog_filters_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TpBacklogFilters *self = TP_BACKLOG_FILTERS (object);

  switch (prop_id)
    {
    case PROP_TAGS:
      tp_backlog_filters_set_tags (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_backlog_filters_class_init (TpBacklogFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_backlog_filters_dispose;
  object_class->get_property = tp_backlog_filters_get_property;
  object_class->set_property = tp_backlog_filters_set_property;

  properties[PROP_TAGS] =
    g_param_spec_object ("tags", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-backlog-filters.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);

  gtk_widget_class_bind_template_child (widget_class, TpBacklogFilters, tag_button);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogFilters, no_tags_label);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogFilters, tag_checks_box);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogFilters, match_all_switch);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogFilters, status_button);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogFilters, status_checks_box);

  gtk_widget_class_bind_template_callback (widget_class, controls_changed_cb);
}

static void
tp_backlog_filters_init (TpBacklogFilters *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);

  for (guint status = 0; status < N_STATUSES; status++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (tp_idea_status_get_label (status));

      g_signal_connect_object (check, "toggled", G_CALLBACK (controls_changed_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (self->status_checks_box, check);
      self->status_checks[status] = check;
    }
}
