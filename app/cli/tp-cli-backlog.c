/* tp-cli-backlog.c — tag, tags, participants, vote and rank: the backlog from a terminal
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "tp-capture.h"
#include "tp-cli-commands.h"

/* The text layouts, one record per line:
 *
 *   tags          NAME  COLOUR  N_IDEAS
 *   participants  NAME  BUDGET  USED  LEFT
 *   vote          left  NAME  LEFT  BUDGET
 *
 * tag (on an idea) and rank print the idea as `ideas` does; score is in
 * tp-cli-scores.c. */

/**
 * tp_cli_parse_options:
 * @argc: the subcommand's argument count, its name included
 * @argv: the subcommand's arguments; argv[0] is its name
 * @synopsis: the untranslated synopsis, for the usage in messages
 * @names: the untranslated positional names, as in "IDEA TAG"; the last
 *   one names every further argument
 * @min_args: how many positionals are needed
 * @max_args: how many are allowed, G_MAXUINT for any number
 * @options: (array length=n_options): the options the subcommand knows
 * @n_options: how many
 * @args: (element-type utf8): the positionals are appended here
 * @status: (out): the exit status when this fails
 *
 * Options and positionals may come in any order; "--name=value" and
 * "--name value" are the same, and a value is taken as it is even when
 * it starts with a dash. After "--" everything is positional.
 *
 * Returns: %TRUE when the line makes sense
 */
gboolean
tp_cli_parse_options (int                argc,
                      char             **argv,
                      const char        *synopsis,
                      const char        *names,
                      guint              min_args,
                      guint              max_args,
                      const TpCliOption *options,
                      gsize              n_options,
                      GPtrArray         *args,
                      int               *status)
{
  const char *command;
  g_autofree char *usage = NULL;
  gboolean options_done = FALSE;

  g_return_val_if_fail (argc >= 1 && argv != NULL, FALSE);
  g_return_val_if_fail (synopsis != NULL && names != NULL, FALSE);
  g_return_val_if_fail (options != NULL || n_options == 0, FALSE);
  g_return_val_if_fail (args != NULL && status != NULL, FALSE);

  command = argv[0];
  usage = g_strdup_printf ("%s %s %s", TP_CLI_PROGRAM, command, _(synopsis));

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      const TpCliOption *option = NULL;
      const char *value;
      gsize name_len;

      if (options_done || arg[0] != '-' || arg[1] == '\0')
        {
          g_ptr_array_add (args, (gpointer)arg);
          continue;
        }

      if (strcmp (arg, "--") == 0)
        {
          options_done = TRUE;
          continue;
        }

      name_len = strcspn (arg, "=");
      for (gsize k = 0; k < n_options && option == NULL; k++)
        {
          if (strlen (options[k].name) == name_len && strncmp (options[k].name, arg, name_len) == 0)
            option = &options[k];
        }

      if (option == NULL)
        {
          *status = tp_cli_usage (_("%s: unknown option “%s” (usage: %s)"), command, arg, usage);
          return FALSE;
        }

      if (option->kind == TP_CLI_OPTION_FLAG)
        {
          if (arg[name_len] == '=')
            {
              *status = tp_cli_usage (_("%s: the option “%s” takes no value (usage: %s)"),
                                      command, option->name, usage);
              return FALSE;
            }

          *(gboolean *)option->target = TRUE;
          continue;
        }

      if (arg[name_len] == '=')
        value = arg + name_len + 1;
      else if (i + 1 < argc)
        value = argv[++i];
      else
        {
          *status = tp_cli_usage (_("%s: the option “%s” needs a value (usage: %s)"),
                                  command, option->name, usage);
          return FALSE;
        }

      if (option->kind == TP_CLI_OPTION_VALUES)
        {
          g_ptr_array_add (option->target, (gpointer)value);
        }
      else if (*(const char **)option->target != NULL)
        {
          *status = tp_cli_usage (_("%s: the option “%s” is given twice (usage: %s)"),
                                  command, option->name, usage);
          return FALSE;
        }
      else
        {
          *(const char **)option->target = value;
        }
    }

  if (args->len < min_args)
    {
      g_auto(GStrv) split = g_strsplit (_(names), " ", -1);
      guint n_names = g_strv_length (split);
      const char *missing = n_names > 0 ? split[MIN (args->len, n_names - 1)] : "";

      *status = tp_cli_usage (_("%s: missing %s (usage: %s)"), command, missing, usage);
      return FALSE;
    }

  if (args->len > max_args)
    {
      *status = tp_cli_usage (_("%s: unexpected argument “%s” (usage: %s)"),
                              command, (const char *)g_ptr_array_index (args, max_args), usage);
      return FALSE;
    }

  return TRUE;
}

