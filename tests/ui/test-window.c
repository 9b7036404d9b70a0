/* test-window.c — the main window driven from the keyboard, against a real store
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tp-backlog-view-private.h"
#include "tp-cluster-row.h"
#include "tp-idea-editor.h"
#include "tp-store.h"
#include "tp-window.h"
#include "tp-window-private.h"
#include "tp-workshop-view-private.h"
#include "tp-test-ui.h"

typedef struct
{
  char     *dir;
  char     *path;
  TpStore  *store;
  TpWindow *window;
} Fixture;

static GtkWidget *
part (Fixture      *fixture,
      TpWindowPart  which)
{
  return tp_window_get_part (fixture->window, which);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("touchpoint-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);

  fixture->window = g_object_ref (tp_window_new (fixture->store, NULL, NULL));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
  tp_test_present_and_wait (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  tp_test_close_and_finalize (fixture->window);
  g_assert_finalize_object (fixture->store);

  tp_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gboolean
capture_entry_has_focus (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  GtkWidget *entry = part (fixture, TP_WINDOW_PART_CAPTURE_ENTRY);

  return focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

static GListModel *
shown_ideas (Fixture *fixture)
{
  return G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (part (fixture, TP_WINDOW_PART_IDEAS_VIEW))));
}

static TpIdea *
shown_idea (Fixture *fixture,
            guint    position)
{
  g_autoptr(TpIdea) idea = g_list_model_get_item (shown_ideas (fixture), position);

  g_assert_nonnull (idea);
  /* The store's model keeps it alive. */
  return idea;
}

static void
start_workshop (Fixture *fixture)
{
  /* What Ctrl+N does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-workshop", NULL));
  g_assert_nonnull (tp_window_get_workshop (fixture->window));
  tp_test_wait_until (capture_entry_has_focus, fixture, "the capture entry has the focus");
}

static void
type_idea (Fixture    *fixture,
           const char *text)
{
  GtkWidget *entry = part (fixture, TP_WINDOW_PART_CAPTURE_ENTRY);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  tp_test_run_pending ();
}

static const char *
entry_text (Fixture *fixture)
{
  return gtk_editable_get_text (GTK_EDITABLE (part (fixture, TP_WINDOW_PART_CAPTURE_ENTRY)));
}

static gboolean
strv_equal (const char * const *tags,
            const char * const *expected)
{
  return g_strv_equal ((const char * const *)(tags ? tags : (const char * const[]) { NULL }), expected);
}

static gboolean
empty_library_is_shown (gpointer data)
{
  Fixture *fixture = data;
  return gtk_widget_get_mapped (part (fixture, TP_WINDOW_PART_EMPTY_LIBRARY_PAGE));
}

static gboolean
empty_library_is_hidden (gpointer data)
{
  Fixture *fixture = data;
  return !empty_library_is_shown (fixture);
}

static gboolean
no_ideas_page_is_shown (gpointer data)
{
  Fixture *fixture = data;
  return gtk_widget_get_mapped (part (fixture, TP_WINDOW_PART_NO_IDEAS_PAGE));
}

static gboolean
ideas_view_is_shown (gpointer data)
{
  Fixture *fixture = data;
  return gtk_widget_get_mapped (part (fixture, TP_WINDOW_PART_IDEAS_VIEW));
}

static void
test_empty_library (Fixture       *fixture,
                    gconstpointer  data)
{
  tp_test_wait_until (empty_library_is_shown, fixture, "the empty library page is shown");
  g_assert_null (tp_window_get_workshop (fixture->window));

  start_workshop (fixture);
  tp_test_wait_until (empty_library_is_hidden, fixture, "the empty library page goes away");
  tp_test_wait_until (no_ideas_page_is_shown, fixture, "the new workshop says it has no ideas yet");
}

static void
test_capture (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) reader = NULL;
  GListModel *stored;
  TpWorkshop *workshop;
  TpWorkshop *read_workshop;
  TpIdea *idea;

  start_workshop (fixture);
  workshop = tp_window_get_workshop (fixture->window);
  g_assert_true (g_str_has_prefix (tp_workshop_get_title (workshop), "Workshop "));

  type_idea (fixture, "Call customers back #phone @Sam");
  g_assert_cmpstr (entry_text (fixture), ==, "");
  g_assert_true (capture_entry_has_focus (fixture));

  type_idea (fixture, "Inbound line for quotes #phone #sales");
  type_idea (fixture, "Ask about the whole experience");
  g_assert_cmpstr (entry_text (fixture), ==, "");
  g_assert_true (capture_entry_has_focus (fixture));
  tp_test_wait_until (ideas_view_is_shown, fixture, "the list of ideas is shown");

  /* Newest first. */
  g_assert_cmpuint (g_list_model_get_n_items (shown_ideas (fixture)), ==, 3);

  idea = shown_idea (fixture, 0);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "Ask about the whole experience");
  g_assert_null (tp_idea_get_author (idea));
  g_assert_true (strv_equal (tp_idea_get_tags (idea), (const char *[]) { NULL }));

  idea = shown_idea (fixture, 1);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "Inbound line for quotes");
  g_assert_true (strv_equal (tp_idea_get_tags (idea), (const char *[]) { "phone", "sales", NULL }));

  idea = shown_idea (fixture, 2);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, "Call customers back");
  g_assert_cmpstr (tp_idea_get_author (idea), ==, "Sam");
  g_assert_true (strv_equal (tp_idea_get_tags (idea), (const char *[]) { "phone", NULL }));

  /* Saved at once: a second connection reads them back. */
  reader = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
  read_workshop = tp_store_lookup_workshop (reader, tp_workshop_get_id (workshop));
  g_assert_nonnull (read_workshop);
  stored = tp_store_get_ideas (reader, read_workshop);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 3);
  {
    g_autoptr(TpIdea) first = g_list_model_get_item (stored, 0);

    g_assert_cmpstr (tp_idea_get_title (first), ==, "Call customers back");
    g_assert_cmpstr (tp_idea_get_author (first), ==, "Sam");
  }
}

