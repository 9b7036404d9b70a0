/* tp-journey-editor-private.h — what the tests reach inside the journey editor
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-journey-editor.h"

G_BEGIN_DECLS

/* @field is a TpJourneyStep property name ("immediate-decision",
 * "effort", "stage", …), or "channel:" and a channel id ("channel:phone")
 * for that channel's toggle button. @step counts from 0. */
GtkWidget  *tp_journey_editor_get_field        (TpJourneyEditor *self,
                                                guint            step,
                                                const char      *field);
GtkWidget  *tp_journey_editor_get_persona_check (TpJourneyEditor *self,
                                                 guint            index);
const char *tp_journey_editor_get_last_message (TpJourneyEditor *self);

G_END_DECLS
