/* tp-idea.c — one idea captured in a workshop
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-core-enums.h"
#include "tp-idea.h"

struct _TpIdea
{
  GObject parent_instance;

  gint64        id;
  gint64        workshop_id;
  char         *uuid;
  char         *title;
  char         *details;
  char         *author;
  GStrv         tags;
  TpIdeaStatus  status;
  char         *created_at;
  char         *updated_at;
  gint64        journey_revision;
  TpVerdict     verdict;
  guint         blocked_at;
  guint         votes;
  int           rank;
  TpScores      scores;
  gint64        cluster_id;
  char         *search_key;
};

G_DEFINE_FINAL_TYPE (TpIdea, tp_idea, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_WORKSHOP_ID,
  PROP_UUID,
  PROP_TITLE,
  PROP_DETAILS,
  PROP_AUTHOR,
  PROP_TAGS,
  PROP_STATUS,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_JOURNEY_REVISION,
  PROP_VERDICT,
  PROP_BLOCKED_AT,
  PROP_VOTES,
  PROP_RANK,
  PROP_IMPACT,
  PROP_EFFORT,
  PROP_RICE_REACH,
  PROP_RICE_IMPACT,
  PROP_RICE_CONFIDENCE,
  PROP_RICE_EFFORT,
  PROP_MOSCOW,
  PROP_RICE_SCORE,
  PROP_QUADRANT,
  PROP_CLUSTER_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *id;
  const char *label;
} statuses[] = {
  [TP_IDEA_STATUS_NEW] = { "new", N_("New") },
  [TP_IDEA_STATUS_SHORTLISTED] = { "shortlisted", N_("Shortlisted") },
  [TP_IDEA_STATUS_IN_PROGRESS] = { "in-progress", N_("In Progress") },
  [TP_IDEA_STATUS_DONE] = { "done", N_("Done") },
  [TP_IDEA_STATUS_PARKED] = { "parked", N_("Parked") },
};

static const struct {
  const char *id;
  const char *label;
} moscows[] = {
  [TP_MOSCOW_NONE] = { "none", N_("Not Sorted") },
  [TP_MOSCOW_MUST] = { "must", N_("Must Have") },
  [TP_MOSCOW_SHOULD] = { "should", N_("Should Have") },
  [TP_MOSCOW_COULD] = { "could", N_("Could Have") },
  [TP_MOSCOW_WONT] = { "wont", N_("Won’t Have") },
};

static const struct {
  const char *id;
  const char *label;
} quadrants[] = {
  [TP_QUADRANT_NONE] = { "unscored", N_("Not Scored") },
  [TP_QUADRANT_QUICK_WIN] = { "quick-win", N_("Quick Win") },
  [TP_QUADRANT_BIG_BET] = { "big-bet", N_("Big Bet") },
  [TP_QUADRANT_FILL_IN] = { "fill-in", N_("Fill-In") },
  [TP_QUADRANT_MONEY_PIT] = { "money-pit", N_("Money Pit") },
};

/* A change to any of these may change what a text filter matches. */
static gboolean
affects_search (guint prop_id)
{
  return prop_id == PROP_TITLE || prop_id == PROP_DETAILS ||
         prop_id == PROP_AUTHOR || prop_id == PROP_TAGS;
}

static void
set_string (TpIdea       *self,
            char        **field,
            const GValue *value,
            guint         prop_id)
{
  const char *text = g_value_get_string (value);

  if (g_strcmp0 (*field, text) == 0)
    return;

  g_free (*field);
  *field = g_strdup (text);
  if (affects_search (prop_id))
    g_clear_pointer (&self->search_key, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_uint (TpIdea       *self,
          guint        *field,
          const GValue *value,
          guint         prop_id)
{
  TpQuadrant quadrant = tp_idea_get_quadrant (self);

  if (*field == g_value_get_uint (value))
    return;

  *field = g_value_get_uint (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  if (quadrant != tp_idea_get_quadrant (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUADRANT]);
}

static void
set_rice (TpIdea       *self,
          double       *field,
          double        value,
          guint         prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RICE_SCORE]);
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);

  return g_strv_equal (a, b);
}

static void
tp_idea_finalize (GObject *object)
{
  TpIdea *self = (TpIdea *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->details, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->updated_at, g_free);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (tp_idea_parent_class)->finalize (object);
}

