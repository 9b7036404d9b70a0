/* test-cli.c — touchpoint-cli's promises to scripts, checked on the real binary
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cli-runner.h"

static char *
create_workshop (CliFixture *fixture,
                 const char *title)
{
  g_autoptr(CliResult) result = cli_run (fixture, "new-workshop", title, NULL);

  cli_assert_success (result);
  g_assert_true (g_regex_match_simple ("^[0-9]+\n$", result->out, 0, 0));

  return g_strchomp (g_strdup (result->out));
}

static guint
count_ideas (CliFixture *fixture,
             const char *workshop)
{
  g_autoptr(CliResult) result = cli_run (fixture, "ideas", workshop, NULL);
  g_auto(GStrv) lines = NULL;

  cli_assert_success (result);
  lines = cli_split_lines (result->out);

  return g_strv_length (lines);
}

static void
test_workshops (CliFixture    *fixture,
                gconstpointer  data)
{
  g_autofree char *onboarding_id = create_workshop (fixture, "Onboarding");
  g_autoptr(CliResult) created = cli_run (fixture, "--json", "new-workshop", "Billing", NULL);
  g_autoptr(CliResult) tsv = NULL;
  g_autoptr(CliResult) json = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *array;
  gboolean seen_onboarding = FALSE;

  cli_assert_success (created);
  node = cli_parse_json (created->out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "title"), ==, "Billing");
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "ideas"), ==, 0);
  g_clear_pointer (&node, json_node_unref);

  tsv = cli_run (fixture, "workshops", NULL);
  cli_assert_success (tsv);
  lines = cli_split_lines (tsv->out);
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
  json = cli_run (fixture, "workshops", "--json", NULL);
  cli_assert_success (json);
  node = cli_parse_json (json->out);
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
test_add_and_ideas (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autofree char *workshop_id = create_workshop (fixture, "Sales visits");
  g_autoptr(CliResult) added = cli_run (fixture, "add", "Sales visits",
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

  cli_assert_success (added);
  g_strchomp (added->out);
  added_fields = g_strsplit (added->out, "\t", -1);
  g_assert_cmpuint (g_strv_length (added_fields), ==, 2);
  g_assert_true (g_uuid_string_is_valid (added_fields[1]));

  /* By id this time, and without author or tags. */
  added_json = cli_run (fixture, "--json", "add", workshop_id, "Inbound phone line", NULL);
  cli_assert_success (added_json);
  node = cli_parse_json (added_json->out);
  idea = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (idea, "title"), ==, "Inbound phone line");
  g_assert_true (json_object_get_null_member (idea, "author"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (idea, "tags")), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (idea, "status"), ==, "new");
  g_assert_true (json_object_has_member (idea, "details"));
  g_assert_true (json_object_has_member (idea, "created_at"));
  g_assert_true (json_object_has_member (idea, "updated_at"));
  g_clear_pointer (&node, json_node_unref);

  tsv = cli_run (fixture, "ideas", "Sales visits", NULL);
  cli_assert_success (tsv);
  lines = cli_split_lines (tsv->out);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  fields = g_strsplit (lines[0], "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 13);
  g_assert_cmpstr (fields[0], ==, added_fields[0]);
  g_assert_cmpstr (fields[1], ==, added_fields[1]);
  g_assert_cmpstr (fields[2], ==, "new");
  g_assert_cmpstr (fields[3], ==, "Call back after the visit");
  g_assert_cmpstr (fields[4], ==, "sam");
  g_assert_cmpstr (fields[5], ==, "sales,phone");

  json = cli_run (fixture, "ideas", workshop_id, "--json", NULL);
  cli_assert_success (json);
  node = cli_parse_json (json->out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 2);
  idea = json_array_get_object_element (json_node_get_array (node), 0);
  g_assert_cmpstr (json_object_get_string_member (idea, "uuid"), ==, added_fields[1]);
  g_assert_cmpstr (json_object_get_string_member (idea, "author"), ==, "sam");
  tags = json_object_get_array_member (idea, "tags");
  g_assert_cmpuint (json_array_get_length (tags), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (tags, 0), ==, "sales");
  g_assert_cmpstr (json_array_get_string_element (tags, 1), ==, "phone");

  workshops = cli_run (fixture, "workshops", NULL);
  cli_assert_success (workshops);
  g_assert_nonnull (strstr (workshops->out, "\tSales visits\t"));
  g_assert_true (g_str_has_suffix (workshops->out, "\t2\n"));
}

static void
test_env_selects_database (CliFixture    *fixture,
                           gconstpointer  data)
{
  g_autofree char *env_db = g_build_filename (fixture->tmp_dir, "from-env.db", NULL);
  const char *create[] = { "new-workshop", "From the environment", NULL };
  const char *list_other[] = { "workshops", "--db", fixture->db_path, NULL };
  g_autoptr(CliResult) created = cli_run_argv (env_db, create);
  g_autoptr(CliResult) listed = NULL;
  g_autoptr(CliResult) other = NULL;

  cli_assert_success (created);
  g_assert_true (g_file_test (env_db, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));

  listed = cli_run_argv (NULL, (const char *[]) { "workshops", "--db", env_db, NULL });
  cli_assert_success (listed);
  g_assert_nonnull (strstr (listed->out, "\tFrom the environment\t"));

  /* --db wins over the environment. */
  other = cli_run_argv (env_db, list_other);
  cli_assert_success (other);
  g_assert_cmpstr (other->out, ==, "");
}

