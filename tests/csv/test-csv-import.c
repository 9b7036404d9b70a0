/* test-csv-import.c — CSV files into a workshop and back out, all or nothing
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "tp-capture.h"
#include "tp-csv-import.h"
#include "tp-error.h"
#include "tp-store-private.h"
#include "tp-test.h"

typedef struct
{
  char       *dir;
  char       *path;
  TpStore    *store;
  TpWorkshop *workshop;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("touchpoint-csv-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
  fixture->workshop = tp_store_create_workshop (fixture->store, "Call centre", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  tp_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Everything an import could touch, read straight from the file. */
static char *
database_summary (Fixture *fixture)
{
  const char *tables[] = { "ideas", "tags", "idea_tags", "participants", "votes" };
  GString *summary = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM %s", tables[i]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_string_append_printf (summary, "%s=%d ", tables[i], sqlite3_column_int (stmt, 0));
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);

  return g_string_free (summary, FALSE);
}

/* The schema as the file has it: an import sets row triggers aside for
 * its transaction and must leave them as they were, whatever happens. */
static char *
schema_summary (Fixture *fixture)
{
  GString *summary = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (summary, "%s %s: %s\n", sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_string_free (summary, FALSE);
}

static void
assert_refused (sqlite3    *db,
                const char *sql,
                const char *rule)
{
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_true (g_str_has_prefix (sqlite3_errmsg (db), rule));
}

/* What the triggers the import sets aside keep, tried on the file by a
 * writer of its own, in a transaction it rolls back. */
static void
assert_row_rules_hold (Fixture *fixture)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA foreign_keys = ON; BEGIN;"
                                 "INSERT INTO ideas (uuid, workshop_id, title, created_at, updated_at) "
                                 "  SELECT 'probe', id, 'Probe', 'long ago', 'long ago' FROM workshops LIMIT 1;"
                                 "INSERT INTO participants (uuid, workshop_id, name, key, vote_budget) "
                                 "  SELECT 'no-votes', workshop_id, 'No votes', 'no votes', 0 FROM ideas "
                                 "  WHERE uuid = 'probe';"
                                 "INSERT INTO tags (workshop_id, name, key) "
                                 "  SELECT workshop_id, 'probe', 'probe' FROM ideas WHERE uuid = 'probe';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  assert_refused (db, "INSERT INTO ideas (uuid, workshop_id, title, status, created_at, updated_at) "
                      "SELECT 'done-idea', id, 'Done at once', 'done', 'now', 'now' FROM workshops LIMIT 1",
                  "done-gate");
  assert_refused (db, "INSERT INTO votes (idea_id, participant_id, created_at) "
                      "SELECT i.id, p.id, 'now' FROM ideas i, participants p "
                      "WHERE i.uuid = 'probe' AND p.uuid = 'no-votes'",
                  "vote-budget");

  /* A new tag link makes its idea newer. */
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO idea_tags (idea_id, tag_id) "
                                 "  SELECT i.id, t.id FROM ideas i, tags t WHERE i.uuid = 'probe' AND t.key = 'probe'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT updated_at <> 'long ago' FROM ideas WHERE uuid = 'probe'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* The import turns foreign keys off for its transaction: they must be on
 * again for the store's connection, whatever happened, and every row in
 * the file must still point at one that exists. */
static void
assert_foreign_keys_hold (Fixture *fixture)
{
  sqlite3 *store_db = tp_store_get_db (fixture->store);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (store_db, "PRAGMA foreign_keys", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_exec (store_db, "INSERT INTO idea_tags (idea_id, tag_id) VALUES (-1, -1)",
                                 NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_extended_errcode (store_db), ==, SQLITE_CONSTRAINT_FOREIGNKEY);

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static TpCsvImport *
read_text (const char  *text,
           gssize       length,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize)length);

  return tp_csv_import_new (bytes, error);
}

static TpCsvImport *
read_fixture (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TpCsvImport *import = tp_csv_import_new_for_file (file, NULL, &error);

  g_assert_no_error (error);
  return import;
}

static guint
import_into (Fixture     *fixture,
             TpCsvImport *import)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (tp_store_import_csv (fixture->store, fixture->workshop, import, &n, &error));
  g_assert_no_error (error);
  return n;
}

