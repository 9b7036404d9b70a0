/* tp-cli-scores.c — touchpoint-cli score: impact, effort, RICE and MoSCoW from a terminal
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-cli-commands.h"

/* The text layout is one "FIELD  VALUE" record per field, unset values
 * empty: impact, effort, reach, rice-impact, confidence, rice-effort,
 * rice-score, moscow, quadrant. */

typedef enum
{
  SCORE_IMPACT = 1 << 0,
  SCORE_EFFORT = 1 << 1,
  SCORE_REACH = 1 << 2,
  SCORE_RICE_IMPACT = 1 << 3,
  SCORE_CONFIDENCE = 1 << 4,
  SCORE_RICE_EFFORT = 1 << 5,
  SCORE_MOSCOW = 1 << 6,
} ScoreField;

static const struct {
  const char *name;
  guint       fields;
} clearable[] = {
  { "impact", SCORE_IMPACT },
  { "effort", SCORE_EFFORT },
  { "reach", SCORE_REACH },
  { "rice-impact", SCORE_RICE_IMPACT },
  { "confidence", SCORE_CONFIDENCE },
  { "rice-effort", SCORE_RICE_EFFORT },
  { "moscow", SCORE_MOSCOW },
  { "rice", SCORE_REACH | SCORE_RICE_IMPACT | SCORE_CONFIDENCE | SCORE_RICE_EFFORT },
  { "all", 0x7f },
};

/* Plain decimal numbers only: strtod alone would take " 3", "0x10" and "inf". */
static gboolean
parse_decimal (const char *text,
               double     *value)
{
  char *end = NULL;

  if (text[0] == '\0' || strspn (text, "0123456789.eE+-") != strlen (text))
    return FALSE;

  *value = g_ascii_strtod (text, &end);
  return end != NULL && *end == '\0' && isfinite (*value);
}

static gboolean
read_score_options (const char *const  values[7],
                    GPtrArray          *clear,
                    TpScores           *scores,
                    int                *status)
{
  guint cleared = 0;
  guint64 whole;
  gint64 signed_whole;
  double number;

  for (guint i = 0; i < clear->len; i++)
    {
      const char *name = g_ptr_array_index (clear, i);
      gsize k;

      for (k = 0; k < G_N_ELEMENTS (clearable); k++)
        if (g_ascii_strcasecmp (name, clearable[k].name) == 0)
          break;

      if (k == G_N_ELEMENTS (clearable))
        {
          *status = tp_cli_usage (_("score: --clear takes impact, effort, reach, rice-impact, confidence, "
                                    "rice-effort, moscow, rice or all, not “%s”"), name);
          return FALSE;
        }
      cleared |= clearable[k].fields;
    }

  for (guint bit = 0; bit < 7; bit++)
    {
      if (values[bit] != NULL && (cleared & (1u << bit)))
        {
          *status = tp_cli_usage (_("score: a field cannot be both set and cleared"));
          return FALSE;
        }
    }

  if (cleared & SCORE_IMPACT)
    scores->impact = 0;
  if (cleared & SCORE_EFFORT)
    scores->effort = 0;
  if (cleared & SCORE_REACH)
    scores->rice_reach = -1;
  if (cleared & SCORE_RICE_IMPACT)
    scores->rice_impact = -1;
  if (cleared & SCORE_CONFIDENCE)
    scores->rice_confidence = -1;
  if (cleared & SCORE_RICE_EFFORT)
    scores->rice_effort = -1;
  if (cleared & SCORE_MOSCOW)
    scores->moscow = TP_MOSCOW_NONE;

  /* Above the range is left to the core, which names the field; what the
   * core would read as "unset" (0, negatives) is refused here. */
  for (guint bit = 0; bit < 2; bit++)
    {
      const char *text = values[bit];
      const char *field = bit == 0 ? _("Impact") : _("Effort");

      if (text == NULL)
        continue;
      if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &whole, NULL))
        {
          *status = tp_cli_usage (_("%s must be a whole number from 1 to 5, not “%s”"), field, text);
          return FALSE;
        }
      if (whole == 0)
        {
          *status = tp_cli_usage (_("%s must be from 1 to 5, not 0 (use --clear to unset it)"), field);
          return FALSE;
        }
      if (bit == 0)
        scores->impact = (guint)whole;
      else
        scores->effort = (guint)whole;
    }

  if (values[2] != NULL)
    {
      if (!parse_decimal (values[2], &number) || number < 0)
        {
          *status = tp_cli_usage (_("RICE reach must be a number of 0 or more, not “%s”"), values[2]);
          return FALSE;
        }
      scores->rice_reach = number;
    }

  if (values[3] != NULL)
    {
      if (!parse_decimal (values[3], &number) || number < 0)
        {
          *status = tp_cli_usage (_("RICE impact must be 0.25, 0.5, 1, 2 or 3, not “%s”"), values[3]);
          return FALSE;
        }
      scores->rice_impact = number;
    }

  if (values[4] != NULL)
    {
      if (!g_ascii_string_to_signed (values[4], 10, 0, G_MAXINT, &signed_whole, NULL))
        {
          *status = tp_cli_usage (_("RICE confidence must be a whole number from 0 to 100 %%, not “%s”"),
                                  values[4]);
          return FALSE;
        }
      scores->rice_confidence = (int)signed_whole;
    }

  if (values[5] != NULL)
    {
      if (!parse_decimal (values[5], &number) || number < 0)
        {
          *status = tp_cli_usage (_("RICE effort must be more than 0 person-weeks, not “%s”"), values[5]);
          return FALSE;
        }
      scores->rice_effort = number;
    }

  if (values[6] != NULL && !tp_moscow_from_string (values[6], &scores->moscow))
    {
      *status = tp_cli_usage (_("MoSCoW must be must, should, could or wont, not “%s”"), values[6]);
      return FALSE;
    }

  return TRUE;
}

