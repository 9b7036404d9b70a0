/* tp-workshop.h — a workshop: the question explored and who explores it
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  TP_PHASE_CAPTURE,
  TP_PHASE_GROUP,
  TP_PHASE_VOTE,
  TP_PHASE_PRIORITISE,
  TP_PHASE_WALK,
  TP_PHASE_REVIEW,
} TpPhase;

#define TP_N_PHASES (TP_PHASE_REVIEW + 1)

#define TP_TYPE_WORKSHOP (tp_workshop_get_type ())

G_DECLARE_FINAL_TYPE (TpWorkshop, tp_workshop, TP, WORKSHOP, GObject)

/* Workshops are created and changed through TpStore, which keeps these
 * objects in step with the database; the properties are for reading and
 * binding. */
gint64      tp_workshop_get_id          (TpWorkshop *self);
const char *tp_workshop_get_uuid        (TpWorkshop *self);
const char *tp_workshop_get_title       (TpWorkshop *self);
const char *tp_workshop_get_question    (TpWorkshop *self);
const char *tp_workshop_get_date        (TpWorkshop *self);
const char *tp_workshop_get_facilitator (TpWorkshop *self);
gboolean    tp_workshop_get_anonymous   (TpWorkshop *self);
gboolean    tp_workshop_get_hide_votes  (TpWorkshop *self);
guint       tp_workshop_get_n_ideas     (TpWorkshop *self);
TpPhase     tp_workshop_get_phase       (TpWorkshop *self);
gboolean    tp_workshop_get_hide_authors (TpWorkshop *self);
const char *tp_workshop_get_timer_presets (TpWorkshop *self);

const char *tp_phase_to_string          (TpPhase     phase);
gboolean    tp_phase_from_string        (const char *text,
                                         TpPhase    *phase);
const char *tp_phase_get_label          (TpPhase     phase);

G_END_DECLS
