/* test-migrations.c — opening databases of every schema version
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "tp-error.h"
#include "tp-store.h"
#include "tp-test.h"

static char *
temp_db (char **dir)
{
  *dir = g_dir_make_tmp ("touchpoint-migrate-XXXXXX", NULL);
  return g_build_filename (*dir, "touchpoint.db", NULL);
}

static gboolean
has_column (sqlite3    *db,
            const char *table,
            const char *column)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT 1 FROM pragma_table_info (?1) WHERE name = ?2",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, column, -1, SQLITE_STATIC);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);

  return found;
}

static void
assert_update (sqlite3    *db,
               const char *set,
               int         expected)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE ideas SET %s WHERE uuid = 'probe'", set);

  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, expected);
}

/* Version 6 wrote the CHECK (… IN (…)) lists on ideas as comparisons:
 * the rules are the same, and the lists are gone. */
static void
assert_ideas_checks (const char *path)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT sql FROM sqlite_master WHERE name = 'ideas'", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_null (strstr ((const char *)sqlite3_column_text (stmt, 0), " IN ("));
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_exec (db,
                                 "BEGIN;"
                                 "INSERT INTO ideas (uuid, workshop_id, title, created_at, updated_at) "
                                 "VALUES ('probe', 1, 'Probe', 'now', 'now')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  assert_update (db, "status = 'someday'", SQLITE_CONSTRAINT);
  assert_update (db, "status = 'in-progress'", SQLITE_OK);
  assert_update (db, "status = 'parked'", SQLITE_OK);
  assert_update (db, "rice_impact = 0.3", SQLITE_CONSTRAINT);
  assert_update (db, "rice_impact = 4", SQLITE_CONSTRAINT);
  assert_update (db, "rice_impact = 0.25", SQLITE_OK);
  assert_update (db, "rice_impact = 3", SQLITE_OK);
  assert_update (db, "rice_impact = NULL", SQLITE_OK);
  assert_update (db, "moscow = 'maybe'", SQLITE_CONSTRAINT);
  assert_update (db, "moscow = 'wont'", SQLITE_OK);
  assert_update (db, "moscow = NULL", SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Version 7 indexed when ideas were trashed: the purge at every start
 * looks up the trashed ones instead of reading the whole library. */
static void
assert_trash_indexed (const char *path)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  gboolean indexed = FALSE;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "EXPLAIN QUERY PLAN DELETE FROM ideas WHERE trashed_at < ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    if (strstr ((const char *)sqlite3_column_text (stmt, 3), "USING INDEX ideas_by_trashed_at") != NULL)
      indexed = TRUE;
  sqlite3_finalize (stmt);
  g_assert_true (indexed);

  /* What was trashed long ago is gone. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count (*), count (trashed_at) FROM ideas", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
assert_step (sqlite3    *db,
             const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Version 8 keeps only clustered ideas in ideas_by_cluster, and SQLite
 * still finds a cluster's ideas through it, counting them and letting
 * them go when the cluster is deleted. */
static void
assert_cluster_index (const char *path)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  gboolean used = FALSE;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT sql FROM sqlite_master WHERE name = 'ideas_by_cluster'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_true (g_str_has_suffix ((const char *)sqlite3_column_text (stmt, 0), "WHERE cluster_id IS NOT NULL"));
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "EXPLAIN QUERY PLAN SELECT count (*) FROM ideas WHERE cluster_id = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    used = used || strstr ((const char *)sqlite3_column_text (stmt, 3), "ideas_by_cluster") != NULL;
  sqlite3_finalize (stmt);
  g_assert_true (used);

  assert_step (db, "PRAGMA foreign_keys = ON; BEGIN;"
                   "INSERT INTO workshops (uuid, title, date, created_at, updated_at) "
                   "  VALUES ('probe', 'Probe', '2026-01-01', 'now', 'now');"
                   "INSERT INTO clusters (uuid, workshop_id, name, created_at) "
                   "  SELECT 'probe', id, 'Probe', 'now' FROM workshops WHERE uuid = 'probe';"
                   "INSERT INTO ideas (uuid, workshop_id, title, created_at, updated_at, cluster_id) "
                   "  SELECT 'probe', workshop_id, 'Probe', 'now', 'now', id FROM clusters WHERE uuid = 'probe';");
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count (*) FROM ideas WHERE cluster_id = "
                                           "(SELECT id FROM clusters WHERE uuid = 'probe')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
  assert_step (db, "DELETE FROM clusters WHERE uuid = 'probe'");
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT cluster_id IS NULL FROM ideas WHERE uuid = 'probe'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
  assert_step (db, "ROLLBACK");
  sqlite3_close (db);
}

static void
test_from_empty_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  const char *idea_columns[] = { "uuid", "title", "details", "author", "status",
                                 "created_at", "updated_at", NULL };
  TpStore *store;
  sqlite3 *db = NULL;

  /* An empty file is a valid empty database at version 0. */
  g_file_set_contents (path, "", 0, NULL);

  store = tp_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tp_store_get_schema_version (store), ==, tp_store_get_latest_schema_version ());
  g_assert_finalize_object (store);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint i = 0; idea_columns[i]; i++)
    g_assert_true (has_column (db, "ideas", idea_columns[i]));
  g_assert_true (has_column (db, "workshops", "title"));
  g_assert_true (has_column (db, "tags", "name"));
  g_assert_true (has_column (db, "idea_tags", "tag_id"));
  sqlite3_close (db);
  assert_ideas_checks (path);
  assert_cluster_index (path);

  /* Opening again is a no-op. */
  store = tp_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  tp_test_remove_tree (dir);
}

