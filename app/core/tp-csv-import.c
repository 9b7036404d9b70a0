/* tp-csv-import.c — a CSV file read, its columns mapped, ready to import
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decisions a user can meet:
 * - The first non-blank record is the header. A file with nothing else
 *   is refused: there are no ideas to import.
 * - Blank rows (every field empty) are skipped. A row shorter than the
 *   header has its missing fields empty, as spreadsheets drop trailing
 *   empty cells; a row with more non-empty fields than the header has
 *   columns is refused, naming its line.
 * - A cell that starts with ' followed by =, +, -, @, a tab or a carriage
 *   return is taken without the ', which undoes the export's protection
 *   against formulas.
 * - Tags cells hold several tags, split at commas or, when there is no
 *   comma, at semicolons.
 * - A file with more rows (blank ones too), a row with more fields, or a
 *   file with more fields in all than tp-csv.h allows is refused, naming
 *   the line where it goes past, before its index takes gigabytes.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tp-csv-import-private.h"
#include "tp-error.h"
#include "tp-memory.h"

/* Ten times the largest sticky-note export we have seen; past this a file
 * is not a workshop's notes, and reading it would only freeze the app. */
#define FILE_MAX_BYTES (200 * 1024 * 1024)

G_DEFINE_FINAL_TYPE (TpCsvImport, tp_csv_import, G_TYPE_OBJECT)

/* Header words, matched ignoring case; for the one-column kinds the
 * earlier synonym wins when several columns match. */
static const struct
{
  const char  *header;
  TpCsvColumn  kind;
} synonyms[] = {
  { "title", TP_CSV_COLUMN_TITLE },
  { "idea", TP_CSV_COLUMN_TITLE },
  { "text", TP_CSV_COLUMN_TITLE },
  { "note", TP_CSV_COLUMN_TITLE },
  { "content", TP_CSV_COLUMN_TITLE },
  { "card name", TP_CSV_COLUMN_TITLE },
  { "name", TP_CSV_COLUMN_TITLE },
  { "details", TP_CSV_COLUMN_DETAILS },
  { "description", TP_CSV_COLUMN_DETAILS },
  { "card description", TP_CSV_COLUMN_DETAILS },
  { "author", TP_CSV_COLUMN_AUTHOR },
  { "created by", TP_CSV_COLUMN_AUTHOR },
  { "owner", TP_CSV_COLUMN_AUTHOR },
  { "tags", TP_CSV_COLUMN_TAGS },
  { "labels", TP_CSV_COLUMN_TAGS },
  { "column", TP_CSV_COLUMN_TAGS },
  { "category", TP_CSV_COLUMN_TAGS },
  { "votes", TP_CSV_COLUMN_VOTES },
  { "likes", TP_CSV_COLUMN_VOTES },
  { "vote count", TP_CSV_COLUMN_VOTES },
  /* What our own export writes, so that a round trip keeps everything. */
  { "status", TP_CSV_COLUMN_STATUS },
  { "impact", TP_CSV_COLUMN_IMPACT },
  { "effort", TP_CSV_COLUMN_EFFORT },
  { "rice reach", TP_CSV_COLUMN_RICE_REACH },
  { "rice impact", TP_CSV_COLUMN_RICE_IMPACT },
  { "rice confidence", TP_CSV_COLUMN_RICE_CONFIDENCE },
  { "rice effort", TP_CSV_COLUMN_RICE_EFFORT },
  { "moscow", TP_CSV_COLUMN_MOSCOW },
};

