/* tp-persona-editor.h — the window that edits a workshop's personas
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_PERSONA_EDITOR (tp_persona_editor_get_type ())

G_DECLARE_FINAL_TYPE (TpPersonaEditor, tp_persona_editor, TP, PERSONA_EDITOR, AdwWindow)

GtkWidget  *tp_persona_editor_new          (TpStore         *store,
                                            TpWorkshop      *workshop);
TpWorkshop *tp_persona_editor_get_workshop (TpPersonaEditor *self);

G_END_DECLS
