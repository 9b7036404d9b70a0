/* tp-timer-button.c — the countdown in the header bar, with its presets and alarm
 *
 * The timer belongs to the application, so a round keeps running while the
 * facilitator moves between workshops and views; this widget only shows it,
 * ticks it while it runs and raises the alarm when it reaches zero.
 *
 * Style classes: .timer-button on the widget, with .timer-running,
 * .timer-paused or .timer-finished (the alarm) added by state; .timer-time
 * on the remaining time; .timer-popover on the menu.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tp-lazy-tooltip.h"
#include "tp-timer-button-private.h"

#define TICK_INTERVAL_MS  250
#define ALARM_SECONDS     10
#define ALARM_SOUND       "/io/github/touchpointapp/Touchpoint/sounds/timer-end.oga"

struct _TpTimerButton
{
  GtkWidget       parent_instance;

  TpTimer        *timer;
  char           *presets;
  GArray         *preset_values;
  gboolean        play_sound;
  gboolean        alarming;
  guint           tick_id;
  guint           alarm_id;
  GtkMediaStream *sound;
  char           *time_text;

  /* Template children */
  GtkButton      *start_button;
  GtkMenuButton  *menu_button;
  GtkLabel       *time_label;

  /* The menu, made the first time it opens */
  GtkPopover     *popover;
  GtkBox         *preset_box;
  GtkSpinButton  *minutes_spin;
  GtkSpinButton  *seconds_spin;
  GtkButton      *custom_button;
  GtkButton      *reset_button;
};

G_DEFINE_FINAL_TYPE (TpTimerButton, tp_timer_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TIMER,
  PROP_PRESETS,
  PROP_PLAY_SOUND,
  PROP_ALARMING,
  N_PROPS
};

enum {
  ALARM,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
tp_timer_button_new (TpTimer *timer)
{
  g_return_val_if_fail (TP_IS_TIMER (timer), NULL);

  return g_object_new (TP_TYPE_TIMER_BUTTON, "timer", timer, NULL);
}

/* "1 min", "10 min", "1 h", or the time itself for odd lengths. */
static char *
format_preset (guint seconds)
{
  if (seconds % 3600 == 0)
    /* Translators: a timer preset in hours, as short as possible */
    return g_strdup_printf (_("%u h"), seconds / 3600);
  if (seconds % 60 == 0)
    /* Translators: a timer preset in minutes, as short as possible */
    return g_strdup_printf (_("%u min"), seconds / 60);

  return tp_timer_format (seconds);
}

static char *
describe_preset (guint seconds)
{
  if (seconds % 60 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", seconds / 60),
                            seconds / 60);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second", "%u seconds", seconds),
                          seconds);
}

static void
set_state_class (TpTimerButton *self,
                 const char    *css_class,
                 gboolean       on)
{
  if (on)
    gtk_widget_add_css_class (GTK_WIDGET (self), css_class);
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), css_class);
}

