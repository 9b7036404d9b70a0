/* tp-persona.h — a simulated customer and the traits the simulator reads
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tp-types.h"

G_BEGIN_DECLS

#define TP_TYPE_PERSONA (tp_persona_get_type ())

G_DECLARE_FINAL_TYPE (TpPersona, tp_persona, TP, PERSONA, GObject)

TpPersona      *tp_persona_new                      (const char *name);
GPtrArray      *tp_persona_new_defaults             (void);

gint64          tp_persona_get_id                   (TpPersona  *self);
gint64          tp_persona_get_workshop_id          (TpPersona  *self);
const char     *tp_persona_get_uuid                 (TpPersona  *self);
const char     *tp_persona_get_name                 (TpPersona  *self);
const char     *tp_persona_get_summary              (TpPersona  *self);
TpChannel       tp_persona_get_channels             (TpPersona  *self);
TpLevel         tp_persona_get_digital_confidence   (TpPersona  *self);
gboolean        tp_persona_get_needs_time_to_decide (TpPersona  *self);
TpLevel         tp_persona_get_patience             (TpPersona  *self);
TpRelationship  tp_persona_get_relationship         (TpPersona  *self);
gint64          tp_persona_get_revision             (TpPersona  *self);

guint           tp_persona_patience_limit           (TpLevel     patience);

G_END_DECLS
