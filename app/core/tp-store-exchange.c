/* tp-store-exchange.c — workshop files: one workshop in an SQLite file
 *
 * A .touchpoint file is a copy of the library cut down to one workshop, so
 * anyone can open it with sqlite3. Importing merges by UUID: what is new
 * is added, the newer version of an idea or persona wins, walks and their
 * accepted frictions are united, and importing the same file twice
 * changes nothing.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "tp-store-private.h"

/* Export */

/**
 * tp_store_export_workshop:
 * @path: the .touchpoint file to write; replaced whole, or not at all
 *
 * Writes @workshop, with its ideas, personas, journeys, walks, votes and
 * clusters, to a file of its own. Nothing else of the library goes in it.
 */
gboolean
tp_store_export_workshop (TpStore     *self,
                          TpWorkshop  *workshop,
                          const char  *path,
                          GError     **error)
{
  g_autofree char *partial = NULL;
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  partial = g_strdup_printf ("%s.%s.partial", path, tp_workshop_get_uuid (workshop));
  g_unlink (partial);

  rc = sqlite3_open_v2 (partial, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      tp_store_set_error (copy, rc, error);
      goto out;
    }

  backup = sqlite3_backup_init (copy, "main", tp_store_get_db (self), "main");
  if (backup == NULL)
    {
      tp_store_set_error (copy, sqlite3_errcode (copy), error);
      goto out;
    }
  sqlite3_backup_step (backup, -1);
  rc = sqlite3_backup_finish (backup);
  if (rc != SQLITE_OK)
    {
      tp_store_set_error (copy, rc, error);
      goto out;
    }

  /* A single file, with nothing of the other workshops left in its free
   * pages: VACUUM rewrites it from what remains. It does so in pages of
   * 4 KiB: the library's 32 KiB ones suit large writes, but made a file
   * of ten ideas, which goes to other people, seven times larger. */
  if (!tp_store_exec_sql (copy, "PRAGMA journal_mode = DELETE; PRAGMA foreign_keys = ON; BEGIN", error) ||
      !tp_store_exec_with_id (copy, "DELETE FROM workshops WHERE id <> ?1", tp_workshop_get_id (workshop), error) ||
      !tp_store_exec_sql (copy,
                "DELETE FROM ideas WHERE trashed_at IS NOT NULL;"
                "DELETE FROM templates;"
                "DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM idea_tags);"
                "COMMIT;"
                "PRAGMA page_size = 4096;"
                "VACUUM;",
                error))
    goto out;

  rc = sqlite3_close (copy);
  copy = NULL;
  if (rc != SQLITE_OK)
    {
      tp_store_set_error (NULL, rc, error);
      goto out;
    }

  if (g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, TP_ERROR, TP_ERROR_STORAGE, _("Cannot write “%s”: %s"),
                   path, g_strerror (saved_errno));
      goto out;
    }

  ok = TRUE;

out:
  if (copy != NULL)
    sqlite3_close (copy);
  if (!ok)
    {
      g_unlink (partial);
      g_prefix_error (error, _("Could not export “%s”: "), tp_workshop_get_title (workshop));
    }

  return ok;
}

/* Checks the file on a private copy, upgrading its schema there, so the
 * user's file is only ever read. Returns the id of its one workshop. */
static gboolean
prepare_copy (const char  *path,
              const char  *copy_path,
              gint64      *workshop_id,
              GError     **error)
{
  sqlite3 *source = NULL;
  sqlite3 *db = NULL;
  sqlite3_backup *backup;
  sqlite3_stmt *stmt = NULL;
  guint version = 0;
  int n_workshops = 0;
  gboolean ok = FALSE;
  int rc;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, TP_ERROR, TP_ERROR_NOT_FOUND, _("There is no file “%s”"), path);
      return FALSE;
    }

  /* The backup API reads what a plain file copy would miss: changes still
   * in the write-ahead log of a library that is open elsewhere. */
  rc = sqlite3_open_v2 (path, &source, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_open_v2 (copy_path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
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
  sqlite3_close (source);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("“%s” is not a Touchpoint workshop file"), path);
      goto out;
    }

  /* The quick check also finds rows that break a CHECK rule, which only
   * an edit around SQLite can make: a vote of more dots than any budget
   * holds, say. */
  rc = sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW &&
      g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") != 0)
    rc = SQLITE_CORRUPT;
  sqlite3_finalize (stmt);
  stmt = NULL;

  if (rc != SQLITE_OK)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("“%s” is damaged or not a Touchpoint workshop file"), path);
      goto out;
    }

  if (!tp_store_schema_migrate (db, &version, error))
    goto out;

  if (sqlite3_prepare_v2 (db, "SELECT count (*), min (id) FROM workshops WHERE trashed_at IS NULL",
                          -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      n_workshops = sqlite3_column_int (stmt, 0);
      *workshop_id = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_finalize (stmt);

  if (n_workshops != 1)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("“%s” should hold one workshop, but holds %d"), path, n_workshops);
      goto out;
    }

  ok = TRUE;

