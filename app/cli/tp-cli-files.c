/* tp-cli-files.c — import, export and report: files in and out from a terminal
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text layouts, one record per line:
 *
 *   import (CSV)            imported  N
 *   import (workshop file)  workshop  ID  UUID  TITLE
 *   export, report          exported  N  FORMAT  FILE
 *
 * Notices a user should read but that are no failure (a file read as
 * Windows-1252, done rows that came in as in progress) go to standard
 * error as "touchpoint-cli: note: …" lines and leave the exit status 0.
 *
 * A workshop file brings its own workshop, so `import` takes it with or
 * without WORKSHOP; a WORKSHOP given with one is not used, and a note
 * says so unless it names the workshop the file brought. Files written
 * by `export` and `report` replace any file already there, as cp does,
 * and are written whole or not at all.
 */
#include "config.h"

#include <string.h>

#include "tp-cli-commands.h"
#include "tp-csv-import.h"
#include "tp-error.h"
#include "tp-report.h"

/* The start of every SQLite database, so a workshop file is known by its
 * contents whatever it is called. */
#define SQLITE_MAGIC "SQLite format 3"

typedef enum
{
  FORMAT_CSV,
  FORMAT_MARKDOWN,
  FORMAT_PDF,
  FORMAT_WORKSHOP,
} FileFormat;

static const struct
{
  const char *name;
  const char *extension;
} formats[] = {
  [FORMAT_CSV] = { "csv", ".csv" },
  [FORMAT_MARKDOWN] = { "md", ".md" },
  [FORMAT_PDF] = { "pdf", ".pdf" },
  [FORMAT_WORKSHOP] = { "touchpoint", ".touchpoint" },
};

/* What --map calls each kind of column; the second name is an alias. */
static const struct
{
  const char  *name;
  const char  *alias;
  TpCsvColumn  kind;
} column_kinds[] = {
  { "ignore", NULL, TP_CSV_COLUMN_IGNORE },
  { "title", NULL, TP_CSV_COLUMN_TITLE },
  { "details", NULL, TP_CSV_COLUMN_DETAILS },
  { "author", NULL, TP_CSV_COLUMN_AUTHOR },
  { "tags", NULL, TP_CSV_COLUMN_TAGS },
  { "votes", NULL, TP_CSV_COLUMN_VOTES },
  { "status", NULL, TP_CSV_COLUMN_STATUS },
  { "impact", NULL, TP_CSV_COLUMN_IMPACT },
  { "effort", NULL, TP_CSV_COLUMN_EFFORT },
  { "reach", "rice-reach", TP_CSV_COLUMN_RICE_REACH },
  { "rice-impact", NULL, TP_CSV_COLUMN_RICE_IMPACT },
  { "confidence", "rice-confidence", TP_CSV_COLUMN_RICE_CONFIDENCE },
  { "rice-effort", NULL, TP_CSV_COLUMN_RICE_EFFORT },
  { "moscow", NULL, TP_CSV_COLUMN_MOSCOW },
};

static void
print_note (const char *format,
            ...) G_GNUC_PRINTF (1, 2);

static void
print_note (const char *format,
            ...)
{
  g_autofree char *message = NULL;
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  line = tp_cli_flatten (message);
  g_printerr ("%s: %s %s\n", TP_CLI_PROGRAM, _("note:"), line);
}

/* The core names the line and column; the file's name goes in front, as
 * a compiler puts it, so a script importing many files can tell which. */
static int
fail_file (const char   *path,
           const GError *error)
{
  g_autoptr(GError) named = NULL;

  if (!g_error_matches (error, TP_ERROR, TP_ERROR_INVALID))
    return tp_cli_fail (error);

  named = g_error_new (error->domain, error->code, "%s: %s", path, error->message);
  return tp_cli_fail (named);
}

