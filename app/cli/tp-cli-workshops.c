/* tp-cli-workshops.c — touchpoint-cli workshops, new-workshop, add and ideas
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tp-backlog.h"
#include "tp-cli-commands.h"
#include "tp-timer.h"

/* "" and NULL both mean "not set", which JSON readers expect as null. */
static void
add_optional_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  json_builder_set_member_name (builder, member);

  if (value != NULL && value[0] != '\0')
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

/* Seconds, as numbers; presets the core cannot read come out empty
 * rather than as a guess. */
static void
add_timer_presets (JsonBuilder *builder,
                   const char  *text)
{
  g_autoptr(GArray) presets = tp_timer_parse_presets (text, NULL);

  json_builder_set_member_name (builder, "timer_presets");
  json_builder_begin_array (builder);
  for (guint i = 0; presets != NULL && i < presets->len; i++)
    json_builder_add_int_value (builder, g_array_index (presets, guint, i));
  json_builder_end_array (builder);
}

JsonNode *
tp_cli_workshop_to_json (TpWorkshop *workshop)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, tp_workshop_get_id (workshop));
  add_string (builder, "uuid", tp_workshop_get_uuid (workshop));
  add_string (builder, "title", tp_workshop_get_title (workshop));
  add_optional_string (builder, "question", tp_workshop_get_question (workshop));
  add_optional_string (builder, "date", tp_workshop_get_date (workshop));
  json_builder_set_member_name (builder, "ideas");
  json_builder_add_int_value (builder, tp_workshop_get_n_ideas (workshop));
  add_string (builder, "phase", tp_phase_to_string (tp_workshop_get_phase (workshop)));
  add_timer_presets (builder, tp_workshop_get_timer_presets (workshop));
  json_builder_set_member_name (builder, "hide_authors");
  json_builder_add_boolean_value (builder, tp_workshop_get_hide_authors (workshop));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
add_optional_int (JsonBuilder *builder,
                  const char  *member,
                  gint64       value,
                  gboolean     is_set)
{
  json_builder_set_member_name (builder, member);

  if (is_set)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* What the prioritised backlog shows of an idea; unset scores are null. */
static void
add_backlog_fields (JsonBuilder *builder,
                    TpIdea      *idea)
{
  TpScores scores;
  TpQuadrant quadrant = tp_idea_get_quadrant (idea);
  double rice_score = tp_idea_get_rice_score (idea);

  tp_idea_get_scores (idea, &scores);

  add_optional_int (builder, "votes", tp_idea_get_votes (idea), TRUE);
  add_optional_int (builder, "impact", scores.impact, scores.impact > 0);
  add_optional_int (builder, "effort", scores.effort, scores.effort > 0);

  json_builder_set_member_name (builder, "rice_score");
  if (rice_score >= 0)
    json_builder_add_double_value (builder, rice_score);
  else
    json_builder_add_null_value (builder);

  add_optional_string (builder, "moscow",
                       scores.moscow != TP_MOSCOW_NONE ? tp_moscow_to_string (scores.moscow) : NULL);
  add_optional_string (builder, "quadrant",
                       quadrant != TP_QUADRANT_NONE ? tp_quadrant_to_string (quadrant) : NULL);
  add_string (builder, "verdict", tp_verdict_to_string (tp_idea_get_verdict (idea)));
}

JsonNode *
tp_cli_idea_to_json (TpIdea *idea)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char * const *tags;

  g_return_val_if_fail (TP_IS_IDEA (idea), NULL);

  tags = tp_idea_get_tags (idea);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, tp_idea_get_id (idea));
  add_string (builder, "uuid", tp_idea_get_uuid (idea));
  add_string (builder, "title", tp_idea_get_title (idea));
  add_string (builder, "details", tp_idea_get_details (idea));
  add_optional_string (builder, "author", tp_idea_get_author (idea));

  json_builder_set_member_name (builder, "tags");
  json_builder_begin_array (builder);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    json_builder_add_string_value (builder, tags[i]);
  json_builder_end_array (builder);

  add_string (builder, "status", tp_idea_status_to_string (tp_idea_get_status (idea)));
  add_string (builder, "created_at", tp_idea_get_created_at (idea));
  add_string (builder, "updated_at", tp_idea_get_updated_at (idea));
  add_backlog_fields (builder, idea);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_workshop_row (TpWorkshop *workshop)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, tp_workshop_get_id (workshop));
  g_autofree char *n_ideas = g_strdup_printf ("%u", tp_workshop_get_n_ideas (workshop));
  const char *row[] = {
    id,
    tp_workshop_get_title (workshop),
    tp_workshop_get_date (workshop),
    n_ideas,
  };

  tp_cli_print_row (row, G_N_ELEMENTS (row));
}