static gint64
read_number (sqlite3    *db,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static TpIdea *
idea_at (Fixture *fixture,
         guint    position)
{
  GListModel *ideas = tp_store_get_ideas (fixture->store, fixture->workshop);
  g_autoptr(TpIdea) idea = g_list_model_get_item (ideas, position);

  g_assert_nonnull (idea);
  return idea;
}

static void
assert_tags (TpIdea             *idea,
             const char * const *expected)
{
  g_assert_cmpstrv (tp_idea_get_tags (idea), expected);
}

/* Every malformed kind: an error naming the line, and nothing written,
 * whether the file is refused on reading or on import. */
static void
test_malformed (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *huge = g_strdup_printf ("Title,Text2\nok,\n\"big\",\"%0*d\"\n", TP_CSV_FIELD_MAX + 1, 7);
  g_autofree char *commas = g_strnfill (TP_CSV_RECORD_FIELDS_MAX, ',');
  g_autofree char *wide = g_strconcat ("Title\nok\nwide", commas, "\n", NULL);
  const struct
  {
    const char *text;
    gssize      length;
    const char *message;
  } cases[] = {
    { "", 0, "the file is empty" },
    { "\r\n \r\n", -1, "the file is empty" },
    { "Title,Votes\r\n", -1, "line 1: the file has only a header" },
    { "\nTitle,Votes\n,\n", -1, "line 2: the file has only a header" },
    { "Title,Votes\nfine,1\n\"open,2\nmore\n", -1, "line 3: unbalanced quote: the field that starts here never ends" },
    { "Title,Votes\nfine,1\nfine,2\nbad\0,1\n", 34, "line 4: the file contains a NUL byte; it is not a text CSV file" },
    { huge, -1, "line 3, column “Text2”: the field is over 64 KiB" },
    { wide, -1, "line 3: the row has more than 32768 fields" },
    { "Title,Votes\na,1\nb,2,extra\n", -1, "line 3: the row has 3 fields but the header names only 2 columns" },
    { "Title,Votes\na,1\nb,many\n", -1, "line 3, column “Votes”: “many” is not a whole number from 0 to 999" },
    { "Title,Votes\na,1\nb,-1\n", -1, "line 3, column “Votes”: “-1” is not a whole number" },
    { "Title,Votes\na,1\n  ,2\n", -1, "line 3, column “Title”: the title is empty" },
    { "Name,Details\n\"x\ny\",\"multi\nline\"\n\"\",more\n", -1, "line 5, column “Name”: the title is empty" },
    { "Author,Votes\nAna,1\n", -1, "the file has no title column: name one of the columns Title, Idea, Text" },
    { "Title,Impact\na,3\nb,6\n", -1, "line 3, column “Impact”: Impact must be from 1 to 5, not 6" },
    { "Title,RICE Impact\na,3\nb,4\n", -1, "line 3, column “RICE Impact”: RICE impact must be 0.25, 0.5, 1, 2 or 3" },
    { "Title,Status\na,new\nb,someday\n", -1, "line 3, column “Status”: “someday” is not a status" },
    { "Title,MoSCoW\na,must\nb,maybe\n", -1, "line 3, column “MoSCoW”: “maybe” is not a MoSCoW priority" },
  };
  g_autofree char *before = NULL;
  g_autoptr(GString) long_title = g_string_new ("Title\nfine\n");

  /* Something already there must stay as it is. */
  g_assert_nonnull (tp_store_add_idea (fixture->store, fixture->workshop, "Already here", NULL, "Ana",
                                       (const char *[]) { "kept", NULL }, NULL));
  before = database_summary (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TpCsvImport) import = read_text (cases[i].text, cases[i].length, &error);
      g_autofree char *after = NULL;

      if (import != NULL)
        g_assert_false (tp_store_import_csv (fixture->store, fixture->workshop, import, NULL, &error));

      g_test_message ("case %u: %s", i, error ? error->message : "(no error)");
      g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));

      after = database_summary (fixture);
      g_assert_cmpstr (after, ==, before);
    }

  /* A title over the limit gets the core's words, with the line. */
  g_string_append_printf (long_title, "%0*d\n", 201, 1);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TpCsvImport) import = read_text (long_title->str, -1, &error);

    g_assert_no_error (error);
    g_assert_false (tp_store_import_csv (fixture->store, fixture->workshop, import, NULL, &error));
    g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
    g_assert_true (g_str_has_prefix (error->message, "line 3, column “Title”: The title is 201 characters long"));
  }

  g_assert_cmpuint (tp_workshop_get_n_ideas (fixture->workshop), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_ideas (fixture->store, fixture->workshop)), ==, 1);
}

