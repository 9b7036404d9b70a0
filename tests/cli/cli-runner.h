/* cli-runner.h — runs the real touchpoint-cli against a throwaway database
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *tmp_dir;
  char *db_path;
  char *decoy_path;
} CliFixture;

typedef struct
{
  int    status;
  char  *out;
  char  *err;
} CliResult;

void        cli_result_free        (CliResult  *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliResult, cli_result_free)

void        cli_fixture_set_up     (CliFixture    *fixture,
                                    gconstpointer  data);
void        cli_fixture_tear_down  (CliFixture    *fixture,
                                    gconstpointer  data);
char       *cli_fixture_write_file (CliFixture    *fixture,
                                    const char    *name,
                                    const char    *contents);

typedef void (*CliTestFunc) (CliFixture    *fixture,
                             gconstpointer  data);

/* Adds @test at @path, with a fixture of its own around it. */
void        cli_add_test           (const char    *path,
                                    CliTestFunc    test);

/* @args is NULL-terminated; TOUCHPOINT_DB is set to @env_db, or left as
 * the test environment has it when that is NULL. */
CliResult  *cli_run_argv           (const char         *env_db,
                                    const char * const *args);
/* Adds "--db" and the fixture's database at the end of the line, with
 * TOUCHPOINT_DB pointing at a decoy that --db must win over. */
CliResult  *cli_run                (CliFixture    *fixture,
                                    const char    *first_arg,
                                    ...) G_GNUC_NULL_TERMINATED;
/* The same, with the arguments in a NULL-terminated array. */
CliResult  *cli_run_args           (CliFixture         *fixture,
                                    const char * const *args);
/* Runs as cli_run_args() does, checks that the CLI succeeded and
 * returns what it printed. */
char       *cli_run_ok             (CliFixture         *fixture,
                                    const char * const *args);

void        cli_assert_success     (CliResult     *result);
void        cli_assert_failure     (CliResult     *result,
                                    int            status,
                                    const char    *needle);

GStrv       cli_split_lines        (const char    *out);
JsonNode   *cli_parse_json         (const char    *text);
char       *cli_test_data_path     (const char    *first_element,
                                    ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