static const char * const column_labels[] = {
  [TP_CSV_COLUMN_IGNORE] = N_("Ignore"),
  [TP_CSV_COLUMN_TITLE] = N_("Title"),
  [TP_CSV_COLUMN_DETAILS] = N_("Details"),
  [TP_CSV_COLUMN_AUTHOR] = N_("Author"),
  [TP_CSV_COLUMN_TAGS] = N_("Tags"),
  [TP_CSV_COLUMN_VOTES] = N_("Votes"),
  [TP_CSV_COLUMN_STATUS] = N_("Status"),
  [TP_CSV_COLUMN_IMPACT] = N_("Impact"),
  [TP_CSV_COLUMN_EFFORT] = N_("Effort"),
  [TP_CSV_COLUMN_RICE_REACH] = N_("RICE Reach"),
  [TP_CSV_COLUMN_RICE_IMPACT] = N_("RICE Impact"),
  [TP_CSV_COLUMN_RICE_CONFIDENCE] = N_("RICE Confidence"),
  [TP_CSV_COLUMN_RICE_EFFORT] = N_("RICE Effort"),
  [TP_CSV_COLUMN_MOSCOW] = N_("MoSCoW"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (column_labels) == TP_CSV_N_COLUMN_KINDS);

static void
tp_csv_import_finalize (GObject *object)
{
  TpCsvImport *self = (TpCsvImport *)object;

  g_clear_pointer (&self->table, tp_csv_table_free);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->columns, g_free);
  g_string_free (self->scratch, TRUE);

  G_OBJECT_CLASS (tp_csv_import_parent_class)->finalize (object);
}

static void
tp_csv_import_class_init (TpCsvImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tp_csv_import_finalize;
}

static void
tp_csv_import_init (TpCsvImport *self)
{
  self->scratch = g_string_sized_new (1024);
}

/* The cell as the user meant it: without the quote our export puts
 * before cells a spreadsheet would run as formulas. */
const char *
tp_csv_unneutralise (const char *cell)
{
  if (cell[0] == '\'' && tp_csv_cell_needs_neutralising (cell + 1))
    return cell + 1;

  return cell;
}

static gboolean
is_blank_record (TpCsvTable *table,
                 guint       record)
{
  guint n = tp_csv_table_get_n_fields (table, record);

  for (guint i = 0; i < n; i++)
    {
      const char *field = tp_csv_table_get_field (table, record, i);

      if (field[strspn (field, " \t")] != '\0')
        return FALSE;
    }

  return TRUE;
}

/* "Card_Name " → "card name" */
static char *
header_key (const char *header)
{
  g_autofree char *folded = g_utf8_casefold (header, -1);
  g_autoptr(GString) key = g_string_new (NULL);

  for (const char *p = folded; *p; p++)
    {
      char c = *p == '_' || *p == '\t' ? ' ' : *p;

      if (c == ' ' && (key->len == 0 || key->str[key->len - 1] == ' '))
        continue;
      g_string_append_c (key, c);
    }
  if (key->len > 0 && key->str[key->len - 1] == ' ')
    g_string_truncate (key, key->len - 1);

  return g_string_free (g_steal_pointer (&key), FALSE);
}

static void
map_columns (TpCsvImport *self)
{
  int best_rank[TP_CSV_N_COLUMN_KINDS];

  for (guint k = 0; k < TP_CSV_N_COLUMN_KINDS; k++)
    best_rank[k] = G_MAXINT;

  for (guint c = 0; c < self->n_columns; c++)
    {
      g_autofree char *key = header_key (tp_csv_import_get_header (self, c));

      for (guint s = 0; s < G_N_ELEMENTS (synonyms); s++)
        {
          TpCsvColumn kind = synonyms[s].kind;

          if (strcmp (key, synonyms[s].header) != 0)
            continue;

          if (kind == TP_CSV_COLUMN_TAGS)
            self->columns[c] = kind;
          else if ((int)s < best_rank[kind])
            {
              best_rank[kind] = s;
              tp_csv_import_set_column (self, c, kind);
            }
          break;
        }
    }
}

static void
set_line_error (GError     **error,
                guint        line,
                const char  *message)
{
  g_set_error (error, TP_ERROR, TP_ERROR_INVALID, _("line %u: %s"), line, message);
}

/* The header's name for a column, or its number when it has none. */
static char *
column_name (TpCsvImport *self,
             guint        column)
{
  const char *header = column < self->n_columns ? tp_csv_import_get_header (self, column) : "";

  if (header[strspn (header, " \t")] == '\0')
    return g_strdup_printf ("%u", column + 1);

  return g_strdup (header);
}

