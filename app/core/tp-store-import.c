/* tp-store-import.c — a CSV file's ideas written to the store, all or none
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row is checked and written inside one transaction; the first row
 * that fails rolls the whole import back, and its error names the line.
 *
 * Votes from the file are dots of a participant called "Imported". The
 * database caps a vote budget at 99, so when a file brings more votes
 * they go on to "Imported 2", "Imported 3" and so on. Participants with
 * these names that the workshop already has are filled up first; each
 * one's budget ends up covering its votes and never drops.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-csv-import.h"
#include "tp-store-private.h"
#include "tp-tag.h"

#define VOTE_BUDGET_MAX 99

typedef struct
{
  gint64 id;
  guint  used;
  guint  budget;      /* as it was before the import */
  gboolean raised;
} Voter;

typedef struct
{
  TpStore    *store;
  gint64      workshop_id;
  gboolean    anonymous;
  char       *now;
  GHashTable *tags;        /* casefolded name → gint64 id */
  GArray     *voters;      /* Voter, in the order they fill up */
  guint       voter;       /* the one being filled */
  guint       next_number; /* for the next "Imported N" */
} Import;

static void
import_clear (Import *import)
{
  g_clear_pointer (&import->now, g_free);
  g_clear_pointer (&import->tags, g_hash_table_unref);
  g_clear_pointer (&import->voters, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

static gboolean
load_tags (Import  *import,
           GError **error)
{
  sqlite3_stmt *stmt = tp_store_prepare (import->store, "SELECT id, key FROM tags WHERE workshop_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, import->workshop_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (import->tags, g_strdup (tp_store_column_text (stmt, 1)), g_memdup2 (&id, sizeof id));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (import->store), rc, error);
      return FALSE;
    }

  return TRUE;
}

/* 0 unless @key is the base name or "base N"; then 1 or N. */
static guint
imported_number (const char *key,
                 const char *base)
{
  gsize len = strlen (base);
  guint64 n;

  if (strncmp (key, base, len) != 0)
    return 0;
  if (key[len] == '\0')
    return 1;
  if (key[len] != ' ' || !g_ascii_string_to_unsigned (key + len + 1, 10, 2, G_MAXUINT, &n, NULL))
    return 0;

  return n;
}

static gboolean
load_voters (Import  *import,
             GError **error)
{
  g_autofree char *base = g_utf8_casefold (_("Imported"), -1);
  sqlite3_stmt *stmt;
  int rc;

  stmt = tp_store_prepare (import->store,
                           "SELECT p.id, p.key, p.vote_budget, "
                           "  (SELECT count (*) FROM votes v JOIN ideas i ON i.id = v.idea_id "
                           "   WHERE v.participant_id = p.id AND i.trashed_at IS NULL) "
                           "FROM participants p WHERE p.workshop_id = ?1 ORDER BY p.id",
                           error);
  if (stmt == NULL)
    return FALSE;

  import->next_number = 1;
  sqlite3_bind_int64 (stmt, 1, import->workshop_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint number = imported_number (tp_store_column_text (stmt, 1), base);
      Voter voter = {
        sqlite3_column_int64 (stmt, 0),
        sqlite3_column_int (stmt, 3),
        sqlite3_column_int (stmt, 2),
        FALSE,
      };

      if (number == 0)
        continue;

      import->next_number = MAX (import->next_number, number + 1);
      g_array_append_val (import->voters, voter);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (import->store), rc, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
add_voter (Import  *import,
           GError **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;
  Voter voter = { 0, 0, 0, TRUE };
  sqlite3_stmt *stmt;

  if (import->next_number == 1)
    name = g_strdup (_("Imported"));
  else
    name = g_strdup_printf (C_("participant", "%s %u"), _("Imported"), import->next_number);
  import->next_number++;
  key = g_utf8_casefold (name, -1);

  stmt = tp_store_prepare (import->store,
                           "INSERT INTO participants (uuid, workshop_id, name, key, vote_budget) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)",
                           error);
  if (stmt == NULL)
    return FALSE;

  tp_store_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, import->workshop_id);
  tp_store_bind_text (stmt, 3, name);
  tp_store_bind_text (stmt, 4, key);
  sqlite3_bind_int (stmt, 5, VOTE_BUDGET_MAX);
  if (!tp_store_step_done (import->store, stmt, error))
    return FALSE;

  voter.id = sqlite3_last_insert_rowid (tp_store_get_db (import->store));
  g_array_append_val (import->voters, voter);
  return TRUE;
}

static gboolean
set_budget (Import  *import,
            gint64   participant_id,
            guint    budget,
            GError **error)
{
  sqlite3_stmt *stmt = tp_store_prepare (import->store,
                                         "UPDATE participants SET vote_budget = ?2 WHERE id = ?1",
                                         error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, participant_id);
  sqlite3_bind_int (stmt, 2, budget);
  return tp_store_step_done (import->store, stmt, error);
}

/* The trigger counts a participant's votes against the budget at each
 * insert, so the budget goes to the most first and down at the end. */
static Voter *
current_voter (Import  *import,
               GError **error)
{
  Voter *voter;

  while (import->voter < import->voters->len &&
         g_array_index (import->voters, Voter, import->voter).used >= VOTE_BUDGET_MAX)
    import->voter++;

  if (import->voter == import->voters->len && !add_voter (import, error))
    return NULL;

  voter = &g_array_index (import->voters, Voter, import->voter);
  if (!voter->raised)
    {
      if (!set_budget (import, voter->id, VOTE_BUDGET_MAX, error))
        return NULL;
      voter->raised = TRUE;
    }

  return voter;
}

static gboolean
add_votes (Import  *import,
           gint64   idea_id,
           guint    votes,
           GError **error)
{
  while (votes > 0)
    {
      Voter *voter = current_voter (import, error);
      sqlite3_stmt *stmt;

      if (voter == NULL)
        return FALSE;

      stmt = tp_store_prepare (import->store,
                               "INSERT INTO votes (idea_id, participant_id, created_at) VALUES (?1, ?2, ?3)",
                               error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, idea_id);
      sqlite3_bind_int64 (stmt, 2, voter->id);
      sqlite3_bind_text (stmt, 3, import->now, -1, SQLITE_STATIC);
      if (!tp_store_step_done (import->store, stmt, error))
        return FALSE;

      voter->used++;
      votes--;
    }

  return TRUE;
}

static gboolean
settle_budgets (Import  *import,
                GError **error)
{
  for (guint i = 0; i < import->voters->len; i++)
    {
      Voter *voter = &g_array_index (import->voters, Voter, i);

      if (voter->raised && !set_budget (import, voter->id, MAX (voter->budget, voter->used), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_tags (Import              *import,
          gint64               idea_id,
          const char * const  *tags,
          GError             **error)
{
  for (guint i = 0; tags[i] != NULL; i++)
    {
      g_autofree char *key = g_utf8_casefold (tags[i], -1);
      gint64 *tag_id = g_hash_table_lookup (import->tags, key);
      sqlite3_stmt *stmt;

      if (tag_id == NULL)
        {
          gint64 id;

          stmt = tp_store_prepare (import->store,
                                   "INSERT INTO tags (workshop_id, name, key, colour) VALUES (?1, ?2, ?3, ?4)",
                                   error);
          if (stmt == NULL)
            return FALSE;

          sqlite3_bind_int64 (stmt, 1, import->workshop_id);
          tp_store_bind_text (stmt, 2, tags[i]);
          tp_store_bind_text (stmt, 3, key);
          tp_store_bind_text (stmt, 4, tp_tag_pick_colour (key));
          if (!tp_store_step_done (import->store, stmt, error))
            return FALSE;

          id = sqlite3_last_insert_rowid (tp_store_get_db (import->store));
          tag_id = g_memdup2 (&id, sizeof id);
          g_hash_table_insert (import->tags, g_steal_pointer (&key), tag_id);
        }

      stmt = tp_store_prepare (import->store,
                               "INSERT INTO idea_tags (idea_id, tag_id, position) VALUES (?1, ?2, ?3)",
                               error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, idea_id);
      sqlite3_bind_int64 (stmt, 2, *tag_id);
      sqlite3_bind_int (stmt, 3, i);
      if (!tp_store_step_done (import->store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static void
bind_optional_double (sqlite3_stmt *stmt,
                      int           column,
                      double        value)
{
  if (value < 0)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_double (stmt, column, value);
}

static gboolean
insert_idea (Import          *import,
             const TpCsvIdea *idea,
             const char      *uuid,
             int              rank,
             gint64          *idea_id,
             GError         **error)
{
  const TpScores *s = &idea->scores;
  sqlite3_stmt *stmt;

  stmt = tp_store_prepare (import->store,
                           "INSERT INTO ideas (uuid, workshop_id, title, details, author, status, "
                           "  created_at, updated_at, rank, impact, effort, rice_reach, rice_impact, "
                           "  rice_confidence, rice_effort, moscow) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, import->workshop_id);
  sqlite3_bind_text (stmt, 3, idea->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, idea->details, -1, SQLITE_STATIC);
  if (idea->author != NULL)
    sqlite3_bind_text (stmt, 5, idea->author, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, tp_idea_status_to_string (idea->status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, import->now, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 8, rank);
  if (s->impact > 0)
    sqlite3_bind_int (stmt, 9, s->impact);
  if (s->effort > 0)
    sqlite3_bind_int (stmt, 10, s->effort);
  bind_optional_double (stmt, 11, s->rice_reach);
  bind_optional_double (stmt, 12, s->rice_impact);
  if (s->rice_confidence >= 0)
    sqlite3_bind_int (stmt, 13, s->rice_confidence);
  bind_optional_double (stmt, 14, s->rice_effort);
  if (s->moscow != TP_MOSCOW_NONE)
    sqlite3_bind_text (stmt, 15, tp_moscow_to_string (s->moscow), -1, SQLITE_STATIC);

  if (!tp_store_step_done (import->store, stmt, error))
    return FALSE;

  *idea_id = sqlite3_last_insert_rowid (tp_store_get_db (import->store));
  return TRUE;
}

static gboolean
next_rank (Import  *import,
           int     *rank,
           GError **error)
{
  sqlite3_stmt *stmt = tp_store_prepare (import->store,
                                         "SELECT coalesce (max (rank) + 1, 0) FROM ideas WHERE workshop_id = ?1",
                                         error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, import->workshop_id);
  if (!tp_store_step_row (import->store, stmt, error))
    {
      sqlite3_reset (stmt);
      if (error != NULL && *error == NULL)
        tp_store_set_error (tp_store_get_db (import->store), SQLITE_ERROR, error);
      return FALSE;
    }

  *rank = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static TpIdea *
new_idea_object (Import          *import,
                 const TpCsvIdea *idea,
                 const char      *uuid,
                 gint64           idea_id,
                 int              rank)
{
  const TpScores *s = &idea->scores;

  return g_object_new (TP_TYPE_IDEA,
                       "id", idea_id,
                       "workshop-id", import->workshop_id,
                       "uuid", uuid,
                       "title", idea->title,
                       "details", idea->details,
                       "author", idea->author,
                       "tags", idea->tags,
                       "status", idea->status,
                       "created-at", import->now,
                       "updated-at", import->now,
                       "journey-revision", (gint64)1,
                       "rank", rank,
                       "impact", s->impact,
                       "effort", s->effort,
                       "rice-reach", s->rice_reach,
                       "rice-impact", s->rice_impact,
                       "rice-confidence", s->rice_confidence,
                       "rice-effort", s->rice_effort,
                       "moscow", s->moscow,
                       "votes", idea->votes,
                       NULL);
}

typedef struct
{
  guint32 part[4];
} RawUuid;

static int
compare_uuids (gconstpointer a,
               gconstpointer b)
{
  const RawUuid *x = a, *y = b;

  for (guint i = 0; i < 4; i++)
    if (x->part[i] != y->part[i])
      return x->part[i] < y->part[i] ? -1 : 1;

  return 0;
}

/* Random (version 4) uuids, handed out in sorted order so that the
 * inserts into the uuid index stay at its end: most of the cost of a
 * large import otherwise. Each is 36 characters and a NUL. */
static char *
sorted_uuids (guint n)
{
  g_autoptr(GRand) rand = g_rand_new ();
  g_autofree RawUuid *raw = g_new (RawUuid, n);
  char *text = g_malloc ((gsize)n * 37);

  for (guint i = 0; i < n; i++)
    {
      for (guint k = 0; k < 4; k++)
        raw[i].part[k] = g_rand_int (rand);
      raw[i].part[1] = (raw[i].part[1] & 0xFFFF0FFF) | 0x00004000;
      raw[i].part[2] = (raw[i].part[2] & 0x3FFFFFFF) | 0x80000000;
    }
  qsort (raw, n, sizeof (RawUuid), compare_uuids);

  for (guint i = 0; i < n; i++)
    {
      const guint32 *p = raw[i].part;

      g_snprintf (text + (gsize)i * 37, 37, "%08x-%04x-%04x-%04x-%04x%08x",
                  p[0], p[1] >> 16, p[1] & 0xFFFF, p[2] >> 16, p[2] & 0xFFFF, p[3]);
    }

  return text;
}

/* A large import touches far more pages than SQLite keeps by default;
 * spilling them mid-transaction writes many twice. */
static int
widen_cache (TpStore *self)
{
  sqlite3 *db = tp_store_get_db (self);
  sqlite3_stmt *stmt = NULL;
  int previous = -2000;

  if (sqlite3_prepare_v2 (db, "PRAGMA cache_size", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    previous = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  sqlite3_exec (db, "PRAGMA cache_size = -262144", NULL, NULL, NULL);
  return previous;
}

static void
restore_cache (TpStore *self,
               int      previous)
{
  /* PRAGMA takes no bound parameters; the number is SQLite's own. */
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %d", previous);

  sqlite3_exec (tp_store_get_db (self), sql, NULL, NULL, NULL);
}

/* Inside the transaction; the caller rolls back on failure. */
static gboolean
write_rows (Import       *import,
            TpCsvImport  *csv,
            const char   *uuids,
            GPtrArray    *objects,
            GError      **error)
{
  guint n_rows = tp_csv_import_get_n_rows (csv);
  int rank;

  if (!next_rank (import, &rank, error) || !load_tags (import, error) || !load_voters (import, error))
    return FALSE;

  for (guint r = 0; r < n_rows; r++, rank++)
    {
      TpCsvIdea idea;
      const char *uuid = uuids + (gsize)r * 37;
      gint64 idea_id;
      gboolean ok;

      if (!tp_csv_import_read_idea (csv, r, &idea, error))
        return FALSE;

      if (import->anonymous)
        g_clear_pointer (&idea.author, g_free);

      ok = insert_idea (import, &idea, uuid, rank, &idea_id, error) &&
           add_tags (import, idea_id, (const char * const *)idea.tags, error) &&
           add_votes (import, idea_id, idea.votes, error);

      if (ok && objects != NULL)
        g_ptr_array_add (objects, new_idea_object (import, &idea, uuid, idea_id, rank));
      else if (!ok)
        g_prefix_error (error, _("line %u: "), idea.line);

      tp_csv_idea_clear (&idea);
      if (!ok)
        return FALSE;
    }

  return settle_budgets (import, error) && tp_store_commit (import->store, error);
}

/**
 * tp_store_import_csv:
 * @n_imported: (out) (optional): how many ideas came in
 *
 * Adds every row of @import to @workshop as an idea, after the ideas it
 * has, or nothing at all. In an anonymous workshop the authors are left
 * out. A status of done comes in as in progress.
 */
gboolean
tp_store_import_csv (TpStore      *self,
                     TpWorkshop   *workshop,
                     TpCsvImport  *csv,
                     guint        *n_imported,
                     GError      **error)
{
  g_auto(Import) import = { 0 };
  g_autofree char *uuids = NULL;
  g_autoptr(GPtrArray) objects = NULL;
  gboolean done = FALSE;
  int cache_size;
  GListStore *ideas;
  guint n_rows;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), FALSE);
  g_return_val_if_fail (TP_IS_CSV_IMPORT (csv), FALSE);

  if (!tp_csv_import_check_columns (csv, error))
    return FALSE;

  import.store = self;
  import.workshop_id = tp_workshop_get_id (workshop);
  import.now = tp_store_now ();
  import.tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  import.voters = g_array_new (FALSE, FALSE, sizeof (Voter));
  import.anonymous = tp_workshop_get_anonymous (workshop);
  n_rows = tp_csv_import_get_n_rows (csv);
  uuids = sorted_uuids (n_rows);

  /* Objects only for a model someone is showing; others load later. */
  ideas = tp_store_peek_ideas (self, import.workshop_id);
  if (ideas != NULL)
    objects = g_ptr_array_new_full (n_rows, g_object_unref);

  cache_size = widen_cache (self);
  if (tp_store_begin (self, error))
    {
      done = write_rows (&import, csv, uuids, objects, error);
      if (!done)
        tp_store_rollback (self);
    }
  restore_cache (self, cache_size);

  if (!done)
    return FALSE;

  if (ideas != NULL)
    g_list_store_splice (ideas, g_list_model_get_n_items (G_LIST_MODEL (ideas)), 0,
                         objects->pdata, objects->len);
  g_object_set (workshop, "n-ideas", tp_workshop_get_n_ideas (workshop) + n_rows, NULL);
  tp_store_sync_tags (self, import.workshop_id);
  tp_store_sync_participants (self, import.workshop_id);
  tp_store_sync_clusters (self, import.workshop_id);

  if (n_imported != NULL)
    *n_imported = n_rows;
  return TRUE;
}
