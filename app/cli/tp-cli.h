/* tp-cli.h — what every touchpoint-cli subcommand shares
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "tp-store.h"

G_BEGIN_DECLS

/* Exit statuses, as PRODUCT.md promises them to scripts. */
enum
{
  TP_CLI_EXIT_OK = 0,
  TP_CLI_EXIT_REFUSED = 1,
  TP_CLI_EXIT_USAGE = 2,
};

/* Prints "touchpoint-cli: MESSAGE" on one line of standard error and
 * returns the exit status the error's code calls for. */
int       tp_cli_fail          (const GError *error);
int       tp_cli_usage         (const char   *format,
                                ...) G_GNUC_PRINTF (1, 2);

/* Opens --db, else TOUCHPOINT_DB, else the app's own database. */
TpStore  *tp_cli_open_store    (const char   *db_path,
                                GError      **error);

void      tp_cli_print_json    (JsonNode     *node);

/* Each subcommand takes the arguments after its name (argv[0] is the
 * subcommand) and returns the exit status. */
typedef int (*TpCliCommandFunc) (const char *db_path,
                                 gboolean    json,
                                 int         argc,
                                 char      **argv);

int       tp_cli_simulate      (const char *db_path,
                                gboolean    json,
                                int         argc,
                                char      **argv);

G_END_DECLS