static void
test_ten_in_a_row (Fixture       *fixture,
                   gconstpointer  data)
{
  start_workshop (fixture);

  for (guint i = 1; i <= 10; i++)
    {
      g_autofree char *text = g_strdup_printf ("Idea number %u #round1", i);

      type_idea (fixture, text);
      g_assert_cmpstr (entry_text (fixture), ==, "");
      g_assert_true (capture_entry_has_focus (fixture));
    }

  g_assert_cmpuint (g_list_model_get_n_items (shown_ideas (fixture)), ==, 10);
  g_assert_cmpstr (tp_idea_get_title (shown_idea (fixture, 0)), ==, "Idea number 10");
  g_assert_cmpuint (tp_workshop_get_n_ideas (tp_window_get_workshop (fixture->window)), ==, 10);
}

static void
test_capture_error_keeps_text (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *too_long = NULL;
  GtkWidget *entry;

  start_workshop (fixture);
  entry = part (fixture, TP_WINDOW_PART_CAPTURE_ENTRY);

  too_long = g_strnfill (TP_IDEA_TITLE_MAX + 1, 'x');
  type_idea (fixture, too_long);

  g_assert_cmpstr (entry_text (fixture), ==, too_long);
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (part (fixture, TP_WINDOW_PART_CAPTURE_ERROR))));
  g_assert_nonnull (gtk_widget_get_tooltip_text (entry));
  g_assert_cmpuint (g_list_model_get_n_items (shown_ideas (fixture)), ==, 0);

  /* Fixing the text clears the complaint, and Enter then works. */
  type_idea (fixture, "A shorter idea");
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpuint (g_list_model_get_n_items (shown_ideas (fixture)), ==, 1);
}

