/* tp-journey-step.c — one step of a journey design: what the organisation offers
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-core-enums.h"
#include "tp-journey-step.h"

struct _TpJourneyStep
{
  GObject      parent_instance;

  char        *stage;
  char        *description;
  TpChannel    channels;
  TpInitiator  initiated_by;
  TpFeedback   feedback;
  guint        effort;
  guint        can_come_back : 1;
  guint        immediate_decision : 1;
  guint        self_service_only : 1;
  guint        resolved_in_one_contact : 1;
  guint        proactive_update : 1;
};

G_DEFINE_FINAL_TYPE (TpJourneyStep, tp_journey_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STAGE,
  PROP_DESCRIPTION,
  PROP_CHANNELS,
  PROP_INITIATED_BY,
  PROP_CAN_COME_BACK,
  PROP_IMMEDIATE_DECISION,
  PROP_SELF_SERVICE_ONLY,
  PROP_RESOLVED_IN_ONE_CONTACT,
  PROP_PROACTIVE_UPDATE,
  PROP_EFFORT,
  PROP_FEEDBACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The default stages, in order. Their English names are what the
 * translations key on, so they must not be reworded lightly. */
static const char * const default_stages[] = {
  N_("Discover"),
  N_("Contact"),
  N_("Decide"),
  N_("Sign up"),
  N_("Use"),
  N_("Get help"),
  N_("Give feedback"),
};

#define SET_FIELD(self, field, value, prop_id)                               \
  G_STMT_START {                                                             \
    if ((self)->field != (value))                                            \
      {                                                                      \
        (self)->field = (value);                                             \
        g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);     \
      }                                                                      \
  } G_STMT_END

static void
set_string (TpJourneyStep  *self,
            char          **field,
            const char     *value,
            guint           prop_id)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
