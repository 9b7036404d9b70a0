/* test-cli-simulate.c — `touchpoint-cli simulate` as scripts see it
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

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

/* Runs touchpoint-cli with "simulate" and the arguments given, up to NULL. */
static gboolean
run_simulate (Run        *run,
              const char *first_arg,
              ...) G_GNUC_NULL_TERMINATED;

static gboolean
run_simulate (Run        *run,
              const char *first_arg,
              ...)
{
  const char *cli = g_getenv ("TP_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;

  if (cli == NULL)
    {
      g_test_skip ("TP_CLI is not set; run through meson test");
      return FALSE;
    }

  g_ptr_array_add (argv, (gpointer) cli);
  g_ptr_array_add (argv, (gpointer) "simulate");
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);

  return TRUE;
}

static void
assert_one_line (const char *text)
{
  const char *newline = strchr (text, '\n');

  g_assert_nonnull (newline);
  g_assert_cmpstr (newline, ==, "\n");
  g_assert_cmpuint (strlen (text), >, 1);
}

static void
test_seeds_json (void)
{
  const char *seeds[][3] = {
    { "careful-switcher.json", "seed1-journey.json", "seed1-expected.json" },
    { "careful-switcher.json", "seed1-come-back-journey.json", "seed1-come-back-expected.json" },
    { "mover.json", "seed2-journey.json", "seed2-expected.json" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *persona = scenario_path (seeds[i][0]);
      g_autofree char *journey = scenario_path (seeds[i][1]);
      g_autofree char *expected_path = scenario_path (seeds[i][2]);
      g_autoptr(JsonParser) expected = json_parser_new ();
      g_autoptr(JsonParser) actual = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_auto(Run) run = { 0 };

      if (!run_simulate (&run, "--persona", persona, "--journey", journey, "--json", NULL))
        return;

      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");

      json_parser_load_from_file (expected, expected_path, &error);
      g_assert_no_error (error);
      json_parser_load_from_data (actual, run.out, -1, &error);
      g_assert_no_error (error);

      g_assert_true (json_node_equal (json_parser_get_root (actual), json_parser_get_root (expected)));
    }
}

static void
test_seed1_text (void)
{
  g_autofree char *persona = scenario_path ("careful-switcher.json");
  g_autofree char *journey = scenario_path ("seed1-journey.json");
  g_autofree char *come_back = scenario_path ("seed1-come-back-journey.json");
  g_auto(GStrv) lines = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) completed = { 0 };

  if (!run_simulate (&run, "--persona", persona, "--journey", journey, NULL))
    return;

  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpstr (lines[0], ==, "outcome\tabandoned\t3\tno-way-back\t1");
  g_assert_cmpstr (lines[1], ==, "emotion\t0\t1\t-2");
  g_assert_cmpstr (lines[2], ==,
                   "finding\t2\tkept-informed\tdelight\t"
                   "The careful switcher is kept informed without having to ask\t"
                   "Keep the proactive update");
  g_assert_cmpstr (lines[3], ==,
                   "finding\t3\tno-way-back\tbarrier\t"
                   "The careful switcher wants to think it over, but there is no way to call you back\t"
                   "Offer an inbound route at this step");
  g_assert_cmpstr (lines[4], ==, "");

  run_simulate (&completed, "--persona", persona, "--journey", come_back, NULL);
  g_assert_cmpint (completed.status, ==, 0);
  g_assert_true (g_str_has_prefix (completed.out, "outcome\tcompleted\t\t\t4\n"));
}

static void
test_bad_files (void)
{
  const struct {
    const char *persona;
    const char *journey;
    const char *names;
  } cases[] = {
    { NULL, "journey-unknown-key.json", "step 2: unknown key “colour”" },
    { NULL, "journey-bad-effort.json", "step 1: “effort” must be a whole number from 1 to 5" },
    { NULL, "journey-bad-boolean.json", "“can_come_back”" },
    { NULL, "journey-no-steps.json", "“steps”" },
    { NULL, "journey-step-no-channels.json", "step 2: “channels” must list at least one of" },
    { NULL, "journey-step-no-stage.json", "step 1: “stage” is required" },
    { NULL, "journey-not-json.json", "not valid JSON" },
    { "persona-no-name.json", NULL, "“name” is required" },
    { "persona-no-channels.json", NULL, "“channels” must list at least one of" },
    { "persona-bad-patience.json", NULL, "“patience”" },
    { "persona-unknown-key.json", NULL, "unknown key “age”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *persona = NULL;
      g_autofree char *journey = NULL;
      g_auto(Run) run = { 0 };

      persona = cases[i].persona ? bad_path (cases[i].persona) : scenario_path ("mover.json");
      journey = cases[i].journey ? bad_path (cases[i].journey) : scenario_path ("seed2-journey.json");

      if (!run_simulate (&run, "--persona", persona, "--journey", journey, "--json", NULL))
        return;

      g_test_message ("%s", run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      assert_one_line (run.err);
      g_assert_nonnull (strstr (run.err, cases[i].names));
    }
}

static void
test_bad_usage (void)
{
  g_autofree char *persona = scenario_path ("mover.json");
  g_autofree char *journey = scenario_path ("seed2-journey.json");
  g_autofree char *missing = scenario_path ("no-such-journey.json");
  g_auto(Run) no_journey = { 0 };
  g_auto(Run) no_file = { 0 };
  g_auto(Run) extra = { 0 };

  if (!run_simulate (&no_journey, "--persona", persona, NULL))
    return;
  g_assert_cmpint (no_journey.status, ==, 2);
  assert_one_line (no_journey.err);
  g_assert_nonnull (strstr (no_journey.err, "--journey"));

  run_simulate (&no_file, "--persona", persona, "--journey", missing, NULL);
  g_assert_cmpint (no_file.status, ==, 2);
  assert_one_line (no_file.err);
  g_assert_nonnull (strstr (no_file.err, "no-such-journey.json"));

  run_simulate (&extra, "--persona", persona, "--journey", journey, "surplus", NULL);
  g_assert_cmpint (extra.status, ==, 2);
  assert_one_line (extra.err);
  g_assert_nonnull (strstr (extra.err, "surplus"));
}

/* simulate needs no database, so it must not create one. */
static void
test_no_database (void)
{
  const char *db = g_getenv ("TOUCHPOINT_DB");
  g_autofree char *persona = scenario_path ("mover.json");
  g_autofree char *journey = scenario_path ("seed2-journey.json");
  g_auto(Run) run = { 0 };

  if (db == NULL)
    {
      g_test_skip ("TOUCHPOINT_DB is not set");
      return;
    }

  if (!run_simulate (&run, "--persona", persona, "--journey", journey, NULL))
    return;
  g_assert_cmpint (run.status, ==, 0);
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/simulate/seeds-json", test_seeds_json);
  g_test_add_func ("/cli/simulate/seed1-text", test_seed1_text);
  g_test_add_func ("/cli/simulate/bad-files", test_bad_files);
  g_test_add_func ("/cli/simulate/bad-usage", test_bad_usage);
  g_test_add_func ("/cli/simulate/no-database", test_no_database);

  return g_test_run ();
}
