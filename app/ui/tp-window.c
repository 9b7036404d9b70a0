/* tp-window.c — the main window: workshops beside the open one, its phases and timer
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tp-lazy-tooltip.h"
#include "tp-phase-stepper.h"
#include "tp-timer-button.h"
#include "tp-window-private.h"
#include "tp-workshop-row.h"
#include "tp-workshop-view-private.h"

G_DEFINE_FINAL_TYPE (TpWindow, tp_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TIMER,
  PROP_SETTINGS,
  PROP_WORKSHOP,
  PROP_PRESENTING,
  PROP_HIDE_AUTHORS,
  PROP_ANONYMOUS_CAPTURE,
  N_PROPS
};

enum {
  ALARM,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

TpWindow *
tp_window_new (TpStore   *store,
               TpTimer   *timer,
               GSettings *settings)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (timer == NULL || TP_IS_TIMER (timer), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (TP_TYPE_WINDOW,
                       "store", store,
                       "timer", timer,
                       "settings", settings,
                       NULL);
}

TpStore *
tp_window_get_store (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);

  return self->store;
}

TpTimer *
tp_window_get_timer (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);

  return self->timer;
}

TpWorkshop *
tp_window_get_workshop (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);

  return self->workshop;
}

static void ensure_empty_page (TpWindow *self);

static GtkWidget *
get_workshop_part (TpWindow           *self,
                   TpWorkshopViewPart  part)
{
  if (self->workshop_view == NULL)
    return NULL;

  return tp_workshop_view_get_part (self->workshop_view, part);
}

GtkWidget *
tp_window_get_part (TpWindow     *self,
                    TpWindowPart  part)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);

  switch (part)
    {
    case TP_WINDOW_PART_CAPTURE_ENTRY:
      return get_workshop_part (self, TP_WORKSHOP_VIEW_PART_CAPTURE_ENTRY);
    case TP_WINDOW_PART_CAPTURE_ERROR:
      return get_workshop_part (self, TP_WORKSHOP_VIEW_PART_CAPTURE_ERROR);
    case TP_WINDOW_PART_IDEAS_VIEW:
      return get_workshop_part (self, TP_WORKSHOP_VIEW_PART_IDEAS_VIEW);
    case TP_WINDOW_PART_NO_IDEAS_PAGE:
      return get_workshop_part (self, TP_WORKSHOP_VIEW_PART_NO_IDEAS_PAGE);
    case TP_WINDOW_PART_EMPTY_LIBRARY_PAGE:
      ensure_empty_page (self);
      return GTK_WIDGET (self->empty_library_page);
    case TP_WINDOW_PART_WORKSHOPS_VIEW:
      return GTK_WIDGET (self->workshops_view);
    case TP_WINDOW_PART_ANONYMOUS_BUTTON:
      return GTK_WIDGET (self->anonymous_button);
    case TP_WINDOW_PART_GAP_REVEALER:
      return GTK_WIDGET (self->gap_revealer);
    case TP_WINDOW_PART_GAP_LABEL:
      return GTK_WIDGET (self->gap_label);
    case TP_WINDOW_PART_WORKSHOP_VIEW:
      return GTK_WIDGET (self->workshop_view);
    case TP_WINDOW_PART_PHASE_STEPPER:
      return self->phase_stepper;
    case TP_WINDOW_PART_TIMER_BUTTON:
      return self->timer_button;
    case TP_WINDOW_PART_VIEW_SWITCHER_TITLE:
      return GTK_WIDGET (self->view_title);
    case TP_WINDOW_PART_VIEW_SWITCHER_BAR:
      return GTK_WIDGET (self->switcher_bar);
    case TP_WINDOW_PART_SIDEBAR:
      return self->sidebar;
    case TP_WINDOW_PART_EMPTY_TEMPLATE_BUTTON:
      ensure_empty_page (self);
      return self->empty_template_button;
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
update_subtitle (TpWindow *self)
{
  g_autofree char *subtitle = NULL;

  if (self->ideas != NULL)
    {
      guint n_ideas = g_list_model_get_n_items (self->ideas);

      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u idea", "%u ideas", n_ideas),
                                  n_ideas);
    }
  adw_view_switcher_title_set_subtitle (self->view_title, subtitle);
}

static void
ideas_changed_cb (TpWindow   *self,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GListModel *model)
{
  update_subtitle (self);

  /* Trashing or restoring an idea takes its walks out of the gap or
   * back in; an idea that only changed is removed and added again. */
  if (removed != added)
    _tp_window_update_perception_gap (self);
}