/* The backlog's columns come after the first six, which scripts
 * written before them read by position. */
void
tp_cli_print_idea_row (TpIdea *idea)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, tp_idea_get_id (idea));
  const char * const *tag_list = tp_idea_get_tags (idea);
  g_autofree char *tags = tag_list != NULL ? g_strjoinv (",", (GStrv)tag_list) : NULL;
  TpScores scores;
  TpQuadrant quadrant = tp_idea_get_quadrant (idea);
  double rice_score = tp_idea_get_rice_score (idea);
  g_autofree char *votes = NULL;
  g_autofree char *impact = NULL;
  g_autofree char *effort = NULL;
  g_autofree char *rice = NULL;

  g_return_if_fail (TP_IS_IDEA (idea));

  tp_idea_get_scores (idea, &scores);
  votes = g_strdup_printf ("%u", tp_idea_get_votes (idea));
  if (scores.impact > 0)
    impact = g_strdup_printf ("%u", scores.impact);
  if (scores.effort > 0)
    effort = g_strdup_printf ("%u", scores.effort);
  if (rice_score >= 0)
    rice = tp_cli_format_number (rice_score);

  tp_cli_print_row ((const char *[]) {
                      id,
                      tp_idea_get_uuid (idea),
                      tp_idea_status_to_string (tp_idea_get_status (idea)),
                      tp_idea_get_title (idea),
                      tp_idea_get_author (idea),
                      tags,
                      votes,
                      impact,
                      effort,
                      rice,
                      scores.moscow != TP_MOSCOW_NONE ? tp_moscow_to_string (scores.moscow) : NULL,
                      quadrant != TP_QUADRANT_NONE ? tp_quadrant_to_string (quadrant) : NULL,
                      tp_verdict_to_string (tp_idea_get_verdict (idea)),
                    }, 13);
}

int
tp_cli_workshops (const char  *db_path,
                  gboolean     json,
                  int          argc,
                  char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(JsonArray) array = NULL;
  GListModel *workshops;
  guint n_workshops;
  int status;

  if (!tp_cli_take_args (argc, argv, TP_CLI_WORKSHOPS_ARGS, NULL, 0, &status))
    return status;

  if (!(store = tp_cli_open_store (db_path, &error)))
    return tp_cli_fail (error);

  workshops = tp_store_get_workshops (store);
  n_workshops = g_list_model_get_n_items (workshops);
  array = json ? json_array_sized_new (n_workshops) : NULL;

  for (guint i = 0; i < n_workshops; i++)
    {
      g_autoptr(TpWorkshop) workshop = g_list_model_get_item (workshops, i);

      if (json)
        json_array_add_element (array, tp_cli_workshop_to_json (workshop));
      else
        print_workshop_row (workshop);
    }

  if (json)
    {
      g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), array);

      tp_cli_print_json (node);
    }

  return TP_CLI_EXIT_OK;
}

/* The template is looked up before anything is written, so a wrong
 * name leaves no workshop behind. */
static TpTemplate *
find_template (TpStore     *store,
               const char  *name,
               int         *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  TpTemplate *template;

  if ((template = tp_store_find_template (store, name, &error)))
    return template;

  if (!g_error_matches (error, TP_ERROR, TP_ERROR_NOT_FOUND))
    {
      *status = tp_cli_fail (error);
      return NULL;
    }

  names = tp_cli_list_templates (store);
  *status = tp_cli_usage (_("new-workshop: there is no template “%s” (templates: %s)"), name, names);
  return NULL;
}

int
tp_cli_new_workshop (const char  *db_path,
                     gboolean     json,
                     int          argc,
                     char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *template_name = NULL, *question = NULL;
  const TpCliOption options[] = {
    { "--template", TP_CLI_OPTION_VALUE, &template_name },
    { "--question", TP_CLI_OPTION_VALUE, &question },
  };
  TpTemplate *template = NULL;
  TpWorkshop *workshop;
  int status;

  if (!tp_cli_parse_options (argc, argv, TP_CLI_NEW_WORKSHOP_ARGS, N_("TITLE"), 1, 1,
                             options, G_N_ELEMENTS (options), args, &status))
    return status;

  if (!(store = tp_cli_open_store (db_path, &error)))
    return tp_cli_fail (error);

  if (template_name != NULL && !(template = find_template (store, template_name, &status)))
    return status;

  if (!(workshop = tp_store_create_workshop_from_template (store, g_ptr_array_index (args, 0),
                                                           template, &error)))
    return tp_cli_fail (error);

  /* The core has no way to create with a question, so a question it
   * turns down takes the new workshop back out; the next open purges it. */
  if (question != NULL && !tp_store_set_workshop_question (store, workshop, question, &error))
    {
      g_autoptr(TpWorkshop) keep = g_object_ref (workshop);

      tp_store_trash_workshop (store, keep, NULL);
      return tp_cli_fail (error);
    }

  if (json)
    {
      g_autoptr(JsonNode) node = tp_cli_workshop_to_json (workshop);

      tp_cli_print_json (node);
    }
  else
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, tp_workshop_get_id (workshop));
      const char *row[] = { id };

      tp_cli_print_row (row, G_N_ELEMENTS (row));
    }

  return TP_CLI_EXIT_OK;
}