void
tp_csv_import_set_cell_error (TpCsvImport  *self,
                              GError      **error,
                              guint         line,
                              guint         column,
                              const char   *message)
{
  g_autofree char *name = column_name (self, column);

  g_set_error (error, TP_ERROR, TP_ERROR_INVALID, _("line %u, column “%s”: %s"), line, name, message);
}

static gboolean
report_fault (TpCsvImport       *self,
              const TpCsvFault  *fault,
              GError           **error)
{
  g_autofree char *message = NULL;

  switch (fault->kind)
    {
    case TP_CSV_FAULT_UNBALANCED_QUOTE:
      set_line_error (error, fault->line, _("unbalanced quote: the field that starts here never ends"));
      break;

    case TP_CSV_FAULT_NUL_BYTE:
      set_line_error (error, fault->line, _("the file contains a NUL byte; it is not a text CSV file"));
      break;

    case TP_CSV_FAULT_FIELD_TOO_LONG:
      message = g_strdup_printf (_("the field is over %u KiB"), TP_CSV_FIELD_MAX / 1024);
      if (fault->record == 0)
        set_line_error (error, fault->line, message);
      else
        tp_csv_import_set_cell_error (self, error, fault->line, fault->field, message);
      break;

    case TP_CSV_FAULT_TOO_MANY_RECORDS:
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "the file has more than %u row",
                                              "the file has more than %u rows", TP_CSV_RECORDS_MAX),
                                 TP_CSV_RECORDS_MAX);
      set_line_error (error, fault->line, message);
      break;

    case TP_CSV_FAULT_TOO_MANY_RECORD_FIELDS:
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "the row has more than %u field",
                                              "the row has more than %u fields", TP_CSV_RECORD_FIELDS_MAX),
                                 TP_CSV_RECORD_FIELDS_MAX);
      set_line_error (error, fault->line, message);
      break;

    case TP_CSV_FAULT_TOO_MANY_FIELDS:
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "the file has more than %u field in all",
                                              "the file has more than %u fields in all", TP_CSV_FIELDS_MAX),
                                 TP_CSV_FIELDS_MAX);
      set_line_error (error, fault->line, message);
      break;

    case TP_CSV_FAULT_NONE:
    default:
      g_assert_not_reached ();
    }

  return FALSE;
}

/* Takes @data, which has a byte to spare after @length. */
static gboolean
load (TpCsvImport  *self,
      char         *data,
      gsize         length,
      GError      **error)
{
  TpCsvFault fault;
  guint n_records;
  char *text;
  gsize text_length;

  if (length > FILE_MAX_BYTES)
    {
      g_free (data);
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("the file is %lu MB; an import can be at most %d MB"),
                   (unsigned long) (length / (1024 * 1024)), FILE_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }

  text = tp_csv_decode (data, length, &text_length, &self->encoding);
  self->delimiter = tp_csv_detect_delimiter (text, text_length);
  self->table = tp_csv_table_parse (text, text_length, self->delimiter, &fault);

  if (fault.kind != TP_CSV_FAULT_NONE)
    {
      /* The records before the fault name the columns. */
      if (fault.record > 0)
        self->n_columns = tp_csv_table_get_n_fields (self->table, 0);
      return report_fault (self, &fault, error);
    }

  n_records = tp_csv_table_get_n_records (self->table);
  while (self->header < n_records && is_blank_record (self->table, self->header))
    self->header++;

  if (self->header == n_records)
    {
      g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID, _("the file is empty"));
      return FALSE;
    }

  self->n_columns = tp_csv_table_get_n_fields (self->table, self->header);
  self->columns = g_new0 (TpCsvColumn, self->n_columns);
  self->rows = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_records);

  for (guint r = self->header + 1; r < n_records; r++)
    {
      guint n_fields = tp_csv_table_get_n_fields (self->table, r);

      if (is_blank_record (self->table, r))
        continue;

      for (guint f = self->n_columns; f < n_fields; f++)
        if (tp_csv_table_get_field (self->table, r, f)[0] != '\0')
          {
            g_autofree char *message =
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "the row has %u fields but the header names only %u column",
                                            "the row has %u fields but the header names only %u columns",
                                            self->n_columns),
                               n_fields, self->n_columns);

            set_line_error (error, tp_csv_table_get_line (self->table, r), message);
            return FALSE;
          }

      g_array_append_val (self->rows, r);
    }

  if (self->rows->len == 0)
    {
      set_line_error (error, tp_csv_table_get_line (self->table, self->header),
                      _("the file has only a header: there are no ideas to import"));
      return FALSE;
    }

  map_columns (self);
  return TRUE;
}