/* An error on the very last row leaves nothing of the rows before it. */
static void
test_all_or_nothing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("Title,Tags,Votes\n");
  g_autoptr(TpCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = database_summary (fixture);
  g_autofree char *schema = schema_summary (fixture);
  g_autofree char *after = NULL;
  g_autofree char *schema_after = NULL;

  /* The model is loaded, as in the window. */
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_ideas (fixture->store, fixture->workshop)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_tags (fixture->store, fixture->workshop)), ==, 0);

  /* Several batches of rows are written before the last one fails. */
  for (guint i = 0; i < 500; i++)
    g_string_append_printf (text, "Idea %u,\"t%u, shared\",%u\n", i, i % 7, i % 3);
  g_string_append (text, "The last one,x,lots\n");

  import = read_text (text->str, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tp_csv_import_get_n_rows (import), ==, 501);
  g_assert_false (tp_store_import_csv (fixture->store, fixture->workshop, import, NULL, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "line 502, column “Votes”"));

  after = database_summary (fixture);
  g_assert_cmpstr (after, ==, before);
  schema_after = schema_summary (fixture);
  g_assert_cmpstr (schema_after, ==, schema);
  assert_row_rules_hold (fixture);
  assert_foreign_keys_hold (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_ideas (fixture->store, fixture->workshop)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_tags (fixture->store, fixture->workshop)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_participants (fixture->store, fixture->workshop)), ==, 0);
  g_assert_cmpuint (tp_workshop_get_n_ideas (fixture->workshop), ==, 0);
}

/* More rows than one statement writes, after ideas and tags the library
 * has: what the window shows is what the file holds, and the rules the
 * import kept by itself hold for everyone after it. */
static void
test_many_rows (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("Title,Tags,Votes,Status\n");
  g_autoptr(GHashTable) uuids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(TpCsvImport) import = NULL;
  g_autoptr(TpStore) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *schema = NULL;
  g_autofree char *schema_after = NULL;
  const char * const statuses[] = { "new", "done", "parked" };
  const char * const numbered[] = { "t0", "t1", "t2", "t3", "t4", "t5", "t6" };
  TpWorkshop *other, *copy = NULL;
  GListModel *ideas, *participants, *fresh_ideas;
  guint votes = 0, used = 0;

  other = tp_store_create_workshop (fixture->store, "Elsewhere", &error);
  g_assert_no_error (error);
  g_assert_nonnull (tp_store_add_idea (fixture->store, other, "Another workshop's", NULL, NULL, NULL, &error));
  g_assert_nonnull (tp_store_add_idea (fixture->store, fixture->workshop, "Before the file", NULL, NULL,
                                       (const char *[]) { "Shared", NULL }, &error));
  g_assert_no_error (error);
  ideas = tp_store_get_ideas (fixture->store, fixture->workshop);
  participants = tp_store_get_participants (fixture->store, fixture->workshop);

  for (guint i = 0; i < 300; i++)
    {
      g_string_append_printf (text, "Row %u,\"shared, t%u\",%u,%s\n", i, i % 7, i % 4, statuses[i % 3]);
      votes += i % 4;
    }
  import = read_text (text->str, -1, &error);
  g_assert_no_error (error);

  schema = schema_summary (fixture);
  g_assert_cmpuint (import_into (fixture, import), ==, 300);
  schema_after = schema_summary (fixture);
  g_assert_cmpstr (schema_after, ==, schema);
  assert_row_rules_hold (fixture);
  assert_foreign_keys_hold (fixture);

  g_assert_cmpuint (tp_workshop_get_n_ideas (fixture->workshop), ==, 301);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_tags (fixture->store, fixture->workshop)), ==, 8);
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(TpParticipant) participant = g_list_model_get_item (participants, i);

      g_assert_cmpuint (tp_participant_get_used (participant), <=, 99);
      g_assert_cmpuint (tp_participant_get_budget (participant), ==, tp_participant_get_used (participant));
      used += tp_participant_get_used (participant);
    }
  g_assert_cmpuint (used, ==, votes);
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, (votes + 98) / 99);

  /* The objects the import made are what another reader finds. */
  fresh = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (tp_store_get_workshops (fresh)); i++)
    {
      g_autoptr(TpWorkshop) workshop = g_list_model_get_item (tp_store_get_workshops (fresh), i);

      /* The library holds on to it. */
      if (tp_workshop_get_id (workshop) == tp_workshop_get_id (fixture->workshop))
        copy = workshop;
    }
  g_assert_nonnull (copy);
  fresh_ideas = tp_store_get_ideas (fresh, copy);
  g_assert_cmpuint (g_list_model_get_n_items (fresh_ideas), ==, 301);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 301);
  for (guint i = 0; i < 301; i++)
    {
      g_autoptr(TpIdea) shown = g_list_model_get_item (ideas, i);
      g_autoptr(TpIdea) stored = g_list_model_get_item (fresh_ideas, i);

      g_assert_cmpint (tp_idea_get_id (shown), ==, tp_idea_get_id (stored));
      g_assert_cmpstr (tp_idea_get_uuid (shown), ==, tp_idea_get_uuid (stored));
      g_assert_cmpstr (tp_idea_get_title (shown), ==, tp_idea_get_title (stored));
      g_assert_cmpstrv (tp_idea_get_tags (shown), tp_idea_get_tags (stored));
      g_assert_cmpuint (tp_idea_get_votes (shown), ==, tp_idea_get_votes (stored));
      g_assert_cmpint (tp_idea_get_status (shown), ==, tp_idea_get_status (stored));
      g_assert_cmpint (tp_idea_get_rank (shown), ==, i);
      g_assert_cmpint (tp_idea_get_rank (stored), ==, i);
      g_assert_true (g_uuid_string_is_valid (tp_idea_get_uuid (stored)));
      g_assert_true (g_hash_table_add (uuids, (gpointer)tp_idea_get_uuid (stored)));
      if (i == 0)
        continue;

      g_assert_cmpint (tp_idea_get_status (stored), !=, TP_IDEA_STATUS_DONE);
      g_assert_cmpuint (tp_idea_get_votes (stored), ==, (i - 1) % 4);
      assert_tags (stored, (const char *[]) { "Shared", numbered[(i - 1) % 7], NULL });
    }
}

