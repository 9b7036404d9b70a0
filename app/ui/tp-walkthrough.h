/* tp-walkthrough.h — walks the team through an idea's journey as one persona
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_WALKTHROUGH (tp_walkthrough_get_type ())

G_DECLARE_FINAL_TYPE (TpWalkthrough, tp_walkthrough, TP, WALKTHROUGH, AdwWindow)

/* Signals:
 *   "edit-journey-requested" (TpWalkthrough *self): the team wants to
 *     change the journey design, after a barrier; the caller opens the
 *     journey editor (the walkthrough stays open).
 *   "walk-recorded" (TpWalkthrough *self, TpWalk *walk): a new walk was
 *     simulated and stored. */
GtkWidget *tp_walkthrough_new          (TpStore       *store,
                                        TpIdea        *idea,
                                        TpPersona     *persona);
GtkWidget *tp_walkthrough_new_for_walk (TpStore       *store,
                                        TpIdea        *idea,
                                        TpPersona     *persona,
                                        TpWalk        *walk);
TpIdea    *tp_walkthrough_get_idea     (TpWalkthrough *self);
TpPersona *tp_walkthrough_get_persona  (TpWalkthrough *self);
TpWalk    *tp_walkthrough_get_walk     (TpWalkthrough *self);

G_END_DECLS
