/* test-cli-files.c — import, export and report through the real touchpoint-cli
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cli-runner.h"

#define WORKSHOP "Support line"
#define QUESTION "How might we make waiting for support feel shorter?"

static const char *pdftoppm;

static CliResult *
run_args (const char         *db_path,
          const char         *decoy_path,
          const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, (gpointer)"--db");
  g_ptr_array_add (argv, (gpointer)db_path);
  g_ptr_array_add (argv, NULL);

  return cli_run_argv (decoy_path, (const char * const *)argv->pdata);
}

static char *
run_ok (CliFixture         *fixture,
        const char * const *args)
{
  g_autoptr(CliResult) result = run_args (fixture->db_path, fixture->decoy_path, args);

  cli_assert_success (result);
  return g_steal_pointer (&result->out);
}

/* Succeeds with notes on standard error, which are returned. */
static char *
run_noted (CliFixture         *fixture,
           const char * const *args,
           char              **out)
{
  g_autoptr(CliResult) result = run_args (fixture->db_path, fixture->decoy_path, args);

  if (result->status != 0)
    g_error ("touchpoint-cli exited with %d: %s", result->status, result->err);

  *out = g_steal_pointer (&result->out);
  return g_steal_pointer (&result->err);
}

static void
run_fails (CliFixture         *fixture,
           const char * const *args,
           int                 status,
           const char         *needle)
{
  g_autoptr(CliResult) result = run_args (fixture->db_path, fixture->decoy_path, args);

  cli_assert_failure (result, status, needle);
}

