/* tp-csv-row.c — one row of a CSV file read and checked as an idea
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row of a large file passes through here, so the cells most files
 * hold (plain titles, short authors, a few ASCII tags, small numbers)
 * take short paths; anything else goes through the same checks as typed
 * ideas, which also word every error.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tp-capture.h"
#include "tp-csv-import-private.h"
#include "tp-error.h"
#include "tp-store-private.h"

#define AUTHOR_MAX_CHARS 100

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
      tp_csv_import_set_cell_error (self, error, idea->line, column, message);
      return FALSE;
    }

  if (value < 0)
    {
      message = g_strdup_printf (_("“%s” is less than 0"), cell);
      tp_csv_import_set_cell_error (self, error, idea->line, column, message);
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

  tp_csv_import_set_cell_error (self, error, idea->line, column, message);
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

  tp_csv_import_set_cell_error (self, error, idea->line, column, message);
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
        split_tags (tags, tp_csv_unneutralise (tp_csv_table_get_field (self->table, record, c)));
      }
  g_ptr_array_add (tags, NULL);

  if (!(normalized = tp_capture_normalize_tags ((const char * const *)tags->pdata, &local_error)))
    {
      tp_csv_import_set_cell_error (self, error, line, first_tags, local_error->message);
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
      tp_csv_import_set_cell_error (self, error, line, column, _("the title is empty"));
      return FALSE;
    }
  if (!(title = tp_capture_check_title (flat, &local_error)))
    {
      tp_csv_import_set_cell_error (self, error, line, column, local_error->message);
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

  tp_csv_import_set_cell_error (self, error, idea->line, column, message);
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
      const char *cell = tp_csv_unneutralise (tp_csv_table_get_field (self->table, record, c));
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

                tp_csv_import_set_cell_error (self, error, idea->line, c, message);
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
