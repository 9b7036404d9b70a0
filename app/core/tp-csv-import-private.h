/* tp-csv-import-private.h — what tp-csv-import.c and tp-csv-row.c share
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-csv-import.h"

G_BEGIN_DECLS

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

void        tp_csv_import_set_cell_error (TpCsvImport  *self,
                                          GError      **error,
                                          guint         line,
                                          guint         column,
                                          const char   *message);
const char *tp_csv_unneutralise          (const char   *cell);

G_END_DECLS
