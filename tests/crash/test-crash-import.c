/* test-crash-import.c — touchpoint-cli killed at random moments while it imports a large CSV file
 *
 * A large import writes with foreign keys off and its row triggers set
 * aside (tp-store-import.c, tp-store-bulk.c). Whenever the kill lands —
 * reading the file, writing rows, committing — the library must open as
 * the app and the CLI open it, hold that import whole or not at all, and
 * pass SQLite's own checks and the rules the import keeps by itself. Each
 * kill waits a random share of the time one whole import took; the seed
 * is printed, and TOUCHPOINT_CRASH_SEED draws the same shares again.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include "tp-store-private.h"
#include "tp-test.h"

#define N_ROWS 20000
#define N_KILLS 12

typedef struct
{
  char *dir;
  char *db;
  char *csv;
} Library;

static void
write_csv (const char *path)
{
  g_autoptr(GString) text = g_string_new ("Title,Details,Tags,Votes\n");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < N_ROWS; i++)
    g_string_append_printf (text, "Idea %u for the call centre,\"What the customer meets, step %u\",\"t%u, shared\",%u\n",
                            i, i, i % 9, i % 4);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);
}

static GSubprocess *
spawn_cli (const Library *library,
           const char    *first,
           ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  GSubprocess *process;
  va_list args;

  g_strv_builder_add_many (builder, TOUCHPOINT_CLI_PATH, "--db", library->db, NULL);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_strv_builder_add (builder, arg);
  va_end (args);
  argv = g_strv_builder_end (builder);

  process = g_subprocess_newv ((const char * const *)argv,
                               G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);
  return process;
}

static void
wait_check (GSubprocess *process)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_wait_check (process, NULL, &error);
  g_assert_no_error (error);
}

/* Opens the library as the app and the CLI do, with its health check
 * first, and returns how many ideas the workshop has, after checking
 * everything a half-written import could have broken. */
static guint
check_library (const Library *library)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  g_autoptr(TpStore) store = tp_store_open (library->db, &notice, &error);
  g_autofree char *integrity = NULL;
  g_autofree char *dangling = NULL;
  g_autofree char *budgets = NULL;
  TpWorkshop *workshop;

  g_assert_no_error (error);
  /* Nothing was damaged, so nothing was set aside or restored. */
  g_assert_null (notice);
  integrity = tp_test_db_text (tp_store_get_db (store), "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
  dangling = tp_test_db_text (tp_store_get_db (store), "PRAGMA foreign_key_check");
  g_assert_cmpstr (dangling, ==, "");
  /* The import keeps the vote budgets itself, with the triggers aside. */
  budgets = tp_test_db_text (tp_store_get_db (store),
                        "SELECT count (*) FROM participants p "
                        "WHERE (SELECT sum (v.dots) FROM votes v WHERE v.participant_id = p.id) > p.vote_budget");
  g_assert_cmpstr (budgets, ==, "0");

  workshop = tp_store_find_workshop (store, "Sticky notes", &error);
  g_assert_no_error (error);
  return tp_workshop_get_n_ideas (workshop);
}

typedef struct
{
  GSubprocess *process;
  const char  *wal;
  goffset      kill_at;       /* WAL size to kill at, or 0 for a delay */
  guint        kill_id;
  gboolean     exited;
  goffset      wal_at_kill;   /* how far the import had written */
} Run;

static goffset
file_size (const char *path)
{
  GStatBuf buf;

  return g_stat (path, &buf) == 0 ? buf.st_size : 0;
}

static gboolean
kill_cb (gpointer data)
{
  Run *run = data;

  run->wal_at_kill = file_size (run->wal);
  if (run->kill_at > 0 && run->wal_at_kill < run->kill_at && !run->exited)
    return G_SOURCE_CONTINUE;

  g_subprocess_send_signal (run->process, SIGKILL);
  run->kill_id = 0;
  return G_SOURCE_REMOVE;
}

