/* tp-workshop-row.h — one workshop in the sidebar: title, date, idea count
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tp-workshop.h"

G_BEGIN_DECLS

#define TP_TYPE_WORKSHOP_ROW (tp_workshop_row_get_type ())

G_DECLARE_FINAL_TYPE (TpWorkshopRow, tp_workshop_row, TP, WORKSHOP_ROW, GtkWidget)

TpWorkshopRow *tp_workshop_row_new          (void);
TpWorkshop    *tp_workshop_row_get_workshop (TpWorkshopRow *self);
void           tp_workshop_row_set_workshop (TpWorkshopRow *self,
                                             TpWorkshop    *workshop);

char          *tp_format_workshop_date      (const char    *date);

G_END_DECLS