static void
tp_idea_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TpIdea *self = TP_IDEA (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_WORKSHOP_ID:
      g_value_set_int64 (value, self->workshop_id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DETAILS:
      g_value_set_string (value, self->details);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, self->updated_at);
      break;
    case PROP_JOURNEY_REVISION:
      g_value_set_int64 (value, self->journey_revision);
      break;
    case PROP_VERDICT:
      g_value_set_enum (value, self->verdict);
      break;
    case PROP_BLOCKED_AT:
      g_value_set_uint (value, self->blocked_at);
      break;
    case PROP_VOTES:
      g_value_set_uint (value, self->votes);
      break;
    case PROP_RANK:
      g_value_set_int (value, self->rank);
      break;
    case PROP_IMPACT:
      g_value_set_uint (value, self->scores.impact);
      break;
    case PROP_EFFORT:
      g_value_set_uint (value, self->scores.effort);
      break;
    case PROP_RICE_REACH:
      g_value_set_double (value, self->scores.rice_reach);
      break;
    case PROP_RICE_IMPACT:
      g_value_set_double (value, self->scores.rice_impact);
      break;
    case PROP_RICE_CONFIDENCE:
      g_value_set_int (value, self->scores.rice_confidence);
      break;
    case PROP_RICE_EFFORT:
      g_value_set_double (value, self->scores.rice_effort);
      break;
    case PROP_MOSCOW:
      g_value_set_enum (value, self->scores.moscow);
      break;
    case PROP_RICE_SCORE:
      g_value_set_double (value, tp_idea_get_rice_score (self));
      break;
    case PROP_QUADRANT:
      g_value_set_enum (value, tp_idea_get_quadrant (self));
      break;
    case PROP_CLUSTER_ID:
      g_value_set_int64 (value, self->cluster_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_idea_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  TpIdea *self = TP_IDEA (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_WORKSHOP_ID:
      self->workshop_id = g_value_get_int64 (value);
      break;
    case PROP_UUID:
      set_string (self, &self->uuid, value, prop_id);
      break;
    case PROP_TITLE:
      set_string (self, &self->title, value, prop_id);
      break;
    case PROP_DETAILS:
      set_string (self, &self->details, value, prop_id);
      break;
    case PROP_AUTHOR:
      set_string (self, &self->author, value, prop_id);
      break;
    case PROP_TAGS:
      {
        const char * const *tags = g_value_get_boxed (value);

        if (!strv_equal ((const char * const *)self->tags, tags))
          {
            g_strfreev (self->tags);
            self->tags = tags ? g_strdupv ((char **)tags) : g_new0 (char *, 1);
            g_clear_pointer (&self->search_key, g_free);
            g_object_notify_by_pspec (object, pspec);
          }
      }
      break;
    case PROP_STATUS:
      if (self->status != (TpIdeaStatus)g_value_get_enum (value))
        {
          self->status = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_CREATED_AT:
      set_string (self, &self->created_at, value, prop_id);
      break;
    case PROP_UPDATED_AT:
      set_string (self, &self->updated_at, value, prop_id);
      break;
    case PROP_JOURNEY_REVISION:
      if (self->journey_revision != g_value_get_int64 (value))
        {
          self->journey_revision = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VERDICT:
      if (self->verdict != (TpVerdict)g_value_get_enum (value))
        {
          self->verdict = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_BLOCKED_AT:
      if (self->blocked_at != g_value_get_uint (value))
        {
          self->blocked_at = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VOTES:
      if (self->votes != g_value_get_uint (value))
        {
          self->votes = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_RANK:
      if (self->rank != g_value_get_int (value))
        {
          self->rank = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_IMPACT:
      set_uint (self, &self->scores.impact, value, prop_id);
      break;
    case PROP_EFFORT:
      set_uint (self, &self->scores.effort, value, prop_id);
      break;
    case PROP_RICE_REACH:
      set_rice (self, &self->scores.rice_reach, g_value_get_double (value), prop_id);
      break;
    case PROP_RICE_IMPACT:
      set_rice (self, &self->scores.rice_impact, g_value_get_double (value), prop_id);
      break;
    case PROP_RICE_CONFIDENCE:
      if (self->scores.rice_confidence != g_value_get_int (value))
        {
          self->scores.rice_confidence = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
          g_object_notify_by_pspec (object, properties[PROP_RICE_SCORE]);
        }
      break;
    case PROP_RICE_EFFORT:
      set_rice (self, &self->scores.rice_effort, g_value_get_double (value), prop_id);
      break;
    case PROP_CLUSTER_ID:
      if (self->cluster_id != g_value_get_int64 (value))
        {
          self->cluster_id = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_MOSCOW:
      if (self->scores.moscow != (TpMoscow)g_value_get_enum (value))
        {
          self->scores.moscow = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void tp_idea_constructed (GObject *object);

static void
tp_idea_class_init (TpIdeaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags construct_only = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = tp_idea_constructed;
  object_class->finalize = tp_idea_finalize;
  object_class->get_property = tp_idea_get_property;
  object_class->set_property = tp_idea_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, construct_only);
  properties[PROP_WORKSHOP_ID] = g_param_spec_int64 ("workshop-id", NULL, NULL, 0, G_MAXINT64, 0, construct_only);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  /* Set before constructed(), which builds the search key from them. */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags | G_PARAM_CONSTRUCT);
  properties[PROP_DETAILS] = g_param_spec_string ("details", NULL, NULL, "", flags | G_PARAM_CONSTRUCT);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, flags | G_PARAM_CONSTRUCT);
  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, flags | G_PARAM_CONSTRUCT);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, TP_TYPE_IDEA_STATUS,
                                               TP_IDEA_STATUS_NEW, flags);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, flags);
  properties[PROP_UPDATED_AT] = g_param_spec_string ("updated-at", NULL, NULL, NULL, flags);

  properties[PROP_JOURNEY_REVISION] =
    g_param_spec_int64 ("journey-revision", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* Kept up to date by the store whenever a walk, the journey or a
   * persona changes, so rows can show it without asking. */
  properties[PROP_VERDICT] = g_param_spec_enum ("verdict", NULL, NULL, TP_TYPE_VERDICT,
                                                TP_VERDICT_NOT_WALKED, flags);
  properties[PROP_BLOCKED_AT] = g_param_spec_uint ("blocked-at", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_VOTES] = g_param_spec_uint ("votes", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_RANK] = g_param_spec_int ("rank", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_IMPACT] = g_param_spec_uint ("impact", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_EFFORT] = g_param_spec_uint ("effort", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_RICE_REACH] = g_param_spec_double ("rice-reach", NULL, NULL, -1, G_MAXDOUBLE, -1, flags);
  properties[PROP_RICE_IMPACT] = g_param_spec_double ("rice-impact", NULL, NULL, -1, 3, -1, flags);
  properties[PROP_RICE_CONFIDENCE] = g_param_spec_int ("rice-confidence", NULL, NULL, -1, 100, -1, flags);
  properties[PROP_RICE_EFFORT] = g_param_spec_double ("rice-effort", NULL, NULL, -1, G_MAXDOUBLE, -1, flags);
  properties[PROP_MOSCOW] = g_param_spec_enum ("moscow", NULL, NULL, TP_TYPE_MOSCOW, TP_MOSCOW_NONE, flags);
  properties[PROP_RICE_SCORE] = g_param_spec_double ("rice-score", NULL, NULL, -1, G_MAXDOUBLE, -1,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* 0 while the idea is in no cluster. */
  properties[PROP_CLUSTER_ID] = g_param_spec_int64 ("cluster-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_QUADRANT] = g_param_spec_enum ("quadrant", NULL, NULL, TP_TYPE_QUADRANT, TP_QUADRANT_NONE,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_idea_init (TpIdea *self)
{
  self->details = g_strdup ("");
  self->tags = g_new0 (char *, 1);
  self->scores = (TpScores) TP_SCORES_INIT;
}

gint64
tp_idea_get_id (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), 0);
  return self->id;
}

gint64
tp_idea_get_workshop_id (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), 0);
  return self->workshop_id;
}

const char *
tp_idea_get_uuid (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), NULL);
  return self->uuid;
}

const char *
tp_idea_get_title (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), NULL);
  return self->title;
}

const char *
tp_idea_get_details (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), NULL);
  return self->details;
}

