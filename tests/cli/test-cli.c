/* test-cli.c — touchpoint-cli's promises to scripts, checked on the real binary
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "tp-test.h"

typedef struct
{
  char *tmp_dir;
  char *db_path;
  char *decoy_path;
} Fixture;

typedef struct
{
  int    status;
  char  *out;
  char  *err;
} CliResult;

static void
cli_result_free (CliResult *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliResult, cli_result_free)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->tmp_dir = g_dir_make_tmp ("touchpoint-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->tmp_dir, "test.db", NULL);
  fixture->decoy_path = g_build_filename (fixture->tmp_dir, "decoy.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tp_test_remove_tree (fixture->tmp_dir);
  g_free (fixture->tmp_dir);
  g_free (fixture->db_path);
  g_free (fixture->decoy_path);
}

/* Runs touchpoint-cli with @args (NULL-terminated) and TOUCHPOINT_DB set
 * to @env_db, or left as the test environment has it when NULL. */
static CliResult *
run_cli_argv (const char         *env_db,
              const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  CliResult *result = g_new0 (CliResult, 1);
  const char *cli = g_getenv ("TP_CLI");

  g_assert_nonnull (cli);

  g_ptr_array_add (argv, (gpointer)cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  if (env_db != NULL)
    g_subprocess_launcher_setenv (launcher, "TOUCHPOINT_DB", env_db, TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);

  return result;
}

/* Runs against the fixture's database, with --db at the end of the line
 * (global options may come anywhere) and TOUCHPOINT_DB pointing at a
 * decoy that --db must win over. */
static CliResult *
run_cli (Fixture    *fixture,
         const char *first_arg,
         ...) G_GNUC_NULL_TERMINATED;

static CliResult *
run_cli (Fixture    *fixture,
         const char *first_arg,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer)arg);
  va_end (ap);

  g_ptr_array_add (args, (gpointer)"--db");
  g_ptr_array_add (args, fixture->db_path);
  g_ptr_array_add (args, NULL);

  return run_cli_argv (fixture->decoy_path, (const char * const *)args->pdata);
}

static void
assert_success (CliResult *result)
{
  if (result->status != 0)
    g_error ("touchpoint-cli exited with %d: %s", result->status, result->err);

  g_assert_cmpstr (result->err, ==, "");
}

/* A failure is one line on stderr that starts with the program's name
 * and names the problem, and nothing on stdout. */
static void
assert_failure (CliResult  *result,
                int         status,
                const char *needle)
{
  g_autofree char *folded_err = g_utf8_casefold (result->err, -1);
  g_autofree char *folded_needle = g_utf8_casefold (needle, -1);
  const char *newline = strchr (result->err, '\n');

  g_assert_cmpint (result->status, ==, status);
  g_assert_cmpstr (result->out, ==, "");
  g_assert_true (g_str_has_prefix (result->err, "touchpoint-cli: "));
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline, ==, "\n");
  if (strstr (folded_err, folded_needle) == NULL)
    g_error ("“%s” does not name “%s”", result->err, needle);
}

