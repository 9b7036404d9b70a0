/* test-cli-journey.c — personas, journeys, walks and the done gate through the real touchpoint-cli
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cli-runner.h"

#define SWITCHER "The careful switcher"
#define MOVER    "The mover"
#define NATIVE   "The app native"

static const char * const default_personas[] = { SWITCHER, MOVER, NATIVE };

/* Makes a workshop "Heat pumps" with one idea and returns the idea's id. */
static char *
create_idea (CliFixture *fixture,
             const char *title)
{
  g_autoptr(CliResult) workshop = cli_run (fixture, "new-workshop", "Heat pumps", NULL);
  g_autoptr(CliResult) added = NULL;
  g_auto(GStrv) fields = NULL;

  cli_assert_success (workshop);
  added = cli_run (fixture, "add", "Heat pumps", title, NULL);
  cli_assert_success (added);
  fields = g_strsplit (g_strchomp (added->out), "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 2);

  return g_strdup (fields[0]);
}

static char *
show_journey (CliFixture *fixture,
              const char *idea)
{
  g_autoptr(CliResult) shown = cli_run (fixture, "journey", "show", idea, NULL);

  cli_assert_success (shown);
  return g_steal_pointer (&shown->out);
}

static void
set_journey (CliFixture *fixture,
             const char *idea,
             const char *fixture_name)
{
  g_autofree char *path = cli_test_data_path ("cli", "fixtures", fixture_name, NULL);
  g_autoptr(CliResult) set = cli_run (fixture, "journey", "set", idea, path, NULL);

  cli_assert_success (set);
  g_assert_cmpstr (set->out, ==, "");
}

static JsonNode *
load_json_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return cli_parse_json (contents);
}

static void
walk_all (CliFixture *fixture,
          const char *idea)
{
  g_autoptr(CliResult) walked = cli_run (fixture, "walk", idea, "--all", NULL);
  g_auto(GStrv) lines = NULL;
  guint n_walks = 0;

  cli_assert_success (walked);
  lines = cli_split_lines (walked->out);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "walk\t"))
        n_walks++;
    }
  g_assert_cmpuint (n_walks, ==, G_N_ELEMENTS (default_personas));
}

static char *
idea_status (CliFixture *fixture,
             const char *idea)
{
  g_autoptr(CliResult) listed = cli_run (fixture, "ideas", "Heat pumps", NULL);
  g_auto(GStrv) lines = NULL;

  cli_assert_success (listed);
  lines = cli_split_lines (listed->out);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      if (g_strcmp0 (fields[0], idea) == 0)
        return g_strdup (fields[2]);
    }

  g_assert_not_reached ();
}

/* The first line of `verdict`: "verdict", the id and the blocked step. */
static GStrv
idea_verdict (CliFixture *fixture,
              const char *idea)
{
  g_autoptr(CliResult) verdict = cli_run (fixture, "verdict", idea, NULL);
  g_auto(GStrv) lines = NULL;

  cli_assert_success (verdict);
  lines = cli_split_lines (verdict->out);
  g_assert_nonnull (lines[0]);
  g_assert_true (g_str_has_prefix (lines[0], "verdict\t"));

  return g_strsplit (lines[0], "\t", -1);
}

