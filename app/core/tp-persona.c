/* tp-persona.c — a simulated customer and the traits the simulator reads
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-core-enums.h"
#include "tp-persona.h"

struct _TpPersona
{
  GObject         parent_instance;

  gint64          id;
  gint64          workshop_id;
  gint64          revision;
  char           *uuid;
  char           *name;
  char           *summary;
  TpChannel       channels;
  TpLevel         digital_confidence;
  TpLevel         patience;
  TpRelationship  relationship;
  guint           needs_time_to_decide : 1;
};

G_DEFINE_FINAL_TYPE (TpPersona, tp_persona, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_WORKSHOP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_CHANNELS,
  PROP_DIGITAL_CONFIDENCE,
  PROP_NEEDS_TIME_TO_DECIDE,
  PROP_PATIENCE,
  PROP_RELATIONSHIP,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (TpPersona   *self,
            char       **field,
            const char  *value,
            guint        prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_int64 (TpPersona *self,
           gint64    *field,
           gint64     value,
           guint      prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

#define SET_FIELD(self, field, value, prop_id)                               \
  G_STMT_START {                                                             \
    if ((self)->field != (value))                                            \
      {                                                                      \
        (self)->field = (value);                                             \
        g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);     \
      }                                                                      \
  } G_STMT_END

static void
tp_persona_finalize (GObject *object)
{
  TpPersona *self = (TpPersona *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (tp_persona_parent_class)->finalize (object);
}

static void
tp_persona_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TpPersona *self = TP_PERSONA (object);

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

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_CHANNELS:
      g_value_set_flags (value, self->channels);
      break;

    case PROP_DIGITAL_CONFIDENCE:
      g_value_set_enum (value, self->digital_confidence);
      break;

    case PROP_NEEDS_TIME_TO_DECIDE:
      g_value_set_boolean (value, self->needs_time_to_decide);
      break;

    case PROP_PATIENCE:
      g_value_set_enum (value, self->patience);
      break;

    case PROP_RELATIONSHIP:
      g_value_set_enum (value, self->relationship);
      break;

    case PROP_REVISION:
      g_value_set_int64 (value, self->revision);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_persona_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TpPersona *self = TP_PERSONA (object);

  switch (prop_id)
    {
    case PROP_ID:
      set_int64 (self, &self->id, g_value_get_int64 (value), prop_id);
      break;

    case PROP_WORKSHOP_ID:
      set_int64 (self, &self->workshop_id, g_value_get_int64 (value), prop_id);
      break;

    case PROP_UUID:
      set_string (self, &self->uuid, g_value_get_string (value), prop_id);
      break;

    case PROP_NAME:
      set_string (self, &self->name, g_value_get_string (value), prop_id);
      break;

    case PROP_SUMMARY:
      set_string (self, &self->summary, g_value_get_string (value), prop_id);
      break;

    case PROP_CHANNELS:
      SET_FIELD (self, channels, (TpChannel) g_value_get_flags (value), prop_id);
      break;

    case PROP_DIGITAL_CONFIDENCE:
      SET_FIELD (self, digital_confidence, (TpLevel) g_value_get_enum (value), prop_id);
      break;

    case PROP_NEEDS_TIME_TO_DECIDE:
      SET_FIELD (self, needs_time_to_decide, !!g_value_get_boolean (value), prop_id);
      break;

    case PROP_PATIENCE:
      SET_FIELD (self, patience, (TpLevel) g_value_get_enum (value), prop_id);
      break;

    case PROP_RELATIONSHIP:
      SET_FIELD (self, relationship, (TpRelationship) g_value_get_enum (value), prop_id);
      break;

    case PROP_REVISION:
      set_int64 (self, &self->revision, g_value_get_int64 (value), prop_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_persona_class_init (TpPersonaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_persona_finalize;
  object_class->get_property = tp_persona_get_property;
  object_class->set_property = tp_persona_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        flags);

  properties[PROP_WORKSHOP_ID] =
    g_param_spec_int64 ("workshop-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        flags);

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         flags);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         flags);

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         flags);

  properties[PROP_CHANNELS] =
    g_param_spec_flags ("channels", NULL, NULL,
                        TP_TYPE_CHANNEL,
                        TP_CHANNEL_NONE,
                        flags);

  properties[PROP_DIGITAL_CONFIDENCE] =
    g_param_spec_enum ("digital-confidence", NULL, NULL,
                       TP_TYPE_LEVEL,
                       TP_LEVEL_MEDIUM,
                       flags);

  properties[PROP_NEEDS_TIME_TO_DECIDE] =
    g_param_spec_boolean ("needs-time-to-decide", NULL, NULL,
                          FALSE,
                          flags);

  properties[PROP_PATIENCE] =
    g_param_spec_enum ("patience", NULL, NULL,
                       TP_TYPE_LEVEL,
                       TP_LEVEL_MEDIUM,
                       flags);

  properties[PROP_RELATIONSHIP] =
    g_param_spec_enum ("relationship", NULL, NULL,
                       TP_TYPE_RELATIONSHIP,
                       TP_RELATIONSHIP_PROSPECT,
                       flags);

  /* The store bumps this on every change, so a walk can tell whether the
   * persona it was made for is still the same. */
  properties[PROP_REVISION] =
    g_param_spec_int64 ("revision", NULL, NULL,
                        0, G_MAXINT64, 0,
                        flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_persona_init (TpPersona *self)
{
  self->digital_confidence = TP_LEVEL_MEDIUM;
  self->patience = TP_LEVEL_MEDIUM;
  self->relationship = TP_RELATIONSHIP_PROSPECT;
}

/**
 * tp_persona_new:
 * @name: (nullable): what the team calls the persona
 *
 * Returns: (transfer full): a persona with the default traits: no
 *   channels, medium digital confidence and patience, a prospect
 */
TpPersona *
tp_persona_new (const char *name)
{
  return g_object_new (TP_TYPE_PERSONA,
                       "name", name,
                       NULL);
}

/**
 * tp_persona_new_defaults:
 *
 * The three personas every new workshop starts with.
 *
 * Returns: (transfer full) (element-type TpPersona): new personas, in
 *   the order they are shown
 */
GPtrArray *
tp_persona_new_defaults (void)
{
  GPtrArray *personas = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (personas,
                   g_object_new (TP_TYPE_PERSONA,
                                 "name", _("The careful switcher"),
                                 "summary", _("Thinks an offer over and wants a person to talk it through with"),
                                 "channels", TP_CHANNEL_PHONE | TP_CHANNEL_EMAIL | TP_CHANNEL_IN_PERSON,
                                 "digital-confidence", TP_LEVEL_LOW,
                                 "needs-time-to-decide", TRUE,
                                 "patience", TP_LEVEL_MEDIUM,
                                 "relationship", TP_RELATIONSHIP_PROSPECT,
                                 NULL));

  g_ptr_array_add (personas,
                   g_object_new (TP_TYPE_PERSONA,
                                 "name", _("The mover"),
                                 "summary", _("An existing customer moving house who needs the service to move too"),
                                 "channels", TP_CHANNEL_PHONE | TP_CHANNEL_WEB,
                                 "digital-confidence", TP_LEVEL_MEDIUM,
                                 "needs-time-to-decide", FALSE,
                                 "patience", TP_LEVEL_MEDIUM,
                                 "relationship", TP_RELATIONSHIP_EXISTING,
                                 NULL));

  g_ptr_array_add (personas,
                   g_object_new (TP_TYPE_PERSONA,
                                 "name", _("The app native"),
                                 "summary", _("Does everything from a phone and expects it to just work"),
                                 "channels", TP_CHANNEL_APP | TP_CHANNEL_CHAT | TP_CHANNEL_WEB,
                                 "digital-confidence", TP_LEVEL_HIGH,
                                 "needs-time-to-decide", FALSE,
                                 "patience", TP_LEVEL_LOW,
                                 "relationship", TP_RELATIONSHIP_PROSPECT,
                                 NULL));

  return personas;
}

gint64
tp_persona_get_id (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), 0);

  return self->id;
}

