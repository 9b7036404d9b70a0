/* tp-idea.h — one idea captured in a workshop
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tp-walk.h"

G_BEGIN_DECLS

#define TP_IDEA_TITLE_MAX 200

typedef enum
{
  TP_IDEA_STATUS_NEW,
  TP_IDEA_STATUS_SHORTLISTED,
  TP_IDEA_STATUS_IN_PROGRESS,
  TP_IDEA_STATUS_DONE,
  TP_IDEA_STATUS_PARKED,
} TpIdeaStatus;

#define TP_TYPE_IDEA (tp_idea_get_type ())

G_DECLARE_FINAL_TYPE (TpIdea, tp_idea, TP, IDEA, GObject)

/* Ideas are created and changed through TpStore; the properties are for
 * reading and binding. */
gint64              tp_idea_get_id          (TpIdea *self);
gint64              tp_idea_get_workshop_id (TpIdea *self);
const char         *tp_idea_get_uuid        (TpIdea *self);
const char         *tp_idea_get_title       (TpIdea *self);
const char         *tp_idea_get_details     (TpIdea *self);
const char         *tp_idea_get_author      (TpIdea *self);
const char * const *tp_idea_get_tags        (TpIdea *self);
TpIdeaStatus        tp_idea_get_status      (TpIdea *self);
const char         *tp_idea_get_created_at  (TpIdea *self);
const char         *tp_idea_get_updated_at  (TpIdea *self);
gint64              tp_idea_get_journey_revision (TpIdea *self);
TpVerdict           tp_idea_get_verdict     (TpIdea *self);
guint               tp_idea_get_blocked_at  (TpIdea *self);

const char         *tp_idea_status_to_string   (TpIdeaStatus  status);
gboolean            tp_idea_status_from_string (const char   *text,
                                                TpIdeaStatus *status);
const char         *tp_idea_status_get_label   (TpIdeaStatus  status);

G_END_DECLS