static void
test_personas (CliFixture    *fixture,
               gconstpointer  data)
{
  g_autofree char *idea = create_idea (fixture, "Inbound line");
  g_autoptr(CliResult) tsv = cli_run (fixture, "personas", "Heat pumps", NULL);
  g_autoptr(CliResult) json = NULL;
  g_autoptr(CliResult) unknown = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *array;

  cli_assert_success (tsv);
  lines = cli_split_lines (tsv->out);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 8);
      g_assert_true (g_regex_match_simple ("^[0-9]+$", fields[0], 0, 0));
      g_assert_cmpstr (fields[1], ==, default_personas[i]);
      g_assert_cmpstr (fields[7], !=, "");
      if (i == 0)
        {
          g_assert_cmpstr (fields[2], ==, "prospect");
          g_assert_cmpstr (fields[3], ==, "phone,email,in_person");
          g_assert_cmpstr (fields[4], ==, "low");
          g_assert_cmpstr (fields[5], ==, "yes");
          g_assert_cmpstr (fields[6], ==, "medium");
        }
      else if (i == 1)
        {
          g_assert_cmpstr (fields[2], ==, "existing");
          g_assert_cmpstr (fields[3], ==, "phone,web");
        }
      else
        {
          g_assert_cmpstr (fields[5], ==, "no");
          g_assert_cmpstr (fields[6], ==, "low");
        }
    }

  json = cli_run (fixture, "--json", "personas", "Heat pumps", NULL);
  cli_assert_success (json);
  node = cli_parse_json (json->out);
  array = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (array), ==, 3);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *persona = json_array_get_object_element (array, i);

      g_assert_true (json_object_has_member (persona, "id"));
      g_assert_cmpstr (json_object_get_string_member (persona, "name"), ==, default_personas[i]);
      g_assert_true (json_object_has_member (persona, "summary"));
      g_assert_true (json_object_has_member (persona, "channels"));
      g_assert_true (json_object_has_member (persona, "digital_confidence"));
      g_assert_true (json_object_has_member (persona, "needs_time_to_decide"));
      g_assert_true (json_object_has_member (persona, "patience"));
      g_assert_true (json_object_has_member (persona, "relationship"));
    }
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (array, 0),
                                                 "needs_time_to_decide"));

  unknown = cli_run (fixture, "personas", "Cold pumps", NULL);
  cli_assert_failure (unknown, 2, "“Cold pumps”");
}

static void
test_journey_show_default (CliFixture    *fixture,
                           gconstpointer  data)
{
  const char *stages[] = { "Discover", "Contact", "Decide", "Sign up", "Use", "Get help", "Give feedback" };
  g_autofree char *idea = create_idea (fixture, "Inbound line");
  g_autofree char *shown = show_journey (fixture, idea);
  g_autoptr(CliResult) as_json = cli_run (fixture, "--json", "journey", "show", "Inbound line", NULL);
  g_autoptr(JsonNode) node = cli_parse_json (shown);
  JsonArray *steps;

  /* Always the journey file format, --json or not. */
  cli_assert_success (as_json);
  g_assert_cmpstr (as_json->out, ==, shown);

  steps = json_object_get_array_member (json_node_get_object (node), "steps");
  g_assert_cmpuint (json_array_get_length (steps), ==, G_N_ELEMENTS (stages));
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      JsonObject *step = json_array_get_object_element (steps, i);

      g_assert_cmpstr (json_object_get_string_member (step, "stage"), ==, stages[i]);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (step, "channels")), >, 0);
      g_assert_true (json_object_has_member (step, "effort"));
    }
}

static void
test_journey_round_trip (CliFixture    *fixture,
                         gconstpointer  data)
{
  g_autofree char *idea = create_idea (fixture, "Inbound line");
  g_autofree char *good = cli_test_data_path ("cli", "fixtures", "journey-frictions.json", NULL);
  g_autoptr(JsonNode) expected = load_json_file (good);
  g_autoptr(JsonNode) shown_node = NULL;
  g_autoptr(CliResult) second = NULL;
  g_autoptr(CliResult) copied = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *copy_shown = NULL;

  set_journey (fixture, idea, "journey-frictions.json");
  shown = show_journey (fixture, idea);
  shown_node = cli_parse_json (shown);
  g_assert_true (json_node_equal (shown_node, expected));

  /* What show prints, set reads back: into another idea and onto itself. */
  saved = cli_fixture_write_file (fixture, "shown.json", shown);
  second = cli_run (fixture, "add", "Heat pumps", "Call-back promise", NULL);
  cli_assert_success (second);
  copied = cli_run (fixture, "journey", "set", "Call-back promise", saved, NULL);
  cli_assert_success (copied);
  copy_shown = show_journey (fixture, "Call-back promise");
  g_assert_cmpstr (copy_shown, ==, shown);

  g_clear_pointer (&copied, cli_result_free);
  copied = cli_run (fixture, "journey", "set", idea, saved, NULL);
  cli_assert_success (copied);
  g_clear_pointer (&copy_shown, g_free);
  copy_shown = show_journey (fixture, idea);
  g_assert_cmpstr (copy_shown, ==, shown);
}

