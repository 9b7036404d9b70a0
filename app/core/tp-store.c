/* tp-store.c — the workshop library, kept in one SQLite database
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tp-capture.h"
#include "tp-error.h"
#include "tp-store-private.h"

#define BUSY_TIMEOUT_MS 5000
#define TP_STORE_PAGE_SIZE 32768
/* SQLite's defaults for 4 KiB pages, in bytes: a cache of 2,000 KiB (the
 * minus sign says KiB to SQLite), a checkpoint every 1,000 pages. */
#define CACHE_SIZE_KIB -2000
#define WAL_CHECKPOINT_BYTES 4096000


struct _TpStore
{
  GObject parent_instance;

  char       *path;
  sqlite3    *db;
  guint       schema_version;
  gint64      data_version;   /* PRAGMA data_version when last in step */
  GThread    *checkpoint;     /* copying a large write into the file, or NULL */

  GHashTable *statements;       /* const char *sql → sqlite3_stmt */
  GListStore *workshops;        /* TpWorkshop, most recent first */
  /* Per kind: workshop id → GListStore, filled when first asked for. */
  GHashTable *models[TP_STORE_N_MODELS];
};

G_DEFINE_FINAL_TYPE (TpStore, tp_store, G_TYPE_OBJECT)

/* Helpers shared with the other tp-store-*.c files */

void
tp_store_set_error (sqlite3  *db,
                    int       rc,
                    GError  **error)
{
  const char *detail = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error_literal (error, TP_ERROR, TP_ERROR_STORAGE,
                           _("The disk is full, so the change was not saved"));
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, TP_ERROR, TP_ERROR_STORAGE,
                   _("The database cannot be written (%s), so the change was not saved"),
                   detail);
      break;
    case SQLITE_IOERR:
      g_set_error (error, TP_ERROR, TP_ERROR_STORAGE,
                   _("The database could not be written to the disk (%s), so the change was not saved"),
                   detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error_literal (error, TP_ERROR, TP_ERROR_STORAGE,
                           _("Another program kept the database busy, so the change was not saved; try again"));
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, TP_ERROR, TP_ERROR_DAMAGED,
                   _("The database is damaged (%s)"), detail);
      break;
    case SQLITE_CONSTRAINT:
      /* Only the rules written as triggers (the done gate, the vote
       * budget) refuse; any other constraint means the input was bad. */
      if (rc == SQLITE_CONSTRAINT_TRIGGER)
        g_set_error (error, TP_ERROR, TP_ERROR_REFUSED,
                     _("The database refused the change: %s"), detail);
      else
        g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                     _("The change does not fit the data already there: %s"), detail);
      break;
    default:
      g_set_error (error, TP_ERROR, TP_ERROR_STORAGE,
                   _("The database failed: %s"), detail);
    }
}

/* For statements on a connection that has no TpStore: migrations and
 * the copies made for workshop files. No statement cache. */
gboolean
tp_store_exec_sql (sqlite3     *db,
                   const char  *sql,
                   GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      tp_store_set_error (db, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Runs @sql, which takes @id as ?1 and returns no rows. */
gboolean
tp_store_exec_with_id (sqlite3     *db,
                       const char  *sql,
                       gint64       id,
                       GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (db, rc, error);
      return FALSE;
    }

  return TRUE;
}

sqlite3 *
tp_store_get_db (TpStore *self)
{
  return self->db;
}

GListStore *
tp_store_get_workshop_store (TpStore *self)
{
  return self->workshops;
}

sqlite3_stmt *
tp_store_prepare (TpStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      tp_store_set_error (self->db, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer)sql, stmt);
  return stmt;
}

/* Finalizes the cached statements whose SQL mentions @needle, before
 * the database they read is detached. */
void
tp_store_forget_statements (TpStore    *self,
                            const char *needle)
{
  GHashTableIter iter;
  gpointer sql;

  g_hash_table_iter_init (&iter, self->statements);
  while (g_hash_table_iter_next (&iter, &sql, NULL))
    if (strstr (sql, needle) != NULL)
      g_hash_table_iter_remove (&iter);
}

