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

G_END_DECLS
