/* tp-simulator.c — walks a persona through a journey design and says how it went
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-simulator.h"

struct _TpFinding
{
  guint       step;
  const char *rule;
  TpSeverity  severity;
  guint       weight;
  char       *message;
  char       *fix;
};

struct _TpWalkResult
{
  gatomicrefcount  ref_count;

  TpOutcome        outcome;
  guint            dropped_at;
  const char      *reason;
  guint            satisfaction;
  GArray          *emotion;
  GPtrArray       *findings;
};

G_DEFINE_BOXED_TYPE (TpFinding, tp_finding, tp_finding_copy, tp_finding_free)
G_DEFINE_BOXED_TYPE (TpWalkResult, tp_walk_result, tp_walk_result_ref, tp_walk_result_unref)

/* What one rule says about one step. The walk turns it into a finding
 * by adding the step number and the rule id. */
typedef struct
{
  TpSeverity  severity;
  guint       weight;
  char       *message;
  char       *fix;
} RuleResult;

typedef struct
{
  TpPersona     *persona;
  TpJourneyStep *step;
  const char    *name;
} TpRuleInput;

typedef gboolean (*TpRuleFunc) (const TpRuleInput *in,
                                RuleResult         *verdict);

static void
set_verdict (RuleResult  *verdict,
             TpSeverity  severity,
             guint       weight,
             char       *message,
             const char *fix)
{
  verdict->severity = severity;
  verdict->weight = weight;
  verdict->message = message;
  verdict->fix = g_strdup (fix);
}

static gboolean
check_channel_mismatch (const TpRuleInput *in,
                        RuleResult         *verdict)
{
  TpChannel offered = tp_journey_step_get_channels (in->step);
  TpChannel used = tp_persona_get_channels (in->persona);
  g_autofree char *offered_label = NULL;
  g_autofree char *used_label = NULL;
  g_autofree char *fix = NULL;

  if ((offered & used) != 0)
    return FALSE;

  offered_label = offered != 0 ? tp_channels_to_label (offered) : g_strdup (_("none"));
  used_label = used != 0 ? tp_channels_to_label (used) : g_strdup (_("none"));
  /* Translators: %1$s is a persona's name, %2$s a list of channels */
  fix = g_strdup_printf (_("Also offer a channel %1$s uses here: %2$s"),
                         in->name, used_label);

  if (tp_persona_get_digital_confidence (in->persona) == TP_LEVEL_LOW &&
      (offered & ~TP_CHANNEL_DIGITAL) == 0)
    {
      set_verdict (verdict, TP_SEVERITY_BARRIER, 0,
                   /* Translators: %1$s is a persona's name, %2$s a list of channels */
                   g_strdup_printf (_("%1$s is not at ease online, and this step can only be done through %2$s"),
                                    in->name, offered_label),
                   fix);
      return TRUE;
    }

  set_verdict (verdict, TP_SEVERITY_FRICTION, 1,
               /* Translators: %1$s is a persona's name, %2$s a list of channels */
               g_strdup_printf (_("%1$s does not use any of the channels offered here (%2$s)"),
                                in->name, offered_label),
               fix);
  return TRUE;
}

static gboolean
check_no_way_back (const TpRuleInput *in,
                   RuleResult         *verdict)
{
  if (!tp_journey_step_get_immediate_decision (in->step) ||
      !tp_persona_get_needs_time_to_decide (in->persona))
    return FALSE;

  if (!tp_journey_step_get_can_come_back (in->step))
    {
      set_verdict (verdict, TP_SEVERITY_BARRIER, 0,
                   g_strdup_printf (_("%s wants to think it over, but there is no way to call you back"),
                                    in->name),
                   _("Offer an inbound route at this step"));
      return TRUE;
    }

  set_verdict (verdict, TP_SEVERITY_FRICTION, 1,
               g_strdup_printf (_("%s feels pushed to decide on the spot"), in->name),
               _("Do not ask for a decision here; let the customer come back when ready"));
  return TRUE;
}

static gboolean
check_no_person (const TpRuleInput *in,
                 RuleResult         *verdict)
{
  if (!tp_journey_step_get_self_service_only (in->step) ||
      tp_persona_get_relationship (in->persona) != TP_RELATIONSHIP_EXISTING ||
      tp_persona_get_digital_confidence (in->persona) == TP_LEVEL_HIGH)
    return FALSE;

  set_verdict (verdict, TP_SEVERITY_FRICTION, 1,
               g_strdup_printf (_("%s is stuck on their own, with no person to ask for help"),
                                in->name),
               _("Let existing customers reach a person at this step"));
  return TRUE;
}

