/* test-backlog.c — tags, dot votes, scores, rank, sorting and filtering
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "tp-backlog-filter-model.h"
#include "tp-backlog.h"
#include "tp-store.h"

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
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_assert_finalize_object (fixture->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (fixture->path, suffixes[i], NULL);
      g_unlink (file);
    }
  g_rmdir (fixture->dir);
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

  g_assert_true (tp_store_delete_tag (fixture->store, created, &error));
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

/* The filter model: a copy of it kept up to date from its items-changed
 * alone, so that every change it announces is checked to be the truth. */
typedef struct
{
  GListModel *model;
  GPtrArray  *copy;
  guint       n_changes;
  guint       most_replaced;  /* the most rows a change put in where it took some out */
} Follower;

static void
follow_cb (GListModel *model,
           guint       position,
           guint       removed,
           guint       added,
           Follower   *follower)
{
  g_assert_cmpuint (position + removed, <=, follower->copy->len);
  g_ptr_array_remove_range (follower->copy, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (follower->copy, position + i, g_list_model_get_item (model, position + i));
  g_assert_cmpuint (follower->copy->len, ==, g_list_model_get_n_items (model));
  follower->n_changes++;
  if (removed > 0)
    follower->most_replaced = MAX (follower->most_replaced, added);
}

static Follower *
follower_new (GListModel *model)
{
  Follower *follower = g_new0 (Follower, 1);
  guint n = g_list_model_get_n_items (model);

  follower->model = g_object_ref (model);
  follower->copy = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (follower->copy, g_list_model_get_item (model, i));
  g_signal_connect (model, "items-changed", G_CALLBACK (follow_cb), follower);

  return follower;
}

static void
follower_free (Follower *follower)
{
  g_signal_handlers_disconnect_by_func (follower->model, follow_cb, follower);
  g_object_unref (follower->model);
  g_ptr_array_unref (follower->copy);
  g_free (follower);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Follower, follower_free)

/* The titles the model shows, in order, joined by commas; checks on the
 * way that the follower holds the same ideas. */
static char *
shown_titles (Follower *follower)
{
  g_autoptr(GString) titles = g_string_new (NULL);
  guint n = g_list_model_get_n_items (follower->model);

  g_assert_cmpuint (follower->copy->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (follower->model, i);

      g_assert_true (idea == g_ptr_array_index (follower->copy, i));
      g_string_append_printf (titles, "%s%s", i ? "," : "", tp_idea_get_title (idea));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static void
assert_shown (Follower   *follower,
              const char *titles)
{
  g_autofree char *shown = shown_titles (follower);

  g_assert_cmpstr (shown, ==, titles);
}

static TpIdea *
new_idea (gint64              id,
          const char         *title,
          const char * const *tags,
          TpIdeaStatus        status)
{
  return g_object_new (TP_TYPE_IDEA,
                       "id", id,
                       "title", title,
                       "tags", tags,
                       "status", status,
                       NULL);
}

static GListStore *
make_ideas (const char * const *titles)
{
  GListStore *ideas = g_list_store_new (TP_TYPE_IDEA);

  for (guint i = 0; titles[i]; i++)
    {
      g_autoptr(TpIdea) idea = new_idea (i + 1, titles[i], NULL, TP_IDEA_STATUS_NEW);

      g_list_store_append (ideas, idea);
    }

  return ideas;
}

static void
test_filter_model_narrow_and_widen (void)
{
  const char *titles[] = { "Call-back line", "Callback survey", "Inbound route",
                           "Self-service portal", "Call centre hours", "Chat", NULL };
  g_autoptr(GListStore) ideas = make_ideas (titles);
  g_autoptr(TpBacklogFilterModel) model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  g_autoptr(Follower) follower = follower_new (G_LIST_MODEL (model));

  g_assert_true (g_type_is_a (g_list_model_get_item_type (G_LIST_MODEL (model)), TP_TYPE_IDEA));
  g_assert_true (tp_backlog_filter_model_get_model (model) == G_LIST_MODEL (ideas));
  assert_shown (follower, "Call-back line,Callback survey,Inbound route,Self-service portal,"
                          "Call centre hours,Chat");

  /* Typing narrows, a character at a time. */
  tp_backlog_filter_model_set_text (model, "c");
  assert_shown (follower, "Call-back line,Callback survey,Self-service portal,Call centre hours,Chat");
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Call-back line,Callback survey,Call centre hours");
  tp_backlog_filter_model_set_text (model, "cal");
  assert_shown (follower, "Call-back line,Callback survey,Call centre hours");
  tp_backlog_filter_model_set_text (model, "callb");
  assert_shown (follower, "Callback survey");

  /* The same text, trimmed or in another case, changes nothing. */
  follower->n_changes = 0;
  tp_backlog_filter_model_set_text (model, "  CALLB ");
  g_assert_cmpuint (follower->n_changes, ==, 0);

  /* Erasing widens again. */
  tp_backlog_filter_model_set_text (model, "cal");
  assert_shown (follower, "Call-back line,Callback survey,Call centre hours");
  tp_backlog_filter_model_set_text (model, "c");
  assert_shown (follower, "Call-back line,Callback survey,Self-service portal,Call centre hours,Chat");

  /* Another text altogether, then nothing found, then no text. */
  tp_backlog_filter_model_set_text (model, "route");
  assert_shown (follower, "Inbound route");
  tp_backlog_filter_model_set_text (model, "routes");
  assert_shown (follower, "");
  tp_backlog_filter_model_set_text (model, "");
  assert_shown (follower, "Call-back line,Callback survey,Inbound route,Self-service portal,"
                          "Call centre hours,Chat");
}

/* The titles of @ideas that contain @text, as shown_titles() gives them. */
static char *
titles_containing (GListModel *ideas,
                   const char *text)
{
  g_autoptr(GString) titles = g_string_new (NULL);
  guint n = g_list_model_get_n_items (ideas);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (ideas, i);

      if (strstr (tp_idea_get_title (idea), text) != NULL)
        g_string_append_printf (titles, "%s%s", titles->len ? "," : "", tp_idea_get_title (idea));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

/* A keystroke is told as one change, or as a few where one would both
 * take rows out and put more than 64 in, or would cost a list its place
 * or its widgets: see announce_difference(). A list follows each. */
static void
test_filter_model_changes (void)
{
  const char *fruit[] = { "apple", "banana", "cherry", "damson", "elder", "fig", "grape" };
  const char *typed[] = { "a", "an", "a", "e", "fi", "", "ap", "apple 1", "apple 12", "", "9",
                          "apple 1", "e", "", NULL };
  g_autoptr(GListStore) ideas = g_list_store_new (TP_TYPE_IDEA);
  g_autoptr(TpBacklogFilterModel) model = NULL;
  g_autoptr(Follower) follower = NULL;

  for (guint i = 0; i < 700; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s %u", fruit[i % G_N_ELEMENTS (fruit)], i);
      g_autoptr(TpIdea) idea = new_idea (i + 1, title, NULL, TP_IDEA_STATUS_NEW);

      g_list_store_append (ideas, idea);
    }
  model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  follower = follower_new (G_LIST_MODEL (model));

  for (guint t = 0; typed[t] != NULL; t++)
    {
      g_autofree char *expected = titles_containing (G_LIST_MODEL (ideas), typed[t]);

      follower->n_changes = 0;
      tp_backlog_filter_model_set_text (model, typed[t]);
      assert_shown (follower, expected);
      g_assert_cmpuint (follower->n_changes, <=, 4);
      g_assert_cmpuint (follower->most_replaced, <=, 64);
    }

  /* Fewer rows than that, the first one going: one change. */
  tp_backlog_filter_model_set_text (model, "apple 1");
  follower->n_changes = 0;
  tp_backlog_filter_model_set_text (model, "apple 10");
  assert_shown (follower, "apple 105");
  g_assert_cmpuint (follower->n_changes, ==, 1);

  /* The first one staying, with others before it: first the new first
   * row alone, so that a list keeps its place at the top. */
  follower->n_changes = 0;
  tp_backlog_filter_model_set_text (model, "apple 1");
  assert_shown (follower, "apple 14,apple 105,apple 112,apple 119,apple 126,apple 133,apple 140,"
                          "apple 147,apple 154,apple 161,apple 168,apple 175,apple 182,apple 189,apple 196");
  g_assert_cmpuint (follower->n_changes, ==, 2);
}

static void
test_filter_model_source_changes (void)
{
  const char *titles[] = { "Call-back line", "Inbound route", "Callback survey", NULL };
  g_autoptr(GListStore) ideas = make_ideas (titles);
  g_autoptr(TpBacklogFilterModel) model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  g_autoptr(Follower) follower = follower_new (G_LIST_MODEL (model));
  g_autoptr(TpIdea) chat = new_idea (10, "Call us by chat", NULL, TP_IDEA_STATUS_NEW);
  g_autoptr(TpIdea) letter = new_idea (11, "Letter", NULL, TP_IDEA_STATUS_NEW);
  g_autoptr(TpIdea) route = NULL;
  TpIdea *both[2];

  tp_backlog_filter_model_set_text (model, "call");
  assert_shown (follower, "Call-back line,Callback survey");

  /* Ideas come in shown or hidden, wherever the source puts them. */
  g_list_store_insert (ideas, 1, chat);
  assert_shown (follower, "Call-back line,Call us by chat,Callback survey");
  g_list_store_insert (ideas, 0, letter);
  assert_shown (follower, "Call-back line,Call us by chat,Callback survey");

  /* An idea edited to match, announced as the store does, shows up. */
  route = g_list_model_get_item (G_LIST_MODEL (ideas), 3);
  g_assert_cmpstr (tp_idea_get_title (route), ==, "Inbound route");
  g_object_set (route, "title", "Inbound call route", NULL);
  g_list_store_splice (ideas, 3, 1, (gpointer *)&route, 1);
  assert_shown (follower, "Call-back line,Call us by chat,Inbound call route,Callback survey");

  /* One edited not to match goes. */
  g_object_set (chat, "title", "Chat", NULL);
  g_list_store_splice (ideas, 2, 1, (gpointer *)&chat, 1);
  assert_shown (follower, "Call-back line,Inbound call route,Callback survey");

  /* Removed, then reordered from scratch as a sync does. */
  g_list_store_remove (ideas, 1);
  assert_shown (follower, "Inbound call route,Callback survey");
  both[0] = g_list_model_get_item (G_LIST_MODEL (ideas), 3);
  both[1] = g_list_model_get_item (G_LIST_MODEL (ideas), 2);
  g_list_store_splice (ideas, 0, g_list_model_get_n_items (G_LIST_MODEL (ideas)), (gpointer *)both, 2);
  g_object_unref (both[0]);
  g_object_unref (both[1]);
  assert_shown (follower, "Callback survey,Inbound call route");

  /* Erasing brings back what the source holds now, and only that. */
  tp_backlog_filter_model_set_text (model, NULL);
  assert_shown (follower, "Callback survey,Inbound call route");
}

static void
test_filter_model_tags_and_status (void)
{
  const char * const phone[] = { "phone", NULL };
  const char * const web[] = { "Web", NULL };
  const char * const both[] = { "phone", "web", NULL };
  const char * const tags[] = { "#PHONE", "web", NULL };
  g_autoptr(GListStore) ideas = g_list_store_new (TP_TYPE_IDEA);
  g_autoptr(TpBacklogFilterModel) model = NULL;
  g_autoptr(Follower) follower = NULL;
  TpIdea *items[] = {
    new_idea (1, "Call-back line", phone, TP_IDEA_STATUS_NEW),
    new_idea (2, "Chat or call", both, TP_IDEA_STATUS_SHORTLISTED),
    new_idea (3, "Web form", web, TP_IDEA_STATUS_PARKED),
    new_idea (4, "Call by letter", NULL, TP_IDEA_STATUS_NEW),
  };
  TpBacklogFilter *filter;

  g_list_store_splice (ideas, 0, 0, (gpointer *)items, G_N_ELEMENTS (items));
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    g_object_unref (items[i]);
  model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  follower = follower_new (G_LIST_MODEL (model));
  filter = tp_backlog_filter_model_get_filter (model);

  /* Any of the tags, whatever their case, then all of them. */
  tp_backlog_filter_set_tags (filter, tags, FALSE);
  tp_backlog_filter_model_refilter (model);
  assert_shown (follower, "Call-back line,Chat or call,Web form");
  tp_backlog_filter_set_tags (filter, tags, TRUE);
  tp_backlog_filter_model_refilter (model);
  assert_shown (follower, "Chat or call");

  /* Text on top of the tags: typing and erasing keep to them. */
  tp_backlog_filter_set_tags (filter, tags, FALSE);
  tp_backlog_filter_model_refilter (model);
  tp_backlog_filter_model_set_text (model, "call");
  assert_shown (follower, "Call-back line,Chat or call");
  tp_backlog_filter_model_set_text (model, "c");
  assert_shown (follower, "Call-back line,Chat or call");
  tp_backlog_filter_model_set_text (model, "");
  assert_shown (follower, "Call-back line,Chat or call,Web form");

  /* The statuses on top of both. */
  tp_backlog_filter_set_statuses (filter, (1u << TP_IDEA_STATUS_PARKED) | (1u << TP_IDEA_STATUS_SHORTLISTED));
  tp_backlog_filter_model_refilter (model);
  assert_shown (follower, "Chat or call,Web form");
  tp_backlog_filter_model_set_text (model, "form");
  assert_shown (follower, "Web form");

  /* A status change announced by the source counts at once. */
  g_object_set (items[0], "status", TP_IDEA_STATUS_PARKED, NULL);
  g_list_store_splice (ideas, 0, 1, (gpointer *)&items[0], 1);
  tp_backlog_filter_model_set_text (model, "");
  assert_shown (follower, "Call-back line,Chat or call,Web form");

  /* Clearing it all shows everything. */
  tp_backlog_filter_set_tags (filter, NULL, FALSE);
  tp_backlog_filter_set_statuses (filter, 0);
  tp_backlog_filter_model_refilter (model);
  assert_shown (follower, "Call-back line,Chat or call,Web form,Call by letter");
}

/* Checks that the model shows what its filter, asked idea by idea,
 * lets through, and that the follower agrees. */
static void
assert_filtered (Follower             *follower,
                 TpBacklogFilterModel *model)
{
  GListModel *ideas = tp_backlog_filter_model_get_model (model);
  TpBacklogFilter *filter = tp_backlog_filter_model_get_filter (model);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *shown = shown_titles (follower);
  guint n = g_list_model_get_n_items (ideas);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (ideas, i);

      if (tp_backlog_filter_matches (filter, idea))
        g_string_append_printf (expected, "%s%s", expected->len ? "," : "", tp_idea_get_title (idea));
    }

  g_assert_cmpstr (shown, ==, expected->str);
}

/* Typing "ca", "cal", then erasing back, shows what each text finds. */
static void
type_and_erase (Follower             *follower,
                TpBacklogFilterModel *model)
{
  const char *texts[] = { "c", "ca", "cal", "ca", "c", "" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      tp_backlog_filter_model_set_text (model, texts[i]);
      assert_filtered (follower, model);
    }
}

/* The model remembers what recent texts found, so that erasing back to
 * one is no scan; what it remembers must not outlive a change of the
 * ideas, their order, or the tags and statuses the filter lets through. */
static void
test_filter_model_remembers (void)
{
  const char *titles[] = { "Call-back line", "Callback survey", "Inbound route", "Chat", "Letter", NULL };
  const char * const calls[] = { "calls", NULL };
  g_autoptr(GListStore) ideas = make_ideas (titles);
  g_autoptr(TpBacklogFilterModel) model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  g_autoptr(Follower) follower = follower_new (G_LIST_MODEL (model));
  g_autoptr(TpIdea) cat = new_idea (10, "Cat flap", NULL, TP_IDEA_STATUS_NEW);
  TpBacklogFilter *filter = tp_backlog_filter_model_get_filter (model);
  TpIdea *idea;
  GPtrArray *order;

  type_and_erase (follower, model);
  type_and_erase (follower, model);

  /* Added while "cal" hides it, found when erasing back to "ca". */
  tp_backlog_filter_model_set_text (model, "ca");
  tp_backlog_filter_model_set_text (model, "cal");
  g_list_store_insert (ideas, 1, cat);
  assert_filtered (follower, model);
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Call-back line,Cat flap,Callback survey");
  type_and_erase (follower, model);

  /* Edited to match, then not to. */
  tp_backlog_filter_model_set_text (model, "ca");
  tp_backlog_filter_model_set_text (model, "cal");
  idea = g_list_model_get_item (G_LIST_MODEL (ideas), 4);
  g_object_set (idea, "title", "Chat or call", NULL);
  g_list_store_splice (ideas, 4, 1, (gpointer *)&idea, 1);
  assert_filtered (follower, model);
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Call-back line,Cat flap,Callback survey,Chat or call");
  g_object_set (idea, "title", "Chat", NULL);
  g_list_store_splice (ideas, 4, 1, (gpointer *)&idea, 1);
  g_object_unref (idea);
  tp_backlog_filter_model_set_text (model, "cal");
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Call-back line,Cat flap,Callback survey");
  type_and_erase (follower, model);

  /* Re-tagged: the tags are part of what the text finds. */
  tp_backlog_filter_model_set_text (model, "cal");
  tp_backlog_filter_model_set_text (model, "calls");
  idea = g_list_model_get_item (G_LIST_MODEL (ideas), 3);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "Inbound route");
  g_object_set (idea, "tags", calls, NULL);
  g_list_store_splice (ideas, 3, 1, (gpointer *)&idea, 1);
  g_object_unref (idea);
  assert_shown (follower, "Inbound route");
  tp_backlog_filter_model_set_text (model, "cal");
  assert_shown (follower, "Call-back line,Callback survey,Inbound route");
  type_and_erase (follower, model);

  /* Removed. */
  tp_backlog_filter_model_set_text (model, "ca");
  tp_backlog_filter_model_set_text (model, "cal");
  g_list_store_remove (ideas, 0);
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Cat flap,Callback survey,Inbound route");
  type_and_erase (follower, model);

  /* Sorted afresh, as a sort list model tells it: all out, all back in. */
  tp_backlog_filter_model_set_text (model, "ca");
  tp_backlog_filter_model_set_text (model, "cal");
  order = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (ideas)); i > 0; i--)
    g_ptr_array_add (order, g_list_model_get_item (G_LIST_MODEL (ideas), i - 1));
  g_list_store_splice (ideas, 0, order->len, order->pdata, order->len);
  g_ptr_array_unref (order);
  assert_filtered (follower, model);
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Inbound route,Callback survey,Cat flap");
  type_and_erase (follower, model);

  /* The statuses, then the tags, change what each text shows. */
  tp_backlog_filter_model_set_text (model, "ca");
  tp_backlog_filter_model_set_text (model, "cal");
  g_object_set (cat, "status", TP_IDEA_STATUS_PARKED, NULL);
  g_list_store_splice (ideas, 4, 1, (gpointer *)&cat, 1);
  tp_backlog_filter_set_statuses (filter, 1u << TP_IDEA_STATUS_NEW);
  tp_backlog_filter_model_refilter (model);
  assert_filtered (follower, model);
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Inbound route,Callback survey");
  type_and_erase (follower, model);
  tp_backlog_filter_model_set_text (model, "ca");
  tp_backlog_filter_set_tags (filter, calls, FALSE);
  tp_backlog_filter_model_refilter (model);
  assert_shown (follower, "Inbound route");
  tp_backlog_filter_model_set_text (model, "c");
  assert_shown (follower, "Inbound route");
  tp_backlog_filter_set_tags (filter, NULL, FALSE);
  tp_backlog_filter_set_statuses (filter, 0);
  tp_backlog_filter_model_refilter (model);
  assert_filtered (follower, model);
  tp_backlog_filter_model_set_text (model, "ca");
  assert_shown (follower, "Inbound route,Callback survey,Cat flap");
  type_and_erase (follower, model);
}

