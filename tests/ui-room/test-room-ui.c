/* test-room-ui.c — the timer, phase stepper, cluster board and template chooser driven through their controls
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tp-cluster-board-private.h"
#include "tp-cluster-row.h"
#include "tp-lazy-tooltip.h"
#include "tp-phase-stepper.h"
#include "tp-store.h"
#include "tp-template-chooser-private.h"
#include "tp-timer-button-private.h"
#include "tp-test-ui.h"

typedef struct
{
  char       *dir;
  char       *path;
  TpStore    *store;
  TpWorkshop *workshop;
  TpIdea     *ideas[4];
} Fixture;

static const char * const titles[] = {
  "Call back within a day",
  "Text when the engineer is on the way",
  "One number for every question",
  "Quote by email the same evening",
};

static GtkWidget *
show_in_window (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), child);
  tp_test_present_and_wait (window);
  return window;
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

  fixture->dir = g_dir_make_tmp ("touchpoint-room-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);

  fixture->workshop = tp_store_create_workshop (fixture->store, "Field service", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->ideas); i++)
    {
      fixture->ideas[i] = tp_store_add_idea (fixture->store, fixture->workshop, titles[i],
                                             NULL, "Sam", NULL, &error);
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tp_test_run_pending ();
  g_assert_finalize_object (fixture->store);

  tp_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* What the same database says, read by a second store. */
static TpStore *
reopen (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  TpStore *store = tp_store_new (fixture->path, &error);

  g_assert_no_error (error);
  return store;
}

/* The timer */

static gint64 fake_now;

static gint64
fake_clock (gpointer data)
{
  return fake_now;
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
test_timer_button (void)
{
  g_autoptr(TpTimer) timer = tp_timer_new ();
  TpTimerButton *button;
  GtkWidget *window;
  guint alarms = 0;

  fake_now = 1000 * G_USEC_PER_SEC;
  tp_timer_set_clock (timer, fake_clock, NULL);
  g_assert_true (tp_timer_set_duration (timer, 180, NULL));

  button = TP_TIMER_BUTTON (tp_timer_button_new (timer));
  g_signal_connect (button, "alarm", G_CALLBACK (count_cb), &alarms);
  window = show_in_window (GTK_WIDGET (button));
  g_assert_cmpstr (tp_timer_button_get_time_text (button), ==, "3:00");
  g_assert_false (tp_timer_button_is_ticking (button));

  click (tp_timer_button_get_start_button (button));
  g_assert_cmpint (tp_timer_get_state (timer), ==, TP_TIMER_RUNNING);
  g_assert_true (tp_timer_button_is_ticking (button));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (button), "timer-running"));

  fake_now += 1200 * 1000;
  tp_timer_button_tick (button);
  g_assert_cmpstr (tp_timer_button_get_time_text (button), ==, "2:59");

  /* Paused, the clock moves on and the time shown does not. */
  click (tp_timer_button_get_start_button (button));
  g_assert_cmpint (tp_timer_get_state (timer), ==, TP_TIMER_PAUSED);
  g_assert_false (tp_timer_button_is_ticking (button));
  fake_now += 30 * G_USEC_PER_SEC;
  tp_timer_button_tick (button);
  g_assert_cmpstr (tp_timer_button_get_time_text (button), ==, "2:59");

  click (tp_timer_button_get_start_button (button));
  g_assert_true (tp_timer_button_is_ticking (button));
  fake_now += 60 * G_USEC_PER_SEC;
  tp_timer_button_tick (button);
  g_assert_cmpstr (tp_timer_button_get_time_text (button), ==, "1:59");
  g_assert_cmpuint (alarms, ==, 0);

  /* Zero: the alarm, once, however often it is ticked afterwards. */
  fake_now += 119 * G_USEC_PER_SEC;
  tp_timer_button_tick (button);
  tp_timer_button_tick (button);
  tp_test_run_pending ();
  g_assert_cmpint (tp_timer_get_state (timer), ==, TP_TIMER_FINISHED);
  g_assert_cmpstr (tp_timer_button_get_time_text (button), ==, "0:00");
  g_assert_cmpuint (alarms, ==, 1);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (button), "timer-finished"));
  g_assert_true (tp_timer_button_get_alarming (button));
  g_assert_false (tp_timer_button_is_ticking (button));

  tp_timer_button_dismiss_alarm (button);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (button), "timer-finished"));
  g_assert_cmpuint (alarms, ==, 1);

  /* The menu: presets from the workshop, a custom length and Reset. */
  tp_timer_button_set_presets (button, "60,180,300,600");
  g_assert_null (tp_timer_button_get_preset_button (button, 4));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (tp_timer_button_get_preset_button (button, 2))),
                   ==, "5 min");
  click (tp_timer_button_get_preset_button (button, 2));
  g_assert_cmpuint (tp_timer_get_duration (timer), ==, 300);
  g_assert_cmpint (tp_timer_get_state (timer), ==, TP_TIMER_IDLE);
  g_assert_cmpstr (tp_timer_button_get_time_text (button), ==, "5:00");

  tp_timer_button_set_custom (button, 2, 30);
  click (tp_timer_button_get_custom_button (button));
  g_assert_cmpuint (tp_timer_get_duration (timer), ==, 150);
  g_assert_cmpstr (tp_timer_button_get_time_text (button), ==, "2:30");

  click (tp_timer_button_get_start_button (button));
  fake_now += 10 * G_USEC_PER_SEC;
  tp_timer_button_tick (button);
  g_assert_cmpstr (tp_timer_button_get_time_text (button), ==, "2:20");
  click (tp_timer_button_get_reset_button (button));
  g_assert_cmpint (tp_timer_get_state (timer), ==, TP_TIMER_IDLE);
  g_assert_cmpstr (tp_timer_button_get_time_text (button), ==, "2:30");
  g_assert_false (tp_timer_button_is_ticking (button));

  /* The timer is the application's and outlives the widget. */
  click (tp_timer_button_get_start_button (button));
  tp_test_close_and_finalize (g_object_ref (window));
  g_assert_cmpint (tp_timer_get_state (timer), ==, TP_TIMER_RUNNING);
  g_assert_cmpuint (alarms, ==, 1);
}

