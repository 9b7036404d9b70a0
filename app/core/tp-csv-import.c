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
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tp-capture.h"
#include "tp-csv-import.h"
#include "tp-error.h"
#include "tp-memory.h"
#include "tp-store-private.h"

#define AUTHOR_MAX_CHARS 100

/* Ten times the largest sticky-note export we have seen; past this a file
 * is not a workshop's notes, and reading it would only freeze the app. */
#define FILE_MAX_BYTES (200 * 1024 * 1024)

struct _TpCsvImport
{
  GObject        parent_instance;

  TpCsvTable    *table;
  TpCsvEncoding  encoding;
  char           delimiter;
  guint          header;       /* its record */
  GArray        *rows;         /* guint record of each data row */
  guint          n_columns;
  TpCsvColumn   *columns;
  GString       *scratch;      /* see tp_csv_import_read_idea() */
};

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
static const char *
unneutralise (const char *cell)
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

static void
set_cell_error (TpCsvImport  *self,
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
        set_cell_error (self, error, fault->line, fault->field, message);
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
 * ragged rows, or no ideas at all. What a row holds is checked later.
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

      capacity = capacity * 2;
      data = g_realloc (data, capacity);
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

  return unneutralise (tp_csv_table_get_field (self->table, g_array_index (self->rows, guint, row), column));
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

void
tp_csv_idea_clear (TpCsvIdea *idea)
{
  g_clear_pointer (&idea->block, g_free);
  idea->title = idea->details = idea->author = NULL;
  idea->tags = NULL;
  idea->n_tags = 0;
}

/* Numbers as people type them: spaces around, and a decimal comma in the
 * files of spreadsheets that separate fields with semicolons or tabs. */
static gboolean
parse_number (TpCsvImport *self,
              const char  *cell,
              gboolean     whole,
              double      *value)
{
  g_autofree char *text = g_strstrip (g_strdup (cell));
  char *end = NULL;
  guint64 n;

  if (whole)
    {
      if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32, &n, NULL))
        return FALSE;
      *value = n;
      return TRUE;
    }

  if (self->delimiter != ',' && strchr (text, '.') == NULL)
    g_strdelimit (text, ",", '.');

  *value = g_ascii_strtod (text, &end);
  return text[0] != '\0' && *end == '\0' && isfinite (*value);
}

static gboolean
read_score (TpCsvImport  *self,
            TpCsvIdea    *idea,
            guint         column,
            const char   *cell,
            GError      **error)
{
  TpScores one = TP_SCORES_INIT;
  TpCsvColumn kind = self->columns[column];
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (cell));
  g_autofree char *message = NULL;
  gboolean whole = kind == TP_CSV_COLUMN_IMPACT || kind == TP_CSV_COLUMN_EFFORT ||
                   kind == TP_CSV_COLUMN_RICE_CONFIDENCE;
  double value = 0;

  if (kind == TP_CSV_COLUMN_RICE_CONFIDENCE && g_str_has_suffix (text, "%"))
    g_strchomp (g_strdelimit (text, "%", ' '));

  if (!parse_number (self, text, whole, &value))
    {
      message = g_strdup_printf (whole ? _("“%s” is not a whole number") : _("“%s” is not a number"), cell);
      set_cell_error (self, error, idea->line, column, message);
      return FALSE;
    }

  if (value < 0)
    {
      message = g_strdup_printf (_("“%s” is less than 0"), cell);
      set_cell_error (self, error, idea->line, column, message);
      return FALSE;
    }

  switch ((int)kind)
    {
    case TP_CSV_COLUMN_IMPACT:
      if (value < 1 || value > 5)
        message = g_strdup_printf (_("Impact must be from 1 to 5, not %u"), (guint)value);
      idea->scores.impact = value;
      break;
    case TP_CSV_COLUMN_EFFORT:
      if (value < 1 || value > 5)
        message = g_strdup_printf (_("Effort must be from 1 to 5, not %u"), (guint)value);
      idea->scores.effort = value;
      break;
    case TP_CSV_COLUMN_RICE_REACH:
      one.rice_reach = idea->scores.rice_reach = value;
      break;
    case TP_CSV_COLUMN_RICE_IMPACT:
      one.rice_impact = idea->scores.rice_impact = value;
      break;
    case TP_CSV_COLUMN_RICE_CONFIDENCE:
      one.rice_confidence = idea->scores.rice_confidence = MIN (value, G_MAXINT);
      break;
    case TP_CSV_COLUMN_RICE_EFFORT:
      one.rice_effort = idea->scores.rice_effort = value;
      break;
    default:
      g_assert_not_reached ();
    }

  if (message == NULL && !tp_store_check_scores (&one, &local_error))
    message = g_strdup (local_error->message);

  if (message == NULL)
    return TRUE;

  set_cell_error (self, error, idea->line, column, message);
  return FALSE;
}