static void
test_newer_schema_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 999", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_null (tp_store_new (path, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "newer version"));

  tp_test_remove_tree (dir);
}

/* Every idea's updated_at in id order, bar the trash (purged at start):
 * what merging by "newer wins" reads. */
static char *
read_updated_at (const char *path)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  char *text;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT group_concat (updated_at, ' ') FROM "
                                           "  (SELECT updated_at FROM ideas WHERE trashed_at IS NULL ORDER BY id)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return text;
}

/* Version 9 stores each tag link once, in a table without rowid; the
 * links still find their tag through an index, still make their idea
 * newer when added, and still go with their tag. */
static void
assert_tag_links (const char *path)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  gboolean indexed = FALSE;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rowid FROM idea_tags", -1, &stmt, NULL), ==, SQLITE_ERROR);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "EXPLAIN QUERY PLAN SELECT idea_id FROM idea_tags WHERE tag_id = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    indexed = indexed || strstr ((const char *)sqlite3_column_text (stmt, 3), "idea_tags_by_tag") != NULL;
  sqlite3_finalize (stmt);
  g_assert_true (indexed);

  assert_step (db, "PRAGMA foreign_keys = ON; BEGIN;"
                   "INSERT INTO tags (workshop_id, name, key) SELECT workshop_id, 'Probe', 'probe' FROM ideas WHERE id = 1;"
                   "UPDATE ideas SET updated_at = 'long ago' WHERE id = 1;"
                   "INSERT INTO idea_tags (idea_id, tag_id) SELECT 1, id FROM tags WHERE key = 'probe';");
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT updated_at <> 'long ago', "
                                           "  (SELECT count (*) FROM idea_tags WHERE idea_id = 1) FROM ideas WHERE id = 1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 3);
  sqlite3_finalize (stmt);

  assert_step (db, "DELETE FROM tags WHERE key = 'probe'");
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count (*) FROM idea_tags WHERE idea_id = 1", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 2);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO idea_tags (idea_id, tag_id) VALUES (1, 1)", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
  assert_step (db, "ROLLBACK");
  sqlite3_close (db);
}

/* What a statement that the rules should refuse says, from the prefix
 * the store maps to the user's message. */
static void
assert_refused (sqlite3    *db,
                const char *sql,
                const char *rule)
{
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  if (!g_str_has_prefix (sqlite3_errmsg (db), rule))
    g_error ("%s: %s, not %s", sql, sqlite3_errmsg (db), rule);
}

