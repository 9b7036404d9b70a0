/* test-store.c — workshops and ideas kept in the database
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "tp-error.h"
#include "tp-store-private.h"
#include "tp-test.h"

typedef struct
{
  char    *dir;
  char    *path;
  TpStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("touchpoint-store-XXXXXX", &error);
  g_assert_no_error (error);
  /* A folder that does not exist yet: the store makes it. */
  fixture->path = g_build_filename (fixture->dir, "sub", "touchpoint.db", NULL);
  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
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

static TpStore *
reopen (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  TpStore *store;

  g_assert_finalize_object (fixture->store);
  store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
  fixture->store = store;
  return store;
}

static gint64
count_rows (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return count;
}

static void
test_workshop_crud (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *workshops = tp_store_get_workshops (fixture->store);
  TpWorkshop *first, *second, *found;
  g_autofree char *expected_date = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();

  g_assert_cmpuint (g_list_model_get_n_items (workshops), ==, 0);

  first = tp_store_create_workshop (fixture->store, "  Onboarding  ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tp_workshop_get_title (first), ==, "Onboarding");
  expected_date = g_date_time_format (today, "%Y-%m-%d");
  g_assert_cmpstr (tp_workshop_get_date (first), ==, expected_date);

  second = tp_store_create_workshop (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (tp_workshop_get_title (second), "Workshop "));

  /* Most recent first. */
  g_assert_cmpuint (g_list_model_get_n_items (workshops), ==, 2);
  g_assert_true (g_list_model_get_item (workshops, 0) == (gpointer)second);
  g_object_unref (second);

  g_assert_true (tp_store_rename_workshop (fixture->store, first, "Returns", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tp_workshop_get_title (first), ==, "Returns");

  g_assert_false (tp_store_rename_workshop (fixture->store, first, "   ", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (tp_workshop_get_title (first), ==, "Returns");

  found = tp_store_find_workshop (fixture->store, "Returns", &error);
  g_assert_no_error (error);
  g_assert_true (found == first);

  {
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, tp_workshop_get_id (second));
    g_assert_true (tp_store_find_workshop (fixture->store, id, &error) == second);
    g_assert_no_error (error);
  }

  g_assert_null (tp_store_find_workshop (fixture->store, "Nope", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Trash and restore: Undo, which keeps a reference, brings it back in
   * its place. */
  g_object_ref (first);
  g_assert_true (tp_store_trash_workshop (fixture->store, first, &error));
  g_assert_cmpuint (g_list_model_get_n_items (workshops), ==, 1);
  g_assert_null (tp_store_find_workshop (fixture->store, "Returns", NULL));
  g_assert_true (tp_store_restore_workshop (fixture->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (workshops), ==, 2);
  g_assert_true (tp_store_find_workshop (fixture->store, "Returns", &error) == first);
  g_object_unref (first);

  g_assert_true (tp_store_trash_workshop (fixture->store, second, &error));
  reopen (fixture);
  /* Trashed a moment ago: still in the file, for a window's Undo, but
   * not listed. */
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_workshops (fixture->store)), ==, 1);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM workshops"), ==, 2);
}

static void
test_ambiguous_title (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  tp_store_create_workshop (fixture->store, "Same", &error);
  tp_store_create_workshop (fixture->store, "Same", &error);
  g_assert_no_error (error);

  g_assert_null (tp_store_find_workshop (fixture->store, "Same", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_AMBIGUOUS);
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *changes)
{
  (*changes)++;
}

static void
test_idea_crud (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpWorkshop *workshop = tp_store_create_workshop (fixture->store, "Install visit", &error);
  GListModel *ideas = tp_store_get_ideas (fixture->store, workshop);
  const char *tags[] = { "contact", "Sales", NULL };
  TpIdea *idea;
  TpIdea *second;
  guint changes = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 0);

  idea = tp_store_capture_idea (fixture->store, workshop,
                                "Call-back line for customers #contact #sales @Jerry", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 1);
  g_assert_true (g_list_model_get_item (ideas, 0) == (gpointer)idea);
  g_object_unref (idea);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "Call-back line for customers");
  g_assert_cmpstr (tp_idea_get_author (idea), ==, "Jerry");
  g_assert_cmpstrv (tp_idea_get_tags (idea), ((const char *[]) { "contact", "sales", NULL }));
  g_assert_cmpint (tp_idea_get_status (idea), ==, TP_IDEA_STATUS_NEW);
  g_assert_true (g_uuid_string_is_valid (tp_idea_get_uuid (idea)));
  g_assert_cmpuint (tp_workshop_get_n_ideas (workshop), ==, 1);

  second = tp_store_add_idea (fixture->store, workshop, "Whole-journey survey", "Ask about the process",
                              NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (tp_idea_get_author (second));

  /* Update: the model announces the change for sorted views. */
  g_signal_connect (ideas, "items-changed", G_CALLBACK (count_changes_cb), &changes);
  g_assert_true (tp_store_update_idea (fixture->store, idea, "Inbound line for quotes",
                                       "Sales calls can be returned", "  @Jerry ", tags, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "Inbound line for quotes");
  g_assert_cmpstr (tp_idea_get_details (idea), ==, "Sales calls can be returned");
  g_assert_cmpstr (tp_idea_get_author (idea), ==, "Jerry");
  /* The tag "Sales" is the existing "sales": one tag, first spelling kept. */
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM tags"), ==, 2);

  /* A bad update changes nothing. */
  g_assert_false (tp_store_update_idea (fixture->store, idea, "", NULL, NULL, NULL, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "Inbound line for quotes");

  g_assert_true (tp_store_set_idea_status (fixture->store, idea, TP_IDEA_STATUS_SHORTLISTED, &error));
  g_assert_no_error (error);

  /* Trash and restore. */
  g_object_ref (idea);
  g_assert_true (tp_store_trash_idea (fixture->store, idea, &error));
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 1);
  g_assert_cmpuint (tp_workshop_get_n_ideas (workshop), ==, 1);
  g_assert_true (tp_store_restore_idea (fixture->store, idea, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 2);
  /* Back in capture order, before the second idea. */
  g_assert_true (g_list_model_get_item (ideas, 0) == (gpointer)idea);
  g_object_unref (idea);
  g_object_unref (idea);
}

static void
test_anonymous_capture (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpWorkshop *workshop = tp_store_create_workshop (fixture->store, "Anon", &error);
  TpIdea *idea;

  g_assert_true (tp_store_set_workshop_anonymous (fixture->store, workshop, TRUE, &error));
  g_assert_no_error (error);

  idea = tp_store_capture_idea (fixture->store, workshop, "Honest feedback @Boss #culture", &error);
  g_assert_no_error (error);
  g_assert_null (tp_idea_get_author (idea));
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM ideas WHERE author IS NOT NULL"), ==, 0);

  reopen (fixture);
  workshop = tp_store_find_workshop (fixture->store, "Anon", &error);
  g_assert_true (tp_workshop_get_anonymous (workshop));
}

static void
test_reopen_keeps_everything (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpWorkshop *workshop = tp_store_create_workshop (fixture->store, "Keep", &error);
  g_autofree char *uuid = NULL;
  g_autofree char *created = NULL;
  GListModel *ideas;
  TpIdea *idea;

  idea = tp_store_capture_idea (fixture->store, workshop, "Kept idea #one #two @Sam", &error);
  g_assert_no_error (error);
  uuid = g_strdup (tp_idea_get_uuid (idea));
  created = g_strdup (tp_idea_get_created_at (idea));
  tp_store_capture_idea (fixture->store, workshop, "Second kept", &error);
  tp_store_set_idea_status (fixture->store, idea, TP_IDEA_STATUS_PARKED, &error);
  g_assert_no_error (error);

  reopen (fixture);

  workshop = tp_store_find_workshop (fixture->store, "Keep", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tp_workshop_get_n_ideas (workshop), ==, 2);
  ideas = tp_store_get_ideas (fixture->store, workshop);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 2);
  idea = g_list_model_get_item (ideas, 0);
  g_assert_cmpstr (tp_idea_get_uuid (idea), ==, uuid);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "Kept idea");
  g_assert_cmpstr (tp_idea_get_author (idea), ==, "Sam");
  g_assert_cmpstr (tp_idea_get_created_at (idea), ==, created);
  g_assert_cmpstrv (tp_idea_get_tags (idea), ((const char *[]) { "one", "two", NULL }));
  g_assert_cmpint (tp_idea_get_status (idea), ==, TP_IDEA_STATUS_PARKED);
  g_object_unref (idea);
}

static void
test_find_idea (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpWorkshop *workshop = tp_store_create_workshop (fixture->store, "Find", &error);
  TpIdea *a = tp_store_capture_idea (fixture->store, workshop, "Alpha", &error);
  TpIdea *b = tp_store_capture_idea (fixture->store, workshop, "Twin", &error);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, tp_idea_get_id (a));
  g_autofree char *prefix = g_strndup (tp_idea_get_uuid (b), 8);

  tp_store_capture_idea (fixture->store, workshop, "Twin", &error);
  g_assert_no_error (error);

  g_assert_true (tp_store_find_idea (fixture->store, id, &error) == a);
  g_assert_true (tp_store_find_idea (fixture->store, tp_idea_get_uuid (a), &error) == a);
  g_assert_true (tp_store_find_idea (fixture->store, prefix, &error) == b);
  g_assert_true (tp_store_find_idea (fixture->store, "Alpha", &error) == a);
  g_assert_no_error (error);

  g_assert_null (tp_store_find_idea (fixture->store, "Twin", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_AMBIGUOUS);
  g_clear_error (&error);

  g_assert_null (tp_store_find_idea (fixture->store, "Nothing like it", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_NOT_FOUND);
}

static void
test_write_is_committed (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpWorkshop *workshop = tp_store_create_workshop (fixture->store, "Durable", &error);

  tp_store_capture_idea (fixture->store, workshop, "Seen by another connection #now", &error);
  g_assert_no_error (error);

  /* Another connection sees it while this store is still open. */
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM ideas"), ==, 1);
  g_assert_cmpint (count_rows (fixture->path, "SELECT count(*) FROM idea_tags"), ==, 1);
}

static void
test_connection_settings (Fixture       *fixture,
                          gconstpointer  data)
{
  g_assert_cmpint (count_rows (fixture->path, "PRAGMA user_version"), ==,
                   tp_store_get_latest_schema_version ());
  g_assert_cmpuint (tp_store_get_schema_version (fixture->store), ==,
                    tp_store_get_latest_schema_version ());

  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL);
    sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 0), ==, "wal");
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }

  /* A new library's pages are 32 KiB (see configure_connection()). */
  g_assert_cmpint (count_rows (fixture->path, "PRAGMA page_size"), ==, 32768);
}

/* A library made before pages were 32 KiB keeps its 4 KiB pages, which
 * SQLite cannot change in WAL mode, and works as before. */
static void
test_older_page_size (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("touchpoint-store-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "touchpoint.db", NULL);
  TpStore *store;
  TpWorkshop *workshop;
  sqlite3 *db = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; "
                                     "CREATE TABLE kept (x); INSERT INTO kept VALUES (1)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = tp_store_new (path, &error);
  g_assert_no_error (error);
  /* Checkpoints as SQLite's default has them for 4 KiB pages. */
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (tp_store_get_db (store), "PRAGMA wal_autocheckpoint", -1, &stmt, NULL),
                     ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1000);
    sqlite3_finalize (stmt);
  }
  workshop = tp_store_create_workshop (store, "Older library", &error);
  g_assert_no_error (error);
  g_assert_nonnull (tp_store_capture_idea (store, workshop, "Still captured", &error));
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  g_assert_cmpint (count_rows (path, "PRAGMA page_size"), ==, 4096);
  g_assert_cmpint (count_rows (path, "SELECT count (*) FROM kept"), ==, 1);
  g_assert_cmpint (count_rows (path, "SELECT count (*) FROM ideas WHERE title = 'Still captured'"), ==, 1);
  tp_test_remove_tree (dir);
}