static char *
list_column_kinds (void)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (column_kinds); i++)
    {
      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, column_kinds[i].name);
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static gboolean
find_column_kind (const char  *name,
                  TpCsvColumn *kind)
{
  for (gsize i = 0; i < G_N_ELEMENTS (column_kinds); i++)
    {
      if (g_ascii_strcasecmp (name, column_kinds[i].name) == 0 ||
          (column_kinds[i].alias != NULL && g_ascii_strcasecmp (name, column_kinds[i].alias) == 0))
        {
          *kind = column_kinds[i].kind;
          return TRUE;
        }
    }

  return FALSE;
}

/* COLUMN is a header, in any case, or a column's number from 1. */
static gboolean
find_column (TpCsvImport *import,
             const char  *name,
             guint       *column)
{
  g_autofree char *key = g_utf8_casefold (name, -1);
  guint n_columns = tp_csv_import_get_n_columns (import);
  guint64 number;

  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *header = g_utf8_casefold (tp_csv_import_get_header (import, c), -1);

      if (strcmp (g_strstrip (header), key) == 0)
        {
          *column = c;
          return TRUE;
        }
    }

  if (g_ascii_string_to_unsigned (name, 10, 1, n_columns, &number, NULL))
    {
      *column = (guint)number - 1;
      return TRUE;
    }

  return FALSE;
}

/* The maps apply in the order given, after the mapping from the header,
 * so a later one wins as it would in the dialog. */
static gboolean
apply_maps (TpCsvImport *import,
            GPtrArray   *maps,
            const char  *path,
            int         *status)
{
  for (guint i = 0; i < maps->len; i++)
    {
      const char *map = g_ptr_array_index (maps, i);
      const char *equals = strrchr (map, '=');
      g_autofree char *name = NULL;
      TpCsvColumn kind;
      guint column;

      if (equals == NULL || equals == map)
        {
          *status = tp_cli_usage (_("import: --map takes COLUMN=KIND, not “%s”"), map);
          return FALSE;
        }

      if (!find_column_kind (equals + 1, &kind))
        {
          g_autofree char *kinds = list_column_kinds ();

          *status = tp_cli_usage (_("import: “%s” is not a kind of column (kinds: %s)"), equals + 1, kinds);
          return FALSE;
        }

      name = g_strndup (map, equals - map);
      if (!find_column (import, name, &column))
        {
          *status = tp_cli_usage (_("import: %s has no column “%s”"), path, name);
          return FALSE;
        }

      tp_csv_import_set_column (import, column, kind);
    }

  return TRUE;
}

static gboolean
is_workshop_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInputStream) stream = NULL;
  char magic[sizeof SQLITE_MAGIC] = { 0 };
  gsize n_read = 0;

  if (g_str_has_suffix (path, formats[FORMAT_WORKSHOP].extension))
    return TRUE;

  /* Anything that cannot be read here fails with a better message when
   * the CSV reader opens it. */
  stream = g_file_read (file, NULL, NULL);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), magic, sizeof magic, &n_read, NULL, NULL))
    return FALSE;

  return n_read == sizeof magic && memcmp (magic, SQLITE_MAGIC, sizeof magic) == 0;
}

static gboolean
workshop_is_named (TpWorkshop *workshop,
                   const char *name)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, tp_workshop_get_id (workshop));

  return strcmp (name, tp_workshop_get_title (workshop)) == 0 ||
         strcmp (name, tp_workshop_get_uuid (workshop)) == 0 ||
         strcmp (name, id) == 0;
}

static int
import_workshop_file (const char *db_path,
                      gboolean    json,
                      const char *name,
                      const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autofree char *notice = NULL;
  TpWorkshop *workshop;

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(workshop = tp_store_import_workshop_file (store, path, &notice, &error)))
    return fail_file (path, error);

  if (notice != NULL)
    print_note ("%s", notice);
  if (name != NULL && !workshop_is_named (workshop, name))
    print_note (_("a workshop file brings its own workshop: the ideas went into “%s”, not “%s”"),
                tp_workshop_get_title (workshop), name);

  if (json)
    {
      g_autoptr(JsonNode) node = tp_cli_workshop_to_json (workshop);

      tp_cli_print_json (node);
    }
  else
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, tp_workshop_get_id (workshop));

      tp_cli_print_row ((const char *[]) { "workshop", id, tp_workshop_get_uuid (workshop),
                                           tp_workshop_get_title (workshop) }, 4);
    }

  return TP_CLI_EXIT_OK;
}

