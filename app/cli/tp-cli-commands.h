/* tp-cli-commands.h — the subcommands touchpoint-cli dispatches to
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gi18n.h>

#include "tp-cli.h"

G_BEGIN_DECLS

#define TP_CLI_PROGRAM "touchpoint-cli"

/* Each synopsis serves both --help and the usage errors, so the two
 * cannot drift apart. */
#define TP_CLI_WORKSHOPS_ARGS    ""
#define TP_CLI_NEW_WORKSHOP_ARGS N_("TITLE [--template NAME] [--question TEXT]")
#define TP_CLI_ADD_ARGS          N_("WORKSHOP TEXT")
#define TP_CLI_IDEAS_ARGS        N_("WORKSHOP [--sort KEY] [--tag TAG]… [--any] [--status STATUS]… [--search TEXT]")
#define TP_CLI_STATUS_ARGS       N_("IDEA STATUS")
#define TP_CLI_PERSONAS_ARGS     N_("WORKSHOP")
/* The action word is part of these two, so that a usage error shows it. */
#define TP_CLI_JOURNEY_SHOW_ARGS N_("show IDEA")
#define TP_CLI_JOURNEY_SET_ARGS  N_("set IDEA FILE")
#define TP_CLI_WALK_ARGS         N_("IDEA --persona NAME|--all [--expect N]")
#define TP_CLI_ACCEPT_ARGS       N_("IDEA --persona NAME --step N --reason TEXT")
#define TP_CLI_VERDICT_ARGS      N_("IDEA")
/* The mode option is part of these, for the same reason. */
#define TP_CLI_TAG_ARGS          N_("IDEA TAG…")
#define TP_CLI_TAG_REMOVE_ARGS   N_("--remove IDEA TAG…")
#define TP_CLI_TAG_RENAME_ARGS   N_("--rename WORKSHOP OLD NEW")
#define TP_CLI_TAG_COLOUR_ARGS   N_("--colour WORKSHOP TAG COLOUR")
#define TP_CLI_TAG_DELETE_ARGS   N_("--delete WORKSHOP TAG")
#define TP_CLI_TAGS_ARGS         N_("WORKSHOP")
#define TP_CLI_PARTICIPANTS_ARGS        N_("WORKSHOP")
#define TP_CLI_PARTICIPANTS_ADD_ARGS    N_("WORKSHOP --add NAME [--budget N]")
#define TP_CLI_PARTICIPANTS_SET_ARGS    N_("WORKSHOP --set NAME [--budget N] [--name NEW]")
#define TP_CLI_PARTICIPANTS_REMOVE_ARGS N_("WORKSHOP --remove NAME")
#define TP_CLI_VOTE_ARGS         N_("IDEA --as NAME [--count N] [--remove]")
#define TP_CLI_SCORE_ARGS        N_("IDEA [--impact N] [--effort N] [--reach N] [--rice-impact N] [--confidence N] [--rice-effort N] [--moscow M] [--clear FIELD]…")
#define TP_CLI_RANK_ARGS         N_("IDEA POSITION")
#define TP_CLI_PHASE_ARGS        N_("WORKSHOP [PHASE]")
#define TP_CLI_ROOM_ARGS         N_("WORKSHOP [--hide-authors on|off] [--timer-presets SECONDS,…] [--question TEXT]")
/* The action word is part of these, as for journey. */
#define TP_CLI_CLUSTER_LIST_ARGS     N_("list WORKSHOP [--ideas]")
#define TP_CLI_CLUSTER_NEW_ARGS      N_("new WORKSHOP IDEA… [--name NAME]")
#define TP_CLI_CLUSTER_ADD_ARGS      N_("add WORKSHOP CLUSTER IDEA…")
#define TP_CLI_CLUSTER_REMOVE_ARGS   N_("remove IDEA…")
#define TP_CLI_CLUSTER_RENAME_ARGS   N_("rename WORKSHOP OLD NEW")
#define TP_CLI_CLUSTER_MERGE_ARGS    N_("merge WORKSHOP INTO FROM")
#define TP_CLI_CLUSTER_UNGROUP_ARGS  N_("ungroup WORKSHOP CLUSTER")
#define TP_CLI_CLUSTER_COLLAPSE_ARGS N_("collapse WORKSHOP CLUSTER")
#define TP_CLI_CLUSTER_EXPAND_ARGS   N_("expand WORKSHOP CLUSTER")
/* And the mode option is part of these, as for tag. */
#define TP_CLI_TEMPLATES_ARGS        ""
#define TP_CLI_TEMPLATES_SAVE_ARGS   N_("--save WORKSHOP NAME")
#define TP_CLI_TEMPLATES_DELETE_ARGS N_("--delete NAME")
#define TP_CLI_IMPORT_ARGS           N_("WORKSHOP FILE.csv [--map COLUMN=KIND]…")
#define TP_CLI_IMPORT_WORKSHOP_ARGS  N_("[WORKSHOP] FILE.touchpoint")
#define TP_CLI_EXPORT_ARGS           N_("WORKSHOP --format csv|md|pdf|touchpoint -o FILE [--sort KEY] [--tag TAG]… [--any] [--status STATUS]… [--search TEXT]")
#define TP_CLI_REPORT_ARGS           N_("WORKSHOP -o FILE.pdf|FILE.md [--sort KEY] [--tag TAG]… [--any] [--status STATUS]… [--search TEXT]")

typedef enum
{
  TP_CLI_OPTION_FLAG,    /* target: gboolean * */
  TP_CLI_OPTION_VALUE,   /* target: const char **, NULL until given */
  TP_CLI_OPTION_VALUES,  /* target: GPtrArray * of const char *, repeatable */
} TpCliOptionKind;

typedef struct
{
  const char      *name;   /* with its dashes, as in "--sort" */
  TpCliOptionKind  kind;
  gpointer         target;
} TpCliOption;

gboolean  tp_cli_take_args     (int           argc,
                                char        **argv,
                                const char   *synopsis,
                                const char  **args,
                                guint         n_args,
                                int          *status);
gboolean  tp_cli_parse_options (int                argc,
                                char             **argv,
                                const char        *synopsis,
                                const char        *names,
                                guint              min_args,
                                guint              max_args,
                                const TpCliOption *options,
                                gsize              n_options,
                                GPtrArray         *args,
                                int               *status);
char     *tp_cli_flatten       (const char   *text);
char     *tp_cli_format_number (double        value);
void      tp_cli_print_row     (const char * const *fields,
                                gsize               n_fields);

JsonNode *tp_cli_workshop_to_json (TpWorkshop *workshop);
JsonNode *tp_cli_idea_to_json     (TpIdea     *idea);
void      tp_cli_print_idea_row   (TpIdea     *idea);
void      tp_cli_print_walk_result (TpWalkResult *walk);
char     *tp_cli_list_templates   (TpStore      *store);

int       tp_cli_workshops     (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_new_workshop  (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_add           (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_ideas         (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_status        (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_personas      (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_journey       (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_walk          (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_accept        (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_verdict       (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_tag           (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_tags          (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_participants  (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_vote          (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_score         (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_rank          (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_phase         (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_cluster       (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_templates     (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_room          (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_import        (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_export        (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);
int       tp_cli_report        (const char  *db_path,
                                gboolean     json,
                                int          argc,
                                char       **argv);

G_END_DECLS