static void
update_display (TpTimerButton *self)
{
  TpTimerState state = tp_timer_get_state (self->timer);
  g_autofree char *description = NULL;
  const char *icon_name = "media-playback-start-symbolic";
  const char *action_label = _("Start Timer");

  g_free (self->time_text);
  self->time_text = tp_timer_format (tp_timer_get_remaining_seconds (self->timer));
  gtk_label_set_label (self->time_label, self->time_text);

  if (state == TP_TIMER_RUNNING)
    {
      icon_name = "media-playback-pause-symbolic";
      action_label = _("Pause Timer");
    }
  else if (state == TP_TIMER_PAUSED)
    action_label = _("Resume Timer");

  gtk_button_set_icon_name (self->start_button, icon_name);
  tp_widget_set_lazy_tooltip (GTK_WIDGET (self->start_button), action_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, action_label,
                                  -1);

  /* Translators: the timer's menu button, read by screen readers */
  description = g_strdup_printf (_("Timer, %s left"), self->time_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  set_state_class (self, "timer-running", state == TP_TIMER_RUNNING);
  set_state_class (self, "timer-paused", state == TP_TIMER_PAUSED);
}

static void
sync_custom_length (TpTimerButton *self)
{
  guint duration = tp_timer_get_duration (self->timer);

  if (self->popover == NULL)
    return;

  gtk_spin_button_set_value (self->minutes_spin, duration / 60);
  gtk_spin_button_set_value (self->seconds_spin, duration % 60);
}

static gboolean
tick_cb (gpointer data)
{
  tp_timer_button_tick (TP_TIMER_BUTTON (data));
  return G_SOURCE_CONTINUE;
}

/* Ticks only while the countdown runs, so an idle timer costs nothing. */
static void
update_ticking (TpTimerButton *self)
{
  gboolean running = tp_timer_get_state (self->timer) == TP_TIMER_RUNNING;

  if (running && self->tick_id == 0)
    self->tick_id = g_timeout_add (TICK_INTERVAL_MS, tick_cb, self);
  else if (!running)
    g_clear_handle_id (&self->tick_id, g_source_remove);
}

static void
set_alarming (TpTimerButton *self,
              gboolean       alarming)
{
  if (self->alarming == alarming)
    return;

  self->alarming = alarming;
  set_state_class (self, "timer-finished", alarming);
  if (!alarming)
    g_clear_handle_id (&self->alarm_id, g_source_remove);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALARMING]);
}

static gboolean
alarm_timeout_cb (gpointer data)
{
  TpTimerButton *self = data;

  self->alarm_id = 0;
  set_alarming (self, FALSE);
  return G_SOURCE_REMOVE;
}

/* A room without speakers, or a build without a media backend, still has
 * the flashing timer and the notification: the sound is a bonus. */
static void
play_alarm_sound (TpTimerButton *self)
{
  if (!self->play_sound)
    return;

  if (self->sound == NULL)
    self->sound = gtk_media_file_new_for_resource (ALARM_SOUND);
  else
    gtk_media_stream_seek (self->sound, 0);

  if (gtk_media_stream_get_error (self->sound) == NULL)
    gtk_media_stream_play (self->sound);
}

static void
timer_finished_cb (TpTimer       *timer,
                   TpTimerButton *self)
{
  set_alarming (self, TRUE);
  g_clear_handle_id (&self->alarm_id, g_source_remove);
  self->alarm_id = g_timeout_add_seconds (ALARM_SECONDS, alarm_timeout_cb, self);

  play_alarm_sound (self);
  g_signal_emit (self, signals[ALARM], 0);
}

static void
timer_state_changed_cb (TpTimer       *timer,
                        GParamSpec    *pspec,
                        TpTimerButton *self)
{
  if (tp_timer_get_state (timer) != TP_TIMER_FINISHED)
    set_alarming (self, FALSE);

  update_ticking (self);
  update_display (self);
}

static void
timer_remaining_changed_cb (TpTimer       *timer,
                            GParamSpec    *pspec,
                            TpTimerButton *self)
{
  update_display (self);
}

static void
timer_duration_changed_cb (TpTimer       *timer,
                           GParamSpec    *pspec,
                           TpTimerButton *self)
{
  sync_custom_length (self);
}

static void
clicked_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            TpTimerButton   *self)
{
  tp_timer_button_dismiss_alarm (self);
}

static void
popover_shown_cb (GtkPopover    *popover,
                  TpTimerButton *self)
{
  sync_custom_length (self);
}

static void
rebuild_presets (TpTimerButton *self)
{
  GtkWidget *child;

  if (self->popover == NULL)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preset_box))))
    gtk_box_remove (self->preset_box, child);

  for (guint i = 0; self->preset_values && i < self->preset_values->len; i++)
    {
      guint seconds = g_array_index (self->preset_values, guint, i);
      g_autofree char *label = format_preset (seconds);
      g_autofree char *description = describe_preset (seconds);
      GtkWidget *button = gtk_button_new_with_label (label);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "timer.preset");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_uint32 (seconds));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                      -1);
      gtk_box_append (self->preset_box, button);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->preset_box),
                          self->preset_values != NULL && self->preset_values->len > 0);
}