static void
exited_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Run *run = data;

  g_assert_true (g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL));
  run->exited = TRUE;
}

static gboolean
run_exited (gpointer data)
{
  return ((Run *)data)->exited;
}

static void
test_kill_while_importing (void)
{
  const char *seed_text = g_getenv ("TOUCHPOINT_CRASH_SEED");
  guint32 seed = seed_text != NULL ? (guint32)g_ascii_strtoull (seed_text, NULL, 10) : g_random_int ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  Library library;
  g_autofree char *wal = NULL;
  guint expected, cut = 0, cut_writing = 0, whole = 0;
  gint64 start, took_ms;
  goffset grown;

  library.dir = g_dir_make_tmp ("touchpoint-crash-import-XXXXXX", NULL);
  library.db = g_build_filename (library.dir, "touchpoint.db", NULL);
  library.csv = g_build_filename (library.dir, "notes.csv", NULL);
  wal = g_strconcat (library.db, "-wal", NULL);
  g_printerr ("# seed %u (repeat with TOUCHPOINT_CRASH_SEED=%u)\n", seed, seed);

  write_csv (library.csv);
  {
    g_autoptr(GSubprocess) create = spawn_cli (&library, "new-workshop", "Sticky notes", NULL);
    g_autoptr(GSubprocess) first = NULL;

    wait_check (create);

    /* One import left to finish says how long it takes and how much it
     * writes, which is what the kills draw their moments from. */
    grown = file_size (library.db);
    start = g_get_monotonic_time ();
    first = spawn_cli (&library, "import", "Sticky notes", library.csv, NULL);
    wait_check (first);
  }
  took_ms = MAX ((g_get_monotonic_time () - start) / 1000, 1);
  grown = file_size (library.db) - grown;
  expected = check_library (&library);
  g_assert_cmpuint (expected, ==, N_ROWS);

  for (guint run = 1; run <= N_KILLS; run++)
    {
      g_autoptr(GSubprocess) process = spawn_cli (&library, "import", "Sticky notes", library.csv, NULL);
      /* Every other kill waits for the import to have written a share of
       * its rows, so that some surely land in the middle of the writing;
       * the others wait a share of its time, and land anywhere. */
      gboolean by_size = run % 2 == 0;
      double share = g_rand_double_range (rand, by_size ? 0.05 : 0, by_size ? 0.9 : 1.25);
      Run child = { process, wal, by_size ? (goffset)(share * grown) : 0, 0, FALSE, 0 };
      guint n;

      child.kill_id = by_size ? g_timeout_add (1, kill_cb, &child)
                              : g_timeout_add ((guint)(took_ms * share), kill_cb, &child);
      g_subprocess_wait_async (process, NULL, exited_cb, &child);
      tp_test_wait_until (run_exited, &child, "the import to end or be killed");
      g_clear_handle_id (&child.kill_id, g_source_remove);

      n = check_library (&library);
      g_assert_true (n == expected || n == expected + N_ROWS);
      if (n == expected)
        cut++;
      else
        whole++;
      /* The library closed after each check leaves no WAL behind, so a
       * large one is this import's own rows. */
      if (n == expected && child.wal_at_kill >= grown / 20)
        cut_writing++;
      g_printerr ("# kill %2u with %" G_GOFFSET_FORMAT " KB of WAL: %s\n", run, child.wal_at_kill / 1024,
                  g_subprocess_get_if_signaled (process) ? (n == expected ? "nothing kept" : "killed after the commit, all kept")
                                                         : "finished first, all kept");
      expected = n;
    }

  g_printerr ("# %u imports cut short and rolled back (%u while writing rows), %u kept whole\n",
              cut, cut_writing, whole);
  g_assert_cmpuint (cut_writing, >=, N_KILLS / 2);

  tp_test_remove_tree (library.dir);
  g_free (library.dir);
  g_free (library.db);
  g_free (library.csv);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/crash/kill-while-importing", test_kill_while_importing);

  return g_test_run ();
}