/* Many more texts than the model remembers, typed and erased in turn,
 * over more ideas than fit one word of a set. */
static void
test_filter_model_many_texts (void)
{
  const char *fruit[] = { "apple", "banana", "cherry", "damson", "elder", "fig", "grape" };
  g_autoptr(GListStore) ideas = g_list_store_new (TP_TYPE_IDEA);
  g_autoptr(TpBacklogFilterModel) model = NULL;
  g_autoptr(Follower) follower = NULL;
  const char *typed = "an apple a day keeps the damson away";
  GRand *rand = g_rand_new_with_seed (3);

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s %s %u", fruit[i % G_N_ELEMENTS (fruit)],
                                                fruit[(i / 7) % G_N_ELEMENTS (fruit)], i);
      g_autoptr(TpIdea) idea = new_idea (i + 1, title, NULL, TP_IDEA_STATUS_NEW);

      g_list_store_append (ideas, idea);
    }
  model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  follower = follower_new (G_LIST_MODEL (model));

  for (guint round = 0; round < 3; round++)
    {
      gsize length = strlen (typed);

      for (gsize i = 1; i <= length; i++)
        {
          g_autofree char *text = g_strndup (typed, i);

          tp_backlog_filter_model_set_text (model, text);
          assert_filtered (follower, model);
        }
      /* Erase some way back, at random, then jump to another text. */
      for (gsize i = length; i > 0;)
        {
          gsize step = (gsize)g_rand_int_range (rand, 1, 4);
          g_autofree char *text = NULL;

          i -= MIN (i, step);
          text = g_strndup (typed, i);
          tp_backlog_filter_model_set_text (model, text);
          assert_filtered (follower, model);
        }
      tp_backlog_filter_model_set_text (model, fruit[round]);
      assert_filtered (follower, model);
      tp_backlog_filter_model_set_text (model, "");
      assert_filtered (follower, model);
    }

  g_rand_free (rand);
}

