/* tp-csv.h — comma-separated values as RFC 4180 has them, read and written
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* No field of a file we read may be longer, in bytes. */
#define TP_CSV_FIELD_MAX (64 * 1024)

/* Nor may a file have more records, a record more fields, or a file more
 * fields in all. Excel and LibreOffice stop at 1,048,576 rows and 16,384
 * columns, and Google Sheets at 10 million cells: these are twice and
 * more. They bound the table's index (12 bytes a record, 4 a field) at
 * 150 MB, where a file of 200 MB of line breaks or delimiters alone would
 * have asked for gigabytes. */
#define TP_CSV_RECORDS_MAX (2 * 1024 * 1024)
#define TP_CSV_RECORD_FIELDS_MAX (32 * 1024)
#define TP_CSV_FIELDS_MAX (32 * 1024 * 1024)

typedef enum
{
  TP_CSV_ENCODING_UTF8,
  TP_CSV_ENCODING_UTF16,
  TP_CSV_ENCODING_WINDOWS_1252,
} TpCsvEncoding;

typedef enum
{
  TP_CSV_FAULT_NONE,
  TP_CSV_FAULT_UNBALANCED_QUOTE,
  TP_CSV_FAULT_FIELD_TOO_LONG,
  TP_CSV_FAULT_NUL_BYTE,
  TP_CSV_FAULT_TOO_MANY_RECORDS,
  TP_CSV_FAULT_TOO_MANY_RECORD_FIELDS,
  TP_CSV_FAULT_TOO_MANY_FIELDS,
} TpCsvFaultKind;

/* Where parsing stopped: the line (from 1) on which the faulty field
 * starts, its record and its place in that record (both from 0). */
typedef struct
{
  TpCsvFaultKind kind;
  guint          line;
  guint          record;
  guint          field;
} TpCsvFault;

/* Reading. tp_csv_decode() turns a file's bytes into UTF-8: a byte order
 * mark says UTF-8 or UTF-16; without one, text that is not valid UTF-8 is
 * read as Windows-1252. A NUL byte is left for the parser to report. Both
 * take the buffer they are given, which must have one byte allocated
 * after its end, as g_file_load_contents() gives. */
char        *tp_csv_decode               (char           *data,
                                          gsize           length,
                                          gsize          *out_length,
                                          TpCsvEncoding  *encoding);
char         tp_csv_detect_delimiter     (const char     *text,
                                          gsize           length);

typedef struct _TpCsvTable TpCsvTable;

/* Quoted fields may hold delimiters, doubled quotes and line breaks (a
 * CRLF inside one becomes LF); records end with CRLF, LF or CR. When
 * @fault says what went wrong, the table holds the records before it. */
TpCsvTable  *tp_csv_table_parse          (char           *text,
                                          gsize           length,
                                          char            delimiter,
                                          TpCsvFault     *fault);
void         tp_csv_table_free           (TpCsvTable     *table);
guint        tp_csv_table_get_n_records  (TpCsvTable     *table);
guint        tp_csv_table_get_n_fields   (TpCsvTable     *table,
                                          guint           record);
/* Empty for a field past the end of a short record. */
const char  *tp_csv_table_get_field      (TpCsvTable     *table,
                                          guint           record,
                                          guint           field);
guint        tp_csv_table_get_line       (TpCsvTable     *table,
                                          guint           record);

/* Writing. A cell that a spreadsheet would run as a formula (it begins
 * with =, +, -, @, a tab or a carriage return) gets a ' in front; the
 * importer drops that quote again. Cells are quoted when they need it. */
gboolean     tp_csv_cell_needs_neutralising (const char  *cell);
void         tp_csv_append_cell          (GString        *out,
                                          const char     *cell);
void         tp_csv_end_row              (GString        *out);

/* Export: the ideas in the model's order, one row each, as UTF-8 with a
 * byte order mark and CRLF line ends, so spreadsheets read it as such.
 * The file is replaced whole or not at all. */
gboolean     tp_csv_export_ideas         (GListModel     *ideas,
                                          GOutputStream  *out,
                                          GCancellable   *cancellable,
                                          GError        **error);
gboolean     tp_csv_export_ideas_to_file (GListModel     *ideas,
                                          GFile          *file,
                                          GCancellable   *cancellable,
                                          GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TpCsvTable, tp_csv_table_free)

G_END_DECLS
