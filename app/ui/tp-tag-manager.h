/* tp-tag-manager.h — the window that renames, recolours and deletes a workshop's tags
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tp-store.h"

G_BEGIN_DECLS

#define TP_TYPE_TAG_MANAGER (tp_tag_manager_get_type ())

G_DECLARE_FINAL_TYPE (TpTagManager, tp_tag_manager, TP, TAG_MANAGER, AdwWindow)

/* Set it transient for the main window and present it. */
GtkWidget  *tp_tag_manager_new          (TpStore      *store,
                                         TpWorkshop   *workshop);
TpWorkshop *tp_tag_manager_get_workshop (TpTagManager *self);

G_END_DECLS
