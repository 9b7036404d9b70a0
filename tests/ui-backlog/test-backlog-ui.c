/* test-backlog-ui.c — the backlog, dot voting, the matrix and scores driven through their widgets
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tp-backlog-view-private.h"
#include "tp-impact-matrix-private.h"
#include "tp-scores-group-private.h"
#include "tp-store.h"
#include "tp-tag-manager.h"
#include "tp-vote-bar-private.h"
#include "tp-test-ui.h"

typedef struct
{
  char       *dir;
  TpStore    *store;
  TpWorkshop *workshop;
} Fixture;

static GtkWidget *
create_window (GtkWidget *child)
{
  GtkWidget *window = g_object_ref_sink (adw_window_new ());

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  adw_window_set_content (ADW_WINDOW (window), child);
  return window;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("touchpoint-backlog-ui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->store = tp_store_new (path, &error);
  g_assert_no_error (error);

  fixture->workshop = tp_store_create_workshop (fixture->store, "Field service", &error);
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

static TpIdea *
add_idea (Fixture            *fixture,
          const char         *title,
          const char * const *tags)
{
  g_autoptr(GError) error = NULL;
  TpIdea *idea = tp_store_add_idea (fixture->store, fixture->workshop, title, NULL, NULL, tags, &error);

  g_assert_no_error (error);
  return idea;
}

static void
set_impact_effort (Fixture *fixture,
                   TpIdea  *idea,
                   guint    impact,
                   guint    effort)
{
  g_autoptr(GError) error = NULL;
  TpScores scores = TP_SCORES_INIT;

  scores.impact = impact;
  scores.effort = effort;
  tp_store_set_idea_scores (fixture->store, idea, &scores, &error);
  g_assert_no_error (error);
}

/* The idea as the database has it now, read through a second connection
 * so that nothing the first one keeps in memory can stand in for it. */
static TpIdea *
reload_idea (Fixture *fixture,
             TpIdea  *idea)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) other = tp_store_new (tp_store_get_path (fixture->store), &error);
  TpWorkshop *workshop;
  GListModel *ideas;
  guint n;

  g_assert_no_error (error);
  workshop = tp_store_lookup_workshop (other, tp_workshop_get_id (fixture->workshop));
  g_assert_nonnull (workshop);
  ideas = tp_store_get_ideas (other, workshop);
  n = g_list_model_get_n_items (ideas);
  for (guint i = 0; i < n; i++)
    {
      TpIdea *item = g_list_model_get_item (ideas, i);

      if (tp_idea_get_id (item) == tp_idea_get_id (idea))
        return item;
      g_object_unref (item);
    }

  g_assert_not_reached ();
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n = g_list_model_get_n_items (controllers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

/* What GTK does when a drag is released over @widget: its drop target
 * gets the dragged idea at (x, y). */
static gboolean
drop_idea_on (GtkWidget *widget,
              TpIdea    *idea,
              double     x,
              double     y)
{
  GtkDropTarget *target = find_drop_target (widget);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_assert_nonnull (target);
  g_value_init (&value, TP_TYPE_IDEA);
  g_value_set_object (&value, idea);
  g_signal_emit_by_name (target, "drop", &value, x, y, &accepted);
  tp_test_run_pending ();

  return accepted;
}

static TpIdea *
backlog_item (TpBacklogView *view,
              guint          position)
{
  TpIdea *idea = g_list_model_get_item (tp_backlog_view_get_model (view), position);

  g_object_unref (idea);
  return idea;
}

static void
focus_row (TpBacklogView *view,
           TpIdea        *idea)
{
  TpBacklogRow *row = tp_backlog_view_find_row (view, idea);

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row))));
}

