/* tp-import-dialog.c — the preview that brings a CSV file's ideas into a workshop
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is read in a thread, as a big export takes a moment; the
 * mapping is checked again on every change, so Import is only offered
 * when every row would go in. The core keeps the mapping consistent (a
 * one-column kind moves from one column to another), and the drop-downs
 * follow it.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tp-import-dialog.h"

/* Enough rows to see what each column holds, few enough to fit. */
#define PREVIEW_ROWS 8
#define TOOLTIP_CHARS 400
/* A column is as wide as what it shows, within these, in characters. */
#define COLUMN_MIN_CHARS 6
#define COLUMN_MAX_CHARS 24

/* The grid: line numbers in column 0, the file's columns after it; the
 * drop-downs in row 0, the headers in row 1, the data below. */
#define FIRST_DATA_ROW 2

struct _TpImportDialog
{
  AdwWindow       parent_instance;

  TpStore        *store;
  TpWorkshop     *workshop;
  GFile          *file;
  GCancellable   *cancellable;
  TpCsvImport    *import;
  GtkStringList  *kinds;
  GPtrArray      *dropdowns;
  gboolean        syncing;

  /* Template children */
  AdwWindowTitle *window_title;
  GtkButton      *import_button;
  GtkStack       *stack;
  GtkSpinner     *spinner;
  AdwStatusPage  *failed_page;
  GtkLabel       *summary_label;
  GtkLabel       *encoding_label;
  GtkGrid        *preview_grid;
  GtkLabel       *rows_label;
  GtkLabel       *problem_label;
  GtkLabel       *demoted_label;
};

G_DEFINE_FINAL_TYPE (TpImportDialog, tp_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_WORKSHOP,
  PROP_FILE,
  PROP_IMPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The drop-downs' order: what people map most first, Ignore last. */
static const TpCsvColumn kind_order[] = {
  TP_CSV_COLUMN_TITLE,
  TP_CSV_COLUMN_DETAILS,
  TP_CSV_COLUMN_AUTHOR,
  TP_CSV_COLUMN_TAGS,
  TP_CSV_COLUMN_VOTES,
  TP_CSV_COLUMN_STATUS,
  TP_CSV_COLUMN_IMPACT,
  TP_CSV_COLUMN_EFFORT,
  TP_CSV_COLUMN_RICE_REACH,
  TP_CSV_COLUMN_RICE_IMPACT,
  TP_CSV_COLUMN_RICE_CONFIDENCE,
  TP_CSV_COLUMN_RICE_EFFORT,
  TP_CSV_COLUMN_MOSCOW,
  TP_CSV_COLUMN_IGNORE,
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_order) == TP_CSV_N_COLUMN_KINDS);

GtkWidget *
tp_import_dialog_new (TpStore    *store,
                      TpWorkshop *workshop,
                      GFile      *file)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (TP_TYPE_IMPORT_DIALOG,
                       "store", store,
                       "workshop", workshop,
                       "file", file,
                       NULL);
}

TpCsvImport *
tp_import_dialog_get_import (TpImportDialog *self)
{
  g_return_val_if_fail (TP_IS_IMPORT_DIALOG (self), NULL);

  return self->import;
}

static guint
find_kind_position (TpCsvColumn kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_order); i++)
    if (kind_order[i] == kind)
      return i;

  g_assert_not_reached ();
}

/* The core's messages are clauses, as in "line 14, column “Votes”: …";
 * the dialog shows them as sentences. */
static char *
make_sentence (const char *message)
{
  char first[8] = { 0 };

  if (message == NULL || message[0] == '\0')
    return g_strdup ("");

  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (message)), first);
  return g_strconcat (first, g_utf8_next_char (message), NULL);
}

/* A preview cell keeps to one line; the tooltip shows the rest. */
static GtkWidget *
create_cell (const char *text)
{
  g_autofree char *line = g_strdup (text != NULL ? text : "");
  GtkWidget *label;

  g_strdelimit (line, "\n\r\t", ' ');
  label = gtk_label_new (line);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), COLUMN_MAX_CHARS);

  if (g_utf8_strlen (line, -1) > COLUMN_MAX_CHARS || strchr (text != NULL ? text : "", '\n') != NULL)
    {
      g_autofree char *tooltip = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), TOOLTIP_CHARS));

      gtk_widget_set_tooltip_text (label, tooltip);
    }

  return label;
}

