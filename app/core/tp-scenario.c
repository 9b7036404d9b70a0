/* tp-scenario.c — personas, journey designs and walks as JSON scenario files
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "tp-error.h"
#include "tp-scenario.h"

static const char * const persona_keys[] = {
  "name",
  "summary",
  "channels",
  "digital_confidence",
  "needs_time_to_decide",
  "patience",
  "relationship",
  NULL
};

static const char * const journey_keys[] = {
  "steps",
  NULL
};

static const char * const step_keys[] = {
  "stage",
  "description",
  "channels",
  "initiated_by",
  "can_come_back",
  "immediate_decision",
  "self_service_only",
  "resolved_in_one_contact",
  "proactive_update",
  "effort",
  "feedback",
  NULL
};

/* @where is "" or "step N: ", so that every message points at the
 * place in the file to fix. */
G_GNUC_PRINTF (3, 4)
static gboolean
fail (GError     **error,
      const char  *where,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_strdelimit (message, "\r\n", ' ');
  g_set_error (error, TP_ERROR, TP_ERROR_INVALID, "%s%s", where, message);

  return FALSE;
}

static gboolean
fail_choice (GError     **error,
             const char  *where,
             const char  *key,
             const char  *choices)
{
  /* Translators: %1$s is a key of a scenario file, %2$s the values it accepts */
  return fail (error, where, _("“%1$s” must be one of %2$s"), key, choices);
}

static gboolean
check_keys (JsonObject         *object,
            const char * const *allowed,
            const char         *where,
            GError            **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data))
        return fail (error, where, _("unknown key “%s”"), (const char *) l->data);
    }

  return TRUE;
}

static gboolean
holds_type (JsonNode *node,
            GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* Leaves *value alone when the key is absent, so callers preset defaults. */
static gboolean
read_string (JsonObject  *object,
             const char  *key,
             const char  *where,
             const char **value,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    return TRUE;

  if (!holds_type (node, G_TYPE_STRING))
    return fail (error, where, _("“%s” must be text"), key);

  *value = json_node_get_string (node);
  return TRUE;
}

static gboolean
read_required_string (JsonObject  *object,
                      const char  *key,
                      const char  *where,
                      char       **value,
                      GError     **error)
{
  const char *text = NULL;
  g_autofree char *stripped = NULL;

  if (!read_string (object, key, where, &text, error))
    return FALSE;

  if (text == NULL)
    return fail (error, where, _("“%s” is required"), key);

  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0')
    return fail (error, where, _("“%s” must not be empty"), key);

  *value = g_steal_pointer (&stripped);
  return TRUE;
}

static gboolean
read_boolean (JsonObject  *object,
              const char  *key,
              const char  *where,
              gboolean    *value,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    return TRUE;

  if (!holds_type (node, G_TYPE_BOOLEAN))
    return fail (error, where, _("“%s” must be true or false"), key);

  *value = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
read_level (JsonObject  *object,
            const char  *key,
            const char  *where,
            TpLevel     *value,
            GError     **error)
{
  const char *text = NULL;

  if (!read_string (object, key, where, &text, error))
    return FALSE;

  if (text != NULL && !tp_level_from_string (text, value))
    return fail_choice (error, where, key, "low, medium, high");

  return TRUE;
}

static gboolean
read_channels (JsonObject  *object,
               const char  *where,
               TpChannel   *value,
               GError     **error)
{
  JsonNode *node = json_object_get_member (object, "channels");
  g_autofree char *all = tp_channels_to_string (TP_CHANNEL_ALL);
  TpChannel channels = TP_CHANNEL_NONE;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (array = json_node_get_array (node)) == 0)
    return fail (error, where, _("“%s” must list at least one of %s"), "channels", all);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      TpChannel channel;

      if (!holds_type (element, G_TYPE_STRING))
        return fail (error, where, _("“%s” must list at least one of %s"), "channels", all);

      if (!tp_channel_from_string (json_node_get_string (element), &channel))
        return fail (error, where, _("“%s”: unknown channel “%s”, use %s"),
                     "channels", json_node_get_string (element), all);

      channels |= channel;
    }

  *value = channels;
  return TRUE;
}

static gboolean
read_effort (JsonObject  *object,
             const char  *where,
             guint       *value,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, "effort");
  gint64 effort;

  if (node == NULL)
    return TRUE;

  if (!holds_type (node, G_TYPE_INT64) ||
      (effort = json_node_get_int (node)) < TP_JOURNEY_STEP_EFFORT_MIN ||
      effort > TP_JOURNEY_STEP_EFFORT_MAX)
    return fail (error, where, _("“%s” must be a whole number from %d to %d"),
                 "effort", TP_JOURNEY_STEP_EFFORT_MIN, TP_JOURNEY_STEP_EFFORT_MAX);

  *value = (guint) effort;
  return TRUE;
}