static void
test_vote_budget (Fixture       *fixture,
                  gconstpointer  data)
{
  TpIdea *idea = add_idea (fixture, "Call-back line", NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = tp_vote_bar_new (fixture->store, fixture->workshop);
  GtkWidget *view = tp_backlog_view_new (fixture->store, fixture->workshop);
  GtkWidget *window = create_window (box);
  TpBacklogRow *row;
  TpParticipant *sam;
  GtkWidget *plus;

  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), view);
  gtk_widget_set_vexpand (view, TRUE);
  g_object_bind_property (bar, "voter", view, "voter", G_BINDING_SYNC_CREATE);
  tp_test_present_and_wait (window);

  g_assert_null (tp_vote_bar_get_voter (TP_VOTE_BAR (bar)));
  g_assert_true (tp_vote_bar_add_participant (TP_VOTE_BAR (bar), "Sam", 3));
  sam = tp_vote_bar_get_voter (TP_VOTE_BAR (bar));
  g_assert_nonnull (sam);
  g_assert_true (tp_backlog_view_get_voter (TP_BACKLOG_VIEW (view)) == sam);
  g_assert_cmpstr (tp_vote_bar_get_votes_left_text (TP_VOTE_BAR (bar)), ==, "3 of 3 votes left");
  tp_test_run_pending ();

  /* Two dots from the row's + button, the third from the + key. */
  row = tp_backlog_view_find_row (TP_BACKLOG_VIEW (view), idea);
  g_assert_nonnull (row);
  plus = find_button (GTK_WIDGET (row), "+");
  g_assert_nonnull (plus);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (plus)));
  g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (row), "−")));
  g_signal_emit_by_name (plus, "clicked");
  g_signal_emit_by_name (plus, "clicked");
  g_assert_cmpstr (tp_vote_bar_get_votes_left_text (TP_VOTE_BAR (bar)), ==, "1 of 3 votes left");

  focus_row (TP_BACKLOG_VIEW (view), idea);
  g_assert_true (gtk_widget_activate_action (gtk_root_get_focus (GTK_ROOT (window)), "backlog.add-vote", NULL));
  g_assert_cmpstr (tp_vote_bar_get_votes_left_text (TP_VOTE_BAR (bar)), ==, "0 of 3 votes left");
  g_assert_cmpuint (tp_idea_get_votes (idea), ==, 3);
  g_assert_null (tp_backlog_view_get_message (TP_BACKLOG_VIEW (view)));
  g_assert_true (gtk_widget_get_sensitive (find_button (GTK_WIDGET (row), "−")));

  /* The fourth is refused, says why, and changes nothing. */
  g_signal_emit_by_name (plus, "clicked");
  g_assert_nonnull (tp_backlog_view_get_message (TP_BACKLOG_VIEW (view)));
  g_assert_true (g_str_has_prefix (tp_backlog_view_get_message (TP_BACKLOG_VIEW (view)),
                                   "Sam has used all 3 votes"));
  g_assert_cmpuint (tp_idea_get_votes (idea), ==, 3);
  g_assert_cmpuint (tp_store_count_votes (fixture->store, idea, sam), ==, 3);
  g_assert_cmpstr (tp_vote_bar_get_votes_left_text (TP_VOTE_BAR (bar)), ==, "0 of 3 votes left");

  /* The − key takes one back. */
  focus_row (TP_BACKLOG_VIEW (view), idea);
  g_assert_true (gtk_widget_activate_action (gtk_root_get_focus (GTK_ROOT (window)),
                                             "backlog.take-back-vote", NULL));
  g_assert_cmpuint (tp_store_count_votes (fixture->store, idea, sam), ==, 2);
  g_assert_cmpstr (tp_vote_bar_get_votes_left_text (TP_VOTE_BAR (bar)), ==, "1 of 3 votes left");

  /* Hiding the totals goes through the store. */
  gtk_switch_set_active (GTK_SWITCH (tp_vote_bar_get_hide_switch (TP_VOTE_BAR (bar))), TRUE);
  g_assert_true (tp_workshop_get_hide_votes (fixture->workshop));

  tp_test_close_and_finalize (window);
}

