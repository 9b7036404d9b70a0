/* test-window-files.c — the window's files in and out, and files opened by the application
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tp-application.h"
#include "tp-backlog-view-private.h"
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

/* Dialogs the window raised, such as an import notice, go with it. */
static void
destroy_other_windows (GtkWindow *keep)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window != keep)
        gtk_window_destroy (window);
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("touchpoint-files-XXXXXX", &error);
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
  destroy_other_windows (GTK_WINDOW (fixture->window));
  tp_test_close_and_finalize (fixture->window);
  g_assert_finalize_object (fixture->store);

  tp_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static GFile *
fixture_file (Fixture    *fixture,
              const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return g_file_new_for_path (path);
}

static char *
read_file (GFile *file)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static TpWorkshop *
start_workshop (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-workshop", NULL));
  g_assert_nonnull (tp_window_get_workshop (fixture->window));
  return tp_window_get_workshop (fixture->window);
}

static TpIdea *
add_idea (Fixture    *fixture,
          const char *title)
{
  g_autoptr(GError) error = NULL;
  TpIdea *idea;

  idea = tp_store_add_idea (fixture->store, tp_window_get_workshop (fixture->window),
                            title, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (idea);
  return idea;
}

/* Where @title's row starts in @csv, -1 when it is not there. */
static gssize
find_row (const char *csv,
          const char *title)
{
  const char *found = strstr (csv, title);

  return found != NULL ? found - csv : -1;
}

static guint
count_workshops_titled (TpStore    *store,
                        const char *title)
{
  GListModel *workshops = tp_store_get_workshops (store);
  guint n = g_list_model_get_n_items (workshops);
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpWorkshop) workshop = g_list_model_get_item (workshops, i);

      if (g_strcmp0 (tp_workshop_get_title (workshop), title) == 0)
        count++;
    }

  return count;
}

static void
test_export_backlog_csv (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GFile) unbuilt = fixture_file (fixture, "unbuilt.csv");
  g_autoptr(GFile) shown = fixture_file (fixture, "shown.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *unbuilt_csv = NULL;
  g_autofree char *shown_csv = NULL;
  TpWorkshopView *view;
  GtkWidget *backlog;
  TpIdea *survey;

  start_workshop (fixture);
  add_idea (fixture, "Call-back line");
  survey = add_idea (fixture, "Callback survey");
  add_idea (fixture, "Inbound route");
  add_idea (fixture, "Self-service portal");
  g_assert_true (tp_store_move_idea (fixture->store, survey, 0, &error));
  g_assert_no_error (error);

  /* Unfiltered, in manual rank: what the backlog shows in capture, and
   * the order used before it was ever built. */
  view = TP_WORKSHOP_VIEW (tp_window_get_part (fixture->window, TP_WINDOW_PART_WORKSHOP_VIEW));
  backlog = tp_workshop_view_get_part (view, TP_WORKSHOP_VIEW_PART_BACKLOG_VIEW);
  if (backlog != NULL)
    tp_backlog_view_set_sort_key (TP_BACKLOG_VIEW (backlog), TP_SORT_RANK);
  g_assert_true (_tp_window_export_backlog_csv (fixture->window, unbuilt, &error));
  g_assert_no_error (error);
  unbuilt_csv = read_file (unbuilt);
  g_assert_cmpint (find_row (unbuilt_csv, "Callback survey"), <, find_row (unbuilt_csv, "Call-back line"));
  g_assert_cmpint (find_row (unbuilt_csv, "Call-back line"), <, find_row (unbuilt_csv, "Inbound route"));
  g_assert_cmpint (find_row (unbuilt_csv, "Inbound route"), <, find_row (unbuilt_csv, "Self-service portal"));

  /* Shown and filtered: only what the list shows, in its order. */
  tp_workshop_view_set_visible_view (view, TP_WORKSHOP_VIEW_BACKLOG);
  backlog = tp_workshop_view_get_part (view, TP_WORKSHOP_VIEW_PART_BACKLOG_VIEW);
  g_assert_nonnull (backlog);
  tp_backlog_view_set_sort_key (TP_BACKLOG_VIEW (backlog), TP_SORT_RANK);
  gtk_editable_set_text (tp_backlog_view_get_search_entry (TP_BACKLOG_VIEW (backlog)), "call");
  tp_test_wait_for_n_items (tp_backlog_view_get_shown_ideas (TP_BACKLOG_VIEW (backlog)), 2);

  g_assert_true (_tp_window_export_backlog_csv (fixture->window, shown, &error));
  g_assert_no_error (error);
  shown_csv = read_file (shown);
  g_assert_cmpint (find_row (shown_csv, "Callback survey"), >=, 0);
  g_assert_cmpint (find_row (shown_csv, "Callback survey"), <, find_row (shown_csv, "Call-back line"));
  g_assert_cmpint (find_row (shown_csv, "Inbound route"), ==, -1);
  g_assert_cmpint (find_row (shown_csv, "Self-service portal"), ==, -1);
}

