/* tp-store-bulk.c — the connection set up for one large write, and put back
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A CSV import writes tens of megabytes in one transaction. Two settings
 * of the connection suit it better than the everyday ones; SQLite changes
 * neither inside a transaction, so they are set before it begins and put
 * back after it ends, whichever way it ended.
 *
 * - Foreign keys off: the caller keeps them by construction (see
 *   tp-store-import.c) instead of a B-tree search for every reference.
 * - Statement journals in memory rather than in temporary files.
 *
 * The journal stays the WAL. A rollback journal would write the new pages
 * once instead of twice, but while it is in use the database file alone
 * is half-written, other processes can neither read nor open the library,
 * and a crash leaves a journal that only a writer can roll back.
 *
 * While the rows go in, SQLite appends the pages it spills to the WAL
 * and the kernel holds them in its cache; the commit then waits for all of
 * them to reach the disk, about 100 ms for 60 MB. tp_store_bulk_written()
 * asks the kernel to start writing what is there already, so the disk
 * works while the import goes on and the commit finds little left to wait
 * for. It is a hint only: what makes the commit durable is still SQLite's
 * own sync. The hint goes through a descriptor of the WAL file, never of
 * the database: closing any descriptor of a file drops every POSIX lock
 * the process holds on it, and SQLite locks the database file and the
 * shared-memory file, not the WAL.
 *
 * The commit leaves every page in the WAL. SQLite would copy them into the
 * database file at once, in the committing call, which for a large import
 * is an eighth of its time; the user's ideas are safe and shown before that.
 * So automatic checkpoints are off for the transaction, and after it a
 * thread of its own, on a connection of its own, copies the pages while
 * the app goes on: a passive checkpoint, which never blocks the app's
 * reads and writes, nor waits for them. Should it not get to everything,
 * SQLite's next automatic checkpoint does the rest. The store waits for
 * the thread before it closes.
 *
 * The page cache keeps its default size: every B-tree the import writes
 * grows at its end (the uuids come sorted), so the pages it needs again
 * are few. A larger cache only cost fresh memory for every page written.
 */
#include "config.h"

#include <fcntl.h>
#include <unistd.h>

#include "tp-store-private.h"

#define CHECKPOINT_BUSY_MS 1000

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

/* The WAL file, to hint at; -1 when there is none or no hint to give. */
static int
open_wal (sqlite3 *db)
{
#ifdef HAVE_SYNC_FILE_RANGE
  sqlite3_filename name = sqlite3_db_filename (db, "main");
  const char *wal = name != NULL && name[0] != '\0' ? sqlite3_filename_wal (name) : NULL;

  if (wal != NULL && g_str_has_suffix (wal, "-wal"))
    return open (wal, O_RDONLY | O_CLOEXEC);
#endif

  return -1;
}

/**
 * tp_store_bulk_begin:
 * @large: whether the transaction writes enough for the hints of
 *   tp_store_bulk_written() to be worth a descriptor
 * @saved: (out caller-allocates): what tp_store_bulk_end() puts back
 *
 * Sets the connection up for one large transaction, which the caller then
 * begins. Outside a transaction only.
 */
void
tp_store_bulk_begin (TpStore     *self,
                     gboolean     large,
                     TpStoreBulk *saved)
{
  sqlite3 *db = tp_store_get_db (self);

  *saved = (TpStoreBulk) { .foreign_keys = 1, .wal_fd = -1, .autocheckpoint = -1 };
  g_return_if_fail (sqlite3_get_autocommit (db));

  saved->foreign_keys = read_pragma (db, "PRAGMA foreign_keys", 1);
  saved->temp_store = read_pragma (db, "PRAGMA temp_store", 0);
  sqlite3_exec (db, "PRAGMA foreign_keys = OFF; PRAGMA temp_store = MEMORY", NULL, NULL, NULL);

  if (large)
    {
      saved->wal_fd = open_wal (db);
      saved->autocheckpoint = read_pragma (db, "PRAGMA wal_autocheckpoint", 1000);
      sqlite3_wal_autocheckpoint (db, 0);
    }
}

static gpointer
checkpoint_thread (gpointer data)
{
  g_autofree char *path = data;
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  /* Another process closing the library holds it a moment. Reading the
   * schema version finds the WAL, which a checkpoint needs. */
  if (rc == SQLITE_OK)
    sqlite3_busy_timeout (db, CHECKPOINT_BUSY_MS);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "PRAGMA schema_version", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_wal_checkpoint_v2 (db, "main", SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);

  /* Nothing is lost either way: the pages stay in the WAL, and the next
   * automatic checkpoint copies them. */
  if (rc != SQLITE_OK)
    g_debug ("The checkpoint after a large write stopped: %s", db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  sqlite3_close (db);

  return NULL;
}

/* Copies the WAL into the database file on a thread of its own. */
static void
checkpoint_in_background (TpStore *self)
{
  sqlite3 *db = tp_store_get_db (self);
  sqlite3_filename name = sqlite3_db_filename (db, "main");
  GThread **thread = tp_store_get_checkpoint_thread (self);
  g_autoptr(GError) error = NULL;
  char *path;

  if (name == NULL || name[0] == '\0')
    return;

  tp_store_bulk_wait (self);
  path = g_strdup (name);
  *thread = g_thread_try_new ("tp-checkpoint", checkpoint_thread, path, &error);
  if (*thread == NULL)
    {
      g_debug ("No thread for the checkpoint after a large write (%s): doing it now", error->message);
      g_free (path);
      sqlite3_wal_checkpoint_v2 (db, "main", SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    }
}

/**
 * tp_store_bulk_wait:
 *
 * Waits for the checkpoint that tp_store_bulk_end() started, if any.
 */
void
tp_store_bulk_wait (TpStore *self)
{
  GThread **thread = tp_store_get_checkpoint_thread (self);

  if (*thread != NULL)
    g_thread_join (g_steal_pointer (thread));
}

/**
 * tp_store_bulk_end:
 * @saved: what tp_store_bulk_begin() filled in
 * @committed: whether the transaction committed, leaving pages to copy
 *
 * Puts back what tp_store_bulk_begin() changed, after the caller's
 * transaction committed or rolled back.
 */
void
tp_store_bulk_end (TpStore           *self,
                   const TpStoreBulk *saved,
                   gboolean           committed)
{
  sqlite3 *db = tp_store_get_db (self);
  /* PRAGMA takes no bound parameters; the numbers are SQLite's own. */
  g_autofree char *sql = g_strdup_printf ("PRAGMA foreign_keys = %d; PRAGMA temp_store = %d",
                                          saved->foreign_keys, saved->temp_store);

  sqlite3_exec (db, sql, NULL, NULL, NULL);
  if (saved->wal_fd >= 0)
    close (saved->wal_fd);
  if (saved->autocheckpoint >= 0)
    {
      sqlite3_wal_autocheckpoint (db, saved->autocheckpoint);
      if (committed && saved->autocheckpoint > 0 && sqlite3_get_autocommit (db))
        checkpoint_in_background (self);
    }

  /* SQLite ignores these inside a transaction: one left open by a failed
   * rollback would keep every later write unchecked. */
  if (read_pragma (db, "PRAGMA foreign_keys", -1) != saved->foreign_keys)
    g_critical ("Foreign keys could not be turned back on after a large write (%s)",
                sqlite3_get_autocommit (db) ? "no transaction open" : "a transaction is still open");
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
  if (saved->wal_fd >= 0)
    (void) sync_file_range (saved->wal_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
}