static GStrv
split_lines (const char *out)
{
  g_autofree char *copy = g_strdup (out);
  gsize len = strlen (copy);

  g_assert_true (len == 0 || copy[len - 1] == '\n');
  if (len > 0)
    copy[len - 1] = '\0';

  return len > 0 ? g_strsplit (copy, "\n", -1) : g_new0 (char *, 1);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

static char *
create_workshop (Fixture    *fixture,
                 const char *title)
{
  g_autoptr(CliResult) result = run_cli (fixture, "new-workshop", title, NULL);

  assert_success (result);
  g_assert_true (g_regex_match_simple ("^[0-9]+\n$", result->out, 0, 0));

  return g_strchomp (g_strdup (result->out));
}

static guint
count_ideas (Fixture    *fixture,
             const char *workshop)
{
  g_autoptr(CliResult) result = run_cli (fixture, "ideas", workshop, NULL);
  g_auto(GStrv) lines = NULL;

  assert_success (result);
  lines = split_lines (result->out);

  return g_strv_length (lines);
}

static void
test_workshops (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *onboarding_id = create_workshop (fixture, "Onboarding");
  g_autoptr(CliResult) created = run_cli (fixture, "--json", "new-workshop", "Billing", NULL);
  g_autoptr(CliResult) tsv = NULL;
  g_autoptr(CliResult) json = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *array;
  gboolean seen_onboarding = FALSE;

  assert_success (created);
  node = parse_json (created->out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "title"), ==, "Billing");
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "ideas"), ==, 0);
  g_clear_pointer (&node, json_node_unref);

  tsv = run_cli (fixture, "workshops", NULL);
  assert_success (tsv);
  lines = split_lines (tsv->out);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      if (g_strcmp0 (fields[1], "Onboarding") == 0)
        {
          g_assert_cmpstr (fields[0], ==, onboarding_id);
          g_assert_cmpstr (fields[3], ==, "0");
          seen_onboarding = TRUE;
        }
    }
  g_assert_true (seen_onboarding);

  /* --json comes after the subcommand here: global options go anywhere. */
  json = run_cli (fixture, "workshops", "--json", NULL);
  assert_success (json);
  node = parse_json (json->out);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  array = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      g_assert_true (json_object_has_member (object, "id"));
      g_assert_true (json_object_has_member (object, "uuid"));
      g_assert_true (json_object_has_member (object, "title"));
      g_assert_true (json_object_has_member (object, "question"));
      g_assert_true (json_object_has_member (object, "date"));
      g_assert_cmpint (json_object_get_int_member (object, "ideas"), ==, 0);
    }

  g_assert_false (g_file_test (fixture->decoy_path, G_FILE_TEST_EXISTS));
}

static void
test_add_and_ideas (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *workshop_id = create_workshop (fixture, "Sales visits");
  g_autoptr(CliResult) added = run_cli (fixture, "add", "Sales visits",
                                        "Call back after the visit #sales #phone @sam", NULL);
  g_autoptr(CliResult) added_json = NULL;
  g_autoptr(CliResult) tsv = NULL;
  g_autoptr(CliResult) json = NULL;
  g_autoptr(CliResult) workshops = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_auto(GStrv) added_fields = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;
  JsonObject *idea;
  JsonArray *tags;

  assert_success (added);
  g_strchomp (added->out);
  added_fields = g_strsplit (added->out, "\t", -1);
  g_assert_cmpuint (g_strv_length (added_fields), ==, 2);
  g_assert_true (g_uuid_string_is_valid (added_fields[1]));

  /* By id this time, and without author or tags. */
  added_json = run_cli (fixture, "--json", "add", workshop_id, "Inbound phone line", NULL);
  assert_success (added_json);
  node = parse_json (added_json->out);
  idea = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (idea, "title"), ==, "Inbound phone line");
  g_assert_true (json_object_get_null_member (idea, "author"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (idea, "tags")), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (idea, "status"), ==, "new");
  g_assert_true (json_object_has_member (idea, "details"));
  g_assert_true (json_object_has_member (idea, "created_at"));
  g_assert_true (json_object_has_member (idea, "updated_at"));
  g_clear_pointer (&node, json_node_unref);

  tsv = run_cli (fixture, "ideas", "Sales visits", NULL);
  assert_success (tsv);
  lines = split_lines (tsv->out);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  fields = g_strsplit (lines[0], "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 13);
  g_assert_cmpstr (fields[0], ==, added_fields[0]);
  g_assert_cmpstr (fields[1], ==, added_fields[1]);
  g_assert_cmpstr (fields[2], ==, "new");
  g_assert_cmpstr (fields[3], ==, "Call back after the visit");
  g_assert_cmpstr (fields[4], ==, "sam");
  g_assert_cmpstr (fields[5], ==, "sales,phone");

  json = run_cli (fixture, "ideas", workshop_id, "--json", NULL);
  assert_success (json);
  node = parse_json (json->out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 2);
  idea = json_array_get_object_element (json_node_get_array (node), 0);
  g_assert_cmpstr (json_object_get_string_member (idea, "uuid"), ==, added_fields[1]);
  g_assert_cmpstr (json_object_get_string_member (idea, "author"), ==, "sam");
  tags = json_object_get_array_member (idea, "tags");
  g_assert_cmpuint (json_array_get_length (tags), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (tags, 0), ==, "sales");
  g_assert_cmpstr (json_array_get_string_element (tags, 1), ==, "phone");

  workshops = run_cli (fixture, "workshops", NULL);
  assert_success (workshops);
  g_assert_nonnull (strstr (workshops->out, "\tSales visits\t"));
  g_assert_true (g_str_has_suffix (workshops->out, "\t2\n"));
}

