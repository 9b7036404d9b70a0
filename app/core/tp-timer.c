/* tp-timer.c — the facilitator's countdown, on a clock that tests can drive
 *
 * The timer keeps no timeout of its own: whoever shows it calls
 * tp_timer_tick() as often as the display needs, and the remaining time is
 * always worked out from the clock, so a late tick never makes it drift.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-core-enums.h"
#include "tp-error.h"
#include "tp-timer.h"

#define USEC_PER_SEC G_USEC_PER_SEC
#define PRESETS_MAX 8

struct _TpTimer
{
  GObject parent_instance;

  TpTimerClock  clock;
  gpointer      clock_data;

  guint         duration;       /* seconds */
  TpTimerState  state;
  gint64        ends_at;        /* clock time, while running */
  gint64        remaining;      /* microseconds, while not running */
  guint         shown_seconds;  /* what "remaining-seconds" last announced */
};

G_DEFINE_FINAL_TYPE (TpTimer, tp_timer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DURATION,
  PROP_STATE,
  PROP_REMAINING_SECONDS,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gint64
monotonic_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static gint64
now (TpTimer *self)
{
  return self->clock (self->clock_data);
}

static void
set_state (TpTimer      *self,
           TpTimerState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
announce_remaining (TpTimer *self)
{
  guint seconds = tp_timer_get_remaining_seconds (self);

  if (seconds == self->shown_seconds)
    return;

  self->shown_seconds = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING_SECONDS]);
}

