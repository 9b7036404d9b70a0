/* test-exchange.c — workshop files out and in, merged by UUID
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "tp-store.h"
#include "tp-test.h"

typedef struct
{
  char    *dir;
  TpStore *here;      /* the team that exports */
  TpStore *there;     /* the team that imports */
  char    *file;
} Fixture;

static TpStore *
open_store (Fixture    *fixture,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  TpStore *store = tp_store_new (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("touchpoint-exchange-XXXXXX", NULL);
  fixture->here = open_store (fixture, "here.db");
  fixture->there = open_store (fixture, "there.db");
  fixture->file = g_build_filename (fixture->dir, "Install visit.touchpoint", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->here);
  g_assert_finalize_object (fixture->there);
  tp_test_remove_tree (fixture->dir);
  g_free (fixture->file);
  g_free (fixture->dir);
}

static void
set_scores (TpStore *store,
            TpIdea  *idea,
            guint    impact,
            guint    effort)
{
  TpScores scores = TP_SCORES_INIT;

  scores.impact = impact;
  scores.effort = effort;
  scores.moscow = TP_MOSCOW_MUST;
  g_assert_true (tp_store_set_idea_scores (store, idea, &scores, NULL));
}

/* One idea walked by every persona, accepted and done; one blocked. */
static TpWorkshop *
build_workshop (TpStore *store)
{
  g_autoptr(GError) error = NULL;
  TpWorkshop *workshop = tp_store_create_workshop (store, "Install visit", &error);
  TpIdea *passed = tp_store_capture_idea (store, workshop, "Inbound line for quotes #contact @Jerry", &error);
  TpIdea *blocked = tp_store_capture_idea (store, workshop, "Decide on the spot #sales", &error);
  TpParticipant *sam = tp_store_add_participant (store, workshop, "Sam", 3, &error);
  g_autoptr(GPtrArray) pair = g_ptr_array_new ();
  g_autoptr(GListStore) journey = NULL;
  g_autoptr(TpJourneyStep) decide = tp_journey_step_new ("Decide");
  GListModel *personas = tp_store_get_personas (store, workshop);

  g_assert_no_error (error);
  tp_store_add_votes (store, passed, sam, 2, &error);
  set_scores (store, passed, 4, 2);
  g_ptr_array_add (pair, passed);
  g_ptr_array_add (pair, blocked);
  tp_store_create_cluster (store, workshop, "Ways back in", pair, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (personas); i++)
    {
      g_autoptr(TpPersona) persona = g_list_model_get_item (personas, i);
      g_autoptr(TpWalk) walk = tp_store_walk_idea (store, passed, persona, 4, &error);
      TpWalkResult *result = tp_walk_get_result (walk);

      g_assert_no_error (error);
      for (guint f = 0; f < tp_walk_result_get_n_findings (result); f++)
        if (tp_finding_get_severity (tp_walk_result_get_finding (result, f)) == TP_SEVERITY_FRICTION)
          g_assert_true (tp_store_accept_friction (store, walk, f, "Known and fine", &error));
      tp_store_set_walk_note (store, walk, 1, "Looks fine", &error);
    }
  g_assert_true (tp_store_set_idea_status (store, passed, TP_IDEA_STATUS_DONE, &error));
  g_assert_no_error (error);

  g_object_set (decide, "channels", TP_CHANNEL_PHONE, "immediate-decision", TRUE, NULL);
  journey = g_list_store_new (TP_TYPE_JOURNEY_STEP);
  g_list_store_append (journey, decide);
  g_assert_true (tp_store_set_journey (store, blocked, G_LIST_MODEL (journey), &error));
  {
    g_autoptr(TpWalk) walk = tp_store_walk_idea (store, blocked,
                                                 tp_store_find_persona (store, tp_workshop_get_id (workshop),
                                                                        "The careful switcher", NULL),
                                                 3, &error);
    g_assert_no_error (error);
  }

  return workshop;
}

/* Row counts of every table that holds a workshop's content. */
static char *
snapshot (TpStore *store)
{
  const char *sql =
    "SELECT (SELECT count (*) FROM workshops) || '/' || (SELECT count (*) FROM ideas) || '/' || "
    "  (SELECT count (*) FROM tags) || '/' || (SELECT count (*) FROM idea_tags) || '/' || "
    "  (SELECT count (*) FROM personas) || '/' || (SELECT count (*) FROM journey_steps) || '/' || "
    "  (SELECT count (*) FROM walks) || '/' || (SELECT count (*) FROM walk_findings) || '/' || "
    "  (SELECT count (*) FROM walk_notes) || '/' || (SELECT count (*) FROM votes) || '/' || "
    "  (SELECT coalesce (sum (dots), 0) FROM votes) || '/' || "
    "  (SELECT count (*) FROM participants) || '/' || (SELECT count (*) FROM clusters) || '/' || "
    "  (SELECT group_concat (title || status || updated_at || journey_revision, ',') FROM ideas) || '/' || "
    "  (SELECT group_concat (accepted_reason, ',') FROM walk_findings)";
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_open_v2 (tp_store_get_path (store), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return text;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *notice = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize length = 0;
  TpWorkshop *source = build_workshop (fixture->here);
  TpWorkshop *secret = tp_store_create_workshop (fixture->here, "Board only", &error);
  TpWorkshop *imported;
  TpIdea *passed, *blocked;
  TpScores scores;
  guint n_walks = 0;
  double gap = 0;

  tp_store_capture_idea (fixture->here, secret, "Confidential restructuring plan", &error);
  g_assert_no_error (error);

  g_assert_true (tp_store_export_workshop (fixture->here, source, fixture->file, &error));
  g_assert_no_error (error);

  /* Nothing of the other workshop is in the file, not even in free pages. */
  g_file_get_contents (fixture->file, &contents, &length, NULL);
  g_assert_true (g_str_has_prefix (contents, "SQLite format 3"));
  g_assert_null (memmem (contents, length, "Confidential", strlen ("Confidential")));
  /* Small pages, whatever the library's: a file people send around. */
  g_assert_cmpuint ((guint8)contents[16] << 8 | (guint8)contents[17], ==, 4096);
  g_assert_cmpuint (length, <, 512 * 1024);

  imported = tp_store_import_workshop_file (fixture->there, fixture->file, &notice, &error);
  g_assert_no_error (error);
  g_assert_null (notice);
  g_assert_cmpstr (tp_workshop_get_uuid (imported), ==, tp_workshop_get_uuid (source));
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_workshops (fixture->there)), ==, 1);

  passed = tp_store_find_idea (fixture->there, "Inbound line for quotes", &error);
  blocked = tp_store_find_idea (fixture->there, "Decide on the spot", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tp_idea_get_author (passed), ==, "Jerry");
  g_assert_cmpstrv (tp_idea_get_tags (passed), ((const char *[]) { "contact", NULL }));
  g_assert_cmpuint (tp_idea_get_votes (passed), ==, 2);
  tp_idea_get_scores (passed, &scores);
  g_assert_cmpuint (scores.impact, ==, 4);
  g_assert_cmpint (scores.moscow, ==, TP_MOSCOW_MUST);
  g_assert_cmpint (tp_idea_get_cluster_id (passed), !=, 0);
  g_assert_cmpint (tp_idea_get_cluster_id (passed), ==, tp_idea_get_cluster_id (blocked));

  /* The walks came along and are still current: done stays done. */
  g_assert_cmpint (tp_idea_get_status (passed), ==, TP_IDEA_STATUS_DONE);
  g_assert_cmpint (tp_idea_get_verdict (passed), ==, TP_VERDICT_PASSED);
  g_assert_cmpint (tp_idea_get_verdict (blocked), ==, TP_VERDICT_BLOCKED);
  g_assert_true (tp_store_get_perception_gap (fixture->there, imported, NULL, &gap, &n_walks));
  g_assert_cmpuint (n_walks, ==, 4);

  /* The same file twice changes nothing. */
  before = snapshot (fixture->there);
  g_assert_nonnull (tp_store_import_workshop_file (fixture->there, fixture->file, NULL, &error));
  g_assert_no_error (error);
  after = snapshot (fixture->there);
  g_assert_cmpstr (before, ==, after);
}

