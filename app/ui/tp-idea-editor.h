/* tp-idea-editor.h — the dialog that edits an idea: its words, scores, customer journey and status
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_IDEA_EDITOR (tp_idea_editor_get_type ())

G_DECLARE_FINAL_TYPE (TpIdeaEditor, tp_idea_editor, TP, IDEA_EDITOR, AdwWindow)

/* Signals:
 *   "walk-recorded" (TpIdeaEditor *self, TpWalk *walk): a walkthrough
 *     opened from the journey section stored a new walk. */
TpIdeaEditor *tp_idea_editor_new         (TpStore      *store,
                                          TpIdea       *idea);
TpIdea       *tp_idea_editor_get_idea    (TpIdeaEditor *self);
GtkWidget    *tp_idea_editor_get_journey (TpIdeaEditor *self);
GtkWidget    *tp_idea_editor_get_scores  (TpIdeaEditor *self);
gboolean      tp_idea_editor_save        (TpIdeaEditor *self,
                                          GError      **error);

G_END_DECLS
