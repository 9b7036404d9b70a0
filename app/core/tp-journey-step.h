/* tp-journey-step.h — one step of a journey design: what the organisation offers
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tp-types.h"

G_BEGIN_DECLS

#define TP_JOURNEY_STEP_EFFORT_MIN 1
#define TP_JOURNEY_STEP_EFFORT_MAX 5

#define TP_TYPE_JOURNEY_STEP (tp_journey_step_get_type ())

G_DECLARE_FINAL_TYPE (TpJourneyStep, tp_journey_step, TP, JOURNEY_STEP, GObject)

TpJourneyStep  *tp_journey_step_new                         (const char    *stage);
TpJourneyStep  *tp_journey_step_copy                        (TpJourneyStep *self);

const char     *tp_journey_step_get_stage                   (TpJourneyStep *self);
const char     *tp_journey_step_get_description             (TpJourneyStep *self);
TpChannel       tp_journey_step_get_channels                (TpJourneyStep *self);
TpInitiator     tp_journey_step_get_initiated_by            (TpJourneyStep *self);
gboolean        tp_journey_step_get_can_come_back           (TpJourneyStep *self);
gboolean        tp_journey_step_get_immediate_decision      (TpJourneyStep *self);
gboolean        tp_journey_step_get_self_service_only       (TpJourneyStep *self);
gboolean        tp_journey_step_get_resolved_in_one_contact (TpJourneyStep *self);
gboolean        tp_journey_step_get_proactive_update        (TpJourneyStep *self);
guint           tp_journey_step_get_effort                  (TpJourneyStep *self);
TpFeedback      tp_journey_step_get_feedback                (TpJourneyStep *self);

char          **tp_journey_default_stages                   (void);

G_END_DECLS
