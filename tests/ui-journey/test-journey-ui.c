/* test-journey-ui.c — journey design, personas and walkthrough driven through their widgets
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tp-emotion-chart.h"
#include "tp-journey-editor-private.h"
#include "tp-persona-editor.h"
#include "tp-store.h"
#include "tp-walkthrough-private.h"
#include "tp-test-ui.h"

typedef struct
{
  char       *dir;
  TpStore    *store;
  TpWorkshop *workshop;
  TpIdea     *idea;
} Fixture;

static gboolean
accept_dialog_is_open (gpointer walkthrough)
{
  return tp_walkthrough_get_accept_dialog (walkthrough) != NULL;
}

static AdwMessageDialog *
wait_for_accept_dialog (TpWalkthrough *walkthrough)
{
  tp_test_wait_until (accept_dialog_is_open, walkthrough, "the Accept dialog is open");
  return tp_walkthrough_get_accept_dialog (walkthrough);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("touchpoint-journey-ui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->store = tp_store_new (path, &error);
  g_assert_no_error (error);

  fixture->workshop = tp_store_create_workshop (fixture->store, "Field service", &error);
  g_assert_no_error (error);
  fixture->idea = tp_store_add_idea (fixture->store, fixture->workshop,
                                     "Sales call after the engineer's visit",
                                     NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tp_test_run_pending ();
  g_assert_finalize_object (fixture->store);

  tp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static TpPersona *
find_persona (Fixture    *fixture,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  TpPersona *persona = tp_store_find_persona (fixture->store, tp_workshop_get_id (fixture->workshop),
                                              name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (persona);
  return persona;
}

static TpJourneyStep *
saved_step (Fixture *fixture,
            guint    index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) journey = tp_store_get_journey (fixture->store, fixture->idea, &error);

  g_assert_no_error (error);
  return g_list_model_get_item (G_LIST_MODEL (journey), index);
}

/* Changes one step of the saved design through the core, as a test setup. */
static void
set_step (Fixture    *fixture,
          guint       index,
          const char *first_property,
          ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) journey = tp_store_get_journey (fixture->store, fixture->idea, &error);
  g_autoptr(TpJourneyStep) step = NULL;
  va_list args;

  g_assert_no_error (error);
  step = g_list_model_get_item (G_LIST_MODEL (journey), index);
  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (step), first_property, args);
  va_end (args);

  tp_store_set_journey (fixture->store, fixture->idea, G_LIST_MODEL (journey), &error);
  g_assert_no_error (error);
}

static void
test_editor_saves_each_change (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(TpJourneyStep) decide = NULL;
  g_autoptr(TpJourneyStep) discover = NULL;
  g_autoptr(GPtrArray) linked = NULL;
  GtkWidget *editor = g_object_ref (tp_journey_editor_new (fixture->store, fixture->idea));
  TpJourneyEditor *self = TP_JOURNEY_EDITOR (editor);
  gint64 revision = tp_idea_get_journey_revision (fixture->idea);
  GtkWidget *widget;

  tp_test_present_and_wait (editor);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Sales call after the engineer's visit");

  /* Step 3 is Decide in the default template. */
  widget = tp_journey_editor_get_field (self, 2, "immediate-decision");
  g_assert_true (GTK_IS_SWITCH (widget));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (widget)));
  gtk_switch_set_active (GTK_SWITCH (widget), TRUE);
  tp_test_run_pending ();

  decide = saved_step (fixture, 2);
  g_assert_cmpstr (tp_journey_step_get_stage (decide), ==, "Decide");
  g_assert_true (tp_journey_step_get_immediate_decision (decide));
  g_assert_cmpint (tp_idea_get_journey_revision (fixture->idea), >, revision);

  /* Steps start with phone and web: the first can go, the last cannot. */
  widget = tp_journey_editor_get_field (self, 0, "channel:phone");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (widget)));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (widget), FALSE);
  g_assert_null (tp_journey_editor_get_last_message (self));

  widget = tp_journey_editor_get_field (self, 0, "channel:web");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (widget), FALSE);
  tp_test_run_pending ();
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (widget)));
  g_assert_nonnull (strstr (tp_journey_editor_get_last_message (self), "offers no channel"));

  discover = saved_step (fixture, 0);
  g_assert_cmpuint (tp_journey_step_get_channels (discover), ==, TP_CHANNEL_WEB);

  /* Effort goes through the spin button. */
  widget = tp_journey_editor_get_field (self, 0, "effort");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), 4);
  g_clear_object (&discover);
  discover = saved_step (fixture, 0);
  g_assert_cmpuint (tp_journey_step_get_effort (discover), ==, 4);

  /* Unlinking every persona is refused at the last one. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tp_journey_editor_get_persona_check (self, 0)), FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tp_journey_editor_get_persona_check (self, 1)), FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tp_journey_editor_get_persona_check (self, 2)), FALSE);
  tp_test_run_pending ();
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (tp_journey_editor_get_persona_check (self, 2))));
  g_assert_nonnull (strstr (tp_journey_editor_get_last_message (self), "at least one persona"));
  linked = tp_store_get_idea_personas (fixture->store, fixture->idea, NULL);
  g_assert_cmpuint (linked->len, ==, 1);
  g_assert_cmpstr (tp_persona_get_name (g_ptr_array_index (linked, 0)), ==, "The app native");

  tp_test_close_and_finalize (editor);
}

static void
test_editor_moves_and_removes (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *editor = g_object_ref (tp_journey_editor_new (fixture->store, fixture->idea));
  g_autoptr(TpJourneyStep) first = NULL;
  g_autoptr(TpJourneyStep) second = NULL;
  g_autoptr(GListStore) journey = NULL;

  tp_test_present_and_wait (editor);

  /* Alt+Down on the focused first step moves it below the second. */
  gtk_widget_grab_focus (gtk_widget_get_ancestor (tp_journey_editor_get_field (TP_JOURNEY_EDITOR (editor), 0, "stage"),
                                                  ADW_TYPE_EXPANDER_ROW));
  gtk_widget_activate_action (editor, "journey.move-focused-down", NULL);
  first = saved_step (fixture, 0);
  second = saved_step (fixture, 1);
  g_assert_cmpstr (tp_journey_step_get_stage (first), ==, "Contact");
  g_assert_cmpstr (tp_journey_step_get_stage (second), ==, "Discover");

  gtk_widget_activate_action (editor, "journey.remove-step", "u", 0);
  journey = tp_store_get_journey (fixture->store, fixture->idea, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journey)), ==, 6);
  g_clear_object (&journey);

  gtk_widget_activate_action (editor, "journey.undo-remove", NULL);
  journey = tp_store_get_journey (fixture->store, fixture->idea, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journey)), ==, 7);

  tp_test_close_and_finalize (editor);
}