static int
import_csv (const char *db_path,
            gboolean    json,
            const char *name,
            const char *path,
            GPtrArray  *maps)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(TpCsvImport) import = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  TpWorkshop *workshop;
  guint n_imported = 0;
  guint n_demoted;
  int status;

  /* The file is read and its columns checked before the library is
   * opened; each row is checked once, by the import itself, which writes
   * all of them or none. */
  if (!(import = tp_csv_import_new_for_file (file, NULL, &error)))
    return fail_file (path, error);
  if (!apply_maps (import, maps, path, &status))
    return status;
  if (!tp_csv_import_check_columns (import, &error))
    return fail_file (path, error);

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(workshop = tp_store_find_workshop (store, name, &error)))
    return tp_cli_fail (error);
  if (!tp_store_import_csv (store, workshop, import, &n_imported, &error))
    return fail_file (path, error);

  if (tp_csv_import_get_encoding (import) == TP_CSV_ENCODING_WINDOWS_1252)
    print_note (_("%s is not UTF-8 text; it was read as Windows-1252"), path);

  n_demoted = tp_csv_import_get_n_demoted (import);
  if (n_demoted > 0)
    print_note (g_dngettext (GETTEXT_PACKAGE,
                             "%u idea marked done came in as in progress: done needs passing journey walks",
                             "%u ideas marked done came in as in progress: done needs passing journey walks",
                             n_demoted),
                n_demoted);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "imported");
      json_builder_add_int_value (builder, n_imported);
      json_builder_set_member_name (builder, "workshop");
      json_builder_add_int_value (builder, tp_workshop_get_id (workshop));
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);
      tp_cli_print_json (node);
    }
  else
    {
      g_autofree char *count = g_strdup_printf ("%u", n_imported);

      tp_cli_print_row ((const char *[]) { "imported", count }, 2);
    }

  return TP_CLI_EXIT_OK;
}

int
tp_cli_import (const char  *db_path,
               gboolean     json,
               int          argc,
               char       **argv)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GPtrArray) maps = g_ptr_array_new ();
  const TpCliOption options[] = {
    { "--map", TP_CLI_OPTION_VALUES, maps },
  };
  const char *name = NULL;
  const char *path;
  int status;

  if (!tp_cli_parse_options (argc, argv, TP_CLI_IMPORT_ARGS, N_("WORKSHOP FILE"), 1, 2,
                             options, G_N_ELEMENTS (options), args, &status))
    return status;

  path = g_ptr_array_index (args, args->len - 1);
  if (args->len == 2)
    name = g_ptr_array_index (args, 0);

  if (is_workshop_file (path))
    {
      if (maps->len > 0)
        return tp_cli_usage (_("import: --map is for CSV files; a workshop file needs no mapping"));

      return import_workshop_file (db_path, json, name, path);
    }

  if (name == NULL)
    return tp_cli_usage (_("import: missing WORKSHOP: a CSV file needs a workshop to go into (usage: %s import %s)"),
                         TP_CLI_PROGRAM, _(TP_CLI_IMPORT_ARGS));

  return import_csv (db_path, json, name, path, maps);
}

/* export and report */

typedef struct
{
  const char *command;
  const char *sort;
  const char *search;
  GPtrArray  *tags;
  GPtrArray  *statuses;
  gboolean    any;
} BacklogOptions;

