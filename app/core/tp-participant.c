/* tp-participant.c — someone in the workshop, with a budget of votes
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tp-participant.h"

struct _TpParticipant
{
  GObject parent_instance;

  gint64   id;
  gint64   workshop_id;
  char *   uuid;
  char *   name;
  guint    budget;
  guint    used;
};

G_DEFINE_FINAL_TYPE (TpParticipant, tp_participant, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_WORKSHOP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_BUDGET,
  PROP_USED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tp_participant_finalize (GObject *object)
{
  TpParticipant *self = (TpParticipant *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (tp_participant_parent_class)->finalize (object);
}

static void
tp_participant_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TpParticipant *self = TP_PARTICIPANT (object);

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
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_BUDGET:
      g_value_set_uint (value, self->budget);
      break;
    case PROP_USED:
      g_value_set_uint (value, self->used);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_participant_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TpParticipant *self = TP_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ID:
      if (self->id != g_value_get_int64 (value))
        {
          self->id = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_WORKSHOP_ID:
      if (self->workshop_id != g_value_get_int64 (value))
        {
          self->workshop_id = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_UUID:
      if (g_strcmp0 (self->uuid, g_value_get_string (value)) != 0)
        {
          g_free (self->uuid);
          self->uuid = g_value_dup_string (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_NAME:
      if (g_strcmp0 (self->name, g_value_get_string (value)) != 0)
        {
          g_free (self->name);
          self->name = g_value_dup_string (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_BUDGET:
      if (self->budget != g_value_get_uint (value))
        {
          self->budget = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_USED:
      if (self->used != g_value_get_uint (value))
        {
          self->used = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_participant_class_init (TpParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_participant_finalize;
  object_class->get_property = tp_participant_get_property;
  object_class->set_property = tp_participant_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_WORKSHOP_ID] =
    g_param_spec_int64 ("workshop-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_BUDGET] =
    g_param_spec_uint ("budget", NULL, NULL, 0, 99, 3, flags);
  properties[PROP_USED] =
    g_param_spec_uint ("used", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_participant_init (TpParticipant *self)
{
}

gint64
tp_participant_get_id (TpParticipant *self)
{
  g_return_val_if_fail (TP_IS_PARTICIPANT (self), 0);
  return self->id;
}

gint64
tp_participant_get_workshop_id (TpParticipant *self)
{
  g_return_val_if_fail (TP_IS_PARTICIPANT (self), 0);
  return self->workshop_id;
}

const char *
tp_participant_get_uuid (TpParticipant *self)
{
  g_return_val_if_fail (TP_IS_PARTICIPANT (self), NULL);
  return self->uuid;
}

const char *
tp_participant_get_name (TpParticipant *self)
{
  g_return_val_if_fail (TP_IS_PARTICIPANT (self), NULL);
  return self->name;
}

guint
tp_participant_get_budget (TpParticipant *self)
{
  g_return_val_if_fail (TP_IS_PARTICIPANT (self), 0);
  return self->budget;
}

guint
tp_participant_get_used (TpParticipant *self)
{
  g_return_val_if_fail (TP_IS_PARTICIPANT (self), 0);
  return self->used;
}

guint
tp_participant_get_left (TpParticipant *self)
{
  g_return_val_if_fail (TP_IS_PARTICIPANT (self), 0);
  return self->budget > self->used ? self->budget - self->used : 0;
}
