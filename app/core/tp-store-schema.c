/* tp-store-schema.c — the database schema and its migrations
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-error.h"
#include "tp-journey-step.h"
#include "tp-persona.h"
#include "tp-store-private.h"

/* Each step takes the schema from version N to N + 1 and runs inside the
 * transaction that also records the new PRAGMA user_version, so a step is
 * applied whole or not at all. Never edit a step once released: add one. */
typedef gboolean (*MigrateFunc) (sqlite3 *db, GError **error);

static gboolean
migrate_to_1 (sqlite3  *db,
              GError  **error)
{
  return tp_store_exec_sql (db,
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

static gboolean
run_bound (sqlite3       *db,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      tp_store_set_error (db, rc, error);
      return FALSE;
    }

  return TRUE;
}

char *
tp_store_channels_to_text (TpChannel channels)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint bit = 0; bit < 7; bit++)
    if (channels & (1u << bit))
      g_strv_builder_add (names, tp_channel_to_string (1u << bit));

  list = g_strv_builder_end (names);
  return g_strjoinv (",", list);
}

TpChannel
tp_store_channels_from_text (const char *text)
{
  g_auto(GStrv) names = g_strsplit (text ? text : "", ",", -1);
  TpChannel channels = TP_CHANNEL_NONE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      TpChannel channel;

      if (tp_channel_from_string (names[i], &channel))
        channels |= channel;
    }

  return channels;
}

/* Inserts drafts of personas into a workshop, inside the caller's
 * transaction. */
gboolean
tp_store_insert_personas (sqlite3    *db,
                          gint64      workshop_id,
                          GPtrArray  *personas,
                          GError    **error)
{
  g_autofree char *now = tp_store_now ();
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "INSERT INTO personas (uuid, workshop_id, name, summary, channels, "
                           "  digital_confidence, needs_time_to_decide, patience, relationship, "
                           "  created_at, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      tp_store_set_error (db, rc, error);
      return FALSE;
    }

  for (guint i = 0; ok && i < personas->len; i++)
    {
      TpPersona *persona = g_ptr_array_index (personas, i);
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *channels = tp_store_channels_to_text (tp_persona_get_channels (persona));

      tp_store_bind_text (stmt, 1, uuid);
      sqlite3_bind_int64 (stmt, 2, workshop_id);
      tp_store_bind_text (stmt, 3, tp_persona_get_name (persona));
      tp_store_bind_text (stmt, 4, tp_persona_get_summary (persona));
      tp_store_bind_text (stmt, 5, channels);
      tp_store_bind_text (stmt, 6, tp_level_to_string (tp_persona_get_digital_confidence (persona)));
      sqlite3_bind_int (stmt, 7, tp_persona_get_needs_time_to_decide (persona));
      tp_store_bind_text (stmt, 8, tp_level_to_string (tp_persona_get_patience (persona)));
      tp_store_bind_text (stmt, 9, tp_relationship_to_string (tp_persona_get_relationship (persona)));
      tp_store_bind_text (stmt, 10, now);
      ok = run_bound (db, stmt, error);
    }
  sqlite3_finalize (stmt);

  return ok;
}

/* Sets a workshop's journey template stages, inside the caller's
 * transaction. */
gboolean
tp_store_insert_stages (sqlite3             *db,
                        gint64               workshop_id,
                        const char * const  *stages,
                        GError             **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "INSERT INTO template_stages (workshop_id, position, stage) VALUES (?1, ?2, ?3)",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      tp_store_set_error (db, rc, error);
      return FALSE;
    }

  for (guint i = 0; ok && stages[i] != NULL; i++)
    {
      sqlite3_bind_int64 (stmt, 1, workshop_id);
      sqlite3_bind_int (stmt, 2, i);
      tp_store_bind_text (stmt, 3, stages[i]);
      ok = run_bound (db, stmt, error);
    }
  sqlite3_finalize (stmt);

  return ok;
}

/**
 * tp_store_seed_workshop:
 *
 * Gives a new workshop the three default personas and the default journey
 * stages. Runs inside the caller's transaction.
 */