/**
 * tp_csv_import_new:
 * @contents: the file's bytes
 *
 * Reads the whole file and maps its columns from the header. Errors are
 * the file's own: its encoding, quoting, a NUL byte, a field over 64 KiB,
 * more rows or fields than tp-csv.h allows, ragged rows, or no ideas at
 * all. What a row holds is checked later.
 *
 * Returns: (transfer full): the import, or %NULL with @error set
 */
TpCsvImport *
tp_csv_import_new (GBytes  *contents,
                   GError **error)
{
  g_autoptr(TpCsvImport) self = NULL;
  const char *data;
  char *copy;
  gsize length;

  g_return_val_if_fail (contents != NULL, NULL);

  data = g_bytes_get_data (contents, &length);
  copy = tp_malloc_large (length + 1);
  if (length > 0)
    memcpy (copy, data, length);

  self = g_object_new (TP_TYPE_CSV_IMPORT, NULL);
  if (!load (self, copy, length, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* The whole file in one read where it can be, as g_file_load_contents()
 * gives it in small blocks; with a byte to spare after it. @size is what
 * the file had when asked, and it may have grown since. */
static gboolean
read_whole (GFile         *file,
            goffset        size,
            GCancellable  *cancellable,
            char         **contents,
            gsize         *length,
            GError       **error)
{
  g_autoptr(GFileInputStream) in = g_file_read (file, cancellable, error);
  g_autofree char *data = NULL;
  gsize capacity = (gsize)size + 2;
  gsize len = 0;

  if (in == NULL)
    return FALSE;

  data = tp_malloc_large (capacity);
  for (;;)
    {
      gsize n = 0;

      if (!g_input_stream_read_all (G_INPUT_STREAM (in), data + len, capacity - 1 - len, &n, cancellable, error))
        return FALSE;

      len += n;
      if (len < capacity - 1 || len > FILE_MAX_BYTES)
        break;

      data = tp_realloc_large (data, len, capacity * 2);
      capacity = capacity * 2;
    }

  *contents = g_steal_pointer (&data);
  *length = len;
  return TRUE;
}

TpCsvImport *
tp_csv_import_new_for_file (GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(TpCsvImport) self = NULL;
  g_autoptr(GFileInfo) info = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* Checked before reading, so a huge file is refused at once. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > FILE_MAX_BYTES)
    {
      g_set_error (error, TP_ERROR, TP_ERROR_INVALID,
                   _("the file is %lu MB; an import can be at most %d MB"),
                   (unsigned long) (g_file_info_get_size (info) / (1024 * 1024)), FILE_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (!read_whole (file, g_file_info_get_size (info), cancellable, &contents, &length, error))
    return NULL;

  self = g_object_new (TP_TYPE_CSV_IMPORT, NULL);
  if (!load (self, contents, length, error))
    return NULL;

  return g_steal_pointer (&self);
}

TpCsvEncoding
tp_csv_import_get_encoding (TpCsvImport *self)
{
  g_return_val_if_fail (TP_IS_CSV_IMPORT (self), TP_CSV_ENCODING_UTF8);

  return self->encoding;
}

char
tp_csv_import_get_delimiter (TpCsvImport *self)
{
  g_return_val_if_fail (TP_IS_CSV_IMPORT (self), ',');

  return self->delimiter;
}

guint
tp_csv_import_get_n_columns (TpCsvImport *self)
{
  g_return_val_if_fail (TP_IS_CSV_IMPORT (self), 0);

  return self->n_columns;
}

const char *
tp_csv_import_get_header (TpCsvImport *self,
                          guint        column)
{
  g_return_val_if_fail (TP_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);

  return tp_csv_table_get_field (self->table, self->header, column);
}

TpCsvColumn
tp_csv_import_get_column (TpCsvImport *self,
                          guint        column)
{
  g_return_val_if_fail (TP_IS_CSV_IMPORT (self), TP_CSV_COLUMN_IGNORE);
  g_return_val_if_fail (column < self->n_columns, TP_CSV_COLUMN_IGNORE);

  return self->columns[column];
}

void
tp_csv_import_set_column (TpCsvImport *self,
                          guint        column,
                          TpCsvColumn  kind)
{
  g_return_if_fail (TP_IS_CSV_IMPORT (self));
  g_return_if_fail (column < self->n_columns);
  g_return_if_fail (kind < TP_CSV_N_COLUMN_KINDS);

  if (kind != TP_CSV_COLUMN_IGNORE && kind != TP_CSV_COLUMN_TAGS)
    for (guint c = 0; c < self->n_columns; c++)
      if (self->columns[c] == kind)
        self->columns[c] = TP_CSV_COLUMN_IGNORE;

  self->columns[column] = kind;
}

const char *
tp_csv_column_get_label (TpCsvColumn kind)
{
  g_return_val_if_fail (kind < TP_CSV_N_COLUMN_KINDS, NULL);

  return _(column_labels[kind]);
}

guint
tp_csv_import_get_n_rows (TpCsvImport *self)
{
  g_return_val_if_fail (TP_IS_CSV_IMPORT (self), 0);

  return self->rows->len;
}

/**
 * tp_csv_import_get_line:
 *
 * Returns: the line of the file on which @row starts, from 1
 */
guint
tp_csv_import_get_line (TpCsvImport *self,
                        guint        row)
{
  g_return_val_if_fail (TP_IS_CSV_IMPORT (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return tp_csv_table_get_line (self->table, g_array_index (self->rows, guint, row));
}

/**
 * tp_csv_import_get_field:
 *
 * Returns: the cell as the import reads it, before any check
 */
const char *
tp_csv_import_get_field (TpCsvImport *self,
                         guint        row,
                         guint        column)
{
  g_return_val_if_fail (TP_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return tp_csv_unneutralise (tp_csv_table_get_field (self->table, g_array_index (self->rows, guint, row), column));
}

gboolean
tp_csv_import_check_columns (TpCsvImport  *self,
                             GError      **error)
{
  g_return_val_if_fail (TP_IS_CSV_IMPORT (self), FALSE);

  for (guint c = 0; c < self->n_columns; c++)
    if (self->columns[c] == TP_CSV_COLUMN_TITLE)
      return TRUE;

  g_set_error_literal (error, TP_ERROR, TP_ERROR_INVALID,
                       _("the file has no title column: name one of the columns Title, Idea, Text, "
                         "Note, Content, Card Name or Name, or choose which column holds the titles"));
  return FALSE;
}

gboolean
tp_csv_import_check (TpCsvImport  *self,
                     GError      **error)
{
  g_return_val_if_fail (TP_IS_CSV_IMPORT (self), FALSE);

  if (!tp_csv_import_check_columns (self, error))
    return FALSE;

  for (guint r = 0; r < self->rows->len; r++)
    {
      TpCsvIdea idea;

      if (!tp_csv_import_read_idea (self, r, &idea, error))
        return FALSE;
      tp_csv_idea_clear (&idea);
    }

  return TRUE;
}

guint
tp_csv_import_get_n_demoted (TpCsvImport *self)
{
  guint n = 0;

  g_return_val_if_fail (TP_IS_CSV_IMPORT (self), 0);

  for (guint c = 0; c < self->n_columns; c++)
    if (self->columns[c] == TP_CSV_COLUMN_STATUS)
      for (guint r = 0; r < self->rows->len; r++)
        {
          g_autofree char *word = g_strstrip (g_strdup (tp_csv_import_get_field (self, r, c)));

          n += g_ascii_strcasecmp (word, "done") == 0;
        }

  return n;
}