/* The walkthrough is taken round the room on a phone too: every page of
 * it, the findings with their Accept buttons among them, fits 360 px. */
static void
assert_fits_a_phone (GtkWidget *window)
{
  int minimum = 0;

  gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
}

static void
test_walkthrough_barrier (Fixture       *fixture,
                          gconstpointer  data)
{
  TpPersona *persona = find_persona (fixture, "The careful switcher");
  GtkWidget *window;
  TpWalkthrough *self;
  TpWalkResult *result;
  char *problem;

  /* Contact asks for a decision on the spot, with no way back. */
  set_step (fixture, 1, "immediate-decision", TRUE, "can-come-back", FALSE, NULL);

  window = g_object_ref (tp_walkthrough_new (fixture->store, fixture->idea, persona));
  self = TP_WALKTHROUGH (window);
  tp_test_present_and_wait (window);

  g_assert_null (tp_walkthrough_get_walk (self));
  assert_fits_a_phone (window);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (tp_walkthrough_get_expect_button (self, 4)), TRUE);
  gtk_widget_activate_action (window, "walk.start", NULL);
  tp_test_run_pending ();
  assert_fits_a_phone (window);

  g_assert_nonnull (tp_walkthrough_get_walk (self));
  result = tp_walk_get_result (tp_walkthrough_get_walk (self));
  g_assert_cmpint (tp_walk_result_get_outcome (result), ==, TP_OUTCOME_ABANDONED);

  /* Two steps walked, then the summary. */
  g_assert_cmpuint (tp_walkthrough_get_n_pages (self), ==, 3);
  g_assert_cmpuint (tp_walkthrough_get_page (self), ==, 0);
  g_assert_false (tp_walkthrough_has_edit_button (self, 1));
  g_assert_true (tp_walkthrough_has_edit_button (self, 2));
  for (guint i = 0; i < tp_walk_result_get_n_findings (result); i++)
    if (tp_finding_get_severity (tp_walk_result_get_finding (result, i)) == TP_SEVERITY_BARRIER)
      g_assert_null (tp_walkthrough_get_accept_button (self, i));

  gtk_widget_activate_action (window, "walk.next", NULL);
  g_assert_cmpuint (tp_walkthrough_get_page (self), ==, 1);
  gtk_widget_activate_action (window, "walk.next", NULL);
  g_assert_cmpuint (tp_walkthrough_get_page (self), ==, 2);
  gtk_widget_activate_action (window, "walk.next", NULL);
  g_assert_cmpuint (tp_walkthrough_get_page (self), ==, 2);

  g_assert_true (g_str_has_prefix (tp_walkthrough_get_outcome_text (self), "Dropped out at step 2"));
  g_assert_cmpstr (tp_walkthrough_get_gap_text (self), ==,
                   "You expected 4; the simulated customer gave 1: a gap of +3");

  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (tp_walkthrough_get_chart (self)),
                                                GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                "Emotion after each step: 0, −3");
  g_assert_null (problem);

  tp_test_close_and_finalize (window);
}