/* The phase stepper */

static void
test_phase_stepper (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pair = g_ptr_array_new ();
  TpPhaseStepper *stepper;
  GtkWidget *window;
  TpCluster *cluster;

  g_ptr_array_add (pair, fixture->ideas[0]);
  g_ptr_array_add (pair, fixture->ideas[1]);
  cluster = tp_store_create_cluster (fixture->store, fixture->workshop, NULL, pair, &error);
  g_assert_no_error (error);

  stepper = TP_PHASE_STEPPER (tp_phase_stepper_new (fixture->store, fixture->workshop));
  window = show_in_window (GTK_WIDGET (stepper));
  g_assert_true (gtk_widget_has_css_class (tp_phase_stepper_get_button (stepper, TP_PHASE_CAPTURE),
                                           "phase-current"));
  g_assert_nonnull (strstr (tp_widget_get_lazy_tooltip (tp_phase_stepper_get_button (stepper, TP_PHASE_VOTE)),
                            "(Alt+3)"));

  click (tp_phase_stepper_get_button (stepper, TP_PHASE_VOTE));
  g_assert_cmpint (tp_workshop_get_phase (fixture->workshop), ==, TP_PHASE_VOTE);
  g_assert_true (gtk_widget_has_css_class (tp_phase_stepper_get_button (stepper, TP_PHASE_CAPTURE), "phase-done"));
  g_assert_true (gtk_widget_has_css_class (tp_phase_stepper_get_button (stepper, TP_PHASE_GROUP), "phase-done"));
  g_assert_true (gtk_widget_has_css_class (tp_phase_stepper_get_button (stepper, TP_PHASE_VOTE), "phase-current"));
  g_assert_false (gtk_widget_has_css_class (tp_phase_stepper_get_button (stepper, TP_PHASE_WALK), "phase-done"));

  {
    g_autoptr(TpStore) other = reopen (fixture);
    TpWorkshop *saved = tp_store_lookup_workshop (other, tp_workshop_get_id (fixture->workshop));

    g_assert_cmpint (tp_workshop_get_phase (saved), ==, TP_PHASE_VOTE);
  }

  /* Back a step, as Left does, and on to Review as Alt+6 does. */
  gtk_widget_activate_action (GTK_WIDGET (stepper), "phase.step", "i", -1);
  g_assert_cmpint (tp_workshop_get_phase (fixture->workshop), ==, TP_PHASE_GROUP);
  gtk_widget_activate_action (GTK_WIDGET (stepper), "phase.select", "u", TP_PHASE_REVIEW);
  g_assert_cmpint (tp_workshop_get_phase (fixture->workshop), ==, TP_PHASE_REVIEW);
  gtk_widget_activate_action (GTK_WIDGET (stepper), "phase.step", "i", 1);
  g_assert_cmpint (tp_workshop_get_phase (fixture->workshop), ==, TP_PHASE_REVIEW);
  click (tp_phase_stepper_get_button (stepper, TP_PHASE_CAPTURE));
  g_assert_cmpint (tp_workshop_get_phase (fixture->workshop), ==, TP_PHASE_CAPTURE);

  /* Moving about lost nothing. */
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_ideas (fixture->store, fixture->workshop)), ==, 4);
  g_assert_cmpuint (tp_cluster_get_n_ideas (cluster), ==, 2);

  tp_phase_stepper_set_workshop (stepper, NULL);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (stepper)));
  tp_test_close_and_finalize (g_object_ref (window));
}

