/* tp-cli-room.c — touchpoint-cli phase, cluster, templates and room: running the room
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tp-cli-commands.h"
#include "tp-timer.h"

static void
print_field (const char *name,
             const char *value)
{
  tp_cli_print_row ((const char *[]) { name, value }, 2);
}

/* phase */

static char *
list_phases (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) phases = NULL;

  for (TpPhase phase = 0; phase < TP_N_PHASES; phase++)
    g_strv_builder_add (builder, tp_phase_to_string (phase));

  phases = g_strv_builder_end (builder);
  return g_strjoinv (", ", phases);
}

static void
print_phase (TpWorkshop *workshop,
             gboolean    json)
{
  TpPhase phase = tp_workshop_get_phase (workshop);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "phase");
      json_builder_add_string_value (builder, tp_phase_to_string (phase));
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, tp_phase_get_label (phase));
      json_builder_end_object (builder);

      node = json_builder_get_root (builder);
      tp_cli_print_json (node);
    }
  else
    {
      print_field ("phase", tp_phase_to_string (phase));
    }
}

int
tp_cli_phase (const char  *db_path,
              gboolean     json,
              int          argc,
              char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  TpWorkshop *workshop;
  TpPhase phase = TP_PHASE_CAPTURE;
  int status;

  if (!tp_cli_parse_options (argc, argv, TP_CLI_PHASE_ARGS, N_("WORKSHOP PHASE"), 1, 2,
                             NULL, 0, args, &status))
    return status;

  if (args->len == 2 && !tp_phase_from_string (g_ptr_array_index (args, 1), &phase))
    {
      g_autofree char *phases = list_phases ();

      return tp_cli_usage (_("phase: unknown phase “%s” (phases: %s)"),
                           (const char *)g_ptr_array_index (args, 1), phases);
    }

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(workshop = tp_store_find_workshop (store, g_ptr_array_index (args, 0), &error)))
    return tp_cli_fail (error);

  if (args->len == 2 && !tp_store_set_workshop_phase (store, workshop, phase, &error))
    return tp_cli_fail (error);

  print_phase (workshop, json);
  return TP_CLI_EXIT_OK;
}

/* cluster */

typedef struct
{
  TpStore    *store;
  gboolean    json;
  GPtrArray  *args;      /* the action word first */
  gboolean    show_ideas;
  const char *name;
} ClusterRequest;

typedef int (*ClusterFunc) (ClusterRequest *request);

typedef struct
{
  const char      *name;
  const char      *synopsis;
  const char      *names;     /* the positionals, for "missing …" */
  guint            n_args;    /* the action word included */
  gboolean         variadic;  /* the last positional repeats */
  const char      *option;
  TpCliOptionKind  option_kind;
  ClusterFunc      func;
} ClusterAction;

static void
print_cluster_row (TpCluster *cluster)
{
  g_autofree char *n_ideas = g_strdup_printf ("%u", tp_cluster_get_n_ideas (cluster));
  g_autofree char *votes = g_strdup_printf ("%u", tp_cluster_get_votes (cluster));

  tp_cli_print_row ((const char *[]) {
                      "cluster",
                      tp_cluster_get_name (cluster),
                      n_ideas,
                      votes,
                      tp_cluster_get_collapsed (cluster) ? "yes" : "no",
                    }, 5);
}

static void
print_member_row (TpIdea *idea)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, tp_idea_get_id (idea));
  g_autofree char *votes = g_strdup_printf ("%u", tp_idea_get_votes (idea));

  tp_cli_print_row ((const char *[]) {
                      "idea",
                      id,
                      tp_idea_get_uuid (idea),
                      tp_idea_get_title (idea),
                      votes,
                    }, 5);
}