/**
 * tp_scenario_persona_from_json:
 * @node: a parsed persona
 * @error: return location for a #GError
 *
 * Traits left out get the defaults of tp_persona_new(); the summary
 * defaults to an empty string.
 *
 * Returns: (transfer full) (nullable): the persona, or %NULL with
 *   TP_ERROR_INVALID
 */
TpPersona *
tp_scenario_persona_from_json (JsonNode  *node,
                               GError   **error)
{
  JsonObject *object;
  g_autofree char *name = NULL;
  const char *summary = "";
  const char *text = NULL;
  TpChannel channels = TP_CHANNEL_NONE;
  TpLevel digital_confidence = TP_LEVEL_MEDIUM;
  TpLevel patience = TP_LEVEL_MEDIUM;
  TpRelationship relationship = TP_RELATIONSHIP_PROSPECT;
  gboolean needs_time_to_decide = FALSE;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, "", _("a persona must be a JSON object"));
      return NULL;
    }

  object = json_node_get_object (node);

  if (!check_keys (object, persona_keys, "", error) ||
      !read_required_string (object, "name", "", &name, error) ||
      !read_string (object, "summary", "", &summary, error) ||
      !read_channels (object, "", &channels, error) ||
      !read_level (object, "digital_confidence", "", &digital_confidence, error) ||
      !read_boolean (object, "needs_time_to_decide", "", &needs_time_to_decide, error) ||
      !read_level (object, "patience", "", &patience, error) ||
      !read_string (object, "relationship", "", &text, error))
    return NULL;

  if (text != NULL && !tp_relationship_from_string (text, &relationship))
    {
      fail_choice (error, "", "relationship", "prospect, existing");
      return NULL;
    }

  return g_object_new (TP_TYPE_PERSONA,
                       "name", name,
                       "summary", summary,
                       "channels", channels,
                       "digital-confidence", digital_confidence,
                       "needs-time-to-decide", needs_time_to_decide,
                       "patience", patience,
                       "relationship", relationship,
                       NULL);
}

static TpJourneyStep *
step_from_json (JsonNode  *node,
                guint      number,
                GError   **error)
{
  /* Translators: the start of a message about one step of a scenario file */
  g_autofree char *where = g_strdup_printf (_("step %u: "), number);
  g_autofree char *stage = NULL;
  JsonObject *object;
  const char *description = "";
  const char *initiated_by_text = NULL;
  const char *feedback_text = NULL;
  TpChannel channels = TP_CHANNEL_NONE;
  TpInitiator initiated_by = TP_INITIATOR_COMPANY;
  TpFeedback feedback = TP_FEEDBACK_NONE;
  gboolean can_come_back = FALSE;
  gboolean immediate_decision = FALSE;
  gboolean self_service_only = FALSE;
  gboolean resolved_in_one_contact = TRUE;
  gboolean proactive_update = FALSE;
  guint effort = TP_JOURNEY_STEP_EFFORT_MIN;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, "", _("step %u must be a JSON object"), number);
      return NULL;
    }

  object = json_node_get_object (node);

  if (!check_keys (object, step_keys, where, error) ||
      !read_required_string (object, "stage", where, &stage, error) ||
      !read_string (object, "description", where, &description, error) ||
      !read_channels (object, where, &channels, error) ||
      !read_string (object, "initiated_by", where, &initiated_by_text, error) ||
      !read_boolean (object, "can_come_back", where, &can_come_back, error) ||
      !read_boolean (object, "immediate_decision", where, &immediate_decision, error) ||
      !read_boolean (object, "self_service_only", where, &self_service_only, error) ||
      !read_boolean (object, "resolved_in_one_contact", where, &resolved_in_one_contact, error) ||
      !read_boolean (object, "proactive_update", where, &proactive_update, error) ||
      !read_effort (object, where, &effort, error) ||
      !read_string (object, "feedback", where, &feedback_text, error))
    return NULL;

  if (initiated_by_text != NULL &&
      !tp_initiator_from_string (initiated_by_text, &initiated_by))
    {
      fail_choice (error, where, "initiated_by", "company, customer");
      return NULL;
    }

  if (feedback_text != NULL &&
      !tp_feedback_from_string (feedback_text, &feedback))
    {
      fail_choice (error, where, "feedback", "none, agent_only, whole_experience");
      return NULL;
    }

  return g_object_new (TP_TYPE_JOURNEY_STEP,
                       "stage", stage,
                       "description", description,
                       "channels", channels,
                       "initiated-by", initiated_by,
                       "can-come-back", can_come_back,
                       "immediate-decision", immediate_decision,
                       "self-service-only", self_service_only,
                       "resolved-in-one-contact", resolved_in_one_contact,
                       "proactive-update", proactive_update,
                       "effort", effort,
                       "feedback", feedback,
                       NULL);
}

