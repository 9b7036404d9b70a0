/* tp-import-dialog.h — the preview that brings a CSV file's ideas into a workshop
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tp-csv-import.h"
#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_IMPORT_DIALOG (tp_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TpImportDialog, tp_import_dialog, TP, IMPORT_DIALOG, AdwWindow)

/* Set it transient for the main window and present it; it reads @file
 * in a thread and emits "imported" with the number of ideas once they
 * are in the store. */
GtkWidget   *tp_import_dialog_new        (TpStore        *store,
                                          TpWorkshop     *workshop,
                                          GFile          *file);
/* NULL while the file is read, and when it cannot be imported. */
TpCsvImport *tp_import_dialog_get_import (TpImportDialog *self);

/* Merges a .touchpoint file into @store, telling the user in a dialog
 * over @parent what they should know, or what went wrong (then NULL). */
TpWorkshop  *tp_import_workshop_file     (GtkWindow      *parent,
                                          TpStore        *store,
                                          GFile          *file);

G_END_DECLS
