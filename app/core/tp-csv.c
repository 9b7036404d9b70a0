/* tp-csv.c — comma-separated values as RFC 4180 has them, read and written
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tp-csv.h"
#include "tp-memory.h"

/* Decoding */

/* Windows-1252 differs from Latin-1 only in 0x80–0x9F. The five bytes it
 * leaves undefined keep their Latin-1 (C1 control) meaning, as browsers do. */
static const gunichar windows_1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static char *
decode_windows_1252 (const guchar *data,
                     gsize         length,
                     gsize        *out_length)
{
  char *out = tp_malloc_large (length * 3 + 1);
  char *p = out;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = data[i];

      if (c < 0x80)
        *p++ = (char)c;
      else
        p += g_unichar_to_utf8 (c < 0xA0 ? windows_1252_high[c - 0x80] : c, p);
    }
  *p = '\0';

  *out_length = p - out;
  return out;
}

/**
 * tp_csv_decode:
 * @data: (transfer full): the file's bytes, with one more byte allocated
 *   after them, as g_file_load_contents() gives
 * @encoding: (out): what the bytes were read as
 *
 * Returns: (transfer full): the text as UTF-8 without a byte order mark,
 *   NUL-terminated; often @data itself
 */
char *
tp_csv_decode (char           *data,
               gsize           length,
               gsize          *out_length,
               TpCsvEncoding  *encoding)
{
  const guchar *bytes = (const guchar *)data;
  char *text;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (out_length != NULL, NULL);

  *encoding = TP_CSV_ENCODING_UTF8;

  if (length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
    {
      const char *from = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      gsize written = 0;

      text = g_convert (data + 2, length - 2, "UTF-8", from, NULL, &written, NULL);
      if (text != NULL)
        {
          g_free (data);
          *encoding = TP_CSV_ENCODING_UTF16;
          *out_length = written;
          return text;
        }
    }

  if (length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
    {
      length -= 3;
      memmove (data, data + 3, length);
    }

  /* g_utf8_validate() refuses NUL; such a file is no text at all, and the
   * parser says where. */
  if (memchr (data, '\0', length) != NULL || g_utf8_validate_len (data, length, NULL))
    {
      data[length] = '\0';
      *out_length = length;
      return data;
    }

  *encoding = TP_CSV_ENCODING_WINDOWS_1252;
  text = decode_windows_1252 ((const guchar *)data, length, out_length);
  g_free (data);
  return text;
}

/* Counts @delimiter outside quotes in each of the first records. */
static void
count_delimiter (const char *text,
                 gsize       length,
                 char        delimiter,
                 guint      *counts,
                 guint       max_records,
                 guint      *n_records)
{
  gboolean quoted = FALSE;
  guint record = 0;

  counts[0] = 0;
  for (gsize i = 0; i < length && record < max_records; i++)
    {
      char c = text[i];

      if (c == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (c == delimiter)
        counts[record]++;
      else if (c == '\n' || c == '\r')
        {
          if (c == '\r' && i + 1 < length && text[i + 1] == '\n')
            i++;
          if (++record < max_records)
            counts[record] = 0;
        }
    }

  *n_records = MIN (record + 1, max_records);
}

/**
 * tp_csv_detect_delimiter:
 *
 * Picks comma, semicolon or tab: the one that splits the first records
 * into the same number of fields each, or else the one the header uses
 * most. Comma when nothing says otherwise.
 */
char
tp_csv_detect_delimiter (const char *text,
                         gsize       length)
{
  static const char candidates[] = { ',', ';', '\t' };
  enum { SAMPLE = 10 };
  char best = ',';
  guint best_count = 0;
  gboolean best_steady = FALSE;

  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      guint counts[SAMPLE];
      guint n_records;
      gboolean steady;

      count_delimiter (text, length, candidates[c], counts, SAMPLE, &n_records);
      if (counts[0] == 0)
        continue;

      /* A last line without its line break may be cut short. */
      steady = n_records > 1;
      for (guint r = 1; r < n_records && steady; r++)
        steady = counts[r] == counts[0] || (r == n_records - 1 && counts[r] == 0);

      if ((steady && !best_steady) || (steady == best_steady && counts[0] > best_count))
        {
          best = candidates[c];
          best_count = counts[0];
          best_steady = steady;
        }
    }

  return best;
}

/* Parsing */

typedef struct
{
  guint first_field;
  guint n_fields;
  guint line;
} Record;

struct _TpCsvTable
{
  char    *text;       /* every field, unquoted in place and NUL-terminated */
  guint32 *fields;     /* offset of each field into the text */
  guint    n_fields;
  guint    fields_size;
  Record  *records;
  guint    n_records;
  guint    records_size;
};

/* Room for one more element in an array that began as a large buffer,
 * up to @max of them: FALSE when it holds that many already. */
static gboolean
grow (gpointer *array,
      guint    *size,
      guint     max,
      gsize     element_size)
{
  guint old_size = *size;

  if (old_size >= max)
    return FALSE;

  *size = old_size > max / 2 ? max : old_size * 2;
  *array = tp_realloc_large (*array, (gsize)old_size * element_size, (gsize)*size * element_size);
  return TRUE;
}

static inline gboolean
add_field (TpCsvTable *table,
           gsize       offset)
{
  if (G_UNLIKELY (table->n_fields == table->fields_size) &&
      !grow ((gpointer *)&table->fields, &table->fields_size, TP_CSV_FIELDS_MAX, sizeof (guint32)))
    return FALSE;
  table->fields[table->n_fields++] = offset;
  return TRUE;
}

static inline gboolean
add_record (TpCsvTable   *table,
            const Record *record)
{
  if (G_UNLIKELY (table->n_records == table->records_size) &&
      !grow ((gpointer *)&table->records, &table->records_size, TP_CSV_RECORDS_MAX, sizeof (Record)))
    return FALSE;
  table->records[table->n_records++] = *record;
  return TRUE;
}

static TpCsvTable *
fail (TpCsvTable     *table,
      TpCsvFault     *fault,
      TpCsvFaultKind  kind,
      guint           line,
      guint           field)
{
  fault->kind = kind;
  fault->line = line;
  fault->record = table->n_records;
  fault->field = field;
  return table;
}

static inline const char *
copy_down (char       **w,
           const char  *p,
           const char  *q)
{
  if (*w != p)
    memmove (*w, p, q - p);
  *w += q - p;
  return q;
}

/**
 * tp_csv_table_parse:
 * @text: (transfer full): UTF-8 text with a byte to spare after it, as
 *   tp_csv_decode() gives; the table unquotes its fields in place
 * @fault: (out caller-allocates): what went wrong, if anything
 *
 * Parses the whole text. A quote opens a quoted field only as the field's
 * first character; text after the closing quote, and quotes inside an
 * unquoted field, are kept as they are.
 *
 * The fields are indexed as offsets into the text, in arrays sized from
 * the text's length up front, so that a large file takes a few large
 * buffers rather than an allocation for each field. They grow no further
 * than TP_CSV_RECORDS_MAX and TP_CSV_FIELDS_MAX, and the parser stops
 * with a fault at what would pass either, or TP_CSV_RECORD_FIELDS_MAX.
 *
 * Returns: (transfer full): the records; when @fault says what went
 *   wrong, those before the faulty one
 */
TpCsvTable *
tp_csv_table_parse (char       *text,
                    gsize       length,
                    char        delimiter,
                    TpCsvFault *fault)
{
  TpCsvTable *table;
  const char *p = text;
  const char *end = text + length;
  char *w = text;
  guint line = 1;
  /* What ends a run of plain text, besides the NUL: strcspn() looks for
   * them many bytes at a time. */
  const char stops[] = { delimiter, '\r', '\n', '\0' };
  const char *quoted_stops = "\"\r\n";

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (length < G_MAXUINT32, NULL);
  g_return_val_if_fail (fault != NULL, NULL);

  fault->kind = TP_CSV_FAULT_NONE;
  table = g_new0 (TpCsvTable, 1);
  table->text = text;
  table->fields_size = MIN (length / 16 + 16, TP_CSV_FIELDS_MAX);
  table->fields = tp_malloc_large ((gsize)table->fields_size * sizeof (guint32));
  table->records_size = MIN (length / 128 + 16, TP_CSV_RECORDS_MAX);
  table->records = tp_malloc_large ((gsize)table->records_size * sizeof (Record));

  /* The NUL after the text stops every scan at the end. */
  text[length] = '\0';

  while (p < end)
    {
      Record record = { table->n_fields, 0, line };

      for (;;)
        {
          gsize start = w - text;
          guint field_line = line;
          const char *q;
          char stop;

          if (*p == '"')
            {
              for (p++;;)
                {
                  q = p + strcspn (p, quoted_stops);
                  p = copy_down (&w, p, q);

                  if ((gsize)(w - text) - start > TP_CSV_FIELD_MAX)
                    return fail (table, fault, TP_CSV_FAULT_FIELD_TOO_LONG, field_line, record.n_fields);
                  if (p == end)
                    return fail (table, fault, TP_CSV_FAULT_UNBALANCED_QUOTE, field_line, record.n_fields);
                  if (*p == '\0')
                    return fail (table, fault, TP_CSV_FAULT_NUL_BYTE, line, record.n_fields);

                  if (*p == '"')
                    {
                      if (p[1] == '"')
                        {
                          *w++ = '"';
                          p += 2;
                          continue;
                        }
                      p++;
                      break;
                    }

                  line++;
                  if (*p == '\r' && p[1] == '\n')
                    p++;
                  *w++ = *p == '\r' ? '\r' : '\n';
                  p++;
                }
            }

          q = p + strcspn (p, stops);
          p = copy_down (&w, p, q);
          stop = *p;

          /* A field grown too long before a NUL was too long first. */
          if ((gsize)(w - text) - start > TP_CSV_FIELD_MAX)
            return fail (table, fault, TP_CSV_FAULT_FIELD_TOO_LONG, field_line, record.n_fields);
          if (stop == '\0' && p != end)
            return fail (table, fault, TP_CSV_FAULT_NUL_BYTE, line, record.n_fields);

          /* At p at the furthest, which has been read into stop. */
          *w++ = '\0';
          if (!add_field (table, start))
            return fail (table, fault, TP_CSV_FAULT_TOO_MANY_FIELDS, field_line, record.n_fields);
          record.n_fields++;

          if (p == end)
            break;
          if (stop == delimiter)
            {
              if (record.n_fields == TP_CSV_RECORD_FIELDS_MAX)
                return fail (table, fault, TP_CSV_FAULT_TOO_MANY_RECORD_FIELDS, line, record.n_fields);
              p++;
              continue;
            }

          if (stop == '\r' && p[1] == '\n')
            p++;
          p++;
          line++;
          break;
        }

      if (!add_record (table, &record))
        return fail (table, fault, TP_CSV_FAULT_TOO_MANY_RECORDS, record.line, 0);
    }

  return table;
}

void
tp_csv_table_free (TpCsvTable *table)
{
  if (table == NULL)
    return;

  g_free (table->text);
  g_free (table->fields);
  g_free (table->records);
  g_free (table);
}

guint
tp_csv_table_get_n_records (TpCsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->n_records;
}

guint
tp_csv_table_get_n_fields (TpCsvTable *table,
                           guint       record)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (record < table->n_records, 0);

  return table->records[record].n_fields;
}

const char *
tp_csv_table_get_field (TpCsvTable *table,
                        guint       record,
                        guint       field)
{
  const Record *r;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (record < table->n_records, NULL);

  r = &table->records[record];
  if (field >= r->n_fields)
    return "";

  return table->text + table->fields[r->first_field + field];
}

guint
tp_csv_table_get_line (TpCsvTable *table,
                       guint       record)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (record < table->n_records, 0);

  return table->records[record].line;
}