/* @members: (nullable): the cluster's ideas, when they are asked for */
static JsonNode *
cluster_to_json (TpCluster *cluster,
                 GPtrArray *members)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, tp_cluster_get_id (cluster));
  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, tp_cluster_get_uuid (cluster));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, tp_cluster_get_name (cluster));
  json_builder_set_member_name (builder, "ideas");
  json_builder_add_int_value (builder, tp_cluster_get_n_ideas (cluster));
  json_builder_set_member_name (builder, "votes");
  json_builder_add_int_value (builder, tp_cluster_get_votes (cluster));
  json_builder_set_member_name (builder, "collapsed");
  json_builder_add_boolean_value (builder, tp_cluster_get_collapsed (cluster));

  if (members != NULL)
    {
      json_builder_set_member_name (builder, "members");
      json_builder_begin_array (builder);
      for (guint i = 0; i < members->len; i++)
        json_builder_add_value (builder, tp_cli_idea_to_json (g_ptr_array_index (members, i)));
      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static int
print_cluster (TpCluster *cluster,
               gboolean   json)
{
  if (json)
    {
      g_autoptr(JsonNode) node = cluster_to_json (cluster, NULL);

      tp_cli_print_json (node);
    }
  else
    {
      print_cluster_row (cluster);
    }

  return TP_CLI_EXIT_OK;
}

/* The ideas named from @first on, all found before anything changes. */
static GPtrArray *
find_ideas (TpStore    *store,
            GPtrArray  *args,
            guint       first,
            GError    **error)
{
  g_autoptr(GPtrArray) ideas = g_ptr_array_new ();

  for (guint i = first; i < args->len; i++)
    {
      TpIdea *idea = tp_store_find_idea (store, g_ptr_array_index (args, i), error);

      if (idea == NULL)
        return NULL;
      g_ptr_array_add (ideas, idea);
    }

  return g_steal_pointer (&ideas);
}

static TpCluster *
find_cluster (ClusterRequest  *request,
              guint            workshop_arg,
              guint            cluster_arg,
              GError         **error)
{
  TpWorkshop *workshop;

  if (!(workshop = tp_store_find_workshop (request->store, g_ptr_array_index (request->args, workshop_arg), error)))
    return NULL;

  return tp_store_find_cluster (request->store, workshop, g_ptr_array_index (request->args, cluster_arg), error);
}

static int
list_clusters (ClusterRequest *request)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) array = NULL;
  GListModel *ideas = NULL;
  GListModel *clusters;
  TpWorkshop *workshop;
  guint n_clusters;

  if (!(workshop = tp_store_find_workshop (request->store, g_ptr_array_index (request->args, 1), &error)) ||
      (request->show_ideas && !(ideas = tp_store_load_ideas (request->store, workshop, &error))))
    return tp_cli_fail (error);

  clusters = tp_store_get_clusters (request->store, workshop);
  n_clusters = g_list_model_get_n_items (clusters);
  array = request->json ? json_array_sized_new (n_clusters) : NULL;

  for (guint i = 0; i < n_clusters; i++)
    {
      g_autoptr(TpCluster) cluster = g_list_model_get_item (clusters, i);
      g_autoptr(GPtrArray) members = NULL;

      if (ideas != NULL)
        {
          guint n_ideas = g_list_model_get_n_items (ideas);

          members = g_ptr_array_new_with_free_func (g_object_unref);
          for (guint j = 0; j < n_ideas; j++)
            {
              g_autoptr(TpIdea) idea = g_list_model_get_item (ideas, j);

              if (tp_idea_get_cluster_id (idea) == tp_cluster_get_id (cluster))
                g_ptr_array_add (members, g_steal_pointer (&idea));
            }
        }

      if (request->json)
        {
          json_array_add_element (array, cluster_to_json (cluster, members));
          continue;
        }

      print_cluster_row (cluster);
      for (guint j = 0; members != NULL && j < members->len; j++)
        print_member_row (g_ptr_array_index (members, j));
    }

  if (request->json)
    {
      g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), array);

      tp_cli_print_json (node);
    }

  return TP_CLI_EXIT_OK;
}

static int
new_cluster (ClusterRequest *request)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  TpWorkshop *workshop;
  TpCluster *cluster;

  if (!(workshop = tp_store_find_workshop (request->store, g_ptr_array_index (request->args, 1), &error)) ||
      !(ideas = find_ideas (request->store, request->args, 2, &error)) ||
      !(cluster = tp_store_create_cluster (request->store, workshop, request->name, ideas, &error)))
    return tp_cli_fail (error);

  return print_cluster (cluster, request->json);
}

static int
add_to_cluster (ClusterRequest *request)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  TpCluster *cluster;

  if (!(cluster = find_cluster (request, 1, 2, &error)) ||
      !(ideas = find_ideas (request->store, request->args, 3, &error)) ||
      !tp_store_move_to_cluster (request->store, cluster, ideas, &error))
    return tp_cli_fail (error);

  return print_cluster (cluster, request->json);
}

