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
#define TP_CLI_NEW_WORKSHOP_ARGS N_("TITLE")
#define TP_CLI_ADD_ARGS          N_("WORKSHOP TEXT")
#define TP_CLI_IDEAS_ARGS        N_("WORKSHOP")
#define TP_CLI_STATUS_ARGS       N_("IDEA STATUS")
#define TP_CLI_PERSONAS_ARGS     N_("WORKSHOP")
/* The action word is part of these two, so that a usage error shows it. */
#define TP_CLI_JOURNEY_SHOW_ARGS N_("show IDEA")
#define TP_CLI_JOURNEY_SET_ARGS  N_("set IDEA FILE")
#define TP_CLI_WALK_ARGS         N_("IDEA --persona NAME|--all [--expect N]")
#define TP_CLI_ACCEPT_ARGS       N_("IDEA --persona NAME --step N --reason TEXT")
#define TP_CLI_VERDICT_ARGS      N_("IDEA")

gboolean  tp_cli_take_args     (int           argc,
                                char        **argv,
                                const char   *synopsis,
                                const char  **args,
                                guint         n_args,
                                int          *status);
char     *tp_cli_flatten       (const char   *text);
void      tp_cli_print_row     (const char * const *fields,
                                gsize               n_fields);

JsonNode *tp_cli_workshop_to_json (TpWorkshop *workshop);
JsonNode *tp_cli_idea_to_json     (TpIdea     *idea);
void      tp_cli_print_walk_result (TpWalkResult *walk);

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

G_END_DECLS
