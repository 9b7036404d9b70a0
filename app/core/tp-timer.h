/* tp-timer.h — the facilitator's countdown, on a clock that tests can drive
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  TP_TIMER_IDLE,
  TP_TIMER_RUNNING,
  TP_TIMER_PAUSED,
  TP_TIMER_FINISHED,
} TpTimerState;

/* Monotonic time in microseconds, as g_get_monotonic_time(). */
typedef gint64 (*TpTimerClock) (gpointer user_data);

#define TP_TIMER_DURATION_MAX (4 * 60 * 60)

#define TP_TYPE_TIMER (tp_timer_get_type ())

G_DECLARE_FINAL_TYPE (TpTimer, tp_timer, TP, TIMER, GObject)

TpTimer      *tp_timer_new            (void);
void          tp_timer_set_clock      (TpTimer      *self,
                                       TpTimerClock  clock,
                                       gpointer      user_data);
guint         tp_timer_get_duration   (TpTimer      *self);
gboolean      tp_timer_set_duration   (TpTimer      *self,
                                       guint         seconds,
                                       GError      **error);
TpTimerState  tp_timer_get_state      (TpTimer      *self);
gint64        tp_timer_get_remaining  (TpTimer      *self);
guint         tp_timer_get_remaining_seconds (TpTimer *self);
void          tp_timer_start          (TpTimer      *self);
void          tp_timer_pause          (TpTimer      *self);
void          tp_timer_toggle         (TpTimer      *self);
void          tp_timer_reset          (TpTimer      *self);
void          tp_timer_tick           (TpTimer      *self);

char         *tp_timer_format         (guint         seconds);
GArray       *tp_timer_parse_presets  (const char   *text,
                                       GError      **error);
char         *tp_timer_presets_to_text (GArray      *presets);

G_END_DECLS