static void
workshop_anonymous_changed_cb (TpWindow   *self,
                               GParamSpec *pspec,
                               TpWorkshop *workshop)
{
  gboolean anonymous = tp_workshop_get_anonymous (workshop);

  if (gtk_toggle_button_get_active (self->anonymous_button) != anonymous)
    gtk_toggle_button_set_active (self->anonymous_button, anonymous);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANONYMOUS_CAPTURE]);
}

static void
workshop_title_changed_cb (TpWindow   *self,
                           GParamSpec *pspec,
                           TpWorkshop *workshop)
{
  adw_view_switcher_title_set_title (self->view_title, tp_workshop_get_title (workshop));
}

static void
workshop_hide_authors_changed_cb (TpWindow   *self,
                                  GParamSpec *pspec,
                                  TpWorkshop *workshop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDE_AUTHORS]);
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
  g_clear_signal_handler (&self->hide_authors_notify_id, self->workshop);
  if (self->presets_binding != NULL)
    g_binding_unbind (g_steal_pointer (&self->presets_binding));

  if (self->workshop_view != NULL)
    {
      adw_view_switcher_title_set_stack (self->view_title, NULL);
      adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
      adw_bin_set_child (self->view_bin, NULL);
      self->workshop_view = NULL;
    }

  g_clear_object (&self->ideas);
  g_clear_object (&self->workshop);
}

/* The bottom bar slides in only once the window is on screen, so the
 * first frame never shows it: its buttons, some seventy widgets, are made
 * after that frame instead of before it. */
static void
first_frame_painted_cb (TpWindow      *self,
                        GdkFrameClock *clock)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, self);
  self->painted = TRUE;

  if (self->workshop_view != NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar,
                                     tp_workshop_view_get_stack (self->workshop_view));
}

static void
window_realized_cb (TpWindow *self)
{
  if (!self->painted)
    g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                             G_CALLBACK (first_frame_painted_cb), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

static void
show_workshop (TpWindow   *self,
               TpWorkshop *workshop)
{
  AdwViewStack *stack;

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
  self->hide_authors_notify_id =
    g_signal_connect_object (workshop, "notify::hide-authors",
                             G_CALLBACK (workshop_hide_authors_changed_cb), self,
                             G_CONNECT_SWAPPED);
  self->presets_binding = g_object_bind_property (workshop, "timer-presets",
                                                  self->timer_button, "presets",
                                                  G_BINDING_SYNC_CREATE);

  self->workshop_view = TP_WORKSHOP_VIEW (tp_workshop_view_new (self->store, workshop));
  adw_bin_set_child (self->view_bin, GTK_WIDGET (self->workshop_view));
  stack = tp_workshop_view_get_stack (self->workshop_view);
  adw_view_switcher_title_set_stack (self->view_title, stack);
  if (self->painted)
    adw_view_switcher_bar_set_stack (self->switcher_bar, stack);

  workshop_title_changed_cb (self, NULL, workshop);
  workshop_anonymous_changed_cb (self, NULL, workshop);

  if (self->settings != NULL)
    g_settings_set_int64 (self->settings, "last-workshop", tp_workshop_get_id (workshop));
}

void
tp_window_set_workshop (TpWindow   *self,
                        TpWorkshop *workshop)
{
  gboolean hid_authors;
  gboolean was_anonymous;

  g_return_if_fail (TP_IS_WINDOW (self));
  g_return_if_fail (workshop == NULL || TP_IS_WORKSHOP (workshop));

  if (self->workshop == workshop)
    return;

  hid_authors = tp_window_get_hide_authors (self);
  was_anonymous = self->workshop != NULL && tp_workshop_get_anonymous (self->workshop);
  release_workshop (self);

  if (workshop != NULL)
    show_workshop (self, workshop);
  else
    adw_view_switcher_title_set_title (self->view_title, NULL);
  if (was_anonymous && workshop == NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANONYMOUS_CAPTURE]);

  tp_phase_stepper_set_workshop (TP_PHASE_STEPPER (self->phase_stepper), workshop);
  update_subtitle (self);
  select_workshop_in_sidebar (self);

  _tp_window_update_actions (self);
  _tp_window_update_perception_gap (self);

  if (workshop != NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "library");
      /* When folded, what has the focus must be on screen. */
      adw_leaflet_set_visible_child (self->leaflet, self->content);
      tp_workshop_view_focus_page (self->workshop_view);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
  if (hid_authors != tp_window_get_hide_authors (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDE_AUTHORS]);
}

