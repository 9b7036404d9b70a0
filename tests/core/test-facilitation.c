/* test-facilitation.c — phases, clusters, templates and the countdown
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tp-store.h"
#include "tp-test.h"
#include "tp-timer.h"

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

  fixture->dir = g_dir_make_tmp ("touchpoint-facilitation-XXXXXX", &error);
  fixture->path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
  fixture->workshop = tp_store_create_workshop (fixture->store, "Room", &error);
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

static TpWorkshop *
reopen (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_finalize_object (fixture->store);
  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
  fixture->workshop = tp_store_find_workshop (fixture->store, "Room", &error);
  g_assert_no_error (error);
  return fixture->workshop;
}

static TpIdea *
capture (Fixture    *fixture,
         const char *text)
{
  g_autoptr(GError) error = NULL;
  TpIdea *idea = tp_store_capture_idea (fixture->store, fixture->workshop, text, &error);

  g_assert_no_error (error);
  return idea;
}

static void
test_phases_keep_everything (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  capture (fixture, "Kept across phases #x");
  g_assert_cmpint (tp_workshop_get_phase (fixture->workshop), ==, TP_PHASE_CAPTURE);

  for (int phase = TP_PHASE_REVIEW; phase >= TP_PHASE_CAPTURE; phase--)
    {
      g_assert_true (tp_store_set_workshop_phase (fixture->store, fixture->workshop, phase, &error));
      g_assert_no_error (error);
    }
  g_assert_true (tp_store_set_workshop_phase (fixture->store, fixture->workshop, TP_PHASE_VOTE, &error));
  g_assert_true (tp_store_set_workshop_hide_authors (fixture->store, fixture->workshop, TRUE, &error));

  reopen (fixture);
  g_assert_cmpint (tp_workshop_get_phase (fixture->workshop), ==, TP_PHASE_VOTE);
  g_assert_true (tp_workshop_get_hide_authors (fixture->workshop));
  g_assert_cmpuint (tp_workshop_get_n_ideas (fixture->workshop), ==, 1);

  g_assert_cmpstr (tp_phase_to_string (TP_PHASE_PRIORITISE), ==, "prioritise");
  {
    TpPhase phase;
    g_assert_true (tp_phase_from_string ("Prioritize", &phase));
    g_assert_cmpint (phase, ==, TP_PHASE_PRIORITISE);
    g_assert_false (tp_phase_from_string ("lunch", &phase));
  }
}

static void
test_timer_presets (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (tp_workshop_get_timer_presets (fixture->workshop), ==, "60,180,300,600");
  g_assert_true (tp_store_set_workshop_timer_presets (fixture->store, fixture->workshop, " 120, 420 ", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tp_workshop_get_timer_presets (fixture->workshop), ==, "120,420");

  g_assert_false (tp_store_set_workshop_timer_presets (fixture->store, fixture->workshop, "120,abc", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "abc"));
  g_clear_error (&error);
  g_assert_false (tp_store_set_workshop_timer_presets (fixture->store, fixture->workshop, "0", &error));
  g_clear_error (&error);

  reopen (fixture);
  g_assert_cmpstr (tp_workshop_get_timer_presets (fixture->workshop), ==, "120,420");
}

static void
test_clusters (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpIdea *a = capture (fixture, "Call-back line");
  TpIdea *b = capture (fixture, "Inbound number on the card");
  TpIdea *c = capture (fixture, "Survey the whole journey");
  TpIdea *d = capture (fixture, "Ask about the process");
  g_autoptr(GPtrArray) pair = g_ptr_array_new ();
  g_autoptr(GPtrArray) single = g_ptr_array_new ();
  GListModel *clusters = tp_store_get_clusters (fixture->store, fixture->workshop);
  TpParticipant *sam = tp_store_add_participant (fixture->store, fixture->workshop, "Sam", 5, &error);
  TpCluster *contact, *feedback;

  /* Dropping one idea onto another makes a cluster of the two. */
  g_ptr_array_add (pair, a);
  g_ptr_array_add (pair, b);
  contact = tp_store_create_cluster (fixture->store, fixture->workshop, NULL, pair, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tp_cluster_get_name (contact), ==, "Call-back line");
  g_assert_cmpuint (tp_cluster_get_n_ideas (contact), ==, 2);
  g_assert_cmpint (tp_idea_get_cluster_id (a), ==, tp_cluster_get_id (contact));

  g_assert_true (tp_store_rename_cluster (fixture->store, contact, "Ways back in", &error));
  g_assert_true (tp_store_rename_cluster (fixture->store, contact, "Ways back in", &error));
  g_assert_false (tp_store_rename_cluster (fixture->store, contact, "  ", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);

  g_ptr_array_add (single, c);
  feedback = tp_store_create_cluster (fixture->store, fixture->workshop, "Feedback", single, &error);
  g_ptr_array_index (single, 0) = d;
  g_assert_true (tp_store_move_to_cluster (fixture->store, feedback, single, &error));
  g_assert_cmpuint (tp_cluster_get_n_ideas (feedback), ==, 2);

  /* Names are found ignoring case, so none may differ by case alone. */
  g_assert_false (tp_store_rename_cluster (fixture->store, feedback, "WAYS BACK IN", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (clusters), ==, 2);

  /* A cluster shows the sum of its ideas' votes. */
  tp_store_add_votes (fixture->store, a, sam, 2, &error);
  tp_store_add_vote (fixture->store, b, sam, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tp_cluster_get_votes (contact), ==, 3);

  g_assert_true (tp_store_set_cluster_collapsed (fixture->store, contact, TRUE, &error));

  /* Merge, then ungroup: no idea is lost. */
  g_object_ref (feedback);
  g_assert_true (tp_store_merge_clusters (fixture->store, contact, feedback, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (clusters), ==, 1);
  g_assert_cmpuint (tp_cluster_get_n_ideas (contact), ==, 4);
  g_assert_cmpint (tp_idea_get_cluster_id (d), ==, tp_cluster_get_id (contact));
  g_object_unref (feedback);

  reopen (fixture);
  clusters = tp_store_get_clusters (fixture->store, fixture->workshop);
  contact = tp_store_find_cluster (fixture->store, fixture->workshop, "ways BACK in", &error);
  g_assert_no_error (error);
  g_assert_true (tp_cluster_get_collapsed (contact));
  g_assert_cmpuint (tp_cluster_get_votes (contact), ==, 3);

  g_object_ref (contact);
  g_assert_true (tp_store_ungroup_cluster (fixture->store, contact, &error));
  g_assert_no_error (error);
  g_object_unref (contact);
  g_assert_cmpuint (g_list_model_get_n_items (clusters), ==, 0);
  {
    GListModel *ideas = tp_store_get_ideas (fixture->store, fixture->workshop);

    g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 4);
    for (guint i = 0; i < 4; i++)
      {
        g_autoptr(TpIdea) idea = g_list_model_get_item (ideas, i);
        g_assert_cmpint (tp_idea_get_cluster_id (idea), ==, 0);
      }
  }
}

static void
test_templates (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *templates = tp_store_get_templates (fixture->store);
  TpTemplate *retro = tp_store_find_template (fixture->store, "retrospective", &error);
  TpTemplate *saved;
  TpWorkshop *from_retro, *from_saved;
  g_auto(GStrv) stages = NULL;
  g_autoptr(TpPersona) draft = tp_persona_new ("The night owl");

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (templates), ==, 2);
  g_assert_nonnull (tp_store_find_template (fixture->store, "Customer experience ideation", NULL));
  g_assert_true (tp_template_is_builtin (retro));

  from_retro = tp_store_create_workshop_from_template (fixture->store, "Retro", retro, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tp_workshop_get_question (from_retro), ==, tp_template_get_question (retro));
  g_assert_cmpstr (tp_workshop_get_timer_presets (from_retro), ==, "60,180,300,600");
  stages = tp_store_get_template_stages (fixture->store, from_retro, &error);
  g_assert_cmpstrv (stages, tp_template_get_stages (retro));
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_personas (fixture->store, from_retro)), ==, 3);

  /* Save a workshop with its own persona and question as a template. */
  g_object_set (draft, "channels", TP_CHANNEL_CHAT, "patience", TP_LEVEL_HIGH, NULL);
  tp_store_add_persona (fixture->store, fixture->workshop, draft, &error);
  tp_store_set_workshop_question (fixture->store, fixture->workshop, "How might we help at night?", &error);
  tp_store_set_workshop_timer_presets (fixture->store, fixture->workshop, "90,240", &error);
  g_assert_no_error (error);

  saved = tp_store_save_template (fixture->store, fixture->workshop, "Night shift", &error);
  g_assert_no_error (error);
  g_assert_false (tp_template_is_builtin (saved));
  g_assert_null (tp_store_save_template (fixture->store, fixture->workshop, "night SHIFT", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);

  from_saved = tp_store_create_workshop_from_template (fixture->store, "Tonight", saved, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tp_workshop_get_question (from_saved), ==, "How might we help at night?");
  g_assert_cmpstr (tp_workshop_get_timer_presets (from_saved), ==, "90,240");
  g_assert_nonnull (tp_store_find_persona (fixture->store, tp_workshop_get_id (from_saved), "The night owl", &error));
  g_assert_no_error (error);

  /* Saved templates survive a restart; built-in ones cannot be deleted. */
  reopen (fixture);
  saved = tp_store_find_template (fixture->store, "Night shift", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tp_template_get_personas (saved)->len, ==, 4);
  g_assert_false (tp_store_delete_template (fixture->store,
                                            tp_store_find_template (fixture->store, "Retrospective", NULL),
                                            &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_true (tp_store_delete_template (fixture->store, saved, &error));
  g_assert_null (tp_store_find_template (fixture->store, "Night shift", NULL));
}

/* The timer, on a clock the test moves by hand: no sleeping. */

typedef struct
{
  gint64 now;
  guint  finished;
} FakeClock;

static gint64
fake_now (gpointer user_data)
{
  return ((FakeClock *)user_data)->now;
}

static void
finished_cb (TpTimer   *timer,
             FakeClock *clock)
{
  clock->finished++;
}

static void
test_timer (void)
{
  g_autoptr(TpTimer) timer = tp_timer_new ();
  g_autoptr(GError) error = NULL;
  FakeClock clock = { 1000 * G_USEC_PER_SEC, 0 };

  tp_timer_set_clock (timer, fake_now, &clock);
  g_signal_connect (timer, "finished", G_CALLBACK (finished_cb), &clock);

  g_assert_true (tp_timer_set_duration (timer, 180, &error));
  g_assert_cmpuint (tp_timer_get_remaining_seconds (timer), ==, 180);
  g_assert_false (tp_timer_set_duration (timer, 0, &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_clear_error (&error);

  tp_timer_start (timer);
  clock.now += 61 * G_USEC_PER_SEC + 1;
  tp_timer_tick (timer);
  g_assert_cmpint (tp_timer_get_state (timer), ==, TP_TIMER_RUNNING);
  g_assert_cmpuint (tp_timer_get_remaining_seconds (timer), ==, 119);

  /* Paused time does not count. */
  tp_timer_toggle (timer);
  g_assert_cmpint (tp_timer_get_state (timer), ==, TP_TIMER_PAUSED);
  clock.now += 600 * G_USEC_PER_SEC;
  tp_timer_tick (timer);
  g_assert_cmpuint (tp_timer_get_remaining_seconds (timer), ==, 119);

  tp_timer_toggle (timer);
  clock.now += 118 * G_USEC_PER_SEC;
  tp_timer_tick (timer);
  g_assert_cmpuint (tp_timer_get_remaining_seconds (timer), ==, 1);
  g_assert_cmpuint (clock.finished, ==, 0);

  /* A late tick finishes it once, at zero. */
  clock.now += 30 * G_USEC_PER_SEC;
  tp_timer_tick (timer);
  tp_timer_tick (timer);
  g_assert_cmpint (tp_timer_get_state (timer), ==, TP_TIMER_FINISHED);
  g_assert_cmpuint (tp_timer_get_remaining_seconds (timer), ==, 0);
  g_assert_cmpuint (clock.finished, ==, 1);

  /* Starting again after the end runs the full length again. */
  tp_timer_start (timer);
  g_assert_cmpuint (tp_timer_get_remaining_seconds (timer), ==, 180);
  tp_timer_reset (timer);
  g_assert_cmpint (tp_timer_get_state (timer), ==, TP_TIMER_IDLE);
}

static void
test_timer_format (void)
{
  g_autofree char *a = tp_timer_format (299);
  g_autofree char *b = tp_timer_format (3723);
  g_autoptr(GArray) presets = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (a, ==, "4:59");
  g_assert_cmpstr (b, ==, "1:02:03");

  presets = tp_timer_parse_presets ("60,180", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (presets->len, ==, 2);
  g_assert_null (tp_timer_parse_presets ("", &error));
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/facilitation/phases-keep-everything", test_phases_keep_everything);
  ADD ("/facilitation/timer-presets", test_timer_presets);
  ADD ("/facilitation/clusters", test_clusters);
  ADD ("/facilitation/templates", test_templates);
#undef ADD
  g_test_add_func ("/facilitation/timer", test_timer);
  g_test_add_func ("/facilitation/timer-format", test_timer_format);

  return g_test_run ();
}