static gboolean
read_word (TpCsvImport  *self,
           TpCsvIdea    *idea,
           guint         column,
           const char   *cell,
           GError      **error)
{
  g_autofree char *word = g_strstrip (g_strdup (cell));
  g_autofree char *message = NULL;

  if (word[0] == '\0')
    return TRUE;

  if (self->columns[column] == TP_CSV_COLUMN_MOSCOW)
    {
      if (g_str_has_suffix (word, " have"))
        word[strlen (word) - 5] = '\0';
      if (tp_moscow_from_string (word, &idea->scores.moscow))
        return TRUE;
      message = g_strdup_printf (_("“%s” is not a MoSCoW priority: use must, should, could or won’t"), cell);
    }
  else
    {
      g_strdelimit (word, " _", '-');
      if (tp_idea_status_from_string (word, &idea->status))
        {
          if (idea->status == TP_IDEA_STATUS_DONE)
            {
              idea->status = TP_IDEA_STATUS_IN_PROGRESS;
              idea->demoted = TRUE;
            }
          return TRUE;
        }
      message = g_strdup_printf (_("“%s” is not a status: use new, shortlisted, in-progress, done or parked"),
                                 cell);
    }

  set_cell_error (self, error, idea->line, column, message);
  return FALSE;
}

/* The strings of the row being read, each with a NUL after it, kept in
 * the import's scratch buffer until they move to the idea's block; as
 * offsets, since the buffer may move as it grows. */
typedef struct
{
  gssize   title;    /* -1 until read */
  gssize   author;   /* -1 when none */
  guint    n_tags;
  gsize    tags[TP_CAPTURE_TAGS_MAX];
  gboolean tags_need_checking;   /* see read_tags() */
} RowStrings;

static gsize
keep (GString    *scratch,
      const char *text,
      gsize       length)
{
  gsize at = scratch->len;

  g_string_append_len (scratch, text, length);
  g_string_append_c (scratch, '\0');
  return at;
}

/* @start and @end moved in past the ASCII white space around them, as
 * g_strstrip() does. */
static void
trim (const char **start,
      const char **end)
{
  while (*start < *end && g_ascii_isspace (**start))
    (*start)++;
  while (*end > *start && g_ascii_isspace ((*end)[-1]))
    (*end)--;
}

static gboolean
is_ascii (const char *text,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if ((guchar)text[i] >= 0x80)
      return FALSE;

  return TRUE;
}

/* The same tag, ignoring case, as tp_capture_normalize_tags() compares
 * them; ASCII, the usual case, needs no case-folded copies. */
static gboolean
same_tag (const char *a,
          gsize       a_length,
          const char *b,
          gsize       b_length)
{
  g_autofree char *a_key = NULL;
  g_autofree char *b_key = NULL;

  if (is_ascii (a, a_length) && is_ascii (b, b_length))
    return a_length == b_length && g_ascii_strncasecmp (a, b, a_length) == 0;

  a_key = g_utf8_casefold (a, a_length);
  b_key = g_utf8_casefold (b, b_length);
  return strcmp (a_key, b_key) == 0;
}

/* Tags cells hold several tags, split at commas or, when there is no
 * comma, at semicolons; each is trimmed, loses any leading "#", and
 * repeats are dropped, as tp_capture_normalize_tags() does, straight into
 * the scratch buffer. The text is valid UTF-8 after tp_csv_decode(), and
 * so is every piece of it cut at ASCII bytes. A tag that may be too long,
 * or one too many, leaves the row's tags to tp_capture_normalize_tags()
 * after all, for its error. */
static void
read_tags (GString    *scratch,
           RowStrings *row,
           const char *cell)
{
  char separator = strchr (cell, ',') != NULL ? ',' : ';';
  const char *part = cell;

  for (;;)
    {
      const char *next = strchr (part, separator);
      const char *start = part;
      const char *end = next != NULL ? next : part + strlen (part);
      gboolean repeat = FALSE;

      while (end > start && g_ascii_isspace (end[-1]))
        end--;
      while (start < end && (*start == '#' || g_ascii_isspace (*start)))
        start++;

      for (guint i = 0; i < row->n_tags && !repeat; i++)
        {
          const char *other = scratch->str + row->tags[i];

          repeat = same_tag (other, strlen (other), start, end - start);
        }

      if (start < end && !repeat)
        {
          if (row->n_tags == TP_CAPTURE_TAGS_MAX ||
              (end - start > TP_CAPTURE_TAG_MAX_CHARS &&
               g_utf8_strlen (start, end - start) > TP_CAPTURE_TAG_MAX_CHARS))
            {
              row->tags_need_checking = TRUE;
              return;
            }
          row->tags[row->n_tags++] = keep (scratch, start, end - start);
        }

      if (next == NULL)
        return;
      part = next + 1;
    }
}

