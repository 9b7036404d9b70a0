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

/* How many tags a row shows as chips; the rest are counted on one more
 * chip, so that a row stays one line high and narrow windows usable. */
#define TP_TAG_CHIPS_MAX 3

/* A row's chips, kept for the next idea the row shows. */
typedef struct
{
  GtkWidget *chip[TP_TAG_CHIPS_MAX + 1];   /* the last is the count */
} TpTagChips;

void       tp_tag_chips_show (TpTagChips         *chips,
                              GtkWidget          *parent,
                              GtkWidget          *next_sibling,
                              TpStore            *store,
                              TpWorkshop         *workshop,
                              const char * const *tags);

G_END_DECLS
