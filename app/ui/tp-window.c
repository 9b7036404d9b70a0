/* tp-window.c — the main window: workshops beside the ideas of the open one
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tp-idea-row.h"
#include "tp-window-private.h"
#include "tp-workshop-row.h"

G_DEFINE_FINAL_TYPE (TpWindow, tp_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_WORKSHOP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

TpWindow *
tp_window_new (TpStore   *store,
               GSettings *settings)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (TP_TYPE_WINDOW,
                       "store", store,
                       "settings", settings,
                       NULL);
}

TpStore *
tp_window_get_store (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);

  return self->store;
}

TpWorkshop *
tp_window_get_workshop (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);

  return self->workshop;
}

GtkWidget *
tp_window_get_part (TpWindow     *self,
                    TpWindowPart  part)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);

  switch (part)
    {
    case TP_WINDOW_PART_CAPTURE_ENTRY:
      return GTK_WIDGET (self->capture_entry);
    case TP_WINDOW_PART_CAPTURE_ERROR:
      return GTK_WIDGET (self->capture_error_revealer);
    case TP_WINDOW_PART_IDEAS_VIEW:
      return GTK_WIDGET (self->ideas_view);
    case TP_WINDOW_PART_NO_IDEAS_PAGE:
      return GTK_WIDGET (self->no_ideas_page);
    case TP_WINDOW_PART_EMPTY_LIBRARY_PAGE:
      return GTK_WIDGET (self->empty_library_page);
    case TP_WINDOW_PART_WORKSHOPS_VIEW:
      return GTK_WIDGET (self->workshops_view);
    case TP_WINDOW_PART_ANONYMOUS_BUTTON:
      return GTK_WIDGET (self->anonymous_button);
    case TP_WINDOW_PART_GAP_REVEALER:
      return GTK_WIDGET (self->gap_revealer);
    case TP_WINDOW_PART_GAP_LABEL:
      return GTK_WIDGET (self->gap_label);
    default:
      g_return_val_if_reached (NULL);
    }
}

void
_tp_window_show_toast (TpWindow   *self,
                       const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The perception gap of the whole workshop: how much better the team
 * thought the journeys were than the simulated customers found them. */
void
_tp_window_update_perception_gap (TpWindow *self)
{
  g_autofree char *walks = NULL;
  g_autofree char *text = NULL;
  double gap = 0;
  guint n_walks = 0;

  if (self->workshop == NULL ||
      !tp_store_get_perception_gap (self->store, self->workshop, NULL, &gap, &n_walks))
    {
      gtk_revealer_set_reveal_child (self->gap_revealer, FALSE);
      return;
    }

  /* Translators: how many walks the perception gap below is averaged over */
  walks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u walk", "%u walks", n_walks), n_walks);
  if (gap >= 0.05)
    /* Translators: %+.1f is how much higher the team rated the journeys, such as +1.3; %s is "9 walks" */
    text = g_strdup_printf (_("Perception gap: the team expected %+.1f more than the simulated customers (%s)"),
                            gap, walks);
  else if (gap <= -0.05)
    /* Translators: %.1f is how much lower the team rated the journeys, such as 0.5; %s is "9 walks" */
    text = g_strdup_printf (_("Perception gap: the team expected %.1f less than the simulated customers (%s)"),
                            -gap, walks);
  else
    /* Translators: %s is "9 walks" */
    text = g_strdup_printf (_("No perception gap: the team expected what the simulated customers felt (%s)"),
                            walks);

  gtk_label_set_text (self->gap_label, text);
  gtk_revealer_set_reveal_child (self->gap_revealer, TRUE);
}

/* The open workshop */

static void
update_ideas_page (TpWindow *self)
{
  guint n_ideas = 0;
  g_autofree char *subtitle = NULL;

  if (self->ideas != NULL)
    n_ideas = g_list_model_get_n_items (self->ideas);

  gtk_stack_set_visible_child_name (self->ideas_stack,
                                    n_ideas > 0 ? "ideas" : "no-ideas");

  if (self->workshop != NULL)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u idea", "%u ideas", n_ideas),
                                n_ideas);
  adw_window_title_set_subtitle (self->content_title, subtitle);
}