/* NULL when the idea is anonymous. */
const char *
tp_idea_get_author (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), NULL);
  return self->author;
}

const char * const *
tp_idea_get_tags (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), NULL);
  return (const char * const *)self->tags;
}

TpIdeaStatus
tp_idea_get_status (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), TP_IDEA_STATUS_NEW);
  return self->status;
}

const char *
tp_idea_get_created_at (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), NULL);
  return self->created_at;
}

const char *
tp_idea_get_updated_at (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), NULL);
  return self->updated_at;
}

gint64
tp_idea_get_journey_revision (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), 0);
  return self->journey_revision;
}

TpVerdict
tp_idea_get_verdict (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), TP_VERDICT_NOT_WALKED);
  return self->verdict;
}

/* The step where the customer dropped out, when the verdict is blocked. */
guint
tp_idea_get_blocked_at (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), 0);
  return self->blocked_at;
}

gint64
tp_idea_get_cluster_id (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), 0);
  return self->cluster_id;
}

guint
tp_idea_get_votes (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), 0);
  return self->votes;
}

/* Position in the team's manual order, from 0. */
int
tp_idea_get_rank (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), 0);
  return self->rank;
}

void
tp_idea_get_scores (TpIdea   *self,
                    TpScores *scores)
{
  g_return_if_fail (TP_IS_IDEA (self));
  g_return_if_fail (scores != NULL);

  *scores = self->scores;
}

