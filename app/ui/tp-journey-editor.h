/* tp-journey-editor.h — the window that designs an idea's customer journey
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_JOURNEY_EDITOR (tp_journey_editor_get_type ())

G_DECLARE_FINAL_TYPE (TpJourneyEditor, tp_journey_editor, TP, JOURNEY_EDITOR, AdwWindow)

GtkWidget *tp_journey_editor_new      (TpStore         *store,
                                       TpIdea          *idea);
TpIdea    *tp_journey_editor_get_idea (TpJourneyEditor *self);

G_END_DECLS