static void
ideas_changed_cb (TpWindow   *self,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GListModel *model)
{
  update_ideas_page (self);

  /* Trashing or restoring an idea takes its walks out of the gap or
   * back in; an idea that only changed is removed and added again. */
  if (removed != added)
    _tp_window_update_perception_gap (self);
}

static void
update_capture_hint (TpWindow *self)
{
  gboolean anonymous = self->workshop != NULL && tp_workshop_get_anonymous (self->workshop);

  if (anonymous)
    gtk_entry_set_placeholder_text (self->capture_entry,
                                    _("Type an idea, #tag it — authors stay anonymous — Enter adds it"));
  else
    gtk_entry_set_placeholder_text (self->capture_entry,
                                    _("Type an idea, #tag it, @name its author — Enter adds it"));
}

static void
workshop_anonymous_changed_cb (TpWindow   *self,
                               GParamSpec *pspec,
                               TpWorkshop *workshop)
{
  gboolean anonymous = tp_workshop_get_anonymous (workshop);

  if (gtk_toggle_button_get_active (self->anonymous_button) != anonymous)
    gtk_toggle_button_set_active (self->anonymous_button, anonymous);

  update_capture_hint (self);
}

static void
workshop_title_changed_cb (TpWindow   *self,
                           GParamSpec *pspec,
                           TpWorkshop *workshop)
{
  adw_window_title_set_title (self->content_title, tp_workshop_get_title (workshop));
}

static void
clear_capture_error (TpWindow *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->capture_entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->capture_entry), NULL);
  gtk_revealer_set_reveal_child (self->capture_error_revealer, FALSE);
}

static void
show_capture_error (TpWindow   *self,
                    const char *message)
{
  gtk_widget_add_css_class (GTK_WIDGET (self->capture_entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->capture_entry), message);
  gtk_label_set_text (self->capture_error_label, message);
  gtk_revealer_set_reveal_child (self->capture_error_revealer, TRUE);
}

static void
select_workshop_in_sidebar (TpWindow *self)
{
  GListModel *model = G_LIST_MODEL (self->workshop_selection);
  guint n = g_list_model_get_n_items (model);

  if (self->workshop == NULL)
    return;

  if (gtk_single_selection_get_selected_item (self->workshop_selection) == (gpointer)self->workshop)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpWorkshop) workshop = g_list_model_get_item (model, i);

      if (workshop == self->workshop)
        {
          gtk_single_selection_set_selected (self->workshop_selection, i);
          return;
        }
    }
}

static void
release_workshop (TpWindow *self)
{
  if (self->ideas != NULL)
    g_signal_handlers_disconnect_by_func (self->ideas, ideas_changed_cb, self);
  g_clear_signal_handler (&self->anonymous_notify_id, self->workshop);
  g_clear_signal_handler (&self->title_notify_id, self->workshop);

  g_clear_object (&self->ideas);
  g_clear_object (&self->workshop);
}

void
tp_window_set_workshop (TpWindow   *self,
                        TpWorkshop *workshop)
{
  g_return_if_fail (TP_IS_WINDOW (self));
  g_return_if_fail (workshop == NULL || TP_IS_WORKSHOP (workshop));

  if (self->workshop == workshop)
    return;

  release_workshop (self);
  clear_capture_error (self);

  if (workshop != NULL)
    {
      self->workshop = g_object_ref (workshop);
      self->ideas = g_object_ref (tp_store_get_ideas (self->store, workshop));
      g_signal_connect_object (self->ideas, "items-changed",
                               G_CALLBACK (ideas_changed_cb), self,
                               G_CONNECT_SWAPPED);
      self->anonymous_notify_id =
        g_signal_connect_object (workshop, "notify::anonymous",
                                 G_CALLBACK (workshop_anonymous_changed_cb), self,
                                 G_CONNECT_SWAPPED);
      self->title_notify_id =
        g_signal_connect_object (workshop, "notify::title",
                                 G_CALLBACK (workshop_title_changed_cb), self,
                                 G_CONNECT_SWAPPED);

      workshop_title_changed_cb (self, NULL, workshop);
      workshop_anonymous_changed_cb (self, NULL, workshop);

      if (self->settings != NULL)
        g_settings_set_int64 (self->settings, "last-workshop", tp_workshop_get_id (workshop));
    }
  else
    {
      adw_window_title_set_title (self->content_title, NULL);
    }

  gtk_sort_list_model_set_model (self->sorted_ideas, self->ideas);
  gtk_editable_set_text (GTK_EDITABLE (self->capture_entry), "");
  update_ideas_page (self);
  select_workshop_in_sidebar (self);

  _tp_window_update_actions (self);
  _tp_window_update_perception_gap (self);

  if (workshop != NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "library");
      /* When folded, the entry that has the focus must be on screen. */
      adw_leaflet_set_visible_child (self->leaflet, self->content);
      gtk_widget_grab_focus (GTK_WIDGET (self->capture_entry));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
}