/* The one row the import refers to without writing it, the workshop,
 * may have gone since the window showed it: nothing is written. */
static void
test_workshop_gone (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCsvImport) import = read_text ("Title,Tags,Votes\nA,x,2\nB,y,1\n", -1, &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *db = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = ON; DELETE FROM workshops", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  before = database_summary (fixture);

  g_assert_false (tp_store_import_csv (fixture->store, fixture->workshop, import, NULL, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "FOREIGN KEY constraint failed"));

  after = database_summary (fixture);
  g_assert_cmpstr (after, ==, before);
  assert_foreign_keys_hold (fixture);
}

/* The database stops growing half way through a large import, as on a
 * full disk (here a cap on its pages, which SQLite reports the same way):
 * nothing of the import stays, the library is as it was, and once there
 * is room the same import goes through. */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("Title,Tags,Votes\n");
  g_autoptr(TpCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *schema = NULL;
  g_autofree char *schema_after = NULL;
  sqlite3 *db = tp_store_get_db (fixture->store);

  for (guint i = 0; i < 9000; i++)
    g_string_append_printf (text, "Idea %u with some words to fill the pages,\"t%u, shared\",%u\n", i, i % 7, i % 3);
  import = read_text (text->str, -1, &error);
  g_assert_no_error (error);
  before = database_summary (fixture);
  schema = schema_summary (fixture);

  /* Room for a few pages more than the library has: whatever their size,
   * a fraction of what the import needs. */
  {
    g_autofree char *cap = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                                            read_number (db, "PRAGMA page_count") + 8);

    g_assert_cmpint (sqlite3_exec (db, cap, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  g_assert_false (tp_store_import_csv (fixture->store, fixture->workshop, import, NULL, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_STORAGE);
  g_assert_cmpstr (error->message, ==, "The disk is full, so the change was not saved");
  g_clear_error (&error);

  after = database_summary (fixture);
  g_assert_cmpstr (after, ==, before);
  schema_after = schema_summary (fixture);
  g_assert_cmpstr (schema_after, ==, schema);
  assert_foreign_keys_hold (fixture);
  assert_row_rules_hold (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_ideas (fixture->store, fixture->workshop)), ==, 0);
  g_assert_cmpint (read_number (db, "PRAGMA wal_autocheckpoint"), ==, 125);

  g_assert_cmpint (sqlite3_exec (db, "PRAGMA max_page_count = 1073741823", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpuint (import_into (fixture, import), ==, 9000);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_ideas (fixture->store, fixture->workshop)), ==, 9000);
}

/* A large import leaves copying its pages from the WAL into the database
 * file to a thread of its own (tp-store-bulk.c). Once it is done the
 * database file alone holds the whole import, as a backup tool copying
 * just that file would find it; automatic checkpoints are on again; the
 * store sees no change made elsewhere and takes the next one; and closing
 * the store waits for the thread and leaves no WAL behind. */
static void
test_checkpoint_after (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("Title,Tags,Votes\n");
  g_autoptr(TpCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *details = g_strnfill (600, 'd');
  g_autofree char *checked = NULL;
  int cache_used = 0, highwater = 0;
  sqlite3 *db = NULL;
  gsize length;

  g_string_assign (text, "Title,Details,Tags,Votes\n");
  for (guint i = 0; i < 6000; i++)
    g_string_append_printf (text, "Row %u,%s,\"t%u, shared\",%u\n", i, details, i % 7, i % 3);
  import = read_text (text->str, -1, &error);
  g_assert_no_error (error);

  /* Every 125 pages of 32 KiB: about as often as SQLite's 1,000 of 4 KiB. */
  g_assert_cmpint (read_number (tp_store_get_db (fixture->store), "PRAGMA wal_autocheckpoint"), ==, 125);
  g_assert_cmpuint (import_into (fixture, import), ==, 6000);

  /* Nothing commits until the file is looked at: a commit now would have
   * SQLite checkpoint on its own and hide a thread that did nothing. */
  tp_store_bulk_wait (fixture->store);
  g_assert_cmpint (read_number (tp_store_get_db (fixture->store), "PRAGMA wal_autocheckpoint"), ==, 125);
  /* 4 MB of ideas went through a page cache of SQLite's 2,000 KiB. */
  g_assert_cmpint (sqlite3_db_status (tp_store_get_db (fixture->store), SQLITE_DBSTATUS_CACHE_USED,
                                      &cache_used, &highwater, FALSE), ==, SQLITE_OK);
  g_assert_cmpint (cache_used, >, 1024 * 1024);
  g_assert_cmpint (cache_used, <, 2600 * 1024);
  /* Copying pages is no change: the app does not read everything again. */
  g_assert_false (tp_store_poll_changes (fixture->store));

  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (copy, contents, length, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open_v2 (copy, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (read_number (db, "SELECT count (*) FROM ideas WHERE title LIKE 'Row %'"), ==, 6000);
  g_assert_cmpint (read_number (db, "SELECT count (*) FROM idea_tags"), ==, 12000);
  checked = tp_test_db_text (db, "PRAGMA quick_check");
  g_assert_cmpstr (checked, ==, "ok");
  sqlite3_close (db);

  g_assert_nonnull (tp_store_capture_idea (fixture->store, fixture->workshop, "After the import", &error));
  g_assert_no_error (error);

  g_assert_finalize_object (fixture->store);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* Closed straight after another large import: still nothing left over. */
  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
  fixture->workshop = tp_store_find_workshop (fixture->store, "Call centre", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import_into (fixture, import), ==, 6000);
  g_assert_finalize_object (fixture->store);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (read_number (db, "SELECT count (*) FROM ideas WHERE title LIKE 'Row %'"), ==, 12000);
  sqlite3_close (db);

  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
}

static void
test_synonyms (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCsvImport) import =
    read_text ("\xef\xbb\xbf" "IDEA;Description ;Created_By;Category;Labels;Likes;Notes\r\n"
               "Callback slot;Offer a time;@Ana;Contact;ux, #Phone;2;ignored\r\n"
               ";;;;;;\r\n"
               "'=Not a formula;;Ben;;;;\r\n"
               "Shorter row;details only\r\n",
               -1, &error);
  TpIdea *idea;

  g_assert_no_error (error);
  g_assert_cmpint (tp_csv_import_get_delimiter (import), ==, ';');
  g_assert_cmpint (tp_csv_import_get_encoding (import), ==, TP_CSV_ENCODING_UTF8);
  g_assert_cmpuint (tp_csv_import_get_n_columns (import), ==, 7);
  g_assert_cmpint (tp_csv_import_get_column (import, 0), ==, TP_CSV_COLUMN_TITLE);
  g_assert_cmpint (tp_csv_import_get_column (import, 1), ==, TP_CSV_COLUMN_DETAILS);
  g_assert_cmpint (tp_csv_import_get_column (import, 2), ==, TP_CSV_COLUMN_AUTHOR);
  g_assert_cmpint (tp_csv_import_get_column (import, 3), ==, TP_CSV_COLUMN_TAGS);
  g_assert_cmpint (tp_csv_import_get_column (import, 4), ==, TP_CSV_COLUMN_TAGS);
  g_assert_cmpint (tp_csv_import_get_column (import, 5), ==, TP_CSV_COLUMN_VOTES);
  g_assert_cmpint (tp_csv_import_get_column (import, 6), ==, TP_CSV_COLUMN_IGNORE);
  g_assert_cmpstr (tp_csv_import_get_header (import, 0), ==, "IDEA");

  /* The blank row is skipped; the preview shows lines as in the file. */
  g_assert_cmpuint (tp_csv_import_get_n_rows (import), ==, 3);
  g_assert_cmpuint (tp_csv_import_get_line (import, 1), ==, 4);
  g_assert_cmpstr (tp_csv_import_get_field (import, 1, 0), ==, "=Not a formula");
  g_assert_true (tp_csv_import_check (import, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (import_into (fixture, import), ==, 3);

  idea = idea_at (fixture, 0);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "Callback slot");
  g_assert_cmpstr (tp_idea_get_details (idea), ==, "Offer a time");
  g_assert_cmpstr (tp_idea_get_author (idea), ==, "Ana");
  assert_tags (idea, (const char *[]) { "Contact", "ux", "Phone", NULL });
  g_assert_cmpuint (tp_idea_get_votes (idea), ==, 2);

  idea = idea_at (fixture, 1);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "=Not a formula");
  g_assert_cmpstr (tp_idea_get_author (idea), ==, "Ben");
  assert_tags (idea, (const char *[]) { NULL });

  /* A short row's missing fields are empty. */
  idea = idea_at (fixture, 2);
  g_assert_cmpstr (tp_idea_get_details (idea), ==, "details only");
  g_assert_null (tp_idea_get_author (idea));
  g_assert_cmpuint (tp_idea_get_rank (idea), ==, 2);

  g_assert_cmpuint (tp_workshop_get_n_ideas (fixture->workshop), ==, 3);
}

static void
test_mapping (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCsvImport) import = read_text ("Sticky\tWho\tScore\nLonger queues\tAna\t4\n", -1, &error);
  TpIdea *idea;

  g_assert_no_error (error);
  g_assert_cmpint (tp_csv_import_get_delimiter (import), ==, '\t');
  g_assert_false (tp_csv_import_check (import, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);

  tp_csv_import_set_column (import, 0, TP_CSV_COLUMN_TITLE);
  tp_csv_import_set_column (import, 1, TP_CSV_COLUMN_AUTHOR);
  tp_csv_import_set_column (import, 2, TP_CSV_COLUMN_VOTES);
  /* A second title column takes the kind from the first. */
  tp_csv_import_set_column (import, 1, TP_CSV_COLUMN_TITLE);
  g_assert_cmpint (tp_csv_import_get_column (import, 0), ==, TP_CSV_COLUMN_IGNORE);
  tp_csv_import_set_column (import, 0, TP_CSV_COLUMN_TITLE);
  tp_csv_import_set_column (import, 1, TP_CSV_COLUMN_AUTHOR);
  g_assert_cmpstr (tp_csv_column_get_label (TP_CSV_COLUMN_VOTES), ==, "Votes");

  g_assert_cmpuint (import_into (fixture, import), ==, 1);
  idea = idea_at (fixture, 0);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "Longer queues");
  g_assert_cmpstr (tp_idea_get_author (idea), ==, "Ana");
  g_assert_cmpuint (tp_idea_get_votes (idea), ==, 4);
}

static void
test_windows_1252 (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TpCsvImport) import = read_fixture ("cp1252.csv");
  TpIdea *idea;

  g_assert_cmpint (tp_csv_import_get_encoding (import), ==, TP_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpuint (import_into (fixture, import), ==, 2);

  idea = idea_at (fixture, 0);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "Café corner in the branch");
  g_assert_cmpstr (tp_idea_get_details (idea), ==, "Crème brûlée for waiting customers € 2");
  g_assert_cmpstr (tp_idea_get_author (idea), ==, "Zoë");
  assert_tags (idea, (const char *[]) { "Branch", NULL });
  g_assert_cmpuint (tp_idea_get_votes (idea), ==, 2);
  g_assert_cmpstr (tp_idea_get_title (idea_at (fixture, 1)), ==, "Naïve onboarding");
}

static TpParticipant *
find_participant (Fixture    *fixture,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  TpParticipant *participant = tp_store_find_participant (fixture->store, fixture->workshop, name, &error);

  g_assert_no_error (error);
  return participant;
}

static void
test_scrumlr (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(TpCsvImport) import = read_fixture ("scrumlr.csv");
  TpParticipant *imported;
  TpIdea *idea;

  g_assert_cmpuint (import_into (fixture, import), ==, 4);

  idea = idea_at (fixture, 0);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "Queue position announced while waiting");
  g_assert_cmpstr (tp_idea_get_author (idea), ==, "Ana");
  assert_tags (idea, (const char *[]) { "Went well", NULL });
  g_assert_cmpuint (tp_idea_get_votes (idea), ==, 3);

  idea = idea_at (fixture, 1);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "Callback promised, never came");
  assert_tags (idea, (const char *[]) { "Needs improvement", NULL });
  g_assert_cmpuint (tp_idea_get_votes (idea), ==, 5);

  /* A note's line break does not belong in a title. */
  g_assert_cmpstr (tp_idea_get_title (idea_at (fixture, 2)), ==, "Hold music loops every 20 seconds and it is loud");
  g_assert_null (tp_idea_get_author (idea_at (fixture, 3)));
  assert_tags (idea_at (fixture, 3), (const char *[]) { "Action items", NULL });

  imported = find_participant (fixture, "Imported");
  g_assert_cmpuint (tp_participant_get_used (imported), ==, 10);
  g_assert_cmpuint (tp_participant_get_budget (imported), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_tags (fixture->store, fixture->workshop)), ==, 3);
}