static void
test_workshop_file_round_trip (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "Retro.touchpoint");
  g_autoptr(GError) error = NULL;
  TpWorkshop *workshop;
  TpWorkshop *imported;

  workshop = start_workshop (fixture);
  g_assert_true (tp_store_rename_workshop (fixture->store, workshop, "Retro", &error));
  g_assert_no_error (error);
  add_idea (fixture, "Shorter queue");

  g_assert_true (_tp_window_export_workshop_file (fixture->window, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (file, NULL));

  /* Leave it, then bring the file back in twice: one workshop, opened. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-workshop", NULL));
  g_assert_true (tp_window_get_workshop (fixture->window) != workshop);

  imported = _tp_window_import_workshop_file (fixture->window, file);
  g_assert_nonnull (imported);
  tp_test_run_pending ();
  imported = _tp_window_import_workshop_file (fixture->window, file);
  g_assert_nonnull (imported);
  tp_test_run_pending ();

  g_assert_true (tp_window_get_workshop (fixture->window) == imported);
  g_assert_cmpstr (tp_workshop_get_title (imported), ==, "Retro");
  g_assert_cmpuint (count_workshops_titled (fixture->store, "Retro"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_ideas (fixture->store, imported)), ==, 1);
}

static void
test_export_report (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GFile) pdf = fixture_file (fixture, "report.pdf");
  g_autoptr(GFile) markdown = fixture_file (fixture, "report.md");
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf_data = NULL;
  g_autofree char *markdown_data = NULL;

  start_workshop (fixture);
  add_idea (fixture, "Shorter queue");

  g_assert_true (_tp_window_export_report (fixture->window, pdf, &error));
  g_assert_no_error (error);
  pdf_data = read_file (pdf);
  g_assert_true (g_str_has_prefix (pdf_data, "%PDF"));

  g_assert_true (_tp_window_export_report (fixture->window, markdown, &error));
  g_assert_no_error (error);
  markdown_data = read_file (markdown);
  g_assert_false (g_str_has_prefix (markdown_data, "%PDF"));
  g_assert_nonnull (strstr (markdown_data, "Shorter queue"));
}

/* The application, as the file manager starts it with a file. */

typedef struct
{
  const char *title;
  gboolean    opened;
  GtkWindow  *window;
} OpenCheck;

static void
application_opened_cb (GApplication  *app,
                       GFile        **files,
                       int            n_files,
                       const char    *hint,
                       OpenCheck     *check)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  TpWorkshop *workshop;

  g_assert_true (TP_IS_WINDOW (window));
  workshop = tp_window_get_workshop (TP_WINDOW (window));
  g_assert_nonnull (workshop);
  g_assert_cmpstr (tp_workshop_get_title (workshop), ==, check->title);
  g_assert_cmpuint (count_workshops_titled (tp_window_get_store (TP_WINDOW (window)), check->title), ==, 1);

  check->opened = TRUE;
  check->window = g_object_ref (window);
  destroy_other_windows (NULL);
}

static void
test_application_opens_workshop_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("touchpoint-open-XXXXXX", &error);
  g_autofree char *other_path = g_build_filename (dir, "other.db", NULL);
  g_autofree char *library_path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *file_path = g_build_filename (dir, "Kickoff.touchpoint", NULL);
  g_autoptr(TpStore) other = NULL;
  TpApplication *app;
  TpWorkshop *workshop;
  OpenCheck check = { "Kickoff", FALSE, NULL };
  char *argv[] = { (char *)"touchpoint", file_path, NULL };

  g_assert_no_error (error);

  /* A workshop from another team's library. */
  other = tp_store_new (other_path, &error);
  g_assert_no_error (error);
  workshop = tp_store_create_workshop (other, "Kickoff", &error);
  g_assert_no_error (error);
  g_assert_true (tp_store_export_workshop (other, workshop, file_path, &error));
  g_assert_no_error (error);

  g_setenv ("TOUCHPOINT_DB", library_path, TRUE);
  app = g_object_new (TP_TYPE_APPLICATION,
                      "application-id", "io.github.touchpointapp.Touchpoint.TestOpen",
                      "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", "/io/github/touchpointapp/Touchpoint",
                      NULL);
  g_signal_connect_after (app, "open", G_CALLBACK (application_opened_cb), &check);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, argv), ==, 0);
  g_assert_true (check.opened);

  g_assert_finalize_object (app);
  tp_test_run_pending ();
  g_assert_finalize_object (check.window);
  g_unsetenv ("TOUCHPOINT_DB");

  g_clear_object (&other);
  tp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* Without a display, as in the Flatpak build's sandbox, this is a skip
   * (77), not a failure. */
  if (!tp_test_init_display ())
    return 77;

  g_test_add ("/window-files/export-backlog-csv", Fixture, NULL,
              fixture_set_up, test_export_backlog_csv, fixture_tear_down);
  g_test_add ("/window-files/workshop-file-round-trip", Fixture, NULL,
              fixture_set_up, test_workshop_file_round_trip, fixture_tear_down);
  g_test_add ("/window-files/export-report", Fixture, NULL,
              fixture_set_up, test_export_report, fixture_tear_down);
  g_test_add_func ("/window-files/application-opens-workshop-file",
                   test_application_opens_workshop_file);

  return g_test_run ();
}