int
tp_cli_add (const char  *db_path,
            gboolean     json,
            int          argc,
            char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  TpWorkshop *workshop;
  TpIdea *idea;
  const char *args[2];
  int status;

  if (!tp_cli_take_args (argc, argv, TP_CLI_ADD_ARGS, args, G_N_ELEMENTS (args), &status))
    return status;

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(workshop = tp_store_find_workshop (store, args[0], &error)) ||
      !(idea = tp_store_capture_idea (store, workshop, args[1], &error)))
    return tp_cli_fail (error);

  if (json)
    {
      g_autoptr(JsonNode) node = tp_cli_idea_to_json (idea);

      tp_cli_print_json (node);
    }
  else
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, tp_idea_get_id (idea));
      const char *row[] = { id, tp_idea_get_uuid (idea) };

      tp_cli_print_row (row, G_N_ELEMENTS (row));
    }

  return TP_CLI_EXIT_OK;
}

static gboolean
read_statuses (GPtrArray *names,
               guint     *mask,
               int       *status)
{
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      TpIdeaStatus idea_status;

      if (!tp_idea_status_from_string (name, &idea_status))
        {
          *status = tp_cli_usage (_("ideas: --status takes new, shortlisted, in-progress, done or parked, not “%s”"),
                                  name);
          return FALSE;
        }
      *mask |= 1u << idea_status;
    }

  return TRUE;
}

int
tp_cli_ideas (const char  *db_path,
              gboolean     json,
              int          argc,
              char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  g_autoptr(GPtrArray) statuses = g_ptr_array_new ();
  g_autoptr(GPtrArray) shown = NULL;
  g_autoptr(TpBacklogFilter) filter = tp_backlog_filter_new ();
  g_autoptr(JsonArray) array = NULL;
  const char *sort = NULL, *search = NULL;
  gboolean any = FALSE;
  const TpCliOption options[] = {
    { "--sort", TP_CLI_OPTION_VALUE, &sort },
    { "--tag", TP_CLI_OPTION_VALUES, tags },
    { "--any", TP_CLI_OPTION_FLAG, &any },
    { "--status", TP_CLI_OPTION_VALUES, statuses },
    { "--search", TP_CLI_OPTION_VALUE, &search },
  };
  TpSortKey key = TP_SORT_RANK;
  TpWorkshop *workshop;
  GListModel *ideas;
  guint mask = 0;
  int status;

  if (!tp_cli_parse_options (argc, argv, TP_CLI_IDEAS_ARGS, N_("WORKSHOP"), 1, 1,
                             options, G_N_ELEMENTS (options), args, &status))
    return status;

  if (sort != NULL && !tp_sort_key_from_string (sort, &key))
    return tp_cli_usage (_("ideas: --sort takes rank, votes, impact-effort, rice or moscow, not “%s”"), sort);
  if (!read_statuses (statuses, &mask, &status))
    return status;

  g_ptr_array_add (tags, NULL);
  tp_backlog_filter_set_tags (filter, (const char * const *)tags->pdata, !any);
  tp_backlog_filter_set_statuses (filter, mask);
  tp_backlog_filter_set_text (filter, search);

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(workshop = tp_store_find_workshop (store, g_ptr_array_index (args, 0), &error)) ||
      !(ideas = tp_store_load_ideas (store, workshop, &error)))
    return tp_cli_fail (error);

  shown = tp_backlog_list (ideas, filter, key);

  array = json ? json_array_sized_new (shown->len) : NULL;
  for (guint i = 0; i < shown->len; i++)
    {
      TpIdea *idea = g_ptr_array_index (shown, i);

      if (json)
        json_array_add_element (array, tp_cli_idea_to_json (idea));
      else
        tp_cli_print_idea_row (idea);
    }

  if (json)
    {
      g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), array);

      tp_cli_print_json (node);
    }

  return TP_CLI_EXIT_OK;
}
