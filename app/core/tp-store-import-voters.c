/* tp-store-import-voters.c — the participants who hold a CSV import's votes
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Votes from a file are dots of a participant called "Imported"; the
 * database caps a vote budget at 99, so when a file brings more votes
 * they go on to "Imported 2", "Imported 3" and so on. The names are in
 * the language the app runs in, but each such participant also has its
 * number in participants.imported, and that is how later imports find it
 * again: the same participants, whatever language each import ran in,
 * and even after a rename.
 *
 * Participants made before that column (schema 10), or merged in from a
 * file that lost it, are found by their names, in every language the app
 * has been translated into. The participants found are filled up first,
 * in the order they were made; each one's budget ends up covering its
 * votes and never drops.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-store-private.h"

#define VOTE_BUDGET_MAX 99

/* "Imported" in the source and in each language of po/LINGUAS, casefolded;
 * the current language's word counts too, should it be missing here.
 * test-csv-participants checks this against the catalogues. */
static const char * const imported_names[] = {
  "imported",   /* en, en_GB */
  "import",     /* de */
};

typedef struct
{
  gint64   id;
  guint    used;
  guint    budget;   /* as it was before the import; 0 for a new one */
  guint    stored;   /* as the row has it now */
  gboolean gained;   /* votes from this file */
} Voter;

void
tp_import_voters_init (TpImportVoters *voters,
                       TpStore        *store,
                       gint64          workshop_id)
{
  voters->store = store;
  voters->workshop_id = workshop_id;
  voters->voters = g_array_new (FALSE, FALSE, sizeof (Voter));
  voters->voter = 0;
  voters->next_number = 1;
}

void
tp_import_voters_clear (TpImportVoters *voters)
{
  g_clear_pointer (&voters->voters, g_array_unref);
}

/* 0 unless @key is the base name or "base N"; then 1 or N. */
static guint
number_after (const char *key,
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

/* The number in a name the import gave in some language, or 0. */
static guint
number_in_name (const char *key,
                const char *current)
{
  guint number = number_after (key, current);

  for (guint i = 0; i < G_N_ELEMENTS (imported_names) && number == 0; i++)
    number = number_after (key, imported_names[i]);

  return number;
}

/**
 * tp_import_voters_load:
 *
 * Finds the workshop's participants that earlier imports made, inside
 * the import's transaction.
 */
gboolean
tp_import_voters_load (TpImportVoters  *voters,
                       GError         **error)
{
  g_autofree char *current = g_utf8_casefold (_("Imported"), -1);
  sqlite3_stmt *stmt;
  int rc;

  stmt = tp_store_prepare (voters->store,
                           "SELECT p.id, p.key, p.vote_budget, "
                           "  (SELECT coalesce (sum (v.dots), 0) FROM votes v JOIN ideas i ON i.id = v.idea_id "
                           "   WHERE v.participant_id = p.id AND i.trashed_at IS NULL), "
                           "  p.imported "
                           "FROM participants p WHERE p.workshop_id = ?1 ORDER BY p.id",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, voters->workshop_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint number = sqlite3_column_type (stmt, 4) == SQLITE_NULL
                     ? number_in_name (tp_store_column_text (stmt, 1), current)
                     : (guint)MIN (sqlite3_column_int64 (stmt, 4), G_MAXUINT - 1);
      Voter voter = {
        sqlite3_column_int64 (stmt, 0),
        sqlite3_column_int (stmt, 3),
        sqlite3_column_int (stmt, 2),
        sqlite3_column_int (stmt, 2),
        FALSE,
      };

      if (number == 0)
        continue;

      voters->next_number = MAX (voters->next_number, number + 1);
      g_array_append_val (voters->voters, voter);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (voters->store), rc, error);
      return FALSE;
    }

  return TRUE;
}

/* With the largest budget, which it keeps when the file fills it up, as
 * it fills all but the last new one; tp_import_voters_settle() lowers the
 * rest to the votes they got. Named in the language the app runs in. */
static gboolean
add_voter (TpImportVoters  *voters,
           GError         **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *name = NULL;
  Voter voter = { 0, 0, 0, VOTE_BUDGET_MAX, FALSE };
  int rc;

  if (voters->next_number == 1)
    name = g_strdup (_("Imported"));
  else
    name = g_strdup_printf (C_("participant", "%s %u"), _("Imported"), voters->next_number);
  rc = tp_store_insert_participant (voters->store, uuid, voters->workshop_id, name, voter.stored,
                                    voters->next_number);
  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (voters->store), rc, error);
      return FALSE;
    }

  voters->next_number++;
  voter.id = sqlite3_last_insert_rowid (tp_store_get_db (voters->store));
  g_array_append_val (voters->voters, voter);
  return TRUE;
}

/**
 * tp_import_voters_take:
 * @wanted: the votes an idea brings, at least 1
 * @participant: (out): who holds the ones taken
 *
 * Gives as many of @wanted as fit to the first participant with room,
 * making a new one when all are full. What does not fit fills that
 * participant up, so the next call for the rest goes on to another: an
 * idea never has two rows of one participant.
 *
 * Returns: how many were taken, from 1 to @wanted, or 0 with @error set
 */
guint
tp_import_voters_take (TpImportVoters  *voters,
                       guint            wanted,
                       gint64          *participant,
                       GError         **error)
{
  Voter *voter;
  guint taken;

  g_assert (wanted >= 1);

  while (voters->voter < voters->voters->len &&
         g_array_index (voters->voters, Voter, voters->voter).used >= VOTE_BUDGET_MAX)
    voters->voter++;

  if (voters->voter == voters->voters->len && !add_voter (voters, error))
    return 0;

  voter = &g_array_index (voters->voters, Voter, voters->voter);
  taken = MIN (wanted, VOTE_BUDGET_MAX - voter->used);
  voter->used += taken;
  voter->gained = TRUE;
  *participant = voter->id;
  return taken;
}

/**
 * tp_import_voters_settle:
 *
 * Each budget becomes the votes its participant now has, or stays as it
 * was when that is more. Setting it runs the database's own check of the
 * budget against the votes (participants_budget_covers_votes); a budget
 * that is right already, as for each participant the file filled up, is
 * left alone, so a large file pays for one or two such checks, not one
 * per hundred votes.
 */
gboolean
tp_import_voters_settle (TpImportVoters  *voters,
                         GError         **error)
{
  for (guint i = 0; i < voters->voters->len; i++)
    {
      Voter *voter = &g_array_index (voters->voters, Voter, i);
      sqlite3_stmt *stmt;

      if (!voter->gained || MAX (voter->budget, voter->used) == voter->stored)
        continue;

      stmt = tp_store_prepare (voters->store, "UPDATE participants SET vote_budget = ?2 WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, voter->id);
      sqlite3_bind_int (stmt, 2, MAX (voter->budget, voter->used));
      if (!tp_store_step_done (voters->store, stmt, error))
        return FALSE;
    }

  return TRUE;
}