static void
test_drag_to_rerank (Fixture       *fixture,
                     gconstpointer  data)
{
  TpIdea *a = add_idea (fixture, "Call-back line", NULL);
  TpIdea *b = add_idea (fixture, "Inbound route", NULL);
  TpIdea *c = add_idea (fixture, "Quote by post", NULL);
  TpIdea *d = add_idea (fixture, "Engineer can book", NULL);
  GtkWidget *view = tp_backlog_view_new (fixture->store, fixture->workshop);
  GtkWidget *window = create_window (view);
  TpBacklogView *backlog = TP_BACKLOG_VIEW (view);
  TpBacklogRow *row;
  g_autoptr(TpIdea) saved = NULL;

  tp_test_present_and_wait (window);
  g_assert_cmpuint (tp_backlog_view_get_sort_key (backlog), ==, TP_SORT_RANK);
  g_assert_true (backlog_item (backlog, 0) == a);
  g_assert_true (backlog_item (backlog, 3) == d);

  /* Drop D on the upper half of A's row: D goes first. */
  row = tp_backlog_view_find_row (backlog, a);
  g_assert_nonnull (row);
  g_assert_true (drop_idea_on (GTK_WIDGET (row), d, 10, 2));
  g_assert_cmpint (tp_idea_get_rank (d), ==, 0);
  g_assert_cmpint (tp_idea_get_rank (a), ==, 1);
  g_assert_cmpint (tp_idea_get_rank (b), ==, 2);
  g_assert_cmpint (tp_idea_get_rank (c), ==, 3);
  g_assert_true (backlog_item (backlog, 0) == d);
  saved = reload_idea (fixture, d);
  g_assert_cmpint (tp_idea_get_rank (saved), ==, 0);

  /* Drop A on the lower half of C's row: A goes after C. */
  row = tp_backlog_view_find_row (backlog, c);
  g_assert_true (drop_idea_on (GTK_WIDGET (row), a, 10, gtk_widget_get_height (GTK_WIDGET (row)) - 2));
  g_assert_true (backlog_item (backlog, 0) == d);
  g_assert_true (backlog_item (backlog, 1) == b);
  g_assert_true (backlog_item (backlog, 2) == c);
  g_assert_true (backlog_item (backlog, 3) == a);

  /* Alt+Down on the focused row moves it one place, and it keeps focus. */
  focus_row (backlog, d);
  g_assert_true (gtk_widget_activate_action (gtk_root_get_focus (GTK_ROOT (window)), "backlog.move-down", NULL));
  tp_test_run_pending ();
  g_assert_true (backlog_item (backlog, 0) == b);
  g_assert_true (backlog_item (backlog, 1) == d);
  g_assert_cmpint (tp_idea_get_rank (b), ==, 0);
  g_assert_cmpint (tp_idea_get_rank (d), ==, 1);
  row = tp_backlog_view_find_row (backlog, d);
  g_assert_true (gtk_widget_has_focus (gtk_widget_get_parent (GTK_WIDGET (row))));

  g_assert_true (gtk_widget_activate_action (gtk_root_get_focus (GTK_ROOT (window)), "backlog.move-up", NULL));
  g_assert_true (backlog_item (backlog, 0) == d);

  /* Outside the manual order, rows are not drop targets for ranking. */
  tp_backlog_view_set_sort_key (backlog, TP_SORT_VOTES);
  tp_test_run_pending ();
  row = tp_backlog_view_find_row (backlog, c);
  g_assert_false (drop_idea_on (GTK_WIDGET (row), a, 10, 2));
  g_assert_cmpint (tp_idea_get_rank (a), ==, 3);

  tp_test_close_and_finalize (window);
}

static void
test_text_filter (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *view;
  GtkWidget *window;
  GListModel *model;
  GtkEditable *search;

  add_idea (fixture, "Call-back line", NULL);
  add_idea (fixture, "Callback survey", NULL);
  add_idea (fixture, "Inbound route", NULL);
  add_idea (fixture, "Self-service portal", NULL);

  view = tp_backlog_view_new (fixture->store, fixture->workshop);
  window = create_window (view);
  tp_test_present_and_wait (window);

  model = tp_backlog_view_get_model (TP_BACKLOG_VIEW (view));
  search = tp_backlog_view_get_search_entry (TP_BACKLOG_VIEW (view));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);

  /* Ctrl+F lands in the search entry. */
  g_assert_true (gtk_widget_activate_action (view, "backlog.find", NULL));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (search)));

  gtk_editable_set_text (search, "CALL");
  tp_test_wait_for_n_items (model, 2);
  gtk_editable_set_text (search, "callb");
  tp_test_wait_for_n_items (model, 1);
  gtk_editable_set_text (search, "no such idea");
  tp_test_wait_for_n_items (model, 0);
  g_assert_cmpstr (tp_backlog_view_get_visible_page (TP_BACKLOG_VIEW (view)), ==, "empty");

  g_assert_true (gtk_widget_activate_action (view, "backlog.clear-filters", NULL));
  tp_test_wait_for_n_items (model, 4);
  g_assert_cmpstr (tp_backlog_view_get_visible_page (TP_BACKLOG_VIEW (view)), ==, "list");

  tp_test_close_and_finalize (window);
}

static void
activated_cb (TpBacklogView *view,
              TpIdea        *idea,
              TpIdea       **activated)
{
  *activated = idea;
}

/* What the search shows follows the ideas as they are added, edited and
 * trashed; the rows found keep their selection, and opening one says
 * which idea it shows. */
