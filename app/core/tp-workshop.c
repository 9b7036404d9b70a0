/* tp-workshop.c — a workshop: the question explored and who explores it
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-core-enums.h"
#include "tp-workshop.h"

struct _TpWorkshop
{
  GObject parent_instance;

  gint64   id;
  char    *uuid;
  char    *title;
  char    *question;
  char    *date;
  char    *facilitator;
  gboolean anonymous;
  gboolean hide_votes;
  gboolean hide_authors;
  TpPhase  phase;
  char    *timer_presets;
  guint    n_ideas;
};

G_DEFINE_FINAL_TYPE (TpWorkshop, tp_workshop, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_TITLE,
  PROP_QUESTION,
  PROP_DATE,
  PROP_FACILITATOR,
  PROP_ANONYMOUS,
  PROP_N_IDEAS,
  PROP_HIDE_VOTES,
  PROP_HIDE_AUTHORS,
  PROP_PHASE,
  PROP_TIMER_PRESETS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *id;
  const char *label;
} phases[] = {
  [TP_PHASE_CAPTURE] = { "capture", N_("Capture") },
  [TP_PHASE_GROUP] = { "group", N_("Group") },
  [TP_PHASE_VOTE] = { "vote", N_("Vote") },
  [TP_PHASE_PRIORITISE] = { "prioritise", N_("Prioritise") },
  [TP_PHASE_WALK] = { "walk", N_("Walk") },
  [TP_PHASE_REVIEW] = { "review", N_("Review") },
};

static void
set_string (TpWorkshop  *self,
            char       **field,
            const GValue *value,
            guint         prop_id)
{
  const char *text = g_value_get_string (value);

  if (g_strcmp0 (*field, text) == 0)
    return;

  g_free (*field);
  *field = g_strdup (text ? text : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
tp_workshop_finalize (GObject *object)
{
  TpWorkshop *self = (TpWorkshop *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->question, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->facilitator, g_free);
  g_clear_pointer (&self->timer_presets, g_free);

  G_OBJECT_CLASS (tp_workshop_parent_class)->finalize (object);
}

static void
tp_workshop_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TpWorkshop *self = TP_WORKSHOP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_QUESTION:
      g_value_set_string (value, self->question);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_FACILITATOR:
      g_value_set_string (value, self->facilitator);
      break;
    case PROP_ANONYMOUS:
      g_value_set_boolean (value, self->anonymous);
      break;
    case PROP_N_IDEAS:
      g_value_set_uint (value, self->n_ideas);
      break;
    case PROP_HIDE_VOTES:
      g_value_set_boolean (value, self->hide_votes);
      break;
    case PROP_HIDE_AUTHORS:
      g_value_set_boolean (value, self->hide_authors);
      break;
    case PROP_PHASE:
      g_value_set_enum (value, self->phase);
      break;
    case PROP_TIMER_PRESETS:
      g_value_set_string (value, self->timer_presets);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_workshop_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TpWorkshop *self = TP_WORKSHOP (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_UUID:
      set_string (self, &self->uuid, value, prop_id);
      break;
    case PROP_TITLE:
      set_string (self, &self->title, value, prop_id);
      break;
    case PROP_QUESTION:
      set_string (self, &self->question, value, prop_id);
      break;
    case PROP_DATE:
      set_string (self, &self->date, value, prop_id);
      break;
    case PROP_FACILITATOR:
      set_string (self, &self->facilitator, value, prop_id);
      break;
    case PROP_ANONYMOUS:
      if (self->anonymous != g_value_get_boolean (value))
        {
          self->anonymous = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_HIDE_AUTHORS:
      if (self->hide_authors != g_value_get_boolean (value))
        {
          self->hide_authors = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_PHASE:
      if (self->phase != (TpPhase)g_value_get_enum (value))
        {
          self->phase = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_TIMER_PRESETS:
      set_string (self, &self->timer_presets, value, prop_id);
      break;
    case PROP_HIDE_VOTES:
      if (self->hide_votes != g_value_get_boolean (value))
        {
          self->hide_votes = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_N_IDEAS:
      if (self->n_ideas != g_value_get_uint (value))
        {
          self->n_ideas = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_workshop_class_init (TpWorkshopClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_workshop_finalize;
  object_class->get_property = tp_workshop_get_property;
  object_class->set_property = tp_workshop_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, "", flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_QUESTION] = g_param_spec_string ("question", NULL, NULL, "", flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "", flags);
  properties[PROP_FACILITATOR] = g_param_spec_string ("facilitator", NULL, NULL, "", flags);
  properties[PROP_ANONYMOUS] = g_param_spec_boolean ("anonymous", NULL, NULL, FALSE, flags);
  /* Dot-vote totals stay hidden until voting ends, so early dots do not
   * pull the later ones. */
  properties[PROP_HIDE_VOTES] = g_param_spec_boolean ("hide-votes", NULL, NULL, FALSE, flags);
  /* A display choice, apart from anonymous capture: the authors are
   * kept, only not shown to the room. */
  properties[PROP_HIDE_AUTHORS] = g_param_spec_boolean ("hide-authors", NULL, NULL, FALSE, flags);
  properties[PROP_PHASE] = g_param_spec_enum ("phase", NULL, NULL, TP_TYPE_PHASE, TP_PHASE_CAPTURE, flags);
  properties[PROP_TIMER_PRESETS] = g_param_spec_string ("timer-presets", NULL, NULL, "60,180,300,600", flags);
  properties[PROP_N_IDEAS] = g_param_spec_uint ("n-ideas", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_workshop_init (TpWorkshop *self)
{
  self->uuid = g_strdup ("");
  self->title = g_strdup ("");
  self->question = g_strdup ("");
  self->date = g_strdup ("");
  self->facilitator = g_strdup ("");
  self->timer_presets = g_strdup ("60,180,300,600");
}

gint64
tp_workshop_get_id (TpWorkshop *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP (self), 0);
  return self->id;
}

