/* tp-window-files.c — the main window's files in and out: CSV, workshop files and reports
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tp-backlog-view.h"
#include "tp-csv.h"
#include "tp-import-dialog.h"
#include "tp-report.h"
#include "tp-window-private.h"
#include "tp-workshop-view-private.h"

typedef gboolean (*ExportFunc) (TpWindow  *self,
                                GFile     *file,
                                GError   **error);

typedef struct
{
  ExportFunc  export;
  const char *done;
  const char *failed;
} Export;

static const Export backlog_csv_export = {
  _tp_window_export_backlog_csv, N_("Backlog exported"), N_("Could Not Export the Backlog")
};
static const Export workshop_file_export = {
  _tp_window_export_workshop_file, N_("Workshop exported"), N_("Could Not Export the Workshop")
};
static const Export report_export = {
  _tp_window_export_report, N_("Report exported"), N_("Could Not Export the Report")
};

static void
show_error_dialog (TpWindow     *self,
                   const char   *title,
                   const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), title, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* SQLite and cairo write to paths, so a file that is not on this
 * computer cannot be written directly. */
static char *
get_local_path (GFile   *file,
                GError **error)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Only files on this computer can be written. Choose a folder here."));
  return path;
}

static TpBacklogView *
find_backlog_view (TpWindow *self)
{
  GtkWidget *view;

  if (self->workshop_view == NULL)
    return NULL;

  view = tp_workshop_view_get_part (self->workshop_view, TP_WORKSHOP_VIEW_PART_BACKLOG_VIEW);
  return view != NULL ? TP_BACKLOG_VIEW (view) : NULL;
}

static int
compare_rank_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return tp_backlog_compare ((TpIdea *)a, (TpIdea *)b, TP_SORT_RANK);
}

/* What the backlog shows; before it was ever shown, the ideas in the
 * order the team ranked them by hand. */
static GListModel *
dup_backlog_ideas (TpWindow *self)
{
  TpBacklogView *backlog = find_backlog_view (self);
  GListStore *ranked;
  guint n;

  if (backlog != NULL)
    return g_object_ref (tp_backlog_view_get_shown_ideas (backlog));

  ranked = g_list_store_new (TP_TYPE_IDEA);
  n = g_list_model_get_n_items (self->ideas);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (self->ideas, i);

      g_list_store_append (ranked, idea);
    }
  g_list_store_sort (ranked, compare_rank_cb, NULL);

  return G_LIST_MODEL (ranked);
}

static TpSortKey
get_backlog_sort_key (TpWindow *self)
{
  TpBacklogView *backlog = find_backlog_view (self);

  return backlog != NULL ? tp_backlog_view_get_sort_key (backlog) : TP_SORT_RANK;
}