/**
 * tp_scenario_journey_from_json:
 * @node: a parsed journey design: an object with a "steps" list
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a list of #TpJourneyStep, or
 *   %NULL with TP_ERROR_INVALID
 */
GListStore *
tp_scenario_journey_from_json (JsonNode  *node,
                               GError   **error)
{
  g_autoptr(GListStore) steps = NULL;
  JsonObject *object;
  JsonNode *steps_node;
  JsonArray *array;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, "", _("a journey must be a JSON object with “%s”"), "steps");
      return NULL;
    }

  object = json_node_get_object (node);
  if (!check_keys (object, journey_keys, "", error))
    return NULL;

  steps_node = json_object_get_member (object, "steps");
  if (steps_node == NULL || !JSON_NODE_HOLDS_ARRAY (steps_node) ||
      json_array_get_length (array = json_node_get_array (steps_node)) == 0)
    {
      fail (error, "", _("“%s” must list at least one step"), "steps");
      return NULL;
    }

  steps = g_list_store_new (TP_TYPE_JOURNEY_STEP);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autoptr(TpJourneyStep) step = NULL;

      step = step_from_json (json_array_get_element (array, i), i + 1, error);
      if (step == NULL)
        return NULL;

      g_list_store_append (steps, step);
    }

  return g_steal_pointer (&steps);
}

static JsonNode *
parse_data (const char  *data,
            gssize       length,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      const char *detail = local_error->message;

      /* json-glib names the buffer "<data>"; the caller knows better */
      if (g_str_has_prefix (detail, "<data>:"))
        detail += strlen ("<data>:");
      fail (error, "", _("not valid JSON: %s"), detail);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      fail (error, "", _("empty, a JSON object was expected"));
      return NULL;
    }

  return json_parser_steal_root (parser);
}

static char *
read_file (const char  *path,
           gsize       *length,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, length, &local_error))
    {
      g_set_error_literal (error, TP_ERROR,
                           g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT)
                             ? TP_ERROR_NOT_FOUND : TP_ERROR_INVALID,
                           local_error->message);
      return NULL;
    }

  return contents;
}

/**
 * tp_scenario_load_persona:
 * @data: the text of a persona file
 * @length: the length of @data, or -1 when it is nul-terminated
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the persona
 */
TpPersona *
tp_scenario_load_persona (const char  *data,
                          gssize       length,
                          GError     **error)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(node = parse_data (data, length, error)))
    return NULL;

  return tp_scenario_persona_from_json (node, error);
}

TpPersona *
tp_scenario_load_persona_file (const char  *path,
                               GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *display_name = NULL;
  TpPersona *persona;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(data = read_file (path, &length, error)))
    return NULL;

  if (!(persona = tp_scenario_load_persona (data, length, error)))
    {
      display_name = g_filename_display_name (path);
      g_prefix_error (error, "%s: ", display_name);
    }

  return persona;
}

/**
 * tp_scenario_load_journey:
 * @data: the text of a journey file
 * @length: the length of @data, or -1 when it is nul-terminated
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a list of #TpJourneyStep
 */
GListStore *
tp_scenario_load_journey (const char  *data,
                          gssize       length,
                          GError     **error)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(node = parse_data (data, length, error)))
    return NULL;

  return tp_scenario_journey_from_json (node, error);
}

GListStore *
tp_scenario_load_journey_file (const char  *path,
                               GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *display_name = NULL;
  GListStore *steps;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(data = read_file (path, &length, error)))
    return NULL;

  if (!(steps = tp_scenario_load_journey (data, length, error)))
    {
      display_name = g_filename_display_name (path);
      g_prefix_error (error, "%s: ", display_name);
    }

  return steps;
}