static void
test_trello (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(TpCsvImport) import = read_fixture ("trello.csv");
  TpIdea *idea;

  g_assert_cmpuint (import_into (fixture, import), ==, 3);

  idea = idea_at (fixture, 0);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "Self-service address change");
  g_assert_cmpstr (tp_idea_get_details (idea), ==,
                   "Let customers change their address in the app without calling.\n\nNeeds identity check.");
  assert_tags (idea, (const char *[]) { "Mobile", "Billing", NULL });

  assert_tags (idea_at (fixture, 1), (const char *[]) { "Notifications", NULL });
  g_assert_cmpstr (tp_idea_get_details (idea_at (fixture, 2)), ==, "One line, one menu.");
  assert_tags (idea_at (fixture, 2), (const char *[]) { NULL });
  g_assert_cmpuint (tp_idea_get_votes (idea_at (fixture, 2)), ==, 0);
}

/* Votes past what one participant may hold go on to "Imported 2"; an
 * "Imported" the workshop has already is filled up first. */
static void
test_many_votes (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCsvImport) first = read_text ("Title,Votes\nA,40\nB,0\n", -1, &error);
  g_autoptr(TpCsvImport) second = read_text ("Title,Votes\nC,70\nD,150\n", -1, &error);
  GListModel *participants = tp_store_get_participants (fixture->store, fixture->workshop);

  g_assert_no_error (error);
  import_into (fixture, first);
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 1);
  g_assert_cmpuint (tp_participant_get_budget (find_participant (fixture, "Imported")), ==, 40);

  import_into (fixture, second);
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 3);
  g_assert_cmpuint (tp_participant_get_used (find_participant (fixture, "Imported")), ==, 99);
  g_assert_cmpuint (tp_participant_get_budget (find_participant (fixture, "Imported")), ==, 99);
  g_assert_cmpuint (tp_participant_get_used (find_participant (fixture, "Imported 2")), ==, 99);
  g_assert_cmpuint (tp_participant_get_budget (find_participant (fixture, "Imported 2")), ==, 99);
  g_assert_cmpuint (tp_participant_get_used (find_participant (fixture, "Imported 3")), ==, 62);
  g_assert_cmpuint (tp_participant_get_budget (find_participant (fixture, "Imported 3")), ==, 62);
  g_assert_cmpuint (tp_idea_get_votes (idea_at (fixture, 2)), ==, 70);
  g_assert_cmpuint (tp_idea_get_votes (idea_at (fixture, 3)), ==, 150);
}