/**
 * tp_cli_format_number:
 *
 * Formats a score the same way in every locale, without trailing zeros
 * and rounded to two decimals, as a person reads it.
 *
 * Returns: (transfer full): the text
 */
char *
tp_cli_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double rounded = round (value * 100) / 100;

  /* Keeps "-0" out of the output. */
  if (rounded == 0)
    rounded = 0;

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", rounded));
}

static int
refuse (const char *format,
        ...) G_GNUC_PRINTF (1, 2);

static int
refuse (const char *format,
        ...)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  error = g_error_new_literal (TP_ERROR, TP_ERROR_REFUSED, message);
  return tp_cli_fail (error);
}

static gboolean
parse_whole_number (const char *command,
                    const char *option,
                    const char *text,
                    guint       min,
                    guint      *value,
                    int        *status)
{
  guint64 number;

  if (!g_ascii_string_to_unsigned (text, 10, min, G_MAXUINT, &number, NULL))
    {
      *status = tp_cli_usage (_("%s: %s needs a whole number, %u or more, not “%s”"),
                              command, option, min, text);
      return FALSE;
    }

  *value = (guint)number;
  return TRUE;
}

static TpWorkshop *
get_idea_workshop (TpStore  *store,
                   TpIdea   *idea,
                   GError  **error)
{
  TpWorkshop *workshop = tp_store_lookup_workshop (store, tp_idea_get_workshop_id (idea));

  if (workshop == NULL)
    g_set_error (error, TP_ERROR, TP_ERROR_NOT_FOUND,
                 _("The workshop of “%s” is not in the library"), tp_idea_get_title (idea));

  return workshop;
}

static void
print_idea (TpIdea   *idea,
            gboolean  json)
{
  if (json)
    {
      g_autoptr(JsonNode) node = tp_cli_idea_to_json (idea);

      tp_cli_print_json (node);
    }
  else
    {
      tp_cli_print_idea_row (idea);
    }
}

/* tag and tags */

static JsonNode *
tag_to_json (TpTag *tag)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, tp_tag_get_name (tag));
  json_builder_set_member_name (builder, "colour");
  json_builder_add_string_value (builder, tp_tag_get_colour (tag));
  json_builder_set_member_name (builder, "ideas");
  json_builder_add_int_value (builder, tp_tag_get_n_ideas (tag));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_tag (TpTag    *tag,
           gboolean  json)
{
  if (json)
    {
      g_autoptr(JsonNode) node = tag_to_json (tag);

      tp_cli_print_json (node);
    }
  else
    {
      g_autofree char *n_ideas = g_strdup_printf ("%u", tp_tag_get_n_ideas (tag));

      tp_cli_print_row ((const char *[]) { tp_tag_get_name (tag), tp_tag_get_colour (tag), n_ideas }, 3);
    }
}

static gboolean
idea_has_tag (TpIdea     *idea,
              const char *name)
{
  const char * const *tags = tp_idea_get_tags (idea);
  g_autofree char *key = g_utf8_casefold (name[0] == '#' ? name + 1 : name, -1);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *other = g_utf8_casefold (tags[i], -1);

      if (strcmp (key, other) == 0)
        return TRUE;
    }

  return FALSE;
}

