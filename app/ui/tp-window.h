/* tp-window.h — the main window: workshops beside the open one, its phases and timer
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tp-store.h"
#include "tp-timer.h"

G_BEGIN_DECLS

#define TP_TYPE_WINDOW (tp_window_get_type ())

G_DECLARE_FINAL_TYPE (TpWindow, tp_window, TP, WINDOW, AdwApplicationWindow)

/* @timer is the countdown shared by every window of the application, so
 * it keeps running from one workshop to the next; with %NULL the window
 * keeps one of its own.
 *
 * Signals:
 *   "alarm" (TpWindow *self): the countdown reached zero while this
 *     window showed it; the application answers with a notification. */
TpWindow   *tp_window_new              (TpStore    *store,
                                        TpTimer    *timer,
                                        GSettings  *settings);
TpStore    *tp_window_get_store        (TpWindow   *self);
TpTimer    *tp_window_get_timer        (TpWindow   *self);
TpWorkshop *tp_window_get_workshop     (TpWindow   *self);
void        tp_window_set_workshop     (TpWindow   *self,
                                        TpWorkshop *workshop);
gboolean    tp_window_get_presenting   (TpWindow   *self);
void        tp_window_set_presenting   (TpWindow   *self,
                                        gboolean    presenting);
gboolean    tp_window_get_hide_authors (TpWindow   *self);
void        tp_window_set_hide_authors (TpWindow   *self,
                                        gboolean    hide_authors);
void        tp_window_open_file        (TpWindow   *self,
                                        GFile      *file);

G_END_DECLS