static void
test_journey_bad_files (CliFixture    *fixture,
                        gconstpointer  data)
{
  const struct {
    const char *file;
    const char *needle;
  } cases[] = {
    { "journey-unknown-key.json", "“colour”" },
    { "journey-bad-effort.json", "“effort”" },
    { "journey-no-steps.json", "“steps”" },
    { "journey-step-no-channels.json", "step 2: “channels”" },
    { "journey-not-json.json", "JSON" },
    { "journey-bad-boolean.json", "“can_come_back”" },
  };
  g_autofree char *idea = create_idea (fixture, "Inbound line");
  g_autofree char *before = NULL;
  g_autofree char *missing = g_build_filename (fixture->tmp_dir, "missing.json", NULL);
  g_autoptr(CliResult) no_file = NULL;
  g_autoptr(CliResult) no_idea = NULL;
  g_autofree char *good = cli_test_data_path ("cli", "fixtures", "journey-frictions.json", NULL);

  set_journey (fixture, idea, "journey-no-way-back.json");
  before = show_journey (fixture, idea);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = cli_test_data_path ("simulator", "scenarios", "bad", cases[i].file, NULL);
      g_autoptr(CliResult) set = cli_run (fixture, "journey", "set", idea, path, NULL);
      g_autofree char *after = NULL;

      cli_assert_failure (set, 2, cases[i].needle);
      cli_assert_failure (set, 2, cases[i].file);

      after = show_journey (fixture, idea);
      g_assert_cmpstr (after, ==, before);
    }

  no_file = cli_run (fixture, "journey", "set", idea, missing, NULL);
  cli_assert_failure (no_file, 2, "missing.json");

  no_idea = cli_run (fixture, "journey", "set", "No such idea", good, NULL);
  cli_assert_failure (no_idea, 2, "“No such idea”");

  g_clear_pointer (&before, g_free);
  before = show_journey (fixture, idea);
  g_assert_nonnull (strstr (before, "engineer's visit"));
}

/* The whole story of PRODUCT.md's done gate, told through the command
 * line the way a CI script would tell it. */
static void
test_done_gate (CliFixture    *fixture,
                gconstpointer  data)
{
  g_autofree char *idea = create_idea (fixture, "Heat pump offer");
  g_autoptr(CliResult) done = NULL;
  g_autoptr(CliResult) barrier = NULL;
  g_autoptr(CliResult) unaccepted = NULL;
  g_autoptr(CliResult) back = NULL;
  g_autoptr(CliResult) stale = NULL;
  g_autofree char *status = NULL;
  g_auto(GStrv) verdict = NULL;

  /* Nobody has walked it. */
  done = cli_run (fixture, "status", idea, "done", NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (default_personas); i++)
    cli_assert_failure (done, 1, default_personas[i]);
  cli_assert_failure (done, 1, "not walked");
  verdict = idea_verdict (fixture, idea);
  g_assert_cmpstr (verdict[1], ==, "not-walked");
  g_clear_pointer (&verdict, g_strfreev);

  /* A sales call that wants an answer now: the careful switcher leaves. */
  set_journey (fixture, idea, "journey-no-way-back.json");
  walk_all (fixture, idea);
  g_clear_pointer (&done, cli_result_free);
  done = cli_run (fixture, "status", idea, "done", NULL);
  cli_assert_failure (done, 1, SWITCHER " dropped out at step 2 (no way back to decide later)");
  verdict = idea_verdict (fixture, idea);
  g_assert_cmpstr (verdict[1], ==, "blocked");
  g_assert_cmpstr (verdict[2], ==, "2");
  g_clear_pointer (&verdict, g_strfreev);

  barrier = cli_run (fixture, "accept", idea, "--persona", SWITCHER, "--step", "2",
                     "--reason", "They can ring the sales line", NULL);
  cli_assert_failure (barrier, 1, "barrier cannot be accepted");

  /* Let the customer come back; the call still cannot finish the job. */
  set_journey (fixture, idea, "journey-frictions.json");
  walk_all (fixture, idea);
  g_clear_pointer (&done, cli_result_free);
  done = cli_run (fixture, "status", idea, "done", NULL);
  cli_assert_failure (done, 1, "nobody accepted");
  for (gsize i = 0; i < G_N_ELEMENTS (default_personas); i++)
    cli_assert_failure (done, 1, default_personas[i]);
  verdict = idea_verdict (fixture, idea);
  g_assert_cmpstr (verdict[1], ==, "open-frictions");
  g_clear_pointer (&verdict, g_strfreev);

  for (gsize i = 0; i < G_N_ELEMENTS (default_personas); i++)
    {
      g_autoptr(CliResult) accepted = cli_run (fixture, "accept", idea,
                                               "--persona", default_personas[i],
                                               "--step", "2",
                                               "--reason", "A second call is fine while we hire",
                                               NULL);
      g_auto(GStrv) lines = NULL;

      cli_assert_success (accepted);
      lines = cli_split_lines (accepted->out);
      /* The switcher felt pushed and was not helped at the same step:
       * both frictions go with the one reason. */
      g_assert_cmpuint (g_strv_length (lines), ==, i == 0 ? 2 : 1);
      g_assert_true (g_str_has_prefix (lines[0], "accepted\t2\t"));
      g_assert_true (g_str_has_suffix (lines[0], "\tA second call is fine while we hire"));
    }

  g_clear_pointer (&done, cli_result_free);
  done = cli_run (fixture, "status", idea, "done", NULL);
  cli_assert_success (done);
  g_assert_cmpstr (done->out, ==, "");
  status = idea_status (fixture, idea);
  g_assert_cmpstr (status, ==, "done");
  verdict = idea_verdict (fixture, idea);
  g_assert_cmpstr (verdict[1], ==, "passed");
  g_clear_pointer (&verdict, g_strfreev);

  /* The design changes: every walk is stale and the gate closes again. */
  set_journey (fixture, idea, "journey-frictions-changed.json");
  verdict = idea_verdict (fixture, idea);
  g_assert_cmpstr (verdict[1], ==, "stale");

  stale = cli_run (fixture, "accept", idea, "--persona", MOVER, "--step", "2",
                   "--reason", "Still fine", NULL);
  cli_assert_failure (stale, 1, "stale; walk again first");

  back = cli_run (fixture, "status", idea, "in-progress", NULL);
  cli_assert_success (back);
  g_clear_pointer (&status, g_free);
  status = idea_status (fixture, idea);
  g_assert_cmpstr (status, ==, "in-progress");

  g_clear_pointer (&done, cli_result_free);
  done = cli_run (fixture, "status", idea, "done", NULL);
  cli_assert_failure (done, 1, "stale");
  g_clear_pointer (&status, g_free);
  status = idea_status (fixture, idea);
  g_assert_cmpstr (status, ==, "in-progress");
}

