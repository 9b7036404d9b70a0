/* tp-cli-journey.c — personas, journey, walk, accept, status and verdict: the done gate from a terminal
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tp-cli-commands.h"
#include "tp-scenario.h"

/* The text layouts, one record per line, the record type first so that
 * scripts can pick lines with `grep ^finding`:
 *
 *   walk      PERSONA  WALK_ID  EXPECTED  PERCEPTION_GAP
 *   outcome   completed|abandoned  DROPPED_AT  REASON  SATISFACTION
 *   emotion   VALUE…
 *   finding   STEP  RULE  SEVERITY  MESSAGE  FIX
 *
 *   accepted  STEP  RULE  REASON
 *
 *   verdict   VERDICT  BLOCKED_AT
 *   persona   NAME  VERDICT  DROPPED_AT  OPEN_FRICTIONS
 *
 * The outcome, emotion and finding records are those of `simulate`.
 * Unset fields (no expectation, not blocked) are empty. */

/**
 * tp_cli_print_walk_result:
 * @walk: a simulated or recorded walk
 *
 * Prints the outcome, emotion and finding records of a walk.
 */
void
tp_cli_print_walk_result (TpWalkResult *walk)
{
  GArray *emotion = tp_walk_result_get_emotion (walk);
  GPtrArray *findings = tp_walk_result_get_findings (walk);
  g_autofree char *dropped_at = NULL;
  g_autofree char *satisfaction = NULL;
  g_autoptr(GPtrArray) emotion_row = g_ptr_array_new_with_free_func (g_free);

  if (tp_walk_result_get_dropped_at (walk) > 0)
    dropped_at = g_strdup_printf ("%u", tp_walk_result_get_dropped_at (walk));
  satisfaction = g_strdup_printf ("%u", tp_walk_result_get_satisfaction (walk));

  tp_cli_print_row ((const char *[]) {
                      "outcome",
                      tp_outcome_to_string (tp_walk_result_get_outcome (walk)),
                      dropped_at,
                      tp_walk_result_get_reason (walk),
                      satisfaction,
                    }, 5);

  g_ptr_array_add (emotion_row, g_strdup ("emotion"));
  for (guint i = 0; i < emotion->len; i++)
    g_ptr_array_add (emotion_row, g_strdup_printf ("%d", g_array_index (emotion, int, i)));
  tp_cli_print_row ((const char * const *) emotion_row->pdata, emotion_row->len);

  for (guint i = 0; i < findings->len; i++)
    {
      const TpFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *step = g_strdup_printf ("%u", tp_finding_get_step (finding));

      tp_cli_print_row ((const char *[]) {
                          "finding",
                          step,
                          tp_finding_get_rule (finding),
                          tp_severity_to_string (tp_finding_get_severity (finding)),
                          tp_finding_get_message (finding),
                          tp_finding_get_fix (finding),
                        }, 6);
    }
}

/* Shared by the subcommands with options of their own. */
static gboolean
parse_options (const char    *command,
               const char    *synopsis,
               GOptionEntry  *entries,
               int           *argc,
               char        ***argv,
               const char   **idea_ref,
               int           *status)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *usage = g_strdup_printf ("%s %s %s", TP_CLI_PROGRAM, command, _(synopsis));
  int first = 1;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = tp_cli_usage (_("%s: %s (usage: %s)"), command, error->message, usage);
      return FALSE;
    }

  /* GOption keeps "--" when an argument after it starts with a dash. */
  if (*argc > 1 && strcmp ((*argv)[1], "--") == 0)
    first = 2;

  if (*argc <= first)
    {
      *status = tp_cli_usage (_("%s: missing IDEA (usage: %s)"), command, usage);
      return FALSE;
    }

  if (*argc > first + 1)
    {
      *status = tp_cli_usage (_("%s: unexpected argument “%s” (usage: %s)"),
                              command, (*argv)[first + 1], usage);
      return FALSE;
    }

  *idea_ref = (*argv)[first];
  return TRUE;
}