static void
test_newer_version_wins (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *second_file = g_build_filename (fixture->dir, "second.touchpoint", NULL);
  TpWorkshop *source = build_workshop (fixture->here);
  TpIdea *mine, *theirs;

  g_assert_true (tp_store_export_workshop (fixture->here, source, fixture->file, &error));
  g_assert_nonnull (tp_store_import_workshop_file (fixture->there, fixture->file, NULL, &error));
  g_assert_no_error (error);

  /* Each side edits a different idea; "there" edits later. */
  theirs = tp_store_find_idea (fixture->here, "Decide on the spot", &error);
  g_assert_true (tp_store_update_idea (fixture->here, theirs, "Decide later, by phone", NULL, NULL, NULL, &error));
  g_usleep (2000);
  mine = tp_store_find_idea (fixture->there, "Inbound line for quotes", &error);
  g_assert_true (tp_store_update_idea (fixture->there, mine, "Inbound line, staffed until 8pm",
                                       NULL, "Jerry", NULL, &error));
  g_assert_no_error (error);

  g_assert_true (tp_store_export_workshop (fixture->here, source, second_file, &error));
  g_assert_nonnull (tp_store_import_workshop_file (fixture->there, second_file, NULL, &error));
  g_assert_no_error (error);

  /* Theirs was newer in the file; mine is newer here and stays. */
  g_assert_nonnull (tp_store_find_idea (fixture->there, "Decide later, by phone", NULL));
  g_assert_nonnull (tp_store_find_idea (fixture->there, "Inbound line, staffed until 8pm", NULL));
  g_assert_null (tp_store_find_idea (fixture->there, "Inbound line for quotes", NULL));
}

