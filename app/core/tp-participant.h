/* tp-participant.h — someone in the workshop, with a budget of votes
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TP_PARTICIPANT_DEFAULT_BUDGET 3

#define TP_TYPE_PARTICIPANT (tp_participant_get_type ())

G_DECLARE_FINAL_TYPE (TpParticipant, tp_participant, TP, PARTICIPANT, GObject)

gint64      tp_participant_get_id          (TpParticipant *self);
gint64      tp_participant_get_workshop_id (TpParticipant *self);
const char *tp_participant_get_uuid        (TpParticipant *self);
const char *tp_participant_get_name        (TpParticipant *self);
guint       tp_participant_get_budget      (TpParticipant *self);
guint       tp_participant_get_used        (TpParticipant *self);
guint       tp_participant_get_left        (TpParticipant *self);

G_END_DECLS