static char *
optional_number (double value)
{
  return value < 0 ? NULL : tp_cli_format_number (value);
}

static void
add_optional_double (JsonObject *object,
                     const char *member,
                     double      value)
{
  if (value < 0)
    json_object_set_null_member (object, member);
  else
    json_object_set_double_member (object, member, value);
}

static void
add_optional_int (JsonObject *object,
                  const char *member,
                  gint64      value,
                  gboolean    is_set)
{
  if (is_set)
    json_object_set_int_member (object, member, value);
  else
    json_object_set_null_member (object, member);
}

static void
print_scores (TpIdea   *idea,
              gboolean  json)
{
  TpScores scores;
  TpQuadrant quadrant = tp_idea_get_quadrant (idea);
  const char *moscow;
  const char *quadrant_id = quadrant != TP_QUADRANT_NONE ? tp_quadrant_to_string (quadrant) : NULL;

  tp_idea_get_scores (idea, &scores);
  moscow = scores.moscow != TP_MOSCOW_NONE ? tp_moscow_to_string (scores.moscow) : NULL;

  if (json)
    {
      g_autoptr(JsonObject) object = json_object_new ();
      g_autoptr(JsonNode) node = NULL;

      json_object_set_int_member (object, "id", tp_idea_get_id (idea));
      json_object_set_string_member (object, "uuid", tp_idea_get_uuid (idea));
      json_object_set_string_member (object, "title", tp_idea_get_title (idea));
      add_optional_int (object, "impact", scores.impact, scores.impact > 0);
      add_optional_int (object, "effort", scores.effort, scores.effort > 0);
      add_optional_double (object, "reach", scores.rice_reach);
      add_optional_double (object, "rice_impact", scores.rice_impact);
      add_optional_int (object, "confidence", scores.rice_confidence, scores.rice_confidence >= 0);
      add_optional_double (object, "rice_effort", scores.rice_effort);
      add_optional_double (object, "rice_score", tp_idea_get_rice_score (idea));
      if (moscow != NULL)
        json_object_set_string_member (object, "moscow", moscow);
      else
        json_object_set_null_member (object, "moscow");
      if (quadrant_id != NULL)
        json_object_set_string_member (object, "quadrant", quadrant_id);
      else
        json_object_set_null_member (object, "quadrant");

      node = json_node_init_object (json_node_alloc (), object);
      tp_cli_print_json (node);
    }
  else
    {
      g_autofree char *impact = scores.impact > 0 ? g_strdup_printf ("%u", scores.impact) : NULL;
      g_autofree char *effort = scores.effort > 0 ? g_strdup_printf ("%u", scores.effort) : NULL;
      g_autofree char *reach = optional_number (scores.rice_reach);
      g_autofree char *rice_impact = optional_number (scores.rice_impact);
      g_autofree char *confidence = scores.rice_confidence >= 0 ? g_strdup_printf ("%d", scores.rice_confidence) : NULL;
      g_autofree char *rice_effort = optional_number (scores.rice_effort);
      g_autofree char *rice_score = optional_number (tp_idea_get_rice_score (idea));
      const char *rows[][2] = {
        { "impact", impact },
        { "effort", effort },
        { "reach", reach },
        { "rice-impact", rice_impact },
        { "confidence", confidence },
        { "rice-effort", rice_effort },
        { "rice-score", rice_score },
        { "moscow", moscow },
        { "quadrant", quadrant_id },
      };

      for (gsize i = 0; i < G_N_ELEMENTS (rows); i++)
        tp_cli_print_row (rows[i], 2);
    }
}

int
tp_cli_score (const char  *db_path,
              gboolean     json,
              int          argc,
              char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GPtrArray) clear = g_ptr_array_new ();
  const char *values[7] = { NULL, };
  const TpCliOption options[] = {
    { "--impact", TP_CLI_OPTION_VALUE, &values[0] },
    { "--effort", TP_CLI_OPTION_VALUE, &values[1] },
    { "--reach", TP_CLI_OPTION_VALUE, &values[2] },
    { "--rice-impact", TP_CLI_OPTION_VALUE, &values[3] },
    { "--confidence", TP_CLI_OPTION_VALUE, &values[4] },
    { "--rice-effort", TP_CLI_OPTION_VALUE, &values[5] },
    { "--moscow", TP_CLI_OPTION_VALUE, &values[6] },
    { "--clear", TP_CLI_OPTION_VALUES, clear },
  };
  TpScores scores = TP_SCORES_INIT;
  gboolean changes;
  TpIdea *idea;
  int status;

  if (!tp_cli_parse_options (argc, argv, TP_CLI_SCORE_ARGS, N_("IDEA"), 1, 1,
                             options, G_N_ELEMENTS (options), args, &status))
    return status;

  changes = clear->len > 0;
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    changes |= values[i] != NULL;

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(idea = tp_store_find_idea (store, g_ptr_array_index (args, 0), &error)))
    return tp_cli_fail (error);

  if (changes)
    {
      tp_idea_get_scores (idea, &scores);
      if (!read_score_options (values, clear, &scores, &status))
        return status;
      if (!tp_store_set_idea_scores (store, idea, &scores, &error))
        return tp_cli_fail (error);
    }

  print_scores (idea, json);
  return TP_CLI_EXIT_OK;
}