/* The cluster board */

static gboolean
emit_drop (GtkWidget *widget,
           GObject   *item)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n = g_list_model_get_n_items (controllers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        {
          g_auto(GValue) value = G_VALUE_INIT;
          gboolean handled = FALSE;

          g_value_init (&value, G_OBJECT_TYPE (item));
          g_value_set_object (&value, item);
          g_signal_emit_by_name (controller, "drop", &value, 1.0, 1.0, &handled);
          return handled;
        }
    }

  g_error ("%s has no drop target", G_OBJECT_TYPE_NAME (widget));
}

static TpCluster *
only_cluster (Fixture *fixture)
{
  GListModel *clusters = tp_store_get_clusters (fixture->store, fixture->workshop);
  g_autoptr(TpCluster) cluster = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (clusters), ==, 1);
  cluster = g_list_model_get_item (clusters, 0);
  return cluster;
}

static void
test_cluster_board (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpClusterBoard *board;
  GtkWidget *window, *header, *section;
  TpParticipant *participant;
  TpCluster *cluster;
  TpClusterPicker *picker;
  GtkListBoxRow *row;
  gboolean picked = FALSE;

  board = TP_CLUSTER_BOARD (tp_cluster_board_new (fixture->store, fixture->workshop));
  window = show_in_window (GTK_WIDGET (board));
  g_assert_nonnull (tp_cluster_board_get_idea_row (board, fixture->ideas[3]));

  /* The second idea dropped on the first: a cluster of two, named after it. */
  g_assert_true (emit_drop (tp_cluster_board_get_idea_row (board, fixture->ideas[0]),
                            G_OBJECT (fixture->ideas[1])));
  cluster = only_cluster (fixture);
  g_assert_cmpstr (tp_cluster_get_name (cluster), ==, titles[0]);
  g_assert_cmpuint (tp_cluster_get_n_ideas (cluster), ==, 2);
  tp_cluster_board_flush (board);

  /* A third dropped on the cluster's section joins it. */
  header = tp_cluster_board_get_cluster_row (board, cluster);
  section = gtk_widget_get_parent (header);
  g_assert_true (emit_drop (section, G_OBJECT (fixture->ideas[2])));
  g_assert_cmpuint (tp_cluster_get_n_ideas (cluster), ==, 3);
  g_assert_cmpint (tp_idea_get_cluster_id (fixture->ideas[2]), ==, tp_cluster_get_id (cluster));
  tp_cluster_board_flush (board);

  /* The header sums the votes of its ideas. */
  participant = tp_store_add_participant (fixture->store, fixture->workshop, "Ana", 10, &error);
  g_assert_no_error (error);
  g_assert_true (tp_store_add_votes (fixture->store, fixture->ideas[0], participant, 3, &error));
  g_assert_true (tp_store_add_votes (fixture->store, fixture->ideas[2], participant, 2, &error));
  g_assert_true (tp_store_add_votes (fixture->store, fixture->ideas[3], participant, 4, &error));
  g_assert_no_error (error);
  tp_cluster_board_flush (board);
  header = tp_cluster_board_get_cluster_row (board, cluster);
  g_assert_cmpstr (tp_cluster_row_get_summary (TP_CLUSTER_ROW (header)), ==, "3 ideas · 5 votes");

  /* Activating the header folds the cluster, and the database keeps it. */
  g_signal_emit_by_name (gtk_widget_get_parent (header), "row-activated", header);
  g_assert_true (tp_cluster_get_collapsed (cluster));
  tp_cluster_board_flush (board);
  g_assert_null (tp_cluster_board_get_idea_row (board, fixture->ideas[0]));
  {
    g_autoptr(TpStore) other = reopen (fixture);
    TpWorkshop *saved = tp_store_lookup_workshop (other, tp_workshop_get_id (fixture->workshop));
    TpCluster *saved_cluster = tp_store_find_cluster (other, saved, titles[0], &error);

    g_assert_no_error (error);
    g_assert_true (tp_cluster_get_collapsed (saved_cluster));
  }
  gtk_widget_activate_action (GTK_WIDGET (board), "board.toggle-collapsed", "x", tp_cluster_get_id (cluster));
  g_assert_false (tp_cluster_get_collapsed (cluster));
  tp_cluster_board_flush (board);
  g_assert_nonnull (tp_cluster_board_get_idea_row (board, fixture->ideas[0]));

  /* Ungrouping removes the cluster and keeps every idea. */
  gtk_widget_activate_action (GTK_WIDGET (board), "board.ungroup", "x", tp_cluster_get_id (cluster));
  tp_cluster_board_flush (board);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_clusters (fixture->store, fixture->workshop)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_ideas (fixture->store, fixture->workshop)), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->ideas); i++)
    {
      g_assert_cmpint (tp_idea_get_cluster_id (fixture->ideas[i]), ==, 0);
      g_assert_nonnull (tp_cluster_board_get_idea_row (board, fixture->ideas[i]));
    }

  /* Ctrl+G on the focused last idea, then the first chosen from the list. */
  gtk_widget_grab_focus (tp_cluster_board_get_idea_row (board, fixture->ideas[3]));
  gtk_widget_activate_action (tp_cluster_board_get_idea_row (board, fixture->ideas[3]), "row.group", NULL);
  picker = tp_cluster_board_get_picker (board);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (picker)));
  g_assert_true (tp_cluster_picker_get_idea (picker) == fixture->ideas[3]);
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (tp_cluster_picker_get_list (picker), i)); i++)
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), titles[0]) == 0)
      {
        g_signal_emit_by_name (tp_cluster_picker_get_list (picker), "row-activated", row);
        picked = TRUE;
        break;
      }
  g_assert_true (picked);
  cluster = only_cluster (fixture);
  g_assert_cmpstr (tp_cluster_get_name (cluster), ==, titles[0]);
  g_assert_cmpint (tp_idea_get_cluster_id (fixture->ideas[3]), ==, tp_cluster_get_id (cluster));
  g_assert_cmpint (tp_idea_get_cluster_id (fixture->ideas[0]), ==, tp_cluster_get_id (cluster));
  tp_cluster_board_flush (board);
  g_assert_true (gtk_widget_has_focus (tp_cluster_board_get_idea_row (board, fixture->ideas[3])));

  /* Ctrl+Shift+G on an idea takes it out again. */
  gtk_widget_activate_action (tp_cluster_board_get_idea_row (board, fixture->ideas[3]), "row.ungroup", NULL);
  g_assert_cmpint (tp_idea_get_cluster_id (fixture->ideas[3]), ==, 0);
  g_assert_cmpuint (tp_cluster_get_n_ideas (cluster), ==, 1);

  /* Two clusters merged into one. */
  tp_cluster_board_flush (board);
  g_assert_true (emit_drop (tp_cluster_board_get_idea_row (board, fixture->ideas[2]),
                            G_OBJECT (fixture->ideas[1])));
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_clusters (fixture->store, fixture->workshop)), ==, 2);
  tp_cluster_board_flush (board);
  {
    TpCluster *second = tp_store_find_cluster (fixture->store, fixture->workshop, titles[2], &error);

    g_assert_no_error (error);
    g_assert_true (emit_drop (gtk_widget_get_parent (tp_cluster_board_get_cluster_row (board, second)),
                              G_OBJECT (cluster)));
  }
  cluster = only_cluster (fixture);
  g_assert_cmpuint (tp_cluster_get_n_ideas (cluster), ==, 3);

  tp_test_close_and_finalize (g_object_ref (window));
}