gboolean
tp_store_seed_workshop (sqlite3  *db,
                        gint64    workshop_id,
                        GError  **error)
{
  g_autoptr(GPtrArray) personas = tp_persona_new_defaults ();
  g_auto(GStrv) stages = tp_journey_default_stages ();

  return tp_store_insert_personas (db, workshop_id, personas, error) &&
         tp_store_insert_stages (db, workshop_id, (const char * const *)stages, error);
}

/* Which personas an idea is walked for: the ones linked to it, or, while
 * the team has linked none, every persona of its workshop. */
#define LINKED_PERSONAS_VIEW \
  "CREATE VIEW idea_linked_personas AS " \
  "  SELECT i.id AS idea_id, p.id AS persona_id FROM ideas i " \
  "  JOIN personas p ON p.workshop_id = i.workshop_id " \
  "  WHERE NOT EXISTS (SELECT 1 FROM idea_personas x WHERE x.idea_id = i.id) " \
  "  UNION " \
  "  SELECT idea_id, persona_id FROM idea_personas;"

/* The done gate, as the database states it: any linked persona whose
 * latest walk is missing, abandoned, stale or has an open friction. */
#define GATE_FAILS(idea) \
  "NOT EXISTS (SELECT 1 FROM idea_linked_personas l WHERE l.idea_id = " idea ".id) " \
  "OR EXISTS (" \
  "  SELECT 1 FROM idea_linked_personas l " \
  "  JOIN personas p ON p.id = l.persona_id " \
  "  LEFT JOIN walks w ON w.id = (SELECT max (id) FROM walks " \
  "                               WHERE idea_id = l.idea_id AND persona_id = l.persona_id) " \
  "  WHERE l.idea_id = " idea ".id AND (" \
  "    w.id IS NULL OR w.outcome <> 'completed' " \
  "    OR w.journey_revision <> " idea ".journey_revision " \
  "    OR w.persona_revision <> p.revision " \
  "    OR EXISTS (SELECT 1 FROM walk_findings f WHERE f.walk_id = w.id " \
  "               AND f.severity = 'friction' AND f.accepted_reason IS NULL)))"

