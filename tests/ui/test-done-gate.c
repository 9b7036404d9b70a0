/* test-done-gate.c — the done gate, journey verdicts and perception gap, driven through the window
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tp-idea-editor.h"
#include "tp-idea-journey-private.h"
#include "tp-idea-row.h"
#include "tp-journey-editor.h"
#include "tp-persona-editor.h"
#include "tp-store.h"
#include "tp-walkthrough-private.h"
#include "tp-window-private.h"
#include "tp-test-ui.h"

static const char * const persona_names[] = {
  "The careful switcher", "The mover", "The app native",
};

typedef struct
{
  char     *dir;
  char     *path;
  TpStore  *store;
  TpWindow *window;
  TpIdea   *idea;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *entry;

  fixture->dir = g_dir_make_tmp ("touchpoint-gate-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);

  fixture->window = g_object_ref (tp_window_new (fixture->store, NULL, NULL));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
  gtk_window_present (GTK_WINDOW (fixture->window));
  tp_test_wait_until (tp_test_widget_is_mapped, fixture->window, "the window is on screen");

  /* What Ctrl+N, typing and Enter do. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-workshop", NULL));
  entry = tp_window_get_part (fixture->window, TP_WINDOW_PART_CAPTURE_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "An inbound line for quotes");
  g_signal_emit_by_name (entry, "activate");
  tp_test_run_pending ();

  fixture->idea = g_list_model_get_item (tp_store_get_ideas (fixture->store,
                                                             tp_window_get_workshop (fixture->window)),
                                         0);
  g_assert_nonnull (fixture->idea);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->idea);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  tp_test_run_pending ();
  g_assert_finalize_object (fixture->window);
  g_assert_finalize_object (fixture->store);

  tp_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static TpPersona *
find_persona (Fixture    *fixture,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  TpPersona *persona = tp_store_find_persona (fixture->store,
                                              tp_idea_get_workshop_id (fixture->idea),
                                              name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (persona);
  return persona;
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

static GtkWidget *
find_descendant (GtkWidget  *widget,
                 GType       type,
                 const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (css_class == NULL || gtk_widget_has_css_class (child, css_class)))
        return child;
      if ((found = find_descendant (child, type, css_class)) != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_row (Fixture *fixture)
{
  GtkWidget *view = tp_window_get_part (fixture->window, TP_WINDOW_PART_IDEAS_VIEW);

  for (GtkWidget *child = gtk_widget_get_first_child (view);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = find_descendant (child, TP_TYPE_IDEA_ROW, NULL);

      if (row != NULL && tp_idea_row_get_idea (TP_IDEA_ROW (row)) == fixture->idea)
        return row;
    }

  return NULL;
}

static gboolean
row_is_shown (gpointer data)
{
  return find_row (data) != NULL;
}

/* What the idea's row in the list says about its journey. */
static const char *
row_verdict (Fixture *fixture)
{
  GtkWidget *row, *pill;

  tp_test_wait_until (row_is_shown, fixture, "the idea's row is shown");
  row = find_row (fixture);
  pill = find_descendant (row, GTK_TYPE_LABEL, "verdict-pill");
  g_assert_nonnull (pill);
  return gtk_label_get_text (GTK_LABEL (pill));
}

/* Collects the mnemonic of every label on screen under @widget, keyed by
 * its key, and fails when two different labels share one: Alt and that
 * key would then cycle between them instead of acting. */