static gboolean
parse_number (const char *command,
              const char *option,
              const char *text,
              guint       min,
              guint       max,
              guint      *value,
              int        *status)
{
  guint64 number;

  if (!g_ascii_string_to_unsigned (text, 10, min, max, &number, NULL))
    {
      if (max == G_MAXUINT)
        *status = tp_cli_usage (_("%s: %s needs a whole number, %u or more, not “%s”"),
                                command, option, min, text);
      else
        *status = tp_cli_usage (_("%s: %s needs a whole number from %u to %u, not “%s”"),
                                command, option, min, max, text);
      return FALSE;
    }

  *value = (guint)number;
  return TRUE;
}

static int
refuse (const char *format,
        ...) G_GNUC_PRINTF (1, 2);

static int
refuse (const char *format,
        ...)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  error = g_error_new_literal (TP_ERROR, TP_ERROR_REFUSED, message);
  return tp_cli_fail (error);
}

/* Puts @head's members first, then @body's: scripts read the names of
 * things before their details. */
static JsonNode *
merge_objects (JsonObject *head,
               JsonNode   *body)
{
  JsonObject *rest = json_node_get_object (body);
  g_autoptr(GList) members = json_object_get_members (rest);

  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (head, l->data, json_object_dup_member (rest, l->data));

  return json_node_init_object (json_node_alloc (), head);
}

static char *
channels_to_field (TpChannel channels)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint bit = TP_CHANNEL_PHONE; bit <= TP_CHANNEL_POST; bit <<= 1)
    {
      if (channels & bit)
        g_ptr_array_add (ids, (gpointer)tp_channel_to_string (bit));
    }
  g_ptr_array_add (ids, NULL);

  return g_strjoinv (",", (char **)ids->pdata);
}

/* personas */

static JsonNode *
persona_to_json (TpPersona *persona)
{
  g_autoptr(JsonObject) head = json_object_new ();
  g_autoptr(JsonNode) body = tp_scenario_persona_to_json (persona);

  json_object_set_int_member (head, "id", tp_persona_get_id (persona));
  return merge_objects (head, body);
}

static void
print_persona_row (TpPersona *persona)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, tp_persona_get_id (persona));
  g_autofree char *channels = channels_to_field (tp_persona_get_channels (persona));
  const char *row[] = {
    id,
    tp_persona_get_name (persona),
    tp_relationship_to_string (tp_persona_get_relationship (persona)),
    channels,
    tp_level_to_string (tp_persona_get_digital_confidence (persona)),
    tp_persona_get_needs_time_to_decide (persona) ? "yes" : "no",
    tp_level_to_string (tp_persona_get_patience (persona)),
    tp_persona_get_summary (persona),
  };

  tp_cli_print_row (row, G_N_ELEMENTS (row));
}

int
tp_cli_personas (const char  *db_path,
                 gboolean     json,
                 int          argc,
                 char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(JsonArray) array = NULL;
  TpWorkshop *workshop;
  GListModel *personas;
  const char *args[1];
  guint n_personas;
  int status;

  if (!tp_cli_take_args (argc, argv, TP_CLI_PERSONAS_ARGS, args, G_N_ELEMENTS (args), &status))
    return status;

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(workshop = tp_store_find_workshop (store, args[0], &error)))
    return tp_cli_fail (error);

  personas = tp_store_get_personas (store, workshop);
  n_personas = g_list_model_get_n_items (personas);
  array = json ? json_array_sized_new (n_personas) : NULL;

  for (guint i = 0; i < n_personas; i++)
    {
      g_autoptr(TpPersona) persona = g_list_model_get_item (personas, i);

      if (json)
        json_array_add_element (array, persona_to_json (persona));
      else
        print_persona_row (persona);
    }

  if (json)
    {
      g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), array);

      tp_cli_print_json (node);
    }

  return TP_CLI_EXIT_OK;
}

/* journey */

static int
print_journey (TpStore *store,
               TpIdea  *idea)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) steps = NULL;
  g_autoptr(JsonNode) node = NULL;

  if (!(steps = tp_store_get_journey (store, idea, &error)))
    return tp_cli_fail (error);

  node = tp_scenario_journey_to_json (G_LIST_MODEL (steps));
  tp_cli_print_json (node);

  return TP_CLI_EXIT_OK;
}

/* A journey design is printed as a journey file whether or not --json
 * was given, so that `journey show` and `journey set` round-trip. */
static int
show_journey (const char  *db_path,
              int          argc,
              char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  TpIdea *idea;
  const char *args[2];
  int status;

  if (!tp_cli_take_args (argc, argv, TP_CLI_JOURNEY_SHOW_ARGS, args, G_N_ELEMENTS (args), &status))
    return status;

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(idea = tp_store_find_idea (store, args[1], &error)))
    return tp_cli_fail (error);

  return print_journey (store, idea);
}

