/* test-csv-limits.c — files past the reader's limits, refused by line and column
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each file is built in memory, at a limit or just past it: for the
 * limits on rows and fields, what a 200 MB file of nothing but line
 * breaks or delimiters would meet first, without writing 200 MB anywhere.
 */
#include "config.h"

#include <string.h>

#include "tp-csv-import.h"
#include "tp-error.h"

/* @head, then @n copies of @c, then @tail. */
static GBytes *
build (const char *head,
       char        c,
       gsize       n,
       const char *tail)
{
  gsize head_length = strlen (head);
  gsize tail_length = strlen (tail);
  gsize length = head_length + n + tail_length;
  char *data = g_malloc (length);

  memcpy (data, head, head_length);
  memset (data + head_length, c, n);
  memcpy (data + head_length + n, tail, tail_length);

  return g_bytes_new_take (data, length);
}

static void
assert_refused (GBytes     *bytes,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCsvImport) import = tp_csv_import_new (bytes, &error);

  g_assert_null (import);
  g_assert_error (error, TP_ERROR, TP_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

static void
assert_read (GBytes *bytes,
             guint   n_rows)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCsvImport) import = tp_csv_import_new (bytes, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (tp_csv_import_get_n_rows (import), ==, n_rows);
}

/* Blank lines are rows of the file too: a header, then one blank line
 * past the limit before the only idea. */
static void
test_many_lines (void)
{
  g_autoptr(GBytes) at_limit = build ("Title\n", '\n', TP_CSV_RECORDS_MAX - 2, "idea\n");
  g_autoptr(GBytes) over = build ("Title\n", '\n', TP_CSV_RECORDS_MAX, "idea\n");
  g_autofree char *message = g_strdup_printf ("line %u: the file has more than %u rows",
                                              TP_CSV_RECORDS_MAX + 1, TP_CSV_RECORDS_MAX);

  assert_read (at_limit, 1);
  assert_refused (over, message);
}

/* One line of delimiters: the header's, and a row's after it. */
static void
test_long_line (void)
{
  g_autoptr(GBytes) at_limit = build ("Title\nidea", ',', TP_CSV_RECORD_FIELDS_MAX - 1, "\n");
  g_autoptr(GBytes) over = build ("Title\nidea", ',', TP_CSV_RECORD_FIELDS_MAX, "\n");
  g_autoptr(GBytes) header = build ("Title", ',', TP_CSV_RECORD_FIELDS_MAX, "\nidea\n");
  g_autofree char *message = g_strdup_printf ("line 2: the row has more than %u fields", TP_CSV_RECORD_FIELDS_MAX);
  g_autofree char *header_message = g_strdup_printf ("line 1: the row has more than %u fields",
                                                     TP_CSV_RECORD_FIELDS_MAX);

  assert_read (at_limit, 1);
  assert_refused (over, message);
  assert_refused (header, header_message);
}

/* Rows of empty fields, each within the limit for a row, until there are
 * more in all than the limit for a file. */
static void
test_many_fields (void)
{
  enum { ROW_FIELDS = 1024 };
  g_autoptr(GString) text = g_string_sized_new (TP_CSV_FIELDS_MAX + ROW_FIELDS);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *message = NULL;
  guint n_rows = TP_CSV_FIELDS_MAX / ROW_FIELDS;

  g_string_append (text, "Title\nidea\n");
  for (guint r = 0; r < n_rows; r++)
    {
      g_string_set_size (text, text->len + ROW_FIELDS);
      memset (text->str + text->len - ROW_FIELDS, ',', ROW_FIELDS - 1);
      text->str[text->len - 1] = '\n';
    }
  bytes = g_bytes_new_static (text->str, text->len);

  /* Two fields in the first lines, so the last row reaches the limit
   * two fields before its end. */
  message = g_strdup_printf ("line %u: the file has more than %u fields in all", n_rows + 2, TP_CSV_FIELDS_MAX);
  assert_refused (bytes, message);
}

/* The limit on a field, with each delimiter: a field of exactly 64 KiB
 * once read is taken, one byte more is refused naming where it starts;
 * a NUL byte is refused naming its line. */
static void
test_long_field (void)
{
  static const char delimiters[] = { ',', ';', '\t' };

  for (guint i = 0; i < G_N_ELEMENTS (delimiters); i++)
    {
      char d = delimiters[i];
      g_autofree char *head = g_strdup_printf ("Title%cDetails\nok%cfine\n\"a%cb\"%c\"\"\"\n", d, d, d, d);
      g_autoptr(GString) nul_text = g_string_new (NULL);
      /* The doubled quote and the line break are a byte each once read. */
      g_autoptr(GBytes) at_limit = build (head, 'z', TP_CSV_FIELD_MAX - 2, "\"\n");
      g_autoptr(GBytes) over = build (head, 'z', TP_CSV_FIELD_MAX - 1, "\"\n");
      g_autoptr(GBytes) nul = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(TpCsvImport) import = tp_csv_import_new (at_limit, &error);

      g_test_message ("delimiter %d", d);
      g_assert_no_error (error);
      g_assert_cmpint (tp_csv_import_get_delimiter (import), ==, d);
      g_assert_cmpuint (tp_csv_import_get_n_rows (import), ==, 2);
      g_assert_cmpuint (strlen (tp_csv_import_get_field (import, 1, 1)), ==, TP_CSV_FIELD_MAX);
      g_assert_true (g_str_has_prefix (tp_csv_import_get_field (import, 1, 1), "\"\nzz"));

      assert_refused (over, "line 3, column “Details”: the field is over 64 KiB");

      g_string_printf (nul_text, "Title%cDetails\nok%cfine\nbad%cfi", d, d, d);
      g_string_append_len (nul_text, "\0ne\n", 4);
      nul = g_bytes_new (nul_text->str, nul_text->len);
      assert_refused (nul, "line 3: the file contains a NUL byte; it is not a text CSV file");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-limits/many-lines", test_many_lines);
  g_test_add_func ("/csv-limits/long-line", test_long_line);
  g_test_add_func ("/csv-limits/many-fields", test_many_fields);
  g_test_add_func ("/csv-limits/long-field", test_long_field);

  return g_test_run ();
}
