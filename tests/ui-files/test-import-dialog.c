/* test-import-dialog.c — the CSV import dialog and workshop files driven against a real store
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "tp-import-dialog.h"
#include "tp-store.h"
#include "tp-test-ui.h"

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

  fixture->dir = g_dir_make_tmp ("touchpoint-ui-files-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);

  fixture->workshop = tp_store_create_workshop (fixture->store, "Support line", &error);
  g_assert_no_error (error);
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

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static GFile *
test_data_file (const char *first_element,
                ...)
{
  g_autoptr(GPtrArray) elements = g_ptr_array_new ();
  g_autofree char *path = NULL;
  const char *root = g_getenv ("TP_TEST_DATA");
  va_list ap;

  g_assert_nonnull (root);
  g_ptr_array_add (elements, (gpointer)root);
  va_start (ap, first_element);
  for (const char *element = first_element; element != NULL; element = va_arg (ap, const char *))
    g_ptr_array_add (elements, (gpointer)element);
  va_end (ap);
  g_ptr_array_add (elements, NULL);

  path = g_build_filenamev ((char **)elements->pdata);
  return g_file_new_for_path (path);
}

static gpointer
get_child (GtkWidget  *dialog,
           const char *name)
{
  GObject *child = gtk_widget_get_template_child (dialog, TP_TYPE_IMPORT_DIALOG, name);

  g_assert_nonnull (child);
  return child;
}

static gboolean
file_is_read (gpointer dialog)
{
  GtkStack *stack = get_child (dialog, "stack");

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "loading") != 0;
}

/* Presents the dialog and waits until the file has been read. */
static GtkWidget *
open_dialog (Fixture *fixture,
             GFile   *file)
{
  GtkWidget *dialog = tp_import_dialog_new (fixture->store, fixture->workshop, file);

  tp_test_present_and_wait (dialog);
  tp_test_wait_until (file_is_read, dialog, "the file has been read");
  return dialog;
}

/* The drop-down above @column of the file, and the label it shows. */
static GtkDropDown *
get_dropdown (GtkWidget *dialog,
              guint      column)
{
  GtkWidget *dropdown = gtk_grid_get_child_at (get_child (dialog, "preview_grid"), column + 1, 0);

  g_assert_true (GTK_IS_DROP_DOWN (dropdown));
  return GTK_DROP_DOWN (dropdown);
}

static const char *
get_dropdown_label (GtkWidget *dialog,
                    guint      column)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (get_dropdown (dialog, column));

  return gtk_string_object_get_string (item);
}

/* Picks @label in the drop-down, as a click on it would. */
static void
choose (GtkWidget  *dialog,
        guint       column,
        const char *label)
{
  GtkDropDown *dropdown = get_dropdown (dialog, column);
  GListModel *kinds = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (kinds, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), label) == 0)
        {
          gtk_drop_down_set_selected (dropdown, i);
          tp_test_run_pending ();
          return;
        }
    }

  g_assert_not_reached ();
}

static gboolean
can_import (GtkWidget *dialog)
{
  tp_test_run_pending ();
  return gtk_widget_is_sensitive (get_child (dialog, "import_button"));
}

static const char *
get_problem (GtkWidget *dialog)
{
  if (!gtk_widget_get_visible (get_child (dialog, "problem_label")))
    return NULL;

  return gtk_label_get_text (get_child (dialog, "problem_label"));
}

static void
imported_cb (TpImportDialog *dialog,
             guint           n_imported,
             guint          *count)
{
  *count = n_imported;
}

static void
test_mapping (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GFile) file = test_data_file ("csv", "fixtures", "trello.csv", NULL);
  GtkWidget *dialog = open_dialog (fixture, file);
  TpCsvImport *import = tp_import_dialog_get_import (TP_IMPORT_DIALOG (dialog));
  GListModel *ideas = tp_store_get_ideas (fixture->store, fixture->workshop);
  GtkWidget *details_header;
  guint n_imported = 0;

  g_assert_nonnull (import);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (dialog, "stack")), ==, "preview");
  g_assert_false (gtk_widget_get_visible (get_child (dialog, "encoding_label")));

  /* "Card Name" is the title, "Card Description" the details. */
  g_assert_cmpstr (tp_csv_import_get_header (import, 1), ==, "Card Name");
  g_assert_cmpstr (get_dropdown_label (dialog, 1), ==, "Title");
  g_assert_cmpstr (get_dropdown_label (dialog, 3), ==, "Details");
  g_assert_cmpstr (get_dropdown_label (dialog, 0), ==, "Ignore");
  g_assert_cmpstr (gtk_button_get_label (get_child (dialog, "import_button")), ==, "_Import 3 Ideas");
  g_assert_true (can_import (dialog));

  /* Ignoring the details takes them out of the preview and the import. */
  choose (dialog, 3, "Ignore");
  g_assert_cmpint (tp_csv_import_get_column (import, 3), ==, TP_CSV_COLUMN_IGNORE);
  details_header = gtk_grid_get_child_at (get_child (dialog, "preview_grid"), 4, 1);
  g_assert_true (gtk_widget_has_css_class (details_header, "dim-label"));

  /* A one-column kind moves, and the drop-downs follow. */
  choose (dialog, 6, "Title");
  g_assert_cmpstr (get_dropdown_label (dialog, 1), ==, "Ignore");
  g_assert_cmpint (tp_csv_import_get_column (import, 1), ==, TP_CSV_COLUMN_IGNORE);
  choose (dialog, 1, "Title");
  g_assert_cmpstr (get_dropdown_label (dialog, 6), ==, "Ignore");
  g_assert_null (get_problem (dialog));

  g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), &n_imported);
  g_object_ref (dialog);
  gtk_widget_activate_action (dialog, "import.import", NULL);
  tp_test_run_pending ();

  g_assert_cmpuint (n_imported, ==, 3);
  g_assert_false (gtk_widget_get_visible (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (ideas, i);

      g_assert_cmpstr (tp_idea_get_details (idea), ==, "");
    }
  {
    g_autoptr(TpIdea) first = g_list_model_get_item (ideas, 0);

    g_assert_cmpstr (tp_idea_get_title (first), ==, "Self-service address change");
  }

  g_assert_finalize_object (dialog);
}