static int
set_journey (const char  *db_path,
             gboolean     json,
             int          argc,
             char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(GListStore) steps = NULL;
  TpIdea *idea;
  const char *args[3];
  int status;

  if (!tp_cli_take_args (argc, argv, TP_CLI_JOURNEY_SET_ARGS, args, G_N_ELEMENTS (args), &status))
    return status;

  /* The file is read in full before the database is opened, so a bad
   * file cannot leave half a design behind. */
  if (!(steps = tp_scenario_load_journey_file (args[2], &error)) ||
      !(store = tp_cli_open_store (db_path, &error)) ||
      !(idea = tp_store_find_idea (store, args[1], &error)) ||
      !tp_store_set_journey (store, idea, G_LIST_MODEL (steps), &error))
    return tp_cli_fail (error);

  if (json)
    return print_journey (store, idea);

  return TP_CLI_EXIT_OK;
}

int
tp_cli_journey (const char  *db_path,
                gboolean     json,
                int          argc,
                char       **argv)
{
  g_return_val_if_fail (argc >= 1, TP_CLI_EXIT_USAGE);

  if (argc >= 2 && strcmp (argv[1], "show") == 0)
    return show_journey (db_path, argc, argv);

  if (argc >= 2 && strcmp (argv[1], "set") == 0)
    return set_journey (db_path, json, argc, argv);

  if (argc < 2)
    return tp_cli_usage (_("journey: missing “show” or “set” (usage: %s journey %s, or %s journey %s)"),
                         TP_CLI_PROGRAM, _(TP_CLI_JOURNEY_SHOW_ARGS),
                         TP_CLI_PROGRAM, _(TP_CLI_JOURNEY_SET_ARGS));

  return tp_cli_usage (_("journey: unknown action “%s”; use “show” or “set” (usage: %s journey %s, or %s journey %s)"),
                       argv[1],
                       TP_CLI_PROGRAM, _(TP_CLI_JOURNEY_SHOW_ARGS),
                       TP_CLI_PROGRAM, _(TP_CLI_JOURNEY_SET_ARGS));
}

/* walk */

static JsonNode *
walk_to_json (TpWalk *walk)
{
  g_autoptr(JsonObject) head = json_object_new ();
  g_autoptr(JsonNode) body = tp_scenario_walk_to_json (tp_walk_get_result (walk));
  JsonNode *node;
  JsonObject *object;
  int gap;

  json_object_set_string_member (head, "persona", tp_walk_get_persona_name (walk));
  json_object_set_int_member (head, "walk_id", tp_walk_get_id (walk));
  node = merge_objects (head, body);
  object = json_node_get_object (node);

  if (tp_walk_get_expected_satisfaction (walk) > 0)
    json_object_set_int_member (object, "expected_satisfaction", tp_walk_get_expected_satisfaction (walk));
  else
    json_object_set_null_member (object, "expected_satisfaction");

  if (tp_walk_get_perception_gap (walk, &gap))
    json_object_set_int_member (object, "perception_gap", gap);
  else
    json_object_set_null_member (object, "perception_gap");

  return node;
}

static void
print_walk_rows (TpWalk *walk)
{
  g_autofree char *walk_id = g_strdup_printf ("%" G_GINT64_FORMAT, tp_walk_get_id (walk));
  g_autofree char *expected = NULL;
  g_autofree char *gap_field = NULL;
  int gap;

  if (tp_walk_get_expected_satisfaction (walk) > 0)
    expected = g_strdup_printf ("%u", tp_walk_get_expected_satisfaction (walk));
  if (tp_walk_get_perception_gap (walk, &gap))
    gap_field = g_strdup_printf ("%d", gap);

  tp_cli_print_row ((const char *[]) {
                      "walk",
                      tp_walk_get_persona_name (walk),
                      walk_id,
                      expected,
                      gap_field,
                    }, 5);
  tp_cli_print_walk_result (tp_walk_get_result (walk));
}

/* An abandoned walk still exits 0: it was recorded, and the outcome is
 * data for the script, not a failure of the command. */