gboolean
tp_store_step_done (TpStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      tp_store_set_error (self->db, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
exec_simple (TpStore     *self,
             const char  *sql,
             GError     **error)
{
  sqlite3_stmt *stmt = tp_store_prepare (self, sql, error);

  return stmt != NULL && tp_store_step_done (self, stmt, error);
}

gboolean
tp_store_begin (TpStore  *self,
                GError  **error)
{
  return exec_simple (self, "BEGIN IMMEDIATE", error);
}

gboolean
tp_store_commit (TpStore  *self,
                 GError  **error)
{
  if (exec_simple (self, "COMMIT", error))
    return TRUE;

  tp_store_rollback (self);
  return FALSE;
}

void
tp_store_rollback (TpStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Fixed width, so that text order is time order. */
char *
tp_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
}

void
tp_store_bind_text (sqlite3_stmt *stmt,
                    int           column,
                    const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
}

const char *
tp_store_column_text (sqlite3_stmt *stmt,
                      int           column)
{
  return (const char *)sqlite3_column_text (stmt, column);
}

/* Object life */

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
tp_store_finalize (GObject *object)
{
  TpStore *self = (TpStore *)object;

  /* The checkpoint after a large write first: while its connection is
   * open, closing this one cannot checkpoint and remove the WAL, and a
   * process that ends meanwhile would cut the checkpoint short. */
  tp_store_bulk_wait (self);
  for (guint i = 0; i < TP_STORE_N_MODELS; i++)
    g_clear_pointer (&self->models[i], g_hash_table_unref);
  g_clear_object (&self->workshops);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (tp_store_parent_class)->finalize (object);
}

static void
tp_store_class_init (TpStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tp_store_finalize;
}

static void
tp_store_init (TpStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
  self->workshops = g_list_store_new (TP_TYPE_WORKSHOP);
  for (guint i = 0; i < TP_STORE_N_MODELS; i++)
    self->models[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

/**
 * tp_store_default_path:
 *
 * Returns: TOUCHPOINT_DB when it is set, else the database in the user's
 *   data directory.
 */
char *
tp_store_default_path (void)
{
  const char *env = g_getenv ("TOUCHPOINT_DB");

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "touchpoint", "touchpoint.db", NULL);
}

static gboolean
configure_connection (TpStore  *self,
                      GError  **error)
{
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  sqlite3_stmt *stmt;
  int rc;

  /* A new library gets pages of 32 KiB instead of SQLite's 4 KiB. Its
   * rows are mostly text (an idea is about 300 bytes), so a B-tree of
   * larger pages is shallower, and a large write moves an eighth as many
   * pages through the WAL, the checkpoint and the kernel: a 100,000-idea
   * CSV import takes a quarter less time than with 4 KiB, and a tenth
   * less than with 16 KiB; 64 KiB was slower again. A single change
   * writes a few pages more to the WAL, which its fsync hardly notices.
   * SQLite ignores this for a library that has pages already. */
  if (!exec_simple (self, "PRAGMA foreign_keys = ON", error) ||
      !exec_simple (self, "PRAGMA synchronous = FULL", error) ||
      !exec_simple (self, "PRAGMA page_size = " G_STRINGIFY (TP_STORE_PAGE_SIZE), error))
    return FALSE;

  /* WAL cannot be had on some file systems; say so rather than assume. */
  if (!(stmt = tp_store_prepare (self, "PRAGMA journal_mode = WAL", error)))
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && g_strcmp0 (tp_store_column_text (stmt, 0), "wal") != 0)
    g_message ("The library at %s is in journal mode %s: its file system does not allow WAL",
               self->path, tp_store_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      tp_store_set_error (self->db, rc, error);
      return FALSE;
    }

  /* The page cache and the checkpoints are measured in bytes, as SQLite's
   * defaults mean them for 4 KiB pages. SQLite sizes its cache in pages
   * from the page size it had before the file's was read, which made it
   * 500 pages, 16 MB of them at 32 KiB, and a large import a tenth slower
   * than with 2 MB; so the cache is sized again now that the page size is
   * known. Checkpoints come after about 4 MB, not 32 MB, of WAL. */
  if (!exec_simple (self, "PRAGMA cache_size = " G_STRINGIFY (CACHE_SIZE_KIB), error) ||
      !(stmt = tp_store_prepare (self, "PRAGMA page_size", error)))
    return FALSE;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    sqlite3_wal_autocheckpoint (self->db, MAX (WAL_CHECKPOINT_BYTES / MAX (sqlite3_column_int (stmt, 0), 512), 1));
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      tp_store_set_error (self->db, rc, error);
      return FALSE;
    }

  return TRUE;
}

static gint64 read_data_version (TpStore *self);

/**
 * tp_store_new:
 * @path: the database file; created, with its folder, when missing
 *
 * Opens the database, upgrading its schema when it is older than this
 * version, and loads the list of workshops.
 */
TpStore *
tp_store_new (const char  *path,
              GError     **error)
{
  g_autoptr(TpStore) self = NULL;
  g_autofree char *dir = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (TP_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, TP_ERROR, TP_ERROR_STORAGE,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      tp_store_set_error (self->db, rc, error);
      g_prefix_error (error, _("Cannot open “%s”: "), path);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, TRUE);

  if (!configure_connection (self, error) ||
      !tp_store_schema_migrate (self->db, &self->schema_version, error) ||
      !tp_store_purge_trash (self, error) ||
      !tp_store_load_workshops (self, error))
    {
      g_prefix_error (error, _("Cannot open “%s”: "), path);
      return NULL;
    }

  self->data_version = read_data_version (self);

  return g_steal_pointer (&self);
}

/* For tp-store-bulk.c: where it keeps the thread it started, if any. */
GThread **
tp_store_get_checkpoint_thread (TpStore *self)
{
  return &self->checkpoint;
}

const char *
tp_store_get_path (TpStore *self)
{
  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  return self->path;
}

guint
tp_store_get_schema_version (TpStore *self)
{
  g_return_val_if_fail (TP_IS_STORE (self), 0);
  return self->schema_version;
}

guint
tp_store_get_latest_schema_version (void)
{
  return tp_store_schema_latest ();
}

static gboolean
find_position (GListModel *model,
               gpointer    item,
               guint      *position)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Tells views bound to the model that this item changed, so that sorted
 * and filtered views look at it again. */
static void
announce_changed (GListStore *store,
                  gpointer    item)
{
  guint position;

  if (!find_position (G_LIST_MODEL (store), item, &position))
    return;

  /* Held across the splice, which drops the model's reference first. */
  g_object_ref (item);
  g_list_store_splice (store, position, 1, &item, 1);
  g_object_unref (item);
}

/* For the other tp-store-*.c files */
GListStore *
tp_store_peek_model (TpStore      *self,
                     TpStoreModel  kind,
                     gint64        workshop_id)
{
  return g_hash_table_lookup (self->models[kind], &workshop_id);
}

void
tp_store_keep_model (TpStore      *self,
                     TpStoreModel  kind,
                     gint64        workshop_id,
                     GListStore   *model)
{
  g_hash_table_insert (self->models[kind], g_memdup2 (&workshop_id, sizeof workshop_id),
                       g_object_ref (model));
}

void
tp_store_announce_changed (GListStore *store,
                           gpointer    item)
{
  announce_changed (store, item);
}

gboolean
tp_store_find_position (GListModel *model,
                        gpointer    item,
                        guint      *position)
{
  return find_position (model, item, position);
}

static gint64
read_data_version (TpStore *self)
{
  sqlite3_stmt *stmt = tp_store_prepare (self, "PRAGMA data_version", NULL);
  gint64 version = -1;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);

  return version;
}

