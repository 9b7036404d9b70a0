/* tp-csv-import.h — a CSV file read, its columns mapped, ready to import
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tp-csv.h"
#include "tp-idea.h"
#include "tp-store.h"

G_BEGIN_DECLS

/* What a column of the file gives each idea. Title, details, author,
 * votes, status and each score come from one column at most; any number
 * of columns may give tags. */
typedef enum
{
  TP_CSV_COLUMN_IGNORE,
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
} TpCsvColumn;

#define TP_CSV_N_COLUMN_KINDS (TP_CSV_COLUMN_MOSCOW + 1)

/* The most votes one row may bring. */
#define TP_CSV_VOTES_MAX 999

/* One row, checked and ready to store. The strings live in the idea's
 * block or, for details, in the import's text: keep the import as long
 * as the idea. */
typedef struct
{
  guint               line;
  const char         *title;
  const char         *details;
  const char         *author;    /* NULL when none */
  const char * const *tags;      /* never NULL */
  guint               n_tags;
  guint               votes;
  TpIdeaStatus        status;    /* never done: see tp_csv_import_get_n_demoted() */
  gboolean            demoted;   /* the file said done */
  TpScores            scores;
  gpointer            block;     /* private */
} TpCsvIdea;

void         tp_csv_idea_clear            (TpCsvIdea    *idea);

#define TP_TYPE_CSV_IMPORT (tp_csv_import_get_type ())

G_DECLARE_FINAL_TYPE (TpCsvImport, tp_csv_import, TP, CSV_IMPORT, GObject)

TpCsvImport   *tp_csv_import_new           (GBytes        *contents,
                                            GError       **error);
TpCsvImport   *tp_csv_import_new_for_file  (GFile         *file,
                                            GCancellable  *cancellable,
                                            GError       **error);

/* Windows-1252 means the file was not UTF-8: tell the user. */
TpCsvEncoding  tp_csv_import_get_encoding  (TpCsvImport   *self);
char           tp_csv_import_get_delimiter (TpCsvImport   *self);

guint          tp_csv_import_get_n_columns (TpCsvImport   *self);
const char    *tp_csv_import_get_header    (TpCsvImport   *self,
                                            guint          column);
TpCsvColumn    tp_csv_import_get_column    (TpCsvImport   *self,
                                            guint          column);
/* Giving a one-column kind to @column takes it from any other column. */
void           tp_csv_import_set_column    (TpCsvImport   *self,
                                            guint          column,
                                            TpCsvColumn    kind);
const char    *tp_csv_column_get_label     (TpCsvColumn    kind);

/* Data rows, blank ones left out, for the preview and the importer. */
guint          tp_csv_import_get_n_rows    (TpCsvImport   *self);
guint          tp_csv_import_get_line      (TpCsvImport   *self,
                                            guint          row);
const char    *tp_csv_import_get_field     (TpCsvImport   *self,
                                            guint          row,
                                            guint          column);

gboolean       tp_csv_import_check_columns (TpCsvImport   *self,
                                            GError       **error);
gboolean       tp_csv_import_read_idea     (TpCsvImport   *self,
                                            guint          row,
                                            TpCsvIdea     *idea,
                                            GError       **error);
/* Checks every row as the import would, writing nothing. */
gboolean       tp_csv_import_check         (TpCsvImport   *self,
                                            GError       **error);
/* Rows whose status was done, after a check or an import: the done gate
 * needs walks that a file cannot bring, so they come in as in progress. */
guint          tp_csv_import_get_n_demoted (TpCsvImport   *self);

/* tp-store-import.c: every row or none, in one transaction. Votes go to a
 * participant called "Imported"; see the file for the details. */
gboolean       tp_store_import_csv         (TpStore       *store,
                                            TpWorkshop    *workshop,
                                            TpCsvImport   *import,
                                            guint         *n_imported,
                                            GError       **error);

G_END_DECLS