static void
check_mnemonics (GtkWidget  *widget,
                 GHashTable *labels)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget) && gtk_label_get_use_underline (GTK_LABEL (widget)))
    {
      guint key = gdk_keyval_to_lower (gtk_label_get_mnemonic_keyval (GTK_LABEL (widget)));
      const char *text = gtk_label_get_label (GTK_LABEL (widget));
      const char *seen = g_hash_table_lookup (labels, GUINT_TO_POINTER (key));

      if (key != GDK_KEY_VoidSymbol)
        {
          if (seen != NULL && !g_str_equal (seen, text))
            g_error ("“%s” and “%s” both answer to Alt+%s", seen, text, gdk_keyval_name (key));
          g_hash_table_insert (labels, GUINT_TO_POINTER (key), (gpointer) text);
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_mnemonics (child, labels);
}

static TpIdeaEditor *
open_editor (Fixture *fixture)
{
  TpIdeaEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.edit-idea",
                                             "x", tp_idea_get_id (fixture->idea)));
  editor = TP_IDEA_EDITOR (tp_test_find_toplevel (TP_TYPE_IDEA_EDITOR));
  g_assert_nonnull (editor);
  tp_test_wait_until (tp_test_widget_is_mapped, editor, "the idea editor is on screen");
  g_object_ref (editor);

  /* It opens on a phone too: nothing in it needs more than 360 px. */
  {
    int minimum = 0;

    gtk_widget_measure (GTK_WIDGET (editor), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
  }

  /* Every button label with a mnemonic answers to a key of its own. */
  {
    g_autoptr(GHashTable) labels = g_hash_table_new (NULL, NULL);

    check_mnemonics (GTK_WIDGET (editor), labels);
    g_assert_cmpuint (g_hash_table_size (labels), >=, 3);
  }

  return editor;
}

static gboolean
done_is_available (TpIdeaJourney *journey)
{
  return gtk_widget_is_sensitive (tp_idea_journey_get_status_button (journey, TP_IDEA_STATUS_DONE));
}

static void
accept_every_friction (Fixture    *fixture,
                       TpPersona  *persona)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpWalk) walk = tp_store_get_latest_walk (fixture->store, fixture->idea, persona, &error);
  TpWalkResult *result;

  g_assert_no_error (error);
  g_assert_nonnull (walk);
  result = tp_walk_get_result (walk);
  for (guint i = 0; i < tp_walk_result_get_n_findings (result); i++)
    if (tp_finding_get_severity (tp_walk_result_get_finding (result, i)) == TP_SEVERITY_FRICTION &&
        tp_walk_get_acceptance (walk, i) == NULL)
      {
        tp_store_accept_friction (fixture->store, walk, i, "The hand-over is booked for the next release", &error);
        g_assert_no_error (error);
      }
}

static gboolean
gap_is_shown (gpointer data)
{
  Fixture *fixture = data;

  return gtk_revealer_get_reveal_child (GTK_REVEALER (tp_window_get_part (fixture->window,
                                                                          TP_WINDOW_PART_GAP_REVEALER)));
}

