/* tp-store-votes.c — participants, their vote budgets and their dots on ideas
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-store-private.h"

#define PARTICIPANT_NAME_MAX 100
#define VOTE_BUDGET_MAX 99

/* Participants and votes */

static TpParticipant *
participant_from_row (sqlite3_stmt *stmt)
{
  return g_object_new (TP_TYPE_PARTICIPANT,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "workshop-id", sqlite3_column_int64 (stmt, 1),
                       "uuid", tp_store_column_text (stmt, 2),
                       "name", tp_store_column_text (stmt, 3),
                       "budget", (guint)sqlite3_column_int (stmt, 4),
                       "used", (guint)sqlite3_column_int (stmt, 5),
                       NULL);
}

#define PARTICIPANT_SQL \
  "SELECT p.id, p.workshop_id, p.uuid, p.name, p.vote_budget, " \
  "  (SELECT coalesce (sum (v.dots), 0) FROM votes v JOIN ideas i ON i.id = v.idea_id " \
  "   WHERE v.participant_id = p.id AND i.trashed_at IS NULL) " \
  "FROM participants p "

void
tp_store_sync_participants (TpStore *self,
                            gint64   workshop_id)
{
  GListStore *participants = tp_store_peek_model (self, TP_STORE_PARTICIPANTS, workshop_id);
  g_autoptr(GListStore) fresh = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (participants == NULL)
    return;

  stmt = tp_store_prepare (self, PARTICIPANT_SQL "WHERE p.workshop_id = ?1 ORDER BY p.id", NULL);
  if (stmt == NULL)
    return;

  /* Read whole before the model changes: its handlers may use the store. */
  fresh = g_list_store_new (TP_TYPE_PARTICIPANT);
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TpParticipant) participant = participant_from_row (stmt);
      g_list_store_append (fresh, participant);
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    tp_store_reconcile (participants, G_LIST_MODEL (fresh));
  else
    g_message ("Could not read the participants of workshop %" G_GINT64_FORMAT ": %s",
               workshop_id, sqlite3_errstr (rc));
}

GListModel *
tp_store_get_participants (TpStore    *self,
                           TpWorkshop *workshop)
{
  GListStore *participants;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  participants = tp_store_peek_model (self, TP_STORE_PARTICIPANTS, tp_workshop_get_id (workshop));
  if (participants == NULL)
    {
      g_autoptr(GListStore) created = g_list_store_new (TP_TYPE_PARTICIPANT);

      tp_store_keep_model (self, TP_STORE_PARTICIPANTS, tp_workshop_get_id (workshop), created);
      tp_store_sync_participants (self, tp_workshop_get_id (workshop));
      participants = created;
    }

  return G_LIST_MODEL (participants);
}

TpParticipant *
tp_store_find_participant (TpStore     *self,
                           TpWorkshop  *workshop,
                           const char  *name,
                           GError     **error)
{
  GListModel *participants;
  g_autofree char *key = NULL;
  guint n;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  participants = tp_store_get_participants (self, workshop);
  key = g_utf8_casefold (name, -1);
  n = g_list_model_get_n_items (participants);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpParticipant) participant = g_list_model_get_item (participants, i);
      g_autofree char *other = g_utf8_casefold (tp_participant_get_name (participant), -1);

      if (g_strcmp0 (key, other) == 0)
        return participant;
    }

  g_set_error (error, TP_ERROR, TP_ERROR_NOT_FOUND,
               _("The workshop has no participant called “%s”"), name);
  return NULL;
}

static gboolean
check_participant (const char  *name,
                   guint        budget,
                   char       **checked,
                   GError     **error)
{
  if (!(*checked = tp_store_check_text (name, _("participant’s name"), TRUE, PARTICIPANT_NAME_MAX, error)))
    return FALSE;

  if (budget > VOTE_BUDGET_MAX)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("A vote budget must be from 0 to %d, not %u"), VOTE_BUDGET_MAX, budget);
      return FALSE;
    }

  return TRUE;
}

/* Writes a participant, found again by the casefolded @name, inside the
 * caller's transaction; @imported is the number of a CSV import's own, or
 * 0. Returns SQLITE_DONE, with the new id as the last insert rowid, or
 * SQLite's code, a constraint's when the name is taken. */
int
tp_store_insert_participant (TpStore    *self,
                             const char *uuid,
                             gint64      workshop_id,
                             const char *name,
                             guint       budget,
                             gint64      imported)
{
  g_autofree char *key = g_utf8_casefold (name, -1);
  sqlite3_stmt *stmt;
  int rc;

  stmt = tp_store_prepare (self,
                           "INSERT INTO participants (uuid, workshop_id, name, key, vote_budget, imported) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                           NULL);
  if (stmt == NULL)
    return sqlite3_errcode (tp_store_get_db (self));

  tp_store_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, workshop_id);
  tp_store_bind_text (stmt, 3, name);
  tp_store_bind_text (stmt, 4, key);
  sqlite3_bind_int (stmt, 5, budget);
  if (imported > 0)
    sqlite3_bind_int64 (stmt, 6, imported);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  return rc;
}