static void
test_text_filter_live (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpIdea *line = add_idea (fixture, "Call-back line", NULL);
  TpIdea *route = add_idea (fixture, "Inbound route", NULL);
  TpIdea *survey = add_idea (fixture, "Callback survey", NULL);
  TpIdea *activated = NULL;
  TpIdea *added;
  GtkWidget *view = tp_backlog_view_new (fixture->store, fixture->workshop);
  GtkWidget *window = create_window (view);
  TpBacklogView *backlog = TP_BACKLOG_VIEW (view);
  GtkSelectionModel *selection;
  GListModel *model;

  tp_test_present_and_wait (window);
  model = tp_backlog_view_get_model (backlog);
  selection = GTK_SELECTION_MODEL (model);
  gtk_editable_set_text (tp_backlog_view_get_search_entry (backlog), "call");
  tp_test_wait_for_n_items (model, 2);
  g_assert_true (backlog_item (backlog, 0) == line);
  g_assert_true (backlog_item (backlog, 1) == survey);
  gtk_selection_model_select_item (selection, 1, TRUE);

  /* A new idea that matches comes in at its place in the order. */
  added = add_idea (fixture, "Call within the hour", NULL);
  tp_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_true (backlog_item (backlog, 2) == added);

  /* Edited to match, edited not to, trashed. */
  g_assert_true (tp_store_update_idea (fixture->store, route, "Inbound call route", NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_true (tp_store_update_idea (fixture->store, added, "Ring within the hour", NULL, NULL, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_true (tp_store_trash_idea (fixture->store, g_object_ref (line), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_true (backlog_item (backlog, 0) == route);
  g_assert_true (backlog_item (backlog, 1) == survey);

  /* The selected idea stayed selected through all of it. */
  g_assert_true (gtk_selection_model_is_selected (selection, 1));
  g_assert_false (gtk_selection_model_is_selected (selection, 0));

  /* Opening a row names its idea. */
  tp_test_run_pending ();
  g_signal_connect (view, "idea-activated", G_CALLBACK (activated_cb), &activated);
  g_assert_nonnull (tp_backlog_view_find_row (backlog, survey));
  g_assert_true (gtk_widget_activate_action (gtk_widget_get_parent (GTK_WIDGET (tp_backlog_view_find_row (backlog, survey))),
                                             "list.activate-item", "u", 1));
  g_assert_true (activated == survey);

  /* Erasing brings back every idea still there. */
  gtk_editable_set_text (tp_backlog_view_get_search_entry (backlog), "");
  tp_test_wait_for_n_items (model, 3);

  tp_test_close_and_finalize (window);
  g_object_unref (line);
}

static gboolean
is_selected (TpBacklogView *view,
             TpIdea        *idea)
{
  GListModel *model = tp_backlog_view_get_model (view);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    if (backlog_item (view, i) == idea)
      return gtk_selection_model_is_selected (GTK_SELECTION_MODEL (model), i);

  g_assert_not_reached ();
}

/* However many rows a keystroke changes, the ideas selected that stay
 * shown stay selected, and those hidden are let go. */
static void
test_text_filter_keeps_selection (Fixture       *fixture,
                                  gconstpointer  data)
{
  TpIdea *ideas[300];
  GtkWidget *view;
  GtkWidget *window;
  TpBacklogView *backlog;
  GtkSelectionModel *selection;
  GtkEditable *search;
  g_autoptr(GtkBitset) selected = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (ideas); i++)
    {
      g_autofree char *title = g_strdup_printf (i % 3 ? "Call-back %u" : "Letter %u", i);

      ideas[i] = add_idea (fixture, title, NULL);
    }

  view = tp_backlog_view_new (fixture->store, fixture->workshop);
  backlog = TP_BACKLOG_VIEW (view);
  window = create_window (view);
  tp_test_present_and_wait (window);
  selection = GTK_SELECTION_MODEL (tp_backlog_view_get_model (backlog));
  search = tp_backlog_view_get_search_entry (backlog);

  gtk_selection_model_select_item (selection, 1, TRUE);
  gtk_selection_model_select_item (selection, 250, FALSE);
  gtk_selection_model_select_item (selection, 297, FALSE);
  gtk_selection_model_select_item (selection, 299, FALSE);

  /* Two hundred rows found: the letter selected goes. */
  gtk_editable_set_text (search, "call");
  tp_test_wait_for_n_items (G_LIST_MODEL (selection), 200);
  g_assert_true (is_selected (backlog, ideas[1]));
  g_assert_true (is_selected (backlog, ideas[250]));
  g_assert_true (is_selected (backlog, ideas[299]));
  selected = gtk_selection_model_get_selection (selection);
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 3);

  /* Erasing brings the letter back unselected, the others still selected. */
  gtk_editable_set_text (search, "");
  tp_test_wait_for_n_items (G_LIST_MODEL (selection), 300);
  g_assert_true (is_selected (backlog, ideas[1]));
  g_assert_true (is_selected (backlog, ideas[250]));
  g_assert_true (is_selected (backlog, ideas[299]));
  g_assert_false (is_selected (backlog, ideas[297]));

  /* Another text altogether, then a status filter on top of it. */
  gtk_editable_set_text (search, "9");
  tp_test_wait_for_n_items (G_LIST_MODEL (selection), 57);
  g_assert_true (is_selected (backlog, ideas[299]));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tp_backlog_filters_get_status_check (tp_backlog_view_get_filters (backlog),
                                                                                         TP_IDEA_STATUS_NEW)),
                               TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 57);
  g_assert_true (is_selected (backlog, ideas[299]));
  g_clear_pointer (&selected, gtk_bitset_unref);
  selected = gtk_selection_model_get_selection (selection);
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 1);

  tp_test_close_and_finalize (window);
}

/* Each row the list has shows the idea at its position, and the first
 * rows are there. */
static void
assert_rows_match (TpBacklogView *view)
{
  GListModel *model = tp_backlog_view_get_model (view);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GHashTable) positions = g_hash_table_new (NULL, NULL);
  GtkWidget *list = NULL;

  for (guint i = 0; i < n && i < 5; i++)
    {
      TpBacklogRow *row = tp_backlog_view_find_row (view, backlog_item (view, i));

      g_assert_nonnull (row);
      list = gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (row)));
    }
  if (list == NULL)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      guint position;

      if (row == NULL || !TP_IS_BACKLOG_ROW (row))
        continue;

      position = tp_backlog_row_get_position (TP_BACKLOG_ROW (row));
      g_assert_cmpuint (position, <, n);
      g_assert_true (tp_backlog_row_get_idea (TP_BACKLOG_ROW (row)) == backlog_item (view, position));
      g_assert_false (g_hash_table_contains (positions, GUINT_TO_POINTER (position)));
      g_hash_table_add (positions, GUINT_TO_POINTER (position));
    }
}