static void
test_anonymous_and_done (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCsvImport) import =
    read_text ("Title,Author,Status\nShipped,Ana,Done\nParked one,Ben,parked\nWorking,,In progress\n", -1, &error);

  g_assert_no_error (error);
  g_assert_true (tp_store_set_workshop_anonymous (fixture->store, fixture->workshop, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (tp_csv_import_get_n_demoted (import), ==, 1);

  import_into (fixture, import);
  g_assert_null (tp_idea_get_author (idea_at (fixture, 0)));
  g_assert_null (tp_idea_get_author (idea_at (fixture, 1)));
  g_assert_cmpint (tp_idea_get_status (idea_at (fixture, 0)), ==, TP_IDEA_STATUS_IN_PROGRESS);
  g_assert_cmpint (tp_idea_get_status (idea_at (fixture, 1)), ==, TP_IDEA_STATUS_PARKED);
  g_assert_cmpint (tp_idea_get_status (idea_at (fixture, 2)), ==, TP_IDEA_STATUS_IN_PROGRESS);
}

static char *
export_to_string (GListModel *ideas)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (tp_csv_export_ideas (ideas, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
}

static void
test_neutralise (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *titles[] = { "=HYPERLINK(\"http://x\")", "+1 for callbacks", "-5% churn", "@channel ping", "Plain" };
  g_autofree char *csv = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    g_assert_nonnull (tp_store_add_idea (fixture->store, fixture->workshop, titles[i],
                                         i == 4 ? "\tindented" : NULL, NULL, NULL, NULL));

  csv = export_to_string (tp_store_get_ideas (fixture->store, fixture->workshop));
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf" "Title,Details,Author,Tags,Status,Votes,Impact,Effort,"
                                        "RICE Reach,RICE Impact,RICE Confidence,RICE Effort,RICE Score,"
                                        "MoSCoW,Quadrant,Verdict,UUID,Created\r\n"));
  g_assert_nonnull (strstr (csv, "\r\n\"'=HYPERLINK(\"\"http://x\"\")\",,"));
  g_assert_nonnull (strstr (csv, "\r\n'+1 for callbacks,"));
  g_assert_nonnull (strstr (csv, "\r\n'-5% churn,"));
  g_assert_nonnull (strstr (csv, "\r\n'@channel ping,"));
  g_assert_nonnull (strstr (csv, "\r\nPlain,'\tindented,"));
  g_assert_null (strstr (csv, ",=") );
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "backlog.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TpCsvImport) import = NULL;
  TpWorkshop *source = fixture->workshop;
  GListModel *ideas = tp_store_get_ideas (fixture->store, source);
  GListModel *copies;
  TpParticipant *ana;
  TpScores scores = TP_SCORES_INIT;
  TpIdea *idea;

  idea = tp_store_add_idea (fixture->store, source, "Callback, not \"hold\"",
                            "- first bullet\n- second, with a comma\n\n=not a formula", "Ana",
                            (const char *[]) { "contact", "Phone line", NULL }, &error);
  g_assert_no_error (error);
  scores = (TpScores) { 4, 2, 1200, 0.5, 80, 1.5, TP_MOSCOW_MUST };
  g_assert_true (tp_store_set_idea_scores (fixture->store, idea, &scores, &error));
  g_assert_true (tp_store_set_idea_status (fixture->store, idea, TP_IDEA_STATUS_SHORTLISTED, &error));
  ana = tp_store_add_participant (fixture->store, source, "Ana", 5, &error);
  g_assert_no_error (error);
  g_assert_true (tp_store_add_votes (fixture->store, idea, ana, 3, &error));

  idea = tp_store_add_idea (fixture->store, source, "Café queue ☕", "", NULL, NULL, &error);
  scores = (TpScores) { 0, 5, -1, 3, -1, -1, TP_MOSCOW_WONT };
  g_assert_true (tp_store_set_idea_scores (fixture->store, idea, &scores, &error));
  g_assert_true (tp_store_add_votes (fixture->store, idea, ana, 1, &error));
  g_assert_nonnull (tp_store_add_idea (fixture->store, source, "@everyone +1", "\ttab first", "Ben",
                                       (const char *[]) { "x", NULL }, &error));
  g_assert_no_error (error);

  g_assert_true (tp_csv_export_ideas_to_file (ideas, file, NULL, &error));
  g_assert_no_error (error);

  fixture->workshop = tp_store_create_workshop (fixture->store, "Copy", &error);
  g_assert_no_error (error);
  import = tp_csv_import_new_for_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import_into (fixture, import), ==, 3);

  copies = tp_store_get_ideas (fixture->store, fixture->workshop);
  g_assert_cmpuint (g_list_model_get_n_items (copies), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TpIdea) a = g_list_model_get_item (ideas, i);
      g_autoptr(TpIdea) b = g_list_model_get_item (copies, i);
      TpScores sa, sb;

      g_assert_cmpstr (tp_idea_get_title (a), ==, tp_idea_get_title (b));
      g_assert_cmpstr (tp_idea_get_details (a), ==, tp_idea_get_details (b));
      g_assert_cmpstr (tp_idea_get_author (a), ==, tp_idea_get_author (b));
      g_assert_cmpstrv (tp_idea_get_tags (a), tp_idea_get_tags (b));
      g_assert_cmpuint (tp_idea_get_votes (a), ==, tp_idea_get_votes (b));
      g_assert_cmpint (tp_idea_get_status (a), ==, tp_idea_get_status (b));
      tp_idea_get_scores (a, &sa);
      tp_idea_get_scores (b, &sb);
      g_assert_cmpuint (sa.impact, ==, sb.impact);
      g_assert_cmpuint (sa.effort, ==, sb.effort);
      g_assert_cmpfloat (sa.rice_reach, ==, sb.rice_reach);
      g_assert_cmpfloat (sa.rice_impact, ==, sb.rice_impact);
      g_assert_cmpint (sa.rice_confidence, ==, sb.rice_confidence);
      g_assert_cmpfloat (sa.rice_effort, ==, sb.rice_effort);
      g_assert_cmpint (sa.moscow, ==, sb.moscow);
      g_assert_cmpstr (tp_idea_get_uuid (a), !=, tp_idea_get_uuid (b));
    }

  g_assert_cmpuint (tp_workshop_get_n_ideas (fixture->workshop), ==, 3);
}

