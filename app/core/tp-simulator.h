/* tp-simulator.h — walks a persona through a journey design and says how it went
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tp-journey-step.h"
#include "tp-persona.h"
#include "tp-types.h"

G_BEGIN_DECLS

#define TP_SATISFACTION_MIN 1
#define TP_SATISFACTION_MAX 5

/* The curve is drawn clamped to this range; the values stay unclamped. */
#define TP_EMOTION_MIN (-3)
#define TP_EMOTION_MAX 3

#define TP_TYPE_FINDING     (tp_finding_get_type ())
#define TP_TYPE_WALK_RESULT (tp_walk_result_get_type ())

typedef struct _TpFinding    TpFinding;
typedef struct _TpWalkResult TpWalkResult;

GType               tp_finding_get_type             (void) G_GNUC_CONST;
TpFinding          *tp_finding_copy                 (const TpFinding *self);
void                tp_finding_free                 (TpFinding       *self);
guint               tp_finding_get_step             (const TpFinding *self);
const char         *tp_finding_get_rule             (const TpFinding *self);
TpSeverity          tp_finding_get_severity         (const TpFinding *self);
const char         *tp_finding_get_message          (const TpFinding *self);
const char         *tp_finding_get_fix              (const TpFinding *self);
guint               tp_finding_get_weight           (const TpFinding *self);

GType               tp_walk_result_get_type         (void) G_GNUC_CONST;
TpWalkResult       *tp_walk_result_ref              (TpWalkResult    *self);
void                tp_walk_result_unref            (TpWalkResult    *self);
TpOutcome           tp_walk_result_get_outcome      (TpWalkResult    *self);
guint               tp_walk_result_get_dropped_at   (TpWalkResult    *self);
const char         *tp_walk_result_get_reason       (TpWalkResult    *self);
const char         *tp_simulator_describe_reason    (const char      *reason);
guint               tp_walk_result_get_satisfaction (TpWalkResult    *self);
GArray             *tp_walk_result_get_emotion      (TpWalkResult    *self);
int                 tp_walk_result_get_final_emotion (TpWalkResult   *self);
GPtrArray          *tp_walk_result_get_findings     (TpWalkResult    *self);
guint               tp_walk_result_get_n_findings   (TpWalkResult    *self);
TpFinding          *tp_walk_result_get_finding      (TpWalkResult    *self,
                                                     guint            index);
guint               tp_walk_result_count_frictions  (TpWalkResult    *self);

TpFinding          *tp_finding_new                  (guint            step,
                                                     const char      *rule,
                                                     TpSeverity       severity,
                                                     guint            weight,
                                                     const char      *message,
                                                     const char      *fix);
TpWalkResult       *tp_walk_result_new_recorded     (TpOutcome        outcome,
                                                     guint            dropped_at,
                                                     const char      *reason,
                                                     guint            satisfaction,
                                                     GArray          *emotion,
                                                     GPtrArray       *findings);
TpWalkResult       *tp_simulate                     (TpPersona       *persona,
                                                     GListModel      *steps);

guint               tp_simulator_get_satisfaction   (TpOutcome        outcome,
                                                     int              final_emotion);
const char * const *tp_simulator_get_rule_ids       (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpFinding, tp_finding_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpWalkResult, tp_walk_result_unref)

G_END_DECLS
