/* test-simulator.c — each simulator rule, the drop-out rules and the satisfaction scale
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tp-simulator.h"

/* A persona no rule cares about unless a test changes one trait. */
static TpPersona *
persona_new (const char *first_property_name,
             ...) G_GNUC_NULL_TERMINATED;

static TpPersona *
persona_new (const char *first_property_name,
             ...)
{
  TpPersona *persona;
  va_list args;

  va_start (args, first_property_name);
  persona = TP_PERSONA (g_object_new_valist (TP_TYPE_PERSONA, first_property_name, args));
  va_end (args);

  if (tp_persona_get_name (persona) == NULL)
    g_object_set (persona, "name", "Sam", NULL);
  if (tp_persona_get_channels (persona) == TP_CHANNEL_NONE)
    g_object_set (persona, "channels", TP_CHANNEL_PHONE | TP_CHANNEL_WEB, NULL);

  return persona;
}

/* A step offering the phone, with every other field at its default. */
static TpJourneyStep *
step_new (const char *first_property_name,
          ...) G_GNUC_NULL_TERMINATED;

static TpJourneyStep *
step_new (const char *first_property_name,
          ...)
{
  TpJourneyStep *step;
  va_list args;

  va_start (args, first_property_name);
  step = TP_JOURNEY_STEP (g_object_new_valist (TP_TYPE_JOURNEY_STEP, first_property_name, args));
  va_end (args);

  if (tp_journey_step_get_stage (step)[0] == '\0')
    g_object_set (step, "stage", "Use", NULL);
  if (tp_journey_step_get_channels (step) == TP_CHANNEL_NONE)
    g_object_set (step, "channels", TP_CHANNEL_PHONE, NULL);

  return step;
}

/* Takes the steps it is given. */
static GListStore *
journey_new (TpJourneyStep *first,
             ...) G_GNUC_NULL_TERMINATED;

static GListStore *
journey_new (TpJourneyStep *first,
             ...)
{
  GListStore *steps = g_list_store_new (TP_TYPE_JOURNEY_STEP);
  va_list args;

  va_start (args, first);
  for (TpJourneyStep *step = first; step != NULL; step = va_arg (args, TpJourneyStep *))
    {
      g_list_store_append (steps, step);
      g_object_unref (step);
    }
  va_end (args);

  return steps;
}

static GListStore *
journey_repeat (guint  n_steps,
                const char *property_name,
                gboolean    value)
{
  GListStore *steps = g_list_store_new (TP_TYPE_JOURNEY_STEP);

  for (guint i = 0; i < n_steps; i++)
    {
      g_autoptr(TpJourneyStep) step = step_new (property_name, value, NULL);

      g_list_store_append (steps, step);
    }

  return steps;
}

static TpWalkResult *
walk_one_step (TpPersona     *persona,
               TpJourneyStep *step)
{
  g_autoptr(GListStore) steps = journey_new (step, NULL);

  return tp_simulate (persona, G_LIST_MODEL (steps));
}