static int
remove_from_clusters (ClusterRequest *request)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ideas = NULL;

  if (!(ideas = find_ideas (request->store, request->args, 1, &error)) ||
      !tp_store_move_to_cluster (request->store, NULL, ideas, &error))
    return tp_cli_fail (error);

  return TP_CLI_EXIT_OK;
}

static int
rename_cluster (ClusterRequest *request)
{
  g_autoptr(GError) error = NULL;
  TpCluster *cluster;

  if (!(cluster = find_cluster (request, 1, 2, &error)) ||
      !tp_store_rename_cluster (request->store, cluster, g_ptr_array_index (request->args, 3), &error))
    return tp_cli_fail (error);

  return print_cluster (cluster, request->json);
}

static int
merge_clusters (ClusterRequest *request)
{
  g_autoptr(GError) error = NULL;
  TpCluster *into;
  TpCluster *from;

  if (!(into = find_cluster (request, 1, 2, &error)) ||
      !(from = find_cluster (request, 1, 3, &error)) ||
      !tp_store_merge_clusters (request->store, into, from, &error))
    return tp_cli_fail (error);

  return print_cluster (into, request->json);
}

static int
ungroup_cluster (ClusterRequest *request)
{
  g_autoptr(GError) error = NULL;
  TpCluster *cluster;

  if (!(cluster = find_cluster (request, 1, 2, &error)) ||
      !tp_store_ungroup_cluster (request->store, cluster, &error))
    return tp_cli_fail (error);

  return TP_CLI_EXIT_OK;
}

static int
collapse_cluster (ClusterRequest *request)
{
  g_autoptr(GError) error = NULL;
  gboolean collapse = strcmp (g_ptr_array_index (request->args, 0), "collapse") == 0;
  TpCluster *cluster;

  if (!(cluster = find_cluster (request, 1, 2, &error)) ||
      !tp_store_set_cluster_collapsed (request->store, cluster, collapse, &error))
    return tp_cli_fail (error);

  return print_cluster (cluster, request->json);
}

static const ClusterAction cluster_actions[] = {
  { "list", TP_CLI_CLUSTER_LIST_ARGS, N_("list WORKSHOP"), 2, FALSE,
    "--ideas", TP_CLI_OPTION_FLAG, list_clusters },
  { "new", TP_CLI_CLUSTER_NEW_ARGS, N_("new WORKSHOP IDEA"), 3, TRUE,
    "--name", TP_CLI_OPTION_VALUE, new_cluster },
  { "add", TP_CLI_CLUSTER_ADD_ARGS, N_("add WORKSHOP CLUSTER IDEA"), 4, TRUE,
    NULL, 0, add_to_cluster },
  { "remove", TP_CLI_CLUSTER_REMOVE_ARGS, N_("remove IDEA"), 2, TRUE,
    NULL, 0, remove_from_clusters },
  { "rename", TP_CLI_CLUSTER_RENAME_ARGS, TP_CLI_CLUSTER_RENAME_ARGS, 4, FALSE,
    NULL, 0, rename_cluster },
  { "merge", TP_CLI_CLUSTER_MERGE_ARGS, TP_CLI_CLUSTER_MERGE_ARGS, 4, FALSE,
    NULL, 0, merge_clusters },
  { "ungroup", TP_CLI_CLUSTER_UNGROUP_ARGS, TP_CLI_CLUSTER_UNGROUP_ARGS, 3, FALSE,
    NULL, 0, ungroup_cluster },
  { "collapse", TP_CLI_CLUSTER_COLLAPSE_ARGS, TP_CLI_CLUSTER_COLLAPSE_ARGS, 3, FALSE,
    NULL, 0, collapse_cluster },
  { "expand", TP_CLI_CLUSTER_EXPAND_ARGS, TP_CLI_CLUSTER_EXPAND_ARGS, 3, FALSE,
    NULL, 0, collapse_cluster },
};

static char *
list_cluster_actions (void)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (cluster_actions); i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", cluster_actions[i].name);

  return g_string_free (g_steal_pointer (&names), FALSE);
}