gint64
tp_persona_get_workshop_id (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), 0);

  return self->workshop_id;
}

const char *
tp_persona_get_uuid (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), NULL);

  return self->uuid;
}

const char *
tp_persona_get_name (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), NULL);

  return self->name;
}

const char *
tp_persona_get_summary (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), NULL);

  return self->summary;
}

TpChannel
tp_persona_get_channels (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), TP_CHANNEL_NONE);

  return self->channels;
}

TpLevel
tp_persona_get_digital_confidence (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), TP_LEVEL_MEDIUM);

  return self->digital_confidence;
}

gboolean
tp_persona_get_needs_time_to_decide (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), FALSE);

  return self->needs_time_to_decide;
}

TpLevel
tp_persona_get_patience (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), TP_LEVEL_MEDIUM);

  return self->patience;
}

TpRelationship
tp_persona_get_relationship (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), TP_RELATIONSHIP_PROSPECT);

  return self->relationship;
}

gint64
tp_persona_get_revision (TpPersona *self)
{
  g_return_val_if_fail (TP_IS_PERSONA (self), 0);

  return self->revision;
}

/**
 * tp_persona_patience_limit:
 * @patience: a persona's patience
 *
 * Returns: how many frictions make a customer with @patience give up
 */
guint
tp_persona_patience_limit (TpLevel patience)
{
  switch (patience)
    {
    case TP_LEVEL_LOW:
      return 2;

    case TP_LEVEL_MEDIUM:
      return 4;

    case TP_LEVEL_HIGH:
      return 6;

    default:
      g_return_val_if_reached (4);
    }
}
