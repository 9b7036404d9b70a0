/* test-window-room.c — phases, the shared timer, presentation mode, hidden authors, templates and votes through the window
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "tp-backlog-view-private.h"
#include "tp-idea-editor.h"
#include "tp-idea-row.h"
#include "tp-impact-matrix.h"
#include "tp-phase-stepper.h"
#include "tp-store.h"
#include "tp-tag-manager.h"
#include "tp-template-chooser-private.h"
#include "tp-timer-button-private.h"
#include "tp-vote-bar.h"
#include "tp-window-private.h"
#include "tp-workshop-view-private.h"
#include "tp-test-ui.h"

typedef struct
{
  char     *dir;
  char     *path;
  TpStore  *store;
  TpTimer  *timer;
  TpWindow *window;
} Fixture;

static gint64 fake_now = 1000000000;

static gint64
fake_clock (gpointer data)
{
  return fake_now;
}

/* What a click does, without GtkButton's delayed keyboard activation. */
static void
click (GtkWidget *button)
{
  g_signal_emit_by_name (button, "clicked");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("touchpoint-facilitation-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);

  /* The application's timer, on a clock the test moves. */
  fixture->timer = tp_timer_new ();
  tp_timer_set_clock (fixture->timer, fake_clock, NULL);
}

static void
open_window (Fixture *fixture)
{
  fixture->window = g_object_ref (tp_window_new (fixture->store, fixture->timer, NULL));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
  tp_test_present_and_wait (GTK_WIDGET (fixture->window));
}

static void
close_window (Fixture *fixture)
{
  tp_test_close_and_finalize (g_steal_pointer (&fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    close_window (fixture);
  g_assert_finalize_object (fixture->timer);
  g_assert_finalize_object (fixture->store);

  tp_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static TpWorkshop *
make_workshop (Fixture    *fixture,
               const char *title,
               guint       n_ideas)
{
  g_autoptr(GError) error = NULL;
  TpWorkshop *workshop = tp_store_create_workshop (fixture->store, title, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n_ideas; i++)
    {
      g_autofree char *text = g_strdup_printf ("Idea %u #room @Ana", i + 1);

      tp_store_capture_idea (fixture->store, workshop, text, &error);
      g_assert_no_error (error);
    }

  return workshop;
}

static TpWorkshopView *
workshop_view (Fixture *fixture)
{
  GtkWidget *view = tp_window_get_part (fixture->window, TP_WINDOW_PART_WORKSHOP_VIEW);

  g_assert_true (TP_IS_WORKSHOP_VIEW (view));
  return TP_WORKSHOP_VIEW (view);
}

static GtkWidget *
view_part (Fixture            *fixture,
           TpWorkshopViewPart  part)
{
  return tp_workshop_view_get_part (workshop_view (fixture), part);
}

static gboolean
capture_entry_has_focus (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  GtkWidget *entry = tp_window_get_part (fixture->window, TP_WINDOW_PART_CAPTURE_ENTRY);

  return focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

/* (a) Each phase through the stepper puts its view forward; nothing else changes. */
static void
test_phases (Fixture       *fixture,
             gconstpointer  data)
{
  static const struct {
    TpPhase     phase;
    const char *view;
    TpSortKey   sort_key;
  } expected[] = {
    { TP_PHASE_GROUP,      TP_WORKSHOP_VIEW_GROUPS,  TP_SORT_RANK },
    { TP_PHASE_VOTE,       TP_WORKSHOP_VIEW_BACKLOG, TP_SORT_VOTES },
    { TP_PHASE_PRIORITISE, TP_WORKSHOP_VIEW_BACKLOG, TP_SORT_IMPACT_EFFORT },
    { TP_PHASE_WALK,       TP_WORKSHOP_VIEW_BACKLOG, TP_SORT_RANK },
    { TP_PHASE_REVIEW,     TP_WORKSHOP_VIEW_BACKLOG, TP_SORT_RANK },
    { TP_PHASE_CAPTURE,    TP_WORKSHOP_VIEW_IDEAS,   TP_SORT_RANK },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) other = NULL;
  TpWorkshop *workshop = make_workshop (fixture, "Phases", 5);
  gint64 id = tp_workshop_get_id (workshop);
  TpPhaseStepper *stepper;
  TpBacklogView *backlog;
  GtkWidget *votes;

  open_window (fixture);
  tp_window_set_workshop (fixture->window, workshop);
  stepper = TP_PHASE_STEPPER (tp_window_get_part (fixture->window, TP_WINDOW_PART_PHASE_STEPPER));
  backlog = TP_BACKLOG_VIEW (view_part (fixture, TP_WORKSHOP_VIEW_PART_BACKLOG_VIEW));
  votes = view_part (fixture, TP_WORKSHOP_VIEW_PART_VOTE_BAR);
  g_assert_true (tp_phase_stepper_get_workshop (stepper) == workshop);
  g_assert_cmpstr (tp_workshop_view_get_visible_view (workshop_view (fixture)), ==, TP_WORKSHOP_VIEW_IDEAS);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GtkWidget *button = tp_phase_stepper_get_button (stepper, expected[i].phase);

      click (button);
      tp_test_run_pending ();

      g_assert_cmpint (tp_workshop_get_phase (workshop), ==, expected[i].phase);
      g_assert_cmpstr (tp_workshop_view_get_visible_view (workshop_view (fixture)), ==, expected[i].view);
      if (g_strcmp0 (expected[i].view, TP_WORKSHOP_VIEW_BACKLOG) == 0)
        g_assert_cmpint (tp_backlog_view_get_sort_key (backlog), ==, expected[i].sort_key);
      g_assert_cmpint (gtk_widget_has_css_class (votes, "voting"), ==, expected[i].phase == TP_PHASE_VOTE);
      if (expected[i].phase == TP_PHASE_VOTE)
        g_assert_true (gtk_widget_is_drawable (votes));
      g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_ideas (fixture->store, workshop)), ==, 5);
      /* The same views, not new ones: nothing typed or chosen is lost. */
      g_assert_true (view_part (fixture, TP_WORKSHOP_VIEW_PART_BACKLOG_VIEW) == GTK_WIDGET (backlog));
    }
  tp_test_wait_until (capture_entry_has_focus, fixture, "the capture entry has the focus");

  /* Ctrl+1 … Ctrl+4 move between the views without touching the phase. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "matrix"));
  g_assert_cmpstr (tp_workshop_view_get_visible_view (workshop_view (fixture)), ==, TP_WORKSHOP_VIEW_MATRIX);
  g_assert_cmpint (tp_workshop_get_phase (workshop), ==, TP_PHASE_CAPTURE);

  /* Another program sees the stored phase, and a new window restores its view. */
  click (tp_phase_stepper_get_button (stepper, TP_PHASE_GROUP));
  other = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tp_workshop_get_phase (tp_store_lookup_workshop (other, id)), ==, TP_PHASE_GROUP);

  close_window (fixture);
  open_window (fixture);
  tp_window_set_workshop (fixture->window, tp_store_lookup_workshop (fixture->store, id));
  g_assert_cmpstr (tp_workshop_view_get_visible_view (workshop_view (fixture)), ==, TP_WORKSHOP_VIEW_GROUPS);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

/* (b) The countdown belongs to the application: it runs on from one
 * workshop to the next, and Ctrl+T starts and pauses it. */
static void
test_timer (Fixture       *fixture,
            gconstpointer  data)
{
  TpWorkshop *first = make_workshop (fixture, "First", 1);
  TpWorkshop *second = make_workshop (fixture, "Second", 1);
  g_autoptr(GError) error = NULL;
  TpTimerButton *button;
  guint alarms = 0;

  g_assert_true (tp_store_set_workshop_timer_presets (fixture->store, second, "120,420", &error));
  g_assert_no_error (error);

  open_window (fixture);
  g_signal_connect (fixture->window, "alarm", G_CALLBACK (count_cb), &alarms);
  tp_window_set_workshop (fixture->window, first);
  button = TP_TIMER_BUTTON (tp_window_get_part (fixture->window, TP_WINDOW_PART_TIMER_BUTTON));
  g_assert_true (tp_timer_button_get_timer (button) == fixture->timer);
  g_assert_true (tp_window_get_timer (fixture->window) == fixture->timer);
  g_assert_cmpstr (tp_timer_button_get_presets (button), ==, "60,180,300,600");

  g_assert_true (tp_timer_set_duration (fixture->timer, 60, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-timer", NULL));
  g_assert_cmpint (tp_timer_get_state (fixture->timer), ==, TP_TIMER_RUNNING);

  fake_now += 10 * G_USEC_PER_SEC;
  tp_window_set_workshop (fixture->window, second);
  tp_workshop_view_set_visible_view (workshop_view (fixture), TP_WORKSHOP_VIEW_MATRIX);
  tp_timer_button_tick (button);
  g_assert_cmpint (tp_timer_get_state (fixture->timer), ==, TP_TIMER_RUNNING);
  g_assert_cmpuint (tp_timer_get_remaining_seconds (fixture->timer), ==, 50);
  g_assert_cmpstr (tp_timer_button_get_time_text (button), ==, "0:50");
  /* The presets follow the open workshop. */
  g_assert_cmpstr (tp_timer_button_get_presets (button), ==, "120,420");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-timer", NULL));
  g_assert_cmpint (tp_timer_get_state (fixture->timer), ==, TP_TIMER_PAUSED);
  fake_now += 30 * G_USEC_PER_SEC;
  g_assert_cmpuint (tp_timer_get_remaining_seconds (fixture->timer), ==, 50);

  /* At zero the window passes the alarm on to the application. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-timer", NULL));
  fake_now += 50 * G_USEC_PER_SEC;
  tp_timer_button_tick (button);
  g_assert_cmpint (tp_timer_get_state (fixture->timer), ==, TP_TIMER_FINISHED);
  g_assert_cmpuint (alarms, ==, 1);
  tp_timer_button_dismiss_alarm (button);
}

/* (c) F11 shows the room the open workshop, large, and Escape leaves. */
static void
test_presentation (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *window;
  GtkWidget *sidebar;

  tp_store_set_workshop_phase (fixture->store, make_workshop (fixture, "Room", 2), TP_PHASE_VOTE, NULL);
  open_window (fixture);
  window = GTK_WIDGET (fixture->window);
  sidebar = tp_window_get_part (fixture->window, TP_WINDOW_PART_SIDEBAR);
  g_assert_false (tp_window_get_presenting (fixture->window));
  g_assert_false (gtk_widget_has_css_class (window, "presentation"));

  g_assert_true (gtk_widget_activate_action (window, "win.presentation", NULL));
  g_assert_true (tp_window_get_presenting (fixture->window));
  g_assert_true (gtk_widget_has_css_class (window, "presentation"));
  g_assert_false (gtk_widget_get_visible (sidebar));
  g_assert_true (gtk_widget_get_visible (tp_window_get_part (fixture->window, TP_WINDOW_PART_TIMER_BUTTON)));
  g_assert_cmpstr (tp_workshop_view_get_visible_view (workshop_view (fixture)), ==, TP_WORKSHOP_VIEW_BACKLOG);
  tp_test_run_pending ();

  /* Escape, as the facilitator would press it. */
  g_assert_true (gtk_widget_activate_action (window, "win.leave-presentation", NULL));
  g_assert_false (tp_window_get_presenting (fixture->window));
  g_assert_false (gtk_widget_has_css_class (window, "presentation"));
  g_assert_true (gtk_widget_get_visible (sidebar));

  /* F11 toggles both ways. */
  g_assert_true (gtk_widget_activate_action (window, "win.presentation", NULL));
  g_assert_true (gtk_widget_has_css_class (window, "presentation"));
  g_assert_true (gtk_widget_activate_action (window, "win.presentation", NULL));
  g_assert_false (gtk_widget_has_css_class (window, "presentation"));
  tp_test_run_pending ();
}

static TpIdeaRow *
find_idea_row (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      TpIdeaRow *row;

      if (TP_IS_IDEA_ROW (child) && tp_idea_row_get_idea (TP_IDEA_ROW (child)) != NULL)
        return TP_IDEA_ROW (child);
      if ((row = find_idea_row (child)) != NULL)
        return row;
    }

  return NULL;
}

/* (d) Hide Authors is saved with the workshop and empties the rows' author. */
static void
test_hide_authors (Fixture       *fixture,
                   gconstpointer  data)
{
  TpWorkshop *workshop = make_workshop (fixture, "Authors", 1);
  GtkWidget *ideas_view;
  TpIdeaRow *row;

  open_window (fixture);
  tp_window_set_workshop (fixture->window, workshop);
  tp_test_run_pending ();
  ideas_view = tp_window_get_part (fixture->window, TP_WINDOW_PART_IDEAS_VIEW);
  row = find_idea_row (ideas_view);
  g_assert_nonnull (row);
  g_assert_cmpstr (tp_idea_get_author (tp_idea_row_get_idea (row)), ==, "Ana");
  g_assert_true (gtk_widget_get_visible (tp_idea_row_get_author_box (row)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.hide-authors", NULL));
  g_assert_true (tp_workshop_get_hide_authors (workshop));
  g_assert_true (tp_window_get_hide_authors (fixture->window));
  g_assert_false (gtk_widget_get_visible (tp_idea_row_get_author_box (row)));
  /* Only the display: the idea keeps its author, and capture stays named. */
  g_assert_cmpstr (tp_idea_get_author (tp_idea_row_get_idea (row)), ==, "Ana");
  g_assert_false (tp_workshop_get_anonymous (workshop));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.hide-authors", NULL));
  g_assert_false (tp_workshop_get_hide_authors (workshop));
  g_assert_true (gtk_widget_get_visible (tp_idea_row_get_author_box (row)));
}

/* The chip showing the tag @name somewhere under @widget. */
static GtkWidget *
find_tag_chip (GtkWidget  *widget,
               const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *chip;

      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "tag-chip") &&
          gtk_widget_get_visible (child) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), name) == 0)
        return child;
      if ((chip = find_tag_chip (child, name)) != NULL)
        return chip;
    }

  return NULL;
}

/* Fails unless @chip wears @colour's class, and no other tag colour's. */
static void
assert_chip_colour (GtkWidget  *chip,
                    const char *colour)
{
  const char * const *colours = tp_tag_get_colours ();

  for (guint i = 0; colours[i] != NULL; i++)
    {
      g_autofree char *class = g_strconcat ("tag-", colours[i], NULL);

      if (gtk_widget_has_css_class (chip, class) != (g_strcmp0 (colours[i], colour) == 0))
        g_error ("The chip of “%s” %s the class %s", gtk_label_get_text (GTK_LABEL (chip)),
                 g_strcmp0 (colours[i], colour) == 0 ? "lacks" : "has", class);
    }
}

/* The capture page's chips wear their tag's colour, as the backlog's do,
 * and follow it, and its name, when the tag changes under them. */
static void
test_tag_colours (Fixture       *fixture,
                  gconstpointer  data)
{
  TpWorkshop *workshop = make_workshop (fixture, "Colours", 1);
  g_autoptr(GError) error = NULL;
  GtkWidget *ideas_view, *backlog, *chip;
  TpTag *tag;

  tag = tp_store_find_tag (fixture->store, workshop, "room", &error);
  g_assert_no_error (error);
  g_assert_true (tp_store_recolour_tag (fixture->store, tag, "purple", &error));
  g_assert_no_error (error);

  open_window (fixture);
  tp_window_set_workshop (fixture->window, workshop);
  tp_test_run_pending ();
  ideas_view = tp_window_get_part (fixture->window, TP_WINDOW_PART_IDEAS_VIEW);
  g_assert_true (tp_test_widget_is_mapped (ideas_view));
  chip = find_tag_chip (ideas_view, "room");
  g_assert_nonnull (chip);
  assert_chip_colour (chip, "purple");

  /* Recoloured through the store: the chip on screen changes, and it is
   * the same chip, not a list made again. */
  g_object_add_weak_pointer (G_OBJECT (chip), (gpointer *)&chip);
  g_assert_true (tp_store_recolour_tag (fixture->store, tag, "green", &error));
  g_assert_no_error (error);
  tp_test_run_pending ();
  g_assert_nonnull (chip);
  g_assert_true (gtk_widget_is_ancestor (chip, ideas_view));
  g_assert_true (find_tag_chip (ideas_view, "room") == chip);
  assert_chip_colour (chip, "green");

  /* Renamed: the same chip says the new name, in the same colour. */
  g_assert_true (tp_store_rename_tag (fixture->store, tag, "lounge", &error));
  g_assert_no_error (error);
  tp_test_run_pending ();
  g_assert_nonnull (chip);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (chip)), ==, "lounge");
  g_assert_null (find_tag_chip (ideas_view, "room"));
  assert_chip_colour (chip, "green");
  g_object_remove_weak_pointer (G_OBJECT (chip), (gpointer *)&chip);

  /* The backlog draws the same tag in the same colour, and follows it too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "backlog"));
  tp_test_run_pending ();
  backlog = view_part (fixture, TP_WORKSHOP_VIEW_PART_BACKLOG_VIEW);
  chip = find_tag_chip (backlog, "lounge");
  g_assert_nonnull (chip);
  assert_chip_colour (chip, "green");
  g_object_add_weak_pointer (G_OBJECT (chip), (gpointer *)&chip);
  g_assert_true (tp_store_recolour_tag (fixture->store, tag, "orange", &error));
  g_assert_no_error (error);
  tp_test_run_pending ();
  g_assert_nonnull (chip);
  g_assert_true (find_tag_chip (backlog, "lounge") == chip);
  assert_chip_colour (chip, "orange");
  g_object_remove_weak_pointer (G_OBJECT (chip), (gpointer *)&chip);
}

static TpTemplateChooser *
find_chooser (void)
{
  TpTemplateChooser *chooser = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (TP_IS_TEMPLATE_CHOOSER (l->data))
      chooser = l->data;
  g_list_free (toplevels);

  return chooser;
}

/* (e) From an empty library to a retrospective ready to capture. */
static void
test_template (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpTemplate *template;
  TpTemplateChooser *chooser;
  TpWorkshop *workshop;

  open_window (fixture);
  g_assert_null (tp_window_get_workshop (fixture->window));
  g_assert_true (gtk_widget_get_mapped (tp_window_get_part (fixture->window, TP_WINDOW_PART_EMPTY_TEMPLATE_BUTTON)));

  click (tp_window_get_part (fixture->window, TP_WINDOW_PART_EMPTY_TEMPLATE_BUTTON));
  chooser = find_chooser ();
  g_assert_nonnull (chooser);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (chooser)) == GTK_WINDOW (fixture->window));

  g_assert_true (tp_template_chooser_select_template (chooser, "Retrospective"));
  template = tp_store_find_template (fixture->store, "Retrospective", &error);
  g_assert_no_error (error);
  gtk_editable_set_text (tp_template_chooser_get_title_entry (chooser), "Sprint 12 retro");
  click (tp_template_chooser_get_create_button (chooser));
  tp_test_run_pending ();

  g_assert_null (find_chooser ());
  workshop = tp_window_get_workshop (fixture->window);
  g_assert_nonnull (workshop);
  g_assert_cmpstr (tp_workshop_get_title (workshop), ==, "Sprint 12 retro");
  g_assert_cmpstr (tp_workshop_get_question (workshop), ==, tp_template_get_question (template));
  g_assert_cmpstr (tp_workshop_view_get_visible_view (workshop_view (fixture)), ==, TP_WORKSHOP_VIEW_IDEAS);
  tp_test_wait_until (capture_entry_has_focus, fixture, "the capture entry has the focus");
}