/* Hiding authors is a display choice saved with the workshop, separate
 * from anonymous capture, which never records them. */
gboolean
tp_window_get_hide_authors (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), FALSE);

  return self->workshop != NULL && tp_workshop_get_hide_authors (self->workshop);
}

void
tp_window_set_hide_authors (TpWindow *self,
                            gboolean  hide_authors)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TP_IS_WINDOW (self));

  if (self->workshop == NULL || tp_window_get_hide_authors (self) == !!hide_authors)
    return;

  /* The workshop's notify tells the window, and the rows, once stored. */
  if (!tp_store_set_workshop_hide_authors (self->store, self->workshop, hide_authors, &error))
    _tp_window_show_toast (self, error->message);
}

/* Presentation mode */

gboolean
tp_window_get_presenting (TpWindow *self)
{
  g_return_val_if_fail (TP_IS_WINDOW (self), FALSE);

  return self->presenting;
}

void
tp_window_set_presenting (TpWindow *self,
                          gboolean  presenting)
{
  g_return_if_fail (TP_IS_WINDOW (self));

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;

  self->presenting = presenting;

  /* The room sees the open workshop's view and the timer, large; the
   * list of workshops is the facilitator's business. */
  gtk_widget_set_visible (self->sidebar, !presenting);
  gtk_widget_set_visible (self->sidebar_separator, !presenting);
  if (presenting)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
      adw_leaflet_set_visible_child (self->leaflet, self->content);
      gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", presenting);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

static void
fullscreened_changed_cb (TpWindow   *self,
                         GParamSpec *pspec,
                         GtkWindow  *window)
{
  /* Leaving fullscreen some other way, such as from the window manager's
   * menu, ends the presentation too. */
  gboolean fullscreen = gtk_window_is_fullscreen (window);

  if (self->presenting && self->was_fullscreen && !fullscreen)
    tp_window_set_presenting (self, FALSE);

  self->was_fullscreen = fullscreen;
}

/* The timer */

static void
timer_alarm_cb (TpWindow      *self,
                TpTimerButton *button)
{
  g_signal_emit (self, signals[ALARM], 0);
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

  if (empty)
    ensure_empty_page (self);
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
  if (self->workshop_view != NULL)
    tp_workshop_view_focus_page (self->workshop_view);
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

/* Setup */

/* The sidebar's rows are made in code: a builder factory parses its
 * template again for each of them, fifty times for fifty workshops. */
static void
setup_workshop_row_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       gpointer                  user_data)
{
  gtk_list_item_set_child (item, GTK_WIDGET (tp_workshop_row_new ()));
}

static void
bind_workshop_row_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  tp_workshop_row_set_workshop (TP_WORKSHOP_ROW (gtk_list_item_get_child (item)),
                                gtk_list_item_get_item (item));
}