static void
test_anonymous (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *toggle;
  TpWorkshop *workshop;

  start_workshop (fixture);
  workshop = tp_window_get_workshop (fixture->window);
  toggle = part (fixture, TP_WINDOW_PART_ANONYMOUS_BUTTON);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  g_assert_true (tp_workshop_get_anonymous (workshop));

  type_idea (fixture, "Named but hidden @Ana #privacy");
  g_assert_cmpuint (g_list_model_get_n_items (shown_ideas (fixture)), ==, 1);
  g_assert_cmpstr (tp_idea_get_title (shown_idea (fixture, 0)), ==, "Named but hidden");
  g_assert_null (tp_idea_get_author (shown_idea (fixture, 0)));
  g_assert_true (strv_equal (tp_idea_get_tags (shown_idea (fixture, 0)), (const char *[]) { "privacy", NULL }));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
  g_assert_false (tp_workshop_get_anonymous (workshop));
  type_idea (fixture, "Named and shown @Ana");
  g_assert_cmpstr (tp_idea_get_author (shown_idea (fixture, 0)), ==, "Ana");
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkSelectionModel *selection;
  TpWorkshop *workshop;
  GListModel *stored;

  start_workshop (fixture);
  workshop = tp_window_get_workshop (fixture->window);
  type_idea (fixture, "Keep this one");
  type_idea (fixture, "Delete this one");

  /* What Delete does on the focused row. */
  selection = gtk_grid_view_get_model (GTK_GRID_VIEW (part (fixture, TP_WINDOW_PART_IDEAS_VIEW)));
  gtk_selection_model_select_item (selection, 0, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-idea", "x", (gint64)0));
  tp_test_run_pending ();

  g_assert_cmpuint (g_list_model_get_n_items (shown_ideas (fixture)), ==, 1);
  g_assert_cmpstr (tp_idea_get_title (shown_idea (fixture, 0)), ==, "Keep this one");
  stored = tp_store_get_ideas (fixture->store, workshop);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 1);

  /* What the toast's Undo button does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  tp_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (shown_ideas (fixture)), ==, 2);
  g_assert_cmpstr (tp_idea_get_title (shown_idea (fixture, 0)), ==, "Delete this one");
  g_assert_cmpuint (tp_workshop_get_n_ideas (workshop), ==, 2);

  /* Deleting the last idea shows the empty-workshop page again. */
  for (guint i = 0; i < 2; i++)
    {
      TpIdea *idea = shown_idea (fixture, 0);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-idea",
                                                 "x", tp_idea_get_id (idea)));
    }
  g_assert_cmpuint (g_list_model_get_n_items (shown_ideas (fixture)), ==, 0);
  tp_test_wait_until (no_ideas_page_is_shown, fixture, "the workshop says it has no ideas");
}

static gboolean
quit_loop_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* Two ideas deleted in a row, and the window closed straight away: the
 * first toast, too new to dismiss at once, waits for frames that never
 * come, and the wait must end with the window, not after it. */
static void
test_delete_then_close (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  start_workshop (fixture);
  type_idea (fixture, "First to go");
  type_idea (fixture, "Second to go");
  for (guint i = 0; i < 2; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-idea",
                                               "x", tp_idea_get_id (shown_idea (fixture, 0))));

  tp_test_close_and_finalize (fixture->window);
  g_timeout_add (1000, quit_loop_cb, loop);
  g_main_loop_run (loop);

  /* The fixture's own tear-down closes a window again. */
  fixture->window = g_object_ref (tp_window_new (fixture->store, NULL, NULL));
}

static void
test_delete_workshop (Fixture       *fixture,
                      gconstpointer  data)
{
  TpWorkshop *workshop;

  start_workshop (fixture);
  workshop = g_object_ref (tp_window_get_workshop (fixture->window));
  type_idea (fixture, "An idea in a workshop about to go");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-workshop", "x", (gint64)0));
  g_assert_null (tp_window_get_workshop (fixture->window));
  tp_test_wait_until (empty_library_is_shown, fixture, "the empty library page is shown");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_true (tp_window_get_workshop (fixture->window) == workshop);
  g_assert_cmpuint (g_list_model_get_n_items (shown_ideas (fixture)), ==, 1);
  tp_test_wait_until (capture_entry_has_focus, fixture, "the capture entry has the focus");

  g_object_unref (workshop);
}