static void
test_walk_output (CliFixture    *fixture,
                  gconstpointer  data)
{
  g_autofree char *idea = create_idea (fixture, "Heat pump offer");
  g_autoptr(CliResult) tsv = NULL;
  g_autoptr(CliResult) json = NULL;
  g_autoptr(CliResult) all = NULL;
  g_autoptr(CliResult) verdict = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;
  JsonObject *walk;
  JsonArray *findings;

  set_journey (fixture, idea, "journey-no-way-back.json");

  /* Dropping out is the walk's answer, not the command failing. */
  tsv = cli_run (fixture, "walk", idea, "--persona", "the careful switcher", "--expect", "4", NULL);
  cli_assert_success (tsv);
  lines = cli_split_lines (tsv->out);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  fields = g_strsplit (lines[0], "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 5);
  g_assert_cmpstr (fields[0], ==, "walk");
  g_assert_cmpstr (fields[1], ==, SWITCHER);
  g_assert_true (g_regex_match_simple ("^[0-9]+$", fields[2], 0, 0));
  g_assert_cmpstr (fields[3], ==, "4");
  g_assert_cmpstr (fields[4], ==, "3");
  g_assert_cmpstr (lines[1], ==, "outcome\tabandoned\t2\tno-way-back\t1");
  g_assert_cmpstr (lines[2], ==, "emotion\t0\t-3");
  g_assert_true (g_str_has_prefix (lines[3], "finding\t2\tno-way-back\tbarrier\t" SWITCHER " "));

  json = cli_run (fixture, "walk", idea, "--persona", MOVER, "--json", NULL);
  cli_assert_success (json);
  node = cli_parse_json (json->out);
  walk = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (walk, "persona"), ==, MOVER);
  g_assert_cmpint (json_object_get_int_member (walk, "walk_id"), >, 0);
  g_assert_cmpstr (json_object_get_string_member (walk, "outcome"), ==, "completed");
  g_assert_true (json_object_get_null_member (walk, "dropped_at"));
  g_assert_true (json_object_get_null_member (walk, "reason"));
  g_assert_cmpint (json_object_get_int_member (walk, "satisfaction"), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (walk, "emotion")), ==, 3);
  findings = json_object_get_array_member (walk, "findings");
  g_assert_cmpuint (json_array_get_length (findings), ==, 0);
  g_assert_true (json_object_get_null_member (walk, "expected_satisfaction"));
  g_assert_true (json_object_get_null_member (walk, "perception_gap"));
  g_clear_pointer (&node, json_node_unref);

  all = cli_run (fixture, "walk", idea, "--all", "--expect", "5", "--json", NULL);
  cli_assert_success (all);
  node = cli_parse_json (all->out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      JsonObject *each = json_array_get_object_element (json_node_get_array (node), i);

      g_assert_cmpstr (json_object_get_string_member (each, "persona"), ==, default_personas[i]);
      g_assert_cmpint (json_object_get_int_member (each, "expected_satisfaction"), ==, 5);
      g_assert_cmpint (json_object_get_int_member (each, "perception_gap"), ==,
                       5 - json_object_get_int_member (each, "satisfaction"));
    }

  verdict = cli_run (fixture, "verdict", idea, NULL);
  cli_assert_success (verdict);
  g_clear_pointer (&lines, g_strfreev);
  lines = cli_split_lines (verdict->out);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[0], ==, "verdict\tblocked\t2");
  g_assert_cmpstr (lines[1], ==, "persona\t" SWITCHER "\tblocked\t2\t0");
  g_assert_cmpstr (lines[2], ==, "persona\t" MOVER "\tpassed\t\t0");
  g_assert_cmpstr (lines[3], ==, "persona\t" NATIVE "\tpassed\t\t0");
}