/* However the rows move as the text changes, each shows its own idea. */
/* A backlog of 300 ideas, a third of them letters, on screen, searching
 * as each key is typed. */
static TpBacklogView *
show_long_backlog (Fixture    *fixture,
                   GtkWidget **window)
{
  GtkWidget *view;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *title = g_strdup_printf (i % 3 ? "Call-back %u" : "Letter %u", i);

      add_idea (fixture, title, NULL);
    }

  view = tp_backlog_view_new (fixture->store, fixture->workshop);
  *window = create_window (view);
  tp_test_present_and_wait (*window);
  tp_test_wait_for_frames (*window, 1);
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (tp_backlog_view_get_search_entry (TP_BACKLOG_VIEW (view))), 0);

  return TP_BACKLOG_VIEW (view);
}

static void
test_text_filter_rows (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *texts[] = { "c", "ca", "cal", "call-", "call-back 1", "call-back 12", "call-back 1", "call-",
                          "", "letter", "e", "9", "", "call", "", NULL };
  GtkWidget *window;
  TpBacklogView *backlog;
  GtkEditable *search;

  backlog = show_long_backlog (fixture, &window);
  search = tp_backlog_view_get_search_entry (backlog);
  assert_rows_match (backlog);

  for (guint t = 0; texts[t] != NULL; t++)
    {
      gtk_editable_set_text (search, texts[t]);
      tp_test_run_pending ();
      assert_rows_match (backlog);
      tp_test_wait_for_frames (window, 1);
      assert_rows_match (backlog);
    }

  tp_test_close_and_finalize (window);
}

/* Whether the row of @idea is where the backlog's scrolled window shows
 * it, and no taller than that. */
static gboolean
row_is_shown (TpBacklogView *view,
              TpIdea        *idea)
{
  TpBacklogRow *row = tp_backlog_view_find_row (view, idea);
  GtkWidget *scrolled;
  graphene_rect_t bounds;

  if (row == NULL)
    return FALSE;

  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_SCROLLED_WINDOW);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (row), scrolled, &bounds));
  g_assert_cmpfloat (bounds.size.height, <, gtk_widget_get_height (scrolled));

  return bounds.origin.y + bounds.size.height > 0 && bounds.origin.y < gtk_widget_get_height (scrolled);
}

