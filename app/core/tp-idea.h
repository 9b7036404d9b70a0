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

typedef enum
{
  TP_MOSCOW_NONE,
  TP_MOSCOW_MUST,
  TP_MOSCOW_SHOULD,
  TP_MOSCOW_COULD,
  TP_MOSCOW_WONT,
} TpMoscow;

typedef enum
{
  TP_QUADRANT_NONE,
  TP_QUADRANT_QUICK_WIN,
  TP_QUADRANT_BIG_BET,
  TP_QUADRANT_FILL_IN,
  TP_QUADRANT_MONEY_PIT,
} TpQuadrant;

/* Impact and effort of 3 or more count as high. */
#define TP_SCORE_HIGH 3

/* Unset scores: impact and effort 0, RICE parts negative, MoSCoW none. */
typedef struct
{
  guint    impact;
  guint    effort;
  double   rice_reach;
  double   rice_impact;
  int      rice_confidence;
  double   rice_effort;
  TpMoscow moscow;
} TpScores;

#define TP_SCORES_INIT { 0, 0, -1, -1, -1, -1, TP_MOSCOW_NONE }

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

guint               tp_idea_get_votes       (TpIdea *self);
gint64              tp_idea_get_cluster_id  (TpIdea *self);
int                 tp_idea_get_rank        (TpIdea *self);
void                tp_idea_get_scores      (TpIdea   *self,
                                             TpScores *scores);
double              tp_idea_get_rice_score  (TpIdea *self);
TpQuadrant          tp_idea_get_quadrant    (TpIdea *self);
const char         *tp_idea_get_search_key  (TpIdea *self);

const char         *tp_idea_status_to_string   (TpIdeaStatus  status);
gboolean            tp_idea_status_from_string (const char   *text,
                                                TpIdeaStatus *status);
const char         *tp_idea_status_get_label   (TpIdeaStatus  status);
const char         *tp_moscow_to_string        (TpMoscow      moscow);
gboolean            tp_moscow_from_string      (const char   *text,
                                                TpMoscow     *moscow);
const char         *tp_moscow_get_label        (TpMoscow      moscow);
const char         *tp_quadrant_to_string      (TpQuadrant    quadrant);
const char         *tp_quadrant_get_label      (TpQuadrant    quadrant);
TpQuadrant          tp_quadrant_for            (guint         impact,
                                                guint         effort);

G_END_DECLS
