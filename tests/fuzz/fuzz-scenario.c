/* fuzz-scenario.c — libFuzzer target for persona and journey files
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tp-scenario.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) persona_error = NULL;
  g_autoptr(GError) journey_error = NULL;
  g_autoptr(TpPersona) persona = tp_scenario_load_persona ((const char *)data, size, &persona_error);
  g_autoptr(GListStore) journey = tp_scenario_load_journey ((const char *)data, size, &journey_error);

  g_assert ((persona == NULL) == (persona_error != NULL));
  g_assert ((journey == NULL) == (journey_error != NULL));

  /* What loads can be walked and written back. */
  if (persona != NULL && journey != NULL)
    {
      g_autoptr(TpWalkResult) walk = tp_simulate (persona, G_LIST_MODEL (journey));
      g_autoptr(JsonNode) node = tp_scenario_walk_to_json (walk);

      g_assert (tp_walk_result_get_satisfaction (walk) >= 1 && tp_walk_result_get_satisfaction (walk) <= 5);
      g_assert (node != NULL);
    }

  return 0;
}