/* A file far larger than any workshop's notes is refused before it is
 * read; the sparse file costs no disk. */
static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("touchpoint-huge-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TpCsvImport) import = NULL;
  FILE *out = fopen (path, "w");

  g_assert_nonnull (out);
  g_assert_cmpint (fseek (out, 300L * 1024 * 1024, SEEK_SET), ==, 0);
  fputs ("x", out);
  fclose (out);

  import = tp_csv_import_new_for_file (file, NULL, &error);
  g_assert_null (import);
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "at most 200 MB"));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-import/too-large", test_too_large);

#define ADD(path, func) \
  g_test_add ("/csv-import/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("malformed", test_malformed);
  ADD ("all-or-nothing", test_all_or_nothing);
  ADD ("many-rows", test_many_rows);
  ADD ("workshop-gone", test_workshop_gone);
  ADD ("disk-full", test_disk_full);
  ADD ("checkpoint-after", test_checkpoint_after);
  ADD ("synonyms", test_synonyms);
  ADD ("mapping", test_mapping);
  ADD ("windows-1252", test_windows_1252);
  ADD ("scrumlr", test_scrumlr);
  ADD ("trello", test_trello);
  ADD ("many-votes", test_many_votes);
  ADD ("anonymous-and-done", test_anonymous_and_done);
  ADD ("neutralise", test_neutralise);
  ADD ("round-trip", test_round_trip);

#undef ADD

  return g_test_run ();
}