static void
test_edit_idea (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TpIdeaEditor *editor = NULL;
  TpIdea *idea;
  GList *toplevels;

  start_workshop (fixture);
  type_idea (fixture, "Rough first wording");
  idea = shown_idea (fixture, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.edit-idea",
                                             "x", tp_idea_get_id (idea)));
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (TP_IS_IDEA_EDITOR (l->data))
      editor = l->data;
  g_list_free (toplevels);

  g_assert_nonnull (editor);
  g_assert_true (tp_idea_editor_get_idea (editor) == idea);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (fixture->window));
  gtk_window_destroy (GTK_WINDOW (editor));
  tp_test_run_pending ();
}

static void
test_rename_workshop (Fixture       *fixture,
                      gconstpointer  data)
{
  AdwMessageDialog *dialog = NULL;
  GList *toplevels;
  GtkWidget *entry;

  start_workshop (fixture);

  /* What F2 does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.rename-workshop", "x", (gint64)0));
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);

  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_EDITABLE (entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==,
                   tp_workshop_get_title (tp_window_get_workshop (fixture->window)));

  /* A blank title cannot be chosen. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "rename"));

  gtk_editable_set_text (GTK_EDITABLE (entry), "Call-back journeys");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "rename"));
  adw_message_dialog_response (dialog, "rename");
  tp_test_run_pending ();

  g_assert_cmpstr (tp_workshop_get_title (tp_window_get_workshop (fixture->window)), ==, "Call-back journeys");
}

/* The window's own settings, in memory (GSETTINGS_BACKEND), from the
 * schema the build compiled (GSETTINGS_SCHEMA_DIR). */
static GSettings *
window_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  g_assert_nonnull (schema);
  return g_settings_new_full (schema, NULL, NULL);
}

static void
test_remembers_size (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GSettings) settings = NULL;
  TpWindow *window;

  settings = window_settings ();
  window = g_object_ref (tp_window_new (fixture->store, NULL, settings));
  gtk_window_set_default_size (GTK_WINDOW (window), 820, 640);
  tp_test_present_and_wait (GTK_WIDGET (window));

  gtk_window_close (GTK_WINDOW (window));
  tp_test_run_pending ();
  g_assert_finalize_object (window);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

/* The focus belongs in the capture entry's text whenever a workshop's
 * ideas come into view: when the window opens on the last workshop, when
 * another is picked in the sidebar, and after Ctrl+3 or Ctrl+4 and back
 * with Ctrl+1, whichever phase the workshop is in. */
static gboolean
focus_is_capture_text (TpWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *entry = tp_window_get_part (window, TP_WINDOW_PART_CAPTURE_ENTRY);

  return focus != NULL && GTK_IS_TEXT (focus) && gtk_widget_get_parent (focus) == entry;
}

static char *
describe_focus (TpWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *parent = focus != NULL ? gtk_widget_get_parent (focus) : NULL;

  if (focus == NULL)
    return g_strdup ("nothing");
  return g_strdup_printf ("a %s in a %s", G_OBJECT_TYPE_NAME (focus),
                          parent != NULL ? G_OBJECT_TYPE_NAME (parent) : "window");
}

static void
assert_focus_in_capture (TpWindow   *window,
                         const char *when)
{
  g_autofree char *focus = NULL;

  if (focus_is_capture_text (window))
    return;
  focus = describe_focus (window);
  g_error ("%s, the keyboard focus is on %s rather than in the capture entry", when, focus);
}