/* (f) The Vote phase's bar and the backlog's dots share one budget. */
static void
test_vote_budget (Fixture       *fixture,
                  gconstpointer  data)
{
  TpWorkshop *workshop = make_workshop (fixture, "Votes", 3);
  g_autoptr(GError) error = NULL;
  TpParticipant *ana;
  g_autoptr(TpIdea) idea = NULL;
  GtkWidget *backlog;

  ana = tp_store_add_participant (fixture->store, workshop, "Ana", 3, &error);
  g_assert_no_error (error);
  g_assert_true (tp_store_set_workshop_phase (fixture->store, workshop, TP_PHASE_VOTE, &error));

  open_window (fixture);
  g_assert_cmpstr (tp_workshop_view_get_visible_view (workshop_view (fixture)), ==, TP_WORKSHOP_VIEW_BACKLOG);
  tp_vote_bar_set_voter (TP_VOTE_BAR (view_part (fixture, TP_WORKSHOP_VIEW_PART_VOTE_BAR)), ana);
  backlog = view_part (fixture, TP_WORKSHOP_VIEW_PART_BACKLOG_VIEW);
  g_assert_true (tp_backlog_view_get_voter (TP_BACKLOG_VIEW (backlog)) == ana);

  idea = g_list_model_get_item (tp_store_get_ideas (fixture->store, workshop), 0);
  for (guint i = 0; i < 4; i++)
    g_assert_true (gtk_widget_activate_action (backlog, "backlog.vote-for", "x", tp_idea_get_id (idea)));
  g_assert_cmpuint (tp_store_count_votes (fixture->store, idea, ana), ==, 3);
  g_assert_nonnull (tp_backlog_view_get_message (TP_BACKLOG_VIEW (backlog)));
}

