/* touchpoint-cli.c — reads the global options and runs one subcommand
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "tp-cli-commands.h"

typedef struct
{
  const char       *name;
  TpCliCommandFunc  func;
  const char       *synopsis;
  const char       *summary;
} TpCliCommand;

static const TpCliCommand commands[] = {
  { "workshops",    tp_cli_workshops,    TP_CLI_WORKSHOPS_ARGS,    N_("List the workshops, most recent first") },
  { "new-workshop", tp_cli_new_workshop, TP_CLI_NEW_WORKSHOP_ARGS, N_("Create a workshop, from a template if given, and print its id") },
  { "add",          tp_cli_add,          TP_CLI_ADD_ARGS,          N_("Capture an idea: “title #tag @author”") },
  { "ideas",        tp_cli_ideas,        TP_CLI_IDEAS_ARGS,        N_("List a workshop’s ideas as the backlog shows them, in the manual order unless sorted") },
  { "tag",          tp_cli_tag,          TP_CLI_TAG_ARGS,          N_("Add tags to an idea, making new ones as needed") },
  { "tag",          tp_cli_tag,          TP_CLI_TAG_REMOVE_ARGS,   N_("Take tags off an idea") },
  { "tag",          tp_cli_tag,          TP_CLI_TAG_RENAME_ARGS,   N_("Rename a tag on every idea that has it") },
  { "tag",          tp_cli_tag,          TP_CLI_TAG_COLOUR_ARGS,   N_("Give a tag another colour") },
  { "tag",          tp_cli_tag,          TP_CLI_TAG_DELETE_ARGS,   N_("Delete a tag and take it off every idea") },
  { "tags",         tp_cli_tags,         TP_CLI_TAGS_ARGS,         N_("List a workshop’s tags: name, colour, ideas") },
  { "participants", tp_cli_participants, TP_CLI_PARTICIPANTS_ARGS, N_("List the participants: name, budget, votes used, votes left") },
  { "participants", tp_cli_participants, TP_CLI_PARTICIPANTS_ADD_ARGS, N_("Add a participant with a budget of dot votes (3 unless given)") },
  { "participants", tp_cli_participants, TP_CLI_PARTICIPANTS_SET_ARGS, N_("Change a participant’s budget or name") },
  { "participants", tp_cli_participants, TP_CLI_PARTICIPANTS_REMOVE_ARGS, N_("Remove a participant and their votes") },
  { "vote",         tp_cli_vote,         TP_CLI_VOTE_ARGS,         N_("Put dots on an idea, or take them back, and print the votes left") },
  { "score",        tp_cli_score,        TP_CLI_SCORE_ARGS,        N_("Change an idea’s scores and print them all") },
  { "rank",         tp_cli_rank,         TP_CLI_RANK_ARGS,         N_("Move an idea to a place in the manual order, 1 being the top") },
  { "status",       tp_cli_status,       TP_CLI_STATUS_ARGS,       N_("Set an idea’s status (new, shortlisted, in-progress, done, parked); done needs passing walks") },
  { "personas",     tp_cli_personas,     TP_CLI_PERSONAS_ARGS,     N_("List a workshop’s personas") },
  { "journey",      tp_cli_journey,      TP_CLI_JOURNEY_SHOW_ARGS, N_("Print an idea’s journey design as a journey file (always JSON)") },
  { "journey",      tp_cli_journey,      TP_CLI_JOURNEY_SET_ARGS,  N_("Replace an idea’s journey design with a journey file") },
  { "simulate",     tp_cli_simulate,     N_("--persona FILE --journey FILE"), N_("Walk a persona through a journey design; no database needed") },
  { "walk",         tp_cli_walk,         TP_CLI_WALK_ARGS,         N_("Walk an idea’s journey as a persona, or as every linked one, and record the walk") },
  { "accept",       tp_cli_accept,       TP_CLI_ACCEPT_ARGS,       N_("Accept the frictions at a step of the persona’s latest walk") },
  { "verdict",      tp_cli_verdict,      TP_CLI_VERDICT_ARGS,      N_("Show an idea’s journey verdict and each persona’s") },
  { "phase",        tp_cli_phase,        TP_CLI_PHASE_ARGS,        N_("Show the workshop’s phase, or move it to another; nothing is lost either way") },
  { "room",         tp_cli_room,         TP_CLI_ROOM_ARGS,         N_("Show or change how the room runs: hidden authors, timer presets, the question") },
  { "cluster",      tp_cli_cluster,      TP_CLI_CLUSTER_LIST_ARGS, N_("List the clusters: name, ideas, votes, collapsed") },
  { "cluster",      tp_cli_cluster,      TP_CLI_CLUSTER_NEW_ARGS,  N_("Group ideas into a new cluster, named after the first idea unless given a name") },
  { "cluster",      tp_cli_cluster,      TP_CLI_CLUSTER_ADD_ARGS,  N_("Move ideas into a cluster, out of any other") },
  { "cluster",      tp_cli_cluster,      TP_CLI_CLUSTER_REMOVE_ARGS, N_("Take ideas out of their cluster") },
  { "cluster",      tp_cli_cluster,      TP_CLI_CLUSTER_RENAME_ARGS, N_("Rename a cluster") },
  { "cluster",      tp_cli_cluster,      TP_CLI_CLUSTER_MERGE_ARGS, N_("Move every idea of FROM into INTO and remove FROM") },
  { "cluster",      tp_cli_cluster,      TP_CLI_CLUSTER_UNGROUP_ARGS, N_("Remove a cluster; its ideas stay, in no cluster") },
  { "cluster",      tp_cli_cluster,      TP_CLI_CLUSTER_COLLAPSE_ARGS, N_("Fold a cluster away in the window") },
  { "cluster",      tp_cli_cluster,      TP_CLI_CLUSTER_EXPAND_ARGS, N_("Unfold a cluster in the window") },
  { "templates",    tp_cli_templates,    TP_CLI_TEMPLATES_ARGS,    N_("List the workshop templates, built in and saved") },
  { "templates",    tp_cli_templates,    TP_CLI_TEMPLATES_SAVE_ARGS, N_("Save a workshop’s question, timer presets, personas and stages as a template") },
  { "templates",    tp_cli_templates,    TP_CLI_TEMPLATES_DELETE_ARGS, N_("Delete a saved template; built-in ones are refused") },
  { "import",       tp_cli_import,       TP_CLI_IMPORT_ARGS,       N_("Import sticky notes from a CSV file into a workshop, every row or none, and print how many") },
  { "import",       tp_cli_import,       TP_CLI_IMPORT_WORKSHOP_ARGS, N_("Merge a workshop file into the library by UUID; the same file twice changes nothing") },
  { "export",       tp_cli_export,       TP_CLI_EXPORT_ARGS,       N_("Write the backlog as a spreadsheet (csv), the report (md, pdf) or a workshop file for another team") },
  { "report",       tp_cli_report,       TP_CLI_REPORT_ARGS,       N_("Write the workshop report as PDF or Markdown, the format from FILE’s extension") },
};

typedef struct
{
  const char *db_path;
  gboolean    json;
  gboolean    help;
  gboolean    version;
} GlobalOptions;

static const TpCliCommand *
find_command (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (strcmp (commands[i].name, name) == 0)
        return &commands[i];
    }

  return NULL;
}

static char *
format_command_line (const TpCliCommand *command)
{
  if (command->synopsis[0] == '\0')
    return g_strdup (command->name);

  return g_strdup_printf ("%s %s", command->name, _(command->synopsis));
}

/* Longer command lines get their summary on the next line, so that one
 * long synopsis does not push every summary off the screen. */
