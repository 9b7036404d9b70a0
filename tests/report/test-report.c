/* test-report.c — the Markdown and PDF reports of a workshop
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "tp-report.h"
#include "tp-test.h"

#define QUESTION "How might we keep the customer in the loop after an engineer’s visit?"
#define PASSING  "Book the second visit on the spot"
#define BLOCKED  "Sales call right after the install"
#define UNWALKED "An inbound line | for callbacks"

static const char *pdftoppm;

typedef struct
{
  char       *dir;
  char       *path;
  TpStore    *store;
  TpWorkshop *workshop;
  TpIdea     *passing;
  TpIdea     *blocked;
  TpIdea     *unwalked;
} Fixture;

static GListStore *
sales_call_journey (gboolean can_come_back)
{
  GListStore *steps = g_list_store_new (TP_TYPE_JOURNEY_STEP);
  g_autoptr(TpJourneyStep) discover = tp_journey_step_new ("Discover");
  g_autoptr(TpJourneyStep) decide = tp_journey_step_new ("Decide");
  g_autoptr(TpJourneyStep) help = tp_journey_step_new ("Get help");

  g_object_set (discover, "channels", TP_CHANNEL_PHONE | TP_CHANNEL_WEB | TP_CHANNEL_APP, NULL);
  g_object_set (decide,
                "channels", TP_CHANNEL_PHONE | TP_CHANNEL_APP,
                "description", "Sales call after the engineer's visit",
                "immediate-decision", TRUE,
                "can-come-back", can_come_back,
                NULL);
  g_object_set (help, "channels", TP_CHANNEL_PHONE | TP_CHANNEL_WEB | TP_CHANNEL_CHAT, NULL);

  g_list_store_append (steps, discover);
  g_list_store_append (steps, decide);
  g_list_store_append (steps, help);
  return steps;
}

static TpIdea *
add_idea (Fixture            *fixture,
          const char         *title,
          const char         *details,
          const char * const *tags,
          guint               impact,
          guint               effort,
          TpMoscow            moscow)
{
  g_autoptr(GError) error = NULL;
  TpScores scores = TP_SCORES_INIT;
  TpIdea *idea = tp_store_add_idea (fixture->store, fixture->workshop, title, details,
                                    NULL, tags, &error);

  g_assert_no_error (error);
  scores.impact = impact;
  scores.effort = effort;
  scores.rice_reach = 400;
  scores.rice_impact = 2;
  scores.rice_confidence = 80;
  scores.rice_effort = effort;
  scores.moscow = moscow;
  g_assert_true (tp_store_set_idea_scores (fixture->store, idea, &scores, &error));
  g_assert_no_error (error);

  return idea;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) smooth = sales_call_journey (TRUE);
  g_autoptr(GListStore) no_way_back = sales_call_journey (FALSE);
  g_autoptr(TpWalk) blocked_walk = NULL;
  GListModel *personas;
  TpParticipant *ana;

  fixture->dir = g_dir_make_tmp ("touchpoint-report-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
  fixture->workshop = tp_store_create_workshop (fixture->store, "Install visit", &error);
  g_assert_no_error (error);
  g_assert_true (tp_store_set_workshop_question (fixture->store, fixture->workshop, QUESTION, &error));
  g_assert_no_error (error);

  fixture->passing = add_idea (fixture, PASSING,
                               "The engineer books the follow-up with the customer before leaving, "
                               "so nobody has to chase a phone number later.",
                               (const char *[]) { "visit", "sales", NULL }, 4, 2, TP_MOSCOW_MUST);
  fixture->blocked = add_idea (fixture, BLOCKED, NULL,
                               (const char *[]) { "sales", NULL }, 3, 1, TP_MOSCOW_SHOULD);
  fixture->unwalked = add_idea (fixture, UNWALKED, "Callbacks *within* the hour.",
                                NULL, 2, 4, TP_MOSCOW_COULD);

  ana = tp_store_add_participant (fixture->store, fixture->workshop, "Ana", 10, &error);
  g_assert_no_error (error);
  g_assert_true (tp_store_add_votes (fixture->store, fixture->passing, ana, 2, &error));
  g_assert_true (tp_store_add_votes (fixture->store, fixture->blocked, ana, 3, &error));
  g_assert_true (tp_store_add_votes (fixture->store, fixture->unwalked, ana, 1, &error));
  g_assert_no_error (error);

  /* Every persona walks the passing idea; the team accepts each friction. */
  g_assert_true (tp_store_set_journey (fixture->store, fixture->passing, G_LIST_MODEL (smooth), &error));
  personas = tp_store_get_personas (fixture->store, fixture->workshop);
  for (guint i = 0; i < g_list_model_get_n_items (personas); i++)
    {
      g_autoptr(TpPersona) persona = g_list_model_get_item (personas, i);
      g_autoptr(TpWalk) walk = tp_store_walk_idea (fixture->store, fixture->passing, persona, 5, &error);
      TpWalkResult *result = tp_walk_get_result (walk);

      g_assert_no_error (error);
      for (guint f = 0; f < tp_walk_result_get_n_findings (result); f++)
        if (tp_finding_get_severity (tp_walk_result_get_finding (result, f)) == TP_SEVERITY_FRICTION)
          g_assert_true (tp_store_accept_friction (fixture->store, walk, f,
                                                   "The engineer stays until it is booked", &error));
      g_assert_true (tp_store_set_walk_note (fixture->store, walk, 1, "Leave a card with the number", &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (tp_idea_get_verdict (fixture->passing), ==, TP_VERDICT_PASSED);

  g_assert_true (tp_store_set_journey (fixture->store, fixture->blocked, G_LIST_MODEL (no_way_back), &error));
  blocked_walk = tp_store_walk_idea (fixture->store, fixture->blocked,
                                     g_list_model_get_item (personas, 0), 4, &error);
  g_object_unref (g_list_model_get_item (personas, 0));
  g_assert_no_error (error);
  g_assert_cmpint (tp_idea_get_verdict (fixture->blocked), ==, TP_VERDICT_BLOCKED);
  g_assert_cmpint (tp_idea_get_verdict (fixture->unwalked), ==, TP_VERDICT_NOT_WALKED);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  tp_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static char *
write_markdown (TpReport *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();

  g_assert_true (tp_report_write_markdown (report, stream, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (stream, NULL, NULL));

  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
}

static void
assert_in_order (const char         *text,
                 const char * const *needles)
{
  const char *from = text;

  for (guint i = 0; needles[i]; i++)
    {
      const char *found = strstr (from, needles[i]);

      if (found == NULL)
        g_error ("“%s” is missing, or out of order, in:\n%s", needles[i], text);
      from = found + strlen (needles[i]);
    }
}

static void
test_markdown (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpReport) report = tp_report_new (fixture->store, fixture->workshop,
                                              TP_SORT_VOTES, NULL, &error);
  g_autoptr(GPtrArray) personas = tp_store_get_idea_personas (fixture->store, fixture->blocked, NULL);
  g_autoptr(TpWalk) walk = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *gap = NULL;
  const char *backlog;
  TpFinding *barrier;

  g_assert_no_error (error);
  g_assert_cmpuint (report->ideas->len, ==, 3);
  g_assert_cmpuint (report->n_passed, ==, 1);
  g_assert_cmpuint (report->n_blocked, ==, 1);
  g_assert_cmpuint (report->n_not_walked, ==, 1);
  g_assert_true (report->has_gap);
  g_assert_cmpuint (report->n_gap_walks, ==, 4);

  markdown = write_markdown (report);
  g_assert_nonnull (strstr (markdown, "# Install visit\n"));
  g_assert_nonnull (strstr (markdown, QUESTION));

  /* The backlog table, most votes first; a pipe in a title stays in its cell. */
  backlog = strstr (markdown, "| # |");
  g_assert_nonnull (backlog);
  assert_in_order (backlog, (const char *[]) {
    "| 1 | " BLOCKED " | 3 | 3 / 1 · Quick Win |", "Should Have", "Blocked at step 2 |\n",
    "| 2 | " PASSING " | 2 | 4 / 2 · Quick Win |", "Must Have", "Passed |\n",
    "| 3 | An inbound line \\| for callbacks | 1 | 2 / 4 · Money Pit |", "Not walked |\n",
    NULL });

  /* Then a section per idea, in the same order, each with its verdict. */
  assert_in_order (backlog, (const char *[]) {
    "### 1. " BLOCKED, "Journey: Blocked at step 2",
    "### 2. " PASSING, "Journey: Passed",
    "### 3. An inbound line", "Journey: Not walked", "Callbacks \\*within\\* the hour.",
    NULL });

  /* The barrier that blocked it, with its fix; the accepted frictions. */
  walk = tp_store_get_latest_walk (fixture->store, fixture->blocked, g_ptr_array_index (personas, 0), &error);
  g_assert_no_error (error);
  barrier = tp_walk_result_get_finding (tp_walk_get_result (walk), 0);
  g_assert_cmpint (tp_finding_get_severity (barrier), ==, TP_SEVERITY_BARRIER);
  assert_in_order (markdown, (const char *[]) {
    "### 1. ", "**Barrier**, step 2 (Decide): ", tp_finding_get_message (barrier),
    "_Fix:_ ", tp_finding_get_fix (barrier),
    "### 2. ", "**Accepted:** The engineer stays until it is booked",
    "Team notes:", "step 1 (Discover): Leave a card with the number",
    NULL });

  /* The emotion curve as a sparkline, and the perception gap. */
  g_assert_nonnull (strstr (markdown, "| Persona | Curve | 1 · Discover | 2 · Decide | 3 · Get help |"));
  g_assert_nonnull (strstr (markdown, "`▄"));
  gap = tp_report_format_signed (report->gap);
  g_assert_cmpfloat (report->gap, >, 0.0);
  assert_in_order (markdown, (const char *[]) {
    "## Summary", "**Perception gap: ", gap, "The team expected ", gap,
    " more than the simulated customers (4 walks).", NULL });
}

static void
test_filter_and_rank (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpBacklogFilter) filter = tp_backlog_filter_new ();
  g_autoptr(TpReport) report = NULL;
  g_autofree char *markdown = NULL;
  TpReportIdea *first;

  tp_backlog_filter_set_tags (filter, (const char *[]) { "sales", NULL }, FALSE);
  report = tp_report_new (fixture->store, fixture->workshop, TP_SORT_RICE, filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->ideas->len, ==, 2);
  first = g_ptr_array_index (report->ideas, 0);
  g_assert_true (first->idea == fixture->blocked);   /* effort 1 gives the larger RICE */
  g_assert_cmpuint (first->walks->len, ==, 3);
  g_assert_cmpstr (tp_report_get_stage (first, 2), ==, "Decide");
  g_assert_null (tp_report_get_stage (first, 4));

  markdown = write_markdown (report);
  g_assert_null (strstr (markdown, "An inbound line"));
  g_assert_nonnull (strstr (markdown, "Sorted by RICE Score. Only the ideas"));
}

static guint
count_pages (const char *dir,
             const char *prefix)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (listing)))
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".png"))
      n++;
  return n;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (listing))
    n++;
  return n;
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpReport) report = tp_report_new (fixture->store, fixture->workshop,
                                              TP_SORT_VOTES, NULL, &error);
  g_autofree char *pdf = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autofree char *pages = g_build_filename (fixture->dir, "page", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GSubprocess) render = NULL;
  guint before;
  gsize length;

  g_assert_no_error (error);
  before = count_entries (fixture->dir);
  g_assert_true (tp_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);

  /* Only the report is new: the temporary file was renamed, not left. */
  g_assert_cmpuint (count_entries (fixture->dir), ==, before + 1);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* Writing again replaces it whole. */
  g_assert_true (tp_report_write_pdf (report, pdf, &error));
  g_assert_cmpuint (count_entries (fixture->dir), ==, before + 1);

  render = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                             pdftoppm, "-png", "-r", "50", pdf, pages, NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (render, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_pages (fixture->dir, "page"), >=, 2);
}