static void
test_env_selects_database (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *env_db = g_build_filename (fixture->tmp_dir, "from-env.db", NULL);
  const char *create[] = { "new-workshop", "From the environment", NULL };
  const char *list_other[] = { "workshops", "--db", fixture->db_path, NULL };
  g_autoptr(CliResult) created = run_cli_argv (env_db, create);
  g_autoptr(CliResult) listed = NULL;
  g_autoptr(CliResult) other = NULL;

  assert_success (created);
  g_assert_true (g_file_test (env_db, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));

  listed = run_cli_argv (NULL, (const char *[]) { "workshops", "--db", env_db, NULL });
  assert_success (listed);
  g_assert_nonnull (strstr (listed->out, "\tFrom the environment\t"));

  /* --db wins over the environment. */
  other = run_cli_argv (env_db, list_other);
  assert_success (other);
  g_assert_cmpstr (other->out, ==, "");
}

static void
test_unknown_workshop (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *id = create_workshop (fixture, "Real one");
  g_autoptr(CliResult) add = run_cli (fixture, "add", "Imaginary", "An idea", NULL);
  g_autoptr(CliResult) ideas = run_cli (fixture, "ideas", "Imaginary", NULL);

  assert_failure (add, 2, "“Imaginary”");
  assert_failure (ideas, 2, "“Imaginary”");
  g_assert_cmpuint (count_ideas (fixture, id), ==, 0);
}

static void
test_missing_and_extra_arguments (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *id = create_workshop (fixture, "Args");
  const struct {
    const char *args[4];
    const char *needle;
  } cases[] = {
    { { "add", "Args", NULL }, "TEXT" },
    { { "add", NULL }, "WORKSHOP" },
    { { "ideas", NULL }, "WORKSHOP" },
    { { "new-workshop", NULL }, "TITLE" },
    { { "ideas", "Args", "extra", NULL }, "“extra”" },
    { { "workshops", "extra", NULL }, "“extra”" },
    { { "add", "Args", "x", "y" }, "“y”" },
    { { "ideas", "--bogus", "Args", NULL }, "“--bogus”" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      g_autoptr(CliResult) result = NULL;

      for (guint j = 0; j < G_N_ELEMENTS (cases[i].args) && cases[i].args[j] != NULL; j++)
        g_ptr_array_add (args, (gpointer)cases[i].args[j]);
      g_ptr_array_add (args, (gpointer)"--db");
      g_ptr_array_add (args, fixture->db_path);
      g_ptr_array_add (args, NULL);

      result = run_cli_argv (fixture->decoy_path, (const char * const *)args->pdata);
      assert_failure (result, 2, cases[i].needle);
    }

  g_assert_cmpuint (count_ideas (fixture, id), ==, 0);
  g_assert_false (g_file_test (fixture->decoy_path, G_FILE_TEST_EXISTS));
}

static void
test_unknown_command (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CliResult) unknown = run_cli (fixture, "frobnicate", NULL);
  g_autoptr(CliResult) none = run_cli_argv (fixture->decoy_path, (const char *[]) { "--db", fixture->db_path, NULL });
  g_autoptr(CliResult) no_path = run_cli_argv (fixture->decoy_path, (const char *[]) { "workshops", "--db", NULL });

  assert_failure (unknown, 2, "unknown command “frobnicate”");
  assert_failure (none, 2, "command");
  assert_failure (no_path, 2, "--db");
  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (fixture->decoy_path, G_FILE_TEST_EXISTS));
}