static void
show_problem (TpImportDialog *self,
              const GError   *error)
{
  g_autofree char *sentence = make_sentence (error != NULL ? error->message : NULL);

  gtk_label_set_text (self->problem_label, sentence);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), error != NULL);
}

static void
check_mapping (TpImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = tp_csv_import_check (self->import, &error);
  guint n_demoted = ok ? tp_csv_import_get_n_demoted (self->import) : 0;

  show_problem (self, error);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", ok);

  if (n_demoted > 0)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u idea is marked done in the file; it will come in as in progress, as done needs passing journey walks.",
                                      "%u ideas are marked done in the file; they will come in as in progress, as done needs passing journey walks.",
                                      n_demoted),
                         n_demoted);

      gtk_label_set_text (self->demoted_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->demoted_label), n_demoted > 0);
}

/* Ignored columns fade, so the preview shows what will come in. */
static void
show_mapping (TpImportDialog *self)
{
  guint n_columns = tp_csv_import_get_n_columns (self->import);
  guint n_rows = MIN (tp_csv_import_get_n_rows (self->import), PREVIEW_ROWS);

  self->syncing = TRUE;
  for (guint c = 0; c < n_columns; c++)
    {
      TpCsvColumn kind = tp_csv_import_get_column (self->import, c);
      GtkDropDown *dropdown = g_ptr_array_index (self->dropdowns, c);

      gtk_drop_down_set_selected (dropdown, find_kind_position (kind));

      for (guint r = 1; r < FIRST_DATA_ROW + n_rows; r++)
        {
          GtkWidget *cell = gtk_grid_get_child_at (self->preview_grid, c + 1, r);

          if (kind == TP_CSV_COLUMN_IGNORE)
            gtk_widget_add_css_class (cell, "dim-label");
          else
            gtk_widget_remove_css_class (cell, "dim-label");
        }
    }
  self->syncing = FALSE;
}

static void
dropdown_selected_cb (GtkDropDown    *dropdown,
                      GParamSpec     *pspec,
                      TpImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "column"));
  guint position = gtk_drop_down_get_selected (dropdown);

  if (self->syncing || position >= G_N_ELEMENTS (kind_order))
    return;
  if (tp_csv_import_get_column (self->import, column) == kind_order[position])
    return;

  tp_csv_import_set_column (self->import, column, kind_order[position]);
  show_mapping (self);
  check_mapping (self);
}

static GtkWidget *
create_dropdown (TpImportDialog *self,
                 guint           column)
{
  GtkWidget *dropdown = gtk_drop_down_new (g_object_ref (G_LIST_MODEL (self->kinds)), NULL);
  const char *header = tp_csv_import_get_header (self->import, column);
  g_autofree char *name = NULL;

  /* Translators: the accessible name of the drop-down above a column of the file */
  name = g_strdup_printf (_("Use of column “%s”"), header);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_widget_set_tooltip_text (dropdown, name);

  g_object_set_data (G_OBJECT (dropdown), "column", GUINT_TO_POINTER (column));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown),
                              find_kind_position (tp_csv_import_get_column (self->import, column)));
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (dropdown_selected_cb), self, 0);

  return dropdown;
}

/* An ellipsized label asks for almost no room, and a scrolled grid gets
 * no more than it asks for; the header asks for the column's width. */
static int
measure_column (TpImportDialog *self,
                guint           column,
                guint           n_rows)
{
  glong width = g_utf8_strlen (tp_csv_import_get_header (self->import, column), -1);

  for (guint r = 0; r < n_rows; r++)
    width = MAX (width, g_utf8_strlen (tp_csv_import_get_field (self->import, r, column), -1));

  return CLAMP (width, COLUMN_MIN_CHARS, COLUMN_MAX_CHARS);
}