/* Scrolled far down, typing or erasing shows what was found from the top. */
static void
test_text_filter_scrolls_to_top (Fixture       *fixture,
                                 gconstpointer  data)
{
  const char *texts[] = { "call", "call-back 2", "call-back", "", NULL };
  GtkWidget *window;
  GtkWidget *list;
  TpBacklogView *backlog;
  GtkEditable *search;
  GtkAdjustment *adjustment;

  backlog = show_long_backlog (fixture, &window);
  search = tp_backlog_view_get_search_entry (backlog);
  list = gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (tp_backlog_view_find_row (backlog, backlog_item (backlog, 0)))));
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  /* The list knows how tall its rows are once it has laid them out. */
  tp_test_wait_for_frames (window, 1);
  for (guint t = 0; texts[t] != NULL; t++)
    {
      guint n = g_list_model_get_n_items (tp_backlog_view_get_model (backlog));

      g_assert_true (gtk_widget_activate_action (list, "list.scroll-to-item", "u", n / 2));
      tp_test_wait_for_frames (window, 1);
      g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
      g_assert_true (row_is_shown (backlog, backlog_item (backlog, n / 2)));
      g_assert_false (row_is_shown (backlog, backlog_item (backlog, 0)));

      gtk_editable_set_text (search, texts[t]);
      tp_test_run_pending ();
      tp_test_wait_for_frames (window, 1);
      g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
      g_assert_true (row_is_shown (backlog, backlog_item (backlog, 0)));
      assert_rows_match (backlog);
    }

  tp_test_close_and_finalize (window);
}

static void
test_tag_and_status_filter (Fixture       *fixture,
                            gconstpointer  data)
{
  const char * const phone[] = { "phone", NULL };
  const char * const both[] = { "phone", "web", NULL };
  const char * const web[] = { "web", NULL };
  g_autoptr(GError) error = NULL;
  TpIdea *parked;
  GtkWidget *view;
  GtkWidget *window;
  GListModel *model;
  TpBacklogView *backlog;
  TpBacklogFilters *filters;

  add_idea (fixture, "Call-back line", phone);
  add_idea (fixture, "Chat or call", both);
  parked = add_idea (fixture, "Web form", web);
  add_idea (fixture, "Letter", NULL);
  tp_store_set_idea_status (fixture->store, parked, TP_IDEA_STATUS_PARKED, &error);
  g_assert_no_error (error);

  view = tp_backlog_view_new (fixture->store, fixture->workshop);
  backlog = TP_BACKLOG_VIEW (view);
  filters = tp_backlog_view_get_filters (backlog);
  window = create_window (view);
  tp_test_present_and_wait (window);
  model = tp_backlog_view_get_model (backlog);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (tp_backlog_filters_get_tag_check (filters, "phone")), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tp_backlog_filters_get_tag_check (filters, "web")), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  gtk_switch_set_active (GTK_SWITCH (tp_backlog_filters_get_match_all_switch (filters)), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (tp_idea_get_title (backlog_item (backlog, 0)), ==, "Chat or call");

  gtk_switch_set_active (GTK_SWITCH (tp_backlog_filters_get_match_all_switch (filters)), FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tp_backlog_filters_get_status_check (filters, TP_IDEA_STATUS_PARKED)),
                               TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_true (backlog_item (backlog, 0) == parked);

  /* A new tag shows up in the filter at once. */
  add_idea (fixture, "Walk-in desk", (const char * const[]) { "in-person", NULL });
  g_assert_nonnull (tp_backlog_filters_get_tag_check (filters, "in-person"));

  tp_test_close_and_finalize (window);
}

static void
test_bulk_tag (Fixture       *fixture,
               gconstpointer  data)
{
  TpIdea *a = add_idea (fixture, "Call-back line", NULL);
  TpIdea *b = add_idea (fixture, "Inbound route", NULL);
  TpIdea *c = add_idea (fixture, "Letter", NULL);
  GtkWidget *view = tp_backlog_view_new (fixture->store, fixture->workshop);
  GtkWidget *window = create_window (view);
  GtkSelectionModel *selection;
  GtkWidget *button;
  GtkEditable *entry;

  tp_test_present_and_wait (window);
  selection = GTK_SELECTION_MODEL (tp_backlog_view_get_model (TP_BACKLOG_VIEW (view)));
  gtk_selection_model_select_item (selection, 0, TRUE);
  gtk_selection_model_select_item (selection, 1, FALSE);

  button = find_button (view, "Add");
  g_assert_nonnull (button);
  entry = GTK_EDITABLE (gtk_widget_get_prev_sibling (button));
  gtk_editable_set_text (entry, "urgent");
  g_signal_emit_by_name (button, "clicked");

  g_assert_true (g_strv_contains (tp_idea_get_tags (a), "urgent"));
  g_assert_true (g_strv_contains (tp_idea_get_tags (b), "urgent"));
  g_assert_false (tp_idea_get_tags (c) != NULL && g_strv_contains (tp_idea_get_tags (c), "urgent"));

  gtk_selection_model_unselect_item (selection, 0);
  button = find_button (view, "Remove");
  entry = GTK_EDITABLE (gtk_widget_get_prev_sibling (button));
  gtk_editable_set_text (entry, "urgent");
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (g_strv_contains (tp_idea_get_tags (a), "urgent"));
  g_assert_false (tp_idea_get_tags (b) != NULL && g_strv_contains (tp_idea_get_tags (b), "urgent"));

  tp_test_close_and_finalize (window);
}