static gboolean
migrate_to_2 (sqlite3  *db,
              GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GArray) workshops = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (!tp_store_exec_sql (db,
    "ALTER TABLE ideas ADD COLUMN journey_revision INTEGER NOT NULL DEFAULT 1;"
    "CREATE TABLE personas ("
    "  id                   INTEGER PRIMARY KEY,"
    "  uuid                 TEXT NOT NULL UNIQUE,"
    "  workshop_id          INTEGER NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,"
    "  name                 TEXT NOT NULL CHECK (length (name) BETWEEN 1 AND 100),"
    "  summary              TEXT NOT NULL DEFAULT '',"
    "  channels             TEXT NOT NULL CHECK (channels <> ''),"
    "  digital_confidence   TEXT NOT NULL CHECK (digital_confidence IN ('low', 'medium', 'high')),"
    "  needs_time_to_decide INTEGER NOT NULL CHECK (needs_time_to_decide IN (0, 1)),"
    "  patience             TEXT NOT NULL CHECK (patience IN ('low', 'medium', 'high')),"
    "  relationship         TEXT NOT NULL CHECK (relationship IN ('prospect', 'existing')),"
    "  revision             INTEGER NOT NULL DEFAULT 1,"
    "  created_at           TEXT NOT NULL,"
    "  updated_at           TEXT NOT NULL,"
    "  UNIQUE (workshop_id, name)"
    ");"
    "CREATE TABLE template_stages ("
    "  workshop_id INTEGER NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,"
    "  position    INTEGER NOT NULL,"
    "  stage       TEXT NOT NULL CHECK (length (stage) BETWEEN 1 AND 100),"
    "  PRIMARY KEY (workshop_id, position)"
    ");"
    "CREATE TABLE journey_steps ("
    "  idea_id                 INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,"
    "  position                INTEGER NOT NULL,"
    "  stage                   TEXT NOT NULL CHECK (length (stage) BETWEEN 1 AND 100),"
    "  description             TEXT NOT NULL DEFAULT '',"
    "  channels                TEXT NOT NULL CHECK (channels <> ''),"
    "  initiated_by            TEXT NOT NULL CHECK (initiated_by IN ('company', 'customer')),"
    "  can_come_back           INTEGER NOT NULL CHECK (can_come_back IN (0, 1)),"
    "  immediate_decision      INTEGER NOT NULL CHECK (immediate_decision IN (0, 1)),"
    "  self_service_only       INTEGER NOT NULL CHECK (self_service_only IN (0, 1)),"
    "  resolved_in_one_contact INTEGER NOT NULL CHECK (resolved_in_one_contact IN (0, 1)),"
    "  proactive_update        INTEGER NOT NULL CHECK (proactive_update IN (0, 1)),"
    "  effort                  INTEGER NOT NULL CHECK (effort BETWEEN 1 AND 5),"
    "  feedback                TEXT NOT NULL CHECK (feedback IN ('none', 'agent_only', 'whole_experience')),"
    "  PRIMARY KEY (idea_id, position)"
    ");"
    "CREATE TABLE idea_personas ("
    "  idea_id    INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,"
    "  persona_id INTEGER NOT NULL REFERENCES personas (id) ON DELETE CASCADE,"
    "  PRIMARY KEY (idea_id, persona_id)"
    ");"
    "CREATE TABLE walks ("
    "  id                     INTEGER PRIMARY KEY,"
    "  uuid                   TEXT NOT NULL UNIQUE,"
    "  idea_id                INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,"
    "  persona_id             INTEGER NOT NULL REFERENCES personas (id) ON DELETE CASCADE,"
    "  journey_revision       INTEGER NOT NULL,"
    "  persona_revision       INTEGER NOT NULL,"
    "  outcome                TEXT NOT NULL CHECK (outcome IN ('completed', 'abandoned')),"
    "  dropped_at             INTEGER,"
    "  reason                 TEXT,"
    "  expected_satisfaction  INTEGER CHECK (expected_satisfaction BETWEEN 1 AND 5),"
    "  simulated_satisfaction INTEGER NOT NULL CHECK (simulated_satisfaction BETWEEN 1 AND 5),"
    "  emotion                TEXT NOT NULL,"
    "  created_at             TEXT NOT NULL"
    ");"
    "CREATE INDEX walks_by_idea ON walks (idea_id, persona_id);"
    "CREATE TABLE walk_findings ("
    "  walk_id         INTEGER NOT NULL REFERENCES walks (id) ON DELETE CASCADE,"
    "  position        INTEGER NOT NULL,"
    "  step            INTEGER NOT NULL,"
    "  rule            TEXT NOT NULL,"
    "  severity        TEXT NOT NULL CHECK (severity IN ('delight', 'friction', 'barrier')),"
    "  weight          INTEGER NOT NULL DEFAULT 1,"
    "  message         TEXT NOT NULL,"
    "  fix             TEXT NOT NULL,"
    "  accepted_reason TEXT CHECK (accepted_reason IS NULL"
    "                              OR (severity = 'friction' AND length (trim (accepted_reason)) > 0)),"
    "  PRIMARY KEY (walk_id, position)"
    ");"
    "CREATE TABLE walk_notes ("
    "  walk_id INTEGER NOT NULL REFERENCES walks (id) ON DELETE CASCADE,"
    "  step    INTEGER NOT NULL,"
    "  note    TEXT NOT NULL,"
    "  PRIMARY KEY (walk_id, step)"
    ");"
    LINKED_PERSONAS_VIEW
    /* Any change to a journey or a persona makes earlier walks stale,
     * whoever makes it. */
    "CREATE TRIGGER journey_steps_inserted AFTER INSERT ON journey_steps BEGIN"
    "  UPDATE ideas SET journey_revision = journey_revision + 1 WHERE id = NEW.idea_id;"
    "END;"
    "CREATE TRIGGER journey_steps_updated AFTER UPDATE ON journey_steps BEGIN"
    "  UPDATE ideas SET journey_revision = journey_revision + 1 WHERE id = NEW.idea_id;"
    "END;"
    "CREATE TRIGGER journey_steps_deleted AFTER DELETE ON journey_steps BEGIN"
    "  UPDATE ideas SET journey_revision = journey_revision + 1 WHERE id = OLD.idea_id;"
    "END;"
    "CREATE TRIGGER personas_changed AFTER UPDATE OF name, channels, digital_confidence,"
    "  needs_time_to_decide, patience, relationship ON personas"
    "  WHEN NEW.revision = OLD.revision BEGIN"
    "  UPDATE personas SET revision = revision + 1 WHERE id = NEW.id;"
    "END;"
    "CREATE TRIGGER ideas_done_gate BEFORE UPDATE OF status ON ideas"
    "  WHEN NEW.status = 'done' AND OLD.status <> 'done' BEGIN"
    "  SELECT RAISE (ABORT, 'done-gate: every linked persona needs a current, completed walk with every friction accepted')"
    "  WHERE " GATE_FAILS ("NEW") ";"
    "END;"
    "CREATE TRIGGER ideas_done_gate_insert BEFORE INSERT ON ideas"
    "  WHEN NEW.status = 'done' BEGIN"
    "  SELECT RAISE (ABORT, 'done-gate: a new idea has no walks yet');"
    "END;",
    error))
    return FALSE;

  rc = sqlite3_prepare_v2 (db, "SELECT id FROM workshops", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (workshops, id);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_OK)
    {
      tp_store_set_error (db, rc, error);
      return FALSE;
    }

  for (guint i = 0; i < workshops->len; i++)
    if (!tp_store_seed_workshop (db, g_array_index (workshops, gint64, i), error) ||
        !tp_store_seed_journeys (db, g_array_index (workshops, gint64, i), error))
      return FALSE;

  return TRUE;
}

