/* tp-store-import.c — a CSV file's ideas written to the store, all or none
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row is checked and written inside one transaction; the first row
 * that fails rolls the whole import back, and its error names the line.
 *
 * Votes from the file are dots of participants the import makes, or
 * made before; tp-store-import-voters.c says which.
 *
 * A file may hold a hundred thousand rows, so the writing is shaped by
 * what SQLite charges for:
 * - Rows go in BATCH_ROWS to a statement: each run of a statement has a
 *   fixed cost, and a row to a statement took 40 % longer.
 * - The triggers that keep a rule row by row (the done gate for new ideas,
 *   the vote budget, the updated_at touches) are set aside inside the
 *   transaction and made again from their own SQL before it commits; the
 *   import keeps those rules once for the whole file instead, as
 *   write_rows() says. Nothing outside the transaction ever sees them gone.
 * - Foreign keys are not looked up row by row either, which cost a B-tree
 *   search for each of the 400,000 references a large file brings: every
 *   row the import writes refers only to the workshop, which it checks
 *   once, and to rows it read or wrote itself in the same transaction.
 * - The disk is told to start writing the WAL while the rows go in, so
 *   that the commit waits for little; tp-store-bulk.c says how.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-csv-import.h"
#include "tp-error.h"
#include "tp-memory.h"
#include "tp-store-private.h"
#include "tp-tag.h"

/* Rows to a statement; more saves nothing. 128 ideas take 2,176
 * parameters, within the 32,766 that SQLite allows by default since 3.32;
 * a build that allows fewer gets a row to a statement. */
#define BATCH_ROWS 128
#define TIMES_2(row) row ", " row
#define TIMES_BATCH(row) TIMES_2 (TIMES_2 (TIMES_2 (TIMES_2 (TIMES_2 (TIMES_2 (TIMES_2 (row)))))))
G_STATIC_ASSERT (BATCH_ROWS == 1 << 7);

/* About 2.5 MB of database: how often the kernel hears that it may start
 * writing, as tp-store-bulk.c says, and so how large a file must be for
 * it to hear at all. */
#define WRITTEN_HINT_ROWS (BATCH_ROWS * 32)

/* OR FAIL: a row that breaks a rule stops its statement and leaves the
 * rows before it, which the rollback of the whole import undoes anyway.
 * With OR ABORT, the default, SQLite kept a journal of every page each
 * statement changed, to undo just that statement. */
#define INSERT_IDEAS \
  "INSERT OR FAIL INTO ideas (id, uuid, workshop_id, title, details, author, status, created_at, updated_at, " \
  "  rank, impact, effort, rice_reach, rice_impact, rice_confidence, rice_effort, moscow) VALUES "
#define IDEA_ROW "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
#define IDEA_PARAMS 17
#define INSERT_LINKS "INSERT OR FAIL INTO idea_tags (idea_id, tag_id, position) VALUES "
#define LINK_ROW "(?, ?, ?)"
#define LINK_PARAMS 3
#define INSERT_VOTES "INSERT OR FAIL INTO votes (idea_id, participant_id, dots, created_at) VALUES "
#define VOTE_ROW "(?, ?, ?, ?)"
#define VOTE_PARAMS 4


/* Set aside for the length of the import; see write_rows(). */
static const struct
{
  const char *name;
  const char *drop;
} row_triggers[] = {
  { "ideas_done_gate_insert", "DROP TRIGGER ideas_done_gate_insert" },
  { "idea_tags_INSERT_touch", "DROP TRIGGER idea_tags_INSERT_touch" },
  { "votes_within_budget", "DROP TRIGGER votes_within_budget" },
  { "votes_INSERT_touch", "DROP TRIGGER votes_INSERT_touch" },
};

typedef struct
{
  gint64  id;
  char   *name;   /* as the workshop has it */
} Tag;

typedef struct
{
  TpCsvIdea   idea;
  gint64      id;
  int         rank;
  const char *uuid;
} IdeaRow;

typedef struct
{
  gint64 id;
  gint64 tag_id;
  int    position;
} LinkRow;

