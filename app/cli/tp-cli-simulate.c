/* tp-cli-simulate.c — `touchpoint-cli simulate`: a persona file walked through a journey file
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tp-cli-commands.h"
#include "tp-scenario.h"
#include "tp-simulator.h"

/* The text output is tab-separated, one record per line, the record
 * type first so scripts can pick lines with `grep ^finding`:
 *
 *   outcome  completed|abandoned  DROPPED_AT  REASON  SATISFACTION
 *   emotion  VALUE…                (one value per step walked)
 *   finding  STEP  RULE  SEVERITY  MESSAGE  FIX
 *
 * DROPPED_AT and REASON are empty when the walk was completed, as every
 * unset field of touchpoint-cli is. With --json the walk is printed in
 * the scenario walk format instead. */

int
tp_cli_simulate (const char  *db_path,
                 gboolean     json,
                 int          argc,
                 char       **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TpPersona) persona = NULL;
  g_autoptr(GListStore) steps = NULL;
  g_autoptr(TpWalkResult) walk = NULL;
  g_autofree char *persona_path = NULL;
  g_autofree char *journey_path = NULL;
  gboolean local_json = FALSE;
  const GOptionEntry entries[] = {
    { "persona", 0, 0, G_OPTION_ARG_FILENAME, &persona_path,
      N_("The persona file to walk"), N_("FILE") },
    { "journey", 0, 0, G_OPTION_ARG_FILENAME, &journey_path,
      N_("The journey design file to walk through"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &local_json,
      N_("Print the walk as JSON"), NULL },
    { NULL }
  };

  g_return_val_if_fail (argc >= 1, TP_CLI_EXIT_USAGE);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("Walks a persona file through a journey file and prints the walk; "
                                  "no database is needed."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tp_cli_usage ("simulate: %s", error->message);

  if (argc > 1)
    return tp_cli_usage (_("simulate: unexpected argument “%s”"), argv[1]);

  if (persona_path == NULL || journey_path == NULL)
    return tp_cli_usage (_("simulate: needs --persona FILE and --journey FILE"));

  if (!(persona = tp_scenario_load_persona_file (persona_path, &error)) ||
      !(steps = tp_scenario_load_journey_file (journey_path, &error)))
    return tp_cli_fail (error);

  walk = tp_simulate (persona, G_LIST_MODEL (steps));

  if (json || local_json)
    {
      g_autoptr(JsonNode) node = tp_scenario_walk_to_json (walk);

      tp_cli_print_json (node);
    }
  else
    {
      tp_cli_print_walk_result (walk);
    }

  return TP_CLI_EXIT_OK;
}