static gboolean
find_format (const char *name,
             FileFormat *format)
{
  for (gsize i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_ascii_strcasecmp (name, formats[i].name) == 0)
        {
          *format = (FileFormat)i;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
format_from_extension (const char *path,
                       FileFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (gsize i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_str_has_suffix (lower, formats[i].extension))
        {
          *format = (FileFormat)i;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
has_backlog_options (const BacklogOptions *options)
{
  return options->sort != NULL || options->search != NULL || options->any ||
         options->tags->len > 0 || options->statuses->len > 0;
}

static TpBacklogFilter *
make_filter (BacklogOptions *options,
             TpSortKey      *key,
             int            *status)
{
  g_autoptr(TpBacklogFilter) filter = tp_backlog_filter_new ();
  guint mask = 0;

  if (options->sort != NULL && !tp_sort_key_from_string (options->sort, key))
    {
      *status = tp_cli_usage (_("%s: --sort takes rank, votes, impact-effort, rice or moscow, not “%s”"),
                              options->command, options->sort);
      return NULL;
    }

  for (guint i = 0; i < options->statuses->len; i++)
    {
      const char *name = g_ptr_array_index (options->statuses, i);
      TpIdeaStatus idea_status;

      if (!tp_idea_status_from_string (name, &idea_status))
        {
          *status = tp_cli_usage (_("%s: --status takes new, shortlisted, in-progress, done or parked, not “%s”"),
                                  options->command, name);
          return NULL;
        }
      mask |= 1u << idea_status;
    }

  g_ptr_array_add (options->tags, NULL);
  tp_backlog_filter_set_tags (filter, (const char * const *)options->tags->pdata, !options->any);
  g_ptr_array_remove_index (options->tags, options->tags->len - 1);
  tp_backlog_filter_set_statuses (filter, mask);
  tp_backlog_filter_set_text (filter, options->search);

  return g_steal_pointer (&filter);
}

/* The backlog as `ideas` lists it with the same options. */
static GListModel *
list_backlog (GListModel      *ideas,
              TpBacklogFilter *filter,
              TpSortKey        key)
{
  g_autoptr(GPtrArray) shown = tp_backlog_list (ideas, filter, key);
  GListStore *store = g_list_store_new (TP_TYPE_IDEA);

  g_list_store_splice (store, 0, 0, shown->pdata, shown->len);
  return G_LIST_MODEL (store);
}

static int
export_backlog (TpStore         *store,
                TpWorkshop      *workshop,
                FileFormat       format,
                TpBacklogFilter *filter,
                TpSortKey        key,
                const char      *path,
                guint           *n_exported)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) backlog = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(TpReport) report = NULL;
  GListModel *ideas;

  if (format == FORMAT_CSV)
    {
      if (!(ideas = tp_store_load_ideas (store, workshop, &error)))
        return tp_cli_fail (error);

      backlog = list_backlog (ideas, filter, key);
      file = g_file_new_for_commandline_arg (path);
      if (!tp_csv_export_ideas_to_file (backlog, file, NULL, &error))
        return tp_cli_fail (error);

      *n_exported = g_list_model_get_n_items (backlog);
      return TP_CLI_EXIT_OK;
    }

  report = tp_report_new (store, workshop, key,
                          tp_backlog_filter_is_empty (filter) ? NULL : filter, &error);
  if (report == NULL)
    return tp_cli_fail (error);

  if (format == FORMAT_MARKDOWN && !tp_report_save_markdown (report, path, &error))
    return tp_cli_fail (error);
  if (format == FORMAT_PDF && !tp_report_write_pdf (report, path, &error))
    return tp_cli_fail (error);

  *n_exported = report->ideas->len;
  return TP_CLI_EXIT_OK;
}

static int
write_file (const char     *db_path,
            gboolean        json,
            const char     *workshop_name,
            FileFormat      format,
            BacklogOptions *options,
            const char     *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = NULL;
  g_autoptr(TpBacklogFilter) filter = NULL;
  TpSortKey key = TP_SORT_RANK;
  TpWorkshop *workshop;
  guint n_exported = 0;
  int status;

  if (format == FORMAT_WORKSHOP && has_backlog_options (options))
    return tp_cli_usage (_("%s: a workshop file holds the whole workshop; --sort, --tag, --any, --status and --search are for the other formats"),
                         options->command);

  if (!(filter = make_filter (options, &key, &status)))
    return status;

  if (!(store = tp_cli_open_store (db_path, &error)) ||
      !(workshop = tp_store_find_workshop (store, workshop_name, &error)))
    return tp_cli_fail (error);

  if (format == FORMAT_WORKSHOP)
    {
      if (!tp_store_export_workshop (store, workshop, path, &error))
        return tp_cli_fail (error);

      n_exported = tp_workshop_get_n_ideas (workshop);
    }
  else if ((status = export_backlog (store, workshop, format, filter, key, path, &n_exported)) != TP_CLI_EXIT_OK)
    {
      return status;
    }

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "exported");
      json_builder_add_int_value (builder, n_exported);
      json_builder_set_member_name (builder, "format");
      json_builder_add_string_value (builder, formats[format].name);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, path);
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);
      tp_cli_print_json (node);
    }
  else
    {
      g_autofree char *count = g_strdup_printf ("%u", n_exported);

      tp_cli_print_row ((const char *[]) { "exported", count, formats[format].name, path }, 4);
    }

  return TP_CLI_EXIT_OK;
}