static int
tag_idea (TpStore   *store,
          gboolean   json,
          gboolean   add,
          GPtrArray *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ideas = g_ptr_array_new ();
  g_auto(GStrv) tags = NULL;
  TpIdea *idea;

  if (!(idea = tp_store_find_idea (store, g_ptr_array_index (args, 0), &error)))
    return tp_cli_fail (error);

  /* Every name is checked before the first is written, so a bad one
   * leaves the idea as it was. */
  for (guint i = 1; i < args->len; i++)
    {
      const char *single[] = { g_ptr_array_index (args, i), NULL };
      g_auto(GStrv) checked = NULL;

      if (!(checked = tp_capture_normalize_tags (single, &error)))
        return tp_cli_fail (error);
      if (checked[0] == NULL)
        return tp_cli_usage (_("tag: “%s” is not a tag name"), single[0]);
    }

  g_ptr_array_add (args, NULL);
  if (!(tags = tp_capture_normalize_tags ((const char * const *)args->pdata + 1, &error)))
    return tp_cli_fail (error);

  for (guint i = 0; !add && tags[i] != NULL; i++)
    {
      if (!idea_has_tag (idea, tags[i]))
        return tp_cli_usage (_("“%s” has no tag “%s”"), tp_idea_get_title (idea), tags[i]);
    }

  /* All the tags in one transaction: an idea that would go over its
   * limit keeps the tags it had. */
  g_ptr_array_add (ideas, idea);
  if (!tp_store_tag_ideas (store, ideas, (const char * const *)tags, add, &error))
    return tp_cli_fail (error);

  print_idea (idea, json);
  return TP_CLI_EXIT_OK;
}

static int
fail_colour (const GError *error,
             const char   *colour)
{
  g_autofree char *colours = NULL;
  g_autoptr(GError) listed = NULL;

  if (tp_tag_is_colour (colour))
    return tp_cli_fail (error);

  colours = g_strjoinv (", ", (char **)tp_tag_get_colours ());
  listed = g_error_new (error->domain, error->code, _("%s (colours: %s)"), error->message, colours);
  return tp_cli_fail (listed);
}

static int
change_tag (TpStore    *store,
            gboolean    json,
            gboolean    rename,
            gboolean    recolour,
            GPtrArray  *args)
{
  g_autoptr(GError) error = NULL;
  TpWorkshop *workshop;
  TpTag *tag;
  const char *value = args->len > 2 ? g_ptr_array_index (args, 2) : NULL;

  if (!(workshop = tp_store_find_workshop (store, g_ptr_array_index (args, 0), &error)) ||
      !(tag = tp_store_find_tag (store, workshop, g_ptr_array_index (args, 1), &error)))
    return tp_cli_fail (error);

  if (rename)
    {
      if (!tp_store_rename_tag (store, tag, value, &error))
        return tp_cli_fail (error);
    }
  else if (recolour)
    {
      if (!tp_store_recolour_tag (store, tag, value, &error))
        return fail_colour (error, value);
    }
  else
    {
      if (!tp_store_delete_tag (store, tag, NULL, &error))
        return tp_cli_fail (error);

      return TP_CLI_EXIT_OK;
    }

  print_tag (tag, json);
  return TP_CLI_EXIT_OK;
}

