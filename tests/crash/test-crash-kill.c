/* test-crash-kill.c — the real app killed at random moments while ideas are typed into it
 *
 * The app runs with TOUCHPOINT_TRACE_SHOWN=1, so it prints each idea as
 * it enters the list the window shows. xdotool types ideas into the
 * capture entry, the app is killed with SIGKILL after a random delay and
 * started again. After every kill each idea the window had shown must be
 * in the database, which must pass SQLite's integrity check, and the
 * restarted window must show them all again.
 *
 * TOUCHPOINT_CRASH_SEED repeats a run; TOUCHPOINT_CRASH_KILLS sets how
 * many kills it makes.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <sqlite3.h>
#include <string.h>

#include "tp-store.h"
#include "tp-test.h"

#define DEFAULT_KILLS     21
#define MIN_DELAY_MS      50
#define MAX_DELAY_MS      800
#define WINDOW_WAIT_S     30
#define EXIT_WAIT_S       10
#define TOTAL_BUDGET_S    240
#define MIN_IDEAS_SHOWN   20

typedef struct
{
  GSubprocess      *process;
  GInputStream     *output;
  GString          *pending;    /* output read but not yet a whole line */
  GHashTable       *shown;        /* uuid → title, as the window reported */
  guint             typed;
  guint             typing;       /* xdotool processes still running */
  char             *first_idea;
  gboolean          first_shown;
  gboolean          exited;
  gboolean          output_done;
  gboolean          killed;
} App;

typedef gboolean (*Condition) (App *app);

/* Helpers */

static gboolean
timed_out_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds or @seconds pass. */
static gboolean
iterate_until (App        *app,
               Condition   condition,
               guint       seconds)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (seconds, timed_out_cb, &timed_out);

  while (!condition (app) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (timeout_id);

  return !timed_out;
}

static void
sleep_ms (guint ms)
{
  gboolean timed_out = FALSE;

  g_timeout_add (ms, timed_out_cb, &timed_out);
  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);
}

static char *
xdotool_output (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *output = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer)"xdotool");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);

  if (!g_spawn_sync (NULL, (char **)argv->pdata, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &output, NULL, &status, NULL))
    return NULL;
  if (!g_spawn_check_wait_status (status, NULL))
    return NULL;

  return g_strstrip (g_steal_pointer (&output));
}

/* The app's output */

static void read_next_line (App *app);

static void
take_line (App        *app,
           const char *line)
{
  g_auto(GStrv) fields = g_strsplit (line, "\t", 3);

  if (g_strv_length (fields) == 3 && strcmp (fields[0], "shown") == 0)
    {
      g_hash_table_insert (app->shown, g_strdup (fields[1]), g_strdup (fields[2]));
      if (g_strcmp0 (fields[2], app->first_idea) == 0)
        app->first_shown = TRUE;
    }
}

/* Plain reads rather than GDataInputStream, whose pending line buffer is
 * never freed when the writer dies mid-line. */
static void
bytes_read_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  App *app = data;
  g_autoptr(GBytes) bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, NULL);
  const char *newline;

  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    {
      app->output_done = TRUE;
      return;
    }

  g_string_append_len (app->pending, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  while ((newline = strchr (app->pending->str, '\n')) != NULL)
    {
      g_autofree char *line = g_strndup (app->pending->str, newline - app->pending->str);

      g_string_erase (app->pending, 0, newline - app->pending->str + 1);
      take_line (app, line);
    }

  read_next_line (app);
}

static void
read_next_line (App *app)
{
  g_input_stream_read_bytes_async (app->output, 4096, G_PRIORITY_DEFAULT, NULL, bytes_read_cb, app);
}

static void
app_exited_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  App *app = data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  app->exited = TRUE;
}

static App *
app_start (const char *db_path)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GError) error = NULL;
  App *app = g_new0 (App, 1);

  g_subprocess_launcher_setenv (launcher, "TOUCHPOINT_DB", db_path, TRUE);
  g_subprocess_launcher_setenv (launcher, "TOUCHPOINT_TRACE_SHOWN", "1", TRUE);

  app->process = g_subprocess_launcher_spawn (launcher, &error, TOUCHPOINT_APP_PATH, NULL);
  g_assert_no_error (error);
  app->output = g_object_ref (g_subprocess_get_stdout_pipe (app->process));
  app->pending = g_string_new (NULL);
  app->shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_subprocess_wait_async (app->process, NULL, app_exited_cb, app);
  read_next_line (app);

  return app;
}

static void
app_free (App *app)
{
  g_clear_object (&app->output);
  g_string_free (app->pending, TRUE);
  g_clear_object (&app->process);
  g_clear_pointer (&app->shown, g_hash_table_unref);
  g_free (app->first_idea);
  g_free (app);
}

