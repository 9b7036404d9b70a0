/* tp-cli.c — what every touchpoint-cli subcommand shares
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tp-cli-commands.h"
#include "tp-error.h"

/**
 * tp_cli_flatten:
 * @text: (nullable): text that may span lines
 *
 * Scripts split our output on tabs and newlines, and a message on
 * standard error must stay on one line, so every control character
 * becomes a space.
 *
 * Returns: (transfer full): the flattened copy, "" for %NULL
 */
char *
tp_cli_flatten (const char *text)
{
  char *copy = g_strdup (text != NULL ? text : "");

  for (char *p = copy; *p != '\0'; p++)
    {
      if ((guchar)*p < 0x20 || *p == 0x7f)
        *p = ' ';
    }

  return copy;
}

int
tp_cli_fail (const GError *error)
{
  g_autofree char *message = NULL;

  g_return_val_if_fail (error != NULL, TP_CLI_EXIT_USAGE);

  message = tp_cli_flatten (error->message);
  g_printerr ("%s: %s\n", TP_CLI_PROGRAM, g_strstrip (message));

  /* Only a rule saying no is a refusal; a failing disk or database is
   * no verdict on the request, and scripts must not read it as one. */
  if (g_error_matches (error, TP_ERROR, TP_ERROR_REFUSED))
    return TP_CLI_EXIT_REFUSED;

  return TP_CLI_EXIT_USAGE;
}

int
tp_cli_usage (const char *format,
              ...)
{
  g_autofree char *message = NULL;
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  line = tp_cli_flatten (message);
  g_printerr ("%s: %s\n", TP_CLI_PROGRAM, g_strstrip (line));

  return TP_CLI_EXIT_USAGE;
}

/**
 * tp_cli_take_args:
 * @argc: the subcommand's argument count, its name included
 * @argv: the subcommand's arguments; argv[0] is its name
 * @synopsis: the untranslated positional names, as in "WORKSHOP TEXT"
 * @args: (out caller-allocates) (array length=n_args): the positionals
 * @n_args: how many positionals the subcommand takes
 * @status: (out): the exit status when this fails
 *
 * For subcommands without options of their own: an argument starting
 * with a dash is an unknown option unless it follows "--".
 *
 * Returns: %TRUE when exactly @n_args positionals were given
 */
gboolean
tp_cli_take_args (int           argc,
                  char        **argv,
                  const char   *synopsis,
                  const char  **args,
                  guint         n_args,
                  int          *status)
{
  const char *command;
  const char *names;
  g_autofree char *usage = NULL;
  gboolean options_done = FALSE;
  guint n_given = 0;

  g_return_val_if_fail (argc >= 1 && argv != NULL, FALSE);
  g_return_val_if_fail (synopsis != NULL, FALSE);
  g_return_val_if_fail (args != NULL || n_args == 0, FALSE);
  g_return_val_if_fail (status != NULL, FALSE);

  command = argv[0];
  names = synopsis[0] != '\0' ? _(synopsis) : "";
  if (names[0] != '\0')
    usage = g_strdup_printf ("%s %s %s", TP_CLI_PROGRAM, command, names);
  else
    usage = g_strdup_printf ("%s %s", TP_CLI_PROGRAM, command);

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (!options_done && strcmp (arg, "--") == 0)
        {
          options_done = TRUE;
          continue;
        }

      if (!options_done && arg[0] == '-' && arg[1] != '\0')
        {
          *status = tp_cli_usage (_("%s: unknown option “%s” (usage: %s)"),
                                  command, arg, usage);
          return FALSE;
        }

      if (n_given == n_args)
        {
          *status = tp_cli_usage (_("%s: unexpected argument “%s” (usage: %s)"),
                                  command, arg, usage);
          return FALSE;
        }

      args[n_given++] = arg;
    }

  if (n_given < n_args)
    {
      g_auto(GStrv) split = g_strsplit (names, " ", -1);
      const char *missing = n_given < g_strv_length (split) ? split[n_given] : "";

      *status = tp_cli_usage (_("%s: missing %s (usage: %s)"),
                              command, missing, usage);
      return FALSE;
    }

  return TRUE;
}

TpStore *
tp_cli_open_store (const char  *db_path,
                   GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *notice = NULL;
  TpStore *store;

  /* The default path already answers to TOUCHPOINT_DB, as the app does. */
  if (db_path != NULL && db_path[0] != '\0')
    path = g_strdup (db_path);
  else
    path = tp_store_default_path ();

  store = tp_store_open (path, &notice, error);
  if (notice != NULL)
    g_printerr ("touchpoint-cli: %s\n", notice);

  return store;
}

static void
write_stdout (const char *text)
{
  fputs (text, stdout);
}

void
tp_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *data = NULL;

  g_return_if_fail (node != NULL);

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  data = json_generator_to_data (generator, NULL);
  write_stdout (data);
  write_stdout ("\n");
}

/**
 * tp_cli_print_row:
 * @fields: (array length=n_fields): the row's fields, %NULL printed empty
 * @n_fields: how many fields
 *
 * Prints one tab-separated line; tabs and line breaks inside a field
 * are printed as spaces, so each record stays one line.
 */
void
tp_cli_print_row (const char * const *fields,
                  gsize               n_fields)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (gsize i = 0; i < n_fields; i++)
    {
      g_autofree char *field = tp_cli_flatten (fields[i]);

      if (i > 0)
        g_string_append_c (line, '\t');
      g_string_append (line, field);
    }

  g_string_append_c (line, '\n');
  write_stdout (line->str);
}