int
tp_cli_tag (const char  *db_path,
            gboolean     json,
            int          argc,
            char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  gboolean remove = FALSE, rename = FALSE, recolour = FALSE, delete = FALSE;
  const TpCliOption options[] = {
    { "--remove", TP_CLI_OPTION_FLAG, &remove },
    { "--rename", TP_CLI_OPTION_FLAG, &rename },
    { "--colour", TP_CLI_OPTION_FLAG, &recolour },
    { "--color", TP_CLI_OPTION_FLAG, &recolour },
    { "--delete", TP_CLI_OPTION_FLAG, &delete },
  };
  const char *synopsis = TP_CLI_TAG_ARGS;
  const char *names = N_("IDEA TAG");
  guint n_args = G_MAXUINT;
  int status;

  /* The mode decides what the positionals are, so it is read first. */
  for (int i = 1; i < argc && strcmp (argv[i], "--") != 0; i++)
    {
      if (strcmp (argv[i], "--remove") == 0)
        synopsis = TP_CLI_TAG_REMOVE_ARGS;
      else if (strcmp (argv[i], "--rename") == 0)
        synopsis = TP_CLI_TAG_RENAME_ARGS, names = N_("WORKSHOP OLD NEW"), n_args = 3;
      else if (strcmp (argv[i], "--colour") == 0 || strcmp (argv[i], "--color") == 0)
        synopsis = TP_CLI_TAG_COLOUR_ARGS, names = N_("WORKSHOP TAG COLOUR"), n_args = 3;
      else if (strcmp (argv[i], "--delete") == 0)
        synopsis = TP_CLI_TAG_DELETE_ARGS, names = N_("WORKSHOP TAG"), n_args = 2;
    }

  if (!tp_cli_parse_options (argc, argv, synopsis, names, n_args == G_MAXUINT ? 2 : n_args, n_args,
                             options, G_N_ELEMENTS (options), args, &status))
    return status;

  if (remove + rename + recolour + delete > 1)
    return tp_cli_usage (_("tag: give one of --remove, --rename, --colour and --delete"));

  if (!(store = tp_cli_open_store (db_path, &error)))
    return tp_cli_fail (error);

  if (rename || recolour || delete)
    return change_tag (store, json, rename, recolour, args);

  return tag_idea (store, json, !remove, args);
}

int
tp_cli_tags (const char  *db_path,
             gboolean     json,
             int          argc,
             char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(JsonArray) array = NULL;
  TpWorkshop *workshop;
  GListModel *tags;
  const char *args[1];
  guint n_tags;
  int status;

  if (!tp_cli_take_args (argc, argv, TP_CLI_TAGS_ARGS, args, G_N_ELEMENTS (args), &status))
    return status;

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(workshop = tp_store_find_workshop (store, args[0], &error)))
    return tp_cli_fail (error);

  tags = tp_store_get_tags (store, workshop);
  n_tags = g_list_model_get_n_items (tags);
  array = json ? json_array_sized_new (n_tags) : NULL;

  for (guint i = 0; i < n_tags; i++)
    {
      g_autoptr(TpTag) tag = g_list_model_get_item (tags, i);

      if (json)
        json_array_add_element (array, tag_to_json (tag));
      else
        print_tag (tag, FALSE);
    }

  if (json)
    {
      g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), array);

      tp_cli_print_json (node);
    }

  return TP_CLI_EXIT_OK;
}

/* participants */

static JsonNode *
participant_to_json (TpParticipant *participant)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, tp_participant_get_name (participant));
  json_builder_set_member_name (builder, "budget");
  json_builder_add_int_value (builder, tp_participant_get_budget (participant));
  json_builder_set_member_name (builder, "used");
  json_builder_add_int_value (builder, tp_participant_get_used (participant));
  json_builder_set_member_name (builder, "left");
  json_builder_add_int_value (builder, tp_participant_get_left (participant));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_participant_row (TpParticipant *participant)
{
  g_autofree char *budget = g_strdup_printf ("%u", tp_participant_get_budget (participant));
  g_autofree char *used = g_strdup_printf ("%u", tp_participant_get_used (participant));
  g_autofree char *left = g_strdup_printf ("%u", tp_participant_get_left (participant));

  tp_cli_print_row ((const char *[]) { tp_participant_get_name (participant), budget, used, left }, 4);
}

static int
list_participants (TpStore    *store,
                   TpWorkshop *workshop,
                   gboolean    json)
{
  GListModel *participants = tp_store_get_participants (store, workshop);
  guint n = g_list_model_get_n_items (participants);
  g_autoptr(JsonArray) array = json ? json_array_sized_new (n) : NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpParticipant) participant = g_list_model_get_item (participants, i);

      if (json)
        json_array_add_element (array, participant_to_json (participant));
      else
        print_participant_row (participant);
    }

  if (json)
    {
      g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), array);

      tp_cli_print_json (node);
    }

  return TP_CLI_EXIT_OK;
}

