/* tp-store-schema.c — the database schema and its migrations
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-error.h"
#include "tp-store-private.h"

/* Each step takes the schema from version N to N + 1 and runs inside the
 * transaction that also records the new PRAGMA user_version, so a step is
 * applied whole or not at all. Never edit a step once released: add one. */
typedef gboolean (*MigrateFunc) (sqlite3 *db, GError **error);

static gboolean
exec_sql (sqlite3     *db,
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

static gboolean
migrate_to_1 (sqlite3  *db,
              GError  **error)
{
  return exec_sql (db,
    "CREATE TABLE workshops ("
    "  id          INTEGER PRIMARY KEY,"
    "  uuid        TEXT NOT NULL UNIQUE,"
    "  title       TEXT NOT NULL CHECK (length (title) BETWEEN 1 AND 200),"
    "  question    TEXT NOT NULL DEFAULT '',"
    "  date        TEXT NOT NULL,"
    "  facilitator TEXT NOT NULL DEFAULT '',"
    "  anonymous   INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),"
    "  created_at  TEXT NOT NULL,"
    "  updated_at  TEXT NOT NULL,"
    "  trashed_at  TEXT"
    ");"
    "CREATE TABLE ideas ("
    "  id          INTEGER PRIMARY KEY,"
    "  uuid        TEXT NOT NULL UNIQUE,"
    "  workshop_id INTEGER NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,"
    "  title       TEXT NOT NULL CHECK (length (title) BETWEEN 1 AND 200),"
    "  details     TEXT NOT NULL DEFAULT '',"
    "  author      TEXT,"
    "  status      TEXT NOT NULL DEFAULT 'new'"
    "              CHECK (status IN ('new', 'shortlisted', 'in-progress', 'done', 'parked')),"
    "  created_at  TEXT NOT NULL,"
    "  updated_at  TEXT NOT NULL,"
    "  trashed_at  TEXT"
    ");"
    "CREATE INDEX ideas_by_workshop ON ideas (workshop_id, created_at);"
    "CREATE TABLE tags ("
    "  id          INTEGER PRIMARY KEY,"
    "  workshop_id INTEGER NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,"
    "  name        TEXT NOT NULL CHECK (length (name) BETWEEN 1 AND 50),"
    "  key         TEXT NOT NULL,"
    "  colour      TEXT NOT NULL DEFAULT '',"
    "  UNIQUE (workshop_id, key)"
    ");"
    "CREATE TABLE idea_tags ("
    "  idea_id     INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,"
    "  tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,"
    "  position    INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (idea_id, tag_id)"
    ");"
    "CREATE INDEX idea_tags_by_tag ON idea_tags (tag_id);",
    error);
}

static const MigrateFunc migrations[] = {
  migrate_to_1,
};

guint
tp_store_schema_latest (void)
{
  return G_N_ELEMENTS (migrations);
}

static guint
read_user_version (sqlite3 *db,
                   int     *rc)
{
  sqlite3_stmt *stmt = NULL;
  guint version = 0;

  *rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  if (*rc == SQLITE_OK)
    {
      *rc = sqlite3_step (stmt);
      if (*rc == SQLITE_ROW)
        {
          version = (guint)sqlite3_column_int (stmt, 0);
          *rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  return version;
}

gboolean
tp_store_schema_migrate (sqlite3  *db,
                         guint    *version,
                         GError  **error)
{
  int rc;
  guint current = read_user_version (db, &rc);

  if (rc != SQLITE_OK)
    {
      tp_store_set_error (db, rc, error);
      return FALSE;
    }

  if (current > tp_store_schema_latest ())
    {
      g_set_error (error, TP_ERROR, TP_ERROR_STORAGE,
                   _("This database was written by a newer version of Touchpoint (schema %u; this version knows %u)"),
                   current, tp_store_schema_latest ());
      return FALSE;
    }

  while (current < tp_store_schema_latest ())
    {
      /* PRAGMA takes no bound parameters; the number is ours, not input. */
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %u", current + 1);

      if (!exec_sql (db, "BEGIN IMMEDIATE", error))
        return FALSE;

      if (!migrations[current] (db, error) ||
          !exec_sql (db, set_version, error) ||
          !exec_sql (db, "COMMIT", error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          g_prefix_error (error, _("Could not upgrade the database to schema %u: "), current + 1);
          return FALSE;
        }

      current++;
    }

  *version = current;
  return TRUE;
}
