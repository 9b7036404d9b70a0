/* tp-types.c — ids and labels for the vocabulary of personas and journeys
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-types.h"

typedef struct
{
  int         value;
  const char *id;
  const char *label;
} TpName;

static const TpName channel_names[] = {
  { TP_CHANNEL_PHONE,     "phone",     N_("Phone") },
  { TP_CHANNEL_EMAIL,     "email",     N_("Email") },
  { TP_CHANNEL_WEB,       "web",       N_("Web") },
  { TP_CHANNEL_APP,       "app",       N_("App") },
  { TP_CHANNEL_CHAT,      "chat",      N_("Chat") },
  { TP_CHANNEL_IN_PERSON, "in_person", N_("In person") },
  { TP_CHANNEL_POST,      "post",      N_("Post") },
  { 0 }
};

static const TpName level_names[] = {
  { TP_LEVEL_LOW,    "low",    N_("Low") },
  { TP_LEVEL_MEDIUM, "medium", N_("Medium") },
  { TP_LEVEL_HIGH,   "high",   N_("High") },
  { 0 }
};

static const TpName relationship_names[] = {
  { TP_RELATIONSHIP_PROSPECT, "prospect", N_("Prospect") },
  { TP_RELATIONSHIP_EXISTING, "existing", N_("Existing customer") },
  { 0 }
};

static const TpName initiator_names[] = {
  { TP_INITIATOR_COMPANY,  "company",  N_("Company") },
  { TP_INITIATOR_CUSTOMER, "customer", N_("Customer") },
  { 0 }
};

static const TpName feedback_names[] = {
  { TP_FEEDBACK_NONE,             "none",             N_("Nothing") },
  { TP_FEEDBACK_AGENT_ONLY,       "agent_only",       N_("The agent only") },
  { TP_FEEDBACK_WHOLE_EXPERIENCE, "whole_experience", N_("The whole experience") },
  { 0 }
};

static const TpName severity_names[] = {
  { TP_SEVERITY_DELIGHT,  "delight",  N_("Delight") },
  { TP_SEVERITY_FRICTION, "friction", N_("Friction") },
  { TP_SEVERITY_BARRIER,  "barrier",  N_("Barrier") },
  { 0 }
};

static const TpName outcome_names[] = {
  { TP_OUTCOME_COMPLETED, "completed", N_("Completed") },
  { TP_OUTCOME_ABANDONED, "abandoned", N_("Abandoned") },
  { 0 }
};

static const TpName *
find_by_value (const TpName *names,
               int           value)
{
  for (guint i = 0; names[i].id != NULL; i++)
    if (names[i].value == value)
      return &names[i];

  return NULL;
}

static gboolean
find_by_id (const TpName *names,
            const char   *text,
            int          *value)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; names[i].id != NULL; i++)
    {
      if (g_strcmp0 (names[i].id, text) == 0)
        {
          *value = names[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

static const char *
id_of (const TpName *names,
       int           value)
{
  const TpName *name = find_by_value (names, value);

  return name != NULL ? name->id : NULL;
}

static const char *
label_of (const TpName *names,
          int           value)
{
  const TpName *name = find_by_value (names, value);

  return name != NULL ? _(name->label) : NULL;
}

/* Each enum gets the same three functions over its own table; the macro
 * keeps them from drifting apart. */
#define TP_DEFINE_NAMES(TypeName, type_name, table)                  \
  const char *                                                       \
  tp_##type_name##_to_string (TypeName value)                        \
  {                                                                  \
    return id_of (table, (int) value);                               \
  }                                                                  \
                                                                     \
  gboolean                                                           \
  tp_##type_name##_from_string (const char *text,                    \
                                TypeName   *value)                   \
  {                                                                  \
    int found;                                                       \
                                                                     \
    g_return_val_if_fail (value != NULL, FALSE);                     \
                                                                     \
    if (!find_by_id (table, text, &found))                           \
      return FALSE;                                                  \
    *value = (TypeName) found;                                       \
    return TRUE;                                                     \
  }                                                                  \
                                                                     \
  const char *                                                       \
  tp_##type_name##_get_label (TypeName value)                        \
  {                                                                  \
    return label_of (table, (int) value);                            \
  }

TP_DEFINE_NAMES (TpChannel, channel, channel_names)
TP_DEFINE_NAMES (TpLevel, level, level_names)
TP_DEFINE_NAMES (TpRelationship, relationship, relationship_names)
TP_DEFINE_NAMES (TpInitiator, initiator, initiator_names)
TP_DEFINE_NAMES (TpFeedback, feedback, feedback_names)
TP_DEFINE_NAMES (TpSeverity, severity, severity_names)
TP_DEFINE_NAMES (TpOutcome, outcome, outcome_names)

static char *
join_channels (TpChannel   channels,
               gboolean    labels,
               const char *separator)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; channel_names[i].id != NULL; i++)
    {
      if ((channels & channel_names[i].value) == 0)
        continue;

      if (joined->len > 0)
        g_string_append (joined, separator);
      g_string_append (joined,
                       labels ? _(channel_names[i].label) : channel_names[i].id);
    }

  return g_string_free (joined, FALSE);
}

/**
 * tp_channels_to_label:
 * @channels: any set of channels
 *
 * Returns: (transfer full): the channels' labels in their fixed order,
 *   for example "Phone, In person"; an empty string for none
 */
char *
tp_channels_to_label (TpChannel channels)
{
  /* Translators: separates channel names in a list, as in "Phone, Email" */
  return join_channels (channels, TRUE, _(", "));
}

/**
 * tp_channels_to_string:
 * @channels: any set of channels
 *
 * Returns: (transfer full): the channels' ids joined with ", ", for
 *   messages that name the ids a file may use
 */
char *
tp_channels_to_string (TpChannel channels)
{
  return join_channels (channels, FALSE, ", ");
}