static char *
fixture_path (CliFixture *fixture,
              const char *name)
{
  return g_build_filename (fixture->tmp_dir, name, NULL);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static JsonArray *
list_ideas (CliFixture *fixture,
            const char *workshop)
{
  g_autofree char *out = run_ok (fixture, (const char *[]) { "--json", "ideas", workshop, NULL });
  g_autoptr(JsonNode) node = cli_parse_json (out);

  return json_array_ref (json_node_get_array (node));
}

/* A small backlog with every kind of score, a formula-like title, tags,
 * an author and votes, so a round trip has something to lose. */
static void
fill_workshop (CliFixture *fixture)
{
  const char *scores[][10] = {
    { "Call-back slots", "--impact", "4", "--effort", "2", "--reach", "120", NULL },
    { "=1+1", "--reach", "300", "--rice-impact", "2", "--confidence", "80", "--rice-effort", "1.5", NULL },
    { "Receipts by email", "--moscow", "should", "--impact", "2", NULL },
  };

  g_free (run_ok (fixture, (const char *[]) { "new-workshop", WORKSHOP, "--question", QUESTION, NULL }));
  g_free (run_ok (fixture, (const char *[]) { "add", WORKSHOP, "Call-back slots #phone #queue @Ana", NULL }));
  g_free (run_ok (fixture, (const char *[]) { "add", WORKSHOP, "=1+1 #maths", NULL }));
  g_free (run_ok (fixture, (const char *[]) { "add", WORKSHOP, "Receipts by email @Ben", NULL }));

  for (gsize i = 0; i < G_N_ELEMENTS (scores); i++)
    g_free (run_ok (fixture, (const char *[]) { "score", scores[i][0], scores[i][1], scores[i][2],
                                                scores[i][3], scores[i][4], scores[i][5], scores[i][6],
                                                scores[i][7], scores[i][8], NULL }));
  g_free (run_ok (fixture, (const char *[]) { "status", "Call-back slots", "shortlisted", NULL }));

  g_free (run_ok (fixture, (const char *[]) { "participants", WORKSHOP, "--add", "Sam", "--budget", "5", NULL }));
  g_free (run_ok (fixture, (const char *[]) { "vote", "Call-back slots", "--as", "Sam", "--count", "3", NULL }));
  g_free (run_ok (fixture, (const char *[]) { "vote", "=1+1", "--as", "Sam", NULL }));
}

static void
assert_same_member (JsonObject *a,
                    JsonObject *b,
                    const char *member)
{
  g_autofree char *text_a = json_to_string (json_object_get_member (a, member), FALSE);
  g_autofree char *text_b = json_to_string (json_object_get_member (b, member), FALSE);

  g_assert_cmpstr (text_a, ==, text_b);
}

/* The same ideas in the same order, as far as a file can carry them. */
static void
assert_same_ideas (JsonArray *before,
                   JsonArray *after,
                   gboolean   same_uuids)
{
  const char *members[] = {
    "title", "details", "author", "tags", "status", "votes", "impact", "effort",
    "rice_score", "moscow", "quadrant", "verdict",
  };

  g_assert_cmpuint (json_array_get_length (before), ==, json_array_get_length (after));

  for (guint i = 0; i < json_array_get_length (before); i++)
    {
      JsonObject *a = json_array_get_object_element (before, i);
      JsonObject *b = json_array_get_object_element (after, i);

      for (gsize m = 0; m < G_N_ELEMENTS (members); m++)
        assert_same_member (a, b, members[m]);

      if (same_uuids)
        assert_same_member (a, b, "uuid");
    }
}

/* The UUID and Created columns come last and differ for new ideas. */
static void
assert_same_csv_rows (const char *a,
                      const char *b)
{
  g_auto(GStrv) rows_a = g_strsplit (a, "\r\n", -1);
  g_auto(GStrv) rows_b = g_strsplit (b, "\r\n", -1);

  g_assert_cmpuint (g_strv_length (rows_a), ==, g_strv_length (rows_b));
  for (guint i = 1; rows_a[i] != NULL; i++)
    {
      g_auto(GStrv) cells_a = g_strsplit (rows_a[i], ",", -1);
      g_auto(GStrv) cells_b = g_strsplit (rows_b[i], ",", -1);
      guint n = g_strv_length (cells_a);

      g_assert_cmpuint (n, ==, g_strv_length (cells_b));
      for (guint c = 0; c + 2 < n; c++)
        g_assert_cmpstr (cells_a[c], ==, cells_b[c]);
    }
}

static void
test_csv_round_trip (CliFixture    *fixture,
                     gconstpointer  data)
{
  g_autofree char *csv = fixture_path (fixture, "backlog.csv");
  g_autofree char *copy_csv = fixture_path (fixture, "copy.csv");
  g_autofree char *out = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *copy_contents = NULL;
  g_autoptr(JsonArray) before = NULL;
  g_autoptr(JsonArray) after = NULL;
  JsonObject *first;

  fill_workshop (fixture);
  before = list_ideas (fixture, WORKSHOP);
  first = json_array_get_object_element (before, 0);
  g_assert_cmpuint (json_object_get_int_member (first, "votes"), ==, 3);
  g_assert_cmpuint (json_object_get_int_member (first, "impact"), ==, 4);

  out = run_ok (fixture, (const char *[]) { "export", WORKSHOP, "--format", "csv", "-o", csv, NULL });
  g_assert_true (g_str_has_prefix (out, "exported\t3\tcsv\t"));

  /* A spreadsheet would run the title as a formula without the quote. */
  contents = read_file (csv);
  g_assert_nonnull (strstr (contents, "\r\n'=1+1,"));
  g_assert_null (strstr (contents, "\r\n=1+1,"));

  g_free (run_ok (fixture, (const char *[]) { "new-workshop", "Copy", NULL }));
  g_clear_pointer (&out, g_free);
  out = run_ok (fixture, (const char *[]) { "import", "Copy", csv, NULL });
  g_assert_cmpstr (out, ==, "imported\t3\n");

  after = list_ideas (fixture, "Copy");
  assert_same_ideas (before, after, FALSE);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (after, 1), "title"), ==, "=1+1");
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (after, 1), "rice_score"), >, 0);

  /* Every score the file has, RICE parts included, comes back the same. */
  g_free (run_ok (fixture, (const char *[]) { "export", "Copy", "-o", copy_csv, NULL }));
  copy_contents = read_file (copy_csv);
  assert_same_csv_rows (contents, copy_contents);

  /* Sorted and filtered as `ideas` would list them. */
  g_clear_pointer (&out, g_free);
  out = run_ok (fixture, (const char *[]) { "export", WORKSHOP, "-o", csv, "--sort", "rice", "--tag", "maths", NULL });
  g_assert_true (g_str_has_prefix (out, "exported\t1\tcsv\t"));
  g_clear_pointer (&contents, g_free);
  contents = read_file (csv);
  g_assert_nonnull (strstr (contents, "'=1+1"));
  g_assert_null (strstr (contents, "Call-back slots"));

  run_fails (fixture, (const char *[]) { "export", WORKSHOP, "-o", csv, "--sort", "size", NULL }, 2, "“size”");
  run_fails (fixture, (const char *[]) { "export", WORKSHOP, "--format", "xls", "-o", csv, NULL }, 2, "“xls”");
  run_fails (fixture, (const char *[]) { "export", WORKSHOP, "--format", "csv", NULL }, 2, "-o FILE");
  run_fails (fixture, (const char *[]) { "export", WORKSHOP, "-o", "backlog.xls", NULL }, 2, "--format");
  run_fails (fixture, (const char *[]) { "export", "Nowhere", "-o", csv, NULL }, 2, "“Nowhere”");
}