static char *
find_window (App *app)
{
  const char *args[] = { "search", "--onlyvisible", "--pid",
                         g_subprocess_get_identifier (app->process), NULL };
  gint64 deadline = g_get_monotonic_time () + WINDOW_WAIT_S * G_USEC_PER_SEC;

  while (!app->exited && g_get_monotonic_time () < deadline)
    {
      g_autofree char *found = xdotool_output (args);

      if (found != NULL && found[0] != '\0')
        {
          char *newline = strchr (found, '\n');

          if (newline != NULL)
            *newline = '\0';
          return g_steal_pointer (&found);
        }
      sleep_ms (25);
    }

  return NULL;
}

/* Typing */

static void
typed_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  App *app = data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  app->typing--;
}

/* Types @title (letters, digits and spaces) and Return in one xdotool
 * run, so a kill can cut an idea short but never mix two. */
static void
type_idea (App        *app,
           const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GSubprocess) xdotool = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (argv, g_strdup ("xdotool"));
  g_ptr_array_add (argv, g_strdup ("key"));
  g_ptr_array_add (argv, g_strdup ("--delay"));
  g_ptr_array_add (argv, g_strdup ("1"));
  for (const char *c = title; *c != '\0'; c++)
    {
      g_assert_true (g_ascii_isalnum (*c) || *c == ' ');
      g_ptr_array_add (argv, *c == ' ' ? g_strdup ("space") : g_strndup (c, 1));
    }
  g_ptr_array_add (argv, g_strdup ("Return"));
  g_ptr_array_add (argv, NULL);

  xdotool = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);
  app->typing++;
  app->typed++;
  g_subprocess_wait_async (xdotool, NULL, typed_cb, app);
}

static gboolean
kill_cb (gpointer data)
{
  App *app = data;

  g_subprocess_send_signal (app->process, SIGKILL);
  app->killed = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_typed (App *app)
{
  return app->typing == 0;
}

static gboolean
is_ready (App *app)
{
  return app->first_shown || app->exited;
}

static gboolean
is_gone (App *app)
{
  return app->exited && app->output_done && app->typing == 0;
}

/* The app is single-instance: wait for the bus to let go of the killed
 * one's name, or the next start would hand itself over to a dead process. */
static void
wait_for_bus_name_release (void)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  gint64 deadline = g_get_monotonic_time () + EXIT_WAIT_S * G_USEC_PER_SEC;

  if (bus == NULL)
    return;

  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GVariant) reply = NULL;
      gboolean has_owner = FALSE;

      reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                           "org.freedesktop.DBus", "NameHasOwner",
                                           g_variant_new ("(s)", APP_ID), G_VARIANT_TYPE ("(b)"),
                                           G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
      if (reply == NULL)
        return;
      g_variant_get (reply, "(b)", &has_owner);
      if (!has_owner)
        return;
      sleep_ms (20);
    }

  g_error ("The killed app still owns %s on the session bus", APP_ID);
}

/* Checks */

static void
assert_integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) result = g_string_new (NULL);

  /* Read-write, so the first open after a crash recovers the WAL as the
   * app would. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (result, "%s%s", result->len ? "; " : "",
                            (const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_assert_cmpstr (result->str, ==, "ok");
}

/* Every idea the window ever showed is in the database, under its title. */
static void
assert_all_saved (const char *path,
                  GHashTable *ever_shown)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = tp_store_new (path, &error);
  g_autoptr(GHashTable) saved = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(TpWorkshop) workshop = NULL;
  GListModel *ideas;
  GHashTableIter iter;
  gpointer uuid, title;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tp_store_get_workshops (store)), ==, 1);
  workshop = g_list_model_get_item (tp_store_get_workshops (store), 0);
  ideas = tp_store_get_ideas (store, workshop);
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (ideas, i);

      g_hash_table_insert (saved, (gpointer)tp_idea_get_uuid (idea), (gpointer)tp_idea_get_title (idea));
    }

  g_hash_table_iter_init (&iter, ever_shown);
  while (g_hash_table_iter_next (&iter, &uuid, &title))
    {
      const char *saved_title = g_hash_table_lookup (saved, uuid);

      if (saved_title == NULL)
        g_error ("The window showed “%s” (%s) but the database lost it", (char *)title, (char *)uuid);
      g_assert_cmpstr (saved_title, ==, title);
    }

  g_clear_object (&workshop);
  g_clear_pointer (&saved, g_hash_table_unref);
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
assert_shown_again (GHashTable *ever_shown,
                    GHashTable *shown_now)
{
  GHashTableIter iter;
  gpointer uuid, title;

  g_hash_table_iter_init (&iter, ever_shown);
  while (g_hash_table_iter_next (&iter, &uuid, &title))
    if (!g_hash_table_contains (shown_now, uuid))
      g_error ("After a restart the window no longer showed “%s” (%s)", (char *)title, (char *)uuid);
}

/* The test */

static void
prepare_library (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = tp_store_new (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (tp_store_create_workshop (store, "Crash drill", &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&store));
}

static guint
env_uint (const char *name,
          guint       fallback)
{
  const char *value = g_getenv (name);
  guint64 number;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT32, &number, NULL))
    return fallback;

  return (guint)number;
}