int
tp_cli_participants (const char  *db_path,
                     gboolean     json,
                     int          argc,
                     char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *add = NULL, *set = NULL, *remove = NULL, *budget_text = NULL, *new_name = NULL;
  const TpCliOption options[] = {
    { "--add", TP_CLI_OPTION_VALUE, &add },
    { "--set", TP_CLI_OPTION_VALUE, &set },
    { "--remove", TP_CLI_OPTION_VALUE, &remove },
    { "--budget", TP_CLI_OPTION_VALUE, &budget_text },
    { "--name", TP_CLI_OPTION_VALUE, &new_name },
  };
  TpParticipant *participant = NULL;
  TpWorkshop *workshop;
  guint budget = TP_PARTICIPANT_DEFAULT_BUDGET;
  int status;

  if (!tp_cli_parse_options (argc, argv, TP_CLI_PARTICIPANTS_ARGS, TP_CLI_PARTICIPANTS_ARGS, 1, 1,
                             options, G_N_ELEMENTS (options), args, &status))
    return status;

  if ((add != NULL) + (set != NULL) + (remove != NULL) > 1)
    return tp_cli_usage (_("participants: give one of --add, --set and --remove"));
  if (budget_text != NULL && add == NULL && set == NULL)
    return tp_cli_usage (_("participants: --budget goes with --add or --set (usage: %s participants %s)"),
                         TP_CLI_PROGRAM, _(TP_CLI_PARTICIPANTS_ADD_ARGS));
  if (new_name != NULL && set == NULL)
    return tp_cli_usage (_("participants: --name goes with --set (usage: %s participants %s)"),
                         TP_CLI_PROGRAM, _(TP_CLI_PARTICIPANTS_SET_ARGS));
  if (set != NULL && budget_text == NULL && new_name == NULL)
    return tp_cli_usage (_("participants: --set needs --budget or --name (usage: %s participants %s)"),
                         TP_CLI_PROGRAM, _(TP_CLI_PARTICIPANTS_SET_ARGS));
  if (budget_text != NULL && !parse_whole_number ("participants", "--budget", budget_text, 0, &budget, &status))
    return status;

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(workshop = tp_store_find_workshop (store, g_ptr_array_index (args, 0), &error)))
    return tp_cli_fail (error);

  if (add != NULL)
    {
      if (!(participant = tp_store_add_participant (store, workshop, add, budget, &error)))
        return tp_cli_fail (error);
    }
  else if (set != NULL)
    {
      if (!(participant = tp_store_find_participant (store, workshop, set, &error)) ||
          !tp_store_update_participant (store, participant,
                                        new_name != NULL ? new_name : tp_participant_get_name (participant),
                                        budget_text != NULL ? budget : tp_participant_get_budget (participant),
                                        &error))
        return tp_cli_fail (error);
    }
  else if (remove != NULL)
    {
      if (!(participant = tp_store_find_participant (store, workshop, remove, &error)) ||
          !tp_store_delete_participant (store, participant, &error))
        return tp_cli_fail (error);

      return TP_CLI_EXIT_OK;
    }
  else
    {
      return list_participants (store, workshop, json);
    }

  if (json)
    {
      g_autoptr(JsonNode) node = participant_to_json (participant);

      tp_cli_print_json (node);
    }
  else
    {
      print_participant_row (participant);
    }

  return TP_CLI_EXIT_OK;
}

/* vote */

static void
print_votes_left (TpParticipant *participant,
                  TpIdea        *idea,
                  gboolean       json)
{
  if (json)
    {
      g_autoptr(JsonNode) node = participant_to_json (participant);
      JsonObject *object = json_node_get_object (node);

      json_object_set_int_member (object, "idea", tp_idea_get_id (idea));
      json_object_set_int_member (object, "votes", tp_idea_get_votes (idea));
      tp_cli_print_json (node);
    }
  else
    {
      g_autofree char *left = g_strdup_printf ("%u", tp_participant_get_left (participant));
      g_autofree char *budget = g_strdup_printf ("%u", tp_participant_get_budget (participant));

      tp_cli_print_row ((const char *[]) { "left", tp_participant_get_name (participant), left, budget }, 4);
    }
}

