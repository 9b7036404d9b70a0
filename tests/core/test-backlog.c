/* test-backlog.c — tags, dot votes, scores, rank, sorting and filtering
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "tp-backlog-filter-model.h"
#include "tp-backlog.h"
#include "tp-capture.h"
#include "tp-follower.h"
#include "tp-store.h"
#include "tp-test.h"

typedef struct
{
  char       *dir;
  char       *path;
  TpStore    *store;
  TpWorkshop *workshop;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("touchpoint-backlog-XXXXXX", &error);
  fixture->path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
  fixture->workshop = tp_store_create_workshop (fixture->store, "Backlog", &error);
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

static TpIdea *
capture (Fixture    *fixture,
         const char *text)
{
  g_autoptr(GError) error = NULL;
  TpIdea *idea = tp_store_capture_idea (fixture->store, fixture->workshop, text, &error);

  g_assert_no_error (error);
  return idea;
}

static int
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_close (db);

  return rc;
}

static void
test_tags (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *tags = tp_store_get_tags (fixture->store, fixture->workshop);
  TpIdea *a = capture (fixture, "Inbound line #contact #sales");
  TpIdea *b = capture (fixture, "Quote by post #Sales");
  g_autoptr(GPtrArray) both = g_ptr_array_new ();
  TpTag *sales, *created;

  /* Capture created the tags, once each whatever the case. */
  g_assert_cmpuint (g_list_model_get_n_items (tags), ==, 2);
  sales = tp_store_find_tag (fixture->store, fixture->workshop, "SALES", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tp_tag_get_n_ideas (sales), ==, 2);
  g_assert_true (tp_tag_is_colour (tp_tag_get_colour (sales)));

  created = tp_store_create_tag (fixture->store, fixture->workshop, "#billing", "purple", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tp_tag_get_name (created), ==, "billing");
  g_assert_null (tp_store_create_tag (fixture->store, fixture->workshop, "Billing", NULL, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tp_store_recolour_tag (fixture->store, created, "chartreuse", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);

  /* Renaming shows on every idea at once. */
  g_assert_true (tp_store_rename_tag (fixture->store, sales, "revenue", &error));
  g_assert_no_error (error);
  g_assert_cmpstrv (tp_idea_get_tags (a), ((const char *[]) { "contact", "revenue", NULL }));
  g_assert_cmpstrv (tp_idea_get_tags (b), ((const char *[]) { "revenue", NULL }));
  g_assert_false (tp_store_rename_tag (fixture->store, sales, "Contact", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);

  /* Bulk tagging of a selection. */
  g_ptr_array_add (both, a);
  g_ptr_array_add (both, b);
  g_assert_true (tp_store_tag_ideas (fixture->store, both, (const char *[]) { "billing", NULL }, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (tp_tag_get_n_ideas (created), ==, 2);
  g_assert_true (tp_store_tag_ideas (fixture->store, both, (const char *[]) { "revenue", NULL }, FALSE, &error));
  g_assert_cmpstrv (tp_idea_get_tags (a), ((const char *[]) { "contact", "billing", NULL }));

  g_assert_true (tp_store_delete_tag (fixture->store, created, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstrv (tp_idea_get_tags (a), ((const char *[]) { "contact", NULL }));
  g_assert_null (tp_store_find_tag (fixture->store, fixture->workshop, "billing", NULL));

  /* Found whatever the case, with or without its hash, in plain ASCII or
   * not, either way round. */
  created = tp_store_create_tag (fixture->store, fixture->workshop, "Straße", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (tp_store_find_tag (fixture->store, fixture->workshop, "#CONTACT", NULL) != NULL);
  g_assert_true (tp_store_find_tag (fixture->store, fixture->workshop, "STRASSE", NULL) == created);
  g_assert_true (tp_store_find_tag (fixture->store, fixture->workshop, "#straße", NULL) == created);
  g_assert_null (tp_store_find_tag (fixture->store, fixture->workshop, "strass", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "strass"));
}

/* A deleted tag comes back with its colour, on the ideas it was on, at
 * the place it had among each idea's tags; an idea gone for good since
 * is left out, and a tag of the same name made meanwhile takes the links. */
static void
test_tag_undo (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(TpDeletedTag) deleted = NULL;
  g_autoptr(GError) error = NULL;
  TpIdea *a = capture (fixture, "Call-back line #sales #contact #web");
  TpIdea *b = capture (fixture, "Inbound number #sales");
  TpIdea *c = capture (fixture, "Quote by email #sales");
  TpTag *sales = tp_store_find_tag (fixture->store, fixture->workshop, "sales", NULL);
  g_autofree char *delete_c = g_strdup_printf ("PRAGMA foreign_keys = ON; DELETE FROM ideas WHERE id = %" G_GINT64_FORMAT,
                                               tp_idea_get_id (c));
  TpTag *again;

  g_assert_true (tp_store_recolour_tag (fixture->store, sales, "purple", &error));
  g_assert_true (tp_store_delete_tag (fixture->store, sales, &deleted, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tp_deleted_tag_get_name (deleted), ==, "sales");
  g_assert_null (tp_store_find_tag (fixture->store, fixture->workshop, "sales", NULL));
  g_assert_cmpstrv (tp_idea_get_tags (a), ((const char *[]) { "contact", "web", NULL }));

  g_assert_true (tp_store_restore_tag (fixture->store, deleted, &error));
  g_assert_no_error (error);
  again = tp_store_find_tag (fixture->store, fixture->workshop, "sales", NULL);
  g_assert_nonnull (again);
  g_assert_cmpstr (tp_tag_get_colour (again), ==, "purple");
  g_assert_cmpuint (tp_tag_get_n_ideas (again), ==, 3);
  g_assert_cmpstrv (tp_idea_get_tags (a), ((const char *[]) { "sales", "contact", "web", NULL }));
  g_assert_cmpstrv (tp_idea_get_tags (b), ((const char *[]) { "sales", NULL }));
  g_clear_pointer (&deleted, tp_deleted_tag_free);

  /* Gone for good: the idea deleted outright, as the trash's purge does. */
  g_assert_true (tp_store_delete_tag (fixture->store, again, &deleted, &error));
  g_assert_cmpint (raw_exec (fixture->path, delete_c), ==, SQLITE_OK);
  g_assert_nonnull (tp_store_create_tag (fixture->store, fixture->workshop, "Sales", "green", &error));
  g_assert_no_error (error);
  g_assert_true (tp_store_restore_tag (fixture->store, deleted, &error));
  g_assert_no_error (error);
  again = tp_store_find_tag (fixture->store, fixture->workshop, "sales", NULL);
  g_assert_cmpstr (tp_tag_get_name (again), ==, "Sales");
  g_assert_cmpstr (tp_tag_get_colour (again), ==, "green");
  g_assert_cmpuint (tp_tag_get_n_ideas (again), ==, 2);
  g_assert_cmpstrv (tp_idea_get_tags (a), ((const char *[]) { "Sales", "contact", "web", NULL }));
  g_clear_pointer (&deleted, tp_deleted_tag_free);

  /* An idea that has filled up its tags since keeps them as they are. */
  {
    g_autoptr(GPtrArray) just_b = g_ptr_array_new ();
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_auto(GStrv) twenty = NULL;

    g_assert_true (tp_store_delete_tag (fixture->store, again, &deleted, &error));
    for (guint i = 0; i < TP_CAPTURE_TAGS_MAX; i++)
      {
        g_autofree char *name = g_strdup_printf ("t%u", i);

        g_strv_builder_add (builder, name);
      }
    twenty = g_strv_builder_end (builder);
    g_ptr_array_add (just_b, b);
    g_assert_true (tp_store_tag_ideas (fixture->store, just_b, (const char * const *) twenty, TRUE, &error));
    g_assert_no_error (error);
    g_assert_true (tp_store_restore_tag (fixture->store, deleted, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length ((GStrv) tp_idea_get_tags (b)), ==, TP_CAPTURE_TAGS_MAX);
    g_assert_false (g_strv_contains (tp_idea_get_tags (b), "Sales"));
    g_assert_true (g_strv_contains (tp_idea_get_tags (a), "Sales"));
  }
}

static void
test_vote_budget (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpIdea *a = capture (fixture, "Call-back line");
  TpIdea *b = capture (fixture, "Whole-journey survey");
  TpParticipant *sam = tp_store_add_participant (fixture->store, fixture->workshop, "Sam", 3, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (tp_participant_get_left (sam), ==, 3);
  g_assert_null (tp_store_add_participant (fixture->store, fixture->workshop, "sam", 3, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);

  /* Several dots may go on one idea. */
  g_assert_true (tp_store_add_vote (fixture->store, a, sam, &error));
  g_assert_true (tp_store_add_vote (fixture->store, a, sam, &error));
  g_assert_true (tp_store_add_vote (fixture->store, b, sam, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (tp_idea_get_votes (a), ==, 2);
  g_assert_cmpuint (tp_store_count_votes (fixture->store, a, sam), ==, 2);
  g_assert_cmpuint (tp_participant_get_left (sam), ==, 0);

  g_assert_false (tp_store_add_vote (fixture->store, b, sam, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "Sam has used all 3 votes"));
  g_clear_error (&error);
  g_assert_cmpuint (tp_idea_get_votes (b), ==, 1);

  /* The database refuses the same overspend. */
  g_assert_cmpint (raw_exec (fixture->path, "INSERT INTO votes (idea_id, participant_id, created_at) "
                                            "VALUES (2, 1, 'now')"), ==, SQLITE_CONSTRAINT);

  g_assert_false (tp_store_update_participant (fixture->store, sam, "Sam", 2, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (tp_store_remove_vote (fixture->store, a, sam, &error));
  g_assert_cmpuint (tp_participant_get_left (sam), ==, 1);
  g_assert_cmpuint (tp_idea_get_votes (a), ==, 1);
  g_assert_true (tp_store_add_vote (fixture->store, b, sam, &error));
  g_assert_no_error (error);

  g_assert_false (tp_store_remove_vote (fixture->store, a, sam, &error) &&
                  tp_store_remove_vote (fixture->store, a, sam, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);

  /* A trashed idea gives its dots back while it is in the trash. */
  g_assert_true (tp_store_trash_idea (fixture->store, g_object_ref (b), &error));
  g_assert_cmpuint (tp_participant_get_left (sam), ==, 3);
  g_assert_true (tp_store_restore_idea (fixture->store, b, &error));
  g_assert_cmpuint (tp_participant_get_left (sam), ==, 1);

  /* Dots spent elsewhere while an idea was in the trash win: restoring
   * it keeps only what still fits the budget. */
  g_assert_true (tp_store_trash_idea (fixture->store, b, &error));
  g_assert_true (tp_store_add_votes (fixture->store, a, sam, 3, &error));
  g_assert_no_error (error);
  g_assert_true (tp_store_restore_idea (fixture->store, b, &error));
  g_assert_cmpuint (tp_participant_get_used (sam), ==, 3);
  g_assert_cmpuint (tp_participant_get_left (sam), ==, 0);
  g_assert_cmpuint (tp_idea_get_votes (b), ==, 0);
  g_object_unref (b);
}

/* Each participant's dots on an idea, as idea:participant:dots. */
static char *
vote_rows (Fixture *fixture)
{
  return tp_test_query_text (fixture->path,
                             "SELECT group_concat (idea_id || ':' || participant_id || ':' || dots, ' ') FROM "
                             "  (SELECT * FROM votes ORDER BY idea_id, participant_id)");
}

#define assert_vote_rows(fixture, expected) \
  G_STMT_START { \
    g_autofree char *rows_ = vote_rows (fixture); \
    g_assert_cmpstr (rows_, ==, expected); \
  } G_STMT_END

/* A participant's dots on an idea are one row with their number: more
 * dots raise it, each one taken back lowers it, and the last one takes
 * the row away. */
static void
test_vote_dots (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpIdea *a = capture (fixture, "Call-back line");
  TpIdea *b = capture (fixture, "Whole-journey survey");
  TpParticipant *sam = tp_store_add_participant (fixture->store, fixture->workshop, "Sam", 3, &error);
  TpParticipant *kim = tp_store_add_participant (fixture->store, fixture->workshop, "Kim", 3, &error);

  g_assert_no_error (error);
  g_assert_true (tp_store_add_vote (fixture->store, a, sam, &error));
  g_assert_true (tp_store_add_votes (fixture->store, a, sam, 2, &error));
  g_assert_true (tp_store_add_vote (fixture->store, a, kim, &error));
  g_assert_no_error (error);
  assert_vote_rows (fixture, "1:1:3 1:2:1");
  g_assert_cmpuint (tp_idea_get_votes (a), ==, 4);
  g_assert_cmpuint (tp_store_count_votes (fixture->store, a, sam), ==, 3);
  g_assert_cmpuint (tp_participant_get_left (sam), ==, 0);

  /* A fourth dot is refused in the user's words, whether it would raise
   * Sam's row or start a new one, and so are too many at once. */
  g_assert_false (tp_store_add_vote (fixture->store, a, sam, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_REFUSED);
  g_assert_cmpstr (error->message, ==, "Sam has used all 3 votes: take one back to vote for “Call-back line”");
  g_clear_error (&error);
  g_assert_false (tp_store_add_vote (fixture->store, b, sam, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_REFUSED);
  g_assert_cmpstr (error->message, ==, "Sam has used all 3 votes: take one back to vote for “Whole-journey survey”");
  g_clear_error (&error);
  g_assert_false (tp_store_add_votes (fixture->store, a, kim, 3, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_REFUSED);
  g_clear_error (&error);
  assert_vote_rows (fixture, "1:1:3 1:2:1");
  g_assert_cmpuint (tp_idea_get_votes (a), ==, 4);

  g_assert_true (tp_store_remove_vote (fixture->store, a, sam, &error));
  g_assert_no_error (error);
  assert_vote_rows (fixture, "1:1:2 1:2:1");
  g_assert_cmpuint (tp_store_count_votes (fixture->store, a, sam), ==, 2);
  g_assert_cmpuint (tp_idea_get_votes (a), ==, 3);
  g_assert_cmpuint (tp_participant_get_left (sam), ==, 1);

  g_assert_true (tp_store_remove_vote (fixture->store, a, sam, &error));
  g_assert_true (tp_store_remove_vote (fixture->store, a, sam, &error));
  g_assert_no_error (error);
  assert_vote_rows (fixture, "1:2:1");
  g_assert_cmpuint (tp_store_count_votes (fixture->store, a, sam), ==, 0);
  g_assert_cmpuint (tp_participant_get_left (sam), ==, 3);
  g_assert_false (tp_store_remove_vote (fixture->store, a, sam, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);
  assert_vote_rows (fixture, "1:2:1");

  /* Back from the trash, an idea keeps as many of a participant's dots
   * as the budget has room for beside those spent meanwhile. */
  g_assert_true (tp_store_add_votes (fixture->store, b, sam, 3, &error));
  g_assert_true (tp_store_trash_idea (fixture->store, g_object_ref (b), &error));
  g_assert_true (tp_store_add_votes (fixture->store, a, sam, 2, &error));
  g_assert_true (tp_store_restore_idea (fixture->store, b, &error));
  g_assert_no_error (error);
  assert_vote_rows (fixture, "1:1:2 1:2:1 2:1:1");
  g_assert_cmpuint (tp_idea_get_votes (b), ==, 1);
  g_assert_cmpuint (tp_participant_get_left (sam), ==, 0);
  g_object_unref (b);
}

static void
test_scores (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpIdea *idea = capture (fixture, "Self-service reschedule");
  TpScores scores = TP_SCORES_INIT;
  TpScores bad;

  g_assert_cmpfloat (tp_idea_get_rice_score (idea), ==, -1);
  g_assert_cmpint (tp_idea_get_quadrant (idea), ==, TP_QUADRANT_NONE);

  scores.impact = 4;
  scores.effort = 2;
  scores.rice_reach = 100;
  scores.rice_impact = 2;
  scores.rice_confidence = 80;
  scores.rice_effort = 4;
  scores.moscow = TP_MOSCOW_SHOULD;
  g_assert_true (tp_store_set_idea_scores (fixture->store, idea, &scores, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (tp_idea_get_rice_score (idea), 40.0, 1e-9);
  g_assert_cmpint (tp_idea_get_quadrant (idea), ==, TP_QUADRANT_QUICK_WIN);

  bad = scores;
  bad.impact = 6;
  g_assert_false (tp_store_set_idea_scores (fixture->store, idea, &bad, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Impact"));
  g_clear_error (&error);

  bad = scores;
  bad.rice_impact = 0.7;
  g_assert_false (tp_store_set_idea_scores (fixture->store, idea, &bad, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);

  bad = scores;
  bad.rice_confidence = 101;
  g_assert_false (tp_store_set_idea_scores (fixture->store, idea, &bad, &error));
  g_clear_error (&error);

  bad = scores;
  bad.rice_effort = 0;
  g_assert_false (tp_store_set_idea_scores (fixture->store, idea, &bad, &error));
  g_clear_error (&error);

  /* None of the refused changes landed. */
  g_assert_cmpfloat_with_epsilon (tp_idea_get_rice_score (idea), 40.0, 1e-9);

  g_assert_cmpint (raw_exec (fixture->path, "UPDATE ideas SET impact = 9"), ==, SQLITE_CONSTRAINT);

  /* Reopening keeps every score. */
  {
    TpStore *again;
    TpWorkshop *workshop;
    g_autoptr(TpIdea) reread = NULL;
    TpScores kept;

    again = tp_store_new (fixture->path, &error);
    g_assert_no_error (error);
    workshop = tp_store_find_workshop (again, "Backlog", &error);
    reread = g_list_model_get_item (tp_store_get_ideas (again, workshop), 0);
    tp_idea_get_scores (reread, &kept);
    g_assert_cmpuint (kept.impact, ==, 4);
    g_assert_cmpuint (kept.effort, ==, 2);
    g_assert_cmpint (kept.rice_confidence, ==, 80);
    g_assert_cmpint (kept.moscow, ==, TP_MOSCOW_SHOULD);
    g_clear_object (&reread);
    g_assert_finalize_object (again);
  }
}

static void
test_filter_change (void)
{
  g_autoptr(TpBacklogFilter) filter = tp_backlog_filter_new ();

  g_assert_cmpint (tp_backlog_filter_change_text (filter, "c"), ==, TP_FILTER_STRICTER);
  g_assert_cmpint (tp_backlog_filter_change_text (filter, "ca"), ==, TP_FILTER_STRICTER);
  g_assert_cmpint (tp_backlog_filter_change_text (filter, "CA "), ==, TP_FILTER_SAME);
  g_assert_cmpint (tp_backlog_filter_change_text (filter, "c"), ==, TP_FILTER_LOOSER);
  g_assert_cmpint (tp_backlog_filter_change_text (filter, "x"), ==, TP_FILTER_DIFFERENT);
  g_assert_cmpint (tp_backlog_filter_change_text (filter, ""), ==, TP_FILTER_LOOSER);
}

static void
test_quadrants (void)
{
  g_assert_cmpint (tp_quadrant_for (5, 1), ==, TP_QUADRANT_QUICK_WIN);
  g_assert_cmpint (tp_quadrant_for (3, 3), ==, TP_QUADRANT_BIG_BET);
  g_assert_cmpint (tp_quadrant_for (2, 2), ==, TP_QUADRANT_FILL_IN);
  g_assert_cmpint (tp_quadrant_for (1, 5), ==, TP_QUADRANT_MONEY_PIT);
  g_assert_cmpint (tp_quadrant_for (0, 5), ==, TP_QUADRANT_NONE);
}

static void
set_impact_effort (Fixture *fixture,
                   TpIdea  *idea,
                   guint    impact,
                   guint    effort)
{
  g_autoptr(GError) error = NULL;
  TpScores scores;

  tp_idea_get_scores (idea, &scores);
  scores.impact = impact;
  scores.effort = effort;
  g_assert_true (tp_store_set_idea_scores (fixture->store, idea, &scores, &error));
  g_assert_no_error (error);
}

static int
compare_votes_cb (gconstpointer a,
                  gconstpointer b)
{
  return tp_backlog_compare (*(TpIdea **)a, *(TpIdea **)b, TP_SORT_VOTES);
}

static int
compare_quadrant_cb (gconstpointer a,
                     gconstpointer b)
{
  return tp_backlog_compare (*(TpIdea **)a, *(TpIdea **)b, TP_SORT_IMPACT_EFFORT);
}

static void
test_sort_and_rank (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpIdea *first = capture (fixture, "First");
  TpIdea *second = capture (fixture, "Second");
  TpIdea *third = capture (fixture, "Third");
  TpParticipant *ana = tp_store_add_participant (fixture->store, fixture->workshop, "Ana", 5, &error);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  g_assert_cmpint (tp_idea_get_rank (first), ==, 0);
  g_assert_cmpint (tp_idea_get_rank (third), ==, 2);

  tp_store_add_vote (fixture->store, third, ana, &error);
  tp_store_add_vote (fixture->store, third, ana, &error);
  tp_store_add_vote (fixture->store, second, ana, &error);
  tp_store_add_vote (fixture->store, first, ana, &error);
  g_assert_no_error (error);

  /* Votes first; the tie between first and second goes to age. */
  g_ptr_array_add (order, second);
  g_ptr_array_add (order, third);
  g_ptr_array_add (order, first);
  g_ptr_array_sort (order, compare_votes_cb);
  g_assert_true (order->pdata[0] == third);
  g_assert_true (order->pdata[1] == first);
  g_assert_true (order->pdata[2] == second);

  set_impact_effort (fixture, first, 1, 5);   /* money pit */
  set_impact_effort (fixture, second, 5, 1);  /* quick win */
  set_impact_effort (fixture, third, 4, 4);   /* big bet */
  g_ptr_array_sort (order, compare_quadrant_cb);
  g_assert_true (order->pdata[0] == second);
  g_assert_true (order->pdata[1] == third);
  g_assert_true (order->pdata[2] == first);

  /* Manual rank: move the third idea to the top. */
  g_assert_true (tp_store_move_idea (fixture->store, third, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tp_idea_get_rank (third), ==, 0);
  g_assert_cmpint (tp_idea_get_rank (first), ==, 1);
  g_assert_cmpint (tp_idea_get_rank (second), ==, 2);

  g_assert_true (tp_store_move_idea (fixture->store, third, 99, &error));
  g_assert_cmpint (tp_idea_get_rank (third), ==, 2);
  g_assert_cmpint (tp_idea_get_rank (first), ==, 0);
}

static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(TpBacklogFilter) filter = tp_backlog_filter_new ();
  TpIdea *a = capture (fixture, "Call-back line #contact #sales @Jerry");
  TpIdea *b = capture (fixture, "Rückruf für Kundinnen #contact");
  TpIdea *c = capture (fixture, "Whole-journey survey #feedback");
  const char *contact_sales[] = { "contact", "#Sales", NULL };

  g_assert_true (tp_backlog_filter_is_empty (filter));
  g_assert_true (tp_backlog_filter_matches (filter, a));

  tp_backlog_filter_set_text (filter, "  JERRY ");
  g_assert_true (tp_backlog_filter_matches (filter, a));
  g_assert_false (tp_backlog_filter_matches (filter, b));

  tp_backlog_filter_set_text (filter, "RÜCKRUF");
  g_assert_true (tp_backlog_filter_matches (filter, b));
  tp_backlog_filter_set_text (filter, "feedback");  /* tags are searched too */
  g_assert_true (tp_backlog_filter_matches (filter, c));
  tp_backlog_filter_set_text (filter, NULL);

  tp_backlog_filter_set_tags (filter, contact_sales, TRUE);
  g_assert_true (tp_backlog_filter_matches (filter, a));
  g_assert_false (tp_backlog_filter_matches (filter, b));
  tp_backlog_filter_set_tags (filter, contact_sales, FALSE);
  g_assert_true (tp_backlog_filter_matches (filter, b));
  g_assert_false (tp_backlog_filter_matches (filter, c));
  tp_backlog_filter_set_tags (filter, NULL, FALSE);

  tp_store_set_idea_status (fixture->store, c, TP_IDEA_STATUS_PARKED, NULL);
  tp_backlog_filter_set_statuses (filter, 1u << TP_IDEA_STATUS_PARKED);
  g_assert_false (tp_backlog_filter_matches (filter, a));
  g_assert_true (tp_backlog_filter_matches (filter, c));

  /* An edit changes what the text filter matches. */
  tp_backlog_filter_set_statuses (filter, 0);
  tp_backlog_filter_set_text (filter, "inbound");
  g_assert_false (tp_backlog_filter_matches (filter, a));
  g_assert_true (tp_store_update_idea (fixture->store, a, "Inbound line", NULL, "Jerry", NULL, NULL));
  g_assert_true (tp_backlog_filter_matches (filter, a));
}

/* The model a backlog view shows, over a store: live as ideas are added,
 * edited, trashed, and changed by another program. */
static void
test_filter_model_store (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *ideas = tp_store_get_ideas (fixture->store, fixture->workshop);
  g_autoptr(TpBacklogFilterModel) model = NULL;
  g_autoptr(Follower) follower = NULL;
  g_autoptr(TpStore) other = NULL;
  TpIdea *line, *survey;

  line = capture (fixture, "Call-back line #phone");
  capture (fixture, "Inbound route");
  survey = capture (fixture, "Whole-journey survey");

  model = tp_backlog_filter_model_new (ideas);
  follower = follower_new (G_LIST_MODEL (model));
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Call-back line");

  capture (fixture, "Callback within the hour");
  assert_shown (follower, "Call-back line,Callback within the hour");
  g_assert_true (tp_store_update_idea (fixture->store, survey, "Call survey", NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_shown (follower, "Call-back line,Call survey,Callback within the hour");
  g_assert_true (tp_store_trash_idea (fixture->store, g_object_ref (line), &error));
  g_assert_no_error (error);
  assert_shown (follower, "Call survey,Callback within the hour");

  /* Tags are searched as well: a tag given elsewhere is found. */
  other = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
  tp_store_get_ideas (other, tp_store_lookup_workshop (other, tp_workshop_get_id (fixture->workshop)));
  tp_store_update_idea (other, tp_store_find_idea (other, "Inbound route", NULL),
                        "Inbound route", NULL, NULL, (const char *[]) { "callers", NULL }, &error);
  tp_store_update_idea (other, tp_store_find_idea (other, "Callback within the hour", NULL),
                        "Ring back within the hour", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (tp_store_poll_changes (fixture->store));
  assert_shown (follower, "Inbound route,Call survey");

  tp_backlog_filter_model_set_text (model, NULL);
  assert_shown (follower, "Inbound route,Call survey,Ring back within the hour");
  g_assert_true (tp_store_restore_idea (fixture->store, line, &error));
  g_object_unref (line);
  assert_shown (follower, "Call-back line,Inbound route,Call survey,Ring back within the hour");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/backlog/tags", test_tags);
  ADD ("/backlog/tag-undo", test_tag_undo);
  ADD ("/backlog/vote-budget", test_vote_budget);
  ADD ("/backlog/vote-dots", test_vote_dots);
  ADD ("/backlog/scores", test_scores);
  ADD ("/backlog/sort-and-rank", test_sort_and_rank);
  ADD ("/backlog/filter", test_filter);
  ADD ("/backlog/filter-model/store", test_filter_model_store);
#undef ADD
  g_test_add_func ("/backlog/quadrants", test_quadrants);
  g_test_add_func ("/backlog/filter-change", test_filter_change);

  return g_test_run ();
}