static void
test_done_gate (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) reader = NULL;
  TpIdeaEditor *editor;
  TpIdeaJourney *journey;
  GtkWidget *walkthrough;
  TpIdea *read_idea;
  const char *gate;

  g_assert_cmpstr (row_verdict (fixture), ==, "Not walked");
  g_assert_false (gap_is_shown (fixture));

  editor = open_editor (fixture);
  journey = TP_IDEA_JOURNEY (tp_idea_editor_get_journey (editor));
  g_assert_cmpstr (tp_idea_journey_get_verdict_text (journey), ==, "Not walked");
  g_assert_cmpuint (tp_idea_journey_get_n_personas (journey), ==, 3);

  /* A new idea cannot be done, and the section says who is missing. */
  g_assert_false (done_is_available (journey));
  gate = tp_idea_journey_get_gate_text (journey);
  g_assert_nonnull (gate);
  g_assert_true (g_str_has_prefix (gate, "“An inbound line for quotes” cannot be done yet: "));
  for (guint i = 0; i < G_N_ELEMENTS (persona_names); i++)
    g_assert_nonnull (strstr (gate, persona_names[i]));
  g_assert_true (gtk_widget_get_visible (tp_idea_journey_get_start_button (journey)));

  /* A journey every persona gets through, with one friction to own. */
  set_step (fixture, 0, "resolved-in-one-contact", FALSE, NULL);

  /* The first persona walks through the walkthrough, as Start Walkthrough opens it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (journey), "journey.start-walkthrough", NULL));
  walkthrough = tp_test_find_toplevel (TP_TYPE_WALKTHROUGH);
  g_assert_nonnull (walkthrough);
  g_object_ref (walkthrough);
  g_assert_cmpstr (tp_persona_get_name (tp_walkthrough_get_persona (TP_WALKTHROUGH (walkthrough))), ==,
                   persona_names[0]);
  tp_test_wait_until (tp_test_widget_is_mapped, walkthrough, "the walkthrough is on screen");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (tp_walkthrough_get_expect_button (TP_WALKTHROUGH (walkthrough), 4)),
                                TRUE);
  g_assert_true (gtk_widget_activate_action (walkthrough, "walk.start", NULL));
  tp_test_run_pending ();
  g_assert_nonnull (tp_walkthrough_get_walk (TP_WALKTHROUGH (walkthrough)));
  tp_test_close_and_finalize (walkthrough);

  g_assert_cmpstr (tp_idea_journey_get_persona_status (journey, 0), ==, "1 friction to review");
  g_assert_cmpstr (tp_idea_journey_get_persona_status (journey, 1), ==, "Not walked yet");
  /* A walk recorded through the editor updates the workshop's gap at once. */
  g_assert_true (gap_is_shown (fixture));

  /* The others walk through the store. */
  for (guint i = 1; i < G_N_ELEMENTS (persona_names); i++)
    {
      g_autoptr(TpWalk) walk = tp_store_walk_idea (fixture->store, fixture->idea,
                                                   find_persona (fixture, persona_names[i]), 3, &error);

      g_assert_no_error (error);
      g_assert_nonnull (walk);
    }
  g_assert_cmpstr (row_verdict (fixture), ==, "Frictions to review");
  g_assert_false (done_is_available (journey));
  g_assert_nonnull (strstr (tp_idea_journey_get_gate_text (journey), "nobody accepted yet"));

  for (guint i = 0; i < G_N_ELEMENTS (persona_names); i++)
    accept_every_friction (fixture, find_persona (fixture, persona_names[i]));

  g_assert_cmpstr (row_verdict (fixture), ==, "Passed");
  g_assert_cmpstr (tp_idea_journey_get_verdict_text (journey), ==, "Passed");
  g_assert_cmpstr (tp_idea_journey_get_persona_status (journey, 2), ==, "Passed");
  g_assert_true (done_is_available (journey));
  g_assert_null (tp_idea_journey_get_gate_text (journey));

  /* Choosing Done sets it in the store. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tp_idea_journey_get_status_button (journey, TP_IDEA_STATUS_DONE)),
                               TRUE);
  tp_test_run_pending ();
  g_assert_null (tp_idea_journey_get_message (journey));
  g_assert_cmpint (tp_idea_get_status (fixture->idea), ==, TP_IDEA_STATUS_DONE);
  reader = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
  read_idea = tp_store_find_idea (reader, tp_idea_get_uuid (fixture->idea), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tp_idea_get_status (read_idea), ==, TP_IDEA_STATUS_DONE);

  /* A changed design makes every walk stale and closes the gate again. */
  set_step (fixture, 1, "effort", 2, NULL);
  g_assert_cmpstr (row_verdict (fixture), ==, "Stale");
  g_assert_false (done_is_available (journey));
  g_assert_nonnull (strstr (tp_idea_journey_get_gate_text (journey), "stale"));

  /* Another status can still be chosen. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tp_idea_journey_get_status_button (journey, TP_IDEA_STATUS_PARKED)),
                               TRUE);
  g_assert_cmpint (tp_idea_get_status (fixture->idea), ==, TP_IDEA_STATUS_PARKED);

  tp_test_close_and_finalize (editor);

  /* Expected 4, 3 and 3; each walk ended with one friction, which the
   * simulated customer rates 2. */
  g_assert_true (gap_is_shown (fixture));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (tp_window_get_part (fixture->window, TP_WINDOW_PART_GAP_LABEL))), ==,
                   "Perception gap: the team expected +1.3 more than the simulated customers (3 walks)");
}