static void
split_tags (GPtrArray  *tags,
            const char *cell)
{
  g_auto(GStrv) parts = g_strsplit (cell, strchr (cell, ',') ? "," : ";", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    g_ptr_array_add (tags, g_steal_pointer (&parts[i]));
}

/* What read_tags() left to tp_capture_normalize_tags(): the row's tags
 * cells again, whole. */
static gboolean
check_tags (TpCsvImport  *self,
            guint         record,
            guint         line,
            RowStrings   *row,
            GError      **error)
{
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) normalized = NULL;
  guint first_tags = G_MAXUINT;

  for (guint c = 0; c < self->n_columns; c++)
    if (self->columns[c] == TP_CSV_COLUMN_TAGS)
      {
        first_tags = MIN (first_tags, c);
        split_tags (tags, unneutralise (tp_csv_table_get_field (self->table, record, c)));
      }
  g_ptr_array_add (tags, NULL);

  if (!(normalized = tp_capture_normalize_tags ((const char * const *)tags->pdata, &local_error)))
    {
      set_cell_error (self, error, line, first_tags, local_error->message);
      return FALSE;
    }

  /* Left behind in the scratch buffer, which the next row empties. */
  row->n_tags = 0;
  for (guint i = 0; normalized[i] != NULL; i++)
    row->tags[row->n_tags++] = keep (self->scratch, normalized[i], strlen (normalized[i]));

  return TRUE;
}

static gboolean
read_title (TpCsvImport  *self,
            RowStrings   *row,
            guint         line,
            guint         column,
            const char   *cell,
            GError      **error)
{
  const char *start = cell;
  const char *end = cell + strlen (cell);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *title = NULL;

  /* Most titles are one line that fits: trimmed, they are what
   * tp_capture_check_title() would give, without the copies. */
  trim (&start, &end);
  if (start < end && end - start <= TP_IDEA_TITLE_MAX && strpbrk (cell, "\t\r\n") == NULL)
    {
      row->title = keep (self->scratch, start, end - start);
      return TRUE;
    }

  /* A sticky note's line breaks do not belong in a one-line title. */
  flat = g_strdelimit (g_strdup (cell), "\t\r\n", ' ');
  if (flat[strspn (flat, " ")] == '\0')
    {
      set_cell_error (self, error, line, column, _("the title is empty"));
      return FALSE;
    }
  if (!(title = tp_capture_check_title (flat, &local_error)))
    {
      set_cell_error (self, error, line, column, local_error->message);
      return FALSE;
    }

  row->title = keep (self->scratch, title, strlen (title));
  return TRUE;
}

static gboolean
read_text (TpCsvImport  *self,
           TpCsvIdea    *idea,
           RowStrings   *row,
           guint         column,
           const char   *cell,
           GError      **error)
{
  g_autofree char *message = NULL;

  switch ((int)self->columns[column])
    {
    case TP_CSV_COLUMN_TITLE:
      return read_title (self, row, idea->line, column, cell, error);

    case TP_CSV_COLUMN_DETAILS:
      /* Never fewer bytes than characters: most cells need no count. The
       * cell is the details as they are, so the idea points at it. */
      if (strlen (cell) > TP_IDEA_DETAILS_MAX && g_utf8_strlen (cell, -1) > TP_IDEA_DETAILS_MAX)
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "The details are too long: at most %d character",
                                                "The details are too long: at most %d characters",
                                                TP_IDEA_DETAILS_MAX),
                                   TP_IDEA_DETAILS_MAX);
      else
        idea->details = cell;
      break;

    case TP_CSV_COLUMN_AUTHOR:
      {
        const char *start = cell;
        const char *end = cell + strlen (cell);
        const char *name;

        trim (&start, &end);
        name = start < end && *start == '@' ? start + 1 : start;
        if (end - name > AUTHOR_MAX_CHARS && g_utf8_strlen (name, end - name) > AUTHOR_MAX_CHARS)
          message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "The author’s name is too long: at most %d character",
                                                  "The author’s name is too long: at most %d characters",
                                                  AUTHOR_MAX_CHARS),
                                     AUTHOR_MAX_CHARS);
        else if (name < end)
          row->author = keep (self->scratch, name, end - name);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  if (message == NULL)
    return TRUE;

  set_cell_error (self, error, idea->line, column, message);
  return FALSE;
}