static void
test_kill_while_typing (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GHashTable) ever_shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GRand) rand = NULL;
  guint seed = env_uint ("TOUCHPOINT_CRASH_SEED", g_random_int ());
  guint kills = env_uint ("TOUCHPOINT_CRASH_KILLS", DEFAULT_KILLS);
  gint64 deadline = g_get_monotonic_time () + TOTAL_BUDGET_S * G_USEC_PER_SEC;
  guint typed = 0;
  guint cut_off = 0;
  g_autofree char *xdotool = NULL;

  if (g_getenv ("DISPLAY") == NULL)
    {
      g_test_skip ("No X display: run the crash tests under xvfb-run");
      return;
    }
  xdotool = g_find_program_in_path ("xdotool");
  if (xdotool == NULL)
    {
      g_test_skip ("xdotool is not installed");
      return;
    }

  g_printerr ("# seed %u (repeat with TOUCHPOINT_CRASH_SEED=%u), %u kills\n", seed, seed, kills);
  rand = g_rand_new_with_seed (seed);

  dir = g_dir_make_tmp ("touchpoint-crash-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "touchpoint.db", NULL);
  prepare_library (path);
  /* Left in place when the test fails, to look at. */
  g_printerr ("# library %s\n", path);

  for (guint run = 1; run <= kills; run++)
    {
      App *app = app_start (path);
      g_autofree char *window = NULL;
      guint delay = g_rand_int_range (rand, MIN_DELAY_MS, MAX_DELAY_MS + 1);
      guint shown_before = g_hash_table_size (ever_shown);
      GHashTableIter iter;
      gpointer uuid, title;
      int term_sig;

      if (g_get_monotonic_time () > deadline)
        g_error ("Only %u of %u kills fit in %u s", run - 1, kills, TOTAL_BUDGET_S);

      window = find_window (app);
      if (window == NULL)
        g_error ("The app (run %u) %s", run,
                 app->exited ? "quit before showing its window" : "showed no window in time");

      /* A window on screen may still be busy with its first frames; the
       * clock starts once it has taken an idea, so every run types. */
      app->first_idea = g_strdup_printf ("Kill %u idea 1", run);
      for (guint attempt = 0; !app->first_shown && !app->exited && attempt < 3; attempt++)
        {
          xdotool_output ((const char *[]) { "windowfocus", window, NULL });
          iterate_until (app, is_typed, EXIT_WAIT_S);
          type_idea (app, app->first_idea);
          iterate_until (app, is_ready, WINDOW_WAIT_S / 3);
        }
      if (!app->first_shown)
        g_error ("The app (run %u) did not take a typed idea", run);

      g_timeout_add (delay, kill_cb, app);

      /* One idea at a time, so each Return ends its own idea. */
      while (!app->killed)
        {
          if (app->typing == 0)
            {
              g_autofree char *idea = g_strdup_printf ("Kill %u idea %u", run, app->typed + 1);

              type_idea (app, idea);
            }
          g_main_context_iteration (NULL, TRUE);
        }

      if (!iterate_until (app, is_gone, EXIT_WAIT_S))
        g_error ("The app (run %u) did not go away after SIGKILL", run);
      /* Anything else means it died on its own before the kill. */
      g_assert_true (g_subprocess_get_if_signaled (app->process));
      term_sig = g_subprocess_get_term_sig (app->process);
      g_assert_cmpint (term_sig, ==, SIGKILL);
      wait_for_bus_name_release ();

      assert_shown_again (ever_shown, app->shown);
      g_hash_table_iter_init (&iter, app->shown);
      while (g_hash_table_iter_next (&iter, &uuid, &title))
        g_hash_table_replace (ever_shown, g_strdup (uuid), g_strdup (title));

      assert_integrity (path);
      assert_all_saved (path, ever_shown);

      typed += app->typed;
      cut_off += app->typed - MIN (app->typed, g_hash_table_size (ever_shown) - shown_before);
      g_printerr ("# kill %2u after %3u ms: %u ideas typed, %u newly shown, %u shown in all, none lost\n",
                  run, delay, app->typed, g_hash_table_size (ever_shown) - shown_before,
                  g_hash_table_size (ever_shown));
      app_free (app);
    }

  g_printerr ("# %u kills, %u ideas typed, %u shown and all of them saved; "
              "%u typed but not yet taken by the window when it was killed\n",
              kills, typed, g_hash_table_size (ever_shown), cut_off);

  /* Without ideas on screen the test would prove nothing. */
  g_assert_cmpuint (g_hash_table_size (ever_shown), >=, MIN (MIN_IDEAS_SHOWN, kills));

  tp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* The app keeps GTK's shader cache there. */
  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);

  g_test_add_func ("/crash/kill-while-typing", test_kill_while_typing);

  return g_test_run ();
}