/* Whether the title on a matrix card is shown whole, not cut short. */
static gboolean
card_title_is_whole (GtkWidget *card)
{
  GtkWidget *label = card;

  while (label != NULL && !GTK_IS_LABEL (label))
    label = gtk_widget_get_first_child (label);
  g_assert_nonnull (label);

  return !pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label)));
}

static void
test_matrix (Fixture       *fixture,
             gconstpointer  data)
{
  TpIdea *quick = add_idea (fixture, "Call-back line", NULL);
  TpIdea *unscored = add_idea (fixture, "Letter", NULL);
  TpIdea *sentence = add_idea (fixture, "One agent who can finish the job: refund, exchange or repair", NULL);
  GtkWidget *matrix;
  GtkWidget *window;
  TpImpactMatrix *self;
  g_autoptr(TpIdea) saved = NULL;
  TpScores scores;

  set_impact_effort (fixture, quick, 5, 1);
  set_impact_effort (fixture, sentence, 5, 3);
  matrix = tp_impact_matrix_new (fixture->store, fixture->workshop);
  self = TP_IMPACT_MATRIX (matrix);
  window = create_window (matrix);
  tp_test_present_and_wait (window);

  g_assert_true (gtk_widget_is_ancestor (tp_impact_matrix_find_card (self, quick),
                                         tp_impact_matrix_get_cell (self, TP_QUADRANT_QUICK_WIN)));
  g_assert_true (gtk_widget_is_ancestor (tp_impact_matrix_find_card (self, unscored),
                                         tp_impact_matrix_get_cell (self, TP_QUADRANT_NONE)));
  gtk_test_accessible_assert_property (tp_impact_matrix_get_cell (self, TP_QUADRANT_QUICK_WIN),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Quick wins: 1 idea");
  gtk_test_accessible_assert_property (tp_impact_matrix_find_card (self, quick),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Call-back line, quick win, impact 5, effort 1");

  /* A title that is a sentence wraps onto a second line rather than
   * losing its end. */
  g_assert_true (card_title_is_whole (tp_impact_matrix_find_card (self, sentence)));

  /* Dragged to money pits: impact 5 is not low, so 2; effort 1 is not high, so 4. */
  g_assert_true (drop_idea_on (tp_impact_matrix_get_cell (self, TP_QUADRANT_MONEY_PIT), quick, 20, 20));
  saved = reload_idea (fixture, quick);
  tp_idea_get_scores (saved, &scores);
  g_assert_cmpuint (scores.impact, ==, 2);
  g_assert_cmpuint (scores.effort, ==, 4);
  g_assert_cmpint (tp_idea_get_quadrant (quick), ==, TP_QUADRANT_MONEY_PIT);
  g_assert_true (gtk_widget_is_ancestor (tp_impact_matrix_find_card (self, quick),
                                         tp_impact_matrix_get_cell (self, TP_QUADRANT_MONEY_PIT)));
  gtk_test_accessible_assert_property (tp_impact_matrix_get_cell (self, TP_QUADRANT_QUICK_WIN),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Quick wins: 0 ideas");

  /* The moved card keeps the focus; Alt+Up takes it to big bets and
   * keeps its effort of 4. */
  g_assert_true (gtk_widget_has_focus (tp_impact_matrix_find_card (self, quick)));
  g_assert_true (gtk_widget_activate_action (tp_impact_matrix_find_card (self, quick),
                                             "matrix.move-idea", "s", "up"));
  tp_idea_get_scores (quick, &scores);
  g_assert_cmpuint (scores.impact, ==, 4);
  g_assert_cmpuint (scores.effort, ==, 4);
  g_assert_true (gtk_widget_is_ancestor (tp_impact_matrix_find_card (self, quick),
                                         tp_impact_matrix_get_cell (self, TP_QUADRANT_BIG_BET)));

  /* An unscored idea dropped on quick wins gets 4 and 2. */
  g_assert_true (drop_idea_on (tp_impact_matrix_get_cell (self, TP_QUADRANT_QUICK_WIN), unscored, 20, 20));
  tp_idea_get_scores (unscored, &scores);
  g_assert_cmpuint (scores.impact, ==, 4);
  g_assert_cmpuint (scores.effort, ==, 2);
  g_assert_false (gtk_widget_get_visible (tp_impact_matrix_get_cell (self, TP_QUADRANT_NONE)));

  tp_test_close_and_finalize (window);
}

static void
test_scores_group (Fixture       *fixture,
                   gconstpointer  data)
{
  TpIdea *idea = add_idea (fixture, "Call-back line", NULL);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = tp_scores_group_new (fixture->store, idea);
  GtkWidget *window = create_window (page);
  TpScoresGroup *self = TP_SCORES_GROUP (group);
  g_autoptr(TpIdea) saved = NULL;
  GtkSpinButton *effort;
  const char *description;
  TpScores scores;

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  tp_test_present_and_wait (window);
  g_assert_cmpstr (tp_scores_group_get_rice_text (self), ==, "Needs all four parts");

  adw_combo_row_set_selected (ADW_COMBO_ROW (tp_scores_group_get_editor (self, TP_SCORES_PART_IMPACT)), 4);
  saved = reload_idea (fixture, idea);
  tp_idea_get_scores (saved, &scores);
  g_assert_cmpuint (scores.impact, ==, 4);
  g_assert_cmpuint (scores.effort, ==, 0);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (tp_scores_group_get_editor (self, TP_SCORES_PART_RICE_REACH)), 100);
  adw_combo_row_set_selected (ADW_COMBO_ROW (tp_scores_group_get_editor (self, TP_SCORES_PART_RICE_IMPACT)), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (tp_scores_group_get_editor (self, TP_SCORES_PART_RICE_CONFIDENCE)), 80);
  effort = GTK_SPIN_BUTTON (tp_scores_group_get_editor (self, TP_SCORES_PART_RICE_EFFORT));
  gtk_spin_button_set_value (effort, 2);
  /* 100 × 3 × 80 % ÷ 2 */
  g_assert_cmpstr (tp_scores_group_get_rice_text (self), ==, "120.0");
  g_assert_cmpfloat_with_epsilon (tp_idea_get_rice_score (idea), 120, 1e-9);

  /* Zero person-weeks is refused, said, and undone. */
  gtk_spin_button_set_value (effort, 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (effort), ==, 2);
  g_assert_nonnull (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                            "more than 0"));
  tp_idea_get_scores (idea, &scores);
  g_assert_cmpfloat (scores.rice_effort, ==, 2);

  adw_combo_row_set_selected (ADW_COMBO_ROW (tp_scores_group_get_editor (self, TP_SCORES_PART_MOSCOW)),
                              TP_MOSCOW_MUST);
  tp_idea_get_scores (idea, &scores);
  g_assert_cmpint (scores.moscow, ==, TP_MOSCOW_MUST);
  description = adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group));
  g_assert_true (description == NULL || description[0] == '\0');

  tp_test_close_and_finalize (window);
}