TpParticipant *
tp_store_add_participant (TpStore     *self,
                          TpWorkshop  *workshop,
                          const char  *name,
                          guint        budget,
                          GError     **error)
{
  g_autofree char *checked = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  int rc;

  g_return_val_if_fail (TP_IS_STORE (self), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  if (!check_participant (name, budget, &checked, error) || !tp_store_begin (self, error))
    return NULL;

  rc = tp_store_insert_participant (self, uuid, tp_workshop_get_id (workshop), checked, budget, 0);
  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("The workshop already has a participant called “%s”"), checked);
      goto fail;
    }
  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      goto fail;
    }

  if (!tp_store_commit (self, error))
    goto fail;

  tp_store_get_participants (self, workshop);
  tp_store_sync_participants (self, tp_workshop_get_id (workshop));
  return tp_store_find_participant (self, workshop, checked, error);

fail:
  tp_store_rollback (self);
  return NULL;
}

gboolean
tp_store_update_participant (TpStore        *self,
                             TpParticipant  *participant,
                             const char     *name,
                             guint           budget,
                             GError        **error)
{
  g_autofree char *checked = NULL;
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_PARTICIPANT (participant), FALSE);

  if (!check_participant (name, budget, &checked, error))
    return FALSE;

  if (budget < tp_participant_get_used (participant))
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s has already placed %u vote; take it back before lowering the budget to %u",
                                "%s has already placed %u votes; take some back before lowering the budget to %u",
                                tp_participant_get_used (participant)),
                   tp_participant_get_name (participant), tp_participant_get_used (participant), budget);
      return FALSE;
    }

  if (!tp_store_begin (self, error))
    return FALSE;

  key = g_utf8_casefold (checked, -1);
  stmt = tp_store_prepare (self,
                           "UPDATE participants SET name = ?2, key = ?3, vote_budget = ?4 WHERE id = ?1",
                           error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, tp_participant_get_id (participant));
  tp_store_bind_text (stmt, 2, checked);
  tp_store_bind_text (stmt, 3, key);
  sqlite3_bind_int (stmt, 4, budget);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("The workshop already has a participant called “%s”"), checked);
      goto fail;
    }
  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      goto fail;
    }

  if (!tp_store_commit (self, error))
    goto fail;

  tp_store_sync_participants (self, tp_participant_get_workshop_id (participant));
  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

/* Votes on the loaded ideas of a workshop, after participants change. */
void
tp_store_sync_idea_votes (TpStore *self,
                 gint64   workshop_id,
                 gint64   only_idea)
{
  GListStore *ideas = tp_store_peek_ideas (self, workshop_id);
  sqlite3_stmt *stmt;
  guint n;

  if (ideas == NULL)
    return;

  stmt = tp_store_prepare (self, "SELECT coalesce (sum (dots), 0) FROM votes WHERE idea_id = ?1", NULL);
  if (stmt == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (ideas));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (G_LIST_MODEL (ideas), i);
      guint votes = 0;

      if (only_idea != 0 && tp_idea_get_id (idea) != only_idea)
        continue;

      sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        votes = (guint)sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);

      if (votes != tp_idea_get_votes (idea))
        {
          g_object_set (idea, "votes", votes, NULL);
          tp_store_announce_changed (ideas, idea);
        }
    }
}

gboolean
tp_store_delete_participant (TpStore        *self,
                             TpParticipant  *participant,
                             GError        **error)
{
  g_autoptr(TpParticipant) keep = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_PARTICIPANT (participant), FALSE);

  if (!tp_store_begin (self, error))
    return FALSE;

  if (!(stmt = tp_store_prepare (self, "DELETE FROM participants WHERE id = ?1", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, tp_participant_get_id (participant));
  if (!tp_store_step_done (self, stmt, error) || !tp_store_commit (self, error))
    goto fail;

  keep = g_object_ref (participant);
  tp_store_sync_participants (self, tp_participant_get_workshop_id (participant));
  tp_store_sync_idea_votes (self, tp_participant_get_workshop_id (participant), 0);
  tp_store_sync_clusters (self, tp_participant_get_workshop_id (participant));
  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

guint
tp_store_count_votes (TpStore       *self,
                      TpIdea        *idea,
                      TpParticipant *participant)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  g_return_val_if_fail (TP_IS_STORE (self), 0);
  g_return_val_if_fail (TP_IS_IDEA (idea), 0);
  g_return_val_if_fail (TP_IS_PARTICIPANT (participant), 0);

  stmt = tp_store_prepare (self, "SELECT dots FROM votes WHERE idea_id = ?1 AND participant_id = ?2", NULL);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
  sqlite3_bind_int64 (stmt, 2, tp_participant_get_id (participant));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint)sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return n;
}

