/* test-journey.c — personas, journey designs, walks and the done gate
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "tp-scenario.h"
#include "tp-store.h"
#include "tp-test.h"

typedef struct
{
  char       *dir;
  char       *path;
  TpStore    *store;
  TpWorkshop *workshop;
  TpIdea     *idea;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("touchpoint-journey-XXXXXX", &error);
  fixture->path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
  fixture->workshop = tp_store_create_workshop (fixture->store, "Install visit", &error);
  fixture->idea = tp_store_capture_idea (fixture->store, fixture->workshop,
                                         "Follow-up sales call after the visit #sales", &error);
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

static TpPersona *
persona (Fixture    *fixture,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  TpPersona *found = tp_store_find_persona (fixture->store, tp_workshop_get_id (fixture->workshop),
                                            name, &error);

  g_assert_no_error (error);
  return found;
}

/* One Decide step by phone that asks for an immediate decision; the other
 * steps are harmless for every default persona. */
static GListStore *
sales_call_journey (gboolean can_come_back,
                    gboolean half_solved)
{
  GListStore *steps = g_list_store_new (TP_TYPE_JOURNEY_STEP);
  g_autoptr(TpJourneyStep) discover = tp_journey_step_new ("Discover");
  g_autoptr(TpJourneyStep) decide = tp_journey_step_new ("Decide");
  g_autoptr(TpJourneyStep) help = tp_journey_step_new ("Get help");

  g_object_set (discover, "channels", TP_CHANNEL_PHONE | TP_CHANNEL_WEB | TP_CHANNEL_APP, NULL);
  g_object_set (decide,
                "channels", TP_CHANNEL_PHONE | TP_CHANNEL_APP,
                "description", "Sales call after the engineer's visit",
                "immediate-decision", TRUE,
                "can-come-back", can_come_back,
                NULL);
  g_object_set (help,
                "channels", TP_CHANNEL_PHONE | TP_CHANNEL_WEB | TP_CHANNEL_CHAT,
                "resolved-in-one-contact", !half_solved,
                NULL);

  g_list_store_append (steps, discover);
  g_list_store_append (steps, decide);
  g_list_store_append (steps, help);
  return steps;
}

static int
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_close (db);

  return rc;
}

static void
test_seeded_workshop (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *personas = tp_store_get_personas (fixture->store, fixture->workshop);
  g_auto(GStrv) stages = tp_store_get_template_stages (fixture->store, fixture->workshop, &error);
  g_autoptr(GListStore) journey = tp_store_get_journey (fixture->store, fixture->idea, &error);
  TpPersona *careful, *mover, *native;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, 3);

  careful = persona (fixture, "The careful switcher");
  g_assert_cmpint (tp_persona_get_relationship (careful), ==, TP_RELATIONSHIP_PROSPECT);
  g_assert_cmpint (tp_persona_get_channels (careful), ==,
                   TP_CHANNEL_PHONE | TP_CHANNEL_EMAIL | TP_CHANNEL_IN_PERSON);
  g_assert_cmpint (tp_persona_get_digital_confidence (careful), ==, TP_LEVEL_LOW);
  g_assert_true (tp_persona_get_needs_time_to_decide (careful));
  g_assert_cmpint (tp_persona_get_patience (careful), ==, TP_LEVEL_MEDIUM);

  mover = persona (fixture, "the mover");  /* names match ignoring case */
  g_assert_cmpint (tp_persona_get_relationship (mover), ==, TP_RELATIONSHIP_EXISTING);
  g_assert_cmpint (tp_persona_get_channels (mover), ==, TP_CHANNEL_PHONE | TP_CHANNEL_WEB);

  native = persona (fixture, "The app native");
  g_assert_cmpint (tp_persona_get_patience (native), ==, TP_LEVEL_LOW);
  g_assert_false (tp_persona_get_needs_time_to_decide (native));

  g_assert_cmpstrv (stages, ((const char *[]) { "Discover", "Contact", "Decide", "Sign up",
                                                "Use", "Get help", "Give feedback", NULL }));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journey)), ==, 7);

  g_assert_cmpint (tp_idea_get_verdict (fixture->idea), ==, TP_VERDICT_NOT_WALKED);
}