/**
 * tp_store_refresh:
 *
 * Reads again everything the store's models hold, keeping the objects
 * views are bound to: for changes made by another program, such as
 * touchpoint-cli while the window is open, or by a merge.
 */
gboolean
tp_store_refresh (TpStore  *self,
                  GError  **error)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);

  if (!tp_store_load_workshops (self, error))
    return FALSE;

  g_hash_table_iter_init (&iter, self->models[TP_STORE_IDEAS]);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(GListStore) fresh = tp_store_read_ideas (self, *(gint64 *)key, error);

      if (fresh == NULL)
        return FALSE;
      tp_store_reconcile (value, G_LIST_MODEL (fresh));
      tp_store_refresh_verdicts (self, *(gint64 *)key, 0);
    }

  g_hash_table_iter_init (&iter, self->models[TP_STORE_PERSONAS]);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(GListStore) fresh = tp_store_read_personas (self, *(gint64 *)key, error);

      if (fresh == NULL)
        return FALSE;
      tp_store_reconcile (value, G_LIST_MODEL (fresh));
    }

  g_hash_table_iter_init (&iter, self->models[TP_STORE_TAGS]);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    tp_store_sync_tags (self, *(gint64 *)key);

  g_hash_table_iter_init (&iter, self->models[TP_STORE_PARTICIPANTS]);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    tp_store_sync_participants (self, *(gint64 *)key);

  g_hash_table_iter_init (&iter, self->models[TP_STORE_CLUSTERS]);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    tp_store_sync_clusters (self, *(gint64 *)key);

  self->data_version = read_data_version (self);
  return TRUE;
}

/**
 * tp_store_poll_changes:
 *
 * Cheap enough to call every second: when another connection committed
 * since the last look, refreshes the models and returns %TRUE.
 */
gboolean
tp_store_poll_changes (TpStore *self)
{
  g_autoptr(GError) error = NULL;
  gint64 version;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);

  version = read_data_version (self);
  if (version == self->data_version)
    return FALSE;

  if (!tp_store_refresh (self, &error))
    {
      g_message ("Could not read changes made by another program: %s", error->message);
      return FALSE;
    }

  return TRUE;
}
