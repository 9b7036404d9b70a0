/* tp-store-recovery.c — automatic backups, and recovering from a damaged file
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tp-store-private.h"

#define BACKUPS_KEPT 10
#define BACKUP_EVERY_SECONDS (60 * 60)
#define BACKUP_PREFIX "touchpoint-"
#define BACKUP_SUFFIX ".db"

static char *
backup_dir (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_build_filename (dir, "backups", NULL);
}

/* Backup names sort by time: touchpoint-20261122T101500Z.db */
static GPtrArray *
list_backups (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (handle && (name = g_dir_read_name (handle)))
    if (g_str_has_prefix (name, BACKUP_PREFIX) && g_str_has_suffix (name, BACKUP_SUFFIX))
      g_ptr_array_add (names, g_build_filename (dir, name, NULL));

  return names;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

static gboolean
copy_database (sqlite3     *source,
               const char  *target,
               GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_backup *backup;
  int rc = sqlite3_open_v2 (target, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (db, "main", source, "main");
      rc = backup ? sqlite3_backup_step (backup, -1) : sqlite3_errcode (db);
      if (backup)
        {
          int finish = sqlite3_backup_finish (backup);

          if (rc == SQLITE_DONE)
            rc = finish;
        }
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    tp_store_set_error (db, rc, error);
  sqlite3_close (db);

  return rc == SQLITE_OK;
}

/**
 * tp_store_backup_if_due:
 *
 * Copies the library into backups/ beside it with the SQLite backup API,
 * unless the newest backup is less than an hour old, and keeps the newest
 * ten. Called at every start, so a damaged file can always be replaced
 * by a recent copy.
 */
gboolean
tp_store_backup_if_due (TpStore  *self,
                        GError  **error)
{
  g_autofree char *dir = backup_dir (tp_store_get_path (self));
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");
  g_autofree char *target = NULL;
  g_autofree char *partial = NULL;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, TP_ERROR, TP_ERROR_STORAGE, _("Cannot create the backup folder “%s”: %s"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }

  backups = list_backups (dir);
  g_ptr_array_sort (backups, compare_paths);
  if (backups->len > 0)
    {
      GStatBuf info;
      const char *newest = g_ptr_array_index (backups, backups->len - 1);

      if (g_stat (newest, &info) == 0 &&
          g_date_time_to_unix (now) - (gint64)info.st_mtime < BACKUP_EVERY_SECONDS)
        return TRUE;
    }

  target = g_strdup_printf ("%s/" BACKUP_PREFIX "%s" BACKUP_SUFFIX, dir, stamp);
  partial = g_strconcat (target, ".partial", NULL);
  if (!copy_database (tp_store_get_db (self), partial, error) || g_rename (partial, target) != 0)
    {
      g_unlink (partial);
      if (error && *error == NULL)
        g_set_error (error, TP_ERROR, TP_ERROR_STORAGE, _("Cannot write the backup “%s”"), target);
      return FALSE;
    }

  /* A backup made within the same second replaced its namesake. */
  if (!g_ptr_array_find_with_equal_func (backups, target, g_str_equal, NULL))
    g_ptr_array_add (backups, g_steal_pointer (&target));
  while (backups->len > BACKUPS_KEPT)
    {
      g_unlink (g_ptr_array_index (backups, 0));
      g_ptr_array_remove_index (backups, 0);
    }

  return TRUE;
}

typedef enum
{
  HEALTHY,
  DAMAGED,
  UNREADABLE,   /* busy, locked, no permission: not a reason to move it */
} Health;

/* Opens @path with @flags and steps its quick check once. */
static int
quick_check (const char    *path,
             int            flags,
             sqlite3      **db,
             sqlite3_stmt **stmt)
{
  int rc = sqlite3_open_v2 (path, db, flags, NULL);

  *stmt = NULL;
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (*db, TRUE);
      sqlite3_busy_timeout (*db, 5000);
      rc = sqlite3_prepare_v2 (*db, "PRAGMA quick_check", -1, stmt, NULL);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_step (*stmt);

  return rc;
}

/* Only SQLite's own word that the file is not a database, or a failed
 * quick check, makes a library damaged: a file that is merely busy
 * (another program is writing) or not ours to read stays where it is. */
static Health
check_health (const char  *path,
              GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  Health health = UNREADABLE;
  int rc;

  rc = quick_check (path, SQLITE_OPEN_READONLY, &db, &stmt);

  /* A journal left by a transaction cut short in rollback mode (a file
   * system without WAL, or a copy taken mid-write) needs a writer to roll
   * it back, which the first read of a read-write connection does. */
  if (rc == SQLITE_READONLY_ROLLBACK)
    {
      sqlite3_finalize (stmt);
      sqlite3_close (db);
      rc = quick_check (path, SQLITE_OPEN_READWRITE, &db, &stmt);
    }

  if (rc == SQLITE_ROW)
    health = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") == 0 ? HEALTHY : DAMAGED;
  else if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    health = DAMAGED;
  else
    {
      tp_store_set_error (db, rc, error);
      g_prefix_error (error, _("Cannot read “%s”: "), path);
    }

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return health;
}

static gboolean
is_healthy (const char *path)
{
  return check_health (path, NULL) == HEALTHY;
}

/* Moves the damaged file, and its journal files, out of the way. */
static char *
set_aside (const char  *path,
           GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.damaged-%s", path, stamp);
  /* A journal left beside a restored backup would be rolled into it. */
  const char *suffixes[] = { "-wal", "-shm", "-journal" };

  if (g_rename (path, aside) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, TP_ERROR, TP_ERROR_STORAGE, _("Cannot move the damaged library “%s” aside: %s"),
                   path, g_strerror (saved_errno));
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (aside, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }

  return g_steal_pointer (&aside);
}

static char *
restore_latest_backup (const char  *path,
                       GError     **error)
{
  g_autofree char *dir = backup_dir (path);
  g_autoptr(GPtrArray) backups = list_backups (dir);

  g_ptr_array_sort (backups, compare_paths);
  for (guint i = backups->len; i > 0; i--)
    {
      const char *backup = g_ptr_array_index (backups, i - 1);
      g_autofree char *contents = NULL;
      gsize length;

      /* A damaged backup is no use: try the one before. */
      if (!is_healthy (backup) || !g_file_get_contents (backup, &contents, &length, NULL))
        continue;

      if (!g_file_set_contents (path, contents, length, error))
        return NULL;

      return g_path_get_basename (backup);
    }

  return NULL;
}

/**
 * tp_store_open:
 * @path: the library
 * @notice: (out) (optional) (nullable): what the user must be told, when
 *   the library had to be recovered
 *
 * Opens the library as tp_store_new() does, but first checks it. A file
 * that is damaged or unreadable is set aside, renamed with the time, and
 * the latest good automatic backup takes its place; with no backup the
 * library starts empty. Either way @notice says where the damaged file
 * went. A healthy library gets its hourly backup.
 */
TpStore *
tp_store_open (const char  *path,
               char       **notice,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) backup_error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *restored = NULL;
  TpStore *store;
  Health health;

  g_return_val_if_fail (path != NULL, NULL);

  if (notice)
    *notice = NULL;

  health = g_file_test (path, G_FILE_TEST_EXISTS) ? check_health (path, &local_error) : HEALTHY;
  if (health == UNREADABLE)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (health == HEALTHY)
    {
      store = tp_store_new (path, &local_error);
      if (store != NULL)
        {
          if (!tp_store_backup_if_due (store, &backup_error))
            g_message ("No automatic backup this time: %s", backup_error->message);
          return store;
        }

      if (!g_error_matches (local_error, TP_ERROR, TP_ERROR_DAMAGED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  if (!(aside = set_aside (path, error)))
    return NULL;

  restored = restore_latest_backup (path, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!(store = tp_store_new (path, error)))
    return NULL;

  if (notice && restored)
    *notice = g_strdup_printf (_("The library was damaged. It was set aside as “%s” and the "
                                 "automatic backup %s was restored; changes made after that "
                                 "backup are in the damaged file."),
                               aside, restored);
  else if (notice)
    *notice = g_strdup_printf (_("The library was damaged and there was no backup to restore. It "
                                 "was set aside as “%s” and Touchpoint started with an empty library."),
                               aside);

  return store;
}