int
tp_cli_cluster (const char  *db_path,
                gboolean     json,
                int          argc,
                char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *actions = list_cluster_actions ();
  ClusterRequest request = { NULL, json, args, FALSE, NULL };
  const ClusterAction *action = NULL;
  TpCliOption option;
  int status;

  g_return_val_if_fail (argc >= 1, TP_CLI_EXIT_USAGE);

  if (argc < 2)
    return tp_cli_usage (_("cluster: missing the action, one of %s (try --help)"), actions);

  for (gsize i = 0; i < G_N_ELEMENTS (cluster_actions) && action == NULL; i++)
    {
      if (strcmp (argv[1], cluster_actions[i].name) == 0)
        action = &cluster_actions[i];
    }

  if (action == NULL)
    return tp_cli_usage (_("cluster: unknown action “%s”; use one of %s (try --help)"), argv[1], actions);

  option.name = action->option;
  option.kind = action->option_kind;
  option.target = action->option_kind == TP_CLI_OPTION_FLAG ? (gpointer)&request.show_ideas
                                                            : (gpointer)&request.name;

  if (!tp_cli_parse_options (argc, argv, action->synopsis, action->names,
                             action->n_args, action->variadic ? G_MAXUINT : action->n_args,
                             action->option != NULL ? &option : NULL, action->option != NULL ? 1 : 0,
                             args, &status))
    return status;

  if (!(store = tp_cli_open_store (db_path, &error)))
    return tp_cli_fail (error);

  request.store = store;
  return action->func (&request);
}

/* templates */

char *
tp_cli_list_templates (TpStore *store)
{
  GListModel *templates = tp_store_get_templates (store);
  guint n = g_list_model_get_n_items (templates);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpTemplate) template = g_list_model_get_item (templates, i);

      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", tp_template_get_name (template));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static const char *
template_kind (TpTemplate *template)
{
  return tp_template_is_builtin (template) ? "builtin" : "saved";
}

static JsonNode *
template_to_json (TpTemplate *template)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GArray) presets = tp_timer_parse_presets (tp_template_get_timer_presets (template), NULL);
  const char * const *stages = tp_template_get_stages (template);
  GPtrArray *personas = tp_template_get_personas (template);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, tp_template_get_name (template));
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, template_kind (template));
  json_builder_set_member_name (builder, "question");
  json_builder_add_string_value (builder, tp_template_get_question (template));

  json_builder_set_member_name (builder, "timer_presets");
  json_builder_begin_array (builder);
  for (guint i = 0; presets != NULL && i < presets->len; i++)
    json_builder_add_int_value (builder, g_array_index (presets, guint, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "stages");
  json_builder_begin_array (builder);
  for (guint i = 0; stages[i] != NULL; i++)
    json_builder_add_string_value (builder, stages[i]);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "personas");
  json_builder_begin_array (builder);
  for (guint i = 0; i < personas->len; i++)
    json_builder_add_string_value (builder, tp_persona_get_name (g_ptr_array_index (personas, i)));
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_template_row (TpTemplate *template)
{
  tp_cli_print_row ((const char *[]) {
                      "template",
                      tp_template_get_name (template),
                      template_kind (template),
                      tp_template_get_question (template),
                    }, 4);
}

static int
list_templates (TpStore  *store,
                gboolean  json)
{
  GListModel *templates = tp_store_get_templates (store);
  guint n = g_list_model_get_n_items (templates);
  g_autoptr(JsonArray) array = json ? json_array_sized_new (n) : NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpTemplate) template = g_list_model_get_item (templates, i);

      if (json)
        json_array_add_element (array, template_to_json (template));
      else
        print_template_row (template);
    }

  if (json)
    {
      g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), array);

      tp_cli_print_json (node);
    }

  return TP_CLI_EXIT_OK;
}