#define SYNOPSIS_COLUMNS 44

static void
print_help (void)
{
  g_autoptr(GString) help = g_string_new (NULL);
  g_autofree char *tag_colours = g_strjoinv (", ", (char **)tp_tag_get_colours ());
  glong width = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = format_command_line (&commands[i]);
      glong length = g_utf8_strlen (line, -1);

      if (length <= SYNOPSIS_COLUMNS)
        width = MAX (width, length);
    }

  g_string_append_printf (help, _("Usage: %s [OPTION…] COMMAND [ARGUMENT…]"), TP_CLI_PROGRAM);
  g_string_append (help, "\n\n");
  g_string_append (help, _("Works on Touchpoint’s workshops from a terminal, for scripts and CI."));
  g_string_append (help, "\n\n");
  g_string_append (help, _("Commands:"));
  g_string_append_c (help, '\n');

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = format_command_line (&commands[i]);
      glong pad = g_utf8_strlen (line, -1);

      g_string_append_printf (help, "  %s", line);
      if (pad > SYNOPSIS_COLUMNS)
        {
          g_string_append_c (help, '\n');
          pad = -2;
        }
      for (; pad < width + 2; pad++)
        g_string_append_c (help, ' ');
      g_string_append_printf (help, "%s\n", _(commands[i].summary));
    }

  g_string_append_c (help, '\n');
  g_string_append (help, _("Options (anywhere on the line):"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("  --db PATH    Use the database at PATH instead of $TOUCHPOINT_DB or the app’s own"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("  --json       Print JSON instead of tab-separated text"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("  -h, --help   Show this help"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("  --version    Show the version"));
  g_string_append (help, "\n\n");
  g_string_append (help, _("WORKSHOP is a workshop’s id or exact title. Put “--” before an argument that starts with a dash."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("IDEA is an idea’s id, its uuid or a unique prefix of it, or its exact title where that is unique; NAME is a persona’s name in the idea’s workshop."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("For “participants” and “vote --as”, NAME is a participant’s name, in any case."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("“journey show” always prints JSON, the journey file format that “journey set” reads back."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("“walk” exits 0 when the customer dropped out: the walk was recorded, and its outcome is the answer."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("“accept” accepts every friction at the step with the one reason, and refuses when the step has a barrier or the walk is stale."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("“ideas” prints id, uuid, status, title, author, tags, votes, impact, effort, RICE score, MoSCoW, quadrant and verdict; unset scores are empty."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("  --sort rank|votes|impact-effort|rice|moscow; ties go to the most votes, then the oldest idea."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("  --tag TAG (several: ideas with all of them, or any with --any), --status STATUS (several: any of them),"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("  --search TEXT (in the title, details, author and tags, ignoring case)."));
  g_string_append_c (help, '\n');
  g_string_append_printf (help, _("A tag’s colour is one of: %s."), tag_colours);
  g_string_append_c (help, '\n');
  g_string_append (help, _("“vote” puts --count dots (1 unless given) as the participant, all or none; it is refused when the budget does not cover them."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("“score” changes only the scores given: --impact and --effort 1–5, --reach 0 or more, --rice-impact 0.25, 0.5, 1, 2 or 3,"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("  --confidence 0–100 (%), --rice-effort more than 0 person-weeks, --moscow must, should, could or wont;"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("  --clear impact|effort|reach|rice-impact|confidence|rice-effort|moscow|rice|all unsets them. It prints one “FIELD VALUE” line each."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("PHASE is capture, group, vote, prioritise (or prioritize), walk or review; “phase” prints “phase PHASE”."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("CLUSTER is a cluster’s name in the workshop, in any case; IDEA… are one or more ideas of that workshop."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("“cluster list” prints “cluster NAME IDEAS VOTES COLLAPSED” (yes or no), and with --ideas an “idea ID UUID TITLE VOTES” line for each of its ideas."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("“templates” prints “template NAME builtin|saved QUESTION”; “new-workshop --template” takes a template’s name, in any case."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("“room” prints one “FIELD VALUE” line each for phase, question, timer_presets and hide_authors, after any change;"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("  --timer-presets takes lengths in seconds separated by commas, such as 60,180,300."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("“import” takes a .touchpoint file (or any Touchpoint database) with or without WORKSHOP: the file brings its own;"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("  it prints “workshop ID UUID TITLE”. A CSV file prints “imported N”; its columns are mapped from the header,"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("  and --map COLUMN=KIND (COLUMN a header or a number from 1) changes one. KIND is ignore, title, details, author,"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("  tags, votes, status, impact, effort, reach, rice-impact, confidence, rice-effort or moscow. Notes go to standard error."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("“export” and “report” print “exported N FORMAT FILE”; they take the options of “ideas” (not for a workshop file),"));
  g_string_append_c (help, '\n');
  g_string_append (help, _("  --format may be left out when FILE’s extension says it, and FILE is replaced whole, like cp does, or left as it was."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("Text output has one record per line and no header; tabs and line breaks inside a field are printed as spaces."));
  g_string_append_c (help, '\n');
  g_string_append (help, _("Exit status: 0 on success, 1 when the operation is refused, 2 on bad usage or bad input."));
  g_string_append_c (help, '\n');

  g_print ("%s", help->str);
}

/* Global options may come anywhere, so that a script can append --json
 * or --db to any command line; whatever is left goes to the subcommand,
 * "--" included, so it can tell options from arguments. */
static gboolean
strip_global_options (int            argc,
                      char         **argv,
                      GlobalOptions *options,
                      GPtrArray     *rest,
                      int           *status)
{
  gboolean options_done = FALSE;

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (options_done)
        {
          g_ptr_array_add (rest, argv[i]);
        }
      else if (strcmp (arg, "--") == 0)
        {
          options_done = TRUE;
          if (rest->len > 0)
            g_ptr_array_add (rest, argv[i]);
        }
      else if (strcmp (arg, "--json") == 0)
        {
          options->json = TRUE;
        }
      else if (strcmp (arg, "--help") == 0 || strcmp (arg, "-h") == 0)
        {
          options->help = TRUE;
        }
      else if (strcmp (arg, "--version") == 0)
        {
          options->version = TRUE;
        }
      else if (strcmp (arg, "--db") == 0 || g_str_has_prefix (arg, "--db="))
        {
          const char *path;

          if (arg[4] == '=')
            path = arg + 5;
          else if (i + 1 < argc)
            path = argv[++i];
          else
            path = NULL;

          if (path == NULL || path[0] == '\0')
            {
              *status = tp_cli_usage (_("the option “--db” needs a database path (try --help)"));
              return FALSE;
            }

          options->db_path = path;
        }
      else
        {
          g_ptr_array_add (rest, argv[i]);
        }
    }

  g_ptr_array_add (rest, NULL);
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  GlobalOptions options = { NULL, FALSE, FALSE, FALSE };
  const TpCliCommand *command;
  int status = TP_CLI_EXIT_OK;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname (TP_CLI_PROGRAM);

  if (!strip_global_options (argc, argv, &options, rest, &status))
    return status;

  if (options.help)
    {
      print_help ();
      return TP_CLI_EXIT_OK;
    }

  if (options.version)
    {
      g_print ("%s %s\n", TP_CLI_PROGRAM, PACKAGE_VERSION);
      return TP_CLI_EXIT_OK;
    }

  if (rest->len < 2)
    return tp_cli_usage (_("no command given (try --help)"));

  command = find_command (g_ptr_array_index (rest, 0));
  if (command == NULL)
    return tp_cli_usage (_("unknown command “%s” (try --help)"),
                         (const char *)g_ptr_array_index (rest, 0));

  status = command->func (options.db_path, options.json,
                          rest->len - 1, (char **)rest->pdata);

  /* A full disk or a closed pipe must not look like success to a script. */
  if ((fflush (stdout) != 0 || ferror (stdout)) && status == TP_CLI_EXIT_OK)
    {
      int saved_errno = errno;

      status = tp_cli_usage (_("could not write the output: %s"), g_strerror (saved_errno));
    }

  return status;
}