static void
test_problems (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "votes.csv",
                                      "Title,Votes\n"
                                      "Call-back slots,3\n"
                                      "Receipts by email,many\n");
  GtkWidget *dialog = open_dialog (fixture, file);
  GListModel *ideas = tp_store_get_ideas (fixture->store, fixture->workshop);

  g_assert_cmpstr (get_problem (dialog), ==, "Line 3, column “Votes”: “many” is not a whole number from 0 to 999");
  g_assert_false (can_import (dialog));

  choose (dialog, 1, "Ignore");
  g_assert_null (get_problem (dialog));
  g_assert_true (can_import (dialog));

  /* Without a title nothing can come in. */
  choose (dialog, 0, "Details");
  g_assert_nonnull (get_problem (dialog));
  g_assert_true (g_str_has_prefix (get_problem (dialog), "The file has no title column"));
  g_assert_false (can_import (dialog));

  /* Escape cancels: nothing is written. */
  g_object_ref (dialog);
  gtk_widget_activate_action (dialog, "window.close", NULL);
  tp_test_run_pending ();
  g_assert_finalize_object (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 0);
}

static void
test_malformed (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "broken.csv",
                                      "Title,Votes\n"
                                      "Call-back slots,3\n"
                                      "\"Receipts by email,2\n");
  GtkWidget *dialog = open_dialog (fixture, file);
  AdwStatusPage *page = get_child (dialog, "failed_page");

  g_assert_null (tp_import_dialog_get_import (TP_IMPORT_DIALOG (dialog)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (dialog, "stack")), ==, "failed");
  g_assert_true (g_str_has_prefix (adw_status_page_get_description (page), "Line 3: unbalanced quote"));
  g_assert_false (can_import (dialog));

  tp_test_close_and_finalize (g_object_ref (dialog));
}

static void
test_windows_1252 (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = test_data_file ("csv", "fixtures", "cp1252.csv", NULL);
  GtkWidget *dialog = open_dialog (fixture, file);

  g_assert_true (gtk_widget_get_visible (get_child (dialog, "encoding_label")));
  g_assert_true (can_import (dialog));

  tp_test_close_and_finalize (g_object_ref (dialog));
}

static void
close_message_dialogs (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  guint n_closed = 0;

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (ADW_IS_MESSAGE_DIALOG (l->data))
        {
          gtk_window_destroy (l->data);
          n_closed++;
        }
    }

  g_assert_cmpuint (n_closed, ==, 1);
  tp_test_run_pending ();
}

static void
test_workshop_file (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *file_path = g_build_filename (fixture->dir, "retro.touchpoint", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autoptr(GFile) not_a_workshop = write_file (fixture, "notes.touchpoint", "Title\nNot a database\n");
  TpStore *other = tp_store_new (other_path, &error);
  GtkWidget *parent = gtk_window_new ();
  TpWorkshop *retro;
  TpWorkshop *imported;

  g_assert_no_error (error);
  retro = tp_store_create_workshop (other, "Retro", &error);
  g_assert_no_error (error);
  g_assert_nonnull (tp_store_capture_idea (other, retro, "Call back within a day #phone", &error));
  g_assert_no_error (error);
  g_assert_true (tp_store_export_workshop (other, retro, file_path, &error));
  g_assert_no_error (error);
  tp_test_run_pending ();
  g_assert_finalize_object (other);

  imported = tp_import_workshop_file (GTK_WINDOW (parent), fixture->store, file);
  g_assert_nonnull (imported);
  g_assert_cmpstr (tp_workshop_get_title (imported), ==, "Retro");
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_ideas (fixture->store, imported)), ==, 1);

  /* The same file again changes nothing. */
  g_assert_true (tp_import_workshop_file (GTK_WINDOW (parent), fixture->store, file) == imported);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_ideas (fixture->store, imported)), ==, 1);

  g_assert_null (tp_import_workshop_file (GTK_WINDOW (parent), fixture->store, not_a_workshop));
  close_message_dialogs ();
  gtk_window_destroy (GTK_WINDOW (parent));
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

  ADD ("/ui/files/mapping", test_mapping);
  ADD ("/ui/files/problems", test_problems);
  ADD ("/ui/files/malformed", test_malformed);
  ADD ("/ui/files/windows-1252", test_windows_1252);
  ADD ("/ui/files/workshop-file", test_workshop_file);

#undef ADD

  return g_test_run ();
}