static int
export_or_report (const char  *db_path,
                  gboolean     json,
                  int          argc,
                  char       **argv,
                  gboolean     report)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  g_autoptr(GPtrArray) statuses = g_ptr_array_new ();
  BacklogOptions backlog = { argv[0], NULL, NULL, tags, statuses, FALSE };
  const char *format_name = NULL, *path = NULL;
  const TpCliOption options[] = {
    { "-o", TP_CLI_OPTION_VALUE, &path },
    { "--output", TP_CLI_OPTION_VALUE, &path },
    { "--format", TP_CLI_OPTION_VALUE, &format_name },
    { "--sort", TP_CLI_OPTION_VALUE, &backlog.sort },
    { "--tag", TP_CLI_OPTION_VALUES, tags },
    { "--any", TP_CLI_OPTION_FLAG, &backlog.any },
    { "--status", TP_CLI_OPTION_VALUES, statuses },
    { "--search", TP_CLI_OPTION_VALUE, &backlog.search },
  };
  const char *synopsis = report ? TP_CLI_REPORT_ARGS : TP_CLI_EXPORT_ARGS;
  FileFormat format;
  int status;

  if (!tp_cli_parse_options (argc, argv, synopsis, N_("WORKSHOP"), 1, 1,
                             options, G_N_ELEMENTS (options), args, &status))
    return status;

  if (path == NULL || path[0] == '\0')
    return tp_cli_usage (_("%s: missing -o FILE (usage: %s %s %s)"),
                         argv[0], TP_CLI_PROGRAM, argv[0], _(synopsis));

  /* A report's format is in its name, as people send it. */
  if (report && format_name != NULL)
    return tp_cli_usage (_("report: the format comes from FILE’s extension, .pdf or .md; use “export --format” for others"));

  if (format_name != NULL)
    {
      if (!find_format (format_name, &format))
        return tp_cli_usage (_("export: --format takes csv, md, pdf or touchpoint, not “%s”"), format_name);
    }
  else if (!format_from_extension (path, &format) ||
           (report && format != FORMAT_MARKDOWN && format != FORMAT_PDF))
    {
      if (report)
        return tp_cli_usage (_("report: FILE must end in .pdf or .md, not “%s”"), path);

      return tp_cli_usage (_("export: give --format csv, md, pdf or touchpoint; “%s” does not say which"), path);
    }

  return write_file (db_path, json, g_ptr_array_index (args, 0), format, &backlog, path);
}

int
tp_cli_export (const char  *db_path,
               gboolean     json,
               int          argc,
               char       **argv)
{
  return export_or_report (db_path, json, argc, argv, FALSE);
}

int
tp_cli_report (const char  *db_path,
               gboolean     json,
               int          argc,
               char       **argv)
{
  return export_or_report (db_path, json, argc, argv, TRUE);
}
