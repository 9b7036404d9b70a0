/* tp-test-ui.c — waiting on windows and widgets in the UI tests
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "tp-test-ui.h"

/**
 * tp_test_init_display:
 *
 * Starts GTK and libadwaita. Without a display, as in the Flatpak build's
 * sandbox, a UI test has nothing to drive: it says so, and its main()
 * returns 77, which meson counts as a skip rather than a failure.
 *
 * Returns: whether there is a display
 */
gboolean
tp_test_init_display (void)
{
  if (!gtk_init_check ())
    {
      g_printerr ("No display: run the UI tests under xvfb-run\n");
      return FALSE;
    }

  adw_init ();
  return TRUE;
}

gboolean
tp_test_widget_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

/* Shows @window and waits until it is on screen. */
void
tp_test_present_and_wait (GtkWidget *window)
{
  gtk_window_present (GTK_WINDOW (window));
  tp_test_wait_until (tp_test_widget_is_mapped, window, "the window is on screen");
}

typedef struct {
  GListModel *model;
  guint       n;
} NItems;

static gboolean
has_n_items (gpointer data)
{
  NItems *wanted = data;

  return g_list_model_get_n_items (wanted->model) == wanted->n;
}

/* Waits until @model holds @n items, as a list view would show them. */
void
tp_test_wait_for_n_items (GListModel *model,
                          guint       n)
{
  NItems wanted = { model, n };
  g_autofree char *what = g_strdup_printf ("the model holds %u items", n);

  if (!has_n_items (&wanted))
    g_test_message ("the model holds %u items; waiting for %u", g_list_model_get_n_items (model), n);
  tp_test_wait_until (has_n_items, &wanted, what);
}

/* Destroys @window, which the test holds the last reference to, and
 * checks that nothing else kept it alive. */
void
tp_test_close_and_finalize (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  tp_test_run_pending ();
  g_assert_finalize_object (window);
}

/* Returns the one open toplevel of @type, or %NULL. */
GtkWidget *
tp_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      /* The list of toplevels keeps its own reference. */
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

typedef struct {
  guint drawn;
  guint n;
} Frames;

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  Frames *frames = data;

  frames->drawn++;
  return frames->drawn < frames->n ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static gboolean
has_drawn_frames (gpointer data)
{
  Frames *frames = data;

  return frames->drawn >= frames->n;
}

/* Lets @widget's window lay out and draw @n frames, and runs whatever
 * waits for idle after them, as a first glance at the screen would. */
void
tp_test_wait_for_frames (GtkWidget *widget,
                         guint      n)
{
  Frames frames = { 0, n };
  g_autofree char *what = g_strdup_printf ("%u frames are drawn", n);

  g_return_if_fail (n > 0);

  /* The callback goes once it has counted them, so that the frames stop. */
  gtk_widget_add_tick_callback (widget, count_frame_cb, &frames, NULL);
  tp_test_wait_until (has_drawn_frames, &frames, what);
}
