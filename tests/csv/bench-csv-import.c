/* bench-csv-import.c — a 100,000-idea CSV file imported, against sqlite3's .import
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both read the same file, on the same machine, into a fresh database,
 * one after the other in each run. Ours reads the file, checks every row
 * and writes ideas, tags and votes with their indexes and rules, in one
 * transaction of the library as the app keeps it (WAL, synchronous FULL);
 * the workshop is made before the clock starts. sqlite3, run as a user
 * would, copies the fields into one new table of text columns with no
 * index, in its default journal mode; its time includes starting the
 * program. The target is a median within twice sqlite3's.
 *
 * Ours is timed twice: until the import returns, when the ideas are on
 * disk and shown, which is what someone importing in the app waits for
 * and what the target is about; and until the store is closed, after the
 * checkpoint that copies the WAL into the database file on a thread of
 * its own (tp-store-bulk.c), which is all the work there is and what
 * touchpoint-cli waits for before it exits. CPU times, of every thread,
 * until the store is closed are printed too, since wall times swing on a
 * busy machine. The library is a new one, with the 32 KiB pages new
 * libraries get; one made before them keeps its 4 KiB pages.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>

#include "tp-csv-import.h"
#include "tp-store.h"

#define N_IDEAS 100000
#define N_RUNS 5
#define TARGET_RATIO 2.0

static const char * const words[] = {
  "customer", "callback", "queue", "agent", "email", "chat", "form", "login", "password",
  "reset", "invoice", "refund", "delivery", "parcel", "branch", "app", "notice", "wait",
  "address", "payment", "contract", "letter", "survey", "hotline", "menu", "transfer",
};

static void
append_words (GString *out,
              GRand   *rand,
              gsize    length)
{
  gsize start = out->len;

  while (out->len - start < length)
    {
      if (out->len > start)
        g_string_append_c (out, ' ');
      g_string_append (out, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }
}

/* A sticky-note spreadsheet grown large: title, details of about 140
 * characters (quoted, with a comma), author, two tags, and one to five dot
 * votes on every third idea. Without @full, only the first three columns. */
static char *
write_csv (const char *dir,
           gboolean    full,
           gsize      *size)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4180);
  g_autoptr(GString) out = g_string_sized_new (20 * 1024 * 1024);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, full ? "ideas.csv" : "ideas-only.csv", NULL);

  g_string_append (out, full ? "Title,Details,Author,Tags,Votes\r\n" : "Title,Details,Author\r\n");
  for (guint i = 0; i < N_IDEAS; i++)
    {
      append_words (out, rand, 24);
      g_string_append_printf (out, " %u,\"", i);
      append_words (out, rand, 66);
      g_string_append (out, ", ");
      append_words (out, rand, 68);
      g_string_append_printf (out, "\",Person %u", i % 40);
      if (full)
        g_string_append_printf (out, ",\"area %u, theme %u\",%u",
                                i % 13, i % 7, i % 3 == 0 ? g_rand_int_range (rand, 1, 6) : 0);
      g_string_append (out, "\r\n");
    }

  g_file_set_contents (path, out->str, out->len, &error);
  g_assert_no_error (error);
  *size = out->len;
  return path;
}

typedef struct
{
  double wall_ms;
  double closed_ms;   /* until the store is closed, for ours */
  double cpu_ms;
} Timing;

/* User and system time of this process or of its waited-for children. */
static double
cpu_ms (int who)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (who, &usage), ==, 0);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

