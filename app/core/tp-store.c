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

/* Undo keeps trashed rows; a later start forgets them once no window can
 * still be offering to bring them back. */
#define TRASH_KEEP_SECONDS (60 * 60)

struct _TpStore
{
  GObject parent_instance;

  char       *path;
  sqlite3    *db;
  guint       schema_version;

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
      g_set_error (error, TP_ERROR, TP_ERROR_REFUSED,
                   _("The database refused the change: %s"), detail);
      break;
    default:
      g_set_error (error, TP_ERROR, TP_ERROR_STORAGE,
                   _("The database failed: %s"), detail);
    }
}

sqlite3 *
tp_store_get_db (TpStore *self)
{
  return self->db;
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

  /* journal_mode answers with a row, so it cannot go through exec alone:
   * check that WAL really took (it cannot on some file systems). */
  return exec_simple (self, "PRAGMA foreign_keys = ON", error) &&
         exec_simple (self, "PRAGMA journal_mode = WAL", error) &&
         exec_simple (self, "PRAGMA synchronous = FULL", error);
}

static gboolean load_workshops (TpStore *self, GError **error);

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
      !load_workshops (self, error))
    {
      g_prefix_error (error, _("Cannot open “%s”: "), path);
      return NULL;
    }

  return g_steal_pointer (&self);
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

/* Workshops */

#define WORKSHOP_COLUMNS \
  "w.id, w.uuid, w.title, w.question, w.date, w.facilitator, w.anonymous, " \
  "(SELECT count(*) FROM ideas i WHERE i.workshop_id = w.id AND i.trashed_at IS NULL), " \
  "w.hide_votes, w.hide_authors, w.phase, w.timer_presets"

static TpWorkshop *
workshop_from_row (sqlite3_stmt *stmt)
{
  TpPhase phase = TP_PHASE_CAPTURE;

  tp_phase_from_string (tp_store_column_text (stmt, 10), &phase);

  return g_object_new (TP_TYPE_WORKSHOP,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "uuid", tp_store_column_text (stmt, 1),
                       "title", tp_store_column_text (stmt, 2),
                       "question", tp_store_column_text (stmt, 3),
                       "date", tp_store_column_text (stmt, 4),
                       "facilitator", tp_store_column_text (stmt, 5),
                       "anonymous", sqlite3_column_int (stmt, 6) != 0,
                       "n-ideas", (guint)sqlite3_column_int (stmt, 7),
                       "hide-votes", sqlite3_column_int (stmt, 8) != 0,
                       "hide-authors", sqlite3_column_int (stmt, 9) != 0,
                       "phase", phase,
                       "timer-presets", tp_store_column_text (stmt, 11),
                       NULL);
}

static gboolean
load_workshops (TpStore  *self,
                GError  **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = tp_store_prepare (self,
                           "SELECT " WORKSHOP_COLUMNS " FROM workshops w "
                           "WHERE w.trashed_at IS NULL "
                           "ORDER BY w.created_at DESC, w.id DESC",
                           error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, workshop_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (self->db, rc, error);
      return FALSE;
    }

  g_list_store_splice (self->workshops, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->workshops)),
                       items->pdata, items->len);
  return TRUE;
}

GListModel *
tp_store_get_workshops (TpStore *self)
{
  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  return G_LIST_MODEL (self->workshops);
}

TpWorkshop *
tp_store_lookup_workshop (TpStore *self,
                          gint64   id)
{
  guint n;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->workshops));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpWorkshop) workshop = g_list_model_get_item (G_LIST_MODEL (self->workshops), i);

      if (tp_workshop_get_id (workshop) == id)
        return workshop;
    }

  return NULL;
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
  g_autoptr(GObject) keep = g_object_ref (item);
  guint position;

  if (find_position (G_LIST_MODEL (store), item, &position))
    g_list_store_splice (store, position, 1, &item, 1);
}

static char *
check_workshop_title (const char  *title,
                      GError     **error)
{
  g_autofree char *trimmed = NULL;
  glong n_chars;

  if (title == NULL || !g_utf8_validate (title, -1, NULL))
    {
      g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                           _("The workshop title is not valid UTF-8 text"));
      return NULL;
    }

  trimmed = g_strstrip (g_strdup (title));
  n_chars = g_utf8_strlen (trimmed, -1);

  if (n_chars == 0)
    {
      g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                           _("A workshop needs a title"));
      return NULL;
    }

  if (n_chars > 200)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("The workshop title is %ld characters long; the limit is 200"), n_chars);
      return NULL;
    }

  return g_steal_pointer (&trimmed);
}

