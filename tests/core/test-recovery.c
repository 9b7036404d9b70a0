/* test-recovery.c — hourly backups and recovering a damaged library
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <utime.h>

#include <sqlite3.h>

#include "tp-store.h"
#include "tp-test.h"

typedef struct
{
  char *dir;
  char *path;
  char *backups;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("touchpoint-recovery-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->backups = g_build_filename (fixture->dir, "backups", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tp_test_remove_tree (fixture->dir);
  g_free (fixture->backups);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static guint
count_files (const char *dir,
             const char *prefix)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (handle && (name = g_dir_read_name (handle)))
    if (g_str_has_prefix (name, prefix))
      n++;

  return n;
}

static void
age_backups (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle && (name = g_dir_read_name (handle)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      struct utimbuf times = { .actime = 1000000000, .modtime = 1000000000 };

      g_assert_cmpint (utime (path, &times), ==, 0);
    }
}

static TpStore *
open_library (Fixture  *fixture,
              char    **notice)
{
  g_autoptr(GError) error = NULL;
  TpStore *store = tp_store_open (fixture->path, notice, &error);

  g_assert_no_error (error);
  return store;
}

static void
test_hourly_backups (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *notice = NULL;
  TpStore *store = open_library (fixture, &notice);

  g_assert_null (notice);
  g_assert_cmpuint (count_files (fixture->backups, "touchpoint-"), ==, 1);
  g_assert_finalize_object (store);

  /* At most one an hour. */
  store = open_library (fixture, NULL);
  g_assert_cmpuint (count_files (fixture->backups, "touchpoint-"), ==, 1);
  g_assert_finalize_object (store);

  /* Twelve old ones: a new one is made and only the newest ten kept. */
  for (guint i = 0; i < 11; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s/touchpoint-2020010%uT000000Z.db", fixture->backups, i % 10);
      g_autofree char *other = g_strdup_printf ("%s/touchpoint-2019%02uT000000Z.db", fixture->backups, i);

      g_file_set_contents (i < 6 ? name : other, "old", -1, NULL);
    }
  age_backups (fixture->backups);
  store = open_library (fixture, NULL);
  g_assert_cmpuint (count_files (fixture->backups, "touchpoint-"), ==, 10);
  g_assert_finalize_object (store);
}

static void
damage (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  /* Keep the header, so it still looks like SQLite, and scramble the rest. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4096);
  for (gsize i = 100; i < length; i++)
    contents[i] = (char)(i * 7);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
test_damaged_restores_backup (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  TpStore *store = open_library (fixture, NULL);
  TpWorkshop *workshop = tp_store_create_workshop (store, "Saved before the backup", &error);

  tp_store_capture_idea (store, workshop, "Kept by the backup", &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  /* Force a fresh backup holding the idea, then damage the library. */
  age_backups (fixture->backups);
  store = open_library (fixture, NULL);
  g_assert_finalize_object (store);
  damage (fixture->path);

  store = open_library (fixture, &notice);
  g_assert_nonnull (notice);
  g_assert_nonnull (strstr (notice, "damaged"));
  g_assert_nonnull (strstr (notice, "restored"));
  g_assert_cmpuint (count_files (fixture->dir, "touchpoint.db.damaged-"), >=, 1);

  workshop = tp_store_find_workshop (store, "Saved before the backup", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_ideas (store, workshop)), ==, 1);
  g_assert_finalize_object (store);
}

static void
test_damaged_without_backup (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *notice = NULL;
  g_autofree char *text = g_strnfill (8192, 'x');
  TpStore *store;

  g_file_set_contents (fixture->path, text, -1, NULL);

  store = open_library (fixture, &notice);
  g_assert_nonnull (notice);
  g_assert_nonnull (strstr (notice, "no backup"));
  g_assert_nonnull (strstr (notice, fixture->dir));
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_workshops (store)), ==, 0);
  g_assert_finalize_object (store);

  /* The damaged file is kept as it was, for whoever can rescue it. */
  {
    g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
    const char *name;
    gboolean found = FALSE;

    while ((name = g_dir_read_name (dir)))
      if (g_str_has_prefix (name, "touchpoint.db.damaged-") && !g_str_has_suffix (name, "-wal") &&
          !g_str_has_suffix (name, "-shm"))
        {
          g_autofree char *aside = g_build_filename (fixture->dir, name, NULL);
          g_autofree char *kept = NULL;

          g_file_get_contents (aside, &kept, NULL, NULL);
          g_assert_cmpstr (kept, ==, text);
          found = TRUE;
        }
    g_assert_true (found);
  }
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, length, &error);
  g_assert_no_error (error);
}

/* A library caught in the middle of a transaction with a rollback journal
 * (one a file system without WAL keeps, or a copy taken by a backup tool
 * mid-write): the file holds half of the change and the journal what the
 * pages were. Opening must roll it back, not call it unreadable, and
 * nothing is set aside. */
static void
test_hot_journal (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *source = g_build_filename (fixture->dir, "source.db", NULL);
  g_autofree char *source_journal = g_strconcat (source, "-journal", NULL);
  g_autofree char *journal = g_strconcat (fixture->path, "-journal", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  TpStore *store = tp_store_new (source, &error);
  TpWorkshop *workshop;
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_no_error (error);
  workshop = tp_store_create_workshop (store, "Kept", &error);
  tp_store_capture_idea (store, workshop, "Saved before", &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  g_assert_cmpint (sqlite3_open (source, &db), ==, SQLITE_OK);
  sqlite3_exec (db,
                "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 10; BEGIN;"
                "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                "INSERT INTO ideas (uuid, workshop_id, title, details, created_at, updated_at) "
                "  SELECT 'half-' || i, 1, 'Half written ' || i, printf ('%.500c', 'x'), 'now', 'now' FROM n;",
                NULL, NULL, &message);
  g_assert_cmpstr (message, ==, NULL);
  g_assert_true (g_file_test (source_journal, G_FILE_TEST_EXISTS));
  copy_file (source, fixture->path);
  copy_file (source_journal, journal);
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);

  store = open_library (fixture, &notice);
  g_assert_null (notice);
  g_assert_cmpuint (count_files (fixture->dir, "touchpoint.db.damaged-"), ==, 0);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  workshop = tp_store_find_workshop (store, "Kept", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_ideas (store, workshop)), ==, 1);
  g_assert_finalize_object (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/recovery/hourly-backups", test_hourly_backups);
  ADD ("/recovery/damaged-restores-backup", test_damaged_restores_backup);
  ADD ("/recovery/damaged-without-backup", test_damaged_without_backup);
  ADD ("/recovery/hot-journal", test_hot_journal);
#undef ADD

  return g_test_run ();
}