static Timing
import_once (const char *csv,
             const char *db)
{
  g_autoptr(GError) error = NULL;
  TpStore *store = tp_store_new (db, &error);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(TpCsvImport) import = NULL;
  TpWorkshop *workshop;
  Timing timing;
  gint64 start;
  double cpu;
  guint n = 0;

  g_assert_no_error (error);
  workshop = tp_store_create_workshop (store, "Benchmark", &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  cpu = cpu_ms (RUSAGE_SELF);
  import = tp_csv_import_new_for_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (tp_store_import_csv (store, workshop, import, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, N_IDEAS);
  timing.wall_ms = (g_get_monotonic_time () - start) / 1000.0;

  g_clear_object (&import);
  g_object_unref (store);
  timing.closed_ms = (g_get_monotonic_time () - start) / 1000.0;
  timing.cpu_ms = cpu_ms (RUSAGE_SELF) - cpu;

  return timing;
}

static Timing
sqlite3_once (const char *sqlite3,
              const char *csv,
              const char *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *command = g_strdup_printf (".import --csv %s ideas_raw", csv);
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_ms (RUSAGE_CHILDREN);

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, sqlite3, db, command, NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (process, NULL, &error));
  g_assert_no_error (error);

  double wall_ms = (g_get_monotonic_time () - start) / 1000.0;

  return (Timing) { wall_ms, wall_ms, cpu_ms (RUSAGE_CHILDREN) - cpu };
}

static void
remove_database (const char *db)
{
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

typedef enum
{
  WALL,
  CLOSED,
  CPU,
} Measure;

static double
median (const Timing *timings,
        Measure       measure)
{
  double values[N_RUNS];

  for (guint i = 0; i < N_RUNS; i++)
    values[i] = measure == CPU ? timings[i].cpu_ms : measure == CLOSED ? timings[i].closed_ms : timings[i].wall_ms;
  qsort (values, N_RUNS, sizeof (double), compare_doubles);
  return values[N_RUNS / 2];
}

/* Returns Touchpoint's median over sqlite3's, or 0 without sqlite3. */
static double
compare (const char *dir,
         const char *sqlite3,
         gboolean    full)
{
  g_autofree char *csv = NULL;
  Timing ours[N_RUNS], theirs[N_RUNS];
  double ours_ms, theirs_ms;
  gsize size;

  csv = write_csv (dir, full, &size);
  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autofree char *db = g_strdup_printf ("%s/touchpoint-%u.db", dir, run);
      g_autofree char *plain = g_strdup_printf ("%s/sqlite3-%u.db", dir, run);

      ours[run] = import_once (csv, db);
      theirs[run] = sqlite3 ? sqlite3_once (sqlite3, csv, plain) : (Timing) { 0, 0 };
      remove_database (db);
      remove_database (plain);
    }
  g_unlink (csv);

  ours_ms = median (ours, WALL);
  g_print ("CSV import of %u ideas%s (%.1f MB), medians of %u runs:\n",
           N_IDEAS, full ? " with tags and votes" : ", titles, details and authors only",
           size / 1e6, N_RUNS);
  g_print ("  Touchpoint, reading and checking every row, writing ideas%s with their indexes and rules "
           "in one transaction (WAL, synchronous FULL): %.0f ms until saved and shown; "
           "%.0f ms until the checkpoint is done and the store closed, CPU %.0f ms\n",
           full ? ", tags and votes" : "", ours_ms, median (ours, CLOSED), median (ours, CPU));

  if (sqlite3 == NULL)
    {
      g_print ("  sqlite3 not found on PATH, nothing to compare with\n");
      return 0;
    }

  theirs_ms = median (theirs, WALL);
  g_print ("  sqlite3 .import --csv, a new process copying the fields into one new table of text columns, "
           "no index, with its default journal and sync: %.0f ms, CPU %.0f ms\n",
           theirs_ms, median (theirs, CPU));
  g_print ("  ratio %.2f until saved; %.2f until closed (CPU %.2f)\n", ours_ms / theirs_ms,
           median (ours, CLOSED) / theirs_ms, median (ours, CPU) / median (theirs, CPU));
  return ours_ms / theirs_ms;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("touchpoint-bench-csv-XXXXXX", &error);
  g_autofree char *sqlite3 = g_find_program_in_path ("sqlite3");
  double ratio;

  g_assert_no_error (error);

  /* The file the target is about, then the share of the ideas alone. */
  ratio = compare (dir, sqlite3, TRUE);
  compare (dir, sqlite3, FALSE);
  g_rmdir (dir);

  g_print ("target: ratio at most %.1f with tags and votes\n", TARGET_RATIO);
  return ratio <= TARGET_RATIO ? 0 : 1;
}