static TpWorkshop *
read_workshop (TpStore  *self,
               gint64    id,
               GError  **error)
{
  sqlite3_stmt *stmt = tp_store_prepare (self, "SELECT " WORKSHOP_COLUMNS " FROM workshops w WHERE w.id = ?1",
                                         error);
  TpWorkshop *workshop = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    workshop = workshop_from_row (stmt);
  else
    tp_store_set_error (self->db, rc == SQLITE_DONE ? SQLITE_NOTFOUND : rc, error);
  sqlite3_reset (stmt);

  return workshop;
}

/**
 * tp_store_create_workshop:
 * @title: (nullable): the title; %NULL for "Workshop" and today's date
 *
 * Returns: (transfer none): the new workshop, with the default personas and
 *   journey stages
 */
TpWorkshop *
tp_store_create_workshop (TpStore     *self,
                          const char  *title,
                          GError     **error)
{
  return tp_store_create_workshop_from_template (self, title, NULL, error);
}

/**
 * tp_store_create_workshop_from_template:
 * @title: (nullable): the title; %NULL for "Workshop" and today's date
 * @template: (nullable): what the workshop starts with: its question,
 *   timer presets, personas and journey stages; %NULL for the defaults
 *
 * Returns: (transfer none): the new workshop
 */
TpWorkshop *
tp_store_create_workshop_from_template (TpStore     *self,
                                        const char  *title,
                                        TpTemplate  *template,
                                        GError     **error)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *checked = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now = tp_store_now ();
  g_autofree char *date = g_date_time_format (today, "%Y-%m-%d");
  g_autoptr(TpWorkshop) workshop = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (template == NULL || TP_IS_TEMPLATE (template), NULL);

  if (title == NULL)
    {
      /* Translators: the default title of a new workshop; %e %b %Y is the date */
      g_autofree char *when = g_date_time_format (today, _("%e %b %Y"));

      checked = g_strdup_printf (_("Workshop %s"), g_strstrip (when));
    }
  else if (!(checked = check_workshop_title (title, error)))
    return NULL;

  if (!tp_store_begin (self, error))
    return NULL;

  stmt = tp_store_prepare (self,
                           "INSERT INTO workshops (uuid, title, date, created_at, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?4)",
                           error);
  if (stmt == NULL)
    goto fail;

  tp_store_bind_text (stmt, 1, uuid);
  tp_store_bind_text (stmt, 2, checked);
  tp_store_bind_text (stmt, 3, date);
  tp_store_bind_text (stmt, 4, now);
  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  id = sqlite3_last_insert_rowid (self->db);
  if (template == NULL ? !tp_store_seed_workshop (self->db, id, error)
                       : !tp_store_seed_from_template (self, id, template, error))
    goto fail;

  if (!(workshop = read_workshop (self, id, error)) || !tp_store_commit (self, error))
    goto fail;

  g_list_store_insert (self->workshops, 0, workshop);
  return workshop;

fail:
  tp_store_rollback (self);
  return NULL;
}

static gboolean
is_number (const char *text)
{
  if (text[0] == '\0')
    return FALSE;

  for (const char *p = text; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return TRUE;
}

/**
 * tp_store_find_workshop:
 * @id_or_title: a workshop's id, or its exact title
 *
 * Returns: (transfer none): the workshop, or %NULL with @error set when
 *   none or several match.
 */
TpWorkshop *
tp_store_find_workshop (TpStore     *self,
                        const char  *id_or_title,
                        GError     **error)
{
  GListModel *model;
  TpWorkshop *found = NULL;
  guint n_found = 0;
  guint n;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (id_or_title != NULL, NULL);

  if (is_number (id_or_title))
    {
      found = tp_store_lookup_workshop (self, g_ascii_strtoll (id_or_title, NULL, 10));
      if (found != NULL)
        return found;
    }

  model = G_LIST_MODEL (self->workshops);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpWorkshop) workshop = g_list_model_get_item (model, i);

      if (g_strcmp0 (tp_workshop_get_title (workshop), id_or_title) == 0)
        {
          found = workshop;
          n_found++;
        }
    }

  if (n_found == 1)
    return found;

  if (n_found > 1)
    g_set_error (error, TP_ERROR, TP_ERROR_AMBIGUOUS,
                 _("%u workshops are called “%s”; name one by its id"), n_found, id_or_title);
  else
    g_set_error (error, TP_ERROR, TP_ERROR_NOT_FOUND,
                 _("No workshop has the id or title “%s”"), id_or_title);

  return NULL;
}