out:
  sqlite3_close (db);
  return ok;
}

static gboolean
attach (TpStore     *self,
        const char  *path,
        GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (tp_store_get_db (self), "ATTACH DATABASE ?1 AS src", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, path, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * tp_store_import_workshop_file:
 * @notice: (out) (optional) (nullable): what the user should know about
 *   the merge, such as votes that did not fit a budget
 *
 * Merges a .touchpoint file into the library in one transaction: all of
 * it or nothing. The file itself is only read.
 *
 * Returns: (transfer none): the workshop the file held, now in the library
 */
TpWorkshop *
tp_store_import_workshop_file (TpStore     *self,
                               const char  *path,
                               char       **notice,
                               GError     **error)
{
  g_autofree char *copy_path = NULL;
  gint64 src_workshop = 0;
  gint64 workshop_id = 0;
  guint votes_skipped = 0;
  guint not_done = 0;
  g_autoptr(GString) told = g_string_new (NULL);
  g_autoptr(GError) refresh_error = NULL;
  gboolean attached = FALSE;
  TpWorkshop *workshop = NULL;
  int fd;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  fd = g_file_open_tmp ("touchpoint-import-XXXXXX.db", &copy_path, error);
  if (fd < 0)
    return NULL;
  close (fd);

  if (!prepare_copy (path, copy_path, &src_workshop, error) ||
      !(attached = attach (self, copy_path, error)))
    goto out;

  if (!tp_store_begin (self, error))
    goto out;

  if (!tp_store_merge_attached (self, src_workshop, &workshop_id, &votes_skipped, &not_done, error) ||
      !tp_store_commit (self, error))
    {
      tp_store_rollback (self);
      goto out;
    }

  /* Statements that read the attached file go before it does. */
  tp_store_forget_statements (self, "src.");
  tp_store_exec_sql (tp_store_get_db (self), "DETACH DATABASE src", NULL);
  attached = FALSE;

  /* Committed: a failure to show it now is no reason to say it failed. */
  if (!tp_store_refresh (self, &refresh_error))
    g_string_append_printf (told, _("The workshop was imported, but the window could not show it yet: %s. "),
                            refresh_error->message);

  workshop = tp_store_lookup_workshop (self, workshop_id);
  if (workshop == NULL)
    g_set_error (error, TP_ERROR, TP_ERROR_STORAGE,
                 _("The workshop was imported but cannot be read back; restart Touchpoint to see it"));

  if (votes_skipped > 0)
    g_string_append_printf (told,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u vote did not fit its participant’s budget and was left out. ",
                                         "%u votes did not fit their participants’ budgets and were left out. ",
                                         votes_skipped),
                            votes_skipped);
  if (not_done > 0)
    g_string_append_printf (told,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u idea done in the file is in progress here: its walks do not pass the gate. ",
                                         "%u ideas done in the file are in progress here: their walks do not pass the gate. ",
                                         not_done),
                            not_done);

out:
  if (attached)
    {
      tp_store_forget_statements (self, "src.");
      tp_store_exec_sql (tp_store_get_db (self), "DETACH DATABASE src", NULL);
    }
  g_unlink (copy_path);

  if (workshop == NULL)
    g_prefix_error (error, _("Could not import “%s”: "), path);
  else if (notice != NULL)
    *notice = told->len > 0 ? g_strdup (g_strchomp (told->str)) : NULL;

  return workshop;
}
