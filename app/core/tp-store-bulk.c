/* tp-store-bulk.c — the connection set up for one large write, and put back
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A CSV import writes tens of megabytes in one transaction. Three settings
 * of the connection suit it better than the everyday ones; SQLite changes
 * none of them inside a transaction, so they are set before it begins and
 * put back after it ends, whichever way it ended.
 *
 * - Foreign keys off: the caller keeps them by construction (see
 *   tp-store-import.c) instead of a B-tree search for every reference.
 * - Statement journals in memory rather than in temporary files.
 * - A rollback journal instead of the WAL. In WAL every page is written
 *   twice, to the log and then by the checkpoint into the database, and
 *   the log file keeps its largest size afterwards: 57 MB for a
 *   100,000-idea file. A rollback journal holds only the pages that
 *   existed before the transaction, and an import mostly adds new ones, so
 *   they are written once, in place. It is as safe: with synchronous FULL
 *   the commit is durable when it returns, and after a crash the journal
 *   left behind rolls the import back the next time the file opens, as
 *   the WAL would have. Leaving WAL and coming back are small writes with
 *   syncs of their own, so only a large transaction does it. Leaving WAL
 *   needs this to be the only connection
 *   to the file; SQLite says at once when it is not (another process such
 *   as touchpoint-cli has the library open), and the import then runs in
 *   WAL as any other write.
 *
 * While the rows go in, SQLite leaves the pages it has written in the
 * kernel's cache, and the commit then waits for all of them to reach the
 * disk: about 100 ms for 60 MB. tp_store_bulk_written() asks the kernel
 * to start writing what is there already, so the disk works while the
 * import goes on and the commit finds little left to wait for. It is a
 * hint only: what makes the commit durable is still SQLite's own sync.
 *
 * The page cache keeps its default size: every B-tree the import writes
 * grows at its end (the uuids come sorted), so the pages it needs again
 * are few. A larger cache only cost fresh memory for every page written.
 */
#include "config.h"

#include <fcntl.h>
#include <unistd.h>

#include "tp-store-private.h"

/* Truncated rather than deleted at each commit: the same safety, without
 * making and removing a file, and fsyncing the folder, every time. */
#define BULK_JOURNAL_MODE "truncate"

static int
read_pragma (sqlite3    *db,
             const char *sql,
             int         fallback)
{
  sqlite3_stmt *stmt = NULL;
  int value = fallback;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* The connection's journal mode after @sql, lower case, or "" if SQLite
 * could not say. */
static char *
journal_mode (sqlite3    *db,
              const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *mode = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    mode = g_ascii_strdown ((const char *) sqlite3_column_text (stmt, 0), -1);
  sqlite3_finalize (stmt);

  return mode != NULL ? mode : g_strdup ("");
}

/**
 * tp_store_bulk_begin:
 * @leave_wal: whether the transaction writes enough to be worth a rollback
 *   journal: leaving WAL and coming back cost a few syncs of their own
 * @saved: (out caller-allocates): what tp_store_bulk_end() puts back
 *
 * Sets the connection up for one large transaction, which the caller then
 * begins. Outside a transaction only.
 */
void
tp_store_bulk_begin (TpStore     *self,
                     gboolean     leave_wal,
                     TpStoreBulk *saved)
{
  sqlite3 *db = tp_store_get_db (self);
  g_autofree char *mode = journal_mode (db, "PRAGMA journal_mode");

  *saved = (TpStoreBulk) { .foreign_keys = 1, .fd = -1 };
  g_return_if_fail (sqlite3_get_autocommit (db));

  saved->foreign_keys = read_pragma (db, "PRAGMA foreign_keys", 1);
  saved->temp_store = read_pragma (db, "PRAGMA temp_store", 0);
  sqlite3_exec (db, "PRAGMA foreign_keys = OFF; PRAGMA temp_store = MEMORY", NULL, NULL, NULL);

  /* Only from WAL, which is what every library is opened in; a file
   * system without WAL keeps whatever mode it has. */
  if (leave_wal && g_str_equal (mode, "wal"))
    {
      g_autofree char *now = journal_mode (db, "PRAGMA journal_mode = " BULK_JOURNAL_MODE);

      saved->left_wal = g_str_equal (now, BULK_JOURNAL_MODE);
    }

  /* The kernel's cache is the file's, whichever descriptor asks. */
#ifdef HAVE_SYNC_FILE_RANGE
  if (saved->left_wal)
    saved->fd = open (tp_store_get_path (self), O_RDONLY | O_CLOEXEC);
#endif
}

/**
 * tp_store_bulk_end:
 * @saved: what tp_store_bulk_begin() filled in
 *
 * Puts back what tp_store_bulk_begin() changed, after the caller's
 * transaction committed or rolled back.
 */
void
tp_store_bulk_end (TpStore           *self,
                   const TpStoreBulk *saved)
{
  sqlite3 *db = tp_store_get_db (self);
  /* PRAGMA takes no bound parameters; the numbers are SQLite's own. */
  g_autofree char *sql = g_strdup_printf ("PRAGMA foreign_keys = %d; PRAGMA temp_store = %d",
                                          saved->foreign_keys, saved->temp_store);

  sqlite3_exec (db, sql, NULL, NULL, NULL);
  if (saved->fd >= 0)
    close (saved->fd);

  /* SQLite ignores these inside a transaction: one left open by a failed
   * rollback would keep every later write unchecked. */
  if (read_pragma (db, "PRAGMA foreign_keys", -1) != saved->foreign_keys)
    g_critical ("Foreign keys could not be turned back on after a large write (%s)",
                sqlite3_get_autocommit (db) ? "no transaction open" : "a transaction is still open");

  /* Back to WAL needs the file to itself too. Should another process
   * have opened it in the meantime, the library simply stays in rollback
   * mode, as safe and only less concurrent, until it is next opened. */
  if (saved->left_wal)
    {
      g_autofree char *now = journal_mode (db, "PRAGMA journal_mode = wal");

      if (!g_str_equal (now, "wal"))
        g_debug ("The library stays in rollback journal mode until it is opened again: %s", sqlite3_errmsg (db));
    }
}

/**
 * tp_store_bulk_written:
 * @saved: what tp_store_bulk_begin() filled in
 *
 * Says a few megabytes more have been written in the transaction: the
 * kernel may start putting them on disk. Changes nothing SQLite sees.
 */
void
tp_store_bulk_written (TpStore           *self,
                       const TpStoreBulk *saved)
{
#ifdef HAVE_SYNC_FILE_RANGE
  /* Starts the writing without waiting for it; a failure only means the
   * commit waits as it would have anyway. */
  if (saved->fd >= 0)
    (void) sync_file_range (saved->fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
}