static void
test_missing_directory (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpReport) report = tp_report_new (fixture->store, fixture->workshop,
                                              TP_SORT_RANK, NULL, &error);
  g_autofree char *missing = g_build_filename (fixture->dir, "not-there", NULL);
  g_autofree char *pdf = g_build_filename (missing, "report.pdf", NULL);
  g_autofree char *md = g_build_filename (missing, "report.md", NULL);
  g_autofree char *expected = g_strdup_printf ("Cannot write “%s”: ", pdf);
  guint before = count_entries (fixture->dir);

  g_assert_no_error (error);
  g_assert_false (tp_report_write_pdf (report, pdf, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_STORAGE);
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_assert_nonnull (strstr (error->message, g_strerror (ENOENT)));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (tp_report_save_markdown (report, md, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, md));
  g_assert_false (g_file_test (md, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (fixture->dir), ==, before);
}

static void
test_save_markdown (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpReport) report = tp_report_new (fixture->store, fixture->workshop,
                                              TP_SORT_IMPACT_EFFORT, NULL, &error);
  g_autofree char *md = g_build_filename (fixture->dir, "report.md", NULL);
  g_autofree char *saved = NULL;
  g_autofree char *streamed = write_markdown (report);

  g_assert_true (tp_report_save_markdown (report, md, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (md, &saved, NULL, &error));
  g_assert_cmpstr (saved, ==, streamed);
  g_assert_true (g_utf8_validate (saved, -1, NULL));
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

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/report/markdown", test_markdown);
  ADD ("/report/filter-and-rank", test_filter_and_rank);
  ADD ("/report/save-markdown", test_save_markdown);
  ADD ("/report/pdf", test_pdf);
  ADD ("/report/missing-directory", test_missing_directory);
#undef ADD

  return g_test_run ();
}
