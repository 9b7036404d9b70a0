/* fuzz-csv.c — libFuzzer target for the CSV reader and the import check
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tp-csv-import.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TpCsvImport) import = tp_csv_import_new (bytes, &error);

  if (import == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }

  /* Every field read is text the rest of the app can show. */
  for (guint row = 0; row < tp_csv_import_get_n_rows (import) && row < 64; row++)
    for (guint column = 0; column < tp_csv_import_get_n_columns (import); column++)
      g_assert (g_utf8_validate (tp_csv_import_get_field (import, row, column), -1, NULL));

  if (!tp_csv_import_check (import, &error))
    g_assert (error != NULL);

  return 0;
}