int
tp_cli_walk (const char  *db_path,
             gboolean     json,
             int          argc,
             char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(GPtrArray) personas = NULL;
  g_autoptr(GPtrArray) walks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *persona_name = NULL;
  g_autofree char *expect_text = NULL;
  gboolean all = FALSE;
  const char *idea_ref = NULL;
  guint expected = 0;
  TpIdea *idea;
  int status;
  GOptionEntry entries[] = {
    { "persona", 0, 0, G_OPTION_ARG_STRING, &persona_name,
      N_("The persona to walk, by name"), N_("NAME") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all,
      N_("Walk every persona linked to the idea"), NULL },
    { "expect", 0, 0, G_OPTION_ARG_STRING, &expect_text,
      N_("The satisfaction the team expects, 1–5"), N_("N") },
    { NULL }
  };

  g_return_val_if_fail (argc >= 1, TP_CLI_EXIT_USAGE);

  if (!parse_options ("walk", TP_CLI_WALK_ARGS, entries, &argc, &argv, &idea_ref, &status))
    return status;

  if ((persona_name == NULL) == !all)
    return tp_cli_usage (_("walk: give either --persona NAME or --all (usage: %s walk %s)"),
                         TP_CLI_PROGRAM, _(TP_CLI_WALK_ARGS));

  if (expect_text != NULL &&
      !parse_number ("walk", "--expect", expect_text, TP_SATISFACTION_MIN, TP_SATISFACTION_MAX,
                     &expected, &status))
    return status;

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(idea = tp_store_find_idea (store, idea_ref, &error)))
    return tp_cli_fail (error);

  if (all)
    {
      if (!(personas = tp_store_get_idea_personas (store, idea, &error)))
        return tp_cli_fail (error);
    }
  else
    {
      TpPersona *persona = tp_store_find_persona (store, tp_idea_get_workshop_id (idea),
                                                  persona_name, &error);

      if (persona == NULL)
        return tp_cli_fail (error);
      personas = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (personas, g_object_ref (persona));
    }

  if (personas->len == 0)
    return refuse (_("walk: “%s” has no persona to walk; add one to its workshop first"),
                   tp_idea_get_title (idea));

  for (guint i = 0; i < personas->len; i++)
    {
      TpWalk *walk = tp_store_walk_idea (store, idea, g_ptr_array_index (personas, i),
                                         expected, &error);

      if (walk == NULL)
        return tp_cli_fail (error);
      g_ptr_array_add (walks, walk);
    }

  if (!json)
    {
      for (guint i = 0; i < walks->len; i++)
        print_walk_rows (g_ptr_array_index (walks, i));
    }
  else if (!all)
    {
      g_autoptr(JsonNode) node = walk_to_json (g_ptr_array_index (walks, 0));

      tp_cli_print_json (node);
    }
  else
    {
      g_autoptr(JsonArray) array = json_array_sized_new (walks->len);
      g_autoptr(JsonNode) node = NULL;

      for (guint i = 0; i < walks->len; i++)
        json_array_add_element (array, walk_to_json (g_ptr_array_index (walks, i)));
      node = json_node_init_array (json_node_alloc (), array);
      tp_cli_print_json (node);
    }

  return TP_CLI_EXIT_OK;
}

/* accept */

/* Every friction at the step is accepted with the same reason: a team
 * judges a step, and rules that fire together (pressure and a half-solved
 * call, say) are one judgement. A barrier anywhere at the step refuses
 * the lot before anything is written. */