int
tp_cli_templates (const char  *db_path,
                  gboolean     json,
                  int          argc,
                  char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  gboolean save = FALSE, delete = FALSE;
  const TpCliOption options[] = {
    { "--save", TP_CLI_OPTION_FLAG, &save },
    { "--delete", TP_CLI_OPTION_FLAG, &delete },
  };
  const char *synopsis = TP_CLI_TEMPLATES_ARGS;
  const char *names = "";
  guint n_args = 0;
  guint n_modes = 0;
  TpWorkshop *workshop;
  TpTemplate *template;
  int status;

  /* The mode decides what the positionals are, so it is read first. */
  for (int i = 1; i < argc && strcmp (argv[i], "--") != 0; i++)
    {
      if (strcmp (argv[i], "--save") == 0)
        synopsis = TP_CLI_TEMPLATES_SAVE_ARGS, names = N_("WORKSHOP NAME"), n_args = 2, n_modes++;
      else if (strcmp (argv[i], "--delete") == 0)
        synopsis = TP_CLI_TEMPLATES_DELETE_ARGS, names = N_("NAME"), n_args = 1, n_modes++;
    }

  if (n_modes > 1)
    return tp_cli_usage (_("templates: give one of --save and --delete"));

  if (!tp_cli_parse_options (argc, argv, synopsis, names, n_args, n_args,
                             options, G_N_ELEMENTS (options), args, &status))
    return status;

  if (!(store = tp_cli_open_store (db_path, &error)))
    return tp_cli_fail (error);

  if (delete)
    {
      /* A built-in template is refused by the core, exit status 1. */
      if (!(template = tp_store_find_template (store, g_ptr_array_index (args, 0), &error)) ||
          !tp_store_delete_template (store, template, &error))
        return tp_cli_fail (error);

      return TP_CLI_EXIT_OK;
    }

  if (!save)
    return list_templates (store, json);

  if (!(workshop = tp_store_find_workshop (store, g_ptr_array_index (args, 0), &error)) ||
      !(template = tp_store_save_template (store, workshop, g_ptr_array_index (args, 1), &error)))
    return tp_cli_fail (error);

  if (json)
    {
      g_autoptr(JsonNode) node = template_to_json (template);

      tp_cli_print_json (node);
    }
  else
    {
      print_template_row (template);
    }

  return TP_CLI_EXIT_OK;
}

/* room */

static gboolean
parse_switch (const char *option,
              const char *text,
              gboolean   *value,
              int        *status)
{
  if (g_ascii_strcasecmp (text, "on") == 0)
    *value = TRUE;
  else if (g_ascii_strcasecmp (text, "off") == 0)
    *value = FALSE;
  else
    {
      *status = tp_cli_usage (_("room: %s takes on or off, not “%s”"), option, text);
      return FALSE;
    }

  return TRUE;
}

static void
print_room (TpWorkshop *workshop,
            gboolean    json)
{
  if (json)
    {
      g_autoptr(JsonNode) node = tp_cli_workshop_to_json (workshop);

      tp_cli_print_json (node);
      return;
    }

  print_field ("phase", tp_phase_to_string (tp_workshop_get_phase (workshop)));
  print_field ("question", tp_workshop_get_question (workshop));
  print_field ("timer_presets", tp_workshop_get_timer_presets (workshop));
  print_field ("hide_authors", tp_workshop_get_hide_authors (workshop) ? "on" : "off");
}

int
tp_cli_room (const char  *db_path,
             gboolean     json,
             int          argc,
             char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GArray) presets = NULL;
  const char *hide_text = NULL, *presets_text = NULL, *question = NULL;
  const TpCliOption options[] = {
    { "--hide-authors", TP_CLI_OPTION_VALUE, &hide_text },
    { "--timer-presets", TP_CLI_OPTION_VALUE, &presets_text },
    { "--question", TP_CLI_OPTION_VALUE, &question },
  };
  gboolean hide = FALSE;
  TpWorkshop *workshop;
  int status;

  if (!tp_cli_parse_options (argc, argv, TP_CLI_ROOM_ARGS, N_("WORKSHOP"), 1, 1,
                             options, G_N_ELEMENTS (options), args, &status))
    return status;

  /* Everything given is checked before the first change is written. */
  if (hide_text != NULL && !parse_switch ("--hide-authors", hide_text, &hide, &status))
    return status;
  if (presets_text != NULL && !(presets = tp_timer_parse_presets (presets_text, &error)))
    return tp_cli_usage (_("room: --timer-presets: %s"), error->message);

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(workshop = tp_store_find_workshop (store, g_ptr_array_index (args, 0), &error)))
    return tp_cli_fail (error);

  /* The question is the one the core may still turn down, so it goes
   * first and a refusal leaves the other settings as they were. */
  if ((question != NULL && !tp_store_set_workshop_question (store, workshop, question, &error)) ||
      (presets_text != NULL && !tp_store_set_workshop_timer_presets (store, workshop, presets_text, &error)) ||
      (hide_text != NULL && !tp_store_set_workshop_hide_authors (store, workshop, hide, &error)))
    return tp_cli_fail (error);

  print_room (workshop, json);
  return TP_CLI_EXIT_OK;
}
