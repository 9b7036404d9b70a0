/* tp-test.c — what every test program needs
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tp-test.h"

#include <glib/gstdio.h>

/* Runs whatever the main loop has ready, without waiting for more. */
void
tp_test_run_pending (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
timed_out_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds for @data, and fails the
 * test, naming @what, if it does not within TP_TEST_WAIT_SECONDS. */
void
tp_test_wait_until (TpTestCondition  condition,
                    gpointer         data,
                    const char      *what)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (TP_TEST_WAIT_SECONDS, timed_out_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out waiting until %s", what);
  g_source_remove (timeout_id);
  tp_test_run_pending ();
}

/* Removes @path and everything below it; a test's temporary directory. */
void
tp_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        tp_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}