int
tp_cli_accept (const char  *db_path,
               gboolean     json,
               int          argc,
               char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(TpWalk) walk = NULL;
  g_autoptr(GArray) frictions = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(JsonArray) array = NULL;
  g_autofree char *persona_name = NULL;
  g_autofree char *step_text = NULL;
  g_autofree char *reason = NULL;
  const char *idea_ref = NULL;
  TpWalkResult *result;
  TpPersona *persona;
  TpIdea *idea;
  guint step = 0;
  int status;
  GOptionEntry entries[] = {
    { "persona", 0, 0, G_OPTION_ARG_STRING, &persona_name,
      N_("Whose latest walk, by persona name"), N_("NAME") },
    { "step", 0, 0, G_OPTION_ARG_STRING, &step_text,
      N_("The step of the friction, from 1"), N_("N") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason,
      N_("Why the team accepts it"), N_("TEXT") },
    { NULL }
  };

  g_return_val_if_fail (argc >= 1, TP_CLI_EXIT_USAGE);

  if (!parse_options ("accept", TP_CLI_ACCEPT_ARGS, entries, &argc, &argv, &idea_ref, &status))
    return status;

  if (persona_name == NULL || step_text == NULL || reason == NULL)
    return tp_cli_usage (_("accept: needs --persona NAME, --step N and --reason TEXT (usage: %s accept %s)"),
                         TP_CLI_PROGRAM, _(TP_CLI_ACCEPT_ARGS));

  if (!parse_number ("accept", "--step", step_text, 1, G_MAXUINT, &step, &status))
    return status;

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(idea = tp_store_find_idea (store, idea_ref, &error)) ||
      !(persona = tp_store_find_persona (store, tp_idea_get_workshop_id (idea), persona_name, &error)))
    return tp_cli_fail (error);

  if (!(walk = tp_store_get_latest_walk (store, idea, persona, &error)))
    {
      if (error != NULL)
        return tp_cli_fail (error);
      return tp_cli_usage (_("accept: %s has not walked “%s” yet; walk it first"),
                           tp_persona_get_name (persona), tp_idea_get_title (idea));
    }

  if (!tp_store_is_walk_current (store, walk))
    return refuse (_("accept: %s’s walk of “%s” is stale; walk again first"),
                   tp_persona_get_name (persona), tp_idea_get_title (idea));

  result = tp_walk_get_result (walk);
  for (guint i = 0; i < tp_walk_result_get_n_findings (result); i++)
    {
      TpFinding *finding = tp_walk_result_get_finding (result, i);

      if (tp_finding_get_step (finding) != step)
        continue;

      /* The core refuses a barrier and says why in words; asking it
       * before any friction is written keeps the step all-or-nothing. */
      if (tp_finding_get_severity (finding) == TP_SEVERITY_BARRIER &&
          !tp_store_accept_friction (store, walk, i, reason, &error))
        return tp_cli_fail (error);

      if (tp_finding_get_severity (finding) == TP_SEVERITY_FRICTION)
        g_array_append_val (frictions, i);
    }

  if (frictions->len == 0)
    return tp_cli_usage (_("accept: %s’s latest walk of “%s” has no friction at step %u"),
                         tp_persona_get_name (persona), tp_idea_get_title (idea), step);

  array = json ? json_array_sized_new (frictions->len) : NULL;
  for (guint i = 0; i < frictions->len; i++)
    {
      guint index = g_array_index (frictions, guint, i);
      TpFinding *finding = tp_walk_result_get_finding (result, index);
      g_autofree char *step_field = g_strdup_printf ("%u", step);

      if (!tp_store_accept_friction (store, walk, index, reason, &error))
        return tp_cli_fail (error);

      if (json)
        {
          g_autoptr(JsonBuilder) builder = json_builder_new ();

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "step");
          json_builder_add_int_value (builder, step);
          json_builder_set_member_name (builder, "rule");
          json_builder_add_string_value (builder, tp_finding_get_rule (finding));
          json_builder_set_member_name (builder, "message");
          json_builder_add_string_value (builder, tp_finding_get_message (finding));
          json_builder_set_member_name (builder, "reason");
          json_builder_add_string_value (builder, tp_walk_get_acceptance (walk, index));
          json_builder_end_object (builder);
          json_array_add_element (array, json_builder_get_root (builder));
        }
      else
        {
          tp_cli_print_row ((const char *[]) {
                              "accepted",
                              step_field,
                              tp_finding_get_rule (finding),
                              tp_walk_get_acceptance (walk, index),
                            }, 4);
        }
    }

  if (json)
    {
      g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), array);

      tp_cli_print_json (node);
    }

  return TP_CLI_EXIT_OK;
}

/* status */

int
tp_cli_status (const char  *db_path,
               gboolean     json,
               int          argc,
               char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  TpIdeaStatus idea_status;
  TpIdea *idea;
  const char *args[2];
  int status;

  if (!tp_cli_take_args (argc, argv, TP_CLI_STATUS_ARGS, args, G_N_ELEMENTS (args), &status))
    return status;

  if (!tp_idea_status_from_string (args[1], &idea_status))
    return tp_cli_usage (_("status: unknown status “%s”; use new, shortlisted, in-progress, done or parked"),
                         args[1]);

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(idea = tp_store_find_idea (store, args[0], &error)) ||
      !tp_store_set_idea_status (store, idea, idea_status, &error))
    return tp_cli_fail (error);

  if (json)
    {
      g_autoptr(JsonNode) node = tp_cli_idea_to_json (idea);

      tp_cli_print_json (node);
    }

  return TP_CLI_EXIT_OK;
}