/**
 * tp_idea_get_rice_score:
 *
 * Returns: reach × impact × confidence ÷ effort, or -1 until every part
 *   is scored
 */
double
tp_idea_get_rice_score (TpIdea *self)
{
  const TpScores *s;

  g_return_val_if_fail (TP_IS_IDEA (self), -1);

  s = &self->scores;
  if (s->rice_reach < 0 || s->rice_impact <= 0 || s->rice_confidence < 0 || s->rice_effort <= 0)
    return -1;

  return s->rice_reach * s->rice_impact * (s->rice_confidence / 100.0) / s->rice_effort;
}

TpQuadrant
tp_quadrant_for (guint impact,
                 guint effort)
{
  if (impact == 0 || effort == 0)
    return TP_QUADRANT_NONE;

  if (impact >= TP_SCORE_HIGH)
    return effort >= TP_SCORE_HIGH ? TP_QUADRANT_BIG_BET : TP_QUADRANT_QUICK_WIN;

  return effort >= TP_SCORE_HIGH ? TP_QUADRANT_MONEY_PIT : TP_QUADRANT_FILL_IN;
}

TpQuadrant
tp_idea_get_quadrant (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), TP_QUADRANT_NONE);
  return tp_quadrant_for (self->scores.impact, self->scores.effort);
}

static char *
make_search_key (TpIdea *self)
{
  g_autoptr(GString) text = g_string_new (self->title);
  gboolean ascii = TRUE;

  g_string_append_c (text, '\n');
  g_string_append (text, self->details ? self->details : "");
  g_string_append_c (text, '\n');
  g_string_append (text, self->author ? self->author : "");
  for (guint i = 0; self->tags[i]; i++)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, self->tags[i]);
    }

  for (gsize i = 0; i < text->len && ascii; i++)
    ascii = (guchar)text->str[i] < 0x80;

  /* Most sticky notes are plain ASCII, which folds far faster bytewise. */
  if (ascii)
    return g_ascii_strdown (text->str, text->len);

  return g_utf8_casefold (text->str, text->len);
}

static void
tp_idea_constructed (GObject *object)
{
  TpIdea *self = (TpIdea *)object;

  G_OBJECT_CLASS (tp_idea_parent_class)->constructed (object);

  /* Built with the idea rather than on the first keystroke of a search,
   * so that keystroke is as quick as the next. */
  self->search_key = make_search_key (self);
}

/**
 * tp_idea_get_search_key:
 *
 * Returns: the title, details, author and tags, case-folded, for text
 *   filters to match against without folding on every keystroke
 */
const char *
tp_idea_get_search_key (TpIdea *self)
{
  g_return_val_if_fail (TP_IS_IDEA (self), NULL);

  if (self->search_key == NULL)
    self->search_key = make_search_key (self);

  return self->search_key;
}

const char *
tp_moscow_to_string (TpMoscow moscow)
{
  g_return_val_if_fail (moscow < G_N_ELEMENTS (moscows), NULL);
  return moscows[moscow].id;
}

gboolean
tp_moscow_from_string (const char *text,
                       TpMoscow   *moscow)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (moscows); i++)
    if (g_ascii_strcasecmp (text, moscows[i].id) == 0)
      {
        if (moscow)
          *moscow = i;
        return TRUE;
      }

  /* What people type for "won't". */
  if (g_ascii_strcasecmp (text, "won't") == 0 || g_ascii_strcasecmp (text, "won’t") == 0)
    {
      if (moscow)
        *moscow = TP_MOSCOW_WONT;
      return TRUE;
    }

  return FALSE;
}

const char *
tp_moscow_get_label (TpMoscow moscow)
{
  g_return_val_if_fail (moscow < G_N_ELEMENTS (moscows), NULL);
  return _(moscows[moscow].label);
}

const char *
tp_quadrant_to_string (TpQuadrant quadrant)
{
  g_return_val_if_fail (quadrant < G_N_ELEMENTS (quadrants), NULL);
  return quadrants[quadrant].id;
}

const char *
tp_quadrant_get_label (TpQuadrant quadrant)
{
  g_return_val_if_fail (quadrant < G_N_ELEMENTS (quadrants), NULL);
  return _(quadrants[quadrant].label);
}

const char *
tp_idea_status_to_string (TpIdeaStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (statuses), NULL);
  return statuses[status].id;
}

gboolean
tp_idea_status_from_string (const char   *text,
                            TpIdeaStatus *status)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      if (g_ascii_strcasecmp (text, statuses[i].id) == 0)
        {
          if (status)
            *status = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
tp_idea_status_get_label (TpIdeaStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (statuses), NULL);
  return _(statuses[status].label);
}