static void
show_view (TpWindow   *window,
           const char *view)
{
  /* What Ctrl+1 … Ctrl+4 do. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", view));
  tp_test_wait_for_frames (GTK_WIDGET (window), 3);
  g_assert_cmpstr (tp_workshop_view_get_visible_view (TP_WORKSHOP_VIEW (tp_window_get_part (window, TP_WINDOW_PART_WORKSHOP_VIEW))),
                   ==, view);
}

/* A click on @workshop's row in the sidebar. */
static void
pick_in_sidebar (TpWindow   *window,
                 TpWorkshop *workshop)
{
  GtkListView *sidebar = GTK_LIST_VIEW (tp_window_get_part (window, TP_WINDOW_PART_WORKSHOPS_VIEW));
  GListModel *workshops = G_LIST_MODEL (gtk_list_view_get_model (sidebar));

  for (guint i = 0; i < g_list_model_get_n_items (workshops); i++)
    {
      g_autoptr(TpWorkshop) item = g_list_model_get_item (workshops, i);

      if (item == workshop)
        {
          g_signal_emit_by_name (sidebar, "activate", i);
          tp_test_wait_for_frames (GTK_WIDGET (window), 3);
          g_assert_true (tp_window_get_workshop (window) == workshop);
          return;
        }
    }
  g_assert_not_reached ();
}

/* Where a keyboard user starts on each page but the ideas: the first
 * idea of the backlog, ready for +, Alt+Up or Enter, or the first row of
 * the groups; never the timer, which the first Space would start. */
static gboolean
focus_is_on_page (TpWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  TpWorkshopView *view = TP_WORKSHOP_VIEW (tp_window_get_part (window, TP_WINDOW_PART_WORKSHOP_VIEW));
  const char *name = tp_workshop_view_get_visible_view (view);

  if (focus == NULL)
    return FALSE;

  if (g_strcmp0 (name, TP_WORKSHOP_VIEW_BACKLOG) == 0)
    {
      TpBacklogView *backlog = TP_BACKLOG_VIEW (tp_workshop_view_get_part (view, TP_WORKSHOP_VIEW_PART_BACKLOG_VIEW));
      g_autoptr(TpIdea) first = g_list_model_get_item (tp_backlog_view_get_model (backlog), 0);
      TpBacklogRow *row = first != NULL ? tp_backlog_view_find_row (backlog, first) : NULL;

      return row != NULL && focus == gtk_widget_get_parent (GTK_WIDGET (row));
    }
  if (g_strcmp0 (name, TP_WORKSHOP_VIEW_GROUPS) == 0)
    return gtk_widget_is_ancestor (focus, tp_workshop_view_get_part (view, TP_WORKSHOP_VIEW_PART_CLUSTER_BOARD)) &&
           (TP_IS_CLUSTER_ROW (focus) || gtk_widget_get_ancestor (focus, TP_TYPE_CLUSTER_ROW) != NULL);
  if (g_strcmp0 (name, TP_WORKSHOP_VIEW_MATRIX) == 0)
    return gtk_widget_is_ancestor (focus, tp_workshop_view_get_part (view, TP_WORKSHOP_VIEW_PART_IMPACT_MATRIX));

  return focus_is_capture_text (window);
}

static void
assert_focus_on_page (TpWindow   *window,
                      const char *when)
{
  TpWorkshopView *view = TP_WORKSHOP_VIEW (tp_window_get_part (window, TP_WINDOW_PART_WORKSHOP_VIEW));
  g_autofree char *focus = NULL;

  if (focus_is_on_page (window))
    return;
  focus = describe_focus (window);
  g_error ("%s, the keyboard focus is on %s rather than where the %s page starts",
           when, focus, tp_workshop_view_get_visible_view (view));
}

/* A window as the app opens it, on the last workshop it showed. */
static TpWindow *
open_window_on (Fixture    *fixture,
                GSettings  *settings,
                TpWorkshop *last)
{
  TpWindow *window;

  g_settings_set_int64 (settings, "last-workshop", tp_workshop_get_id (last));
  window = g_object_ref (tp_window_new (fixture->store, NULL, settings));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  tp_test_present_and_wait (GTK_WIDGET (window));
  tp_test_wait_for_frames (GTK_WIDGET (window), 3);

  g_assert_true (tp_window_get_workshop (window) == last);
  return window;
}

static void
test_focus_on_open (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  TpWorkshop *capturing, *voting;
  TpWindow *window;

  settings = window_settings ();

  /* A library that already holds workshops, as the app finds it when it
   * starts: one still capturing, and a newer one already voting. */
  capturing = tp_store_create_workshop (fixture->store, "Call-back journeys", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *text = g_strdup_printf ("Call back idea %u #contact @Sam", i + 1);

      tp_store_capture_idea (fixture->store, capturing, text, &error);
      g_assert_no_error (error);
    }
  voting = tp_store_create_workshop (fixture->store, "Onboarding", &error);
  g_assert_no_error (error);
  tp_store_capture_idea (fixture->store, voting, "Proactive delivery updates", &error);
  g_assert_no_error (error);
  g_assert_true (tp_store_set_workshop_phase (fixture->store, voting, TP_PHASE_VOTE, &error));
  g_assert_no_error (error);

  /* The fixture's window would only stand in the way. */
  tp_test_close_and_finalize (fixture->window);

  /* Opening on the last workshop, which is not the newest. */
  window = fixture->window = open_window_on (fixture, settings, capturing);
  assert_focus_in_capture (window, "When the window opens on a workshop that is capturing");

  /* Away to the backlog and the matrix, and back to the ideas. */
  show_view (window, TP_WORKSHOP_VIEW_BACKLOG);
  assert_focus_on_page (window, "After Ctrl+3");
  show_view (window, TP_WORKSHOP_VIEW_IDEAS);
  assert_focus_in_capture (window, "After Ctrl+3 and Ctrl+1");
  show_view (window, TP_WORKSHOP_VIEW_MATRIX);
  assert_focus_on_page (window, "After Ctrl+4");
  show_view (window, TP_WORKSHOP_VIEW_GROUPS);
  assert_focus_on_page (window, "After Ctrl+2");
  show_view (window, TP_WORKSHOP_VIEW_IDEAS);
  assert_focus_in_capture (window, "After Ctrl+4 and Ctrl+1");

  /* The other workshop opens on its backlog: voting is its phase. */
  pick_in_sidebar (window, voting);
  g_assert_cmpstr (tp_workshop_view_get_visible_view (TP_WORKSHOP_VIEW (part (fixture, TP_WINDOW_PART_WORKSHOP_VIEW))),
                   ==, TP_WORKSHOP_VIEW_BACKLOG);
  show_view (window, TP_WORKSHOP_VIEW_IDEAS);
  assert_focus_in_capture (window, "After Ctrl+1 in a workshop picked in the sidebar");
  show_view (window, TP_WORKSHOP_VIEW_MATRIX);
  show_view (window, TP_WORKSHOP_VIEW_IDEAS);
  assert_focus_in_capture (window, "After Ctrl+4 and Ctrl+1 in a workshop picked in the sidebar");

  pick_in_sidebar (window, capturing);
  assert_focus_in_capture (window, "After the capturing workshop is picked in the sidebar");

  /* The app starting again, on the workshop that was voting. */
  tp_test_close_and_finalize (window);
  window = fixture->window = open_window_on (fixture, settings, voting);
  show_view (window, TP_WORKSHOP_VIEW_IDEAS);
  assert_focus_in_capture (window, "After Ctrl+1 in a window that opened on a workshop that is voting");
  show_view (window, TP_WORKSHOP_VIEW_BACKLOG);
  show_view (window, TP_WORKSHOP_VIEW_IDEAS);
  assert_focus_in_capture (window, "After Ctrl+3 and Ctrl+1 in a window that opened on a workshop that is voting");
}

/* A workshop that opens on a page without the capture entry gives the
 * focus to that page, whether the window opens on it, it is picked in
 * the sidebar, or its phase moves it to another page. */
static void
test_focus_on_open_phases (Fixture       *fixture,
                           gconstpointer  data)
{
  static const TpPhase phases[] = {
    TP_PHASE_GROUP, TP_PHASE_VOTE, TP_PHASE_PRIORITISE, TP_PHASE_WALK, TP_PHASE_REVIEW,
  };
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  TpWorkshop *workshops[G_N_ELEMENTS (phases)];
  TpWindow *window;

  settings = window_settings ();

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      g_autofree char *title = g_strdup_printf ("In %s", tp_phase_get_label (phases[i]));

      workshops[i] = tp_store_create_workshop (fixture->store, title, &error);
      g_assert_no_error (error);
      for (guint k = 0; k < 3; k++)
        {
          g_autofree char *text = g_strdup_printf ("Idea %u of %s #room @Sam", k + 1, title);

          tp_store_capture_idea (fixture->store, workshops[i], text, &error);
          g_assert_no_error (error);
        }
      g_assert_true (tp_store_set_workshop_phase (fixture->store, workshops[i], phases[i], &error));
      g_assert_no_error (error);
    }
  tp_test_close_and_finalize (fixture->window);

  /* The app starting on a workshop in each phase. */
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      g_autofree char *when = g_strdup_printf ("When the window opens on a workshop in its %s phase",
                                               tp_phase_get_label (phases[i]));

      window = fixture->window = open_window_on (fixture, settings, workshops[i]);
      assert_focus_on_page (window, when);
      tp_test_close_and_finalize (window);
    }

  /* With no ideas, the groups have no row to take the focus: it stays
   * off the timer all the same. */
  {
    TpWorkshop *empty = tp_store_create_workshop (fixture->store, "Nothing to group yet", &error);
    GtkWidget *focus;

    g_assert_no_error (error);
    g_assert_true (tp_store_set_workshop_phase (fixture->store, empty, TP_PHASE_GROUP, &error));
    g_assert_no_error (error);
    window = fixture->window = open_window_on (fixture, settings, empty);
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_true (focus == NULL || !gtk_widget_is_ancestor (focus, tp_window_get_part (window, TP_WINDOW_PART_TIMER_BUTTON)));
    tp_test_close_and_finalize (window);
  }

  /* Each picked in the sidebar, from the one before. */
  window = fixture->window = open_window_on (fixture, settings, workshops[0]);
  for (guint i = 1; i < G_N_ELEMENTS (phases); i++)
    {
      g_autofree char *when = g_strdup_printf ("After a workshop in its %s phase is picked in the sidebar",
                                               tp_phase_get_label (phases[i]));

      pick_in_sidebar (window, workshops[i]);
      assert_focus_on_page (window, when);
    }

  /* The phase moving the open workshop from one page to another. */
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      TpWorkshop *workshop = workshops[G_N_ELEMENTS (phases) - 1];
      g_autofree char *when = g_strdup_printf ("After the phase moves on to %s",
                                               tp_phase_get_label (phases[i]));

      g_assert_true (tp_store_set_workshop_phase (fixture->store, workshop, phases[i], &error));
      g_assert_no_error (error);
      tp_test_wait_for_frames (GTK_WIDGET (window), 3);
      assert_focus_on_page (window, when);
    }
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

  ADD ("/ui/window/empty-library", test_empty_library);
  ADD ("/ui/window/capture", test_capture);
  ADD ("/ui/window/ten-in-a-row", test_ten_in_a_row);
  ADD ("/ui/window/capture-error-keeps-text", test_capture_error_keeps_text);
  ADD ("/ui/window/anonymous", test_anonymous);
  ADD ("/ui/window/delete-and-undo", test_delete_and_undo);
  ADD ("/ui/window/delete-then-close", test_delete_then_close);
  ADD ("/ui/window/delete-workshop", test_delete_workshop);
  ADD ("/ui/window/edit-idea", test_edit_idea);
  ADD ("/ui/window/rename-workshop", test_rename_workshop);
  ADD ("/ui/window/remembers-size", test_remembers_size);
  ADD ("/ui/window/focus-on-open", test_focus_on_open);
  ADD ("/ui/window/focus-on-open-phases", test_focus_on_open_phases);

#undef ADD

  return g_test_run ();
}
