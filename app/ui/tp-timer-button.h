/* tp-timer-button.h — the countdown in the header bar, with its presets and alarm
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tp-timer.h"

G_BEGIN_DECLS

#define TP_TYPE_TIMER_BUTTON (tp_timer_button_get_type ())

G_DECLARE_FINAL_TYPE (TpTimerButton, tp_timer_button, TP, TIMER_BUTTON, GtkWidget)

GtkWidget  *tp_timer_button_new          (TpTimer       *timer);
TpTimer    *tp_timer_button_get_timer    (TpTimerButton *self);
const char *tp_timer_button_get_presets  (TpTimerButton *self);
void        tp_timer_button_set_presets  (TpTimerButton *self,
                                          const char    *presets);
gboolean    tp_timer_button_get_play_sound (TpTimerButton *self);
void        tp_timer_button_set_play_sound (TpTimerButton *self,
                                            gboolean       play_sound);
gboolean    tp_timer_button_get_alarming (TpTimerButton *self);
void        tp_timer_button_dismiss_alarm (TpTimerButton *self);

G_END_DECLS