static gboolean
migrate_to_3 (sqlite3  *db,
              GError  **error)
{
  return tp_store_exec_sql (db,
    "ALTER TABLE ideas ADD COLUMN impact INTEGER CHECK (impact BETWEEN 1 AND 5);"
    "ALTER TABLE ideas ADD COLUMN effort INTEGER CHECK (effort BETWEEN 1 AND 5);"
    "ALTER TABLE ideas ADD COLUMN rice_reach REAL CHECK (rice_reach >= 0);"
    "ALTER TABLE ideas ADD COLUMN rice_impact REAL CHECK (rice_impact IN (0.25, 0.5, 1, 2, 3));"
    "ALTER TABLE ideas ADD COLUMN rice_confidence INTEGER CHECK (rice_confidence BETWEEN 0 AND 100);"
    "ALTER TABLE ideas ADD COLUMN rice_effort REAL CHECK (rice_effort > 0);"
    "ALTER TABLE ideas ADD COLUMN moscow TEXT CHECK (moscow IN ('must', 'should', 'could', 'wont'));"
    "ALTER TABLE ideas ADD COLUMN rank INTEGER NOT NULL DEFAULT 0;"
    "UPDATE ideas SET rank = (SELECT count (*) FROM ideas o WHERE o.workshop_id = ideas.workshop_id"
    "                         AND (o.created_at < ideas.created_at"
    "                              OR (o.created_at = ideas.created_at AND o.id < ideas.id)));"
    "ALTER TABLE workshops ADD COLUMN hide_votes INTEGER NOT NULL DEFAULT 0 CHECK (hide_votes IN (0, 1));"
    "CREATE TABLE participants ("
    "  id          INTEGER PRIMARY KEY,"
    "  uuid        TEXT NOT NULL UNIQUE,"
    "  workshop_id INTEGER NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,"
    "  name        TEXT NOT NULL CHECK (length (name) BETWEEN 1 AND 100),"
    "  key         TEXT NOT NULL,"
    "  vote_budget INTEGER NOT NULL DEFAULT 3 CHECK (vote_budget BETWEEN 0 AND 99),"
    "  UNIQUE (workshop_id, key)"
    ");"
    "CREATE TABLE votes ("
    "  id             INTEGER PRIMARY KEY,"
    "  idea_id        INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,"
    "  participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
    "  created_at     TEXT NOT NULL"
    ");"
    "CREATE INDEX votes_by_idea ON votes (idea_id, participant_id);"
    "CREATE INDEX votes_by_participant ON votes (participant_id);"
    /* Dot voting's budget, as the database states it: the dots a
     * participant has on ideas that are not in the trash. */
    "CREATE TRIGGER votes_within_budget BEFORE INSERT ON votes BEGIN"
    "  SELECT RAISE (ABORT, 'vote-budget: the participant has no votes left')"
    "  WHERE (SELECT count (*) FROM votes v JOIN ideas i ON i.id = v.idea_id"
    "         WHERE v.participant_id = NEW.participant_id AND i.trashed_at IS NULL)"
    "     >= (SELECT vote_budget FROM participants WHERE id = NEW.participant_id);"
    "  SELECT RAISE (ABORT, 'vote-workshop: the idea and the participant belong to different workshops')"
    "  WHERE (SELECT workshop_id FROM ideas WHERE id = NEW.idea_id)"
    "     <> (SELECT workshop_id FROM participants WHERE id = NEW.participant_id);"
    "END;"
    "CREATE TRIGGER participants_budget_covers_votes BEFORE UPDATE OF vote_budget ON participants BEGIN"
    "  SELECT RAISE (ABORT, 'vote-budget: the participant has already used more votes')"
    "  WHERE (SELECT count (*) FROM votes v JOIN ideas i ON i.id = v.idea_id"
    "         WHERE v.participant_id = NEW.id AND i.trashed_at IS NULL) > NEW.vote_budget;"
    "END;",
    error);
}

