/* tp-walk.h — a recorded walk of one persona through one idea's journey
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tp-simulator.h"

G_BEGIN_DECLS

/* How an idea's journey stands for the done gate, from best to worst is
 * not an order: each says what the team has to do next. */
typedef enum
{
  TP_VERDICT_NOT_WALKED,
  TP_VERDICT_BLOCKED,
  TP_VERDICT_OPEN_FRICTIONS,
  TP_VERDICT_STALE,
  TP_VERDICT_PASSED,
} TpVerdict;

#define TP_TYPE_WALK (tp_walk_get_type ())

G_DECLARE_FINAL_TYPE (TpWalk, tp_walk, TP, WALK, GObject)

gint64        tp_walk_get_id                    (TpWalk *self);
const char   *tp_walk_get_uuid                  (TpWalk *self);
gint64        tp_walk_get_idea_id               (TpWalk *self);
gint64        tp_walk_get_persona_id            (TpWalk *self);
const char   *tp_walk_get_persona_name          (TpWalk *self);
gint64        tp_walk_get_journey_revision      (TpWalk *self);
gint64        tp_walk_get_persona_revision      (TpWalk *self);
guint         tp_walk_get_expected_satisfaction (TpWalk *self);
const char   *tp_walk_get_created_at            (TpWalk *self);
TpWalkResult *tp_walk_get_result                (TpWalk *self);

const char   *tp_walk_get_note                  (TpWalk *self,
                                                 guint   step);
const char   *tp_walk_get_acceptance            (TpWalk *self,
                                                 guint   finding);
guint         tp_walk_count_open_frictions      (TpWalk *self);
gboolean      tp_walk_get_perception_gap        (TpWalk *self,
                                                 int    *gap);

const char   *tp_verdict_to_string              (TpVerdict verdict);
const char   *tp_verdict_get_label              (TpVerdict verdict);

G_END_DECLS