static void
workshop_selected_cb (TpWindow           *self,
                      GParamSpec         *pspec,
                      GtkSingleSelection *selection)
{
  tp_window_set_workshop (self, gtk_single_selection_get_selected_item (selection));
}

static void
workshops_changed_cb (TpWindow   *self,
                      guint       position,
                      guint       removed,
                      guint       added,
                      GListModel *model)
{
  gboolean empty = g_list_model_get_n_items (model) == 0;

  gtk_stack_set_visible_child_name (self->main_stack, empty ? "empty" : "library");
  if (empty)
    tp_window_set_workshop (self, NULL);
}

/* Template callbacks */

static void
workshop_activated_cb (TpWindow    *self,
                       guint        position,
                       GtkListView *view)
{
  gtk_single_selection_set_selected (self->workshop_selection, position);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_widget_grab_focus (GTK_WIDGET (self->capture_entry));
}

static void
back_clicked_cb (TpWindow  *self,
                 GtkButton *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
anonymous_toggled_cb (TpWindow        *self,
                      GtkToggleButton *button)
{
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_toggle_button_get_active (button);

  if (self->workshop == NULL || tp_workshop_get_anonymous (self->workshop) == active)
    return;

  if (!tp_store_set_workshop_anonymous (self->store, self->workshop, active, &error))
    {
      gtk_toggle_button_set_active (button, !active);
      _tp_window_show_toast (self, error->message);
      return;
    }

  _tp_window_show_toast (self, active ? _("Anonymous capture on: authors are not recorded")
                           : _("Anonymous capture off"));
}

static void
capture_activated_cb (TpWindow *self,
                      GtkEntry *entry)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  GtkAdjustment *vadjustment;

  if (self->workshop == NULL || trimmed[0] == '\0')
    return;

  if (!tp_store_capture_idea (self->store, self->workshop, text, &error))
    {
      show_capture_error (self, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  clear_capture_error (self);

  /* Newest first: show the idea just added. */
  vadjustment = gtk_scrolled_window_get_vadjustment (self->ideas_scroller);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
}

static void
capture_changed_cb (TpWindow *self,
                    GtkEntry *entry)
{
  clear_capture_error (self);
}

static void
idea_activated_cb (TpWindow    *self,
                   guint        position,
                   GtkListView *view)
{
  g_autoptr(TpIdea) idea = g_list_model_get_item (G_LIST_MODEL (self->idea_selection), position);

  if (idea != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-idea", "x", tp_idea_get_id (idea));
}

/* Setup */

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  gint64 id_a = tp_idea_get_id ((TpIdea *)a);
  gint64 id_b = tp_idea_get_id ((TpIdea *)b);

  /* Ids grow in capture order. */
  return (id_a < id_b) - (id_a > id_b);
}

static void
setup_workshops (TpWindow *self)
{
  GListModel *workshops = tp_store_get_workshops (self->store);

  self->workshop_selection = gtk_single_selection_new (g_object_ref (workshops));
  gtk_single_selection_set_autoselect (self->workshop_selection, TRUE);
  gtk_single_selection_set_can_unselect (self->workshop_selection, FALSE);

  gtk_list_view_set_model (self->workshops_view, GTK_SELECTION_MODEL (self->workshop_selection));

  g_signal_connect_object (workshops, "items-changed",
                           G_CALLBACK (workshops_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workshop_selection, "notify::selected-item",
                           G_CALLBACK (workshop_selected_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
setup_ideas (TpWindow *self)
{
  GtkCustomSorter *sorter;
  GtkEventController *shortcuts;
  GtkShortcutTrigger *trigger;

  sorter = gtk_custom_sorter_new (compare_newest_first, NULL, NULL);
  self->sorted_ideas = gtk_sort_list_model_new (NULL, GTK_SORTER (sorter));
  self->idea_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted_ideas)));
  gtk_single_selection_set_autoselect (self->idea_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->idea_selection, TRUE);

  gtk_list_view_set_model (self->ideas_view, GTK_SELECTION_MODEL (self->idea_selection));

  /* Delete only means "delete the idea" while the focus is in the list,
   * never while typing in the capture entry. */
  shortcuts = gtk_shortcut_controller_new ();
  trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                         gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new_with_arguments (trigger,
                                                                         gtk_named_action_new ("win.delete-idea"),
                                                                         "x", (gint64)0));
  gtk_widget_add_controller (GTK_WIDGET (self->ideas_view), shortcuts);
}

static void
restore_window_state (TpWindow *self)
{
  TpWorkshop *workshop = NULL;
  int width, height;

  if (self->settings != NULL)
    {
      width = g_settings_get_int (self->settings, "window-width");
      height = g_settings_get_int (self->settings, "window-height");
      if (width > 0 && height > 0)
        gtk_window_set_default_size (GTK_WINDOW (self), width, height);
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));

      workshop = tp_store_lookup_workshop (self->store,
                                           g_settings_get_int64 (self->settings, "last-workshop"));
    }

  if (workshop == NULL)
    workshop = gtk_single_selection_get_selected_item (self->workshop_selection);

  workshops_changed_cb (self, 0, 0, 0, tp_store_get_workshops (self->store));
  tp_window_set_workshop (self, workshop);
}