/* A journey edited or a vote placed here makes the idea newer, so an
 * older file does not take them away. */
static void
test_parts_make_an_idea_newer (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *second_file = g_build_filename (fixture->dir, "second.touchpoint", NULL);
  TpWorkshop *source = build_workshop (fixture->here);
  TpWorkshop *imported;
  TpIdea *theirs, *mine;
  g_autoptr(GListStore) journey = NULL;
  g_autoptr(GListStore) after = NULL;
  g_autoptr(TpJourneyStep) step = NULL;

  g_assert_true (tp_store_export_workshop (fixture->here, source, fixture->file, &error));
  imported = tp_store_import_workshop_file (fixture->there, fixture->file, NULL, &error);
  g_assert_no_error (error);

  /* They rename the idea and send a file; here, later, its journey changes. */
  theirs = tp_store_find_idea (fixture->here, "Decide on the spot", &error);
  g_assert_true (tp_store_update_idea (fixture->here, theirs, "Decide on the spot, or later", NULL, NULL, NULL, &error));
  g_assert_true (tp_store_export_workshop (fixture->here, source, second_file, &error));
  g_usleep (2000);

  mine = tp_store_find_idea (fixture->there, "Decide on the spot", &error);
  journey = tp_store_get_journey (fixture->there, mine, &error);
  step = g_list_model_get_item (G_LIST_MODEL (journey), 0);
  g_object_set (step, "effort", 5, NULL);
  g_assert_true (tp_store_set_journey (fixture->there, mine, G_LIST_MODEL (journey), &error));
  g_assert_no_error (error);

  g_assert_nonnull (tp_store_import_workshop_file (fixture->there, second_file, NULL, &error));
  g_assert_no_error (error);

  after = tp_store_get_journey (fixture->there, mine, &error);
  g_clear_object (&step);
  step = g_list_model_get_item (G_LIST_MODEL (after), 0);
  g_assert_cmpuint (tp_journey_step_get_effort (step), ==, 5);
  g_assert_cmpstr (tp_idea_get_title (mine), ==, "Decide on the spot");

  /* A workshop in the trash comes back when its file is imported. */
  g_object_ref (imported);
  g_assert_true (tp_store_trash_workshop (fixture->there, imported, &error));
  {
    TpWorkshop *back = tp_store_import_workshop_file (fixture->there, second_file, NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (back);
    g_assert_cmpstr (tp_workshop_get_uuid (back), ==, tp_workshop_get_uuid (imported));
  }
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_workshops (fixture->there)), ==, 1);
  g_object_unref (imported);
}