#define VOTE_ROWS \
  "SELECT group_concat (idea_id || ':' || participant_id || ':' || dots, ' ') FROM " \
  "  (SELECT * FROM votes ORDER BY idea_id, participant_id)"

/* Version 11 keeps a participant's dots on an idea as one row with their
 * number, in a table without rowid beside one index by participant. The
 * budget is a sum of dots, held whether a row comes or grows, or the
 * budget shrinks; any change to a row makes its idea newer. Sam, of the
 * first workshop, has all 3 of his votes on ideas 1 and 2. */
static void
assert_vote_rows (const char *path)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  g_autofree char *sams = NULL;
  g_autofree char *indexes = NULL;
  g_autofree char *touched = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rowid FROM votes", -1, &stmt, NULL), ==, SQLITE_ERROR);
  indexes = tp_test_db_text (db, "SELECT group_concat (name) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'votes'");
  g_assert_cmpstr (indexes, ==, "votes_by_participant");
  sams = tp_test_db_text (db, VOTE_ROWS " WHERE participant_id = 1");
  g_assert_cmpstr (sams, ==, "1:1:2 2:1:1");

  assert_step (db, "PRAGMA foreign_keys = ON; BEGIN;"
                   "INSERT INTO workshops (uuid, title, date, created_at, updated_at) "
                   "  VALUES ('probe', 'Probe', '2026-01-01', 'now', 'now');"
                   "INSERT INTO ideas (uuid, workshop_id, title, created_at, updated_at) "
                   "  SELECT 'probe', id, 'Probe', 'now', 'now' FROM workshops WHERE uuid = 'probe';");
  assert_refused (db, "INSERT INTO votes (idea_id, participant_id, created_at) VALUES (3, 1, 'now')", "vote-budget");
  assert_step (db, "UPDATE participants SET vote_budget = 5 WHERE id = 1");
  assert_refused (db, "INSERT INTO votes (idea_id, participant_id, created_at) "
                      "  SELECT id, 1, 'now' FROM ideas WHERE uuid = 'probe'",
                  "vote-workshop");
  assert_refused (db, "INSERT INTO votes (idea_id, participant_id, dots, created_at) VALUES (3, 1, 3, 'now')",
                  "vote-budget");
  assert_step (db, "INSERT INTO votes (idea_id, participant_id, dots, created_at) VALUES (3, 1, 2, 'now')");
  assert_refused (db, "UPDATE votes SET dots = dots + 1 WHERE idea_id = 1 AND participant_id = 1", "vote-budget");
  assert_refused (db, "INSERT INTO votes (idea_id, participant_id, dots, created_at) VALUES (1, 1, 1, 'now') "
                      "ON CONFLICT (idea_id, participant_id) DO UPDATE SET dots = dots + excluded.dots",
                  "vote-budget");
  assert_refused (db, "UPDATE participants SET vote_budget = 4 WHERE id = 1", "vote-budget");

  /* A dot on an idea in the trash is free to spend again. */
  assert_step (db, "UPDATE ideas SET trashed_at = 'now' WHERE id = 2;"
                   "UPDATE votes SET dots = dots + 1 WHERE idea_id = 1 AND participant_id = 1;"
                   "UPDATE ideas SET trashed_at = NULL WHERE id = 2;");

  assert_step (db, "UPDATE ideas SET updated_at = 'long ago' WHERE id <= 3;"
                   "UPDATE votes SET dots = dots - 1 WHERE idea_id = 1 AND participant_id = 1;"
                   "DELETE FROM votes WHERE idea_id = 2 AND participant_id = 1;"
                   "INSERT INTO votes (idea_id, participant_id, dots, created_at) VALUES (3, 1, 1, 'now') "
                   "ON CONFLICT (idea_id, participant_id) DO UPDATE SET dots = dots + excluded.dots;");
  touched = tp_test_db_text (db, "SELECT group_concat (updated_at <> 'long ago') FROM ideas WHERE id <= 3");
  g_assert_cmpstr (touched, ==, "1,1,1");
  g_clear_pointer (&sams, g_free);
  sams = tp_test_db_text (db, VOTE_ROWS " WHERE participant_id = 1");
  g_assert_cmpstr (sams, ==, "1:1:2 3:1:3");

  assert_step (db, "ROLLBACK");
  sqlite3_close (db);
}