static void
unbind_workshop_row_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *item,
                        gpointer                  user_data)
{
  tp_workshop_row_set_workshop (TP_WORKSHOP_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
setup_workshops (TpWindow *self)
{
  GListModel *workshops = tp_store_get_workshops (self->store);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_workshop_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_workshop_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_workshop_row_cb), NULL);
  gtk_list_view_set_factory (self->workshops_view, factory);

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
setup_room (TpWindow *self)
{
  if (self->timer == NULL)
    self->timer = tp_timer_new ();

  self->timer_button = tp_timer_button_new (self->timer);
  adw_header_bar_pack_start (self->content_header, self->timer_button);
  g_signal_connect_object (self->timer_button, "alarm",
                           G_CALLBACK (timer_alarm_cb), self,
                           G_CONNECT_SWAPPED);

  self->phase_stepper = tp_phase_stepper_new (self->store, NULL);
  gtk_widget_set_halign (self->phase_stepper, GTK_ALIGN_CENTER);
  gtk_scrolled_window_set_child (self->phase_bar, self->phase_stepper);

  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_changed_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", FALSE);
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
  setup_room (self);
  restore_window_state (self);
}

static void
tp_window_dispose (GObject *object)
{
  TpWindow *self = TP_WINDOW (object);

  _tp_window_actions_dispose (self);
  _tp_window_files_dispose (self);
  release_workshop (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_WINDOW);

  g_clear_object (&self->workshop_selection);

  G_OBJECT_CLASS (tp_window_parent_class)->dispose (object);
}

static void
tp_window_finalize (GObject *object)
{
  TpWindow *self = TP_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->timer);
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

    case PROP_TIMER:
      g_value_set_object (value, self->timer);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;

    case PROP_HIDE_AUTHORS:
      g_value_set_boolean (value, tp_window_get_hide_authors (self));
      break;

    case PROP_ANONYMOUS_CAPTURE:
      g_value_set_boolean (value, self->workshop != NULL && tp_workshop_get_anonymous (self->workshop));
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

    case PROP_TIMER:
      self->timer = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_WORKSHOP:
      tp_window_set_workshop (self, g_value_get_object (value));
      break;

    case PROP_PRESENTING:
      tp_window_set_presenting (self, g_value_get_boolean (value));
      break;

    case PROP_HIDE_AUTHORS:
      tp_window_set_hide_authors (self, g_value_get_boolean (value));
      break;

    case PROP_ANONYMOUS_CAPTURE:
      /* The menu item of a narrow window does what the header's toggle does. */
      gtk_toggle_button_set_active (self->anonymous_button, g_value_get_boolean (value));
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

  properties[PROP_TIMER] =
    g_param_spec_object ("timer", NULL, NULL,
                         TP_TYPE_TIMER,
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

  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HIDE_AUTHORS] =
    g_param_spec_boolean ("hide-authors", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ANONYMOUS_CAPTURE] =
    g_param_spec_boolean ("anonymous-capture", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ALARM] = g_signal_new ("alarm", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-window.ui");

  gtk_widget_class_bind_template_child (widget_class, TpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, content);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, view_title);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, workshops_view);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, anonymous_button);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, phase_bar);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, gap_revealer);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, gap_label);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, view_bin);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, new_workshop_button);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, app_menu);
  gtk_widget_class_bind_template_child (widget_class, TpWindow, primary_menu);

  gtk_widget_class_bind_template_callback (widget_class, workshop_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, anonymous_toggled_cb);

  _tp_window_class_actions_init (widget_class);
}

/* A menu is built the first time it opens (or F10 opens it), not with
 * the window: two menus of a dozen items each, none of them on screen. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       model)
{
  gtk_menu_button_set_menu_model (button, model);
}

static void
set_lazy_menu (GtkMenuButton *button,
               GMenuModel    *model)
{
  gtk_menu_button_set_create_popup_func (button, create_menu_cb, g_object_ref (model), g_object_unref);
}

/* What the window shows while the library is empty: built the first
 * time it is, since a library that holds workshops (every start but the
 * first) never shows it. The stack measures every page, so its header
 * bar, large title and description were built, styled and laid out
 * before every first frame. */
static void
ensure_empty_page (TpWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;

  if (self->empty_library_page != NULL)
    return;

  builder = gtk_builder_new ();
  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  if (!gtk_builder_add_from_resource (builder, "/io/github/touchpointapp/Touchpoint/tp-window-empty.ui", NULL))
    g_assert_not_reached ();

  self->empty_library_page = ADW_STATUS_PAGE (gtk_builder_get_object (builder, "empty_library_page"));
  self->empty_template_button = GTK_WIDGET (gtk_builder_get_object (builder, "empty_template_button"));
  self->app_menu_button = GTK_MENU_BUTTON (gtk_builder_get_object (builder, "app_menu_button"));
  set_lazy_menu (self->app_menu_button, self->app_menu);
  tp_widget_set_lazy_tooltip (GTK_WIDGET (self->app_menu_button), _("Main Menu"));

  gtk_stack_add_named (self->main_stack, GTK_WIDGET (gtk_builder_get_object (builder, "empty_box")), "empty");
}

static void
tp_window_init (TpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "realize", G_CALLBACK (window_realized_cb), NULL);

  set_lazy_menu (self->primary_menu_button, self->primary_menu);
  tp_widget_set_lazy_tooltip (GTK_WIDGET (self->primary_menu_button), _("Main Menu"));
  tp_widget_set_lazy_tooltip (self->new_workshop_button, _("New Workshop"));
  tp_widget_set_lazy_tooltip (self->back_button, _("Back to Workshops"));
  tp_widget_set_lazy_tooltip (GTK_WIDGET (self->anonymous_button), _("Anonymous Capture"));
  tp_widget_set_lazy_tooltip (GTK_WIDGET (self->gap_label),
                              _("Expected satisfaction minus simulated satisfaction, averaged over the latest walk of each persona"));

  _tp_window_actions_init (self);
}
