/* test-csv.c — the CSV reader and writer on their own: RFC 4180, encodings, delimiters
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#ifdef __linux__
#include <sys/mman.h>
#endif

#include "tp-csv.h"
#include "tp-memory.h"

/* The reader takes its buffer, with a byte to spare after the text. */
static char *
owned (const char *data,
       gsize       length)
{
  char *copy = g_malloc (length + 1);

  memcpy (copy, data, length);
  return copy;
}

static TpCsvTable *
parse (const char *text,
       char        delimiter)
{
  TpCsvFault fault;
  TpCsvTable *table = tp_csv_table_parse (owned (text, strlen (text)), strlen (text), delimiter, &fault);

  g_assert_nonnull (table);
  g_assert_cmpint (fault.kind, ==, TP_CSV_FAULT_NONE);
  return table;
}

static void
assert_record (TpCsvTable         *table,
               guint               record,
               guint               line,
               const char * const *fields)
{
  guint n = g_strv_length ((GStrv)fields);

  g_assert_cmpuint (tp_csv_table_get_line (table, record), ==, line);
  g_assert_cmpuint (tp_csv_table_get_n_fields (table, record), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (tp_csv_table_get_field (table, record, i), ==, fields[i]);
}

static void
test_rfc4180 (void)
{
  g_autoptr(TpCsvTable) table = parse ("Title,Details,Votes\r\n"
                                       "\"Call back, not hold\",\"Line one\r\nline two\",3\r\n"
                                       "\"She said \"\"wait\"\"\",,\r\n"
                                       "plain,\"\",1\r\n",
                                       ',');

  g_assert_cmpuint (tp_csv_table_get_n_records (table), ==, 4);
  assert_record (table, 0, 1, (const char *[]) { "Title", "Details", "Votes", NULL });
  /* The CRLF inside quotes is a line of the file and becomes LF. */
  assert_record (table, 1, 2, (const char *[]) { "Call back, not hold", "Line one\nline two", "3", NULL });
  assert_record (table, 2, 4, (const char *[]) { "She said \"wait\"", "", "", NULL });
  assert_record (table, 3, 5, (const char *[]) { "plain", "", "1", NULL });
  g_assert_cmpstr (tp_csv_table_get_field (table, 3, 7), ==, "");
}

static void
test_line_ends (void)
{
  const char *texts[] = {
    "a,b\nc,d\ne,f\n",
    "a,b\r\nc,d\r\ne,f\r\n",
    "a,b\rc,d\re,f\r",
    "a,b\nc,d\r\ne,f",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(TpCsvTable) table = parse (texts[i], ',');

      g_assert_cmpuint (tp_csv_table_get_n_records (table), ==, 3);
      assert_record (table, 0, 1, (const char *[]) { "a", "b", NULL });
      assert_record (table, 1, 2, (const char *[]) { "c", "d", NULL });
      assert_record (table, 2, 3, (const char *[]) { "e", "f", NULL });
    }
}

static void
test_lenient_quotes (void)
{
  /* Quotes inside an unquoted field, and text after a closing quote, are
   * kept; a trailing delimiter gives an empty last field. */
  g_autoptr(TpCsvTable) table = parse ("5\" screen,\"quoted\" tail,\n\n", ',');

  g_assert_cmpuint (tp_csv_table_get_n_records (table), ==, 2);
  assert_record (table, 0, 1, (const char *[]) { "5\" screen", "quoted tail", "", NULL });
  assert_record (table, 1, 2, (const char *[]) { "", NULL });
}

static void
assert_fault (const char     *text,
              gsize           length,
              TpCsvFaultKind  kind,
              guint           line,
              guint           record,
              guint           field)
{
  TpCsvFault fault;
  g_autoptr(TpCsvTable) table = tp_csv_table_parse (owned (text, length), length, ',', &fault);

  g_assert_cmpuint (tp_csv_table_get_n_records (table), ==, record);
  g_assert_cmpint (fault.kind, ==, kind);
  g_assert_cmpuint (fault.line, ==, line);
  g_assert_cmpuint (fault.record, ==, record);
  g_assert_cmpuint (fault.field, ==, field);
}

static void
test_faults (void)
{
  g_autoptr(GString) huge = g_string_new ("Title,Details\nok,fine\nshort,\"");
  g_autofree char *limit = g_strnfill (TP_CSV_FIELD_MAX, 'x');

  assert_fault ("Title\nfine\n\"never\nends\n", 23, TP_CSV_FAULT_UNBALANCED_QUOTE, 3, 2, 0);
  assert_fault ("Title,Votes\nfine,1\nbad,\0\n", 25, TP_CSV_FAULT_NUL_BYTE, 3, 2, 1);
  assert_fault ("Title\n\"a\nb\0\"\n", 13, TP_CSV_FAULT_NUL_BYTE, 3, 1, 0);

  for (guint i = 0; i < TP_CSV_FIELD_MAX; i++)
    g_string_append_c (huge, i % 80 == 79 ? '\n' : 'x');
  g_string_append (huge, "y\"\n");
  assert_fault (huge->str, huge->len, TP_CSV_FAULT_FIELD_TOO_LONG, 3, 2, 1);

  /* Exactly the limit is fine. */
  g_string_truncate (huge, strlen ("Title,Details\nok,fine\nshort,\""));
  g_string_append (huge, limit);
  g_string_append (huge, "\"\n");
  {
    g_autoptr(TpCsvTable) table = parse (huge->str, ',');

    g_assert_cmpuint (strlen (tp_csv_table_get_field (table, 2, 1)), ==, TP_CSV_FIELD_MAX);
  }
}

static void
test_delimiters (void)
{
  g_assert_cmpint (tp_csv_detect_delimiter ("Title,Votes\nA,1\nB,2\n", 20), ==, ',');
  g_assert_cmpint (tp_csv_detect_delimiter ("Title;Votes\nA, b;1\nB;2\n", 23), ==, ';');
  g_assert_cmpint (tp_csv_detect_delimiter ("Title\tVotes\tTags\nA, b\t1\tx;y\n", 27), ==, '\t');
  /* Commas inside quotes do not count. */
  g_assert_cmpint (tp_csv_detect_delimiter ("\"Title, long\";Votes\n\"A, b, c\";1\n", 31), ==, ';');
  g_assert_cmpint (tp_csv_detect_delimiter ("Title\nA\n", 8), ==, ',');
  g_assert_cmpint (tp_csv_detect_delimiter ("", 0), ==, ',');
}

static void
test_decode (void)
{
  TpCsvEncoding encoding;
  gsize length;
  g_autofree char *plain = tp_csv_decode (owned ("Caf\xc3\xa9", 5), 5, &length, &encoding);
  g_autofree char *bom = tp_csv_decode (owned ("\xef\xbb\xbfTitle", 8), 8, &length, &encoding);
  g_autofree char *latin = NULL;
  g_autofree char *utf16 = NULL;
  g_autofree char *nul = NULL;

  g_assert_cmpstr (plain, ==, "Café");
  g_assert_cmpstr (bom, ==, "Title");
  g_assert_cmpuint (length, ==, 5);
  g_assert_cmpint (encoding, ==, TP_CSV_ENCODING_UTF8);

  latin = tp_csv_decode (owned ("Caf\xe9 \x80 \x93ok\x94", 11), 11, &length, &encoding);
  g_assert_cmpint (encoding, ==, TP_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpstr (latin, ==, "Café € “ok”");
  g_assert_cmpuint (length, ==, strlen (latin));

  utf16 = tp_csv_decode (owned ("\xff\xfeT\0i\0\xe9\0", 8), 8, &length, &encoding);
  g_assert_cmpint (encoding, ==, TP_CSV_ENCODING_UTF16);
  g_assert_cmpstr (utf16, ==, "Tié");

  /* NUL is left for the parser, which knows the line. */
  nul = tp_csv_decode (owned ("a\0\xe9", 3), 3, &length, &encoding);
  g_assert_cmpint (encoding, ==, TP_CSV_ENCODING_UTF8);
  g_assert_cmpuint (length, ==, 3);
}

/* The parser, said again the slow way: one character at a time, with a
 * list per record, checking for a fault before each character it takes.
 * Fills @records with GPtrArrays of fields and @lines with each record's
 * first line; returns the fault, and its line and field. A field too long
 * is too long from the byte that takes it past the limit on, whatever
 * comes after. */
static TpCsvFaultKind
reference_parse (const char *text,
                 gsize       length,
                 char        delimiter,
                 GPtrArray  *records,
                 GArray     *lines,
                 guint      *fault_line,
                 guint      *fault_field)
{
  g_autoptr(GString) field = g_string_new (NULL);
  gsize i = 0;
  guint line = 1;

  while (i < length)
    {
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
      guint record_line = line;

      for (;;)
        {
          guint field_line = line;

          g_string_truncate (field, 0);
          *fault_field = fields->len;

          if (text[i] == '"')
            {
              for (i++;;)
                {
                  if (field->len > TP_CSV_FIELD_MAX)
                    return *fault_line = field_line, TP_CSV_FAULT_FIELD_TOO_LONG;
                  if (i == length)
                    return *fault_line = field_line, TP_CSV_FAULT_UNBALANCED_QUOTE;
                  if (text[i] == '\0')
                    return *fault_line = line, TP_CSV_FAULT_NUL_BYTE;

                  if (text[i] == '"' && i + 1 < length && text[i + 1] == '"')
                    g_string_append_c (field, '"'), i += 2;
                  else if (text[i] == '"')
                    {
                      i++;
                      break;
                    }
                  else if (text[i] == '\r' && i + 1 < length && text[i + 1] == '\n')
                    g_string_append_c (field, '\n'), i += 2, line++;
                  else
                    {
                      line += text[i] == '\r' || text[i] == '\n';
                      g_string_append_c (field, text[i++]);
                    }
                }
            }

          for (;;)
            {
              if (field->len > TP_CSV_FIELD_MAX)
                return *fault_line = field_line, TP_CSV_FAULT_FIELD_TOO_LONG;
              if (i == length || text[i] == delimiter || text[i] == '\r' || text[i] == '\n')
                break;
              if (text[i] == '\0')
                return *fault_line = line, TP_CSV_FAULT_NUL_BYTE;
              g_string_append_c (field, text[i++]);
            }
          g_ptr_array_add (fields, g_strdup (field->str));

          if (i < length && text[i] == delimiter)
            {
              i++;
              continue;
            }
          if (i < length)
            {
              i += text[i] == '\r' && i + 1 < length && text[i + 1] == '\n' ? 2 : 1;
              line++;
            }
          break;
        }

      g_ptr_array_add (records, g_steal_pointer (&fields));
      g_array_append_val (lines, record_line);
    }

  return TP_CSV_FAULT_NONE;
}

/* A field of @length bytes once read, that a quote may open: some rounds
 * end one byte short of the limit, at it or one past it. Quoted, it holds
 * a doubled quote, a line break and @delimiter, each read as one byte. */
static void
append_long_field (GString *text,
                   GRand   *rand,
                   char     delimiter,
                   gsize    length)
{
  gsize start;

  if (g_rand_boolean (rand))
    {
      g_string_set_size (text, text->len + length);
      memset (text->str + text->len - length, 'x', length);
      return;
    }

  g_string_append (text, "\"\"\"\r\n");
  g_string_append_c (text, delimiter);
  start = text->len;
  g_string_set_size (text, start + length - 3);
  memset (text->str + start, 'y', length - 3);
  g_string_append_c (text, '"');
}

/* Quotes, line ends of every kind, the delimiter and the other two, and
 * sometimes NUL bytes and fields at the limit, in runs and as fields
 * that a quote opens. */
static void
append_random_text (GString  *text,
                    GRand    *rand,
                    char      delimiter,
                    gboolean  with_nul,
                    gboolean  with_long,
                    guint     n_pieces)
{
  static const char * const line_ends[] = { "\n", "\r\n", "\r" };
  const char others[] = { delimiter, delimiter, '"', '"', '\r', '\n', ' ', 'a', 'b', ',', ';', '\t', '\0' };
  guint n_others = with_nul ? G_N_ELEMENTS (others) : G_N_ELEMENTS (others) - 1;

  for (guint p = 0; p < n_pieces; p++)
    switch (g_rand_int_range (rand, 0, 10))
      {
      case 0:
        g_string_append_c (text, delimiter);
        break;

      case 1:
        g_string_append (text, line_ends[g_rand_int_range (rand, 0, G_N_ELEMENTS (line_ends))]);
        break;

      case 2:
      case 3:
        g_string_append_c (text, '"');
        for (guint c = g_rand_int_range (rand, 0, 6); c > 0; c--)
          switch (g_rand_int_range (rand, 0, 6))
            {
            case 0: g_string_append (text, "\"\""); break;
            case 1: g_string_append_c (text, delimiter); break;
            case 2: g_string_append (text, line_ends[g_rand_int_range (rand, 0, G_N_ELEMENTS (line_ends))]); break;
            default: g_string_append_c (text, others[g_rand_int_range (rand, 0, n_others)]); break;
            }
        if (g_rand_int_range (rand, 0, 8) > 0)
          g_string_append_c (text, '"');
        break;

      case 4:
        if (with_long)
          {
            append_long_field (text, rand, delimiter, TP_CSV_FIELD_MAX + g_rand_int_range (rand, -1, 2));
            break;
          }
        G_GNUC_FALLTHROUGH;

      default:
        g_string_append_c (text, others[g_rand_int_range (rand, 0, n_others)]);
        break;
      }
}

/* Random texts parsed by both, with each delimiter: the same records,
 * fields and lines, or the same fault in the same place. Large enough
 * texts of short fields also outgrow the tables' first sizes. The seed
 * is printed; TP_TEST_SEED=N runs the same texts again. */
static void
test_random (void)
{
  static const char delimiters[] = { ',', ';', '\t' };
  const char *seed_text = g_getenv ("TP_TEST_SEED");
  guint32 seed = seed_text != NULL ? (guint32)g_ascii_strtoull (seed_text, NULL, 10) : (guint32)g_test_rand_int ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint faults[TP_CSV_FAULT_NUL_BYTE + 1] = { 0 };

  g_test_message ("seed %" G_GUINT32_FORMAT "; TP_TEST_SEED=%" G_GUINT32_FORMAT " repeats this run", seed, seed);

  for (guint round = 0; round < 3000; round++)
    {
      char delimiter = delimiters[round % G_N_ELEMENTS (delimiters)];
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
      g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(TpCsvTable) table = NULL;
      guint fault_line = 0, fault_field = 0;
      TpCsvFaultKind expected;
      TpCsvFault fault;

      append_random_text (text, rand, delimiter, round % 3 == 0, round % 8 == 0,
                          round % 100 == 99 ? 8000 : (guint)g_rand_int_range (rand, 0, 40));
      expected = reference_parse (text->str, text->len, delimiter, records, lines, &fault_line, &fault_field);
      faults[expected]++;

      table = tp_csv_table_parse (owned (text->str, text->len), text->len, delimiter, &fault);
      if (fault.kind != expected)
        g_test_message ("round %u, delimiter %d: fault %d, expected %d", round, delimiter, fault.kind, expected);
      g_assert_cmpint (fault.kind, ==, expected);
      g_assert_cmpuint (tp_csv_table_get_n_records (table), ==, records->len);
      if (expected != TP_CSV_FAULT_NONE)
        {
          g_assert_cmpuint (fault.line, ==, fault_line);
          g_assert_cmpuint (fault.record, ==, records->len);
          g_assert_cmpuint (fault.field, ==, fault_field);
        }

      for (guint r = 0; r < records->len; r++)
        {
          GPtrArray *fields = g_ptr_array_index (records, r);

          g_assert_cmpuint (tp_csv_table_get_line (table, r), ==, g_array_index (lines, guint, r));
          g_assert_cmpuint (tp_csv_table_get_n_fields (table, r), ==, fields->len);
          for (guint f = 0; f < fields->len; f++)
            g_assert_cmpstr (tp_csv_table_get_field (table, r, f), ==, g_ptr_array_index (fields, f));
        }
    }

  /* Every kind came up, so none of them went untested. */
  for (guint k = 0; k < G_N_ELEMENTS (faults); k++)
    {
      g_test_message ("fault %u: %u texts", k, faults[k]);
      g_assert_cmpuint (faults[k], >, 0);
    }
}

/* Many more fields and records than the text's length suggests. */
static void
test_tiny_fields (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(TpCsvTable) table = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append (text, i % 4 == 3 ? "\n" : ",");
  table = parse (text->str, ',');

  g_assert_cmpuint (tp_csv_table_get_n_records (table), ==, 5000);
  for (guint r = 0; r < 5000; r++)
    {
      g_assert_cmpuint (tp_csv_table_get_n_fields (table, r), ==, 4);
      g_assert_cmpuint (tp_csv_table_get_line (table, r), ==, r + 1);
      g_assert_cmpstr (tp_csv_table_get_field (table, r, 3), ==, "");
    }
}

/* Buffers of megabytes: whole huge pages on Linux, g_free() as any. */
static void
test_large_buffers (void)
{
  const gsize sizes[] = { 1, 4096, 1024 * 1024 - 1, 1024 * 1024, 3 * 1024 * 1024 + 1 };
  gsize length = 512 * 1024;
  g_autofree char *latin1 = g_malloc (length + 1);
  g_autofree char *text = NULL;
  TpCsvEncoding encoding;
  gsize text_length;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      char *mem = tp_malloc_large (sizes[i]);

      memset (mem, 'x', sizes[i]);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
      if (sizes[i] >= 1024 * 1024)
        g_assert_cmpuint ((guintptr)mem % (2 * 1024 * 1024), ==, 0);
#endif
      /* Grown, it keeps what it held. */
      mem = tp_realloc_large (mem, sizes[i], sizes[i] * 2);
      g_assert_cmpint (mem[0], ==, 'x');
      g_assert_cmpint (mem[sizes[i] - 1], ==, 'x');
      g_free (mem);
    }

  /* Windows-1252 decodes into one, three bytes to each one read. */
  memset (latin1, 0xE9, length);
  text = tp_csv_decode (g_steal_pointer (&latin1), length, &text_length, &encoding);
  g_assert_cmpint (encoding, ==, TP_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpuint (text_length, ==, 2 * length);
  g_assert_cmpuint (g_utf8_strlen (text, -1), ==, length);
  g_assert_true (g_str_has_prefix (text, "éé") && g_str_has_suffix (text, "éé"));
}

static void
test_write (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(TpCsvTable) table = NULL;
  const char *cells[] = {
    "plain", "with, comma", "with \"quotes\"", "two\nlines", "=SUM(A1:A9)", "+1", "-2", "@cmd",
    "\tTab", "\rCR", "", "=a,b", "a=b",
  };
  const char *expected =
    "plain,\"with, comma\",\"with \"\"quotes\"\"\",\"two\nlines\",'=SUM(A1:A9),'+1,'-2,'@cmd,"
    "'\tTab,\"'\rCR\",,\"'=a,b\",a=b\r\n";

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    tp_csv_append_cell (out, cells[i]);
  tp_csv_end_row (out);
  g_assert_cmpstr (out->str, ==, expected);

  /* An empty first cell still counts. */
  g_string_truncate (out, 0);
  tp_csv_append_cell (out, "");
  tp_csv_append_cell (out, "b");
  tp_csv_end_row (out);
  g_assert_cmpstr (out->str, ==, ",b\r\n");

  g_assert_true (tp_csv_cell_needs_neutralising ("=1"));
  g_assert_false (tp_csv_cell_needs_neutralising ("1=1"));
  g_assert_false (tp_csv_cell_needs_neutralising (""));

  /* What the writer writes, the reader reads back. */
  g_string_truncate (out, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    tp_csv_append_cell (out, cells[i]);
  tp_csv_end_row (out);
  table = parse (out->str, ',');
  g_assert_cmpuint (tp_csv_table_get_n_records (table), ==, 1);
  g_assert_cmpuint (tp_csv_table_get_n_fields (table, 0), ==, G_N_ELEMENTS (cells));
  g_assert_cmpstr (tp_csv_table_get_field (table, 0, 2), ==, "with \"quotes\"");
  g_assert_cmpstr (tp_csv_table_get_field (table, 0, 4), ==, "'=SUM(A1:A9)");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/rfc4180", test_rfc4180);
  g_test_add_func ("/csv/line-ends", test_line_ends);
  g_test_add_func ("/csv/lenient-quotes", test_lenient_quotes);
  g_test_add_func ("/csv/faults", test_faults);
  g_test_add_func ("/csv/delimiters", test_delimiters);
  g_test_add_func ("/csv/decode", test_decode);
  g_test_add_func ("/csv/large-buffers", test_large_buffers);
  g_test_add_func ("/csv/random", test_random);
  g_test_add_func ("/csv/tiny-fields", test_tiny_fields);
  g_test_add_func ("/csv/write", test_write);

  return g_test_run ();
}