static gboolean
update_workshop_column (TpStore     *self,
                        const char  *sql,
                        TpWorkshop  *workshop,
                        GValue      *value,
                        GError     **error)
{
  g_autofree char *now = tp_store_now ();
  sqlite3_stmt *stmt;

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self, sql, error)))
    goto fail;

  sqlite3_bind_int64 (stmt, 1, tp_workshop_get_id (workshop));
  if (G_VALUE_HOLDS_STRING (value))
    tp_store_bind_text (stmt, 2, g_value_get_string (value));
  else
    sqlite3_bind_int (stmt, 2, g_value_get_boolean (value));
  tp_store_bind_text (stmt, 3, now);

  if (!tp_store_step_done (self, stmt, error) || !tp_store_commit (self, error))
    goto fail;

  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

gboolean
tp_store_rename_workshop (TpStore     *self,
                          TpWorkshop  *workshop,
                          const char  *title,
                          GError     **error)
{
  g_autofree char *checked = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);

  if (!(checked = check_workshop_title (title, error)))
    return FALSE;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, checked);

  if (!update_workshop_column (self,
                               "UPDATE workshops SET title = ?2, updated_at = ?3 WHERE id = ?1",
                               workshop, &value, error))
    return FALSE;

  g_object_set (workshop, "title", checked, NULL);
  announce_changed (self->workshops, workshop);
  return TRUE;
}

gboolean
tp_store_set_workshop_anonymous (TpStore     *self,
                                 TpWorkshop  *workshop,
                                 gboolean     anonymous,
                                 GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, !!anonymous);

  if (!update_workshop_column (self,
                               "UPDATE workshops SET anonymous = ?2, updated_at = ?3 WHERE id = ?1",
                               workshop, &value, error))
    return FALSE;

  g_object_set (workshop, "anonymous", !!anonymous, NULL);
  return TRUE;
}

static gboolean
set_trashed (TpStore     *self,
             const char  *sql,
             gint64       id,
             gboolean     trashed,
             GError     **error)
{
  g_autofree char *now = tp_store_now ();
  sqlite3_stmt *stmt;

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self, sql, error)))
    goto fail;

  sqlite3_bind_int64 (stmt, 1, id);
  tp_store_bind_text (stmt, 2, trashed ? now : NULL);

  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, TP_ERROR, TP_ERROR_NOT_FOUND,
                           _("It is no longer in the database"));
      goto fail;
    }

  return tp_store_commit (self, error);

fail:
  tp_store_rollback (self);
  return FALSE;
}

gboolean
tp_store_trash_workshop (TpStore     *self,
                         TpWorkshop  *workshop,
                         GError     **error)
{
  guint position;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);

  if (!set_trashed (self, "UPDATE workshops SET trashed_at = ?2 WHERE id = ?1",
                    tp_workshop_get_id (workshop), TRUE, error))
    return FALSE;

  if (find_position (G_LIST_MODEL (self->workshops), workshop, &position))
    g_list_store_remove (self->workshops, position);

  return TRUE;
}

static int
compare_workshops (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  gint64 id_a = tp_workshop_get_id ((TpWorkshop *)a);
  gint64 id_b = tp_workshop_get_id ((TpWorkshop *)b);

  /* Ids grow with creation time, and the list is newest first. */
  return (id_a < id_b) - (id_a > id_b);
}

gboolean
tp_store_restore_workshop (TpStore     *self,
                           TpWorkshop  *workshop,
                           GError     **error)
{
  guint position;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);

  if (!set_trashed (self, "UPDATE workshops SET trashed_at = ?2 WHERE id = ?1",
                    tp_workshop_get_id (workshop), FALSE, error))
    return FALSE;

  if (!find_position (G_LIST_MODEL (self->workshops), workshop, &position))
    g_list_store_insert_sorted (self->workshops, workshop, compare_workshops, NULL);

  return TRUE;
}

/**
 * tp_store_purge_trash:
 *
 * Forgets for good what was trashed over an hour ago. Anything more recent
 * may still be on offer in an Undo toast of a running window.
 */
gboolean
tp_store_purge_trash (TpStore  *self,
                      GError  **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) cutoff = g_date_time_add_seconds (now, -TRASH_KEEP_SECONDS);
  g_autofree char *before = g_date_time_format (cutoff, "%Y-%m-%dT%H:%M:%S.%fZ");
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self, "DELETE FROM ideas WHERE trashed_at < ?1", error)))
    goto fail;
  tp_store_bind_text (stmt, 1, before);
  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  if (!(stmt = tp_store_prepare (self, "DELETE FROM workshops WHERE trashed_at < ?1", error)))
    goto fail;
  tp_store_bind_text (stmt, 1, before);
  if (!tp_store_step_done (self, stmt, error))
    goto fail;

  return tp_store_commit (self, error);

fail:
  tp_store_rollback (self);
  return FALSE;
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