static void
load_fixture (const char *path,
              const char *name)
{
  g_autofree char *fixture = g_build_filename (g_getenv ("TP_TEST_DATA"), "core", "fixtures", name, NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  char *message = NULL;

  g_file_get_contents (fixture, &sql, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, sql, NULL, NULL, &message);
  g_assert_cmpstr (message, ==, NULL);
  sqlite3_close (db);
}

/* Version 1 had no personas or journeys: the upgrade gives every
 * workshop the default personas and every idea a journey from the
 * default stages, and keeps everything else. */
static void
test_from_version_1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  TpStore *store;
  TpWorkshop *visit;
  TpWorkshop *survey;
  GListModel *ideas;
  g_autoptr(TpIdea) first = NULL;
  g_autoptr(GListStore) journey = NULL;

  load_fixture (path, "schema-1.sql");

  store = tp_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tp_store_get_schema_version (store), ==, tp_store_get_latest_schema_version ());

  visit = tp_store_find_workshop (store, "Install visit", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tp_workshop_get_question (visit), ==, "How might we make a second visit easy to say yes to?");
  survey = tp_store_find_workshop (store, "Support survey", &error);
  g_assert_true (tp_workshop_get_anonymous (survey));
  g_assert_cmpuint (tp_workshop_get_n_ideas (survey), ==, 1);

  ideas = tp_store_get_ideas (store, visit);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 2);
  first = g_list_model_get_item (ideas, 0);
  g_assert_cmpstr (tp_idea_get_uuid (first), ==, "a1000000-0000-4000-8000-000000000001");
  g_assert_cmpstr (tp_idea_get_author (first), ==, "Jerry");
  g_assert_cmpint (tp_idea_get_status (first), ==, TP_IDEA_STATUS_SHORTLISTED);
  g_assert_cmpstrv (tp_idea_get_tags (first), ((const char *[]) { "contact", "Sales", NULL }));

  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_personas (store, visit)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_personas (store, survey)), ==, 3);
  journey = tp_store_get_journey (store, first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journey)), ==, 7);
  g_assert_cmpint (tp_idea_get_verdict (first), ==, TP_VERDICT_NOT_WALKED);

  g_assert_finalize_object (store);
  tp_test_remove_tree (dir);
}

/* Versions 2 and 3 had walks: the upgrade must keep them current, so a
 * done idea stays done and passed, and a blocked one stays blocked. */