/* touchpoint-cli writing while the window is open: the window's store
 * notices and its models follow, keeping the objects views hold. */
static void
test_changes_from_another_program (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpWorkshop *workshop = tp_store_create_workshop (fixture->store, "Shared", &error);
  GListModel *ideas = tp_store_get_ideas (fixture->store, workshop);
  TpIdea *kept = tp_store_capture_idea (fixture->store, workshop, "Kept and renamed", &error);
  TpIdea *gone = tp_store_capture_idea (fixture->store, workshop, "Deleted elsewhere", &error);
  g_autoptr(TpStore) other = tp_store_new (fixture->path, &error);
  TpWorkshop *other_workshop;
  g_autoptr(TpIdea) added = NULL;

  g_assert_no_error (error);
  g_assert_false (tp_store_poll_changes (fixture->store));

  other_workshop = tp_store_find_workshop (other, "Shared", &error);
  tp_store_get_ideas (other, other_workshop);
  tp_store_capture_idea (other, other_workshop, "Added by the CLI #cli", &error);
  tp_store_update_idea (other, tp_store_find_idea (other, "Kept and renamed", NULL),
                        "Renamed by the CLI", NULL, NULL, NULL, &error);
  tp_store_trash_idea (other, tp_store_find_idea (other, "Deleted elsewhere", NULL), &error);
  tp_store_create_workshop (other, "Made by the CLI", &error);
  g_assert_no_error (error);

  g_object_ref (gone);
  g_assert_true (tp_store_poll_changes (fixture->store));
  g_assert_false (tp_store_poll_changes (fixture->store));

  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_workshops (fixture->store)), ==, 2);
  g_assert_nonnull (tp_store_find_workshop (fixture->store, "Made by the CLI", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 2);
  /* The same object, renamed in place. */
  g_assert_cmpstr (tp_idea_get_title (kept), ==, "Renamed by the CLI");
  added = g_list_model_get_item (ideas, 1);
  g_assert_cmpstr (tp_idea_get_title (added), ==, "Added by the CLI");
  g_assert_cmpstrv (tp_idea_get_tags (added), ((const char *[]) { "cli", NULL }));
  g_assert_cmpuint (tp_workshop_get_n_ideas (workshop), ==, 2);
  g_object_unref (gone);
}

static void
test_not_a_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("touchpoint-bad-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.db", NULL);
  g_autofree char *contents = NULL;
  TpStore *store;

  g_file_set_contents (path, "this is not a database, just some text that is long enough", -1, NULL);
  store = tp_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, TP_ERROR, TP_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, path));

  /* The file is left as it was. */
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_true (g_str_has_prefix (contents, "this is not a database"));
  tp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/workshop-crud", test_workshop_crud);
  ADD ("/store/ambiguous-title", test_ambiguous_title);
  ADD ("/store/idea-crud", test_idea_crud);
  ADD ("/store/anonymous-capture", test_anonymous_capture);
  ADD ("/store/reopen-keeps-everything", test_reopen_keeps_everything);
  ADD ("/store/find-idea", test_find_idea);
  ADD ("/store/write-is-committed", test_write_is_committed);
  ADD ("/store/connection-settings", test_connection_settings);
  ADD ("/store/changes-from-another-program", test_changes_from_another_program);
#undef ADD
  g_test_add_func ("/store/not-a-database", test_not_a_database);
  g_test_add_func ("/store/older-page-size", test_older_page_size);

  return g_test_run ();
}
