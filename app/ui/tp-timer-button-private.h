/* tp-timer-button-private.h — what the tests reach inside the timer button
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-timer-button.h"

G_BEGIN_DECLS

/* What the 250 ms timeout does, so tests can drive it on a fake clock. */
void        tp_timer_button_tick              (TpTimerButton *self);
gboolean    tp_timer_button_is_ticking        (TpTimerButton *self);
const char *tp_timer_button_get_time_text     (TpTimerButton *self);
GtkWidget  *tp_timer_button_get_start_button  (TpTimerButton *self);
/* The preset buttons of the menu, in the order of the presets. */
GtkWidget  *tp_timer_button_get_preset_button (TpTimerButton *self,
                                               guint          index);
GtkWidget  *tp_timer_button_get_reset_button  (TpTimerButton *self);
void        tp_timer_button_set_custom        (TpTimerButton *self,
                                               guint          minutes,
                                               guint          seconds);
GtkWidget  *tp_timer_button_get_custom_button (TpTimerButton *self);

G_END_DECLS