/* The menu stays closed on most starts, yet as part of the template its
 * three dozen widgets were built, styled and measured before the
 * window's first frame. */
static void
ensure_menu (TpTimerButton *self)
{
  g_autoptr(GtkBuilder) builder = NULL;

  if (self->popover != NULL)
    return;

  builder = gtk_builder_new ();
  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  if (!gtk_builder_add_from_resource (builder, "/io/github/touchpointapp/Touchpoint/tp-timer-button-menu.ui", NULL))
    g_assert_not_reached ();

  self->popover = GTK_POPOVER (gtk_builder_get_object (builder, "popover"));
  self->preset_box = GTK_BOX (gtk_builder_get_object (builder, "preset_box"));
  self->minutes_spin = GTK_SPIN_BUTTON (gtk_builder_get_object (builder, "minutes_spin"));
  self->seconds_spin = GTK_SPIN_BUTTON (gtk_builder_get_object (builder, "seconds_spin"));
  self->custom_button = GTK_BUTTON (gtk_builder_get_object (builder, "custom_button"));
  self->reset_button = GTK_BUTTON (gtk_builder_get_object (builder, "reset_button"));
  tp_widget_set_lazy_tooltip (GTK_WIDGET (self->custom_button), _("Use This Length"));
  g_signal_connect (self->popover, "show", G_CALLBACK (popover_shown_cb), self);

  gtk_menu_button_set_popover (self->menu_button, GTK_WIDGET (self->popover));
  rebuild_presets (self);
  sync_custom_length (self);
}

static void
create_menu_cb (GtkMenuButton *menu_button,
                gpointer       user_data)
{
  ensure_menu (TP_TIMER_BUTTON (user_data));
}

static void
toggle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TpTimerButton *self = TP_TIMER_BUTTON (widget);

  tp_timer_button_dismiss_alarm (self);
  tp_timer_toggle (self->timer);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  TpTimerButton *self = TP_TIMER_BUTTON (widget);

  tp_timer_button_dismiss_alarm (self);
  tp_timer_reset (self->timer);
  if (self->popover != NULL)
    gtk_popover_popdown (self->popover);
}

static void
set_length (TpTimerButton *self,
            guint          seconds)
{
  if (!tp_timer_set_duration (self->timer, seconds, NULL))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  tp_timer_button_dismiss_alarm (self);
  if (self->popover != NULL)
    gtk_popover_popdown (self->popover);
}

static void
preset_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  set_length (TP_TIMER_BUTTON (widget), g_variant_get_uint32 (param));
}

static void
custom_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TpTimerButton *self = TP_TIMER_BUTTON (widget);
  guint minutes, seconds;

  ensure_menu (self);
  gtk_spin_button_update (self->minutes_spin);
  gtk_spin_button_update (self->seconds_spin);
  minutes = gtk_spin_button_get_value_as_int (self->minutes_spin);
  seconds = gtk_spin_button_get_value_as_int (self->seconds_spin);

  set_length (self, minutes * 60 + seconds);
}

static void
tp_timer_button_constructed (GObject *object)
{
  TpTimerButton *self = TP_TIMER_BUTTON (object);

  G_OBJECT_CLASS (tp_timer_button_parent_class)->constructed (object);

  g_assert (TP_IS_TIMER (self->timer));

  g_signal_connect_object (self->timer, "finished",
                           G_CALLBACK (timer_finished_cb), self, 0);
  g_signal_connect_object (self->timer, "notify::state",
                           G_CALLBACK (timer_state_changed_cb), self, 0);
  g_signal_connect_object (self->timer, "notify::remaining-seconds",
                           G_CALLBACK (timer_remaining_changed_cb), self, 0);
  g_signal_connect_object (self->timer, "notify::duration",
                           G_CALLBACK (timer_duration_changed_cb), self, 0);

  sync_custom_length (self);
  update_ticking (self);
  update_display (self);
}