static void
test_walkthrough_accept_friction (Fixture       *fixture,
                                  gconstpointer  data)
{
  const char *reason = "Callbacks are booked in the next release";
  TpPersona *persona = find_persona (fixture, "The careful switcher");
  g_autoptr(TpWalk) latest = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *window, *button;
  TpWalkthrough *self;

  /* Discover hands the customer on: one friction, which they live with. */
  set_step (fixture, 0, "resolved-in-one-contact", FALSE, NULL);

  window = g_object_ref (tp_walkthrough_new (fixture->store, fixture->idea, persona));
  self = TP_WALKTHROUGH (window);
  tp_test_present_and_wait (window);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (tp_walkthrough_get_expect_button (self, 3)), TRUE);
  gtk_widget_activate_action (window, "walk.start", NULL);
  tp_test_run_pending ();
  g_assert_cmpstr (tp_walkthrough_get_outcome_text (self), ==, "Completed");
  g_assert_cmpuint (tp_walk_count_open_frictions (tp_walkthrough_get_walk (self)), ==, 1);

  button = tp_walkthrough_get_accept_button (self, 0);
  g_assert_nonnull (button);
  /* Activating a button clicks it after a short press animation. */
  gtk_widget_activate (button);
  dialog = wait_for_accept_dialog (self);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "accept"));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "accept"));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), reason);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "accept"));
  adw_message_dialog_response (dialog, "accept");
  tp_test_run_pending ();

  g_assert_null (tp_walkthrough_get_accept_button (self, 0));
  latest = tp_store_get_latest_walk (fixture->store, fixture->idea, persona, NULL);
  g_assert_nonnull (latest);
  g_assert_cmpstr (tp_walk_get_acceptance (latest, 0), ==, reason);
  g_assert_cmpuint (tp_walk_count_open_frictions (latest), ==, 0);

  tp_test_close_and_finalize (window);

  /* Reviewing the walk later shows it accepted, with no Accept offered. */
  window = g_object_ref (tp_walkthrough_new_for_walk (fixture->store, fixture->idea, persona, latest));
  tp_test_present_and_wait (window);
  g_assert_null (tp_walkthrough_get_accept_button (TP_WALKTHROUGH (window), 0));
  g_assert_cmpuint (tp_walkthrough_get_n_pages (TP_WALKTHROUGH (window)), ==, 8);
  tp_test_close_and_finalize (window);
}

static void
test_persona_editor_opens (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *editor = g_object_ref (tp_persona_editor_new (fixture->store, fixture->workshop));
  GListModel *personas = tp_store_get_personas (fixture->store, fixture->workshop);

  tp_test_present_and_wait (editor);
  gtk_widget_activate_action (editor, "personas.add", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (personas), ==, 4);
  tp_test_close_and_finalize (editor);
}

static void
test_emotion_chart (void)
{
  static const int values[] = { 0, 1, -2, 5 };
  GtkWidget *chart = g_object_ref_sink (tp_emotion_chart_new ());
  char *problem;

  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart),
                                                GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                "No steps walked yet");
  g_assert_null (problem);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG));

  tp_emotion_chart_set_values (TP_EMOTION_CHART (chart), values, G_N_ELEMENTS (values));
  g_assert_cmpuint (tp_emotion_chart_get_emotion (TP_EMOTION_CHART (chart))->len, ==, 4);
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart),
                                                GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                "Emotion after each step: 0, +1, −2, +5");
  g_assert_null (problem);

  g_assert_finalize_object (chart);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* The test accessibility backend lets the tests read what a screen
   * reader would be told, without the desktop's accessibility bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!tp_test_init_display ())
    return 77;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/journey/editor-saves-each-change", test_editor_saves_each_change);
  ADD ("/ui/journey/editor-moves-and-removes", test_editor_moves_and_removes);
  ADD ("/ui/journey/walkthrough-barrier", test_walkthrough_barrier);
  ADD ("/ui/journey/walkthrough-accept-friction", test_walkthrough_accept_friction);
  ADD ("/ui/journey/persona-editor", test_persona_editor_opens);
  g_test_add_func ("/ui/journey/emotion-chart", test_emotion_chart);

#undef ADD

  return g_test_run ();
}
