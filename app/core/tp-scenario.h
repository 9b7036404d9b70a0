/* tp-scenario.h — personas, journey designs and walks as JSON scenario files
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "tp-journey-step.h"
#include "tp-persona.h"
#include "tp-simulator.h"

G_BEGIN_DECLS

/* Readers are strict: an unknown key, a wrong type or an out-of-range
 * value fails with TP_ERROR_INVALID and a one-line message naming the
 * field, such as "step 2: unknown key “colour”". The *_file variants
 * put the file's name in front of the message. */
TpPersona  *tp_scenario_persona_from_json  (JsonNode      *node,
                                            GError       **error);
TpPersona  *tp_scenario_load_persona       (const char    *data,
                                            gssize         length,
                                            GError       **error);
TpPersona  *tp_scenario_load_persona_file  (const char    *path,
                                            GError       **error);

GListStore *tp_scenario_journey_from_json  (JsonNode      *node,
                                            GError       **error);
GListStore *tp_scenario_load_journey       (const char    *data,
                                            gssize         length,
                                            GError       **error);
GListStore *tp_scenario_load_journey_file  (const char    *path,
                                            GError       **error);

JsonNode   *tp_scenario_persona_to_json    (TpPersona     *persona);
JsonNode   *tp_scenario_journey_to_json    (GListModel    *steps);
JsonNode   *tp_scenario_walk_to_json       (TpWalkResult  *walk);

G_END_DECLS
