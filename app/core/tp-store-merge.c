/* tp-store-merge.c — merging an attached workshop file into the library
 *
 * Rows with a UUID are matched by it: what is new is added, the newer
 * version of a workshop, idea or persona wins with all its parts, walks
 * are united and keep the frictions either side accepted. Walks made
 * against a version that lost are marked stale, so the gate never trusts
 * them. Merging the same file again finds nothing newer and changes
 * nothing.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-store-private.h"

/* A walk whose revision can never match again. */
#define STALE_REVISION (-1)


typedef struct
{
  TpStore    *self;
  sqlite3    *db;
  gint64      src_workshop;
  gint64      workshop;       /* in the library */
  GHashTable *personas;       /* src id → Mapped */
  GHashTable *ideas;          /* src id → Mapped */
  GHashTable *participants;   /* src id → library id */
  GHashTable *clusters;       /* src id → library id */
  guint       n_added;
  guint       n_updated;
  guint       n_votes_skipped;
  guint       n_not_done;
} Merge;

typedef struct
{
  gint64   id;        /* in the library */
  gboolean src_wins;  /* the file's version was taken */
  gboolean same;      /* both sides had the very same version */
} Mapped;

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static void
merge_clear (Merge *merge)
{
  g_clear_pointer (&merge->personas, g_hash_table_unref);
  g_clear_pointer (&merge->ideas, g_hash_table_unref);
  g_clear_pointer (&merge->participants, g_hash_table_unref);
  g_clear_pointer (&merge->clusters, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Merge, merge_clear)

static sqlite3_stmt *
prepare (Merge       *merge,
         const char  *sql,
         GError     **error)
{
  return tp_store_prepare (merge->self, sql, error);
}

static gboolean
step_done (Merge         *merge,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  return tp_store_step_done (merge->self, stmt, error);
}

/* Looks up a row of the library by uuid: its id, and its updated_at when
 * the table has one. Returns 0 when there is none. */
static gint64
find_by_uuid (Merge       *merge,
              const char  *sql,
              const char  *uuid,
              char       **updated_at)
{
  sqlite3_stmt *stmt = prepare (merge, sql, NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;

  tp_store_bind_text (stmt, 1, uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      if (updated_at)
        *updated_at = g_strdup (tp_store_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);

  return id;
}

static gboolean
merge_workshop (Merge   *merge,
                GError **error)
{
  g_autofree char *uuid = NULL;
  g_autofree char *src_updated = NULL;
  g_autofree char *updated = NULL;
  sqlite3_stmt *stmt;
  gboolean take_stages;

  stmt = prepare (merge, "SELECT uuid, updated_at FROM src.workshops WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, merge->src_workshop);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      uuid = g_strdup (tp_store_column_text (stmt, 0));
      src_updated = g_strdup (tp_store_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);

  merge->workshop = find_by_uuid (merge, "SELECT id, updated_at FROM workshops WHERE uuid = ?1",
                                  uuid, &updated);

  if (merge->workshop == 0)
    {
      stmt = prepare (merge,
                      "INSERT INTO workshops (uuid, title, question, date, facilitator, anonymous, "
                      "  created_at, updated_at, hide_votes, phase, timer_presets, hide_authors) "
                      "SELECT uuid, title, question, date, facilitator, anonymous, created_at, "
                      "  updated_at, hide_votes, phase, timer_presets, hide_authors "
                      "FROM src.workshops WHERE id = ?1",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, merge->src_workshop);
      if (!step_done (merge, stmt, error))
        return FALSE;
      merge->workshop = sqlite3_last_insert_rowid (merge->db);
      take_stages = TRUE;
    }
  else
    {
      take_stages = g_strcmp0 (src_updated, updated) > 0;
      /* A workshop in the trash comes back: the file says it is wanted. */
      stmt = prepare (merge, "UPDATE workshops SET trashed_at = NULL WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, merge->workshop);
      if (!step_done (merge, stmt, error))
        return FALSE;

      stmt = prepare (merge,
                      "UPDATE workshops SET "
                      "  (title, question, facilitator, anonymous, updated_at, hide_votes, phase, "
                      "   timer_presets, hide_authors) = "
                      "  (SELECT title, question, facilitator, anonymous, updated_at, hide_votes, "
                      "     phase, timer_presets, hide_authors FROM src.workshops s "
                      "   WHERE s.id = ?2 AND s.updated_at > workshops.updated_at) "
                      "WHERE id = ?1 AND ?3",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, merge->workshop);
      sqlite3_bind_int64 (stmt, 2, merge->src_workshop);
      sqlite3_bind_int (stmt, 3, take_stages);
      if (!step_done (merge, stmt, error))
        return FALSE;
    }

  if (!take_stages)
    return TRUE;

  if (!(stmt = prepare (merge, "DELETE FROM template_stages WHERE workshop_id = ?1", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, merge->workshop);
  if (!step_done (merge, stmt, error))
    return FALSE;

  if (!(stmt = prepare (merge,
                        "INSERT INTO template_stages (workshop_id, position, stage) "
                        "SELECT ?1, position, stage FROM src.template_stages WHERE workshop_id = ?2",
                        error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, merge->workshop);
  sqlite3_bind_int64 (stmt, 2, merge->src_workshop);
  return step_done (merge, stmt, error);
}

/* A name taken in the library by another row gets "(imported)". */
static char *
free_name (Merge       *merge,
           const char  *sql,
           const char  *name,
           const char  *key_column_value)
{
  char *candidate = g_strdup (name);

  for (guint n = 1; n < 100; n++)
    {
      sqlite3_stmt *stmt = prepare (merge, sql, NULL);
      g_autofree char *key = g_utf8_casefold (candidate, -1);
      gboolean taken = FALSE;

      if (stmt == NULL)
        break;
      sqlite3_bind_int64 (stmt, 1, merge->workshop);
      tp_store_bind_text (stmt, 2, key_column_value ? key : candidate);
      taken = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);

      if (!taken)
        break;

      g_free (candidate);
      /* Translators: a persona or participant that came from a workshop
       * file and whose name is taken; %u counts up from 1 */
      candidate = n == 1 ? g_strdup_printf (_("%s (imported)"), name)
                         : g_strdup_printf (_("%s (imported %u)"), name, n);
    }

  return candidate;
}

static gboolean
merge_personas (Merge   *merge,
                GError **error)
{
  sqlite3_stmt *list;
  int rc;

  list = prepare (merge,
                  "SELECT id, uuid, name, updated_at FROM src.personas WHERE workshop_id = ?1 ORDER BY id",
                  error);
  if (list == NULL)
    return FALSE;

  sqlite3_bind_int64 (list, 1, merge->src_workshop);
  while ((rc = sqlite3_step (list)) == SQLITE_ROW)
    {
      gint64 src_id = sqlite3_column_int64 (list, 0);
      g_autofree char *updated = NULL;
      g_autofree char *name = NULL;
      Mapped *mapped = g_new0 (Mapped, 1);
      sqlite3_stmt *stmt;
      int cmp;

      mapped->id = find_by_uuid (merge, "SELECT id, updated_at FROM personas WHERE uuid = ?1",
                                 tp_store_column_text (list, 1), &updated);
      cmp = g_strcmp0 (tp_store_column_text (list, 3), updated);
      g_hash_table_insert (merge->personas, id_key (src_id), mapped);

      if (mapped->id == 0)
        {
          name = free_name (merge, "SELECT 1 FROM personas WHERE workshop_id = ?1 AND name = ?2",
                            tp_store_column_text (list, 2), NULL);
          stmt = prepare (merge,
                          "INSERT INTO personas (uuid, workshop_id, name, summary, channels, "
                          "  digital_confidence, needs_time_to_decide, patience, relationship, "
                          "  revision, created_at, updated_at) "
                          "SELECT uuid, ?2, ?3, summary, channels, digital_confidence, "
                          "  needs_time_to_decide, patience, relationship, revision, created_at, updated_at "
                          "FROM src.personas WHERE id = ?1",
                          error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, src_id);
          sqlite3_bind_int64 (stmt, 2, merge->workshop);
          tp_store_bind_text (stmt, 3, name);
          if (!step_done (merge, stmt, error))
            return FALSE;
          mapped->id = sqlite3_last_insert_rowid (merge->db);
          mapped->src_wins = TRUE;
          merge->n_added++;
        }
      else if (cmp > 0)
        {
          /* The revision comes with the traits; main's own walks of the
           * older persona are stale from now on. */
          stmt = prepare (merge,
                          "UPDATE personas SET (summary, channels, digital_confidence, "
                          "  needs_time_to_decide, patience, relationship, revision, updated_at) = "
                          "  (SELECT summary, channels, digital_confidence, needs_time_to_decide, "
                          "     patience, relationship, revision, updated_at FROM src.personas WHERE id = ?2) "
                          "WHERE id = ?1",
                          error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, mapped->id);
          sqlite3_bind_int64 (stmt, 2, src_id);
          if (!step_done (merge, stmt, error))
            return FALSE;

          stmt = prepare (merge,
                          "UPDATE walks SET persona_revision = " G_STRINGIFY (STALE_REVISION) " "
                          "WHERE persona_id = ?1 AND uuid NOT IN "
                          "  (SELECT uuid FROM src.walks WHERE persona_id = ?2)",
                          error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, mapped->id);
          sqlite3_bind_int64 (stmt, 2, src_id);
          if (!step_done (merge, stmt, error))
            return FALSE;
          mapped->src_wins = TRUE;
          merge->n_updated++;
        }
      else
        mapped->same = cmp == 0;
    }
  sqlite3_reset (list);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (merge->db, rc, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
merge_participants_and_clusters (Merge   *merge,
                                 GError **error)
{
  sqlite3_stmt *list;
  int rc;

  list = prepare (merge, "SELECT id, uuid, name, vote_budget, imported FROM src.participants WHERE workshop_id = ?1", error);
  if (list == NULL)
    return FALSE;

  sqlite3_bind_int64 (list, 1, merge->src_workshop);
  while ((rc = sqlite3_step (list)) == SQLITE_ROW)
    {
      gint64 id = find_by_uuid (merge, "SELECT id, NULL FROM participants WHERE uuid = ?1",
                                tp_store_column_text (list, 1), NULL);
      sqlite3_stmt *stmt;

      if (id == 0)
        {
          g_autofree char *name = free_name (merge, "SELECT 1 FROM participants WHERE workshop_id = ?1 AND key = ?2",
                                             tp_store_column_text (list, 2), "key");
          g_autofree char *uuid = g_strdup (tp_store_column_text (list, 1));
          /* A CSV import's participant stays one under its new name. */
          int written = tp_store_insert_participant (merge->self, uuid, merge->workshop, name,
                                                    sqlite3_column_int (list, 3), sqlite3_column_int64 (list, 4));

          if (written != SQLITE_DONE)
            {
              tp_store_set_error (merge->db, written, error);
              return FALSE;
            }
          id = sqlite3_last_insert_rowid (merge->db);
        }
      else
        {
          stmt = prepare (merge, "UPDATE participants SET vote_budget = max (vote_budget, ?2) WHERE id = ?1", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int (stmt, 2, sqlite3_column_int (list, 3));
          if (!step_done (merge, stmt, error))
            return FALSE;
        }

      g_hash_table_insert (merge->participants, id_key (sqlite3_column_int64 (list, 0)), id_key (id));
    }
  sqlite3_reset (list);
  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (merge->db, rc, error);
      return FALSE;
    }

  list = prepare (merge, "SELECT id, uuid FROM src.clusters WHERE workshop_id = ?1", error);
  if (list == NULL)
    return FALSE;

  sqlite3_bind_int64 (list, 1, merge->src_workshop);
  while ((rc = sqlite3_step (list)) == SQLITE_ROW)
    {
      gint64 id = find_by_uuid (merge, "SELECT id, NULL FROM clusters WHERE uuid = ?1",
                                tp_store_column_text (list, 1), NULL);

      if (id == 0)
        {
          sqlite3_stmt *stmt = prepare (merge,
                                        "INSERT INTO clusters (uuid, workshop_id, name, collapsed, created_at) "
                                        "SELECT uuid, ?2, name, collapsed, created_at FROM src.clusters WHERE id = ?1",
                                        error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, sqlite3_column_int64 (list, 0));
          sqlite3_bind_int64 (stmt, 2, merge->workshop);
          if (!step_done (merge, stmt, error))
            return FALSE;
          id = sqlite3_last_insert_rowid (merge->db);
        }

      g_hash_table_insert (merge->clusters, id_key (sqlite3_column_int64 (list, 0)), id_key (id));
    }
  sqlite3_reset (list);
  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (merge->db, rc, error);
      return FALSE;
    }

  list = prepare (merge,
                  "INSERT OR IGNORE INTO tags (workshop_id, name, key, colour) "
                  "SELECT ?1, name, key, colour FROM src.tags WHERE workshop_id = ?2",
                  error);
  if (list == NULL)
    return FALSE;
  sqlite3_bind_int64 (list, 1, merge->workshop);
  sqlite3_bind_int64 (list, 2, merge->src_workshop);
  return step_done (merge, list, error);
}

static gint64
mapped_id (GHashTable *map,
           gint64      src_id)
{
  gint64 *id = g_hash_table_lookup (map, &src_id);

  return id ? *id : 0;
}

static void
bind_optional_id (sqlite3_stmt *stmt,
                  int           column,
                  gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int64 (stmt, column, id);
}

/* Takes the file's version of an idea's parts: tags, journey, links and
 * votes. The journey revision comes with it, after the steps, whose
 * triggers would otherwise count every row as a change. */
static gboolean
take_idea_parts (Merge   *merge,
                 gint64   src_id,
                 gint64   id,
                 GError **error)
{
  static const char * const replace[] = {
    "DELETE FROM idea_tags WHERE idea_id = ?1",
    ("INSERT INTO idea_tags (idea_id, tag_id, position) "
     "  SELECT ?1, t.id, st.position FROM src.idea_tags st "
     "  JOIN src.tags s ON s.id = st.tag_id "
     "  JOIN tags t ON t.key = s.key AND t.workshop_id = ?3 "
     "  WHERE st.idea_id = ?2"),
    "DELETE FROM journey_steps WHERE idea_id = ?1",
    ("INSERT INTO journey_steps (idea_id, position, stage, description, channels, initiated_by, "
     "  can_come_back, immediate_decision, self_service_only, resolved_in_one_contact, "
     "  proactive_update, effort, feedback) "
     "  SELECT ?1, position, stage, description, channels, initiated_by, can_come_back, "
     "    immediate_decision, self_service_only, resolved_in_one_contact, proactive_update, "
     "    effort, feedback FROM src.journey_steps WHERE idea_id = ?2 AND ?3 = ?3"),
    ("UPDATE ideas SET journey_revision = (SELECT journey_revision FROM src.ideas WHERE id = ?2) "
     "  WHERE id = ?1 AND ?3 = ?3"),
    "DELETE FROM idea_personas WHERE idea_id = ?1",
    "DELETE FROM votes WHERE idea_id = ?1",
  };
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < G_N_ELEMENTS (replace); i++)
    {
      if (!(stmt = prepare (merge, replace[i], error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_bind_parameter_count (stmt) >= 2)
        sqlite3_bind_int64 (stmt, 2, src_id);
      if (sqlite3_bind_parameter_count (stmt) >= 3)
        sqlite3_bind_int64 (stmt, 3, merge->workshop);
      if (!step_done (merge, stmt, error))
        return FALSE;
    }

  stmt = prepare (merge, "SELECT persona_id FROM src.idea_personas WHERE idea_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, src_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Mapped *persona = g_hash_table_lookup (merge->personas, &(gint64) { sqlite3_column_int64 (stmt, 0) });
      sqlite3_stmt *link;

      if (persona == NULL)
        continue;
      if (!(link = prepare (merge, "INSERT OR IGNORE INTO idea_personas (idea_id, persona_id) VALUES (?1, ?2)",
                            error)))
        return FALSE;
      sqlite3_bind_int64 (link, 1, id);
      sqlite3_bind_int64 (link, 2, persona->id);
      if (!step_done (merge, link, error))
        return FALSE;
    }
  sqlite3_reset (stmt);

  stmt = prepare (merge, "SELECT participant_id, dots, created_at FROM src.votes WHERE idea_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, src_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 participant = mapped_id (merge->participants, sqlite3_column_int64 (stmt, 0));
      guint dots = (guint)CLAMP (sqlite3_column_int64 (stmt, 1), 0, G_MAXUINT);
      g_autofree char *created = g_strdup (tp_store_column_text (stmt, 2));
      int placed;

      if (dots == 0)
        continue;

      placed = tp_store_insert_dots (merge->self, id, participant, dots, created);
      if ((placed & 0xff) == SQLITE_CONSTRAINT)
        {
          guint kept = 0;

          /* Over the participant's budget here: as many dots as still
           * fit go in, one at a time, and the rest stay out; the rest
           * of the merge goes on. */
          while (kept + 1 < dots &&
                 (placed = tp_store_insert_dots (merge->self, id, participant, 1, created)) == SQLITE_DONE)
            kept++;
          if ((placed & 0xff) == SQLITE_CONSTRAINT)
            placed = SQLITE_DONE;
          merge->n_votes_skipped += dots - kept;
        }
      if (placed != SQLITE_DONE)
        {
          tp_store_set_error (merge->db, placed, error);
          return FALSE;
        }
    }
  sqlite3_reset (stmt);

  return TRUE;
}

static gboolean
merge_ideas (Merge   *merge,
             GError **error)
{
  sqlite3_stmt *list;
  int rc;

  list = prepare (merge,
                  "SELECT id, uuid, updated_at, cluster_id FROM src.ideas "
                  "WHERE workshop_id = ?1 AND trashed_at IS NULL ORDER BY rank, id",
                  error);
  if (list == NULL)
    return FALSE;

  sqlite3_bind_int64 (list, 1, merge->src_workshop);
  while ((rc = sqlite3_step (list)) == SQLITE_ROW)
    {
      gint64 src_id = sqlite3_column_int64 (list, 0);
      gint64 cluster = sqlite3_column_type (list, 3) == SQLITE_NULL
                       ? 0 : mapped_id (merge->clusters, sqlite3_column_int64 (list, 3));
      g_autofree char *updated = NULL;
      Mapped *mapped = g_new0 (Mapped, 1);
      sqlite3_stmt *stmt;
      int cmp;

      mapped->id = find_by_uuid (merge, "SELECT id, updated_at FROM ideas WHERE uuid = ?1",
                                 tp_store_column_text (list, 1), &updated);
      cmp = g_strcmp0 (tp_store_column_text (list, 2), updated);
      g_hash_table_insert (merge->ideas, id_key (src_id), mapped);

      if (mapped->id != 0 && cmp <= 0)
        {
          mapped->same = cmp == 0;
          continue;
        }

      /* Done is set last, once its walks are in, so the gate can judge. */
      if (mapped->id == 0)
        stmt = prepare (merge,
                        "INSERT INTO ideas (uuid, workshop_id, title, details, author, status, "
                        "  created_at, updated_at, journey_revision, rank, impact, effort, rice_reach, "
                        "  rice_impact, rice_confidence, rice_effort, moscow, cluster_id) "
                        "SELECT uuid, ?2, title, details, author, "
                        "  CASE status WHEN 'done' THEN 'in-progress' ELSE status END, "
                        "  created_at, updated_at, journey_revision, "
                        "  (SELECT coalesce (max (rank) + 1, 0) FROM ideas WHERE workshop_id = ?2), "
                        "  impact, effort, rice_reach, rice_impact, rice_confidence, rice_effort, moscow, ?3 "
                        "FROM src.ideas WHERE id = ?1",
                        error);
      else
        stmt = prepare (merge,
                        "UPDATE ideas SET trashed_at = NULL, cluster_id = ?3, "
                        "  (title, details, author, status, updated_at, impact, effort, rice_reach, "
                        "   rice_impact, rice_confidence, rice_effort, moscow) = "
                        "  (SELECT title, details, author, "
                        "     CASE status WHEN 'done' THEN 'in-progress' ELSE status END, "
                        "     updated_at, impact, effort, rice_reach, rice_impact, rice_confidence, "
                        "     rice_effort, moscow FROM src.ideas WHERE id = ?1) "
                        "WHERE id = ?4 AND workshop_id = ?2",
                        error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, src_id);
      sqlite3_bind_int64 (stmt, 2, merge->workshop);
      bind_optional_id (stmt, 3, cluster);
      if (mapped->id != 0)
        sqlite3_bind_int64 (stmt, 4, mapped->id);
      if (!step_done (merge, stmt, error))
        return FALSE;

      if (mapped->id == 0)
        {
          mapped->id = sqlite3_last_insert_rowid (merge->db);
          merge->n_added++;
        }
      else
        {
          if (sqlite3_changes (merge->db) == 0)
            {
              g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                           _("The idea %s belongs to another workshop in this library"),
                           tp_store_column_text (list, 1));
              return FALSE;
            }
          merge->n_updated++;

          /* Walks of the version that lost are stale from now on. */
          stmt = prepare (merge,
                          "UPDATE walks SET journey_revision = " G_STRINGIFY (STALE_REVISION) " "
                          "WHERE idea_id = ?1 AND uuid NOT IN (SELECT uuid FROM src.walks WHERE idea_id = ?2)",
                          error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, mapped->id);
          sqlite3_bind_int64 (stmt, 2, src_id);
          if (!step_done (merge, stmt, error))
            return FALSE;
        }

      mapped->src_wins = TRUE;
      if (!take_idea_parts (merge, src_id, mapped->id, error))
        return FALSE;

      /* Writing the parts touched the idea; it is the file's version. */
      if (!(stmt = prepare (merge,
                            "UPDATE ideas SET updated_at = (SELECT updated_at FROM src.ideas WHERE id = ?2) "
                            "WHERE id = ?1",
                            error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, mapped->id);
      sqlite3_bind_int64 (stmt, 2, src_id);
      if (!step_done (merge, stmt, error))
        return FALSE;
    }
  sqlite3_reset (list);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (merge->db, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Whether a walk recorded in the library says what the simulator says
 * now of the same persona and journey design: the outcome, where the
 * customer dropped out, and each finding's step, rule, severity and
 * weight (not the sentences, which are in the language of whoever
 * walked). A workshop file is only a database anyone can edit, so a
 * walk it brings only counts once the simulator agrees with it. */
static gboolean
walk_matches_simulation (Merge     *merge,
                         gint64     walk_id,
                         gint64     idea_id,
                         gint64     persona_id,
                         gboolean  *matches,
                         GError   **error)
{
  g_autoptr(GListStore) steps = NULL;
  g_autoptr(TpPersona) persona = NULL;
  g_autoptr(TpWalkResult) result = NULL;
  sqlite3_stmt *stmt;
  guint position = 0;
  int rc;

  if (!(steps = tp_store_read_journey (merge->self, idea_id, error)) ||
      !(persona = tp_store_read_persona (merge->self, persona_id, error)))
    return FALSE;
  result = tp_simulate (persona, G_LIST_MODEL (steps));

  if (!(stmt = prepare (merge, "SELECT outcome, coalesce (dropped_at, 0) FROM walks WHERE id = ?1", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, walk_id);
  rc = sqlite3_step (stmt);
  *matches = rc == SQLITE_ROW &&
             g_strcmp0 (tp_store_column_text (stmt, 0),
                        tp_outcome_to_string (tp_walk_result_get_outcome (result))) == 0 &&
             (guint)sqlite3_column_int (stmt, 1) == tp_walk_result_get_dropped_at (result);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      tp_store_set_error (merge->db, rc, error);
      return FALSE;
    }

  if (!(stmt = prepare (merge,
                        "SELECT step, rule, severity, weight FROM walk_findings "
                        "WHERE walk_id = ?1 ORDER BY position",
                        error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, walk_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && *matches)
    {
      TpFinding *finding;

      if (position >= tp_walk_result_get_n_findings (result))
        {
          *matches = FALSE;
          break;
        }
      finding = tp_walk_result_get_finding (result, position++);
      *matches = (guint)sqlite3_column_int (stmt, 0) == tp_finding_get_step (finding) &&
                 g_strcmp0 (tp_store_column_text (stmt, 1), tp_finding_get_rule (finding)) == 0 &&
                 g_strcmp0 (tp_store_column_text (stmt, 2),
                            tp_severity_to_string (tp_finding_get_severity (finding))) == 0 &&
                 (guint)sqlite3_column_int (stmt, 3) == tp_finding_get_weight (finding);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      tp_store_set_error (merge->db, rc, error);
      return FALSE;
    }
  if (position != tp_walk_result_get_n_findings (result))
    *matches = FALSE;

  return TRUE;
}

/* Walks are records: the file's ones that are new here are added, and
 * the frictions it accepted and the notes it took are kept on both. */
static gboolean
merge_walks (Merge   *merge,
             GError **error)
{
  sqlite3_stmt *list;
  int rc;

  list = prepare (merge,
                  "SELECT w.id, w.uuid, w.idea_id, w.persona_id FROM src.walks w "
                  "JOIN src.ideas i ON i.id = w.idea_id "
                  "WHERE i.workshop_id = ?1 AND i.trashed_at IS NULL ORDER BY w.id",
                  error);
  if (list == NULL)
    return FALSE;

  sqlite3_bind_int64 (list, 1, merge->src_workshop);
  while ((rc = sqlite3_step (list)) == SQLITE_ROW)
    {
      gint64 src_id = sqlite3_column_int64 (list, 0);
      Mapped *idea = g_hash_table_lookup (merge->ideas, &(gint64) { sqlite3_column_int64 (list, 2) });
      Mapped *persona = g_hash_table_lookup (merge->personas, &(gint64) { sqlite3_column_int64 (list, 3) });
      gint64 id = find_by_uuid (merge, "SELECT id, NULL FROM walks WHERE uuid = ?1",
                                tp_store_column_text (list, 1), NULL);
      sqlite3_stmt *stmt;

      if (idea == NULL || persona == NULL)
        continue;

      if (id == 0)
        {
          /* Made against a version that lost here: stale. */
          gboolean journey_current = idea->src_wins || idea->same;
          gboolean persona_current = persona->src_wins || persona->same;

          stmt = prepare (merge,
                          "INSERT INTO walks (uuid, idea_id, persona_id, journey_revision, persona_revision, "
                          "  outcome, dropped_at, reason, expected_satisfaction, simulated_satisfaction, "
                          "  emotion, created_at) "
                          "SELECT uuid, ?2, ?3, CASE WHEN ?4 THEN journey_revision ELSE "
                          G_STRINGIFY (STALE_REVISION) " END, "
                          "  CASE WHEN ?5 THEN persona_revision ELSE " G_STRINGIFY (STALE_REVISION) " END, "
                          "  outcome, dropped_at, reason, expected_satisfaction, simulated_satisfaction, "
                          "  emotion, created_at FROM src.walks WHERE id = ?1",
                          error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, src_id);
          sqlite3_bind_int64 (stmt, 2, idea->id);
          sqlite3_bind_int64 (stmt, 3, persona->id);
          sqlite3_bind_int (stmt, 4, journey_current);
          sqlite3_bind_int (stmt, 5, persona_current);
          if (!step_done (merge, stmt, error))
            return FALSE;
          id = sqlite3_last_insert_rowid (merge->db);

          stmt = prepare (merge,
                          "INSERT INTO walk_findings (walk_id, position, step, rule, severity, weight, "
                          "  message, fix, accepted_reason) "
                          "SELECT ?2, position, step, rule, severity, weight, message, fix, accepted_reason "
                          "FROM src.walk_findings WHERE walk_id = ?1",
                          error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, src_id);
          sqlite3_bind_int64 (stmt, 2, id);
          if (!step_done (merge, stmt, error))
            return FALSE;

          /* A current walk the simulator does not confirm is kept as a
           * record, but stale, so it cannot let the idea through the gate. */
          if (journey_current && persona_current)
            {
              gboolean matches = FALSE;

              if (!walk_matches_simulation (merge, id, idea->id, persona->id, &matches, error))
                return FALSE;
              if (!matches)
                {
                  stmt = prepare (merge,
                                  "UPDATE walks SET journey_revision = " G_STRINGIFY (STALE_REVISION) ", "
                                  "  persona_revision = " G_STRINGIFY (STALE_REVISION) " WHERE id = ?1",
                                  error);
                  if (stmt == NULL)
                    return FALSE;
                  sqlite3_bind_int64 (stmt, 1, id);
                  if (!step_done (merge, stmt, error))
                    return FALSE;
                }
            }
        }
      else
        {
          stmt = prepare (merge,
                          "UPDATE walk_findings SET accepted_reason = "
                          "  (SELECT s.accepted_reason FROM src.walk_findings s "
                          "   WHERE s.walk_id = ?1 AND s.position = walk_findings.position) "
                          "WHERE walk_id = ?2 AND accepted_reason IS NULL",
                          error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, src_id);
          sqlite3_bind_int64 (stmt, 2, id);
          if (!step_done (merge, stmt, error))
            return FALSE;
        }

      stmt = prepare (merge,
                      "INSERT OR IGNORE INTO walk_notes (walk_id, step, note) "
                      "SELECT ?2, step, note FROM src.walk_notes WHERE walk_id = ?1",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, src_id);
      sqlite3_bind_int64 (stmt, 2, id);
      if (!step_done (merge, stmt, error))
        return FALSE;
    }
  sqlite3_reset (list);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (merge->db, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* An idea done in the file is done here too if the gate, judging the
 * walks now in the library, lets it through. */
static gboolean
merge_done (Merge   *merge,
            GError **error)
{
  sqlite3_stmt *list;
  int rc;

  list = prepare (merge, "SELECT id FROM src.ideas WHERE workshop_id = ?1 AND status = 'done' "
                         "AND trashed_at IS NULL", error);
  if (list == NULL)
    return FALSE;

  sqlite3_bind_int64 (list, 1, merge->src_workshop);
  while ((rc = sqlite3_step (list)) == SQLITE_ROW)
    {
      Mapped *idea = g_hash_table_lookup (merge->ideas, &(gint64) { sqlite3_column_int64 (list, 0) });
      sqlite3_stmt *stmt;
      int done_rc;

      if (idea == NULL || !idea->src_wins)
        continue;

      if (!(stmt = prepare (merge, "UPDATE ideas SET status = 'done' WHERE id = ?1", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, idea->id);
      done_rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);

      if ((done_rc & 0xff) == SQLITE_CONSTRAINT)
        merge->n_not_done++;
      else if (done_rc != SQLITE_DONE)
        {
          tp_store_set_error (merge->db, done_rc, error);
          return FALSE;
        }
    }
  sqlite3_reset (list);

  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (merge->db, rc, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * tp_store_merge_attached:
 * @src_workshop: the workshop of the database attached as "src"
 * @workshop: (out): its id in the library
 *
 * Merges the attached workshop into the library, inside the caller's
 * transaction.
 */
gboolean
tp_store_merge_attached (TpStore  *self,
                         gint64    src_workshop,
                         gint64   *workshop,
                         guint    *votes_skipped,
                         guint    *not_done,
                         GError  **error)
{
  g_auto(Merge) merge = { 0 };

  merge.self = self;
  merge.db = tp_store_get_db (self);
  merge.src_workshop = src_workshop;
  merge.personas = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  merge.ideas = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  merge.participants = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  merge.clusters = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  if (!merge_workshop (&merge, error) ||
      !merge_personas (&merge, error) ||
      !merge_participants_and_clusters (&merge, error) ||
      !merge_ideas (&merge, error) ||
      !merge_walks (&merge, error) ||
      !merge_done (&merge, error))
    return FALSE;

  *workshop = merge.workshop;
  *votes_skipped = merge.n_votes_skipped;
  *not_done = merge.n_not_done;
  return TRUE;
}
