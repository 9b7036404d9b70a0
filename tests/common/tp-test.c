/* tp-test.c — what every test program needs
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tp-test.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

/* Runs whatever the main loop has ready, without waiting for more. */
void
tp_test_run_pending (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
timed_out_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds for @data, and fails the
 * test, naming @what, if it does not within TP_TEST_WAIT_SECONDS. */
void
tp_test_wait_until (TpTestCondition  condition,
                    gpointer         data,
                    const char      *what)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (TP_TEST_WAIT_SECONDS, timed_out_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out waiting until %s", what);
  g_source_remove (timeout_id);
  tp_test_run_pending ();
}

/* Removes @path and everything below it; a test's temporary directory. */
void
tp_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        tp_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* The first column of the first row @sql reads from the database at
 * @path, as text ("" for NULL), through a connection of its own: what a
 * test checks of the rows behind the store it has open. */
char *
tp_test_query_text (const char *path,
                    const char *sql)
{
  sqlite3 *db = NULL;
  char *text;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  text = tp_test_db_text (db, sql);
  sqlite3_close (db);

  return text;
}

/* The first value @sql gives on a connection already open, as text; ""
 * when it gives NULL or no row at all, which PRAGMA foreign_key_check
 * does for a sound file. */
char *
tp_test_db_text (sqlite3    *db,
                 const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  text = g_strdup (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL
                   ? (const char *)sqlite3_column_text (stmt, 0) : "");
  sqlite3_finalize (stmt);

  return text;
}