gboolean
_tp_window_export_backlog_csv (TpWindow  *self,
                               GFile     *file,
                               GError   **error)
{
  g_autoptr(GListModel) ideas = NULL;

  g_return_val_if_fail (TP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->workshop != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  ideas = dup_backlog_ideas (self);
  return tp_csv_export_ideas_to_file (ideas, file, NULL, error);
}

gboolean
_tp_window_export_workshop_file (TpWindow  *self,
                                 GFile     *file,
                                 GError   **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (TP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->workshop != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = get_local_path (file, error);
  if (path == NULL)
    return FALSE;

  return tp_store_export_workshop (self->store, self->workshop, path, error);
}

static gboolean
is_markdown_path (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown");
}

gboolean
_tp_window_export_report (TpWindow  *self,
                          GFile     *file,
                          GError   **error)
{
  g_autoptr(TpReport) report = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (TP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->workshop != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = get_local_path (file, error);
  if (path == NULL)
    return FALSE;

  report = tp_report_new (self->store, self->workshop, get_backlog_sort_key (self), NULL, error);
  if (report == NULL)
    return FALSE;

  if (is_markdown_path (path))
    return tp_report_save_markdown (report, path, error);

  return tp_report_write_pdf (report, path, error);
}

static void
run_export (TpWindow     *self,
            const Export *export,
            GFile        *file)
{
  g_autoptr(GError) error = NULL;

  if (export->export (self, file, &error))
    _tp_window_show_toast (self, _(export->done));
  else
    show_error_dialog (self, _(export->failed), error);
}

static void
ideas_imported_cb (TpWindow       *self,
                   guint           n_imported,
                   TpImportDialog *dialog)
{
  g_autofree char *message = NULL;

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u idea imported", "%u ideas imported", n_imported),
                             n_imported);
  _tp_window_show_toast (self, message);
}

static char *
dup_title_of_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  char *dot = strrchr (name, '.');

  if (dot != NULL && dot != name)
    *dot = '\0';

  return g_steal_pointer (&name);
}

GtkWidget *
_tp_window_import_csv (TpWindow *self,
                       GFile    *file)
{
  GtkWidget *dialog;

  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* A spreadsheet opened with no workshop at hand starts one of its own. */
  if (self->workshop == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *title = dup_title_of_file (file);
      TpWorkshop *workshop = tp_store_create_workshop (self->store, title, &error);

      if (workshop == NULL)
        {
          show_error_dialog (self, _("Could Not Import the Ideas"), error);
          return NULL;
        }
      tp_window_set_workshop (self, workshop);
    }

  dialog = tp_import_dialog_new (self->store, self->workshop, file);
  g_signal_connect_object (dialog, "imported",
                           G_CALLBACK (ideas_imported_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

TpWorkshop *
_tp_window_import_workshop_file (TpWindow *self,
                                 GFile    *file)
{
  TpWorkshop *workshop;

  g_return_val_if_fail (TP_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  workshop = tp_import_workshop_file (GTK_WINDOW (self), self->store, file);
  if (workshop == NULL)
    return NULL;

  tp_window_set_workshop (self, workshop);
  adw_leaflet_set_visible_child (self->leaflet, self->content);

  return workshop;
}

/**
 * tp_window_open_file:
 *
 * Brings in a file given to the application: a .touchpoint file as a
 * workshop of its own, anything else as a spreadsheet of ideas for the
 * open workshop, through the import preview.
 */
void
tp_window_open_file (TpWindow *self,
                     GFile    *file)
{
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;

  g_return_if_fail (TP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  lower = g_ascii_strdown (name != NULL ? name : "", -1);
  if (g_str_has_suffix (lower, ".touchpoint"))
    _tp_window_import_workshop_file (self, file);
  else
    _tp_window_import_csv (self, file);
}

static void
file_chooser_response_cb (TpWindow             *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  g_autoptr(GtkFileChooserNative) finished = g_steal_pointer (&self->file_chooser);
  g_autoptr(GFile) file = NULL;
  const Export *export = g_object_get_data (G_OBJECT (chooser), "tp-export");
  const char *purpose = g_object_get_data (G_OBJECT (chooser), "tp-purpose");

  g_assert (finished == chooser);

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL)
    return;

  if (export != NULL)
    run_export (self, export, file);
  else if (g_strcmp0 (purpose, "csv") == 0)
    _tp_window_import_csv (self, file);
  else
    _tp_window_import_workshop_file (self, file);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern,
            const char     *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (chooser, filter);
}

static GtkFileChooser *
start_file_chooser (TpWindow             *self,
                    const char           *title,
                    GtkFileChooserAction  action,
                    const char           *accept_label)
{
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);

  self->file_chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                                    accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->file_chooser), TRUE);
  g_signal_connect_object (self->file_chooser, "response",
                           G_CALLBACK (file_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);

  return GTK_FILE_CHOOSER (self->file_chooser);
}

/* The workshop's title as a file name, with what a file name cannot hold
 * taken out. */
static char *
dup_file_name (TpWindow   *self,
               const char *extension)
{
  g_autofree char *title = g_strdup (tp_workshop_get_title (self->workshop));

  g_strdelimit (title, "/\\:", '-');
  g_strstrip (title);
  if (title[0] == '\0' || title[0] == '.')
    return g_strconcat (_("Workshop"), extension, NULL);

  return g_strconcat (title, extension, NULL);
}

static void
choose_export_file (TpWindow     *self,
                    const Export *export,
                    const char   *title,
                    const char   *extension)
{
  g_autofree char *name = NULL;
  GtkFileChooser *chooser;

  if (self->workshop == NULL)
    return;

  chooser = start_file_chooser (self, title, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
  g_object_set_data (G_OBJECT (chooser), "tp-export", (gpointer)export);
  name = dup_file_name (self, extension);
  gtk_file_chooser_set_current_name (chooser, name);

  if (export == &backlog_csv_export)
    add_filter (chooser, _("CSV Files"), "*.csv", "text/csv");
  else if (export == &workshop_file_export)
    add_filter (chooser, _("Touchpoint Workshops"), "*.touchpoint", "application/x-touchpoint");
  else
    {
      add_filter (chooser, _("PDF Documents"), "*.pdf", "application/pdf");
      add_filter (chooser, _("Markdown Documents"), "*.md", "text/markdown");
    }

  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TpWindow *self = TP_WINDOW (widget);
  GtkFileChooser *chooser;

  chooser = start_file_chooser (self, _("Import Ideas from CSV"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  g_object_set_data (G_OBJECT (chooser), "tp-purpose", (gpointer)"csv");
  add_filter (chooser, _("CSV Files"), "*.csv", "text/csv");
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_workshop_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TpWindow *self = TP_WINDOW (widget);
  GtkFileChooser *chooser;

  chooser = start_file_chooser (self, _("Import Workshop File"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"));
  g_object_set_data (G_OBJECT (chooser), "tp-purpose", (gpointer)"workshop");
  add_filter (chooser, _("Touchpoint Workshops"), "*.touchpoint", "application/x-touchpoint");
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_backlog_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  choose_export_file (TP_WINDOW (widget), &backlog_csv_export, _("Export Backlog as CSV"), ".csv");
}

static void
export_workshop_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  choose_export_file (TP_WINDOW (widget), &workshop_file_export, _("Export Workshop File"), ".touchpoint");
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  choose_export_file (TP_WINDOW (widget), &report_export, _("Export Report"), ".pdf");
}

void
_tp_window_files_dispose (TpWindow *self)
{
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);
}

void
_tp_window_class_files_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, import_csv_action);
  gtk_widget_class_install_action (widget_class, "win.import-workshop", NULL, import_workshop_action);
  gtk_widget_class_install_action (widget_class, "win.export-backlog", NULL, export_backlog_action);
  gtk_widget_class_install_action (widget_class, "win.export-workshop", NULL, export_workshop_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import-csv", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-backlog", NULL);
}