static gboolean
migrate_to_4 (sqlite3  *db,
              GError  **error)
{
  return tp_store_exec_sql (db,
    "ALTER TABLE workshops ADD COLUMN phase TEXT NOT NULL DEFAULT 'capture'"
    "  CHECK (phase IN ('capture', 'group', 'vote', 'prioritise', 'walk', 'review'));"
    "ALTER TABLE workshops ADD COLUMN timer_presets TEXT NOT NULL DEFAULT '60,180,300,600';"
    "ALTER TABLE workshops ADD COLUMN hide_authors INTEGER NOT NULL DEFAULT 0 CHECK (hide_authors IN (0, 1));"
    "CREATE TABLE clusters ("
    "  id          INTEGER PRIMARY KEY,"
    "  uuid        TEXT NOT NULL UNIQUE,"
    "  workshop_id INTEGER NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,"
    "  name        TEXT NOT NULL CHECK (length (name) BETWEEN 1 AND 100),"
    "  collapsed   INTEGER NOT NULL DEFAULT 0 CHECK (collapsed IN (0, 1)),"
    "  created_at  TEXT NOT NULL"
    ");"
    "ALTER TABLE ideas ADD COLUMN cluster_id INTEGER REFERENCES clusters (id) ON DELETE SET NULL;"
    "CREATE INDEX ideas_by_cluster ON ideas (cluster_id);"
    /* A cluster holds ideas of its own workshop only. */
    "CREATE TRIGGER ideas_cluster_same_workshop BEFORE UPDATE OF cluster_id ON ideas"
    "  WHEN NEW.cluster_id IS NOT NULL BEGIN"
    "  SELECT RAISE (ABORT, 'cluster-workshop: the cluster belongs to another workshop')"
    "  WHERE (SELECT workshop_id FROM clusters WHERE id = NEW.cluster_id) <> NEW.workshop_id;"
    "END;"
    "CREATE TABLE templates ("
    "  id            INTEGER PRIMARY KEY,"
    "  uuid          TEXT NOT NULL UNIQUE,"
    "  name          TEXT NOT NULL CHECK (length (name) BETWEEN 1 AND 100),"
    "  key           TEXT NOT NULL UNIQUE,"
    "  question      TEXT NOT NULL DEFAULT '',"
    "  timer_presets TEXT NOT NULL,"
    "  stages        TEXT NOT NULL,"
    "  personas      TEXT NOT NULL,"
    "  created_at    TEXT NOT NULL"
    ");",
    error);
}

/* Any change to an idea's parts makes the idea newer, so that merging a
 * workshop file never takes an older version over a newer journey, vote
 * or tag. The timestamp has the width of tp_store_now(). */
#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'"
#define TOUCH_IDEA(table, event, row) \
  "CREATE TRIGGER " table "_" event "_touch AFTER " event " ON " table " BEGIN" \
  "  UPDATE ideas SET updated_at = " NOW_SQL " WHERE id = " row ".idea_id;" \
  "END;"

