/* bench-startup.c — time from process start to the window's first frame
 *
 * Runs itself as a child, once as Touchpoint with the largest workshop of a
 * 10k-idea library open and once as a bare AdwApplicationWindow, and
 * compares the medians.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <unistd.h>

#include "bench-common.h"
#include "tp-application.h"

#define RUNS 7
#define TARGET_RATIO 1.3

static void
first_frame_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  fputs ("frame\n", stdout);
  fflush (stdout);
  _exit (0);
}

static void
watch_first_frame_cb (GtkWidget *window,
                      gpointer   user_data)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  g_signal_connect (gdk_surface_get_frame_clock (surface), "after-paint",
                    G_CALLBACK (first_frame_cb), NULL);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  g_signal_connect (window, "realize", G_CALLBACK (watch_first_frame_cb), NULL);
}

static void
bare_activate_cb (GtkApplication *app,
                  gpointer        user_data)
{
  GtkWidget *window = adw_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
}

static int
run_child (const char *mode)
{
  g_autoptr(GtkApplication) app = NULL;

  if (g_str_equal (mode, "app"))
    {
      app = GTK_APPLICATION (tp_application_new ());
    }
  else
    {
      app = GTK_APPLICATION (adw_application_new (APP_ID ".BenchBare", G_APPLICATION_DEFAULT_FLAGS));
      g_signal_connect (app, "activate", G_CALLBACK (bare_activate_cb), NULL);
    }

  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
  return g_application_run (G_APPLICATION (app), 0, NULL);
}

static double
time_child (const char *self_path,
            const char *mode,
            const char *db_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  gint64 start;
  gint64 end;

  g_subprocess_launcher_setenv (launcher, "TOUCHPOINT_DB", db_path, TRUE);
  start = g_get_monotonic_time ();
  child = g_subprocess_launcher_spawn (launcher, &error, self_path, "--child", mode, NULL);
  g_assert_no_error (error);

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  end = g_get_monotonic_time ();
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "frame");
  g_subprocess_wait (child, NULL, NULL);

  return (end - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GArray) app_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_ms = g_array_new (FALSE, FALSE, sizeof (double));
  double app_median, bare_median;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  path = bench_temp_db ();
  bench_fill_library (path);

  /* Warm the caches once each, so that both sides are measured warm. */
  time_child (argv[0], "bare", path);
  time_child (argv[0], "app", path);

  for (guint i = 0; i < RUNS; i++)
    {
      double bare = time_child (argv[0], "bare", path);
      double app = time_child (argv[0], "app", path);

      g_array_append_val (bare_ms, bare);
      g_array_append_val (app_ms, app);
    }

  bare_median = bench_percentile (bare_ms, 0.5);
  app_median = bench_percentile (app_ms, 0.5);

  g_print ("first frame, median of %d runs: Touchpoint with a %u-idea workshop open "
           "(%u ideas in %u workshops) %.1f ms; bare AdwApplicationWindow %.1f ms; "
           "ratio %.2f (target ≤ %.1f)\n",
           RUNS, BENCH_LARGEST, BENCH_IDEAS, BENCH_WORKSHOPS,
           app_median, bare_median, app_median / bare_median, TARGET_RATIO);

  bench_remove_db (path);

  return app_median / bare_median <= TARGET_RATIO ? 0 : 1;
}