/* Activating a card in the matrix opens the idea editor with its scores. */
static void
test_matrix_opens_editor (Fixture       *fixture,
                          gconstpointer  data)
{
  TpWorkshop *workshop = make_workshop (fixture, "Matrix", 1);
  g_autoptr(TpIdea) idea = g_list_model_get_item (tp_store_get_ideas (fixture->store, workshop), 0);
  TpIdeaEditor *editor = NULL;
  GList *toplevels;

  open_window (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "matrix"));
  g_signal_emit_by_name (view_part (fixture, TP_WORKSHOP_VIEW_PART_IMPACT_MATRIX), "idea-activated", idea);

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (TP_IS_IDEA_EDITOR (l->data))
      editor = l->data;
  g_list_free (toplevels);

  g_assert_nonnull (editor);
  g_assert_true (tp_idea_editor_get_idea (editor) == idea);
  g_assert_nonnull (tp_idea_editor_get_scores (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
  tp_test_run_pending ();
}

static GtkWindow *
find_child_window (Fixture *fixture)
{
  GtkWindow *found = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_window_get_transient_for (l->data) == GTK_WINDOW (fixture->window))
      found = l->data;
  g_list_free (toplevels);

  return found;
}

/* The workshop menu's Manage Tags… and Save as Template… */
static void
test_workshop_menu (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWindow *child;

  make_workshop (fixture, "Menu", 1);
  open_window (fixture);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.manage-tags", NULL));
  child = find_child_window (fixture);
  g_assert_true (TP_IS_TAG_MANAGER (child));
  g_assert_true (tp_tag_manager_get_workshop (TP_TAG_MANAGER (child)) == tp_window_get_workshop (fixture->window));
  gtk_window_destroy (child);
  tp_test_run_pending ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save-as-template", NULL));
  child = find_child_window (fixture);
  g_assert_nonnull (child);
  gtk_window_destroy (child);
  tp_test_run_pending ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* As the other UI tests: without a display there is nothing to drive,
   * which is a skip (77), not a failure, as in the Flatpak build. */
  if (!tp_test_init_display ())
    return 77;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/window-room/phases", test_phases);
  ADD ("/ui/window-room/timer", test_timer);
  ADD ("/ui/window-room/presentation", test_presentation);
  ADD ("/ui/window-room/hide-authors", test_hide_authors);
  ADD ("/ui/window-room/tag-colours", test_tag_colours);
  ADD ("/ui/window-room/template", test_template);
  ADD ("/ui/window-room/vote-budget", test_vote_budget);
  ADD ("/ui/window-room/matrix-opens-editor", test_matrix_opens_editor);
  ADD ("/ui/window-room/workshop-menu", test_workshop_menu);

#undef ADD

  return g_test_run ();
}