static gboolean
check_half_solved (const TpRuleInput *in,
                   RuleResult         *verdict)
{
  if (tp_journey_step_get_resolved_in_one_contact (in->step))
    return FALSE;

  set_verdict (verdict, TP_SEVERITY_FRICTION, 1,
               g_strdup_printf (_("%s reached someone who could not finish it and has to get in touch again"),
                                in->name),
               _("Let the first person the customer reaches finish the job"));
  return TRUE;
}

static gboolean
check_feedback_agent_only (const TpRuleInput *in,
                           RuleResult         *verdict)
{
  if (tp_journey_step_get_feedback (in->step) != TP_FEEDBACK_AGENT_ONLY)
    return FALSE;

  set_verdict (verdict, TP_SEVERITY_FRICTION, 1,
               g_strdup_printf (_("%s is asked to rate the agent, not what went wrong along the way"),
                                in->name),
               _("Ask about the whole experience, not only the agent"));
  return TRUE;
}

static gboolean
check_feedback_whole_experience (const TpRuleInput *in,
                                 RuleResult         *verdict)
{
  if (tp_journey_step_get_feedback (in->step) != TP_FEEDBACK_WHOLE_EXPERIENCE)
    return FALSE;

  set_verdict (verdict, TP_SEVERITY_DELIGHT, 0,
               g_strdup_printf (_("%s is asked about the whole experience and feels heard"),
                                in->name),
               _("Keep asking about the whole experience"));
  return TRUE;
}

static gboolean
check_effort (const TpRuleInput *in,
              RuleResult         *verdict)
{
  guint effort = tp_journey_step_get_effort (in->step);

  if (effort < 4)
    return FALSE;

  /* One finding, so the walkthrough shows one thing to fix, but a very
   * hard step wears the customer down twice as much. */
  if (effort >= TP_JOURNEY_STEP_EFFORT_MAX)
    set_verdict (verdict, TP_SEVERITY_FRICTION, 2,
                 g_strdup_printf (_("%s has to work very hard to get through this step"),
                                  in->name),
                 _("Cut the forms, waiting and repeated details this step asks for"));
  else
    set_verdict (verdict, TP_SEVERITY_FRICTION, 1,
                 g_strdup_printf (_("%s has to work hard to get through this step"),
                                  in->name),
                 _("Cut the forms, waiting and repeated details this step asks for"));
  return TRUE;
}

static gboolean
check_kept_informed (const TpRuleInput *in,
                     RuleResult         *verdict)
{
  if (!tp_journey_step_get_proactive_update (in->step))
    return FALSE;

  set_verdict (verdict, TP_SEVERITY_DELIGHT, 0,
               g_strdup_printf (_("%s is kept informed without having to ask"),
                                in->name),
               _("Keep the proactive update"));
  return TRUE;
}

/* Within a step the rules fire in this order, and the first barrier in
 * it is the reason a customer gives up. */
static const struct {
  const char *id;
  TpRuleFunc  check;
} rules[] = {
  { "channel-mismatch",          check_channel_mismatch },
  { "no-way-back",               check_no_way_back },
  { "no-person",                 check_no_person },
  { "half-solved",               check_half_solved },
  { "feedback-agent-only",       check_feedback_agent_only },
  { "feedback-whole-experience", check_feedback_whole_experience },
  { "effort",                    check_effort },
  { "kept-informed",             check_kept_informed },
};

static TpFinding *
finding_new (guint       step,
             const char *rule,
             RuleResult  *verdict)
{
  TpFinding *self = g_new0 (TpFinding, 1);

  self->step = step;
  self->rule = rule;
  self->severity = verdict->severity;
  self->weight = verdict->weight;
  self->message = g_steal_pointer (&verdict->message);
  self->fix = g_steal_pointer (&verdict->fix);

  return self;
}

TpFinding *
tp_finding_copy (const TpFinding *self)
{
  TpFinding *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->message = g_strdup (self->message);
  copy->fix = g_strdup (self->fix);

  return copy;
}

void
tp_finding_free (TpFinding *self)
{
  if (self == NULL)
    return;

  g_free (self->message);
  g_free (self->fix);
  g_free (self);
}

/**
 * tp_finding_get_step:
 *
 * Returns: the step the finding is about, counted from 1
 */
guint
tp_finding_get_step (const TpFinding *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->step;
}

/**
 * tp_finding_get_rule:
 *
 * Returns: the id of the rule that fired, such as "no-way-back"
 */
const char *
tp_finding_get_rule (const TpFinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->rule;
}

TpSeverity
tp_finding_get_severity (const TpFinding *self)
{
  g_return_val_if_fail (self != NULL, TP_SEVERITY_FRICTION);

  return self->severity;
}