static void
test_accept_errors (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autofree char *idea = create_idea (fixture, "Heat pump offer");
  g_autoptr(CliResult) not_walked = NULL;
  g_autoptr(CliResult) no_friction = NULL;
  g_autoptr(CliResult) past_the_end = NULL;
  g_autoptr(CliResult) no_reason = NULL;
  g_autoptr(CliResult) nobody = NULL;
  g_autoptr(CliResult) verdict = NULL;

  set_journey (fixture, idea, "journey-frictions.json");

  not_walked = cli_run (fixture, "accept", idea, "--persona", MOVER, "--step", "2",
                        "--reason", "Fine", NULL);
  cli_assert_failure (not_walked, 2, MOVER " has not walked");

  walk_all (fixture, idea);

  no_friction = cli_run (fixture, "accept", idea, "--persona", MOVER, "--step", "1",
                         "--reason", "Fine", NULL);
  cli_assert_failure (no_friction, 2, "no friction at step 1");

  past_the_end = cli_run (fixture, "accept", idea, "--persona", MOVER, "--step", "9",
                          "--reason", "Fine", NULL);
  cli_assert_failure (past_the_end, 2, "step 9");

  no_reason = cli_run (fixture, "accept", idea, "--persona", MOVER, "--step", "2",
                       "--reason", "  ", NULL);
  cli_assert_failure (no_reason, 2, "reason");

  nobody = cli_run (fixture, "accept", idea, "--persona", "Nobody", "--step", "2",
                    "--reason", "Fine", NULL);
  cli_assert_failure (nobody, 2, "“Nobody”");

  /* None of it accepted anything. */
  verdict = cli_run (fixture, "verdict", idea, NULL);
  cli_assert_success (verdict);
  g_assert_nonnull (strstr (verdict->out, "persona\t" MOVER "\topen-frictions\t\t1\n"));
}