static void
test_tag_manager (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *window;

  add_idea (fixture, "Call-back line", (const char * const[]) { "phone", NULL });
  window = g_object_ref_sink (tp_tag_manager_new (fixture->store, fixture->workshop));
  tp_test_present_and_wait (window);

  g_assert_true (gtk_widget_activate_action (window, "tags.new", NULL));
  tp_store_create_tag (fixture->store, fixture->workshop, "web", "green", &error);
  g_assert_no_error (error);
  tp_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_tags (fixture->store, fixture->workshop)), ==, 2);

  tp_test_close_and_finalize (window);
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

  ADD ("/ui/backlog/vote-budget", test_vote_budget);
  ADD ("/ui/backlog/drag-to-rerank", test_drag_to_rerank);
  ADD ("/ui/backlog/text-filter", test_text_filter);
  ADD ("/ui/backlog/text-filter-live", test_text_filter_live);
  ADD ("/ui/backlog/text-filter-keeps-selection", test_text_filter_keeps_selection);
  ADD ("/ui/backlog/text-filter-rows", test_text_filter_rows);
  ADD ("/ui/backlog/text-filter-scrolls-to-top", test_text_filter_scrolls_to_top);
  ADD ("/ui/backlog/tag-and-status-filter", test_tag_and_status_filter);
  ADD ("/ui/backlog/bulk-tag", test_bulk_tag);
  ADD ("/ui/backlog/matrix", test_matrix);
  ADD ("/ui/backlog/scores-group", test_scores_group);
  ADD ("/ui/backlog/tag-manager", test_tag_manager);

#undef ADD

  return g_test_run ();
}