static gboolean
migrate_to_5 (sqlite3  *db,
              GError  **error)
{
  return tp_store_exec_sql (db,
    TOUCH_IDEA ("journey_steps", "INSERT", "NEW")
    TOUCH_IDEA ("journey_steps", "UPDATE", "NEW")
    TOUCH_IDEA ("journey_steps", "DELETE", "OLD")
    TOUCH_IDEA ("votes", "INSERT", "NEW")
    TOUCH_IDEA ("votes", "DELETE", "OLD")
    TOUCH_IDEA ("idea_tags", "INSERT", "NEW")
    TOUCH_IDEA ("idea_tags", "DELETE", "OLD")
    TOUCH_IDEA ("idea_personas", "INSERT", "NEW")
    TOUCH_IDEA ("idea_personas", "DELETE", "OLD")
    "CREATE TRIGGER ideas_moved_touch AFTER UPDATE OF rank, cluster_id ON ideas"
    "  WHEN NEW.updated_at = OLD.updated_at BEGIN"
    "  UPDATE ideas SET updated_at = " NOW_SQL " WHERE id = NEW.id;"
    "END;"
    "CREATE TRIGGER workshops_changed_touch AFTER UPDATE OF title, question, facilitator, anonymous,"
    "  hide_votes, hide_authors, phase, timer_presets ON workshops"
    "  WHEN NEW.updated_at = OLD.updated_at BEGIN"
    "  UPDATE workshops SET updated_at = " NOW_SQL " WHERE id = NEW.id;"
    "END;",
    error);
}

/* SQLite evaluates a CHECK (x IN (…)) of more than two values through a
 * lookup table that it builds again for every row written, so each idea
 * written paid for three. The same rules as plain comparisons cost next
 * to nothing. A CHECK is not kept in the rows, so the table's SQL is
 * changed in place, as SQLite documents for changes that leave the file
 * format alone: under writable_schema, with the schema version raised so
 * that every connection reads the schema again. */
static const char * const ideas_checks[][2] = {
  { "CHECK (status IN ('new', 'shortlisted', 'in-progress', 'done', 'parked'))",
    "CHECK (status = 'new' OR status = 'shortlisted' OR status = 'in-progress' "
    "OR status = 'done' OR status = 'parked')" },
  { "CHECK (rice_impact IN (0.25, 0.5, 1, 2, 3))",
    "CHECK (rice_impact = 0.25 OR rice_impact = 0.5 OR rice_impact = 1 "
    "OR rice_impact = 2 OR rice_impact = 3)" },
  { "CHECK (moscow IN ('must', 'should', 'could', 'wont'))",
    "CHECK (moscow = 'must' OR moscow = 'should' OR moscow = 'could' OR moscow = 'wont')" },
};

static gboolean
migrate_to_6 (sqlite3  *db,
              GError  **error)
{
  g_autoptr(GString) sql = NULL;
  g_autofree char *set_version = NULL;
  sqlite3_stmt *stmt = NULL;
  int schema_version = 0;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT sql, (SELECT schema_version FROM pragma_schema_version) "
                               "FROM sqlite_master WHERE type = 'table' AND name = 'ideas'",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      sql = g_string_new ((const char *)sqlite3_column_text (stmt, 0));
      schema_version = sqlite3_column_int (stmt, 1);
    }
  sqlite3_finalize (stmt);
  if (sql == NULL)
    {
      tp_store_set_error (db, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc, error);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (ideas_checks); i++)
    if (g_string_replace (sql, ideas_checks[i][0], ideas_checks[i][1], 0) != 1)
      {
        g_set_error (error, TP_ERROR, TP_ERROR_DAMAGED, _("The database is damaged (%s)"),
                     "the ideas table is not as schema 5 made it");
        return FALSE;
      }

  if (!tp_store_exec_sql (db, "PRAGMA writable_schema = ON", error))
    return FALSE;
  rc = sqlite3_prepare_v2 (db, "UPDATE sqlite_master SET sql = ?1 WHERE type = 'table' AND name = 'ideas'",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, sql->str, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  if (rc != SQLITE_DONE)
    tp_store_set_error (db, rc, error);
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "PRAGMA writable_schema = OFF", NULL, NULL, NULL);
  if (rc != SQLITE_DONE)
    return FALSE;

  /* PRAGMA takes no bound parameters; the number is SQLite's own. The
   * query reads the new schema, so SQL it cannot parse fails here. */
  set_version = g_strdup_printf ("PRAGMA schema_version = %d", schema_version + 1);
  return tp_store_exec_sql (db, set_version, error) &&
         tp_store_exec_sql (db, "SELECT id FROM ideas WHERE status = 'done' LIMIT 1", error);
}

