/* cli-runner.c — runs the real touchpoint-cli against a throwaway database
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cli-runner.h"
#include "tp-test.h"

void
cli_result_free (CliResult *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

void
cli_fixture_set_up (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->tmp_dir = g_dir_make_tmp ("touchpoint-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->tmp_dir, "test.db", NULL);
  fixture->decoy_path = g_build_filename (fixture->tmp_dir, "decoy.db", NULL);
}

void
cli_fixture_tear_down (CliFixture    *fixture,
                       gconstpointer  data)
{
  /* The decoy must never have been created: --db always wins. */
  g_assert_false (g_file_test (fixture->decoy_path, G_FILE_TEST_EXISTS));

  tp_test_remove_tree (fixture->tmp_dir);
  g_free (fixture->tmp_dir);
  g_free (fixture->db_path);
  g_free (fixture->decoy_path);
}

void
cli_add_test (const char  *path,
              CliTestFunc  test)
{
  g_test_add (path, CliFixture, NULL, cli_fixture_set_up, test, cli_fixture_tear_down);
}

char *
cli_fixture_write_file (CliFixture *fixture,
                        const char *name,
                        const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->tmp_dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

CliResult *
cli_run_argv (const char         *env_db,
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

CliResult *
cli_run_args (CliFixture         *fixture,
              const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, (gpointer)"--db");
  g_ptr_array_add (argv, fixture->db_path);
  g_ptr_array_add (argv, NULL);

  return cli_run_argv (fixture->decoy_path, (const char * const *)argv->pdata);
}

char *
cli_run_ok (CliFixture         *fixture,
            const char * const *args)
{
  g_autoptr(CliResult) result = cli_run_args (fixture, args);

  cli_assert_success (result);
  return g_steal_pointer (&result->out);
}

CliResult *
cli_run (CliFixture *fixture,
         const char *first_arg,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer)arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  return cli_run_args (fixture, (const char * const *)args->pdata);
}

void
cli_assert_success (CliResult *result)
{
  if (result->status != 0)
    g_error ("touchpoint-cli exited with %d: %s", result->status, result->err);

  g_assert_cmpstr (result->err, ==, "");
}

/* A failure is one line on stderr that starts with the program's name
 * and names the problem, and nothing on stdout. */
void
cli_assert_failure (CliResult  *result,
                    int         status,
                    const char *needle)
{
  g_autofree char *folded_err = g_utf8_casefold (result->err, -1);
  g_autofree char *folded_needle = g_utf8_casefold (needle, -1);
  const char *newline = strchr (result->err, '\n');

  if (result->status != status)
    g_error ("touchpoint-cli exited with %d, not %d: %s", result->status, status, result->err);
  g_assert_cmpstr (result->out, ==, "");
  g_assert_true (g_str_has_prefix (result->err, "touchpoint-cli: "));
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline, ==, "\n");
  if (strstr (folded_err, folded_needle) == NULL)
    g_error ("“%s” does not name “%s”", result->err, needle);
}

GStrv
cli_split_lines (const char *out)
{
  g_autofree char *copy = g_strdup (out);
  gsize len = strlen (copy);

  g_assert_true (len == 0 || copy[len - 1] == '\n');
  if (len > 0)
    copy[len - 1] = '\0';

  return len > 0 ? g_strsplit (copy, "\n", -1) : g_new0 (char *, 1);
}

JsonNode *
cli_parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

char *
cli_test_data_path (const char *first_element,
                    ...)
{
  g_autoptr(GPtrArray) elements = g_ptr_array_new ();
  const char *root = g_getenv ("TP_TEST_DATA");
  va_list ap;

  g_assert_nonnull (root);
  g_ptr_array_add (elements, (gpointer)root);

  va_start (ap, first_element);
  for (const char *element = first_element; element != NULL; element = va_arg (ap, const char *))
    g_ptr_array_add (elements, (gpointer)element);
  va_end (ap);
  g_ptr_array_add (elements, NULL);

  return g_build_filenamev ((char **)elements->pdata);
}