/* Writing */

gboolean
tp_csv_cell_needs_neutralising (const char *cell)
{
  g_return_val_if_fail (cell != NULL, FALSE);

  return cell[0] != '\0' && strchr ("=+-@\t\r", cell[0]) != NULL;
}

/**
 * tp_csv_append_cell:
 *
 * Appends one cell to the row being built in @out, neutralised against
 * formulas and quoted as needed; tp_csv_end_row() closes the row.
 */
void
tp_csv_append_cell (GString    *out,
                    const char *cell)
{
  gboolean neutralise;

  g_return_if_fail (out != NULL);

  if (cell == NULL)
    cell = "";

  neutralise = tp_csv_cell_needs_neutralising (cell);
  if (strpbrk (cell, ",\"\r\n") == NULL)
    {
      if (neutralise)
        g_string_append_c (out, '\'');
      g_string_append (out, cell);
      g_string_append_c (out, ',');
      return;
    }

  g_string_append_c (out, '"');
  if (neutralise)
    g_string_append_c (out, '\'');
  for (const char *p = cell; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append (out, "\",");
}

/* Every cell leaves a comma after it; the last one's becomes the line end. */
void
tp_csv_end_row (GString *out)
{
  g_return_if_fail (out != NULL);

  if (out->len > 0 && out->str[out->len - 1] == ',')
    g_string_truncate (out, out->len - 1);
  g_string_append (out, "\r\n");
}