typedef struct
{
  gint64 idea_id;
  gint64 participant_id;
  guint  dots;
} VoteRow;

typedef struct _Import Import;

/* Binds one row's values from the parameter @first on. */
typedef void (*BindRowFunc) (Import        *import,
                             sqlite3_stmt  *stmt,
                             int            first,
                             gconstpointer  row);

/* Rows read but not yet written, and the statements that write them. */
typedef struct
{
  const char  *insert_one;
  const char  *insert_batch;
  int          n_params;
  BindRowFunc  bind;
  GArray      *rows;
} Pending;

struct _Import
{
  TpStore    *store;
  gint64      workshop_id;
  gboolean    anonymous;
  gboolean    batched;
  char       *now;
  GHashTable *tag_keys;    /* casefolded name → Tag */
  GHashTable *tag_names;   /* name as the file spells it → Tag, not owned */
  TpImportVoters voters;   /* who the votes go to */
  GPtrArray  *triggers;    /* the SQL of those set aside */
  Pending     ideas;
  Pending     links;
  Pending     votes;
  TpStoreBulk bulk;
};

static Tag *
tag_new (gint64      id,
         const char *name)
{
  Tag *tag = g_new (Tag, 1);

  tag->id = id;
  tag->name = g_strdup (name);
  return tag;
}

static void
tag_free (gpointer data)
{
  Tag *tag = data;

  g_free (tag->name);
  g_free (tag);
}

static void
import_clear (Import *import)
{
  g_clear_pointer (&import->now, g_free);
  g_clear_pointer (&import->tag_keys, g_hash_table_unref);
  g_clear_pointer (&import->tag_names, g_hash_table_unref);
  tp_import_voters_clear (&import->voters);
  g_clear_pointer (&import->triggers, g_ptr_array_unref);
  g_clear_pointer (&import->ideas.rows, g_array_unref);
  g_clear_pointer (&import->links.rows, g_array_unref);
  g_clear_pointer (&import->votes.rows, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

static gboolean
load_tags (Import  *import,
           GError **error)
{
  sqlite3_stmt *stmt = tp_store_prepare (import->store, "SELECT id, key, name FROM tags WHERE workshop_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, import->workshop_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (import->tag_keys, g_strdup (tp_store_column_text (stmt, 1)),
                         tag_new (sqlite3_column_int64 (stmt, 0), tp_store_column_text (stmt, 2)));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (import->store), rc, error);
      return FALSE;
    }

  return TRUE;
}

/* A row for each participant that holds some of the idea's @votes: one,
 * unless they fill a participant up and go on to the next. */
static gboolean
add_votes (Import  *import,
           gint64   idea_id,
           guint    votes,
           GError **error)
{
  while (votes > 0)
    {
      VoteRow vote = { idea_id, 0, 0 };

      vote.dots = tp_import_voters_take (&import->voters, votes, &vote.participant_id, error);
      if (vote.dots == 0)
        return FALSE;
      g_array_append_val (import->votes.rows, vote);
      votes -= vote.dots;
    }

  return TRUE;
}

static Tag *
add_tag (Import      *import,
         const char  *name,
         GError     **error)
{
  g_autofree char *key = g_utf8_casefold (name, -1);
  Tag *tag = g_hash_table_lookup (import->tag_keys, key);

  if (tag == NULL)
    {
      sqlite3_stmt *stmt = tp_store_prepare (import->store,
                                             "INSERT INTO tags (workshop_id, name, key, colour) VALUES (?1, ?2, ?3, ?4)",
                                             error);

      if (stmt == NULL)
        return NULL;

      sqlite3_bind_int64 (stmt, 1, import->workshop_id);
      tp_store_bind_text (stmt, 2, name);
      tp_store_bind_text (stmt, 3, key);
      tp_store_bind_text (stmt, 4, tp_tag_pick_colour (key));
      if (!tp_store_step_done (import->store, stmt, error))
        return NULL;

      tag = tag_new (sqlite3_last_insert_rowid (tp_store_get_db (import->store)), name);
      g_hash_table_insert (import->tag_keys, g_steal_pointer (&key), tag);
    }

  g_hash_table_insert (import->tag_names, g_strdup (name), tag);
  return tag;
}

