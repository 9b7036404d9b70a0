/* tp-tag.h — a tag of a workshop, with its colour
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TP_TYPE_TAG (tp_tag_get_type ())

G_DECLARE_FINAL_TYPE (TpTag, tp_tag, TP, TAG, GObject)

gint64              tp_tag_get_id          (TpTag *self);
gint64              tp_tag_get_workshop_id (TpTag *self);
const char         *tp_tag_get_name        (TpTag *self);
const char         *tp_tag_get_colour      (TpTag *self);
guint               tp_tag_get_n_ideas     (TpTag *self);

/* The colours a tag can take: names from the GNOME palette. */
const char * const *tp_tag_get_colours     (void);
gboolean            tp_tag_is_colour       (const char *colour);
const char         *tp_tag_pick_colour     (const char *key);

G_END_DECLS