tp_journey_step_finalize (GObject *object)
{
  TpJourneyStep *self = (TpJourneyStep *)object;

  g_clear_pointer (&self->stage, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (tp_journey_step_parent_class)->finalize (object);
}

static void
tp_journey_step_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TpJourneyStep *self = TP_JOURNEY_STEP (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      g_value_set_string (value, self->stage);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_CHANNELS:
      g_value_set_flags (value, self->channels);
      break;

    case PROP_INITIATED_BY:
      g_value_set_enum (value, self->initiated_by);
      break;

    case PROP_CAN_COME_BACK:
      g_value_set_boolean (value, self->can_come_back);
      break;

    case PROP_IMMEDIATE_DECISION:
      g_value_set_boolean (value, self->immediate_decision);
      break;

    case PROP_SELF_SERVICE_ONLY:
      g_value_set_boolean (value, self->self_service_only);
      break;

    case PROP_RESOLVED_IN_ONE_CONTACT:
      g_value_set_boolean (value, self->resolved_in_one_contact);
      break;

    case PROP_PROACTIVE_UPDATE:
      g_value_set_boolean (value, self->proactive_update);
      break;

    case PROP_EFFORT:
      g_value_set_uint (value, self->effort);
      break;

    case PROP_FEEDBACK:
      g_value_set_enum (value, self->feedback);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_journey_step_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TpJourneyStep *self = TP_JOURNEY_STEP (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      set_string (self, &self->stage, g_value_get_string (value), prop_id);
      break;

    case PROP_DESCRIPTION:
      set_string (self, &self->description, g_value_get_string (value), prop_id);
      break;

    case PROP_CHANNELS:
      SET_FIELD (self, channels, (TpChannel) g_value_get_flags (value), prop_id);
      break;

    case PROP_INITIATED_BY:
      SET_FIELD (self, initiated_by, (TpInitiator) g_value_get_enum (value), prop_id);
      break;

    case PROP_CAN_COME_BACK:
      SET_FIELD (self, can_come_back, !!g_value_get_boolean (value), prop_id);
      break;

    case PROP_IMMEDIATE_DECISION:
      SET_FIELD (self, immediate_decision, !!g_value_get_boolean (value), prop_id);
      break;

    case PROP_SELF_SERVICE_ONLY:
      SET_FIELD (self, self_service_only, !!g_value_get_boolean (value), prop_id);
      break;

    case PROP_RESOLVED_IN_ONE_CONTACT:
      SET_FIELD (self, resolved_in_one_contact, !!g_value_get_boolean (value), prop_id);
      break;

    case PROP_PROACTIVE_UPDATE:
      SET_FIELD (self, proactive_update, !!g_value_get_boolean (value), prop_id);
      break;

    case PROP_EFFORT:
      SET_FIELD (self, effort, g_value_get_uint (value), prop_id);
      break;

    case PROP_FEEDBACK:
      SET_FIELD (self, feedback, (TpFeedback) g_value_get_enum (value), prop_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_journey_step_class_init (TpJourneyStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tp_journey_step_finalize;
  object_class->get_property = tp_journey_step_get_property;
  object_class->set_property = tp_journey_step_set_property;

  properties[PROP_STAGE] =
    g_param_spec_string ("stage", NULL, NULL,
                         "",
                         flags);

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         flags);

  properties[PROP_CHANNELS] =
    g_param_spec_flags ("channels", NULL, NULL,
                        TP_TYPE_CHANNEL,
                        TP_CHANNEL_NONE,
                        flags);

  properties[PROP_INITIATED_BY] =
    g_param_spec_enum ("initiated-by", NULL, NULL,
                       TP_TYPE_INITIATOR,
                       TP_INITIATOR_COMPANY,
                       flags);

  properties[PROP_CAN_COME_BACK] =
    g_param_spec_boolean ("can-come-back", NULL, NULL,
                          FALSE,
                          flags);

  properties[PROP_IMMEDIATE_DECISION] =
    g_param_spec_boolean ("immediate-decision", NULL, NULL,
                          FALSE,
                          flags);

  properties[PROP_SELF_SERVICE_ONLY] =
    g_param_spec_boolean ("self-service-only", NULL, NULL,
                          FALSE,
                          flags);

  properties[PROP_RESOLVED_IN_ONE_CONTACT] =
    g_param_spec_boolean ("resolved-in-one-contact", NULL, NULL,
                          TRUE,
                          flags);

  properties[PROP_PROACTIVE_UPDATE] =
    g_param_spec_boolean ("proactive-update", NULL, NULL,
                          FALSE,
                          flags);

  properties[PROP_EFFORT] =
    g_param_spec_uint ("effort", NULL, NULL,
                       TP_JOURNEY_STEP_EFFORT_MIN, TP_JOURNEY_STEP_EFFORT_MAX,
                       TP_JOURNEY_STEP_EFFORT_MIN,
                       flags);

  properties[PROP_FEEDBACK] =
    g_param_spec_enum ("feedback", NULL, NULL,
                       TP_TYPE_FEEDBACK,
                       TP_FEEDBACK_NONE,
                       flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tp_journey_step_init (TpJourneyStep *self)
{
  self->stage = g_strdup ("");
  self->description = g_strdup ("");
  self->initiated_by = TP_INITIATOR_COMPANY;
  self->feedback = TP_FEEDBACK_NONE;
  self->effort = TP_JOURNEY_STEP_EFFORT_MIN;
  self->resolved_in_one_contact = TRUE;
}

/**
 * tp_journey_step_new:
 * @stage: (nullable): the stage's name, such as "Decide"
 *
 * Returns: (transfer full): a step offering no channel yet, with every
 *   other field at the default of the scenario format
 */
TpJourneyStep *
tp_journey_step_new (const char *stage)
{
  return g_object_new (TP_TYPE_JOURNEY_STEP,
                       "stage", stage,
                       NULL);
}

/**
 * tp_journey_step_copy:
 * @self: a step
 *
 * Returns: (transfer full): an independent step with the same fields
 */
TpJourneyStep *
tp_journey_step_copy (TpJourneyStep *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_STEP (self), NULL);

  return g_object_new (TP_TYPE_JOURNEY_STEP,
                       "stage", self->stage,
                       "description", self->description,
                       "channels", self->channels,
                       "initiated-by", self->initiated_by,
                       "can-come-back", (gboolean) self->can_come_back,
                       "immediate-decision", (gboolean) self->immediate_decision,
                       "self-service-only", (gboolean) self->self_service_only,
                       "resolved-in-one-contact", (gboolean) self->resolved_in_one_contact,
                       "proactive-update", (gboolean) self->proactive_update,
                       "effort", self->effort,
                       "feedback", self->feedback,
                       NULL);
}

const char *
tp_journey_step_get_stage (TpJourneyStep *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_STEP (self), NULL);

  return self->stage;
}

const char *
tp_journey_step_get_description (TpJourneyStep *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_STEP (self), NULL);

  return self->description;
}

TpChannel
tp_journey_step_get_channels (TpJourneyStep *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_STEP (self), TP_CHANNEL_NONE);

  return self->channels;
}

TpInitiator
tp_journey_step_get_initiated_by (TpJourneyStep *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_STEP (self), TP_INITIATOR_COMPANY);

  return self->initiated_by;
}

gboolean
tp_journey_step_get_can_come_back (TpJourneyStep *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_STEP (self), FALSE);

  return self->can_come_back;
}

gboolean
tp_journey_step_get_immediate_decision (TpJourneyStep *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_STEP (self), FALSE);

  return self->immediate_decision;
}

gboolean
tp_journey_step_get_self_service_only (TpJourneyStep *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_STEP (self), FALSE);

  return self->self_service_only;
}

gboolean
tp_journey_step_get_resolved_in_one_contact (TpJourneyStep *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_STEP (self), TRUE);

  return self->resolved_in_one_contact;
}

gboolean
tp_journey_step_get_proactive_update (TpJourneyStep *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_STEP (self), FALSE);

  return self->proactive_update;
}

guint
tp_journey_step_get_effort (TpJourneyStep *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_STEP (self), TP_JOURNEY_STEP_EFFORT_MIN);

  return self->effort;
}

TpFeedback
tp_journey_step_get_feedback (TpJourneyStep *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_STEP (self), TP_FEEDBACK_NONE);

  return self->feedback;
}

/**
 * tp_journey_default_stages:
 *
 * The stages a new journey design starts from, translated: Discover,
 * Contact, Decide, Sign up, Use, Get help, Give feedback.
 *
 * Returns: (transfer full) (array zero-terminated=1): the stage names
 */
char **
tp_journey_default_stages (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (default_stages); i++)
    g_strv_builder_add (builder, _(default_stages[i]));

  return g_strv_builder_end (builder);
}