static void
test_malformed_csv (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autofree char *unbalanced = cli_test_data_path ("cli", "fixtures", "unbalanced-quote.csv", NULL);
  g_autofree char *notes = cli_test_data_path ("cli", "fixtures", "sticky-notes.csv", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;

  fill_workshop (fixture);
  before = run_ok (fixture, (const char *[]) { "--json", "ideas", WORKSHOP, NULL });

  run_fails (fixture, (const char *[]) { "import", WORKSHOP, unbalanced, NULL }, 2, "line 3: unbalanced quote");
  run_fails (fixture, (const char *[]) { "import", WORKSHOP, unbalanced, NULL }, 2, "unbalanced-quote.csv");
  run_fails (fixture, (const char *[]) { "import", WORKSHOP, notes, NULL }, 2, "line 4, column “Likes”: “many”");

  after = run_ok (fixture, (const char *[]) { "--json", "ideas", WORKSHOP, NULL });
  g_assert_cmpstr (before, ==, after);

  /* Mapping the faulty column away lets the rest in, with a note for
   * the row that said done. */
  err = run_noted (fixture, (const char *[]) { "import", WORKSHOP, notes, "--map", "likes=ignore", NULL }, &out);
  g_assert_cmpstr (out, ==, "imported\t3\n");
  g_assert_true (g_str_has_prefix (err, "touchpoint-cli: note: 1 idea marked done came in as in progress"));

  run_fails (fixture, (const char *[]) { "import", WORKSHOP, notes, "--map", "Likes=lots", NULL }, 2, "rice-impact");
  run_fails (fixture, (const char *[]) { "import", WORKSHOP, notes, "--map", "Size=votes", NULL }, 2, "“Size”");
  run_fails (fixture, (const char *[]) { "import", WORKSHOP, notes, "--map", "Likes", NULL }, 2, "COLUMN=KIND");
  run_fails (fixture, (const char *[]) { "import", notes, NULL }, 2, "WORKSHOP");
  run_fails (fixture, (const char *[]) { "import", "Nowhere", notes, "--map", "3=ignore", NULL }, 2, "“Nowhere”");
}

static void
test_trello (CliFixture    *fixture,
             gconstpointer  data)
{
  g_autofree char *trello = cli_test_data_path ("csv", "fixtures", "trello.csv", NULL);
  g_autofree char *cp1252 = cli_test_data_path ("csv", "fixtures", "cp1252.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonArray) ideas = NULL;
  JsonObject *first;

  g_free (run_ok (fixture, (const char *[]) { "new-workshop", "Board", NULL }));
  out = run_ok (fixture, (const char *[]) { "import", "Board", trello, "--map", "List Name=tags", NULL });
  g_assert_cmpstr (out, ==, "imported\t3\n");

  ideas = list_ideas (fixture, "Board");
  g_assert_cmpuint (json_array_get_length (ideas), ==, 3);
  first = json_array_get_object_element (ideas, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "title"), ==, "Self-service address change");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (first, "details"), "Let customers"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "tags")), ==, 3);

  g_clear_pointer (&out, g_free);
  err = run_noted (fixture, (const char *[]) { "import", "Board", cp1252, NULL }, &out);
  g_assert_nonnull (strstr (err, "touchpoint-cli: note: "));
  g_assert_nonnull (strstr (err, "Windows-1252"));
}