static void
build_preview (TpImportDialog *self)
{
  guint n_columns = tp_csv_import_get_n_columns (self->import);
  guint n_rows = tp_csv_import_get_n_rows (self->import);
  guint n_shown = MIN (n_rows, PREVIEW_ROWS);
  GtkWidget *line_header = gtk_label_new (_("Line"));

  gtk_label_set_xalign (GTK_LABEL (line_header), 1);
  gtk_widget_add_css_class (line_header, "dim-label");
  gtk_grid_attach (self->preview_grid, line_header, 0, 1, 1, 1);

  for (guint c = 0; c < n_columns; c++)
    {
      GtkWidget *dropdown = create_dropdown (self, c);
      GtkWidget *header = create_cell (tp_csv_import_get_header (self->import, c));

      g_ptr_array_add (self->dropdowns, dropdown);
      gtk_grid_attach (self->preview_grid, dropdown, c + 1, 0, 1, 1);
      gtk_label_set_width_chars (GTK_LABEL (header), measure_column (self, c, n_shown));
      gtk_widget_add_css_class (header, "heading");
      gtk_grid_attach (self->preview_grid, header, c + 1, 1, 1, 1);
    }

  for (guint r = 0; r < n_shown; r++)
    {
      g_autofree char *line = g_strdup_printf ("%u", tp_csv_import_get_line (self->import, r));
      GtkWidget *number = gtk_label_new (line);

      gtk_label_set_xalign (GTK_LABEL (number), 1);
      gtk_widget_add_css_class (number, "dim-label");
      gtk_widget_add_css_class (number, "numeric");
      gtk_grid_attach (self->preview_grid, number, 0, FIRST_DATA_ROW + r, 1, 1);

      for (guint c = 0; c < n_columns; c++)
        gtk_grid_attach (self->preview_grid, create_cell (tp_csv_import_get_field (self->import, r, c)),
                         c + 1, FIRST_DATA_ROW + r, 1, 1);
    }
}

static const char *
get_delimiter_name (char delimiter)
{
  switch (delimiter)
    {
    case ';':
      return _("semicolons");
    case '\t':
      return _("tabs");
    case ',':
    default:
      return _("commas");
    }
}

static void
show_import (TpImportDialog *self)
{
  guint n_rows = tp_csv_import_get_n_rows (self->import);
  g_autofree char *summary = NULL;
  g_autofree char *button = NULL;

  /* Translators: %u is the number of ideas, %s "commas", "semicolons" or "tabs" */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u idea, its columns separated by %s. Choose how each column is used.",
                                          "%u ideas, their columns separated by %s. Choose how each column is used.",
                                          n_rows),
                             n_rows, get_delimiter_name (tp_csv_import_get_delimiter (self->import)));
  gtk_label_set_text (self->summary_label, summary);

  gtk_widget_set_visible (GTK_WIDGET (self->encoding_label),
                          tp_csv_import_get_encoding (self->import) == TP_CSV_ENCODING_WINDOWS_1252);

  if (n_rows > PREVIEW_ROWS)
    {
      g_autofree char *rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Showing the first %u of %u row.",
                                                            "Showing the first %u of %u rows.",
                                                            n_rows),
                                               PREVIEW_ROWS, n_rows);

      gtk_label_set_text (self->rows_label, rows);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->rows_label), n_rows > PREVIEW_ROWS);

  button = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u Idea", "_Import %u Ideas", n_rows), n_rows);
  gtk_button_set_label (self->import_button, button);

  build_preview (self);
  show_mapping (self);
  check_mapping (self);
  gtk_stack_set_visible_child_name (self->stack, "preview");
}

static void
show_failure (TpImportDialog *self,
              const GError   *error)
{
  g_autofree char *sentence = make_sentence (error->message);

  adw_status_page_set_description (self->failed_page, sentence);
  gtk_stack_set_visible_child_name (self->stack, "failed");
}

static void
read_file_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  TpCsvImport *import = tp_csv_import_new_for_file (task_data, cancellable, &error);

  if (import == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, import, g_object_unref);
}

