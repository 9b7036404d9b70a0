/* tp-idea-journey.h — an idea's customer journey at a glance, its walks and its status
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_IDEA_JOURNEY (tp_idea_journey_get_type ())

G_DECLARE_FINAL_TYPE (TpIdeaJourney, tp_idea_journey, TP, IDEA_JOURNEY, GtkWidget)

/* Signals:
 *   "walk-recorded" (TpIdeaJourney *self, TpWalk *walk): a walkthrough
 *     opened from here simulated and stored a new walk. */
GtkWidget *tp_idea_journey_new      (TpStore       *store,
                                     TpIdea        *idea);
TpIdea    *tp_idea_journey_get_idea (TpIdeaJourney *self);
void       tp_idea_journey_refresh  (TpIdeaJourney *self);

G_END_DECLS