static void
add_channels (JsonBuilder *builder,
              TpChannel    channels)
{
  json_builder_set_member_name (builder, "channels");
  json_builder_begin_array (builder);
  for (guint bit = TP_CHANNEL_PHONE; bit <= TP_CHANNEL_POST; bit <<= 1)
    {
      if (channels & bit)
        json_builder_add_string_value (builder, tp_channel_to_string (bit));
    }
  json_builder_end_array (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_boolean (JsonBuilder *builder,
             const char  *key,
             gboolean     value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_boolean_value (builder, value);
}

static void
add_int (JsonBuilder *builder,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

/**
 * tp_scenario_persona_to_json:
 * @persona: a persona
 *
 * Returns: (transfer full): the persona in the scenario format, which
 *   tp_scenario_persona_from_json() reads back
 */
JsonNode *
tp_scenario_persona_to_json (TpPersona *persona)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (TP_IS_PERSONA (persona), NULL);

  json_builder_begin_object (builder);
  add_string (builder, "name", tp_persona_get_name (persona) ? tp_persona_get_name (persona) : "");
  add_string (builder, "summary", tp_persona_get_summary (persona) ? tp_persona_get_summary (persona) : "");
  add_channels (builder, tp_persona_get_channels (persona));
  add_string (builder, "digital_confidence",
              tp_level_to_string (tp_persona_get_digital_confidence (persona)));
  add_boolean (builder, "needs_time_to_decide", tp_persona_get_needs_time_to_decide (persona));
  add_string (builder, "patience", tp_level_to_string (tp_persona_get_patience (persona)));
  add_string (builder, "relationship",
              tp_relationship_to_string (tp_persona_get_relationship (persona)));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * tp_scenario_journey_to_json:
 * @steps: (element-type TpJourneyStep): a journey design
 *
 * Returns: (transfer full): the journey in the scenario format, every
 *   field written out
 */
JsonNode *
tp_scenario_journey_to_json (GListModel *steps)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n_steps;

  g_return_val_if_fail (G_IS_LIST_MODEL (steps), NULL);

  n_steps = g_list_model_get_n_items (steps);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "steps");
  json_builder_begin_array (builder);

  for (guint i = 0; i < n_steps; i++)
    {
      g_autoptr(TpJourneyStep) step = g_list_model_get_item (steps, i);

      json_builder_begin_object (builder);
      add_string (builder, "stage", tp_journey_step_get_stage (step));
      add_string (builder, "description", tp_journey_step_get_description (step));
      add_channels (builder, tp_journey_step_get_channels (step));
      add_string (builder, "initiated_by",
                  tp_initiator_to_string (tp_journey_step_get_initiated_by (step)));
      add_boolean (builder, "can_come_back", tp_journey_step_get_can_come_back (step));
      add_boolean (builder, "immediate_decision", tp_journey_step_get_immediate_decision (step));
      add_boolean (builder, "self_service_only", tp_journey_step_get_self_service_only (step));
      add_boolean (builder, "resolved_in_one_contact",
                   tp_journey_step_get_resolved_in_one_contact (step));
      add_boolean (builder, "proactive_update", tp_journey_step_get_proactive_update (step));
      add_int (builder, "effort", tp_journey_step_get_effort (step));
      add_string (builder, "feedback", tp_feedback_to_string (tp_journey_step_get_feedback (step)));
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * tp_scenario_walk_to_json:
 * @walk: a walk
 *
 * Returns: (transfer full): the walk as `touchpoint-cli simulate --json`
 *   prints it; "dropped_at" and "reason" are null for a completed walk
 */
JsonNode *
tp_scenario_walk_to_json (TpWalkResult *walk)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GArray *emotion;
  GPtrArray *findings;

  g_return_val_if_fail (walk != NULL, NULL);

  emotion = tp_walk_result_get_emotion (walk);
  findings = tp_walk_result_get_findings (walk);

  json_builder_begin_object (builder);
  add_string (builder, "outcome", tp_outcome_to_string (tp_walk_result_get_outcome (walk)));

  json_builder_set_member_name (builder, "dropped_at");
  if (tp_walk_result_get_dropped_at (walk) > 0)
    json_builder_add_int_value (builder, tp_walk_result_get_dropped_at (walk));
  else
    json_builder_add_null_value (builder);

  add_string (builder, "reason", tp_walk_result_get_reason (walk));
  add_int (builder, "satisfaction", tp_walk_result_get_satisfaction (walk));

  json_builder_set_member_name (builder, "emotion");
  json_builder_begin_array (builder);
  for (guint i = 0; i < emotion->len; i++)
    json_builder_add_int_value (builder, g_array_index (emotion, int, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < findings->len; i++)
    {
      const TpFinding *finding = g_ptr_array_index (findings, i);

      json_builder_begin_object (builder);
      add_int (builder, "step", tp_finding_get_step (finding));
      add_string (builder, "rule", tp_finding_get_rule (finding));
      add_string (builder, "severity", tp_severity_to_string (tp_finding_get_severity (finding)));
      add_string (builder, "message", tp_finding_get_message (finding));
      add_string (builder, "fix", tp_finding_get_fix (finding));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