/* Every start forgets ideas trashed over an hour ago; without an index
 * on when they were trashed, that read each idea of the library first.
 * Only trashed ideas are in it: the rest have no trashed_at. */
static gboolean
migrate_to_7 (sqlite3  *db,
              GError  **error)
{
  return tp_store_exec_sql (db,
    "CREATE INDEX ideas_by_trashed_at ON ideas (trashed_at) WHERE trashed_at IS NOT NULL;",
    error);
}

/* Only ideas in a cluster are ever looked up by it (how many a cluster
 * holds, and the ideas a deleted cluster lets go, both by cluster_id =
 * ?), yet every idea had an entry in ideas_by_cluster, most of them NULL:
 * an entry to write for each new idea, 100,000 for a large CSV import.
 * The index now holds the clustered ones only; SQLite uses it for every
 * cluster_id = ? all the same. */
static gboolean
migrate_to_8 (sqlite3  *db,
              GError  **error)
{
  return tp_store_exec_sql (db,
    "DROP INDEX ideas_by_cluster;"
    "CREATE INDEX ideas_by_cluster ON ideas (cluster_id) WHERE cluster_id IS NOT NULL;",
    error);
}

/* A tag link is its idea and its tag, and nothing refers to it by rowid:
 * as a table without rowid, its primary key is the table, and each link
 * is stored once rather than in the table and again in the key's index.
 * A third less to write for every link, which a large CSV import feels.
 * The touch triggers go with the old table, so they are made again;
 * dropping it fires none, so no idea looks changed by the upgrade. A link
 * whose idea or tag is gone (written by hand with foreign keys off, say)
 * is left behind rather than refused, which would stop the upgrade and
 * with it the library. */
static gboolean
migrate_to_9 (sqlite3  *db,
              GError  **error)
{
  return tp_store_exec_sql (db,
    "CREATE TABLE idea_tags_new ("
    "  idea_id     INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,"
    "  tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,"
    "  position    INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (idea_id, tag_id)"
    ") WITHOUT ROWID;"
    "INSERT INTO idea_tags_new (idea_id, tag_id, position) SELECT idea_id, tag_id, position FROM idea_tags "
    "  WHERE idea_id IN (SELECT id FROM ideas) AND tag_id IN (SELECT id FROM tags);"
    "DROP TABLE idea_tags;"
    "ALTER TABLE idea_tags_new RENAME TO idea_tags;"
    "CREATE INDEX idea_tags_by_tag ON idea_tags (tag_id);"
    TOUCH_IDEA ("idea_tags", "INSERT", "NEW")
    TOUCH_IDEA ("idea_tags", "DELETE", "OLD"),
    error);
}

/* The participants the CSV import makes are "Imported", "Imported 2" and
 * so on in the language the app ran in, and the import found them again
 * by that name, so an import in another language made a second set. The
 * ones it makes from now on have their number here, whatever they are
 * called; everyone else has NULL. */
static gboolean
migrate_to_10 (sqlite3  *db,
               GError  **error)
{
  return tp_store_exec_sql (db,
    "ALTER TABLE participants ADD COLUMN imported INTEGER CHECK (imported >= 1);",
    error);
}

/* A participant's dots on one idea are one row with their number, not a
 * row per dot: nothing ever told one dot from another, and a large CSV
 * import wrote a row per dot into three B-trees (the table and two
 * indexes). As a table without rowid keyed by idea and participant, the
 * key is the table, and only the index by participant is written beside
 * it. A row written without its dots holds one, as every row did. The
 * rows are grouped as they are, the earliest dot giving the time; a dot
 * whose idea or participant is gone is left behind, as migrate_to_9
 * leaves tag links, rather than stopping the upgrade. No budget is over
 * 99, so no participant holds more dots on one idea; rows that say so
 * were written around the rules, and count as 99.
 *
 * The rules are made again for dots: the budget is a sum, checked when a
 * row comes and when its dots grow, and an UPDATE touches the idea as an
 * INSERT or DELETE does. The budget rule on participants names the table
 * and would break the rename, so it goes first. Dropping and creating
 * tables fires no trigger, so no idea looks changed by the upgrade. */