static void
file_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  TpImportDialog *self = TP_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  TpCsvImport *import = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_spinner_set_spinning (self->spinner, FALSE);

  if (import == NULL)
    {
      show_failure (self, error);
      return;
    }

  self->import = import;
  show_import (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORT]);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TpImportDialog *self = TP_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  guint n_imported = 0;

  g_return_if_fail (self->import != NULL);

  if (!tp_store_import_csv (self->store, self->workshop, self->import, &n_imported, &error))
    {
      gtk_widget_error_bell (widget);
      show_problem (self, error);
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0, n_imported);
  gtk_window_close (GTK_WINDOW (self));
}

static void
tp_import_dialog_constructed (GObject *object)
{
  TpImportDialog *self = TP_IMPORT_DIALOG (object);
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;

  G_OBJECT_CLASS (tp_import_dialog_parent_class)->constructed (object);

  g_assert (self->store != NULL && self->workshop != NULL && self->file != NULL);

  name = g_file_get_basename (self->file);
  adw_window_title_set_subtitle (self->window_title, name);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", FALSE);
  gtk_spinner_set_spinning (self->spinner, TRUE);

  task = g_task_new (self, self->cancellable, file_read_cb, NULL);
  g_task_set_source_tag (task, tp_import_dialog_constructed);
  g_task_set_task_data (task, g_object_ref (self->file), g_object_unref);
  g_task_run_in_thread (task, read_file_thread);
}

static void
tp_import_dialog_dispose (GObject *object)
{
  TpImportDialog *self = TP_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_IMPORT_DIALOG);

  g_clear_pointer (&self->dropdowns, g_ptr_array_unref);
  g_clear_object (&self->kinds);
  g_clear_object (&self->import);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_clear_object (&self->workshop);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tp_import_dialog_parent_class)->dispose (object);
}

static void
tp_import_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TpImportDialog *self = TP_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_IMPORT:
      g_value_set_object (value, self->import);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_import_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TpImportDialog *self = TP_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_WORKSHOP:
      self->workshop = g_value_dup_object (value);
      break;

    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_import_dialog_class_init (TpImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tp_import_dialog_constructed;
  object_class->dispose = tp_import_dialog_dispose;
  object_class->get_property = tp_import_dialog_get_property;
  object_class->set_property = tp_import_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL, TP_TYPE_WORKSHOP,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IMPORT] =
    g_param_spec_object ("import", NULL, NULL, TP_TYPE_CSV_IMPORT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TpImportDialog::imported:
   * @n_imported: how many ideas went into the workshop
   */
  signals[IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-import-dialog.ui");

  gtk_widget_class_bind_template_child (widget_class, TpImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TpImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, TpImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TpImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, TpImportDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, TpImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TpImportDialog, encoding_label);
  gtk_widget_class_bind_template_child (widget_class, TpImportDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, TpImportDialog, rows_label);
  gtk_widget_class_bind_template_child (widget_class, TpImportDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, TpImportDialog, demoted_label);

  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tp_import_dialog_init (TpImportDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->dropdowns = g_ptr_array_new ();
  self->kinds = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kind_order); i++)
    gtk_string_list_append (self->kinds, tp_csv_column_get_label (kind_order[i]));

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Workshop files */

static void
tell_user (GtkWindow  *parent,
           const char *heading,
           const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * tp_import_workshop_file:
 * @parent: (nullable): the window the dialogs belong to
 *
 * Returns: (transfer none) (nullable): the workshop the file brought, now
 *   in @store, or %NULL when the user was shown why not
 */
TpWorkshop *
tp_import_workshop_file (GtkWindow *parent,
                         TpStore   *store,
                         GFile     *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *notice = NULL;
  TpWorkshop *workshop;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* SQLite opens paths, so a file elsewhere (such as on a phone) would
   * need copying first; the file chooser gives local paths. */
  path = g_file_get_path (file);
  if (path == NULL)
    {
      tell_user (parent, _("Could Not Import the Workshop"),
                 _("Only workshop files on this computer can be imported. Copy the file here first."));
      return NULL;
    }

  workshop = tp_store_import_workshop_file (store, path, &notice, &error);
  if (workshop == NULL)
    {
      tell_user (parent, _("Could Not Import the Workshop"), error->message);
      return NULL;
    }

  if (notice != NULL)
    tell_user (parent, _("Workshop Imported"), notice);

  return workshop;
}