static void
check_walked_library (TpStore *store,
                      guint    version)
{
  g_autoptr(GError) error = NULL;
  TpWorkshop *workshop = tp_store_find_workshop (store, "Install visit", &error);
  TpIdea *passed, *blocked;

  g_assert_no_error (error);
  g_assert_cmpuint (tp_workshop_get_n_ideas (workshop), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_personas (store, workshop)), ==, 3);

  tp_store_get_ideas (store, workshop);
  passed = tp_store_find_idea (store, "Inbound line for quotes", &error);
  blocked = tp_store_find_idea (store, "Decide on the spot", &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (tp_idea_get_tags (passed), ((const char *[]) { "contact", "sales", NULL }));
  g_assert_cmpint (tp_idea_get_status (passed), ==, TP_IDEA_STATUS_DONE);
  g_assert_cmpint (tp_idea_get_verdict (passed), ==, TP_VERDICT_PASSED);
  g_assert_cmpint (tp_idea_get_verdict (blocked), ==, TP_VERDICT_BLOCKED);
  g_assert_cmpuint (tp_idea_get_blocked_at (blocked), ==, 1);

  {
    TpPersona *careful = tp_store_find_persona (store, tp_workshop_get_id (workshop), "The careful switcher", &error);
    g_autoptr(TpWalk) walk = tp_store_get_latest_walk (store, passed, careful, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (tp_walk_get_note (walk, 1), ==, "Checked with the call centre");
    g_assert_cmpuint (tp_walk_get_expected_satisfaction (walk), ==, 4);
  }

  if (version >= 3)
    {
      TpScores scores;

      g_assert_cmpuint (tp_idea_get_votes (passed), ==, 2);
      g_assert_cmpuint (tp_idea_get_votes (blocked), ==, 1);
      tp_idea_get_scores (passed, &scores);
      g_assert_cmpuint (scores.impact, ==, 4);
      g_assert_cmpint (scores.moscow, ==, TP_MOSCOW_MUST);
      g_assert_cmpfloat_with_epsilon (tp_idea_get_rice_score (passed), 40.0, 1e-9);
      g_assert_cmpint (tp_idea_get_rank (blocked), ==, 0);
    }
  else
    g_assert_cmpint (tp_idea_get_rank (passed), ==, 0);

  if (version >= 4)
    {
      /* Version 4 kept the room: phase, display choices and clusters. */
      TpCluster *cluster = tp_store_find_cluster (store, workshop, "Ways back in", &error);

      g_assert_no_error (error);
      g_assert_cmpuint (tp_cluster_get_n_ideas (cluster), ==, 2);
      g_assert_cmpuint (tp_cluster_get_votes (cluster), ==, 3);
      g_assert_cmpint (tp_workshop_get_phase (workshop), ==, TP_PHASE_VOTE);
      g_assert_true (tp_workshop_get_hide_authors (workshop));
    }
  else
    {
      /* Earlier versions start every workshop in the capture phase. */
      g_assert_cmpint (tp_workshop_get_phase (workshop), ==, TP_PHASE_CAPTURE);
    }

  if (version >= 5)
    {
      /* Version 5 kept sticky notes imported from a CSV file. */
      TpWorkshop *notes = tp_store_find_workshop (store, "Sticky notes", &error);
      TpParticipant *imported;
      TpIdea *callback;
      TpScores scores;

      g_assert_no_error (error);
      g_assert_cmpuint (tp_workshop_get_n_ideas (notes), ==, 2);
      tp_store_get_ideas (store, notes);
      callback = tp_store_find_idea (store, "Call back within a day", &error);
      g_assert_no_error (error);
      g_assert_cmpstrv (tp_idea_get_tags (callback), ((const char *[]) { "contact", "phone", NULL }));
      g_assert_cmpint (tp_idea_get_status (callback), ==, TP_IDEA_STATUS_SHORTLISTED);
      g_assert_cmpuint (tp_idea_get_votes (callback), ==, 2);
      tp_idea_get_scores (callback, &scores);
      g_assert_cmpfloat (scores.rice_impact, ==, 2);
      g_assert_cmpint (scores.moscow, ==, TP_MOSCOW_MUST);
      imported = tp_store_find_participant (store, notes, "Imported", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (tp_participant_get_used (imported), ==, 3);
      g_assert_cmpuint (tp_participant_get_budget (imported), ==, 3);
    }
}

static void
test_from_walked_version (gconstpointer data)
{
  guint version = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  g_autofree char *fixture = g_strdup_printf ("schema-%u.sql", version);
  g_autofree char *updated_before = NULL;
  g_autofree char *updated_after = NULL;
  TpStore *store;

  load_fixture (path, fixture);
  updated_before = read_updated_at (path);

  store = tp_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tp_store_get_schema_version (store), ==, tp_store_get_latest_schema_version ());
  check_walked_library (store, version);
  g_assert_finalize_object (store);
  assert_ideas_checks (path);
  assert_cluster_index (path);
  assert_trash_indexed (path);
  assert_tag_links (path);
  if (version >= 3)
    assert_vote_rows (path);

  /* Only the upgrades that gave ideas something new touched them. */
  updated_after = read_updated_at (path);
  if (version >= 5)
    g_assert_cmpstr (updated_after, ==, updated_before);

  /* And again, now at the latest version. */
  store = tp_store_new (path, &error);
  g_assert_no_error (error);
  check_walked_library (store, version);
  g_assert_finalize_object (store);

  tp_test_remove_tree (dir);
}

/* A link left pointing at nothing, as a hand edit with foreign keys off
 * leaves one, does not stop the upgrade that moves the links. */
static void
test_orphan_tag_link (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  TpStore *store;

  load_fixture (path, "schema-6.sql");
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  assert_step (db, "INSERT INTO idea_tags (idea_id, tag_id) VALUES (999999, 1), (1, 999999)");
  sqlite3_close (db);

  store = tp_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tp_store_get_schema_version (store), ==, tp_store_get_latest_schema_version ());
  check_walked_library (store, 6);
  g_assert_finalize_object (store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count (*) FROM idea_tags WHERE idea_id = 999999 OR tag_id = 999999",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  assert_tag_links (path);

  tp_test_remove_tree (dir);
}

/* Dots kept a row each before version 11: the upgrade counts each
 * participant's on an idea, dated by the earliest, and leaves behind those
 * of an idea or participant that is gone. More dots than any budget holds
 * count as 99, and the library still opens. No idea looks changed. */
static void
test_dots_grouped (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_db (&dir);
  g_autofree char *updated_before = NULL;
  g_autofree char *updated_after = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *dated = NULL;
  sqlite3 *db = NULL;
  TpStore *store;

  load_fixture (path, "schema-6.sql");
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  assert_step (db, "UPDATE participants SET vote_budget = 7 WHERE id = 1;"
                   "INSERT INTO votes (idea_id, participant_id, created_at) VALUES "
                   "  (1, 1, '2026-11-22T12:00:00.000000Z'), (3, 1, '2026-11-22T13:00:00.000000Z'),"
                   "  (3, 1, '2026-11-22T12:59:00.000000Z'), (999999, 1, 'now'), (1, 999999, 'now');"
                   /* Written around the budget rule: more than any budget. */
                   "DROP TRIGGER votes_within_budget;"
                   "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120) "
                   "INSERT INTO votes (idea_id, participant_id, created_at) SELECT 4, 2, 'now' FROM n;");
  sqlite3_close (db);
  updated_before = read_updated_at (path);

  store = tp_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tp_store_get_schema_version (store), ==, tp_store_get_latest_schema_version ());
  g_assert_finalize_object (store);

  rows = tp_test_query_text (path, VOTE_ROWS);
  g_assert_cmpstr (rows, ==, "1:1:3 2:1:1 3:1:2 4:2:99 5:2:1");
  dated = tp_test_query_text (path, "SELECT group_concat (created_at, ' ') FROM "
                                    "  (SELECT created_at FROM votes WHERE participant_id = 1 ORDER BY idea_id)");
  g_assert_cmpstr (dated, ==, "2026-11-22T12:00:00.000000Z 2026-11-22T12:38:15.885880Z 2026-11-22T12:59:00.000000Z");
  updated_after = read_updated_at (path);
  g_assert_cmpstr (updated_after, ==, updated_before);

  tp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/migrations/from-empty-file", test_from_empty_file);
  g_test_add_func ("/migrations/newer-schema-refused", test_newer_schema_refused);
  g_test_add_func ("/migrations/from-version-1", test_from_version_1);
  g_test_add_data_func ("/migrations/from-version-2", GUINT_TO_POINTER (2), test_from_walked_version);
  g_test_add_data_func ("/migrations/from-version-3", GUINT_TO_POINTER (3), test_from_walked_version);
  g_test_add_data_func ("/migrations/from-version-4", GUINT_TO_POINTER (4), test_from_walked_version);
  g_test_add_data_func ("/migrations/from-version-5", GUINT_TO_POINTER (5), test_from_walked_version);
  g_test_add_data_func ("/migrations/from-version-6", GUINT_TO_POINTER (6), test_from_walked_version);
  g_test_add_func ("/migrations/orphan-tag-link", test_orphan_tag_link);
  g_test_add_func ("/migrations/dots-grouped", test_dots_grouped);

  return g_test_run ();
}