/* verdict */

typedef struct
{
  TpPersona *persona;
  TpVerdict  verdict;
  guint      dropped_at;
  guint      open_frictions;
} PersonaVerdict;

static gboolean
judge_persona (TpStore         *store,
               TpIdea          *idea,
               TpPersona       *persona,
               PersonaVerdict  *judged,
               GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  judged->persona = persona;
  judged->verdict = tp_store_get_persona_verdict (store, idea, persona, &judged->dropped_at,
                                                  &judged->open_frictions, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static JsonNode *
verdict_to_json (TpVerdict             verdict,
                 guint                 blocked_at,
                 const PersonaVerdict *judged,
                 guint                 n_judged)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "verdict");
  json_builder_add_string_value (builder, tp_verdict_to_string (verdict));
  json_builder_set_member_name (builder, "blocked_at");
  if (blocked_at > 0)
    json_builder_add_int_value (builder, blocked_at);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "personas");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_judged; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, tp_persona_get_name (judged[i].persona));
      json_builder_set_member_name (builder, "verdict");
      json_builder_add_string_value (builder, tp_verdict_to_string (judged[i].verdict));
      json_builder_set_member_name (builder, "dropped_at");
      if (judged[i].dropped_at > 0)
        json_builder_add_int_value (builder, judged[i].dropped_at);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "open_frictions");
      json_builder_add_int_value (builder, judged[i].open_frictions);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_verdict_rows (TpVerdict             verdict,
                    guint                 blocked_at,
                    const PersonaVerdict *judged,
                    guint                 n_judged)
{
  g_autofree char *blocked_field = blocked_at > 0 ? g_strdup_printf ("%u", blocked_at) : NULL;

  tp_cli_print_row ((const char *[]) { "verdict", tp_verdict_to_string (verdict), blocked_field }, 3);

  for (guint i = 0; i < n_judged; i++)
    {
      g_autofree char *dropped_at = NULL;
      g_autofree char *open = g_strdup_printf ("%u", judged[i].open_frictions);

      if (judged[i].dropped_at > 0)
        dropped_at = g_strdup_printf ("%u", judged[i].dropped_at);

      tp_cli_print_row ((const char *[]) {
                          "persona",
                          tp_persona_get_name (judged[i].persona),
                          tp_verdict_to_string (judged[i].verdict),
                          dropped_at,
                          open,
                        }, 5);
    }
}

int
tp_cli_verdict (const char  *db_path,
                gboolean     json,
                int          argc,
                char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(GPtrArray) personas = NULL;
  g_autoptr(GArray) judged = g_array_new (FALSE, TRUE, sizeof (PersonaVerdict));
  TpVerdict verdict;
  guint blocked_at = 0;
  TpIdea *idea;
  const char *args[1];
  int status;

  if (!tp_cli_take_args (argc, argv, TP_CLI_VERDICT_ARGS, args, G_N_ELEMENTS (args), &status))
    return status;

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(idea = tp_store_find_idea (store, args[0], &error)) ||
      !(personas = tp_store_get_idea_personas (store, idea, &error)))
    return tp_cli_fail (error);

  verdict = tp_store_get_verdict (store, idea, &blocked_at);

  g_array_set_size (judged, personas->len);
  for (guint i = 0; i < personas->len; i++)
    {
      if (!judge_persona (store, idea, g_ptr_array_index (personas, i),
                          &g_array_index (judged, PersonaVerdict, i), &error))
        return tp_cli_fail (error);
    }

  if (json)
    {
      g_autoptr(JsonNode) node = verdict_to_json (verdict, blocked_at,
                                                  (const PersonaVerdict *)judged->data, judged->len);

      tp_cli_print_json (node);
    }
  else
    {
      print_verdict_rows (verdict, blocked_at, (const PersonaVerdict *)judged->data, judged->len);
    }

  return TP_CLI_EXIT_OK;
}