/* Adds @dots of a participant's dots to an idea, inside the caller's
 * transaction; on an idea that has some of theirs already, their number
 * grows. The database's rules judge either way: returns SQLITE_DONE, or
 * a constraint's code when they refuse. */
int
tp_store_insert_dots (TpStore    *self,
                      gint64      idea_id,
                      gint64      participant_id,
                      guint       dots,
                      const char *created_at)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = tp_store_prepare (self,
                           "INSERT INTO votes (idea_id, participant_id, dots, created_at) VALUES (?1, ?2, ?3, ?4) "
                           "ON CONFLICT (idea_id, participant_id) DO UPDATE SET dots = dots + excluded.dots",
                           NULL);
  if (stmt == NULL)
    return sqlite3_errcode (tp_store_get_db (self));

  sqlite3_bind_int64 (stmt, 1, idea_id);
  sqlite3_bind_int64 (stmt, 2, participant_id);
  sqlite3_bind_int64 (stmt, 3, dots);
  tp_store_bind_text (stmt, 4, created_at);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  return rc;
}

/**
 * tp_store_add_votes:
 * @count: how many dots, at least 1
 *
 * Puts @count of @participant's dots on @idea, all of them or none.
 * Refused (TP_ERROR_REFUSED) when the participant has fewer votes left.
 */
gboolean
tp_store_add_votes (TpStore        *self,
                    TpIdea         *idea,
                    TpParticipant  *participant,
                    guint           count,
                    GError        **error)
{
  g_autofree char *now = tp_store_now ();
  int rc;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_IDEA (idea), FALSE);
  g_return_val_if_fail (TP_IS_PARTICIPANT (participant), FALSE);
  g_return_val_if_fail (count >= 1, FALSE);

  if (tp_participant_get_workshop_id (participant) != tp_idea_get_workshop_id (idea))
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("%s takes part in another workshop"), tp_participant_get_name (participant));
      return FALSE;
    }

  if (!tp_store_begin (self, error))
    return FALSE;

  rc = tp_store_insert_dots (self, tp_idea_get_id (idea), tp_participant_get_id (participant), count, now);

  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_REFUSED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s has used their %u vote: take one back to vote for “%s”",
                                "%s has used all %u votes: take one back to vote for “%s”",
                                tp_participant_get_budget (participant)),
                   tp_participant_get_name (participant), tp_participant_get_budget (participant),
                   tp_idea_get_title (idea));
      goto fail;
    }
  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (tp_store_get_db (self), rc, error);
      goto fail;
    }

  if (!tp_store_commit (self, error))
    goto fail;

  tp_store_sync_participants (self, tp_idea_get_workshop_id (idea));
  tp_store_sync_idea_votes (self, tp_idea_get_workshop_id (idea), tp_idea_get_id (idea));
  tp_store_sync_clusters (self, tp_idea_get_workshop_id (idea));
  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}

gboolean
tp_store_add_vote (TpStore        *self,
                   TpIdea         *idea,
                   TpParticipant  *participant,
                   GError        **error)
{
  return tp_store_add_votes (self, idea, participant, 1, error);
}

gboolean
tp_store_remove_vote (TpStore        *self,
                      TpIdea         *idea,
                      TpParticipant  *participant,
                      GError        **error)
{
  static const char * const take_back[] = {
    "UPDATE votes SET dots = dots - 1 WHERE idea_id = ?1 AND participant_id = ?2 AND dots > 1",
    "DELETE FROM votes WHERE idea_id = ?1 AND participant_id = ?2",
  };
  gboolean taken = FALSE;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TP_IS_STORE (self), FALSE);
  g_return_val_if_fail (TP_IS_IDEA (idea), FALSE);
  g_return_val_if_fail (TP_IS_PARTICIPANT (participant), FALSE);

  if (!tp_store_begin (self, error))
    return FALSE;

  /* One dot fewer, and the row goes with its last dot. */
  for (guint i = 0; !taken && i < G_N_ELEMENTS (take_back); i++)
    {
      if (!(stmt = tp_store_prepare (self, take_back[i], error)))
        goto fail;

      sqlite3_bind_int64 (stmt, 1, tp_idea_get_id (idea));
      sqlite3_bind_int64 (stmt, 2, tp_participant_get_id (participant));
      if (!tp_store_step_done (self, stmt, error))
        goto fail;
      taken = sqlite3_changes (tp_store_get_db (self)) > 0;
    }

  if (!taken)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("%s has no vote on “%s” to take back"),
                   tp_participant_get_name (participant), tp_idea_get_title (idea));
      goto fail;
    }

  if (!tp_store_commit (self, error))
    goto fail;

  tp_store_sync_participants (self, tp_idea_get_workshop_id (idea));
  tp_store_sync_idea_votes (self, tp_idea_get_workshop_id (idea), tp_idea_get_id (idea));
  tp_store_sync_clusters (self, tp_idea_get_workshop_id (idea));
  return TRUE;

fail:
  tp_store_rollback (self);
  return FALSE;
}