static gboolean
tp_window_close_request (GtkWindow *window)
{
  TpWindow *self = TP_WINDOW (window);
  int width, height;

  if (self->settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (self->settings);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (window));
      g_settings_apply (self->settings);
    }

  return GTK_WINDOW_CLASS (tp_window_parent_class)->close_request (window);
}

static void
tp_window_constructed (GObject *object)
{
  TpWindow *self = TP_WINDOW (object);

  G_OBJECT_CLASS (tp_window_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));

  setup_workshops (self);
  setup_ideas (self);
  restore_window_state (self);
}

static void
tp_window_dispose (GObject *object)
{
  TpWindow *self = TP_WINDOW (object);

  _tp_window_actions_dispose (self);
  release_workshop (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_WINDOW);

  g_clear_object (&self->idea_selection);
  g_clear_object (&self->sorted_ideas);
  g_clear_object (&self->workshop_selection);

  G_OBJECT_CLASS (tp_window_parent_class)->dispose (object);
}

static void
tp_window_finalize (GObject *object)
{
  TpWindow *self = TP_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tp_window_parent_class)->finalize (object);
}

static void
tp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TpWindow *self = TP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TpWindow *self = TP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_WORKSHOP:
      tp_window_set_workshop (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_window_class_init (TpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = tp_window_constructed;
  object_class->dispose = tp_window_dispose;
  object_class->finalize = tp_window_finalize;
  object_class->get_property = tp_window_get_property;
  object_class->set_property = tp_window_set_property;

  window_class->close_request = tp_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TP_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL,
                         TP_TYPE_WORKSHOP,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The list factories in the template name these row types. */
  g_type_ensure (TP_TYPE_IDEA_ROW);
  g_type_ensure (TP_TYPE_WORKSHOP_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-window.ui");

  gtk_widget_class_bind_template_child (widget_class, TpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, empty_library_page);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, content);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, workshops_view);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, anonymous_button);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, gap_revealer);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, gap_label);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, capture_entry);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, capture_error_revealer);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, capture_error_label);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, ideas_stack);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, no_ideas_page);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, ideas_scroller);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, ideas_view);

  gtk_widget_class_bind_template_callback (widget_class, workshop_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, anonymous_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, capture_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, capture_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, idea_activated_cb);

  _tp_window_class_actions_init (widget_class);
}

static void
tp_window_init (TpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