static void
tp_timer_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  TpTimer *self = TP_TIMER (object);

  switch (prop_id)
    {
    case PROP_DURATION:
      g_value_set_uint (value, self->duration);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_REMAINING_SECONDS:
      g_value_set_uint (value, tp_timer_get_remaining_seconds (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_timer_class_init (TpTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = tp_timer_get_property;

  properties[PROP_DURATION] =
    g_param_spec_uint ("duration", NULL, NULL, 1, TP_TIMER_DURATION_MAX, 300,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, TP_TYPE_TIMER_STATE, TP_TIMER_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REMAINING_SECONDS] =
    g_param_spec_uint ("remaining-seconds", NULL, NULL, 0, TP_TIMER_DURATION_MAX, 300,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TpTimer::finished:
   *
   * Emitted once when a running countdown reaches zero.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tp_timer_init (TpTimer *self)
{
  self->clock = monotonic_clock;
  self->duration = 300;
  self->remaining = (gint64)self->duration * USEC_PER_SEC;
  self->shown_seconds = self->duration;
}

TpTimer *
tp_timer_new (void)
{
  return g_object_new (TP_TYPE_TIMER, NULL);
}

/**
 * tp_timer_set_clock:
 * @clock: (nullable): the clock; %NULL for g_get_monotonic_time()
 *
 * Lets tests move time forward by hand instead of sleeping.
 */
void
tp_timer_set_clock (TpTimer      *self,
                    TpTimerClock  clock,
                    gpointer      user_data)
{
  g_return_if_fail (TP_IS_TIMER (self));
  g_return_if_fail (self->state != TP_TIMER_RUNNING);

  self->clock = clock ? clock : monotonic_clock;
  self->clock_data = clock ? user_data : NULL;
}

guint
tp_timer_get_duration (TpTimer *self)
{
  g_return_val_if_fail (TP_IS_TIMER (self), 0);
  return self->duration;
}

/**
 * tp_timer_set_duration:
 * @seconds: 1 second to 4 hours
 *
 * Sets the length of the countdown and resets it.
 */
gboolean
tp_timer_set_duration (TpTimer  *self,
                       guint     seconds,
                       GError  **error)
{
  g_return_val_if_fail (TP_IS_TIMER (self), FALSE);

  if (seconds < 1 || seconds > TP_TIMER_DURATION_MAX)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A timer runs from 1 second to %d hour",
                                "A timer runs from 1 second to %d hours",
                                TP_TIMER_DURATION_MAX / 3600),
                   TP_TIMER_DURATION_MAX / 3600);
      return FALSE;
    }

  if (self->duration != seconds)
    {
      self->duration = seconds;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
    }

  tp_timer_reset (self);
  return TRUE;
}

TpTimerState
tp_timer_get_state (TpTimer *self)
{
  g_return_val_if_fail (TP_IS_TIMER (self), TP_TIMER_IDLE);
  return self->state;
}

/* Microseconds left, never below zero. */
gint64
tp_timer_get_remaining (TpTimer *self)
{
  g_return_val_if_fail (TP_IS_TIMER (self), 0);

  if (self->state == TP_TIMER_RUNNING)
    return MAX (0, self->ends_at - now (self));

  return self->remaining;
}

/* Whole seconds left, rounded up, so "0:00" shows only at the end. */
guint
tp_timer_get_remaining_seconds (TpTimer *self)
{
  gint64 remaining = tp_timer_get_remaining (self);

  return (guint)((remaining + USEC_PER_SEC - 1) / USEC_PER_SEC);
}

void
tp_timer_start (TpTimer *self)
{
  g_return_if_fail (TP_IS_TIMER (self));

  if (self->state == TP_TIMER_RUNNING)
    return;

  if (self->state == TP_TIMER_FINISHED)
    self->remaining = (gint64)self->duration * USEC_PER_SEC;

  self->ends_at = now (self) + self->remaining;
  set_state (self, TP_TIMER_RUNNING);
  announce_remaining (self);
}

void
tp_timer_pause (TpTimer *self)
{
  g_return_if_fail (TP_IS_TIMER (self));

  if (self->state != TP_TIMER_RUNNING)
    return;

  self->remaining = MAX (0, self->ends_at - now (self));
  set_state (self, TP_TIMER_PAUSED);
  announce_remaining (self);
}

void
tp_timer_toggle (TpTimer *self)
{
  g_return_if_fail (TP_IS_TIMER (self));

  if (self->state == TP_TIMER_RUNNING)
    tp_timer_pause (self);
  else
    tp_timer_start (self);
}

void
tp_timer_reset (TpTimer *self)
{
  g_return_if_fail (TP_IS_TIMER (self));

  self->remaining = (gint64)self->duration * USEC_PER_SEC;
  set_state (self, TP_TIMER_IDLE);
  announce_remaining (self);
}

/**
 * tp_timer_tick:
 *
 * Looks at the clock: announces the remaining seconds when they changed
 * and, once, that the countdown finished.
 */
void
tp_timer_tick (TpTimer *self)
{
  g_return_if_fail (TP_IS_TIMER (self));

  if (self->state != TP_TIMER_RUNNING)
    return;

  if (self->ends_at - now (self) <= 0)
    {
      self->remaining = 0;
      set_state (self, TP_TIMER_FINISHED);
      announce_remaining (self);
      g_signal_emit (self, signals[FINISHED], 0);
      return;
    }

  announce_remaining (self);
}

/* "4:59", or "1:02:03" past an hour. */
char *
tp_timer_format (guint seconds)
{
  if (seconds >= 3600)
    return g_strdup_printf ("%u:%02u:%02u", seconds / 3600, (seconds / 60) % 60, seconds % 60);

  return g_strdup_printf ("%u:%02u", seconds / 60, seconds % 60);
}

/**
 * tp_timer_parse_presets:
 * @text: comma-separated lengths in seconds, such as "60,180,300,600"
 *
 * Returns: (transfer full): the lengths, as guint, or %NULL with @error
 */
GArray *
tp_timer_parse_presets (const char  *text,
                        GError     **error)
{
  g_autoptr(GArray) presets = g_array_new (FALSE, FALSE, sizeof (guint));
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 seconds;

      g_strstrip (parts[i]);
      if (!g_ascii_string_to_unsigned (parts[i], 10, 1, TP_TIMER_DURATION_MAX, &seconds, NULL))
        {
          g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "Timer preset “%s” is not a length from 1 second to %d hour",
                                    "Timer preset “%s” is not a length from 1 second to %d hours",
                                    TP_TIMER_DURATION_MAX / 3600),
                       parts[i], TP_TIMER_DURATION_MAX / 3600);
          return NULL;
        }

      g_array_append_val (presets, ((guint[]) { (guint)seconds })[0]);
    }

  if (presets->len == 0 || presets->len > PRESETS_MAX)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Give 1 to %d timer preset",
                                "Give 1 to %d timer presets",
                                PRESETS_MAX),
                   PRESETS_MAX);
      return NULL;
    }

  return g_steal_pointer (&presets);
}

char *
tp_timer_presets_to_text (GArray *presets)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < presets->len; i++)
    g_string_append_printf (text, "%s%u", i ? "," : "", g_array_index (presets, guint, i));

  return g_string_free (g_steal_pointer (&text), FALSE);
}