/* Ideas replaced over and over, as sorting and editing do, with the text
 * found anywhere in their keys: at the start, at the very end, after a
 * false start. */
static void
test_filter_model_churn (void)
{
  g_autoptr(GListStore) ideas = g_list_store_new (TP_TYPE_IDEA);
  g_autoptr(TpBacklogFilterModel) model = NULL;
  g_autoptr(Follower) follower = NULL;
  const char *texts[] = { "ccall", "call", "idea 1", "rear", "zz", "q", "a rather long title", NULL };
  GString *padding = g_string_new (NULL);

  for (guint i = 0; i < 200; i++)
    g_string_append (padding, "a rather long title ");

  for (guint i = 0; i < 1500; i++)
    {
      const char * const tags[] = { i % 5 ? "rear" : "front", NULL };
      g_autofree char *title = g_strdup_printf ("%sidea %u %s", i % 2 ? "ccall " : "", i, padding->str);
      g_autoptr(TpIdea) idea = new_idea (i + 1, title, tags, TP_IDEA_STATUS_NEW);

      g_list_store_append (ideas, idea);
    }
  g_string_free (padding, TRUE);
  model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  follower = follower_new (G_LIST_MODEL (model));

  for (guint round = 0; round < 8; round++)
    {
      g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (ideas));

      /* Every idea out and back in, in another order, then one edited. */
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (order, g_list_model_get_item (G_LIST_MODEL (ideas), (i * 7 + round) % n));
      g_list_store_splice (ideas, 0, n, order->pdata, order->len);
      g_list_store_splice (ideas, round, 1, &order->pdata[round], 1);

      for (guint t = 0; texts[t] != NULL; t++)
        {
          tp_backlog_filter_model_set_text (model, texts[t]);
          assert_filtered (follower, model);
        }
      tp_backlog_filter_model_set_text (model, NULL);
      assert_filtered (follower, model);
    }
}