const char *
tp_finding_get_message (const TpFinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->message;
}

const char *
tp_finding_get_fix (const TpFinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->fix;
}

/**
 * tp_finding_get_weight:
 *
 * Returns: how many frictions the finding counts as: 1 for most
 *   frictions, 2 for an effort of 5, 0 for delights and barriers
 */
guint
tp_finding_get_weight (const TpFinding *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->weight;
}

static TpWalkResult *
tp_walk_result_new (void)
{
  TpWalkResult *self = g_new0 (TpWalkResult, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->outcome = TP_OUTCOME_COMPLETED;
  self->emotion = g_array_new (FALSE, FALSE, sizeof (int));
  self->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) tp_finding_free);

  return self;
}

TpWalkResult *
tp_walk_result_ref (TpWalkResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
tp_walk_result_unref (TpWalkResult *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->emotion, g_array_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_free (self);
}

TpOutcome
tp_walk_result_get_outcome (TpWalkResult *self)
{
  g_return_val_if_fail (self != NULL, TP_OUTCOME_ABANDONED);

  return self->outcome;
}

/**
 * tp_walk_result_get_dropped_at:
 *
 * Returns: the step the customer gave up at, counted from 1, or 0 when
 *   the walk was completed
 */
guint
tp_walk_result_get_dropped_at (TpWalkResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->dropped_at;
}

/**
 * tp_walk_result_get_reason:
 *
 * Returns: (nullable): the rule id of the barrier that stopped the
 *   customer, "patience" when frictions wore them out, or %NULL when
 *   the walk was completed
 */
const char *
tp_walk_result_get_reason (TpWalkResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->reason;
}

/**
 * tp_simulator_describe_reason:
 * @reason: (nullable): a reason from tp_walk_result_get_reason()
 *
 * Returns: (nullable): why the customer gave up, in words a facilitator
 *   reads in a sentence, or @reason itself for a rule it does not know
 */
const char *
tp_simulator_describe_reason (const char *reason)
{
  if (g_strcmp0 (reason, "channel-mismatch") == 0)
    return _("none of the channels they use is offered");
  if (g_strcmp0 (reason, "no-way-back") == 0)
    return _("no way back to decide later");
  if (g_strcmp0 (reason, "patience") == 0)
    return _("too many frictions for their patience");
  return reason;
}

guint
tp_walk_result_get_satisfaction (TpWalkResult *self)
{
  g_return_val_if_fail (self != NULL, TP_SATISFACTION_MIN);

  return self->satisfaction;
}

/**
 * tp_walk_result_get_emotion:
 *
 * Returns: (transfer none) (element-type int): the running emotion after
 *   each step walked, not clamped
 */
GArray *
tp_walk_result_get_emotion (TpWalkResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->emotion;
}

int
tp_walk_result_get_final_emotion (TpWalkResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  if (self->emotion->len == 0)
    return 0;

  return g_array_index (self->emotion, int, self->emotion->len - 1);
}

/**
 * tp_walk_result_get_findings:
 *
 * Returns: (transfer none) (element-type TpFinding): every finding, in
 *   step order and within a step in rule order
 */
GPtrArray *
tp_walk_result_get_findings (TpWalkResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->findings;
}

guint
tp_walk_result_get_n_findings (TpWalkResult *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->findings->len;
}

TpFinding *
tp_walk_result_get_finding (TpWalkResult *self,
                            guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->findings->len, NULL);

  return g_ptr_array_index (self->findings, index);
}

/**
 * tp_walk_result_count_frictions:
 *
 * Returns: the frictions the customer met, counted as the simulator
 *   counts them against patience (an effort of 5 counts twice)
 */
guint
tp_walk_result_count_frictions (TpWalkResult *self)
{
  guint count = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->findings->len; i++)
    {
      const TpFinding *finding = g_ptr_array_index (self->findings, i);

      if (finding->severity == TP_SEVERITY_FRICTION)
        count += finding->weight;
    }

  return count;
}

/**
 * tp_simulator_get_satisfaction:
 * @outcome: how the walk ended
 * @final_emotion: the emotion after the last step walked
 *
 * Returns: the simulated satisfaction, 1 to 5
 */
guint
tp_simulator_get_satisfaction (TpOutcome outcome,
                               int       final_emotion)
{
  if (outcome == TP_OUTCOME_ABANDONED || final_emotion <= -3)
    return 1;
  if (final_emotion < 0)
    return 2;
  if (final_emotion == 0)
    return 3;
  if (final_emotion < 3)
    return 4;
  return 5;
}

