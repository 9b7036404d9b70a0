/* tp-workshop.h — a workshop: the question explored and who explores it
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TP_TYPE_WORKSHOP (tp_workshop_get_type ())

G_DECLARE_FINAL_TYPE (TpWorkshop, tp_workshop, TP, WORKSHOP, GObject)

/* Workshops are created and changed through TpStore, which keeps these
 * objects in step with the database; the properties are for reading and
 * binding. */
gint64      tp_workshop_get_id          (TpWorkshop *self);
const char *tp_workshop_get_uuid        (TpWorkshop *self);
const char *tp_workshop_get_title       (TpWorkshop *self);
const char *tp_workshop_get_question    (TpWorkshop *self);
const char *tp_workshop_get_date        (TpWorkshop *self);
const char *tp_workshop_get_facilitator (TpWorkshop *self);
gboolean    tp_workshop_get_anonymous   (TpWorkshop *self);
gboolean    tp_workshop_get_hide_votes  (TpWorkshop *self);
guint       tp_workshop_get_n_ideas     (TpWorkshop *self);

G_END_DECLS