/* Plain digits, as most votes cells hold; anything else goes to
 * parse_number() and its error. */
static gboolean
read_votes_quickly (const char *cell,
                    guint      *votes)
{
  const char *start = cell;
  const char *end = cell + strlen (cell);
  guint value = 0;

  trim (&start, &end);
  if (start == end || end - start > 3)
    return FALSE;

  for (const char *p = start; p < end; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      value = value * 10 + (*p - '0');
    }

  *votes = value;
  return value <= TP_CSV_VOTES_MAX;
}

/* One block for the strings that are not the table's own: the tags
 * array, then the scratch buffer's bytes. */
static void
move_strings (TpCsvIdea  *idea,
              RowStrings *row,
              GString    *scratch)
{
  gsize pointers = (row->n_tags + 1) * sizeof (char *);
  char *block = g_malloc (pointers + scratch->len);
  const char **tags = (const char **)block;
  char *strings = block + pointers;

  memcpy (strings, scratch->str, scratch->len);
  for (guint i = 0; i < row->n_tags; i++)
    tags[i] = strings + row->tags[i];
  tags[row->n_tags] = NULL;

  idea->block = block;
  idea->title = strings + row->title;
  idea->author = row->author >= 0 ? strings + row->author : NULL;
  idea->tags = tags;
  idea->n_tags = row->n_tags;
  if (idea->details == NULL)
    idea->details = "";
}

/**
 * tp_csv_import_read_idea:
 * @idea: (out caller-allocates): filled in; clear it with tp_csv_idea_clear()
 *
 * Reads and checks one row with the current columns. The error names the
 * row's line and the column.
 */
gboolean
tp_csv_import_read_idea (TpCsvImport  *self,
                         guint         row,
                         TpCsvIdea    *idea,
                         GError      **error)
{
  RowStrings strings = { .title = -1, .author = -1 };
  guint record;

  g_return_val_if_fail (TP_IS_CSV_IMPORT (self), FALSE);
  g_return_val_if_fail (row < self->rows->len, FALSE);
  g_return_val_if_fail (idea != NULL, FALSE);

  record = g_array_index (self->rows, guint, row);
  *idea = (TpCsvIdea) { .line = tp_csv_table_get_line (self->table, record), .scores = TP_SCORES_INIT };
  g_string_truncate (self->scratch, 0);

  for (guint c = 0; c < self->n_columns; c++)
    {
      const char *cell = unneutralise (tp_csv_table_get_field (self->table, record, c));
      gboolean ok = TRUE;

      switch (self->columns[c])
        {
        case TP_CSV_COLUMN_IGNORE:
          break;

        case TP_CSV_COLUMN_TITLE:
        case TP_CSV_COLUMN_DETAILS:
        case TP_CSV_COLUMN_AUTHOR:
          ok = read_text (self, idea, &strings, c, cell, error);
          break;

        case TP_CSV_COLUMN_TAGS:
          if (!strings.tags_need_checking)
            read_tags (self->scratch, &strings, cell);
          break;

        case TP_CSV_COLUMN_VOTES:
          {
            double votes = 0;

            if (cell[strspn (cell, " ")] == '\0' || read_votes_quickly (cell, &idea->votes))
              break;

            if (!parse_number (self, cell, TRUE, &votes) || votes > TP_CSV_VOTES_MAX)
              {
                g_autofree char *message =
                  g_strdup_printf (_("“%s” is not a whole number from 0 to %d"), cell, TP_CSV_VOTES_MAX);

                set_cell_error (self, error, idea->line, c, message);
                ok = FALSE;
              }
            idea->votes = votes;
          }
          break;

        case TP_CSV_COLUMN_STATUS:
        case TP_CSV_COLUMN_MOSCOW:
          ok = read_word (self, idea, c, cell, error);
          break;

        default:
          ok = cell[strspn (cell, " ")] == '\0' || read_score (self, idea, c, cell, error);
          break;
        }

      if (!ok)
        {
          tp_csv_idea_clear (idea);
          return FALSE;
        }
    }

  if (strings.title < 0)
    {
      tp_csv_idea_clear (idea);
      return tp_csv_import_check_columns (self, error);
    }

  if (strings.tags_need_checking && !check_tags (self, record, idea->line, &strings, error))
    {
      tp_csv_idea_clear (idea);
      return FALSE;
    }

  move_strings (idea, &strings, self->scratch);
  return TRUE;
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