/* The template chooser */

static void
workshop_created_cb (TpTemplateChooser *chooser,
                     TpWorkshop        *workshop,
                     TpWorkshop       **out)
{
  *out = workshop;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)))
        return found;
    }

  return NULL;
}

static void
test_template_chooser (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpTemplateChooser *chooser;
  TpTemplate *retro = tp_store_find_template (fixture->store, "Retrospective", &error);
  TpWorkshop *created = NULL;
  GtkWidget *parent, *dialog;

  g_assert_no_error (error);
  chooser = TP_TEMPLATE_CHOOSER (tp_template_chooser_new (fixture->store));
  g_object_ref_sink (chooser);
  g_signal_connect (chooser, "workshop-created", G_CALLBACK (workshop_created_cb), &created);
  gtk_window_present (GTK_WINDOW (chooser));
  tp_test_run_pending ();

  g_assert_true (tp_template_chooser_select_template (chooser, "Retrospective"));
  g_assert_true (tp_template_chooser_get_selected (chooser) == retro);
  g_assert_false (gtk_widget_is_sensitive (tp_template_chooser_get_create_button (chooser)));
  gtk_editable_set_text (tp_template_chooser_get_title_entry (chooser), "Sprint 12 retro");
  g_assert_true (gtk_widget_is_sensitive (tp_template_chooser_get_create_button (chooser)));
  click (tp_template_chooser_get_create_button (chooser));

  g_assert_nonnull (created);
  g_assert_cmpstr (tp_workshop_get_title (created), ==, "Sprint 12 retro");
  g_assert_cmpstr (tp_workshop_get_question (created), ==, tp_template_get_question (retro));
  g_assert_cmpstr (tp_workshop_get_timer_presets (created), ==, "60,180,300,600");
  tp_test_run_pending ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chooser)));
  g_object_unref (chooser);

  /* Save as Template; a second time the name is taken and the dialog stays. */
  parent = show_in_window (gtk_label_new ("Parent"));
  for (guint attempt = 0; attempt < 2; attempt++)
    {
      GtkWidget *save;

      dialog = g_object_ref (tp_template_save_dialog_present (GTK_WINDOW (parent), fixture->store,
                                                              fixture->workshop));
      tp_test_run_pending ();
      save = find_button (dialog, "_Save");
      g_assert_nonnull (save);
      click (save);
      tp_test_run_pending ();
      g_assert_nonnull (tp_store_find_template (fixture->store, "Field service", NULL));
      g_assert_false (gtk_widget_get_visible (dialog));
      g_object_unref (dialog);
    }

  /* The taken name came back in a new dialog, saying why. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    guint n = g_list_model_get_n_items (toplevels);

    dialog = NULL;
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

        if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
          dialog = GTK_WIDGET (toplevel);
      }
    g_assert_nonnull (dialog);
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  tp_test_wait_for_n_items (tp_store_get_templates (fixture->store), 3);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_templates (fixture->store)), ==, 3);
  tp_test_close_and_finalize (g_object_ref (parent));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!tp_test_init_display ())
    return 77;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/ui/room/timer-button", test_timer_button);
  ADD ("/ui/room/phase-stepper", test_phase_stepper);
  ADD ("/ui/room/cluster-board", test_cluster_board);
  ADD ("/ui/room/template-chooser", test_template_chooser);

#undef ADD

  return g_test_run ();
}