static void
test_bad_titles (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *id = create_workshop (fixture, "Titles");
  g_autofree char *longest = g_strnfill (200, 'a');
  g_autofree char *too_long = g_strnfill (201, 'a');
  g_autoptr(CliResult) first = run_cli (fixture, "add", "Titles", "Keep this one", NULL);
  g_autoptr(CliResult) only_tag = NULL;
  g_autoptr(CliResult) long_title = NULL;
  g_autoptr(CliResult) longest_title = NULL;
  g_autoptr(CliResult) workshops_before = NULL;
  g_autoptr(CliResult) workshops_after = NULL;

  assert_success (first);
  workshops_before = run_cli (fixture, "workshops", NULL);
  assert_success (workshops_before);

  only_tag = run_cli (fixture, "add", "Titles", "#onlytag", NULL);
  assert_failure (only_tag, 2, "title");

  long_title = run_cli (fixture, "add", "Titles", too_long, NULL);
  assert_failure (long_title, 2, "title");

  /* Nothing a refused command tried is in the database. */
  g_assert_cmpuint (count_ideas (fixture, id), ==, 1);
  workshops_after = run_cli (fixture, "workshops", NULL);
  assert_success (workshops_after);
  g_assert_cmpstr (workshops_after->out, ==, workshops_before->out);

  longest_title = run_cli (fixture, "add", id, longest, NULL);
  assert_success (longest_title);
  g_assert_cmpuint (count_ideas (fixture, id), ==, 2);
}

static void
test_help (Fixture       *fixture,
           gconstpointer  data)
{
  const char *commands[] = { "workshops", "new-workshop", "add", "ideas", "simulate" };
  g_autoptr(CliResult) help = run_cli (fixture, "--help", NULL);
  g_autoptr(CliResult) short_help = run_cli (fixture, "add", "-h", NULL);
  g_autoptr(CliResult) version = run_cli (fixture, "--version", NULL);

  assert_success (help);
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", commands[i]);

      g_assert_nonnull (strstr (help->out, line));
    }

  assert_success (short_help);
  g_assert_cmpstr (short_help->out, ==, help->out);

  assert_success (version);
  g_assert_true (g_str_has_prefix (version->out, "touchpoint-cli "));

  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/workshops", Fixture, NULL,
              fixture_set_up, test_workshops, fixture_tear_down);
  g_test_add ("/cli/add-and-ideas", Fixture, NULL,
              fixture_set_up, test_add_and_ideas, fixture_tear_down);
  g_test_add ("/cli/env-selects-database", Fixture, NULL,
              fixture_set_up, test_env_selects_database, fixture_tear_down);
  g_test_add ("/cli/errors/unknown-workshop", Fixture, NULL,
              fixture_set_up, test_unknown_workshop, fixture_tear_down);
  g_test_add ("/cli/errors/arguments", Fixture, NULL,
              fixture_set_up, test_missing_and_extra_arguments, fixture_tear_down);
  g_test_add ("/cli/errors/unknown-command", Fixture, NULL,
              fixture_set_up, test_unknown_command, fixture_tear_down);
  g_test_add ("/cli/errors/bad-titles", Fixture, NULL,
              fixture_set_up, test_bad_titles, fixture_tear_down);
  g_test_add ("/cli/help", Fixture, NULL,
              fixture_set_up, test_help, fixture_tear_down);

  return g_test_run ();
}