static void
test_bad_journey_changes_nothing (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) empty = g_list_store_new (TP_TYPE_JOURNEY_STEP);
  g_autoptr(GListStore) no_channels = g_list_store_new (TP_TYPE_JOURNEY_STEP);
  g_autoptr(TpJourneyStep) silent = tp_journey_step_new ("Contact");
  g_autoptr(GListStore) before = tp_store_get_journey (fixture->store, fixture->idea, NULL);
  g_autoptr(GListStore) after = NULL;
  gint64 revision = tp_idea_get_journey_revision (fixture->idea);

  g_assert_false (tp_store_set_journey (fixture->store, fixture->idea, G_LIST_MODEL (empty), &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);

  g_list_store_append (no_channels, silent);
  g_assert_false (tp_store_set_journey (fixture->store, fixture->idea, G_LIST_MODEL (no_channels), &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Step 1"));
  g_assert_nonnull (strstr (error->message, "channel"));

  after = tp_store_get_journey (fixture->store, fixture->idea, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (after)), ==, 7);
  g_assert_cmpint (tp_idea_get_journey_revision (fixture->idea), ==, revision);
}

static void
test_gate_story (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) no_way_back = sales_call_journey (FALSE, FALSE);
  g_autoptr(GListStore) half_solved = sales_call_journey (TRUE, TRUE);
  g_autoptr(TpWalk) careful_walk = NULL;
  g_autoptr(TpWalk) again = NULL;
  TpPersona *careful = persona (fixture, "The careful switcher");
  GListModel *personas = tp_store_get_personas (fixture->store, fixture->workshop);
  guint n = g_list_model_get_n_items (personas);

  /* Nobody walked: the refusal names every persona. */
  g_assert_false (tp_store_set_idea_status (fixture->store, fixture->idea, TP_IDEA_STATUS_DONE, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "The careful switcher has not walked"));
  g_assert_nonnull (strstr (error->message, "The mover has not walked"));
  g_assert_nonnull (strstr (error->message, "The app native has not walked"));
  g_clear_error (&error);
  g_assert_cmpint (tp_idea_get_status (fixture->idea), ==, TP_IDEA_STATUS_NEW);

  /* Seed story 1: asked to decide on the spot with no way back. */
  g_assert_true (tp_store_set_journey (fixture->store, fixture->idea, G_LIST_MODEL (no_way_back), &error));
  g_assert_no_error (error);
  careful_walk = tp_store_walk_idea (fixture->store, fixture->idea, careful, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tp_walk_result_get_outcome (tp_walk_get_result (careful_walk)), ==, TP_OUTCOME_ABANDONED);
  g_assert_cmpuint (tp_walk_result_get_dropped_at (tp_walk_get_result (careful_walk)), ==, 2);
  g_assert_cmpstr (tp_walk_result_get_reason (tp_walk_get_result (careful_walk)), ==, "no-way-back");
  g_assert_cmpint (tp_idea_get_verdict (fixture->idea), ==, TP_VERDICT_BLOCKED);
  g_assert_cmpuint (tp_idea_get_blocked_at (fixture->idea), ==, 2);

  /* A barrier cannot be accepted. */
  g_assert_false (tp_store_accept_friction (fixture->store, careful_walk, 0, "We can live with it", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_REFUSED);
  g_clear_error (&error);

  /* An inbound route lets them come back; the agent can fix only half. */
  g_assert_true (tp_store_set_journey (fixture->store, fixture->idea, G_LIST_MODEL (half_solved), &error));
  g_assert_cmpint (tp_idea_get_verdict (fixture->idea), ==, TP_VERDICT_STALE);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpPersona) p = g_list_model_get_item (personas, i);
      g_autoptr(TpWalk) walk = tp_store_walk_idea (fixture->store, fixture->idea, p, 4, &error);

      g_assert_no_error (error);
      g_assert_cmpint (tp_walk_result_get_outcome (tp_walk_get_result (walk)), ==, TP_OUTCOME_COMPLETED);
      g_assert_cmpuint (tp_walk_count_open_frictions (walk), >, 0);
    }
  g_assert_cmpint (tp_idea_get_verdict (fixture->idea), ==, TP_VERDICT_OPEN_FRICTIONS);

  g_assert_false (tp_store_set_idea_status (fixture->store, fixture->idea, TP_IDEA_STATUS_DONE, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "nobody accepted"));
  g_clear_error (&error);

  /* Raw SQL is refused by the trigger as well. */
  g_assert_cmpint (raw_exec (fixture->path, "UPDATE ideas SET status = 'done'"), ==, SQLITE_CONSTRAINT);

  /* Accept every friction, with a reason. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpPersona) p = g_list_model_get_item (personas, i);
      g_autoptr(TpWalk) walk = tp_store_get_latest_walk (fixture->store, fixture->idea, p, &error);
      TpWalkResult *result = tp_walk_get_result (walk);

      g_assert_no_error (error);
      for (guint f = 0; f < tp_walk_result_get_n_findings (result); f++)
        {
          if (tp_finding_get_severity (tp_walk_result_get_finding (result, f)) != TP_SEVERITY_FRICTION)
            continue;

          g_assert_false (tp_store_accept_friction (fixture->store, walk, f, "   ", &error));
          g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
          g_clear_error (&error);
          g_assert_true (tp_store_accept_friction (fixture->store, walk, f,
                                                   "Second visit is booked on the spot", &error));
          g_assert_no_error (error);
        }
      g_assert_cmpuint (tp_walk_count_open_frictions (walk), ==, 0);
    }

  g_assert_cmpint (tp_idea_get_verdict (fixture->idea), ==, TP_VERDICT_PASSED);
  g_assert_true (tp_store_check_done_gate (fixture->store, fixture->idea, &error));
  g_assert_true (tp_store_set_idea_status (fixture->store, fixture->idea, TP_IDEA_STATUS_DONE, &error));
  g_assert_no_error (error);

  /* Accepted reasons are kept with the walk. */
  again = tp_store_get_latest_walk (fixture->store, fixture->idea, careful, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tp_walk_count_open_frictions (again), ==, 0);
  g_assert_true (tp_store_is_walk_current (fixture->store, again));
}