static void
test_arguments (CliFixture    *fixture,
                gconstpointer  data)
{
  g_autofree char *idea = create_idea (fixture, "Heat pump offer");
  const struct {
    const char *args[9];
    const char *needle;
  } cases[] = {
    { { "journey", NULL }, "“show” or “set”" },
    { { "journey", "draw", "1", NULL }, "“draw”" },
    { { "journey", "show", NULL }, "IDEA" },
    { { "journey", "set", "1", NULL }, "FILE" },
    { { "journey", "show", "1", "extra", NULL }, "“extra”" },
    { { "personas", NULL }, "WORKSHOP" },
    { { "status", "1", NULL }, "STATUS" },
    { { "status", "1", "finished", NULL }, "“finished”" },
    { { "walk", "1", NULL }, "--persona" },
    { { "walk", "1", "--all", "--persona", MOVER, NULL }, "--all" },
    { { "walk", "--all", NULL }, "IDEA" },
    { { "walk", "1", "2", "--all", NULL }, "“2”" },
    { { "walk", "1", "--all", "--expect", "0", NULL }, "--expect" },
    { { "walk", "1", "--all", "--expect", "6", NULL }, "--expect" },
    { { "walk", "1", "--all", "--expect", "many", NULL }, "“many”" },
    { { "walk", "1", "--all", "--bogus", NULL }, "--bogus" },
    { { "walk", "No such idea", "--all", NULL }, "“No such idea”" },
    { { "accept", "1", "--persona", MOVER, "--step", "2", NULL }, "--reason" },
    { { "accept", "1", "--persona", MOVER, "--step", "0", "--reason", "x" }, "--step" },
    { { "verdict", NULL }, "IDEA" },
  };
  g_autoptr(CliResult) verdict = NULL;
  g_autofree char *status = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      g_autoptr(CliResult) result = NULL;

      for (guint j = 0; j < G_N_ELEMENTS (cases[i].args) && cases[i].args[j] != NULL; j++)
        g_ptr_array_add (args, (gpointer)cases[i].args[j]);
      g_ptr_array_add (args, (gpointer)"--db");
      g_ptr_array_add (args, fixture->db_path);
      g_ptr_array_add (args, NULL);

      result = cli_run_argv (fixture->decoy_path, (const char * const *)args->pdata);
      cli_assert_failure (result, 2, cases[i].needle);
    }

  /* Nothing was walked or changed. */
  verdict = cli_run (fixture, "verdict", idea, NULL);
  cli_assert_success (verdict);
  g_assert_true (g_str_has_prefix (verdict->out, "verdict\tnot-walked\t\n"));
  status = idea_status (fixture, idea);
  g_assert_cmpstr (status, ==, "new");
}

static void
test_status (CliFixture    *fixture,
             gconstpointer  data)
{
  g_autofree char *idea = create_idea (fixture, "Heat pump offer");
  const char *statuses[] = { "shortlisted", "in-progress", "parked", "new" };
  g_autoptr(CliResult) json = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;

  for (gsize i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr(CliResult) set = cli_run (fixture, "status", "Heat pump offer", statuses[i], NULL);
      g_autofree char *now = NULL;

      cli_assert_success (set);
      g_assert_cmpstr (set->out, ==, "");
      now = idea_status (fixture, idea);
      g_assert_cmpstr (now, ==, statuses[i]);
    }

  json = cli_run (fixture, "status", idea, "shortlisted", "--json", NULL);
  cli_assert_success (json);
  node = cli_parse_json (json->out);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "shortlisted");
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "Heat pump offer");
}

static void
test_help (CliFixture    *fixture,
           gconstpointer  data)
{
  const char *lines[] = {
    "\n  status IDEA STATUS ",
    "\n  personas WORKSHOP ",
    "\n  journey show IDEA ",
    "\n  journey set IDEA FILE ",
    "\n  walk IDEA ",
    "\n  accept IDEA ",
    "\n  verdict IDEA ",
  };
  g_autoptr(CliResult) help = cli_run (fixture, "--help", NULL);

  cli_assert_success (help);
  for (gsize i = 0; i < G_N_ELEMENTS (lines); i++)
    g_assert_nonnull (strstr (help->out, lines[i]));
  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  cli_add_test ("/cli/journey/personas", test_personas);
  cli_add_test ("/cli/journey/show-default", test_journey_show_default);
  cli_add_test ("/cli/journey/round-trip", test_journey_round_trip);
  cli_add_test ("/cli/journey/bad-files", test_journey_bad_files);
  cli_add_test ("/cli/journey/done-gate", test_done_gate);
  cli_add_test ("/cli/journey/walk-output", test_walk_output);
  cli_add_test ("/cli/journey/accept-errors", test_accept_errors);
  cli_add_test ("/cli/journey/arguments", test_arguments);
  cli_add_test ("/cli/journey/status", test_status);
  cli_add_test ("/cli/journey/help", test_help);

  return g_test_run ();
}