static void
tp_timer_button_dispose (GObject *object)
{
  TpTimerButton *self = TP_TIMER_BUTTON (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->alarm_id, g_source_remove);
  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_TIMER_BUTTON);
  self->popover = NULL;
  self->preset_box = NULL;
  self->minutes_spin = NULL;
  self->seconds_spin = NULL;
  self->custom_button = NULL;
  self->reset_button = NULL;

  g_clear_object (&self->sound);
  g_clear_object (&self->timer);

  G_OBJECT_CLASS (tp_timer_button_parent_class)->dispose (object);
}

static void
tp_timer_button_finalize (GObject *object)
{
  TpTimerButton *self = TP_TIMER_BUTTON (object);

  g_clear_pointer (&self->presets, g_free);
  g_clear_pointer (&self->preset_values, g_array_unref);
  g_clear_pointer (&self->time_text, g_free);

  G_OBJECT_CLASS (tp_timer_button_parent_class)->finalize (object);
}

static void
tp_timer_button_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TpTimerButton *self = TP_TIMER_BUTTON (object);

  switch (prop_id)
    {
    case PROP_TIMER:
      g_value_set_object (value, self->timer);
      break;
    case PROP_PRESETS:
      g_value_set_string (value, self->presets);
      break;
    case PROP_PLAY_SOUND:
      g_value_set_boolean (value, self->play_sound);
      break;
    case PROP_ALARMING:
      g_value_set_boolean (value, self->alarming);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_timer_button_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TpTimerButton *self = TP_TIMER_BUTTON (object);

  switch (prop_id)
    {
    case PROP_TIMER:
      self->timer = g_value_dup_object (value);
      break;
    case PROP_PRESETS:
      tp_timer_button_set_presets (self, g_value_get_string (value));
      break;
    case PROP_PLAY_SOUND:
      tp_timer_button_set_play_sound (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_timer_button_class_init (TpTimerButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tp_timer_button_constructed;
  object_class->dispose = tp_timer_button_dispose;
  object_class->finalize = tp_timer_button_finalize;
  object_class->get_property = tp_timer_button_get_property;
  object_class->set_property = tp_timer_button_set_property;

  properties[PROP_TIMER] =
    g_param_spec_object ("timer", NULL, NULL, TP_TYPE_TIMER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Comma-separated seconds, as TpWorkshop:timer-presets. */
  properties[PROP_PRESETS] =
    g_param_spec_string ("presets", NULL, NULL, "60,180,300,600",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAY_SOUND] =
    g_param_spec_boolean ("play-sound", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALARMING] =
    g_param_spec_boolean ("alarming", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TpTimerButton::alarm:
   *
   * Emitted once each time the countdown reaches zero, after the widget
   * started flashing and its sound. The application answers with a
   * notification, for when the window is not in front.
   */
  signals[ALARM] = g_signal_new ("alarm", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-timer-button.ui");
  gtk_widget_class_bind_template_child (widget_class, TpTimerButton, start_button);
  gtk_widget_class_bind_template_child (widget_class, TpTimerButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, TpTimerButton, time_label);

  gtk_widget_class_install_action (widget_class, "timer.toggle", NULL, toggle_action);
  gtk_widget_class_install_action (widget_class, "timer.reset", NULL, reset_action);
  gtk_widget_class_install_action (widget_class, "timer.preset", "u", preset_action);
  gtk_widget_class_install_action (widget_class, "timer.custom", NULL, custom_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timerbutton");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
tp_timer_button_init (TpTimerButton *self)
{
  GtkGesture *click;

  self->play_sound = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  tp_widget_set_lazy_tooltip (GTK_WIDGET (self->start_button), _("Start Timer"));
  tp_widget_set_lazy_tooltip (GTK_WIDGET (self->menu_button), _("Timer Length"));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timer"),
                                  -1);

  /* Any click on the timer silences the alarm, whatever else it does. */
  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (clicked_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

TpTimer *
tp_timer_button_get_timer (TpTimerButton *self)
{
  g_return_val_if_fail (TP_IS_TIMER_BUTTON (self), NULL);

  return self->timer;
}

const char *
tp_timer_button_get_presets (TpTimerButton *self)
{
  g_return_val_if_fail (TP_IS_TIMER_BUTTON (self), NULL);

  return self->presets;
}

/**
 * tp_timer_button_set_presets:
 * @presets: (nullable): comma-separated lengths in seconds; text that
 *   tp_timer_parse_presets() refuses leaves the menu without presets
 */
void
tp_timer_button_set_presets (TpTimerButton *self,
                             const char    *presets)
{
  g_return_if_fail (TP_IS_TIMER_BUTTON (self));

  if (g_strcmp0 (self->presets, presets) == 0)
    return;

  g_free (self->presets);
  self->presets = g_strdup (presets);
  g_clear_pointer (&self->preset_values, g_array_unref);
  if (presets != NULL)
    self->preset_values = tp_timer_parse_presets (presets, NULL);

  rebuild_presets (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESETS]);
}

gboolean
tp_timer_button_get_play_sound (TpTimerButton *self)
{
  g_return_val_if_fail (TP_IS_TIMER_BUTTON (self), FALSE);

  return self->play_sound;
}

void
tp_timer_button_set_play_sound (TpTimerButton *self,
                                gboolean       play_sound)
{
  g_return_if_fail (TP_IS_TIMER_BUTTON (self));

  play_sound = !!play_sound;
  if (self->play_sound == play_sound)
    return;

  self->play_sound = play_sound;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAY_SOUND]);
}

gboolean
tp_timer_button_get_alarming (TpTimerButton *self)
{
  g_return_val_if_fail (TP_IS_TIMER_BUTTON (self), FALSE);

  return self->alarming;
}

/* Stops the flashing; the timer itself stays finished until restarted. */
void
tp_timer_button_dismiss_alarm (TpTimerButton *self)
{
  g_return_if_fail (TP_IS_TIMER_BUTTON (self));

  set_alarming (self, FALSE);
}

void
tp_timer_button_tick (TpTimerButton *self)
{
  g_return_if_fail (TP_IS_TIMER_BUTTON (self));

  tp_timer_tick (self->timer);
}

gboolean
tp_timer_button_is_ticking (TpTimerButton *self)
{
  g_return_val_if_fail (TP_IS_TIMER_BUTTON (self), FALSE);

  return self->tick_id != 0;
}

const char *
tp_timer_button_get_time_text (TpTimerButton *self)
{
  g_return_val_if_fail (TP_IS_TIMER_BUTTON (self), NULL);

  return gtk_label_get_label (self->time_label);
}

GtkWidget *
tp_timer_button_get_start_button (TpTimerButton *self)
{
  g_return_val_if_fail (TP_IS_TIMER_BUTTON (self), NULL);

  return GTK_WIDGET (self->start_button);
}

GtkWidget *
tp_timer_button_get_preset_button (TpTimerButton *self,
                                   guint          index)
{
  GtkWidget *child;

  g_return_val_if_fail (TP_IS_TIMER_BUTTON (self), NULL);

  ensure_menu (self);
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->preset_box));
       child != NULL && index > 0;
       child = gtk_widget_get_next_sibling (child))
    index--;

  return child;
}

GtkWidget *
tp_timer_button_get_reset_button (TpTimerButton *self)
{
  g_return_val_if_fail (TP_IS_TIMER_BUTTON (self), NULL);

  ensure_menu (self);
  return GTK_WIDGET (self->reset_button);
}

void
tp_timer_button_set_custom (TpTimerButton *self,
                            guint          minutes,
                            guint          seconds)
{
  g_return_if_fail (TP_IS_TIMER_BUTTON (self));

  ensure_menu (self);
  gtk_spin_button_set_value (self->minutes_spin, minutes);
  gtk_spin_button_set_value (self->seconds_spin, seconds);
}

GtkWidget *
tp_timer_button_get_custom_button (TpTimerButton *self)
{
  g_return_val_if_fail (TP_IS_TIMER_BUTTON (self), NULL);

  ensure_menu (self);
  return GTK_WIDGET (self->custom_button);
}
