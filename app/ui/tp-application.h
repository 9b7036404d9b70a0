/* tp-application.h — the Touchpoint application: store, timer, windows, app actions
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TP_TYPE_APPLICATION (tp_application_get_type ())

G_DECLARE_FINAL_TYPE (TpApplication, tp_application, TP, APPLICATION, AdwApplication)

TpApplication *tp_application_new (void);

G_END_DECLS