/* A workshop file is a database anyone can edit: walks rewritten to say
 * the customer got through do not get an idea past the done gate. */
static void
test_forged_walks (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpWorkshop *source = build_workshop (fixture->here);
  GListModel *personas = tp_store_get_personas (fixture->here, source);
  TpIdea *blocked = tp_store_find_idea (fixture->here, "Decide on the spot", &error);
  sqlite3 *file = NULL;
  char *message = NULL;

  g_assert_no_error (error);
  for (guint i = 1; i < g_list_model_get_n_items (personas); i++)
    {
      g_autoptr(TpPersona) persona = g_list_model_get_item (personas, i);
      g_autoptr(TpWalk) walk = tp_store_walk_idea (fixture->here, blocked, persona, 3, &error);

      g_assert_no_error (error);
    }
  g_assert_cmpint (tp_idea_get_verdict (blocked), !=, TP_VERDICT_PASSED);
  g_assert_true (tp_store_export_workshop (fixture->here, source, fixture->file, &error));
  g_assert_no_error (error);

  /* Every walk of the blocked idea now claims a clean pass, and the idea
   * claims to be done, with the file's own gate taken out of the way. */
  g_assert_cmpint (sqlite3_open (fixture->file, &file), ==, SQLITE_OK);
  {
    sqlite3_stmt *triggers = NULL;
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

    g_assert_cmpint (sqlite3_prepare_v2 (file, "SELECT name FROM sqlite_master WHERE type = 'trigger'",
                                         -1, &triggers, NULL), ==, SQLITE_OK);
    while (sqlite3_step (triggers) == SQLITE_ROW)
      g_ptr_array_add (names, g_strdup ((const char *)sqlite3_column_text (triggers, 0)));
    sqlite3_finalize (triggers);
    for (guint i = 0; i < names->len; i++)
      {
        g_autofree char *drop = g_strdup_printf ("DROP TRIGGER \"%s\"", (char *)names->pdata[i]);
        g_assert_cmpint (sqlite3_exec (file, drop, NULL, NULL, NULL), ==, SQLITE_OK);
      }
  }
  g_assert_cmpint (sqlite3_exec (file,
                                 "UPDATE walks SET outcome = 'completed', dropped_at = NULL, reason = NULL, "
                                 "  simulated_satisfaction = 5 "
                                 "WHERE idea_id = (SELECT id FROM ideas WHERE title = 'Decide on the spot');"
                                 "DELETE FROM walk_findings WHERE walk_id IN (SELECT w.id FROM walks w "
                                 "  JOIN ideas i ON i.id = w.idea_id WHERE i.title = 'Decide on the spot');"
                                 "UPDATE ideas SET status = 'done', updated_at = '2999-01-01T00:00:00.000Z' "
                                 "WHERE title = 'Decide on the spot';",
                                 NULL, NULL, &message), ==, SQLITE_OK);
  g_assert_null (message);
  sqlite3_close (file);

  g_assert_nonnull (tp_store_import_workshop_file (fixture->there, fixture->file, NULL, &error));
  g_assert_no_error (error);
  blocked = tp_store_find_idea (fixture->there, "Decide on the spot", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tp_idea_get_status (blocked), !=, TP_IDEA_STATUS_DONE);
  g_assert_cmpint (tp_idea_get_verdict (blocked), !=, TP_VERDICT_PASSED);
  g_assert_false (tp_store_set_idea_status (fixture->there, blocked, TP_IDEA_STATUS_DONE, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* The honest walks of the other idea still count. */
  g_assert_cmpint (tp_idea_get_status (tp_store_find_idea (fixture->there, "Inbound line for quotes", NULL)),
                   ==, TP_IDEA_STATUS_DONE);
}

/* Each participant's dots on an idea, as title:name:dots. */
static char *
vote_rows (TpStore *store)
{
  return tp_test_query_text (tp_store_get_path (store),
                             "SELECT group_concat (row, ' ') FROM "
                             "  (SELECT i.title || ':' || p.name || ':' || v.dots AS row FROM votes v "
                             "   JOIN ideas i ON i.id = v.idea_id JOIN participants p ON p.id = v.participant_id "
                             "   ORDER BY i.title, p.name)");
}

static TpIdea *
find_idea (TpStore    *store,
           const char *title)
{
  g_autoptr(GError) error = NULL;
  TpIdea *idea = tp_store_find_idea (store, title, &error);

  g_assert_no_error (error);
  return idea;
}

/* Votes travel as a row for each participant's dots on an idea. Where
 * the participant has spent dots here meanwhile, as many of the file's as
 * still fit come in and the notice counts the rest; the same file again
 * changes nothing. */
static void
test_votes (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *second_file = g_build_filename (fixture->dir, "second.touchpoint", NULL);
  g_autofree char *notice = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TpWorkshop *source = build_workshop (fixture->here);
  TpParticipant *sam = tp_store_find_participant (fixture->here, source, "Sam", &error);
  TpWorkshop *copy;
  TpParticipant *their_sam;
  TpIdea *local;

  g_assert_true (tp_store_add_vote (fixture->here, find_idea (fixture->here, "Decide on the spot"), sam, &error));
  g_assert_true (tp_store_export_workshop (fixture->here, source, fixture->file, &error));
  copy = tp_store_import_workshop_file (fixture->there, fixture->file, &notice, &error);
  g_assert_no_error (error);
  g_assert_null (notice);
  rows = vote_rows (fixture->there);
  g_assert_cmpstr (rows, ==, "Decide on the spot:Sam:1 Inbound line for quotes:Sam:2");
  g_assert_cmpuint (tp_idea_get_votes (find_idea (fixture->there, "Inbound line for quotes")), ==, 2);

  before = snapshot (fixture->there);
  g_assert_nonnull (tp_store_import_workshop_file (fixture->there, fixture->file, NULL, &error));
  g_assert_no_error (error);
  after = snapshot (fixture->there);
  g_assert_cmpstr (before, ==, after);

  /* There, Sam moves a dot to an idea of their own; here, later, to the
   * idea that has his other two. */
  their_sam = tp_store_find_participant (fixture->there, copy, "Sam", &error);
  g_assert_true (tp_store_remove_vote (fixture->there, find_idea (fixture->there, "Decide on the spot"),
                                       their_sam, &error));
  local = tp_store_capture_idea (fixture->there, copy, "Ask at the door", &error);
  g_assert_true (tp_store_add_vote (fixture->there, local, their_sam, &error));
  g_assert_no_error (error);
  g_usleep (2000);
  g_assert_true (tp_store_remove_vote (fixture->here, find_idea (fixture->here, "Decide on the spot"), sam, &error));
  g_assert_true (tp_store_add_vote (fixture->here, find_idea (fixture->here, "Inbound line for quotes"), sam, &error));
  g_assert_true (tp_store_export_workshop (fixture->here, source, second_file, &error));
  g_assert_no_error (error);

  g_assert_nonnull (tp_store_import_workshop_file (fixture->there, second_file, &notice, &error));
  g_assert_no_error (error);
  g_assert_nonnull (notice);
  g_assert_nonnull (strstr (notice, "1 vote did not fit"));
  g_clear_pointer (&rows, g_free);
  rows = vote_rows (fixture->there);
  g_assert_cmpstr (rows, ==, "Ask at the door:Sam:1 Inbound line for quotes:Sam:2");
  g_assert_cmpuint (tp_participant_get_left (tp_store_find_participant (fixture->there, copy, "Sam", NULL)), ==, 0);

  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);
  before = snapshot (fixture->there);
  g_assert_nonnull (tp_store_import_workshop_file (fixture->there, second_file, NULL, &error));
  g_assert_no_error (error);
  after = snapshot (fixture->there);
  g_assert_cmpstr (before, ==, after);
}

/* A file from a release that kept a row per dot is upgraded on the
 * private copy, so its dots come in counted. */
static void
test_older_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fixture_path = g_build_filename (g_getenv ("TP_TEST_DATA"), "core", "fixtures", "schema-6.sql", NULL);
  g_autofree char *sql = NULL;
  g_autofree char *rows = NULL;
  sqlite3 *file = NULL;

  g_file_get_contents (fixture_path, &sql, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (fixture->file, &file), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (file, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (file, "PRAGMA foreign_keys = ON; DELETE FROM workshops WHERE id <> 1",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (file);

  g_assert_nonnull (tp_store_import_workshop_file (fixture->there, fixture->file, NULL, &error));
  g_assert_no_error (error);
  rows = vote_rows (fixture->there);
  g_assert_cmpstr (rows, ==, "Decide on the spot:Sam:1 Inbound line for quotes:Sam:2");
  g_assert_cmpuint (tp_idea_get_votes (find_idea (fixture->there, "Inbound line for quotes")), ==, 2);
}

static void
test_bad_files (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_build_filename (fixture->dir, "notes.touchpoint", NULL);
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.touchpoint", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.touchpoint", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  build_workshop (fixture->there);
  {
    TpStore *library = open_store (fixture, "library.db");

    tp_store_create_workshop (library, "One", &error);
    tp_store_create_workshop (library, "Two", &error);
    g_assert_no_error (error);
    g_assert_finalize_object (library);
  }
  before = snapshot (fixture->there);

  g_file_set_contents (text, "Title,Details\nNot a database,at all\n", -1, NULL);
  g_assert_null (tp_store_import_workshop_file (fixture->there, text, NULL, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "notes.touchpoint"));
  g_clear_error (&error);

  g_file_set_contents (empty, "", 0, NULL);
  g_assert_null (tp_store_import_workshop_file (fixture->there, empty, NULL, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_null (tp_store_import_workshop_file (fixture->there, missing, NULL, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Votes edited around SQLite's rules: more dots than any budget holds. */
  {
    TpWorkshop *workshop = build_workshop (fixture->here);
    sqlite3 *db = NULL;

    g_assert_true (tp_store_export_workshop (fixture->here, workshop, fixture->file, &error));
    g_assert_cmpint (sqlite3_open (fixture->file, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER votes_dots_within_budget;"
                                       "PRAGMA ignore_check_constraints = 1;"
                                       "UPDATE votes SET dots = 4294967295", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
    g_assert_null (tp_store_import_workshop_file (fixture->there, fixture->file, NULL, &error));
    g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "damaged"));
    g_clear_error (&error);
  }

  /* A whole library is not a workshop file. */
  {
    g_autofree char *library = g_build_filename (fixture->dir, "library.db", NULL);
    g_assert_null (tp_store_import_workshop_file (fixture->there, library, NULL, &error));
  }
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "holds 2"));
  g_clear_error (&error);

  after = snapshot (fixture->there);
  g_assert_cmpstr (before, ==, after);

  /* A failed export leaves no file behind. */
  {
    g_autofree char *nowhere = g_build_filename (fixture->dir, "no", "such", "dir.touchpoint", NULL);
    TpWorkshop *workshop = g_list_model_get_item (tp_store_get_workshops (fixture->there), 0);

    g_assert_false (tp_store_export_workshop (fixture->there, workshop, nowhere, &error));
    g_assert_nonnull (error);
    g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
    g_object_unref (workshop);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/exchange/round-trip", test_round_trip);
  ADD ("/exchange/newer-version-wins", test_newer_version_wins);
  ADD ("/exchange/parts-make-an-idea-newer", test_parts_make_an_idea_newer);
  ADD ("/exchange/forged-walks", test_forged_walks);
  ADD ("/exchange/votes", test_votes);
  ADD ("/exchange/older-file", test_older_file);
  ADD ("/exchange/bad-files", test_bad_files);
#undef ADD

  return g_test_run ();
}