static void
test_filter_model_unicode (void)
{
  const char *titles[] = { "Rückruf für Kundinnen", "Ru\xcc\x88""ckmeldung", "STRAẞE", "Café au lait",
                           "Cafe\xcc\x81 noir", "ﬁle a complaint", "Plain", NULL };
  g_autoptr(GListStore) ideas = make_ideas (titles);
  g_autoptr(TpBacklogFilterModel) model = tp_backlog_filter_model_new (G_LIST_MODEL (ideas));
  g_autoptr(Follower) follower = follower_new (G_LIST_MODEL (model));
  g_autoptr(TpBacklogFilter) filter = tp_backlog_filter_new ();
  g_autoptr(TpIdea) decomposed = g_list_model_get_item (G_LIST_MODEL (ideas), 1);

  /* Any case, and an accent written either as one character or two. */
  tp_backlog_filter_model_set_text (model, "RÜCK");
  assert_shown (follower, "Rückruf für Kundinnen,Ru\xcc\x88""ckmeldung");
  tp_backlog_filter_model_set_text (model, "ru\xcc\x88""ck");
  assert_shown (follower, "Rückruf für Kundinnen,Ru\xcc\x88""ckmeldung");
  tp_backlog_filter_model_set_text (model, "café");
  assert_shown (follower, "Café au lait,Cafe\xcc\x81 noir");
  tp_backlog_filter_model_set_text (model, "cafe");
  assert_shown (follower, "");

  /* Case folding beyond lower case, and ligatures. */
  tp_backlog_filter_model_set_text (model, "strasse");
  assert_shown (follower, "STRAẞE");
  tp_backlog_filter_model_set_text (model, "FILE");
  assert_shown (follower, "ﬁle a complaint");

  /* Not UTF-8 at all: no text filter. */
  tp_backlog_filter_model_set_text (model, "\xff\xfe");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 7);

  /* The backlog's other lists match alike. */
  tp_backlog_filter_set_text (filter, "RU\xcc\x88""CK");
  g_assert_true (tp_backlog_filter_matches (filter, decomposed));
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
  ADD ("/backlog/vote-budget", test_vote_budget);
  ADD ("/backlog/scores", test_scores);
  ADD ("/backlog/sort-and-rank", test_sort_and_rank);
  ADD ("/backlog/filter", test_filter);
  ADD ("/backlog/filter-model/store", test_filter_model_store);
#undef ADD
  g_test_add_func ("/backlog/quadrants", test_quadrants);
  g_test_add_func ("/backlog/filter-change", test_filter_change);
  g_test_add_func ("/backlog/filter-model/narrow-and-widen", test_filter_model_narrow_and_widen);
  g_test_add_func ("/backlog/filter-model/changes", test_filter_model_changes);
  g_test_add_func ("/backlog/filter-model/source-changes", test_filter_model_source_changes);
  g_test_add_func ("/backlog/filter-model/tags-and-status", test_filter_model_tags_and_status);
  g_test_add_func ("/backlog/filter-model/unicode", test_filter_model_unicode);
  g_test_add_func ("/backlog/filter-model/remembers", test_filter_model_remembers);
  g_test_add_func ("/backlog/filter-model/many-texts", test_filter_model_many_texts);
  g_test_add_func ("/backlog/filter-model/churn", test_filter_model_churn);

  return g_test_run ();
}