/* Most rows repeat tags that earlier rows brought, spelled the same.
 * @names, when given, gets each tag's name as the workshop has it. */
static gboolean
add_links (Import              *import,
           gint64               idea_id,
           const char * const  *tags,
           const char         **names,
           GError             **error)
{
  for (guint i = 0; tags[i] != NULL; i++)
    {
      Tag *tag = g_hash_table_lookup (import->tag_names, tags[i]);
      LinkRow link;

      if (tag == NULL && !(tag = add_tag (import, tags[i], error)))
        return FALSE;

      link = (LinkRow) { idea_id, tag->id, i };
      g_array_append_val (import->links.rows, link);
      if (names != NULL)
        names[i] = tag->name;
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

static void
bind_idea (Import        *import,
           sqlite3_stmt  *stmt,
           int            first,
           gconstpointer  data)
{
  const IdeaRow *row = data;
  const TpCsvIdea *idea = &row->idea;
  const TpScores *s = &idea->scores;

  sqlite3_bind_int64 (stmt, first, row->id);
  sqlite3_bind_text (stmt, first + 1, row->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, first + 2, import->workshop_id);
  sqlite3_bind_text (stmt, first + 3, idea->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 4, idea->details, -1, SQLITE_STATIC);
  if (idea->author != NULL)
    sqlite3_bind_text (stmt, first + 5, idea->author, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 6, tp_idea_status_to_string (idea->status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 7, import->now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, first + 8, import->now, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, first + 9, row->rank);
  if (s->impact > 0)
    sqlite3_bind_int (stmt, first + 10, s->impact);
  if (s->effort > 0)
    sqlite3_bind_int (stmt, first + 11, s->effort);
  bind_optional_double (stmt, first + 12, s->rice_reach);
  bind_optional_double (stmt, first + 13, s->rice_impact);
  if (s->rice_confidence >= 0)
    sqlite3_bind_int (stmt, first + 14, s->rice_confidence);
  bind_optional_double (stmt, first + 15, s->rice_effort);
  if (s->moscow != TP_MOSCOW_NONE)
    sqlite3_bind_text (stmt, first + 16, tp_moscow_to_string (s->moscow), -1, SQLITE_STATIC);
}

static void
bind_link (Import        *import,
           sqlite3_stmt  *stmt,
           int            first,
           gconstpointer  data)
{
  const LinkRow *row = data;

  sqlite3_bind_int64 (stmt, first, row->id);
  sqlite3_bind_int64 (stmt, first + 1, row->tag_id);
  sqlite3_bind_int (stmt, first + 2, row->position);
}

static void
bind_vote (Import        *import,
           sqlite3_stmt  *stmt,
           int            first,
           gconstpointer  data)
{
  const VoteRow *row = data;

  sqlite3_bind_int64 (stmt, first, row->idea_id);
  sqlite3_bind_int64 (stmt, first + 1, row->participant_id);
  sqlite3_bind_int (stmt, first + 2, row->dots);
  sqlite3_bind_text (stmt, first + 3, import->now, -1, SQLITE_STATIC);
}

static void
clear_idea_row (gpointer data)
{
  tp_csv_idea_clear (&((IdeaRow *)data)->idea);
}

static void
pending_init (Pending     *pending,
              const char  *insert_one,
              const char  *insert_batch,
              int          n_params,
              BindRowFunc  bind,
              gsize        row_size)
{
  pending->insert_one = insert_one;
  pending->insert_batch = insert_batch;
  pending->n_params = n_params;
  pending->bind = bind;
  pending->rows = g_array_sized_new (FALSE, FALSE, row_size, 2 * BATCH_ROWS);
}

/* Writes the full batches of @pending, and with @all the rest too. */
static gboolean
write_pending (Import   *import,
               Pending  *pending,
               gboolean  all,
               GError  **error)
{
  GArray *rows = pending->rows;
  guint done = 0;

  while (rows->len - done >= BATCH_ROWS || (all && done < rows->len))
    {
      guint n = import->batched && rows->len - done >= BATCH_ROWS ? BATCH_ROWS : 1;
      sqlite3_stmt *stmt = tp_store_prepare (import->store,
                                             n > 1 ? pending->insert_batch : pending->insert_one,
                                             error);

      if (stmt == NULL)
        return FALSE;

      for (guint k = 0; k < n; k++)
        pending->bind (import, stmt, 1 + k * pending->n_params,
                       rows->data + (gsize)(done + k) * g_array_get_element_size (rows));
      if (!tp_store_step_done (import->store, stmt, error))
        return FALSE;

      done += n;
    }

  g_array_remove_range (rows, 0, done);
  return TRUE;
}

/* Ideas first: the tags and votes name them. */
static gboolean
write_all_pending (Import   *import,
                   gboolean  all,
                   GError  **error)
{
  return write_pending (import, &import->ideas, all, error) &&
         write_pending (import, &import->links, all, error) &&
         write_pending (import, &import->votes, all, error);
}

static gboolean
set_triggers_aside (Import  *import,
                    GError **error)
{
  sqlite3 *db = tp_store_get_db (import->store);

  for (guint i = 0; i < G_N_ELEMENTS (row_triggers); i++)
    {
      sqlite3_stmt *stmt = tp_store_prepare (import->store,
                                             "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1",
                                             error);
      g_autoptr(GError) local_error = NULL;
      char *sql;

      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_text (stmt, 1, row_triggers[i].name, -1, SQLITE_STATIC);
      if (!tp_store_step_row (import->store, stmt, &local_error))
        {
          sqlite3_reset (stmt);
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          continue;
        }
      sql = g_strdup (tp_store_column_text (stmt, 0));
      sqlite3_reset (stmt);

      g_ptr_array_add (import->triggers, sql);
      if (!tp_store_exec_sql (db, row_triggers[i].drop, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
restore_triggers (Import  *import,
                  GError **error)
{
  for (guint i = 0; i < import->triggers->len; i++)
    if (!tp_store_exec_sql (tp_store_get_db (import->store), g_ptr_array_index (import->triggers, i), error))
      return FALSE;

  return TRUE;
}

/* One number, from @sql that may take the workshop as ?1. */
static gboolean
query_number (Import      *import,
              const char  *sql,
              gint64      *value,
              GError     **error)
{
  sqlite3_stmt *stmt = tp_store_prepare (import->store, sql, error);

  if (stmt == NULL)
    return FALSE;

  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, import->workshop_id);
  if (!tp_store_step_row (import->store, stmt, error))
    {
      sqlite3_reset (stmt);
      if (error != NULL && *error == NULL)
        tp_store_set_error (tp_store_get_db (import->store), SQLITE_ERROR, error);
      return FALSE;
    }

  *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static TpIdea *
new_idea_object (Import              *import,
                 const IdeaRow       *row,
                 const char * const  *tags)
{
  const TpCsvIdea *idea = &row->idea;
  const TpScores *s = &idea->scores;

  return g_object_new (TP_TYPE_IDEA,
                       "id", row->id,
                       "workshop-id", import->workshop_id,
                       "uuid", row->uuid,
                       "title", idea->title,
                       "details", idea->details,
                       "author", idea->author,
                       "tags", tags,
                       "status", idea->status,
                       "created-at", import->now,
                       "updated-at", import->now,
                       "journey-revision", (gint64)1,
                       "rank", row->rank,
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
  guint64 high;
  guint64 low;
} RawUuid;

/* By their first 64 bits, a byte at a time from the last: two uuids
 * that share those bits are as good as never drawn. */
static void
sort_uuids (RawUuid *raw,
            guint    n)
{
  g_autofree RawUuid *other = tp_malloc_large ((gsize)n * sizeof (RawUuid));
  RawUuid *from = raw, *to = other;

  for (guint shift = 0; shift < 64; shift += 8)
    {
      guint starts[256] = { 0 };
      RawUuid *swap;
      guint total = 0;

      for (guint i = 0; i < n; i++)
        starts[(from[i].high >> shift) & 0xFF]++;
      for (guint b = 0; b < 256; b++)
        {
          guint count = starts[b];

          starts[b] = total;
          total += count;
        }
      for (guint i = 0; i < n; i++)
        to[starts[(from[i].high >> shift) & 0xFF]++] = from[i];

      swap = from, from = to, to = swap;
    }

  /* Eight passes end where they began. */
  g_assert (from == raw);
}

/* Random (version 4) uuids, handed out in sorted order so that the
 * inserts into the uuid index stay at its end: most of the cost of a
 * large import otherwise. Each is 36 characters and a NUL. */
static char *
sorted_uuids (guint n)
{
  static const char hex[] = "0123456789abcdef";
  g_autoptr(GRand) rand = g_rand_new ();
  g_autofree RawUuid *raw = tp_malloc_large ((gsize)n * sizeof (RawUuid));
  char *text = tp_malloc_large ((gsize)n * 37);

  for (guint i = 0; i < n; i++)
    {
      raw[i].high = (guint64)g_rand_int (rand) << 32 | g_rand_int (rand);
      raw[i].low = (guint64)g_rand_int (rand) << 32 | g_rand_int (rand);
      raw[i].high = (raw[i].high & ~G_GUINT64_CONSTANT (0xF000)) | 0x4000;
      raw[i].low = (raw[i].low & ~(G_GUINT64_CONSTANT (3) << 62)) | G_GUINT64_CONSTANT (1) << 63;
    }
  sort_uuids (raw, n);

  /* Lower-case hex as g_uuid_string_random() writes it; by hand, since
   * g_snprintf() for each took longer than making them all. */
  for (guint i = 0; i < n; i++)
    {
      char *out = text + (gsize)i * 37;

      for (guint b = 0; b < 16; b++)
        {
          guint8 byte = (b < 8 ? raw[i].high : raw[i].low) >> (56 - 8 * (b % 8));

          if (b == 4 || b == 6 || b == 8 || b == 10)
            *out++ = '-';
          *out++ = hex[byte >> 4];
          *out++ = hex[byte & 0xF];
        }
      *out = '\0';
    }

  return text;
}

/* Inside the transaction; the caller rolls back on failure.
 *
 * The rules of the triggers set aside hold all the same: a new idea is
 * never done (the reader makes the file's done rows in progress, and the
 * loop refuses any other), each participant's votes stay within its
 * budget (no participant gets more than the largest budget, counting the
 * votes tp_import_voters_load() found, and tp_import_voters_settle() has
 * the database check each budget it changes), votes go only to the workshop's own
 * participants, and the ideas written are new, so their updated_at is
 * already now.
 *
 * So do the foreign keys: the ideas, tags and participants written belong
 * to the workshop, which is checked here; each tag link and vote names an
 * idea written here and a tag or participant of the workshop that this
 * transaction read or wrote. */
static gboolean
write_rows (Import       *import,
            TpCsvImport  *csv,
            const char   *uuids,
            GPtrArray    *objects,
            GError      **error)
{
  guint n_rows = tp_csv_import_get_n_rows (csv);
  g_autofree const char **names = NULL;
  gint64 n_workshops, rank, first_id;

  /* The one reference the import does not make itself, checked once
   * since foreign keys are off; the message is the database's own. */
  if (!query_number (import, "SELECT count (*) FROM workshops WHERE id = ?1", &n_workshops, error))
    return FALSE;
  if (n_workshops != 1)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID, _("The change does not fit the data already there: %s"),
                   "FOREIGN KEY constraint failed");
      return FALSE;
    }

  if (!query_number (import, "SELECT coalesce (max (rank) + 1, 0) FROM ideas WHERE workshop_id = ?1", &rank, error) ||
      !query_number (import, "SELECT coalesce (max (id), 0) + 1 FROM ideas", &first_id, error) ||
      !load_tags (import, error) ||
      !tp_import_voters_load (&import->voters, error) ||
      !set_triggers_aside (import, error))
    return FALSE;

  for (guint r = 0; r < n_rows; r++)
    {
      IdeaRow row = { .id = first_id + r, .rank = rank + r, .uuid = uuids + (gsize)r * 37 };
      IdeaRow *pending;

      if (!tp_csv_import_read_idea (csv, r, &row.idea, error))
        return FALSE;

      if (row.idea.status == TP_IDEA_STATUS_DONE)
        {
          tp_csv_idea_clear (&row.idea);
          g_set_error (error, TP_ERROR, TP_ERROR_REFUSED, _("The database refused the change: %s"),
                       "done-gate: a new idea has no walks yet");
          return FALSE;
        }

      if (import->anonymous)
        row.idea.author = NULL;

      g_array_append_val (import->ideas.rows, row);
      pending = &g_array_index (import->ideas.rows, IdeaRow, import->ideas.rows->len - 1);
      if (objects != NULL)
        names = g_renew (const char *, names, row.idea.n_tags + 1);

      if (!add_links (import, row.id, row.idea.tags, names, error) ||
          !add_votes (import, row.id, row.idea.votes, error))
        {
          g_prefix_error (error, _("line %u: "), pending->idea.line);
          return FALSE;
        }

      if (objects != NULL)
        {
          names[row.idea.n_tags] = NULL;
          g_ptr_array_add (objects, new_idea_object (import, pending, names));
        }

      if (import->ideas.rows->len == BATCH_ROWS)
        {
          if (!write_all_pending (import, FALSE, error))
            return FALSE;
          if ((r + 1) % WRITTEN_HINT_ROWS == 0)
            tp_store_bulk_written (import->store, &import->bulk);
        }
    }

  return write_all_pending (import, TRUE, error) &&
         tp_import_voters_settle (&import->voters, error) &&
         restore_triggers (import, error) &&
         tp_store_commit (import->store, error);
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
  import.tag_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, tag_free);
  import.tag_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  tp_import_voters_init (&import.voters, self, import.workshop_id);
  import.triggers = g_ptr_array_new_with_free_func (g_free);
  import.anonymous = tp_workshop_get_anonymous (workshop);
  import.batched = sqlite3_limit (tp_store_get_db (self), SQLITE_LIMIT_VARIABLE_NUMBER, -1) >=
                   BATCH_ROWS * IDEA_PARAMS;
  pending_init (&import.ideas, INSERT_IDEAS IDEA_ROW, INSERT_IDEAS TIMES_BATCH (IDEA_ROW),
                IDEA_PARAMS, bind_idea, sizeof (IdeaRow));
  g_array_set_clear_func (import.ideas.rows, clear_idea_row);
  pending_init (&import.links, INSERT_LINKS LINK_ROW, INSERT_LINKS TIMES_BATCH (LINK_ROW),
                LINK_PARAMS, bind_link, sizeof (LinkRow));
  pending_init (&import.votes, INSERT_VOTES VOTE_ROW, INSERT_VOTES TIMES_BATCH (VOTE_ROW),
                VOTE_PARAMS, bind_vote, sizeof (VoteRow));
  n_rows = tp_csv_import_get_n_rows (csv);
  uuids = sorted_uuids (n_rows);

  /* Objects only for a model someone is showing; others load later. */
  ideas = tp_store_peek_ideas (self, import.workshop_id);
  if (ideas != NULL)
    objects = g_ptr_array_new_full (n_rows, g_object_unref);

  tp_store_bulk_begin (self, n_rows >= WRITTEN_HINT_ROWS, &import.bulk);
  if (tp_store_begin (self, error))
    {
      done = write_rows (&import, csv, uuids, objects, error);
      if (!done)
        tp_store_rollback (self);
    }
  tp_store_bulk_end (self, &import.bulk, done);

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