/**
 * tp_finding_new:
 *
 * Rebuilds a finding as it was recorded, for walks read back from storage.
 */
TpFinding *
tp_finding_new (guint       step,
                const char *rule,
                TpSeverity  severity,
                guint       weight,
                const char *message,
                const char *fix)
{
  TpFinding *self = g_new0 (TpFinding, 1);

  self->step = step;
  self->rule = g_intern_string (rule);
  self->severity = severity;
  self->weight = weight;
  self->message = g_strdup (message);
  self->fix = g_strdup (fix);

  return self;
}

/**
 * tp_walk_result_new_recorded:
 * @findings: (transfer none): TpFinding items, copied
 *
 * Rebuilds a walk's result as it was recorded, without simulating again:
 * the persona or the journey may have changed since.
 */
TpWalkResult *
tp_walk_result_new_recorded (TpOutcome   outcome,
                             guint       dropped_at,
                             const char *reason,
                             guint       satisfaction,
                             GArray     *emotion,
                             GPtrArray  *findings)
{
  TpWalkResult *self = tp_walk_result_new ();

  self->outcome = outcome;
  self->dropped_at = dropped_at;
  self->reason = reason ? g_intern_string (reason) : NULL;
  self->satisfaction = CLAMP (satisfaction, TP_SATISFACTION_MIN, TP_SATISFACTION_MAX);
  g_array_append_vals (self->emotion, emotion->data, emotion->len);
  for (guint i = 0; i < findings->len; i++)
    g_ptr_array_add (self->findings, tp_finding_copy (g_ptr_array_index (findings, i)));

  return self;
}

/**
 * tp_simulator_get_rule_ids:
 *
 * Returns: (transfer none) (array zero-terminated=1): every rule id, in
 *   the order the rules fire
 */
const char * const *
tp_simulator_get_rule_ids (void)
{
  static const char *ids[G_N_ELEMENTS (rules) + 1];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
        ids[i] = rules[i].id;
      g_once_init_leave (&initialized, 1);
    }

  return (const char * const *) ids;
}

static int
emotion_change (const TpFinding *finding)
{
  switch (finding->severity)
    {
    case TP_SEVERITY_DELIGHT:
      return 1;

    case TP_SEVERITY_FRICTION:
      return -(int) finding->weight;

    case TP_SEVERITY_BARRIER:
      return -3;

    default:
      g_assert_not_reached ();
    }
}

/**
 * tp_simulate:
 * @persona: the customer walking
 * @steps: (element-type TpJourneyStep): the journey design, in order
 *
 * Walks @persona through @steps and fires the rules on each step. The
 * customer gives up at the first barrier, or at the step where the
 * frictions so far reach the persona's patience limit. Deterministic
 * and free of side effects, so a walk can be repeated at will.
 *
 * Returns: (transfer full): the walk
 */
TpWalkResult *
tp_simulate (TpPersona  *persona,
             GListModel *steps)
{
  TpWalkResult *result;
  TpRuleInput in;
  guint patience_limit;
  guint n_steps;
  guint frictions = 0;
  int emotion = 0;

  g_return_val_if_fail (TP_IS_PERSONA (persona), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (steps), NULL);

  result = tp_walk_result_new ();
  patience_limit = tp_persona_patience_limit (tp_persona_get_patience (persona));
  n_steps = g_list_model_get_n_items (steps);

  in.persona = persona;
  in.name = tp_persona_get_name (persona);
  if (in.name == NULL || in.name[0] == '\0')
    in.name = _("The customer");

  for (guint i = 0; i < n_steps && result->outcome == TP_OUTCOME_COMPLETED; i++)
    {
      g_autoptr(TpJourneyStep) step = g_list_model_get_item (steps, i);
      const char *barrier = NULL;

      in.step = step;

      for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
        {
          RuleResult verdict;
          TpFinding *finding;

          if (!rules[r].check (&in, &verdict))
            continue;

          finding = finding_new (i + 1, rules[r].id, &verdict);
          g_ptr_array_add (result->findings, finding);

          emotion += emotion_change (finding);
          if (finding->severity == TP_SEVERITY_FRICTION)
            frictions += finding->weight;
          else if (finding->severity == TP_SEVERITY_BARRIER && barrier == NULL)
            barrier = finding->rule;
        }

      g_array_append_val (result->emotion, emotion);

      if (barrier != NULL || frictions >= patience_limit)
        {
          result->outcome = TP_OUTCOME_ABANDONED;
          result->dropped_at = i + 1;
          result->reason = barrier != NULL ? barrier : "patience";
        }
    }

  result->satisfaction = tp_simulator_get_satisfaction (result->outcome, emotion);

  return result;
}