static void
test_unknown_workshop (CliFixture    *fixture,
                       gconstpointer  data)
{
  g_autofree char *id = create_workshop (fixture, "Real one");
  g_autoptr(CliResult) add = cli_run (fixture, "add", "Imaginary", "An idea", NULL);
  g_autoptr(CliResult) ideas = cli_run (fixture, "ideas", "Imaginary", NULL);

  cli_assert_failure (add, 2, "“Imaginary”");
  cli_assert_failure (ideas, 2, "“Imaginary”");
  g_assert_cmpuint (count_ideas (fixture, id), ==, 0);
}

static void
test_missing_and_extra_arguments (CliFixture    *fixture,
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

      result = cli_run_argv (fixture->decoy_path, (const char * const *)args->pdata);
      cli_assert_failure (result, 2, cases[i].needle);
    }

  g_assert_cmpuint (count_ideas (fixture, id), ==, 0);
  g_assert_false (g_file_test (fixture->decoy_path, G_FILE_TEST_EXISTS));
}

static void
test_unknown_command (CliFixture    *fixture,
                      gconstpointer  data)
{
  g_autoptr(CliResult) unknown = cli_run (fixture, "frobnicate", NULL);
  g_autoptr(CliResult) none = cli_run_argv (fixture->decoy_path, (const char *[]) { "--db", fixture->db_path, NULL });
  g_autoptr(CliResult) no_path = cli_run_argv (fixture->decoy_path, (const char *[]) { "workshops", "--db", NULL });

  cli_assert_failure (unknown, 2, "unknown command “frobnicate”");
  cli_assert_failure (none, 2, "command");
  cli_assert_failure (no_path, 2, "--db");
  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (fixture->decoy_path, G_FILE_TEST_EXISTS));
}

static void
test_bad_titles (CliFixture    *fixture,
                 gconstpointer  data)
{
  g_autofree char *id = create_workshop (fixture, "Titles");
  g_autofree char *longest = g_strnfill (200, 'a');
  g_autofree char *too_long = g_strnfill (201, 'a');
  g_autoptr(CliResult) first = cli_run (fixture, "add", "Titles", "Keep this one", NULL);
  g_autoptr(CliResult) only_tag = NULL;
  g_autoptr(CliResult) long_title = NULL;
  g_autoptr(CliResult) longest_title = NULL;
  g_autoptr(CliResult) workshops_before = NULL;
  g_autoptr(CliResult) workshops_after = NULL;

  cli_assert_success (first);
  workshops_before = cli_run (fixture, "workshops", NULL);
  cli_assert_success (workshops_before);

  only_tag = cli_run (fixture, "add", "Titles", "#onlytag", NULL);
  cli_assert_failure (only_tag, 2, "title");

  long_title = cli_run (fixture, "add", "Titles", too_long, NULL);
  cli_assert_failure (long_title, 2, "title");

  /* Nothing a refused command tried is in the database. */
  g_assert_cmpuint (count_ideas (fixture, id), ==, 1);
  workshops_after = cli_run (fixture, "workshops", NULL);
  cli_assert_success (workshops_after);
  g_assert_cmpstr (workshops_after->out, ==, workshops_before->out);

  longest_title = cli_run (fixture, "add", id, longest, NULL);
  cli_assert_success (longest_title);
  g_assert_cmpuint (count_ideas (fixture, id), ==, 2);
}

static void
test_help (CliFixture    *fixture,
           gconstpointer  data)
{
  const char *commands[] = { "workshops", "new-workshop", "add", "ideas", "simulate" };
  g_autoptr(CliResult) help = cli_run (fixture, "--help", NULL);
  g_autoptr(CliResult) short_help = cli_run (fixture, "add", "-h", NULL);
  g_autoptr(CliResult) version = cli_run (fixture, "--version", NULL);

  cli_assert_success (help);
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", commands[i]);

      g_assert_nonnull (strstr (help->out, line));
    }

  cli_assert_success (short_help);
  g_assert_cmpstr (short_help->out, ==, help->out);

  cli_assert_success (version);
  g_assert_true (g_str_has_prefix (version->out, "touchpoint-cli "));

  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  cli_add_test ("/cli/workshops", test_workshops);
  cli_add_test ("/cli/add-and-ideas", test_add_and_ideas);
  cli_add_test ("/cli/env-selects-database", test_env_selects_database);
  cli_add_test ("/cli/errors/unknown-workshop", test_unknown_workshop);
  cli_add_test ("/cli/errors/arguments", test_missing_and_extra_arguments);
  cli_add_test ("/cli/errors/unknown-command", test_unknown_command);
  cli_add_test ("/cli/errors/bad-titles", test_bad_titles);
  cli_add_test ("/cli/help", test_help);

  return g_test_run ();
}