static void
pass_gate (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GListModel *personas = tp_store_get_personas (fixture->store, fixture->workshop);
  g_autoptr(GListStore) smooth = sales_call_journey (TRUE, FALSE);

  g_assert_true (tp_store_set_journey (fixture->store, fixture->idea, G_LIST_MODEL (smooth), &error));
  for (guint i = 0; i < g_list_model_get_n_items (personas); i++)
    {
      g_autoptr(TpPersona) p = g_list_model_get_item (personas, i);
      g_autoptr(TpWalk) walk = tp_store_walk_idea (fixture->store, fixture->idea, p, 5, &error);
      TpWalkResult *result = tp_walk_get_result (walk);

      g_assert_no_error (error);
      for (guint f = 0; f < tp_walk_result_get_n_findings (result); f++)
        if (tp_finding_get_severity (tp_walk_result_get_finding (result, f)) == TP_SEVERITY_FRICTION)
          g_assert_true (tp_store_accept_friction (fixture->store, walk, f, "Known and fine", &error));
    }

  g_assert_cmpint (tp_idea_get_verdict (fixture->idea), ==, TP_VERDICT_PASSED);
}

static void
test_persona_change_makes_walks_stale (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpPersona *mover = persona (fixture, "The mover");
  g_autoptr(TpPersona) draft = NULL;
  g_autoptr(TpWalk) walk = NULL;
  gint64 revision = tp_persona_get_revision (mover);

  pass_gate (fixture);
  walk = tp_store_get_latest_walk (fixture->store, fixture->idea, mover, &error);

  draft = tp_persona_new ("The mover");
  g_object_set (draft,
                "channels", TP_CHANNEL_WEB,
                "digital-confidence", TP_LEVEL_MEDIUM,
                "patience", TP_LEVEL_HIGH,
                "relationship", TP_RELATIONSHIP_EXISTING,
                NULL);
  g_assert_true (tp_store_update_persona (fixture->store, mover, draft, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tp_persona_get_revision (mover), >, revision);
  g_assert_cmpint (tp_persona_get_patience (mover), ==, TP_LEVEL_HIGH);

  g_assert_false (tp_store_is_walk_current (fixture->store, walk));
  g_assert_cmpint (tp_idea_get_verdict (fixture->idea), ==, TP_VERDICT_STALE);
  g_assert_false (tp_store_set_idea_status (fixture->store, fixture->idea, TP_IDEA_STATUS_DONE, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "The mover’s walk is stale"));
}

static void
test_raw_sql_staleness (Fixture       *fixture,
                        gconstpointer  data)
{
  pass_gate (fixture);

  /* Changes made behind the app's back still make the walks stale. */
  g_assert_cmpint (raw_exec (fixture->path, "UPDATE journey_steps SET effort = 2 WHERE position = 0"), ==, SQLITE_OK);
  g_assert_cmpint (raw_exec (fixture->path, "UPDATE ideas SET status = 'done'"), ==, SQLITE_CONSTRAINT);

  g_assert_cmpint (raw_exec (fixture->path,
                             "INSERT INTO ideas (uuid, workshop_id, title, status, created_at, updated_at) "
                             "VALUES ('00000000-0000-4000-8000-000000000000', 1, 'Sneaky', 'done', 'x', 'x')"),
                   ==, SQLITE_CONSTRAINT);
}

static void
test_raw_sql_done_after_pass (Fixture       *fixture,
                              gconstpointer  data)
{
  pass_gate (fixture);

  /* The trigger refuses only what the gate refuses. */
  g_assert_cmpint (raw_exec (fixture->path, "UPDATE ideas SET status = 'done'"), ==, SQLITE_OK);
  g_assert_cmpint (raw_exec (fixture->path, "UPDATE personas SET patience = 'high' WHERE name = 'The mover'"), ==, SQLITE_OK);
  g_assert_cmpint (raw_exec (fixture->path, "UPDATE ideas SET status = 'new'"), ==, SQLITE_OK);
  g_assert_cmpint (raw_exec (fixture->path, "UPDATE ideas SET status = 'done'"), ==, SQLITE_CONSTRAINT);
}

static void
test_linked_personas (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) linked = tp_store_get_idea_personas (fixture->store, fixture->idea, &error);
  g_autoptr(GPtrArray) only_native = g_ptr_array_new ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(TpWalk) walk = NULL;
  TpPersona *native = persona (fixture, "The app native");

  g_assert_no_error (error);
  g_assert_cmpuint (linked->len, ==, 3);

  g_assert_false (tp_store_set_idea_personas (fixture->store, fixture->idea, none, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);

  g_ptr_array_add (only_native, native);
  g_assert_true (tp_store_set_idea_personas (fixture->store, fixture->idea, only_native, &error));
  g_clear_pointer (&linked, g_ptr_array_unref);
  linked = tp_store_get_idea_personas (fixture->store, fixture->idea, &error);
  g_assert_cmpuint (linked->len, ==, 1);

  /* Only the linked persona has to get through. */
  walk = tp_store_walk_idea (fixture->store, fixture->idea, native, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tp_walk_result_get_outcome (tp_walk_get_result (walk)), ==, TP_OUTCOME_COMPLETED);
  g_assert_true (tp_store_set_idea_status (fixture->store, fixture->idea, TP_IDEA_STATUS_DONE, &error));
  g_assert_no_error (error);
}

static void
test_notes_and_reload (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpPersona *careful = persona (fixture, "The careful switcher");
  g_autoptr(TpWalk) walk = tp_store_walk_idea (fixture->store, fixture->idea, careful, 5, &error);
  g_autoptr(TpWalk) reread = NULL;
  g_autoptr(JsonNode) a = NULL;
  g_autoptr(JsonNode) b = NULL;
  int gap = 0;

  g_assert_no_error (error);
  g_assert_true (tp_store_set_walk_note (fixture->store, walk, 1, "Who calls first?", &error));
  g_assert_false (tp_store_set_walk_note (fixture->store, walk, 99, "Nope", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (tp_store_get_schema_version (fixture->store), ==, tp_store_get_latest_schema_version ());

  reread = tp_store_get_latest_walk (fixture->store, fixture->idea, careful, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tp_walk_get_note (reread, 1), ==, "Who calls first?");
  g_assert_cmpuint (tp_walk_get_expected_satisfaction (reread), ==, 5);
  g_assert_true (tp_walk_get_perception_gap (reread, &gap));
  g_assert_cmpint (gap, ==, 5 - (int)tp_walk_result_get_satisfaction (tp_walk_get_result (walk)));

  /* What was recorded reads back exactly. */
  a = tp_scenario_walk_to_json (tp_walk_get_result (walk));
  b = tp_scenario_walk_to_json (tp_walk_get_result (reread));
  g_assert_true (json_node_equal (a, b));
}

static void
test_perception_gap (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  double gap = 0;
  guint n = 0;

  g_assert_false (tp_store_get_perception_gap (fixture->store, fixture->workshop, NULL, &gap, &n));
  g_assert_cmpuint (n, ==, 0);

  pass_gate (fixture);
  g_assert_true (tp_store_get_perception_gap (fixture->store, fixture->workshop, NULL, &gap, &n));
  g_assert_cmpuint (n, ==, 3);
  /* Expected 5 each; a walk through a friction-free journey scores at most 4. */
  g_assert_cmpfloat (gap, >, 0.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/journey/seeded-workshop", test_seeded_workshop);
  ADD ("/journey/bad-journey-changes-nothing", test_bad_journey_changes_nothing);
  ADD ("/journey/gate-story", test_gate_story);
  ADD ("/journey/persona-change-makes-walks-stale", test_persona_change_makes_walks_stale);
  ADD ("/journey/raw-sql-staleness", test_raw_sql_staleness);
  ADD ("/journey/raw-sql-done-after-pass", test_raw_sql_done_after_pass);
  ADD ("/journey/linked-personas", test_linked_personas);
  ADD ("/journey/notes-and-reload", test_notes_and_reload);
  ADD ("/journey/perception-gap", test_perception_gap);
#undef ADD

  return g_test_run ();
}