int
tp_cli_vote (const char  *db_path,
             gboolean     json,
             int          argc,
             char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *name = NULL, *count_text = NULL;
  gboolean remove = FALSE;
  const TpCliOption options[] = {
    { "--as", TP_CLI_OPTION_VALUE, &name },
    { "--count", TP_CLI_OPTION_VALUE, &count_text },
    { "--remove", TP_CLI_OPTION_FLAG, &remove },
  };
  TpParticipant *participant;
  TpWorkshop *workshop;
  TpIdea *idea;
  guint count = 1;
  int status;

  if (!tp_cli_parse_options (argc, argv, TP_CLI_VOTE_ARGS, N_("IDEA"), 1, 1,
                             options, G_N_ELEMENTS (options), args, &status))
    return status;

  if (name == NULL)
    return tp_cli_usage (_("vote: missing --as NAME (usage: %s vote %s)"), TP_CLI_PROGRAM, _(TP_CLI_VOTE_ARGS));
  if (count_text != NULL && !parse_whole_number ("vote", "--count", count_text, 1, &count, &status))
    return status;

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(idea = tp_store_find_idea (store, g_ptr_array_index (args, 0), &error)) ||
      !(workshop = get_idea_workshop (store, idea, &error)) ||
      !(participant = tp_store_find_participant (store, workshop, name, &error)))
    return tp_cli_fail (error);

  if (remove)
    {
      guint placed = tp_store_count_votes (store, idea, participant);

      /* With none placed, the core says so in its own words. */
      if (placed > 0 && count > placed)
        return tp_cli_usage (g_dngettext (GETTEXT_PACKAGE,
                                          "%s has only %u vote on “%s” to take back, not %u",
                                          "%s has only %u votes on “%s” to take back, not %u",
                                          placed),
                             tp_participant_get_name (participant), placed, tp_idea_get_title (idea), count);

      for (guint i = 0; i < count; i++)
        {
          if (!tp_store_remove_vote (store, idea, participant, &error))
            return tp_cli_fail (error);
        }
    }
  else
    {
      guint left = tp_participant_get_left (participant);

      /* With none left, the core refuses the first dot in its own words. */
      if (left > 0 && count > left)
        return refuse (g_dngettext (GETTEXT_PACKAGE,
                                    "%s has %u of %u vote left, not enough for %u more on “%s”",
                                    "%s has %u of %u votes left, not enough for %u more on “%s”",
                                    tp_participant_get_budget (participant)),
                       tp_participant_get_name (participant), left,
                       tp_participant_get_budget (participant), count, tp_idea_get_title (idea));

      if (!tp_store_add_votes (store, idea, participant, count, &error))
        return tp_cli_fail (error);
    }

  print_votes_left (participant, idea, json);
  return TP_CLI_EXIT_OK;
}

/* rank */

int
tp_cli_rank (const char  *db_path,
             gboolean     json,
             int          argc,
             char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  TpWorkshop *workshop;
  TpIdea *idea;
  const char *args[2];
  guint64 position;
  guint n_ideas;
  int status;

  if (!tp_cli_take_args (argc, argv, TP_CLI_RANK_ARGS, args, G_N_ELEMENTS (args), &status))
    return status;

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(idea = tp_store_find_idea (store, args[0], &error)) ||
      !(workshop = get_idea_workshop (store, idea, &error)))
    return tp_cli_fail (error);

  n_ideas = g_list_model_get_n_items (tp_store_get_ideas (store, workshop));
  if (!g_ascii_string_to_unsigned (args[1], 10, 1, n_ideas, &position, NULL))
    return tp_cli_usage (_("rank: POSITION must be a whole number from 1 to %u, not “%s”"),
                         n_ideas, args[1]);

  if (!tp_store_move_idea (store, idea, (guint)position - 1, &error))
    return tp_cli_fail (error);

  print_idea (idea, json);
  return TP_CLI_EXIT_OK;
}