static void
test_workshop_file (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autofree char *file = fixture_path (fixture, "support.touchpoint");
  g_autofree char *other_db = fixture_path (fixture, "other.db");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *once = NULL;
  g_autofree char *twice = NULL;
  g_autoptr(JsonArray) before = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(CliResult) result = NULL;
  g_auto(GStrv) workshops = NULL;

  fill_workshop (fixture);
  before = list_ideas (fixture, WORKSHOP);

  out = run_ok (fixture, (const char *[]) { "export", WORKSHOP, "--format", "touchpoint", "-o", file, NULL });
  g_assert_true (g_str_has_prefix (out, "exported\t3\ttouchpoint\t"));
  run_fails (fixture, (const char *[]) { "export", WORKSHOP, "-o", file, "--sort", "votes", NULL }, 2, "--sort");

  /* Into another library, known by its contents and without WORKSHOP. */
  result = run_args (other_db, fixture->decoy_path, (const char *[]) { "import", file, NULL });
  cli_assert_success (result);
  g_assert_true (g_str_has_prefix (result->out, "workshop\t"));
  g_assert_true (g_str_has_suffix (result->out, "\t" WORKSHOP "\n"));

  g_clear_pointer (&result, cli_result_free);
  result = run_args (other_db, fixture->decoy_path, (const char *[]) { "--json", "ideas", WORKSHOP, NULL });
  cli_assert_success (result);
  node = cli_parse_json (result->out);
  assert_same_ideas (before, json_node_get_array (node), TRUE);

  /* Back into the library it came from, twice: nothing changes. */
  once = run_ok (fixture, (const char *[]) { "--json", "ideas", WORKSHOP, NULL });
  g_clear_pointer (&out, g_free);
  out = run_ok (fixture, (const char *[]) { "import", WORKSHOP, file, NULL });
  g_assert_true (g_str_has_suffix (out, "\t" WORKSHOP "\n"));
  g_clear_pointer (&out, g_free);
  err = run_noted (fixture, (const char *[]) { "import", "Elsewhere", file, NULL }, &out);
  g_assert_nonnull (strstr (err, "note: a workshop file brings its own workshop"));
  twice = run_ok (fixture, (const char *[]) { "--json", "ideas", WORKSHOP, NULL });
  g_assert_cmpstr (once, ==, twice);

  g_clear_pointer (&out, g_free);
  out = run_ok (fixture, (const char *[]) { "workshops", NULL });
  workshops = cli_split_lines (out);
  g_assert_cmpuint (g_strv_length (workshops), ==, 1);

  run_fails (fixture, (const char *[]) { "import", file, "--map", "1=title", NULL }, 2, "--map");
}

static void
test_report (CliFixture    *fixture,
             gconstpointer  data)
{
  g_autofree char *md = fixture_path (fixture, "report.md");
  g_autofree char *pdf = fixture_path (fixture, "report.pdf");
  g_autofree char *pages = fixture_path (fixture, "page");
  g_autofree char *first_page = fixture_path (fixture, "page-1.png");
  g_autofree char *out = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GSubprocess) render = NULL;
  g_autoptr(GError) error = NULL;

  fill_workshop (fixture);

  out = run_ok (fixture, (const char *[]) { "report", WORKSHOP, "-o", md, NULL });
  g_assert_true (g_str_has_prefix (out, "exported\t3\tmd\t"));
  contents = read_file (md);
  g_assert_nonnull (strstr (contents, QUESTION));
  g_assert_nonnull (strstr (contents, "Call-back slots"));
  g_assert_nonnull (strstr (contents, "Receipts by email"));

  /* Written again over the last one, as cp would. */
  g_clear_pointer (&out, g_free);
  out = run_ok (fixture, (const char *[]) { "report", WORKSHOP, "-o", md, "--status", "shortlisted", NULL });
  g_assert_true (g_str_has_prefix (out, "exported\t1\tmd\t"));

  g_clear_pointer (&out, g_free);
  out = run_ok (fixture, (const char *[]) { "report", WORKSHOP, "-o", pdf, NULL });
  g_assert_true (g_str_has_prefix (out, "exported\t3\tpdf\t"));
  g_clear_pointer (&contents, g_free);
  contents = read_file (pdf);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  render = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                             pdftoppm, "-png", "-r", "40", "-f", "1", "-l", "1", pdf, pages, NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (render, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (first_page, G_FILE_TEST_IS_REGULAR));

  g_clear_pointer (&out, g_free);
  out = run_ok (fixture, (const char *[]) { "export", WORKSHOP, "--format", "md", "-o", md, NULL });
  g_assert_true (g_str_has_prefix (out, "exported\t3\tmd\t"));

  run_fails (fixture, (const char *[]) { "report", WORKSHOP, "-o", "report.txt", NULL }, 2, ".pdf or .md");
  run_fails (fixture, (const char *[]) { "report", WORKSHOP, "-o", pdf, "--format", "md", NULL }, 2, "extension");
  run_fails (fixture, (const char *[]) { "report", WORKSHOP, NULL }, 2, "-o FILE");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* meson passes the pdftoppm it found; by hand, the one on the PATH. */
  pdftoppm = argc > 1 ? argv[1] : g_find_program_in_path ("pdftoppm");
  if (pdftoppm == NULL)
    g_error ("pdftoppm (poppler-utils) is needed to check that the PDF renders");

  cli_add_test ("/cli/files/csv-round-trip", test_csv_round_trip);
  cli_add_test ("/cli/files/malformed-csv", test_malformed_csv);
  cli_add_test ("/cli/files/trello", test_trello);
  cli_add_test ("/cli/files/workshop-file", test_workshop_file);
  cli_add_test ("/cli/files/report", test_report);

  return g_test_run ();
}