const char *
tp_workshop_get_uuid (TpWorkshop *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP (self), NULL);
  return self->uuid;
}

const char *
tp_workshop_get_title (TpWorkshop *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP (self), NULL);
  return self->title;
}

const char *
tp_workshop_get_question (TpWorkshop *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP (self), NULL);
  return self->question;
}

const char *
tp_workshop_get_date (TpWorkshop *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP (self), NULL);
  return self->date;
}

const char *
tp_workshop_get_facilitator (TpWorkshop *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP (self), NULL);
  return self->facilitator;
}

gboolean
tp_workshop_get_anonymous (TpWorkshop *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP (self), FALSE);
  return self->anonymous;
}

gboolean
tp_workshop_get_hide_votes (TpWorkshop *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP (self), FALSE);
  return self->hide_votes;
}

guint
tp_workshop_get_n_ideas (TpWorkshop *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP (self), 0);
  return self->n_ideas;
}

TpPhase
tp_workshop_get_phase (TpWorkshop *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP (self), TP_PHASE_CAPTURE);
  return self->phase;
}

gboolean
tp_workshop_get_hide_authors (TpWorkshop *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP (self), FALSE);
  return self->hide_authors;
}

/* Comma-separated lengths in seconds; see tp_timer_parse_presets(). */
const char *
tp_workshop_get_timer_presets (TpWorkshop *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP (self), NULL);
  return self->timer_presets;
}

const char *
tp_phase_to_string (TpPhase phase)
{
  g_return_val_if_fail (phase < G_N_ELEMENTS (phases), NULL);
  return phases[phase].id;
}

gboolean
tp_phase_from_string (const char *text,
                      TpPhase    *phase)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    if (g_ascii_strcasecmp (text, phases[i].id) == 0)
      {
        if (phase)
          *phase = i;
        return TRUE;
      }

  /* Spelled both ways in the rooms this is used in. */
  if (g_ascii_strcasecmp (text, "prioritize") == 0)
    {
      if (phase)
        *phase = TP_PHASE_PRIORITISE;
      return TRUE;
    }

  return FALSE;
}

const char *
tp_phase_get_label (TpPhase phase)
{
  g_return_val_if_fail (phase < G_N_ELEMENTS (phases), NULL);
  return _(phases[phase].label);
}
