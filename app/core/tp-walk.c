/* tp-walk.c — a recorded walk of one persona through one idea's journey
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tp-walk-private.h"

struct _TpWalk
{
  GObject parent_instance;

  gint64        id;
  char         *uuid;
  gint64        idea_id;
  gint64        persona_id;
  char         *persona_name;
  gint64        journey_revision;
  gint64        persona_revision;
  guint         expected_satisfaction;
  char         *created_at;
  TpWalkResult *result;
  GPtrArray    *notes;        /* char *, one per step walked, NULL for none */
  GPtrArray    *acceptances;  /* char *, one per finding, NULL when open */
};

G_DEFINE_FINAL_TYPE (TpWalk, tp_walk, G_TYPE_OBJECT)

static const struct {
  const char *id;
  const char *label;
} verdicts[] = {
  [TP_VERDICT_NOT_WALKED] = { "not-walked", N_("Not walked") },
  [TP_VERDICT_BLOCKED] = { "blocked", N_("Blocked") },
  [TP_VERDICT_OPEN_FRICTIONS] = { "open-frictions", N_("Frictions to review") },
  [TP_VERDICT_STALE] = { "stale", N_("Stale") },
  [TP_VERDICT_PASSED] = { "passed", N_("Passed") },
};

static void
tp_walk_finalize (GObject *object)
{
  TpWalk *self = (TpWalk *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->persona_name, g_free);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->result, tp_walk_result_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->acceptances, g_ptr_array_unref);

  G_OBJECT_CLASS (tp_walk_parent_class)->finalize (object);
}

static void
tp_walk_class_init (TpWalkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tp_walk_finalize;
}

static void
tp_walk_init (TpWalk *self)
{
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->acceptances = g_ptr_array_new_with_free_func (g_free);
}

TpWalk *
tp_walk_new (gint64        id,
             const char   *uuid,
             gint64        idea_id,
             gint64        persona_id,
             const char   *persona_name,
             gint64        journey_revision,
             gint64        persona_revision,
             guint         expected_satisfaction,
             const char   *created_at,
             TpWalkResult *result)
{
  TpWalk *self = g_object_new (TP_TYPE_WALK, NULL);

  self->id = id;
  self->uuid = g_strdup (uuid);
  self->idea_id = idea_id;
  self->persona_id = persona_id;
  self->persona_name = g_strdup (persona_name);
  self->journey_revision = journey_revision;
  self->persona_revision = persona_revision;
  self->expected_satisfaction = expected_satisfaction;
  self->created_at = g_strdup (created_at);
  self->result = tp_walk_result_ref (result);

  g_ptr_array_set_size (self->notes, tp_walk_result_get_emotion (result)->len);
  g_ptr_array_set_size (self->acceptances, tp_walk_result_get_n_findings (result));

  return self;
}

void
tp_walk_set_note (TpWalk     *self,
                  guint       step,
                  const char *note)
{
  g_return_if_fail (TP_IS_WALK (self));
  g_return_if_fail (step >= 1 && step <= self->notes->len);

  g_free (self->notes->pdata[step - 1]);
  self->notes->pdata[step - 1] = (note && note[0]) ? g_strdup (note) : NULL;
}

void
tp_walk_set_acceptance (TpWalk     *self,
                        guint       finding,
                        const char *reason)
{
  g_return_if_fail (TP_IS_WALK (self));
  g_return_if_fail (finding < self->acceptances->len);

  g_free (self->acceptances->pdata[finding]);
  self->acceptances->pdata[finding] = g_strdup (reason);
}

gint64
tp_walk_get_id (TpWalk *self)
{
  g_return_val_if_fail (TP_IS_WALK (self), 0);
  return self->id;
}

const char *
tp_walk_get_uuid (TpWalk *self)
{
  g_return_val_if_fail (TP_IS_WALK (self), NULL);
  return self->uuid;
}

gint64
tp_walk_get_idea_id (TpWalk *self)
{
  g_return_val_if_fail (TP_IS_WALK (self), 0);
  return self->idea_id;
}

gint64
tp_walk_get_persona_id (TpWalk *self)
{
  g_return_val_if_fail (TP_IS_WALK (self), 0);
  return self->persona_id;
}

const char *
tp_walk_get_persona_name (TpWalk *self)
{
  g_return_val_if_fail (TP_IS_WALK (self), NULL);
  return self->persona_name;
}

gint64
tp_walk_get_journey_revision (TpWalk *self)
{
  g_return_val_if_fail (TP_IS_WALK (self), 0);
  return self->journey_revision;
}

gint64
tp_walk_get_persona_revision (TpWalk *self)
{
  g_return_val_if_fail (TP_IS_WALK (self), 0);
  return self->persona_revision;
}

/* 0 when the team recorded no expectation. */
guint
tp_walk_get_expected_satisfaction (TpWalk *self)
{
  g_return_val_if_fail (TP_IS_WALK (self), 0);
  return self->expected_satisfaction;
}

const char *
tp_walk_get_created_at (TpWalk *self)
{
  g_return_val_if_fail (TP_IS_WALK (self), NULL);
  return self->created_at;
}

TpWalkResult *
tp_walk_get_result (TpWalk *self)
{
  g_return_val_if_fail (TP_IS_WALK (self), NULL);
  return self->result;
}

/**
 * tp_walk_get_note:
 * @step: 1-based step number
 *
 * Returns: (nullable): the team's note on that step
 */
const char *
tp_walk_get_note (TpWalk *self,
                  guint   step)
{
  g_return_val_if_fail (TP_IS_WALK (self), NULL);

  if (step < 1 || step > self->notes->len)
    return NULL;

  return self->notes->pdata[step - 1];
}

/**
 * tp_walk_get_acceptance:
 * @finding: index into the result's findings
 *
 * Returns: (nullable): the reason the team accepted that friction with,
 *   or %NULL while it is open
 */
const char *
tp_walk_get_acceptance (TpWalk *self,
                        guint   finding)
{
  g_return_val_if_fail (TP_IS_WALK (self), NULL);

  if (finding >= self->acceptances->len)
    return NULL;

  return self->acceptances->pdata[finding];
}

guint
tp_walk_count_open_frictions (TpWalk *self)
{
  guint n = 0;

  g_return_val_if_fail (TP_IS_WALK (self), 0);

  for (guint i = 0; i < self->acceptances->len; i++)
    {
      TpFinding *finding = tp_walk_result_get_finding (self->result, i);

      if (tp_finding_get_severity (finding) == TP_SEVERITY_FRICTION &&
          self->acceptances->pdata[i] == NULL)
        n++;
    }

  return n;
}

/**
 * tp_walk_get_perception_gap:
 * @gap: (out): expected minus simulated satisfaction
 *
 * Returns: %FALSE when the team recorded no expectation
 */
gboolean
tp_walk_get_perception_gap (TpWalk *self,
                            int    *gap)
{
  g_return_val_if_fail (TP_IS_WALK (self), FALSE);

  if (self->expected_satisfaction == 0)
    return FALSE;

  if (gap)
    *gap = (int)self->expected_satisfaction - (int)tp_walk_result_get_satisfaction (self->result);
  return TRUE;
}

const char *
tp_verdict_to_string (TpVerdict verdict)
{
  g_return_val_if_fail (verdict < G_N_ELEMENTS (verdicts), NULL);
  return verdicts[verdict].id;
}

const char *
tp_verdict_get_label (TpVerdict verdict)
{
  g_return_val_if_fail (verdict < G_N_ELEMENTS (verdicts), NULL);
  return _(verdicts[verdict].label);
}
