/* test-scenario.c — reading and writing scenario files, and the seed stories
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tp-error.h"
#include "tp-scenario.h"

typedef struct
{
  const char *persona;
  const char *journey;
  const char *expected;
} Seed;

static const Seed seeds[] = {
  { "careful-switcher.json", "seed1-journey.json", "seed1-expected.json" },
  { "careful-switcher.json", "seed1-come-back-journey.json", "seed1-come-back-expected.json" },
  { "mover.json", "seed2-journey.json", "seed2-expected.json" },
};

typedef struct
{
  const char *file;
  const char *message;
} BadFile;

static const BadFile bad_journeys[] = {
  { "journey-unknown-key.json", "step 2: unknown key “colour”" },
  { "journey-bad-effort.json", "step 1: “effort” must be a whole number from 1 to 5" },
  { "journey-fractional-effort.json", "step 1: “effort” must be a whole number from 1 to 5" },
  { "journey-bad-boolean.json", "step 1: “can_come_back” must be true or false" },
  { "journey-bad-feedback.json", "step 1: “feedback” must be one of none, agent_only, whole_experience" },
  { "journey-no-steps.json", "“steps” must list at least one step" },
  { "journey-step-no-channels.json",
    "step 2: “channels” must list at least one of phone, email, web, app, chat, in_person, post" },
  { "journey-unknown-channel.json",
    "step 1: “channels”: unknown channel “fax”, use phone, email, web, app, chat, in_person, post" },
  { "journey-step-no-stage.json", "step 1: “stage” is required" },
  { "journey-not-json.json", NULL },
};

static const BadFile bad_personas[] = {
  { "persona-no-name.json", "“name” is required" },
  { "persona-no-channels.json",
    "“channels” must list at least one of phone, email, web, app, chat, in_person, post" },
  { "persona-bad-patience.json", "“patience” must be one of low, medium, high" },
  { "persona-unknown-key.json", "unknown key “age”" },
  { "persona-not-object.json", "a persona must be a JSON object" },
};

static char *
scenario_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "scenarios", name, NULL);
}

static char *
bad_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "scenarios", "bad", name, NULL);
}

static JsonNode *
parse_file (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

static void
assert_json_equal (JsonNode *actual,
                   JsonNode *expected)
{
  if (!json_node_equal (actual, expected))
    {
      g_autofree char *a = json_to_string (actual, TRUE);
      g_autofree char *e = json_to_string (expected, TRUE);

      g_test_message ("expected:\n%s\nactual:\n%s", e, a);
      g_test_fail ();
    }
}

static void
test_journey_defaults (void)
{
  g_autofree char *path = scenario_path ("seed1-journey.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) steps = tp_scenario_load_journey_file (path, &error);
  g_autoptr(TpJourneyStep) first = NULL;
  g_autoptr(TpJourneyStep) decide = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (steps)), ==, 5);

  first = g_list_model_get_item (G_LIST_MODEL (steps), 0);
  g_assert_cmpstr (tp_journey_step_get_stage (first), ==, "Discover");
  g_assert_cmpuint (tp_journey_step_get_channels (first), ==, TP_CHANNEL_EMAIL);
  g_assert_cmpint (tp_journey_step_get_initiated_by (first), ==, TP_INITIATOR_COMPANY);
  g_assert_false (tp_journey_step_get_can_come_back (first));
  g_assert_false (tp_journey_step_get_immediate_decision (first));
  g_assert_false (tp_journey_step_get_self_service_only (first));
  g_assert_true (tp_journey_step_get_resolved_in_one_contact (first));
  g_assert_false (tp_journey_step_get_proactive_update (first));
  g_assert_cmpuint (tp_journey_step_get_effort (first), ==, 1);
  g_assert_cmpint (tp_journey_step_get_feedback (first), ==, TP_FEEDBACK_NONE);

  decide = g_list_model_get_item (G_LIST_MODEL (steps), 2);
  g_assert_cmpstr (tp_journey_step_get_description (decide), ==, "Sales call after the engineer's visit");
  g_assert_true (tp_journey_step_get_immediate_decision (decide));
  g_assert_cmpuint (tp_journey_step_get_effort (decide), ==, 2);
}

static void
test_minimal_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpPersona) persona = NULL;
  g_autoptr(GListStore) steps = NULL;
  g_autoptr(TpJourneyStep) step = NULL;

  persona = tp_scenario_load_persona ("{ \"name\": \"  Sam \", \"channels\": [\"post\", \"chat\"] }", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tp_persona_get_name (persona), ==, "Sam");
  g_assert_cmpstr (tp_persona_get_summary (persona), ==, "");
  g_assert_cmpuint (tp_persona_get_channels (persona), ==, TP_CHANNEL_POST | TP_CHANNEL_CHAT);
  g_assert_cmpint (tp_persona_get_digital_confidence (persona), ==, TP_LEVEL_MEDIUM);
  g_assert_cmpint (tp_persona_get_patience (persona), ==, TP_LEVEL_MEDIUM);
  g_assert_false (tp_persona_get_needs_time_to_decide (persona));
  g_assert_cmpint (tp_persona_get_relationship (persona), ==, TP_RELATIONSHIP_PROSPECT);

  steps = tp_scenario_load_journey ("{ \"steps\": [ { \"stage\": \"Use\", \"channels\": [\"app\"] } ] }", -1, &error);
  g_assert_no_error (error);
  step = g_list_model_get_item (G_LIST_MODEL (steps), 0);
  g_assert_cmpstr (tp_journey_step_get_description (step), ==, "");
  g_assert_true (tp_journey_step_get_resolved_in_one_contact (step));
}

static void
test_default_personas_match_files (void)
{
  g_autoptr(GPtrArray) personas = tp_persona_new_defaults ();
  const char *files[] = { "careful-switcher.json", "mover.json" };

  g_assert_cmpuint (personas->len, ==, 3);
  g_assert_cmpstr (tp_persona_get_name (g_ptr_array_index (personas, 2)), ==, "The app native");
  g_assert_cmpint (tp_persona_get_patience (g_ptr_array_index (personas, 2)), ==, TP_LEVEL_LOW);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = scenario_path (files[i]);
      g_autoptr(JsonNode) expected = parse_file (path);
      g_autoptr(JsonNode) actual = tp_scenario_persona_to_json (g_ptr_array_index (personas, i));

      assert_json_equal (actual, expected);
    }
}

static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) personas = tp_persona_new_defaults ();
  g_autofree char *path = scenario_path ("seed2-journey.json");
  g_autoptr(GListStore) steps = tp_scenario_load_journey_file (path, NULL);
  g_autoptr(JsonNode) journey_json = tp_scenario_journey_to_json (G_LIST_MODEL (steps));
  g_autoptr(GListStore) again = NULL;
  g_autoptr(JsonNode) again_json = NULL;
  g_autoptr(GError) error = NULL;

  again = tp_scenario_journey_from_json (journey_json, &error);
  g_assert_no_error (error);
  again_json = tp_scenario_journey_to_json (G_LIST_MODEL (again));
  assert_json_equal (again_json, journey_json);

  for (guint i = 0; i < personas->len; i++)
    {
      g_autoptr(JsonNode) node = tp_scenario_persona_to_json (g_ptr_array_index (personas, i));
      g_autoptr(TpPersona) copy = tp_scenario_persona_from_json (node, &error);
      g_autoptr(JsonNode) copy_node = NULL;

      g_assert_no_error (error);
      copy_node = tp_scenario_persona_to_json (copy);
      assert_json_equal (copy_node, node);
    }
}

static void
test_seeds (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *persona_path = scenario_path (seeds[i].persona);
      g_autofree char *journey_path = scenario_path (seeds[i].journey);
      g_autofree char *expected_path = scenario_path (seeds[i].expected);
      g_autoptr(GError) error = NULL;
      g_autoptr(TpPersona) persona = tp_scenario_load_persona_file (persona_path, &error);
      g_autoptr(GListStore) steps = tp_scenario_load_journey_file (journey_path, &error);
      g_autoptr(TpWalkResult) walk = NULL;
      g_autoptr(JsonNode) actual = NULL;
      g_autoptr(JsonNode) expected = parse_file (expected_path);

      g_assert_no_error (error);
      walk = tp_simulate (persona, G_LIST_MODEL (steps));
      actual = tp_scenario_walk_to_json (walk);
      assert_json_equal (actual, expected);
    }
}

static void
test_seed1_story (void)
{
  g_autofree char *persona_path = scenario_path ("careful-switcher.json");
  g_autofree char *journey_path = scenario_path ("seed1-journey.json");
  g_autofree char *come_back_path = scenario_path ("seed1-come-back-journey.json");
  g_autoptr(TpPersona) persona = tp_scenario_load_persona_file (persona_path, NULL);
  g_autoptr(GListStore) journey = tp_scenario_load_journey_file (journey_path, NULL);
  g_autoptr(GListStore) come_back = tp_scenario_load_journey_file (come_back_path, NULL);
  g_autoptr(TpWalkResult) stuck = tp_simulate (persona, G_LIST_MODEL (journey));
  g_autoptr(TpWalkResult) through = tp_simulate (persona, G_LIST_MODEL (come_back));

  g_assert_cmpint (tp_walk_result_get_outcome (stuck), ==, TP_OUTCOME_ABANDONED);
  g_assert_cmpuint (tp_walk_result_get_dropped_at (stuck), ==, 3);
  g_assert_cmpstr (tp_walk_result_get_reason (stuck), ==, "no-way-back");

  g_assert_cmpint (tp_walk_result_get_outcome (through), ==, TP_OUTCOME_COMPLETED);
}

static void
assert_bad (const BadFile *bad,
            gboolean       persona)
{
  g_autofree char *path = bad_path (bad->file);
  g_autofree char *data = NULL;
  g_autofree char *prefixed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) file_error = NULL;
  g_autoptr(GObject) result = NULL;
  g_autoptr(GObject) file_result = NULL;
  gsize length;

  g_test_message ("%s", bad->file);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));

  if (persona)
    {
      result = G_OBJECT (tp_scenario_load_persona (data, length, &error));
      file_result = G_OBJECT (tp_scenario_load_persona_file (path, &file_error));
    }
  else
    {
      result = G_OBJECT (tp_scenario_load_journey (data, length, &error));
      file_result = G_OBJECT (tp_scenario_load_journey_file (path, &file_error));
    }

  g_assert_null (result);
  g_assert_null (file_result);
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_assert_error (file_error, TP_ERROR, TP_ERROR_INVALID);
  g_assert_null (strchr (error->message, '\n'));

  if (bad->message != NULL)
    g_assert_cmpstr (error->message, ==, bad->message);
  else
    g_assert_true (g_str_has_prefix (error->message, "not valid JSON: "));

  prefixed = g_strdup_printf ("%s: %s", path, error->message);
  g_assert_cmpstr (file_error->message, ==, prefixed);
}

static void
test_bad_journeys (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_journeys); i++)
    assert_bad (&bad_journeys[i], FALSE);
}

static void
test_bad_personas (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_personas); i++)
    assert_bad (&bad_personas[i], TRUE);
}

static void
test_bad_data (void)
{
  const struct {
    gboolean    persona;
    const char *data;
    const char *message;
  } cases[] = {
    { TRUE, "{ \"name\": 5, \"channels\": [\"phone\"] }", "“name” must be text" },
    { TRUE, "{ \"name\": \" \", \"channels\": [\"phone\"] }", "“name” must not be empty" },
    { TRUE, "{ \"name\": \"Sam\", \"channels\": \"phone\" }",
      "“channels” must list at least one of phone, email, web, app, chat, in_person, post" },
    { TRUE, "{ \"name\": \"Sam\", \"channels\": [\"phone\"], \"relationship\": \"friend\" }",
      "“relationship” must be one of prospect, existing" },
    { TRUE, "{ \"name\": \"Sam\", \"channels\": [\"phone\"], \"needs_time_to_decide\": 1 }",
      "“needs_time_to_decide” must be true or false" },
    { TRUE, "", NULL },
    { FALSE, "{ \"steps\": {} }", "“steps” must list at least one step" },
    { FALSE, "{ }", "“steps” must list at least one step" },
    { FALSE, "{ \"steps\": [ 3 ] }", "step 1 must be a JSON object" },
    { FALSE, "{ \"steps\": [ { \"stage\": \"Use\", \"channels\": [\"app\"] } ], \"title\": \"x\" }",
      "unknown key “title”" },
    { FALSE, "{ \"steps\": [ { \"stage\": \"Use\", \"channels\": [\"app\"], \"effort\": \"2\" } ] }",
      "step 1: “effort” must be a whole number from 1 to 5" },
    { FALSE, "{ \"steps\": [ { \"stage\": \"Use\", \"channels\": [\"app\"], \"effort\": 0 } ] }",
      "step 1: “effort” must be a whole number from 1 to 5" },
    { FALSE, "{ \"steps\": [ { \"stage\": \"Use\", \"channels\": [\"app\"], \"initiated_by\": \"them\" } ] }",
      "step 1: “initiated_by” must be one of company, customer" },
    { FALSE, "[ 1, 2", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GObject) result = NULL;

      g_test_message ("%s", cases[i].data);
      if (cases[i].persona)
        result = G_OBJECT (tp_scenario_load_persona (cases[i].data, -1, &error));
      else
        result = G_OBJECT (tp_scenario_load_journey (cases[i].data, -1, &error));

      g_assert_null (result);
      g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
      g_assert_null (strchr (error->message, '\n'));
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_missing_file (void)
{
  g_autofree char *path = scenario_path ("no-such-file.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(TpPersona) persona = tp_scenario_load_persona_file (path, &error);

  g_assert_null (persona);
  g_assert_error (error, TP_ERROR, TP_ERROR_NOT_FOUND);
}

static void
test_types (void)
{
  g_auto(GStrv) stages = tp_journey_default_stages ();
  g_autofree char *labels = tp_channels_to_label (TP_CHANNEL_PHONE | TP_CHANNEL_IN_PERSON);
  TpChannel channel;
  TpFeedback feedback;

  g_assert_cmpuint (g_strv_length (stages), ==, 7);
  g_assert_cmpstr (stages[0], ==, "Discover");
  g_assert_cmpstr (stages[6], ==, "Give feedback");

  g_assert_cmpstr (labels, ==, "Phone, In person");
  g_assert_true (tp_channel_from_string ("in_person", &channel));
  g_assert_cmpuint (channel, ==, TP_CHANNEL_IN_PERSON);
  g_assert_false (tp_channel_from_string ("In person", &channel));
  g_assert_cmpstr (tp_channel_to_string (TP_CHANNEL_POST), ==, "post");
  g_assert_null (tp_channel_to_string (TP_CHANNEL_PHONE | TP_CHANNEL_POST));
  g_assert_true (tp_feedback_from_string ("whole_experience", &feedback));
  g_assert_cmpint (feedback, ==, TP_FEEDBACK_WHOLE_EXPERIENCE);
  g_assert_cmpstr (tp_level_get_label (TP_LEVEL_HIGH), ==, "High");
  g_assert_cmpstr (tp_relationship_to_string (TP_RELATIONSHIP_EXISTING), ==, "existing");
  g_assert_cmpstr (tp_initiator_to_string (TP_INITIATOR_CUSTOMER), ==, "customer");
  g_assert_cmpstr (tp_severity_to_string (TP_SEVERITY_BARRIER), ==, "barrier");
  g_assert_cmpstr (tp_outcome_get_label (TP_OUTCOME_ABANDONED), ==, "Abandoned");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenario/journey-defaults", test_journey_defaults);
  g_test_add_func ("/scenario/minimal-files", test_minimal_files);
  g_test_add_func ("/scenario/default-personas", test_default_personas_match_files);
  g_test_add_func ("/scenario/round-trip", test_round_trip);
  g_test_add_func ("/scenario/seeds", test_seeds);
  g_test_add_func ("/scenario/seed1-story", test_seed1_story);
  g_test_add_func ("/scenario/bad-journeys", test_bad_journeys);
  g_test_add_func ("/scenario/bad-personas", test_bad_personas);
  g_test_add_func ("/scenario/bad-data", test_bad_data);
  g_test_add_func ("/scenario/missing-file", test_missing_file);
  g_test_add_func ("/scenario/types", test_types);

  return g_test_run ();
}
