/* tp-tag-chip.h — a tag's name on a chip, in the colour the workshop gave the tag
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tp-store.h"

G_BEGIN_DECLS

/* A label styled as a chip: ".tag-chip", and ".tag-<colour>" for a tag's
 * colour (see style.css). Without a tag it shows any short text, such
 * as the count of the tags a row has no room for. */
GtkWidget *tp_tag_chip_new  (void);

/* Shows the tag @name of @workshop on @chip, in the tag's colour; the
 * chip follows the tag when it is recoloured or renamed later. */
void       tp_tag_chip_show (GtkWidget  *chip,
                             TpStore    *store,
                             TpWorkshop *workshop,
                             const char *name);

G_END_DECLS