static void
assert_emotion (TpWalkResult *walk,
                const int    *expected,
                guint         n_expected)
{
  GArray *emotion = tp_walk_result_get_emotion (walk);

  g_assert_cmpuint (emotion->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpint (g_array_index (emotion, int, i), ==, expected[i]);
}

static void
assert_rules (TpWalkResult       *walk,
              const char * const *expected)
{
  guint n = tp_walk_result_get_n_findings (walk);

  g_assert_cmpuint (n, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (tp_finding_get_rule (tp_walk_result_get_finding (walk, i)), ==, expected[i]);
}

static TpFinding *
only_finding (TpWalkResult *walk,
              const char   *rule,
              TpSeverity    severity)
{
  TpFinding *finding;

  g_assert_cmpuint (tp_walk_result_get_n_findings (walk), ==, 1);
  finding = tp_walk_result_get_finding (walk, 0);
  g_assert_cmpstr (tp_finding_get_rule (finding), ==, rule);
  g_assert_cmpint (tp_finding_get_severity (finding), ==, severity);
  g_assert_cmpuint (tp_finding_get_step (finding), ==, 1);
  g_assert_nonnull (strstr (tp_finding_get_message (finding), "Sam"));
  g_assert_cmpstr (tp_finding_get_fix (finding), !=, "");

  return finding;
}

static void
assert_completed (TpWalkResult *walk)
{
  g_assert_cmpint (tp_walk_result_get_outcome (walk), ==, TP_OUTCOME_COMPLETED);
  g_assert_cmpuint (tp_walk_result_get_dropped_at (walk), ==, 0);
  g_assert_null (tp_walk_result_get_reason (walk));
}

static void
assert_abandoned (TpWalkResult *walk,
                  guint         step,
                  const char   *reason)
{
  g_assert_cmpint (tp_walk_result_get_outcome (walk), ==, TP_OUTCOME_ABANDONED);
  g_assert_cmpuint (tp_walk_result_get_dropped_at (walk), ==, step);
  g_assert_cmpstr (tp_walk_result_get_reason (walk), ==, reason);
  g_assert_cmpuint (tp_walk_result_get_satisfaction (walk), ==, 1);
}

static void
test_quiet_step (void)
{
  g_autoptr(TpPersona) persona = persona_new (NULL, NULL);
  g_autoptr(TpWalkResult) walk = walk_one_step (persona, step_new (NULL, NULL));
  const int emotion[] = { 0 };

  assert_completed (walk);
  g_assert_cmpuint (tp_walk_result_get_n_findings (walk), ==, 0);
  assert_emotion (walk, emotion, G_N_ELEMENTS (emotion));
  g_assert_cmpuint (tp_walk_result_get_satisfaction (walk), ==, 3);
}

static void
test_empty_journey (void)
{
  g_autoptr(TpPersona) persona = persona_new (NULL, NULL);
  g_autoptr(GListStore) steps = g_list_store_new (TP_TYPE_JOURNEY_STEP);
  g_autoptr(TpWalkResult) walk = tp_simulate (persona, G_LIST_MODEL (steps));

  assert_completed (walk);
  assert_emotion (walk, NULL, 0);
  g_assert_cmpuint (tp_walk_result_get_satisfaction (walk), ==, 3);
  g_assert_cmpuint (tp_walk_result_count_frictions (walk), ==, 0);
}

static void
test_channel_mismatch (void)
{
  g_autoptr(TpPersona) confident = persona_new ("channels", TP_CHANNEL_PHONE, NULL);
  g_autoptr(TpPersona) unsure = persona_new ("channels", TP_CHANNEL_PHONE,
                                             "digital-confidence", TP_LEVEL_LOW,
                                             NULL);
  g_autoptr(TpWalkResult) friction = NULL;
  g_autoptr(TpWalkResult) barrier = NULL;
  g_autoptr(TpWalkResult) post = NULL;
  g_autoptr(TpWalkResult) shared = NULL;
  const int minus_one[] = { -1 };
  const int minus_three[] = { -3 };

  friction = walk_one_step (confident, step_new ("channels", TP_CHANNEL_WEB | TP_CHANNEL_APP, NULL));
  only_finding (friction, "channel-mismatch", TP_SEVERITY_FRICTION);
  assert_completed (friction);
  assert_emotion (friction, minus_one, 1);
  g_assert_cmpstr (tp_finding_get_message (tp_walk_result_get_finding (friction, 0)), ==,
                   "Sam does not use any of the channels offered here (Web, App)");
  g_assert_cmpstr (tp_finding_get_fix (tp_walk_result_get_finding (friction, 0)), ==,
                   "Also offer a channel Sam uses here: Phone");

  /* Only digital channels, for someone not at ease online: no way through. */
  barrier = walk_one_step (unsure, step_new ("channels", TP_CHANNEL_WEB | TP_CHANNEL_EMAIL, NULL));
  only_finding (barrier, "channel-mismatch", TP_SEVERITY_BARRIER);
  assert_abandoned (barrier, 1, "channel-mismatch");
  assert_emotion (barrier, minus_three, 1);

  post = walk_one_step (unsure, step_new ("channels", TP_CHANNEL_WEB | TP_CHANNEL_POST, NULL));
  only_finding (post, "channel-mismatch", TP_SEVERITY_FRICTION);
  assert_completed (post);

  shared = walk_one_step (unsure, step_new ("channels", TP_CHANNEL_WEB | TP_CHANNEL_PHONE, NULL));
  g_assert_cmpuint (tp_walk_result_get_n_findings (shared), ==, 0);
}

static void
test_no_way_back (void)
{
  g_autoptr(TpPersona) careful = persona_new ("needs-time-to-decide", TRUE, NULL);
  g_autoptr(TpPersona) quick = persona_new (NULL, NULL);
  g_autoptr(TpWalkResult) barrier = NULL;
  g_autoptr(TpWalkResult) pressure = NULL;
  g_autoptr(TpWalkResult) fine = NULL;
  g_autoptr(TpWalkResult) no_question = NULL;
  TpFinding *finding;

  barrier = walk_one_step (careful, step_new ("immediate-decision", TRUE, NULL));
  finding = only_finding (barrier, "no-way-back", TP_SEVERITY_BARRIER);
  g_assert_cmpstr (tp_finding_get_message (finding), ==,
                   "Sam wants to think it over, but there is no way to call you back");
  g_assert_cmpstr (tp_finding_get_fix (finding), ==, "Offer an inbound route at this step");
  assert_abandoned (barrier, 1, "no-way-back");

  pressure = walk_one_step (careful, step_new ("immediate-decision", TRUE,
                                               "can-come-back", TRUE,
                                               NULL));
  only_finding (pressure, "no-way-back", TP_SEVERITY_FRICTION);
  assert_completed (pressure);

  fine = walk_one_step (quick, step_new ("immediate-decision", TRUE, NULL));
  g_assert_cmpuint (tp_walk_result_get_n_findings (fine), ==, 0);

  no_question = walk_one_step (careful, step_new (NULL, NULL));
  g_assert_cmpuint (tp_walk_result_get_n_findings (no_question), ==, 0);
}

static void
test_no_person (void)
{
  struct {
    TpRelationship relationship;
    TpLevel        confidence;
    gboolean       fires;
  } cases[] = {
    { TP_RELATIONSHIP_EXISTING, TP_LEVEL_LOW,    TRUE },
    { TP_RELATIONSHIP_EXISTING, TP_LEVEL_MEDIUM, TRUE },
    { TP_RELATIONSHIP_EXISTING, TP_LEVEL_HIGH,   FALSE },
    { TP_RELATIONSHIP_PROSPECT, TP_LEVEL_LOW,    FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TpPersona) persona = persona_new ("relationship", cases[i].relationship,
                                                  "digital-confidence", cases[i].confidence,
                                                  NULL);
      g_autoptr(TpWalkResult) alone = walk_one_step (persona, step_new ("self-service-only", TRUE, NULL));
      g_autoptr(TpWalkResult) helped = walk_one_step (persona, step_new (NULL, NULL));

      if (cases[i].fires)
        only_finding (alone, "no-person", TP_SEVERITY_FRICTION);
      else
        g_assert_cmpuint (tp_walk_result_get_n_findings (alone), ==, 0);
      g_assert_cmpuint (tp_walk_result_get_n_findings (helped), ==, 0);
    }
}

static void
test_half_solved (void)
{
  g_autoptr(TpPersona) persona = persona_new (NULL, NULL);
  g_autoptr(TpWalkResult) walk = NULL;
  const int emotion[] = { -1 };

  walk = walk_one_step (persona, step_new ("resolved-in-one-contact", FALSE, NULL));
  only_finding (walk, "half-solved", TP_SEVERITY_FRICTION);
  assert_emotion (walk, emotion, 1);
  assert_completed (walk);
  g_assert_cmpuint (tp_walk_result_get_satisfaction (walk), ==, 2);
}

static void
test_feedback (void)
{
  g_autoptr(TpPersona) persona = persona_new (NULL, NULL);
  g_autoptr(TpWalkResult) agent = NULL;
  g_autoptr(TpWalkResult) whole = NULL;
  g_autoptr(TpWalkResult) none = NULL;
  const int minus_one[] = { -1 };
  const int plus_one[] = { 1 };

  agent = walk_one_step (persona, step_new ("feedback", TP_FEEDBACK_AGENT_ONLY, NULL));
  only_finding (agent, "feedback-agent-only", TP_SEVERITY_FRICTION);
  assert_emotion (agent, minus_one, 1);

  whole = walk_one_step (persona, step_new ("feedback", TP_FEEDBACK_WHOLE_EXPERIENCE, NULL));
  only_finding (whole, "feedback-whole-experience", TP_SEVERITY_DELIGHT);
  assert_emotion (whole, plus_one, 1);
  g_assert_cmpuint (tp_walk_result_get_satisfaction (whole), ==, 4);

  none = walk_one_step (persona, step_new ("feedback", TP_FEEDBACK_NONE, NULL));
  g_assert_cmpuint (tp_walk_result_get_n_findings (none), ==, 0);
}

static void
test_effort (void)
{
  g_autoptr(TpPersona) persona = persona_new ("patience", TP_LEVEL_HIGH, NULL);
  g_autoptr(TpPersona) impatient = persona_new ("patience", TP_LEVEL_LOW, NULL);
  const int minus_one[] = { -1 };
  const int minus_two[] = { -2 };

  for (guint effort = 1; effort <= 3; effort++)
    {
      g_autoptr(TpWalkResult) walk = walk_one_step (persona, step_new ("effort", effort, NULL));

      g_assert_cmpuint (tp_walk_result_get_n_findings (walk), ==, 0);
    }

  {
    g_autoptr(TpWalkResult) walk = walk_one_step (persona, step_new ("effort", 4, NULL));

    g_assert_cmpuint (tp_finding_get_weight (only_finding (walk, "effort", TP_SEVERITY_FRICTION)), ==, 1);
    assert_emotion (walk, minus_one, 1);
    g_assert_cmpuint (tp_walk_result_count_frictions (walk), ==, 1);
  }

  /* Effort 5 is one finding that counts as two frictions. */
  {
    g_autoptr(TpWalkResult) walk = walk_one_step (persona, step_new ("effort", 5, NULL));

    g_assert_cmpuint (tp_finding_get_weight (only_finding (walk, "effort", TP_SEVERITY_FRICTION)), ==, 2);
    assert_emotion (walk, minus_two, 1);
    g_assert_cmpuint (tp_walk_result_count_frictions (walk), ==, 2);
    assert_completed (walk);
  }

  {
    g_autoptr(TpWalkResult) walk = walk_one_step (impatient, step_new ("effort", 5, NULL));

    assert_abandoned (walk, 1, "patience");
  }

  {
    g_autoptr(TpWalkResult) walk = walk_one_step (impatient, step_new ("effort", 4, NULL));

    assert_completed (walk);
  }
}

static void
test_kept_informed (void)
{
  g_autoptr(TpPersona) persona = persona_new (NULL, NULL);
  g_autoptr(TpWalkResult) walk = walk_one_step (persona, step_new ("proactive-update", TRUE, NULL));
  const int emotion[] = { 1 };

  only_finding (walk, "kept-informed", TP_SEVERITY_DELIGHT);
  assert_emotion (walk, emotion, 1);
  g_assert_cmpuint (tp_walk_result_count_frictions (walk), ==, 0);
}

static void
test_rule_order (void)
{
  g_autoptr(TpPersona) persona = persona_new ("channels", TP_CHANNEL_PHONE,
                                              "digital-confidence", TP_LEVEL_LOW,
                                              "needs-time-to-decide", TRUE,
                                              "relationship", TP_RELATIONSHIP_EXISTING,
                                              "patience", TP_LEVEL_HIGH,
                                              NULL);
  const char * const agent_order[] = {
    "channel-mismatch", "no-way-back", "no-person", "half-solved",
    "feedback-agent-only", "effort", "kept-informed", NULL
  };
  const char * const whole_order[] = {
    "channel-mismatch", "no-way-back", "no-person", "half-solved",
    "feedback-whole-experience", "effort", "kept-informed", NULL
  };
  const int agent_emotion[] = { -3 - 3 - 1 - 1 - 1 - 2 + 1 };
  const int whole_emotion[] = { -3 - 3 - 1 - 1 + 1 - 2 + 1 };
  const TpFeedback feedback[] = { TP_FEEDBACK_AGENT_ONLY, TP_FEEDBACK_WHOLE_EXPERIENCE };
  const char * const * const orders[] = { agent_order, whole_order };
  const int * const emotions[] = { agent_emotion, whole_emotion };
  const char * const *ids = tp_simulator_get_rule_ids ();

  g_assert_cmpuint (g_strv_length ((char **) ids), ==, 8);
  g_assert_cmpstr (ids[0], ==, "channel-mismatch");
  g_assert_cmpstr (ids[7], ==, "kept-informed");

  for (guint i = 0; i < G_N_ELEMENTS (feedback); i++)
    {
      g_autoptr(TpWalkResult) walk = NULL;

      walk = walk_one_step (persona, step_new ("channels", TP_CHANNEL_WEB,
                                               "immediate-decision", TRUE,
                                               "self-service-only", TRUE,
                                               "resolved-in-one-contact", FALSE,
                                               "feedback", feedback[i],
                                               "effort", 5,
                                               "proactive-update", TRUE,
                                               NULL));
      assert_rules (walk, orders[i]);
      assert_abandoned (walk, 1, "channel-mismatch");
      /* Every finding of the step where the customer gives up counts. */
      assert_emotion (walk, emotions[i], 1);
    }
}

static void
test_patience (void)
{
  const TpLevel levels[] = { TP_LEVEL_LOW, TP_LEVEL_MEDIUM, TP_LEVEL_HIGH };
  const guint limits[] = { 2, 4, 6 };

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      g_autoptr(TpPersona) persona = persona_new ("patience", levels[i], NULL);
      g_autoptr(GListStore) short_journey = journey_repeat (limits[i] - 1, "resolved-in-one-contact", FALSE);
      g_autoptr(GListStore) long_journey = journey_repeat (limits[i] + 2, "resolved-in-one-contact", FALSE);
      g_autoptr(TpWalkResult) survived = tp_simulate (persona, G_LIST_MODEL (short_journey));
      g_autoptr(TpWalkResult) gave_up = tp_simulate (persona, G_LIST_MODEL (long_journey));

      g_assert_cmpuint (tp_persona_patience_limit (levels[i]), ==, limits[i]);

      assert_completed (survived);
      g_assert_cmpuint (tp_walk_result_count_frictions (survived), ==, limits[i] - 1);

      assert_abandoned (gave_up, limits[i], "patience");
      g_assert_cmpuint (tp_walk_result_get_emotion (gave_up)->len, ==, limits[i]);
      g_assert_cmpint (tp_walk_result_get_final_emotion (gave_up), ==, -(int) limits[i]);
      g_assert_cmpuint (tp_walk_result_get_n_findings (gave_up), ==, limits[i]);
    }
}

/* The friction that exhausts patience comes first in rule order here,
 * yet the barrier on the same step is the reason. */
static void
test_barrier_beats_patience (void)
{
  g_autoptr(TpPersona) persona = persona_new ("channels", TP_CHANNEL_PHONE,
                                              "needs-time-to-decide", TRUE,
                                              "patience", TP_LEVEL_LOW,
                                              NULL);
  g_autoptr(GListStore) steps = NULL;
  g_autoptr(TpWalkResult) walk = NULL;
  const char * const rules[] = { "half-solved", "channel-mismatch", "no-way-back", "kept-informed", NULL };
  const int emotion[] = { -1, -1 - 1 - 3 + 1 };

  steps = journey_new (step_new ("resolved-in-one-contact", FALSE, NULL),
                       step_new ("channels", TP_CHANNEL_POST,
                                 "immediate-decision", TRUE,
                                 "proactive-update", TRUE,
                                 NULL),
                       step_new (NULL, NULL),
                       NULL);
  walk = tp_simulate (persona, G_LIST_MODEL (steps));

  assert_abandoned (walk, 2, "no-way-back");
  assert_rules (walk, rules);
  assert_emotion (walk, emotion, G_N_ELEMENTS (emotion));
  g_assert_cmpuint (tp_walk_result_count_frictions (walk), ==, 2);
}

static void
test_emotion_curve (void)
{
  g_autoptr(TpPersona) persona = persona_new ("patience", TP_LEVEL_HIGH, NULL);
  g_autoptr(GListStore) steps = NULL;
  g_autoptr(GListStore) delights = journey_repeat (5, "proactive-update", TRUE);
  g_autoptr(TpWalkResult) walk = NULL;
  g_autoptr(TpWalkResult) happy = NULL;
  const int emotion[] = { 1, 0, -2, -2, -1 };
  const int unclamped[] = { 1, 2, 3, 4, 5 };

  steps = journey_new (step_new ("proactive-update", TRUE, NULL),
                       step_new ("effort", 4, NULL),
                       step_new ("effort", 5, NULL),
                       step_new (NULL, NULL),
                       step_new ("feedback", TP_FEEDBACK_WHOLE_EXPERIENCE, NULL),
                       NULL);
  walk = tp_simulate (persona, G_LIST_MODEL (steps));
  assert_completed (walk);
  assert_emotion (walk, emotion, G_N_ELEMENTS (emotion));
  g_assert_cmpuint (tp_walk_result_get_satisfaction (walk), ==, 2);

  happy = tp_simulate (persona, G_LIST_MODEL (delights));
  assert_emotion (happy, unclamped, G_N_ELEMENTS (unclamped));
  g_assert_cmpuint (tp_walk_result_get_satisfaction (happy), ==, 5);
}

static void
test_satisfaction (void)
{
  const struct {
    int   emotion;
    guint satisfaction;
  } scale[] = {
    { -9, 1 }, { -3, 1 }, { -2, 2 }, { -1, 2 }, { 0, 3 },
    { 1, 4 }, { 2, 4 }, { 3, 5 }, { 7, 5 },
  };
  g_autoptr(TpPersona) persona = persona_new ("patience", TP_LEVEL_HIGH, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (scale); i++)
    {
      g_assert_cmpuint (tp_simulator_get_satisfaction (TP_OUTCOME_COMPLETED, scale[i].emotion), ==,
                        scale[i].satisfaction);
      g_assert_cmpuint (tp_simulator_get_satisfaction (TP_OUTCOME_ABANDONED, scale[i].emotion), ==, 1);
    }

  /* The same boundaries reached by real walks. */
  for (int value = -3; value <= 3; value++)
    {
      g_autoptr(GListStore) steps = g_list_store_new (TP_TYPE_JOURNEY_STEP);
      g_autoptr(TpWalkResult) walk = NULL;

      for (int k = 0; k < ABS (value); k++)
        {
          g_autoptr(TpJourneyStep) step = NULL;

          if (value > 0)
            step = step_new ("proactive-update", TRUE, NULL);
          else
            step = step_new ("resolved-in-one-contact", FALSE, NULL);
          g_list_store_append (steps, step);
        }
      if (value == 0)
        {
          g_autoptr(TpJourneyStep) step = step_new (NULL, NULL);

          g_list_store_append (steps, step);
        }

      walk = tp_simulate (persona, G_LIST_MODEL (steps));
      assert_completed (walk);
      g_assert_cmpint (tp_walk_result_get_final_emotion (walk), ==, value);
      g_assert_cmpuint (tp_walk_result_get_satisfaction (walk), ==,
                        tp_simulator_get_satisfaction (TP_OUTCOME_COMPLETED, value));
    }
}

static void
test_boxed (void)
{
  g_autoptr(TpPersona) persona = persona_new (NULL, NULL);
  g_autoptr(TpWalkResult) walk = walk_one_step (persona, step_new ("effort", 5, NULL));
  g_autoptr(TpFinding) copy = NULL;
  TpWalkResult *ref;

  ref = g_boxed_copy (TP_TYPE_WALK_RESULT, walk);
  g_assert_true (ref == walk);
  g_boxed_free (TP_TYPE_WALK_RESULT, ref);

  copy = tp_finding_copy (tp_walk_result_get_finding (walk, 0));
  g_assert_cmpstr (tp_finding_get_rule (copy), ==, "effort");
  g_assert_cmpuint (tp_finding_get_weight (copy), ==, 2);
  g_assert_cmpstr (tp_finding_get_message (copy), ==,
                   tp_finding_get_message (tp_walk_result_get_finding (walk, 0)));
  g_assert_true (G_TYPE_IS_BOXED (TP_TYPE_FINDING));
}

static void
test_unnamed_persona (void)
{
  g_autoptr(TpPersona) persona = g_object_new (TP_TYPE_PERSONA, "channels", TP_CHANNEL_PHONE, NULL);
  g_autoptr(TpWalkResult) walk = walk_one_step (persona, step_new ("proactive-update", TRUE, NULL));

  g_assert_cmpstr (tp_finding_get_message (tp_walk_result_get_finding (walk, 0)), ==,
                   "The customer is kept informed without having to ask");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/simulator/quiet-step", test_quiet_step);
  g_test_add_func ("/simulator/empty-journey", test_empty_journey);
  g_test_add_func ("/simulator/rule/channel-mismatch", test_channel_mismatch);
  g_test_add_func ("/simulator/rule/no-way-back", test_no_way_back);
  g_test_add_func ("/simulator/rule/no-person", test_no_person);
  g_test_add_func ("/simulator/rule/half-solved", test_half_solved);
  g_test_add_func ("/simulator/rule/feedback", test_feedback);
  g_test_add_func ("/simulator/rule/effort", test_effort);
  g_test_add_func ("/simulator/rule/kept-informed", test_kept_informed);
  g_test_add_func ("/simulator/rule-order", test_rule_order);
  g_test_add_func ("/simulator/patience", test_patience);
  g_test_add_func ("/simulator/barrier-beats-patience", test_barrier_beats_patience);
  g_test_add_func ("/simulator/emotion-curve", test_emotion_curve);
  g_test_add_func ("/simulator/satisfaction", test_satisfaction);
  g_test_add_func ("/simulator/boxed", test_boxed);
  g_test_add_func ("/simulator/unnamed-persona", test_unnamed_persona);

  return g_test_run ();
}