static void
test_blocked_pill (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpWalk) walk = NULL;
  TpIdeaEditor *editor;
  TpIdeaJourney *journey;
  GtkWidget *designer, *walkthrough;

  /* Contact asks for a decision on the spot, with no way back. */
  set_step (fixture, 1, "immediate-decision", TRUE, "can-come-back", FALSE, NULL);
  walk = tp_store_walk_idea (fixture->store, fixture->idea, find_persona (fixture, persona_names[0]), 0, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (row_verdict (fixture), ==, "Blocked at step 2");

  editor = open_editor (fixture);
  journey = TP_IDEA_JOURNEY (tp_idea_editor_get_journey (editor));
  g_assert_cmpstr (tp_idea_journey_get_verdict_text (journey), ==, "Blocked at step 2");
  g_assert_cmpstr (tp_idea_journey_get_persona_status (journey, 0), ==, "Dropped out at step 2");
  g_assert_false (done_is_available (journey));
  g_assert_nonnull (strstr (tp_idea_journey_get_gate_text (journey), "dropped out at step 2"));

  /* Refused choices say why, inline, and leave the status alone. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tp_idea_journey_get_status_button (journey, TP_IDEA_STATUS_DONE)),
                               TRUE);
  g_assert_nonnull (tp_idea_journey_get_message (journey));
  g_assert_cmpint (tp_idea_get_status (fixture->idea), ==, TP_IDEA_STATUS_NEW);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (tp_idea_journey_get_status_button (journey,
                                                                                                     TP_IDEA_STATUS_NEW))));

  /* Edit Journey… opens the design over the editor; a walkthrough asks
   * for it after a barrier and gets it over itself. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (journey), "journey.edit", NULL));
  designer = tp_test_find_toplevel (TP_TYPE_JOURNEY_EDITOR);
  g_assert_nonnull (designer);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (designer)) == GTK_WINDOW (editor));
  tp_test_close_and_finalize (g_object_ref (designer));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (journey), "journey.review", "u", 0));
  walkthrough = tp_test_find_toplevel (TP_TYPE_WALKTHROUGH);
  g_assert_nonnull (walkthrough);
  g_object_ref (walkthrough);
  g_assert_nonnull (tp_walkthrough_get_walk (TP_WALKTHROUGH (walkthrough)));
  g_signal_emit_by_name (walkthrough, "edit-journey-requested");
  designer = tp_test_find_toplevel (TP_TYPE_JOURNEY_EDITOR);
  g_assert_nonnull (designer);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (designer)) == GTK_WINDOW (walkthrough));
  tp_test_close_and_finalize (g_object_ref (designer));
  tp_test_close_and_finalize (walkthrough);

  tp_test_close_and_finalize (editor);

  /* Nobody gave an expectation: no gap to show. */
  g_assert_false (gap_is_shown (fixture));
}

static void
test_personas_action (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.personas", NULL));
  editor = tp_test_find_toplevel (TP_TYPE_PERSONA_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (tp_persona_editor_get_workshop (TP_PERSONA_EDITOR (editor)) == tp_window_get_workshop (fixture->window));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (fixture->window));
  tp_test_close_and_finalize (g_object_ref (editor));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* Nothing here reads the accessibility tree, and no test should need
   * the desktop's accessibility bus to be running. */
  g_setenv ("GTK_A11Y", "none", FALSE);

  if (!tp_test_init_display ())
    return 77;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/done-gate/done-gate", test_done_gate);
  ADD ("/ui/done-gate/blocked-pill", test_blocked_pill);
  ADD ("/ui/done-gate/personas-action", test_personas_action);

#undef ADD

  return g_test_run ();
}
