/* tp-window.h — the main window: workshops beside the ideas of the open one
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_WINDOW (tp_window_get_type ())

G_DECLARE_FINAL_TYPE (TpWindow, tp_window, TP, WINDOW, AdwApplicationWindow)

TpWindow   *tp_window_new              (TpStore    *store,
                                        GSettings  *settings);
TpStore    *tp_window_get_store        (TpWindow   *self);
TpWorkshop *tp_window_get_workshop     (TpWindow   *self);
void        tp_window_set_workshop     (TpWindow   *self,
                                        TpWorkshop *workshop);

G_END_DECLS