#define DOTS_TAKEN(participant, and_where) \
  "coalesce ((SELECT sum (v.dots) FROM votes v JOIN ideas i ON i.id = v.idea_id" \
  "           WHERE v.participant_id = " participant " AND i.trashed_at IS NULL" and_where "), 0)"

static gboolean
migrate_to_11 (sqlite3  *db,
               GError  **error)
{
  return tp_store_exec_sql (db,
    "DROP TRIGGER participants_budget_covers_votes;"
    "CREATE TABLE votes_new ("
    "  idea_id        INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,"
    "  participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
    "  dots           INTEGER NOT NULL DEFAULT 1 CHECK (dots BETWEEN 1 AND 99),"
    "  created_at     TEXT NOT NULL,"
    "  PRIMARY KEY (idea_id, participant_id)"
    ") WITHOUT ROWID;"
    "INSERT INTO votes_new (idea_id, participant_id, dots, created_at) "
    "  SELECT idea_id, participant_id, min (count (*), 99), min (created_at) FROM votes "
    "  WHERE idea_id IN (SELECT id FROM ideas) AND participant_id IN (SELECT id FROM participants) "
    "  GROUP BY idea_id, participant_id;"
    "DROP TABLE votes;"
    "ALTER TABLE votes_new RENAME TO votes;"
    "CREATE INDEX votes_by_participant ON votes (participant_id);"
    /* Dot voting's budget, as the database states it: the dots a
     * participant has on ideas that are not in the trash. An insert that
     * meets a row already there (an upsert) passes here with its own
     * dots, and then through the update's rule with the sum. */
    "CREATE TRIGGER votes_within_budget BEFORE INSERT ON votes BEGIN"
    "  SELECT RAISE (ABORT, 'vote-budget: the participant has no votes left')"
    "  WHERE " DOTS_TAKEN ("NEW.participant_id", "") " + NEW.dots"
    "     > (SELECT vote_budget FROM participants WHERE id = NEW.participant_id);"
    "  SELECT RAISE (ABORT, 'vote-workshop: the idea and the participant belong to different workshops')"
    "  WHERE (SELECT workshop_id FROM ideas WHERE id = NEW.idea_id)"
    "     <> (SELECT workshop_id FROM participants WHERE id = NEW.participant_id);"
    "END;"
    "CREATE TRIGGER votes_dots_within_budget BEFORE UPDATE OF dots ON votes"
    "  WHEN NEW.dots > OLD.dots BEGIN"
    "  SELECT RAISE (ABORT, 'vote-budget: the participant has no votes left')"
    "  WHERE " DOTS_TAKEN ("NEW.participant_id", " AND v.idea_id <> NEW.idea_id") " + NEW.dots"
    "     > (SELECT vote_budget FROM participants WHERE id = NEW.participant_id);"
    "END;"
    "CREATE TRIGGER participants_budget_covers_votes BEFORE UPDATE OF vote_budget ON participants BEGIN"
    "  SELECT RAISE (ABORT, 'vote-budget: the participant has already used more votes')"
    "  WHERE " DOTS_TAKEN ("NEW.id", "") " > NEW.vote_budget;"
    "END;"
    TOUCH_IDEA ("votes", "INSERT", "NEW")
    TOUCH_IDEA ("votes", "UPDATE", "NEW")
    TOUCH_IDEA ("votes", "DELETE", "OLD"),
    error);
}

static const MigrateFunc migrations[] = {
  migrate_to_1,
  migrate_to_2,
  migrate_to_3,
  migrate_to_4,
  migrate_to_5,
  migrate_to_6,
  migrate_to_7,
  migrate_to_8,
  migrate_to_9,
  migrate_to_10,
  migrate_to_11,
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

      if (!tp_store_exec_sql (db, "BEGIN IMMEDIATE", error))
        return FALSE;

      if (!migrations[current] (db, error) ||
          !tp_store_exec_sql (db, set_version, error) ||
          !tp_store_exec_sql (db, "COMMIT", error))
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
