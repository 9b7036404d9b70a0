/* tp-idea-journey-private.h — what the UI tests reach inside an idea's journey section
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-idea-journey.h"

G_BEGIN_DECLS

/* The radio button that chooses @status. */
GtkWidget  *tp_idea_journey_get_status_button  (TpIdeaJourney *self,
                                                TpIdeaStatus   status);
/* Why Done is unavailable, or %NULL while it is available. */
const char *tp_idea_journey_get_gate_text      (TpIdeaJourney *self);
GtkWidget  *tp_idea_journey_get_start_button   (TpIdeaJourney *self);
/* The error shown inline, or %NULL. */
const char *tp_idea_journey_get_message        (TpIdeaJourney *self);
const char *tp_idea_journey_get_verdict_text   (TpIdeaJourney *self);
/* Personas in the order shown: those the idea is walked for. */
guint       tp_idea_journey_get_n_personas     (TpIdeaJourney *self);
const char *tp_idea_journey_get_persona_status (TpIdeaJourney *self,
                                                guint          index);

G_END_DECLS
