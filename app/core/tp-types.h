/* tp-types.h — the vocabulary of personas, journey steps and walks
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum /*< flags >*/
{
  TP_CHANNEL_NONE      = 0,
  TP_CHANNEL_PHONE     = 1 << 0,
  TP_CHANNEL_EMAIL     = 1 << 1,
  TP_CHANNEL_WEB       = 1 << 2,
  TP_CHANNEL_APP       = 1 << 3,
  TP_CHANNEL_CHAT      = 1 << 4,
  TP_CHANNEL_IN_PERSON = 1 << 5,
  TP_CHANNEL_POST      = 1 << 6,
} TpChannel;

#define TP_CHANNEL_DIGITAL (TP_CHANNEL_EMAIL | TP_CHANNEL_WEB | TP_CHANNEL_APP | TP_CHANNEL_CHAT)
#define TP_CHANNEL_ALL     (TP_CHANNEL_PHONE | TP_CHANNEL_DIGITAL | TP_CHANNEL_IN_PERSON | TP_CHANNEL_POST)

typedef enum
{
  TP_LEVEL_LOW,
  TP_LEVEL_MEDIUM,
  TP_LEVEL_HIGH,
} TpLevel;

typedef enum
{
  TP_RELATIONSHIP_PROSPECT,
  TP_RELATIONSHIP_EXISTING,
} TpRelationship;

typedef enum
{
  TP_INITIATOR_COMPANY,
  TP_INITIATOR_CUSTOMER,
} TpInitiator;

typedef enum
{
  TP_FEEDBACK_NONE,
  TP_FEEDBACK_AGENT_ONLY,
  TP_FEEDBACK_WHOLE_EXPERIENCE,
} TpFeedback;

typedef enum
{
  TP_SEVERITY_DELIGHT,
  TP_SEVERITY_FRICTION,
  TP_SEVERITY_BARRIER,
} TpSeverity;

typedef enum
{
  TP_OUTCOME_COMPLETED,
  TP_OUTCOME_ABANDONED,
} TpOutcome;

/* The *_to_string ids are the ones scenario files, the database and the
 * command line use; they never change. The labels are for people and are
 * translated. Unknown values give NULL. */
const char *tp_channel_to_string      (TpChannel       channel);
gboolean    tp_channel_from_string    (const char     *text,
                                       TpChannel      *channel);
const char *tp_channel_get_label      (TpChannel       channel);
char       *tp_channels_to_label      (TpChannel       channels);
char       *tp_channels_to_string     (TpChannel       channels);

const char *tp_level_to_string        (TpLevel         level);
gboolean    tp_level_from_string      (const char     *text,
                                       TpLevel        *level);
const char *tp_level_get_label        (TpLevel         level);

const char *tp_relationship_to_string   (TpRelationship  relationship);
gboolean    tp_relationship_from_string (const char     *text,
                                         TpRelationship *relationship);
const char *tp_relationship_get_label   (TpRelationship  relationship);

const char *tp_initiator_to_string    (TpInitiator     initiator);
gboolean    tp_initiator_from_string  (const char     *text,
                                       TpInitiator    *initiator);
const char *tp_initiator_get_label    (TpInitiator     initiator);

const char *tp_feedback_to_string     (TpFeedback      feedback);
gboolean    tp_feedback_from_string   (const char     *text,
                                       TpFeedback     *feedback);
const char *tp_feedback_get_label     (TpFeedback      feedback);

const char *tp_severity_to_string     (TpSeverity      severity);
gboolean    tp_severity_from_string   (const char     *text,
                                       TpSeverity     *severity);
const char *tp_severity_get_label     (TpSeverity      severity);

const char *tp_outcome_to_string      (TpOutcome       outcome);
gboolean    tp_outcome_from_string    (const char     *text,
                                       TpOutcome      *outcome);
const char *tp_outcome_get_label      (TpOutcome       outcome);

G_END_DECLS
