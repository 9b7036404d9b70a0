/* tp-workshop.c — a workshop: the question explored and who explores it
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
