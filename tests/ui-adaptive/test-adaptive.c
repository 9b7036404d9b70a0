/* test-adaptive.c — the main window from a phone-sized 360 px to a projector
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "tp-phase-stepper.h"
#include "tp-store.h"
#include "tp-window.h"
#include "tp-window-private.h"
#include "tp-workshop-view.h"
#include "tp-workshop-view-private.h"
#include "tp-test-ui.h"

#define NARROW_WIDTH 360
#define NARROW_HEIGHT 720

typedef struct
{
  char       *dir;
  char       *path;
  TpStore    *store;
  TpWorkshop *workshop;
  TpWindow   *window;
} Fixture;

/* A morning's session: long titles, several tags, votes, scores in every
 * quadrant and a few left unscored, and two clusters. */
static const struct {
  const char *text;
  guint       impact;
  guint       effort;
  const char *cluster;
} ideas[] = {
  { "Free return label in the order email #returns #email @Priya", 4, 1, "Labels and parcels" },
  { "Call-back line for customers who want to talk it over #contact #sales #urgent @Jerry", 3, 4, NULL },
  { "Drop off returns at any partner shop #returns #in-store #partners @Ana", 4, 5, "Labels and parcels" },
  { "Refund the moment the parcel is scanned #refunds @Sam", 5, 2, "Money back" },
  { "Tell the customer where their return is, unasked #returns #updates @Priya", 2, 1, NULL },
  { "Ask about the whole return, not just the agent #feedback @Tomás", 1, 4, NULL },
  { "Courier picks the parcel up from home #returns #logistics @Jerry", 0, 0, "Labels and parcels" },
  { "Chatbot that handles every return on its own, day and night, in every language we sell in #support #digital @Sam", 2, 5, NULL },
  { "One agent who can finish the job: refund, exchange or repair #support @Ana", 5, 4, "Money back" },
  { "QR code instead of a printed label #returns #digital @Tomás", 0, 0, NULL },
  { "Ask why it came back and send it to the product team #feedback #product @Priya", 2, 2, NULL },
  { "Exchange for another size in one step #returns #exchange @Ana", 4, 2, NULL },
};

static const char * const views[] = {
  TP_WORKSHOP_VIEW_IDEAS,
  TP_WORKSHOP_VIEW_GROUPS,
  TP_WORKSHOP_VIEW_BACKLOG,
  TP_WORKSHOP_VIEW_MATRIX,
};

static gboolean
set_flag_cb (gpointer data)
{
  gboolean *flag = data;

  *flag = TRUE;
  return G_SOURCE_REMOVE;
}

typedef struct
{
  GtkWidget *window;
  int        width;
} Layout;

static gboolean
is_laid_out (gpointer data)
{
  Layout *layout = data;

  return gtk_widget_get_mapped (layout->window) &&
         gtk_widget_get_width (layout->window) == layout->width &&
         gtk_widget_get_height (layout->window) > 0;
}

/* Lets the frame clock lay the window out, as it would before showing it. */
static void
wait_for_layout (Fixture *fixture,
                 int      width)
{
  Layout layout = { GTK_WIDGET (fixture->window), width };
  g_autofree char *what = g_strdup_printf ("the window is %d px wide", width);

  tp_test_wait_until (is_laid_out, &layout, what);

  /* A few more frames, for the allocation that follows a page change. */
  for (guint i = 0; i < 3; i++)
    {
      gboolean done = FALSE;

      g_timeout_add (20, set_flag_cb, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
    }
  tp_test_run_pending ();
}

static void
add_content (Fixture *fixture)
{
  static const char * const people[] = { "Priya", "Jerry", "Sam", "Ana", "Tomás" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) money = g_ptr_array_new ();
  TpIdea *made[G_N_ELEMENTS (ideas)];

  fixture->workshop = tp_store_create_workshop (fixture->store, "Returns without the runaround, for every customer", &error);
  g_assert_no_error (error);
  g_assert_true (tp_store_set_workshop_question (fixture->store, fixture->workshop,
                                                 "How might we make returning an order effortless for every customer?",
                                                 &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (ideas); i++)
    {
      TpScores scores = TP_SCORES_INIT;

      made[i] = tp_store_capture_idea (fixture->store, fixture->workshop, ideas[i].text, &error);
      g_assert_no_error (error);
      scores.impact = ideas[i].impact;
      scores.effort = ideas[i].effort;
      g_assert_true (tp_store_set_idea_scores (fixture->store, made[i], &scores, &error));
      g_assert_no_error (error);

      if (g_strcmp0 (ideas[i].cluster, "Labels and parcels") == 0)
        g_ptr_array_add (labels, made[i]);
      else if (ideas[i].cluster != NULL)
        g_ptr_array_add (money, made[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      TpParticipant *participant = tp_store_add_participant (fixture->store, fixture->workshop, people[i], 3, &error);

      g_assert_no_error (error);
      g_assert_true (tp_store_add_votes (fixture->store, made[(i * 5) % G_N_ELEMENTS (made)], participant,
                                         1 + i % 3, &error));
      g_assert_no_error (error);
    }

  g_assert_nonnull (tp_store_create_cluster (fixture->store, fixture->workshop, "Labels and parcels", labels, &error));
  g_assert_no_error (error);
  g_assert_nonnull (tp_store_create_cluster (fixture->store, fixture->workshop, "Money back", money, &error));
  g_assert_no_error (error);
  g_assert_true (tp_store_set_workshop_phase (fixture->store, fixture->workshop, TP_PHASE_PRIORITISE, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("touchpoint-adaptive-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);
  add_content (fixture);
}

static void
open_window (Fixture *fixture,
             int      width,
             int      height)
{
  fixture->window = g_object_ref (tp_window_new (fixture->store, NULL, NULL));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  tp_window_set_workshop (fixture->window, fixture->workshop);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      tp_test_run_pending ();
      g_assert_finalize_object (fixture->window);
    }
  g_assert_finalize_object (fixture->store);

  tp_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static TpWorkshopView *
workshop_view (Fixture *fixture)
{
  return TP_WORKSHOP_VIEW (tp_window_get_part (fixture->window, TP_WINDOW_PART_WORKSHOP_VIEW));
}

static int
minimum_width (GtkWidget *widget)
{
  int minimum, natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return minimum;
}

static char *
describe (GtkWidget *widget)
{
  GString *path = g_string_new (NULL);

  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      if (path->len > 0)
        g_string_append (path, " in ");
      g_string_append (path, G_OBJECT_TYPE_NAME (widget));
    }

  return g_string_free (path, FALSE);
}

/* What each child of @widget needs across, for a failure's log. */
static void
log_children (GtkWidget *widget,
              guint      depth)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child) && !GTK_IS_NATIVE (child))
      {
        g_test_message ("%*s%s (%s): %d px", (int)depth * 2, "", G_OBJECT_TYPE_NAME (child),
                        gtk_widget_get_css_name (child), minimum_width (child));
        if (depth < 6)
          log_children (child, depth + 1);
      }
}

/* The deepest widget under @widget that alone needs more than @limit
 * pixels across: the one to blame when the window cannot be narrow. */
static GtkWidget *
find_too_wide (GtkWidget *widget,
               int        limit)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child) && !GTK_IS_NATIVE (child) && minimum_width (child) > limit)
      return find_too_wide (child, limit);

  return widget;
}

/* The first drawn widget under @widget that sticks out past the window's
 * sides, or %NULL: what a narrow window would cut off. Popovers and
 * dialogs are windows of their own. Header bars reach a pixel past their
 * parent on each side, so that their borders meet the window's. */
#define OVERHANG 1.5

static GtkWidget *
find_cut_off (GtkWidget *widget,
              GtkWidget *window)
{
  graphene_rect_t bounds;

  if (!gtk_widget_is_drawable (widget) || (widget != window && GTK_IS_NATIVE (widget)))
    return NULL;

  if (gtk_widget_compute_bounds (widget, window, &bounds) &&
      gtk_widget_get_width (widget) > 0 &&
      (bounds.origin.x < -OVERHANG ||
       bounds.origin.x + bounds.size.width > gtk_widget_get_width (window) + OVERHANG))
    return widget;

  /* An overlay scrollbar's slider reaches a few pixels past its trough
   * by GTK's own design; the scrollbar itself was checked above. */
  if (GTK_IS_SCROLLBAR (widget))
    return NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *cut_off = find_cut_off (child, window);

      if (cut_off != NULL)
        return cut_off;
    }

  return NULL;
}

static void
assert_nothing_cut_off (Fixture    *fixture,
                        const char *view)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *cut_off = find_cut_off (window, window);

  if (cut_off != NULL)
    {
      g_autofree char *path = describe (cut_off);
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (cut_off, window, &bounds));
      log_children (cut_off, 1);
      g_error ("On the %s page at %d px, %s spans %.0f to %.0f px",
               view, gtk_widget_get_width (window), path,
               bounds.origin.x, bounds.origin.x + bounds.size.width);
    }
}

/* (a) Every page fits a phone-sized window: the window can be as narrow as
 * 360 px, and at 360 × 720 its content is laid out in it, none cut off. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  open_window (fixture, NARROW_WIDTH, NARROW_HEIGHT);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *window = GTK_WIDGET (fixture->window);

      tp_workshop_view_set_visible_view (workshop_view (fixture), views[i]);
      tp_test_run_pending ();

      if (minimum_width (window) > NARROW_WIDTH)
        {
          GtkWidget *culprit = find_too_wide (window, NARROW_WIDTH);
          g_autofree char *path = describe (culprit);

          g_test_message ("On the %s page, %s needs %d px", views[i], path, minimum_width (culprit));
          log_children (culprit, 1);
        }
      g_assert_cmpint (minimum_width (window), <=, NARROW_WIDTH);

      gtk_widget_queue_resize (window);
      wait_for_layout (fixture, NARROW_WIDTH);
      g_assert_cmpint (gtk_widget_get_width (window), ==, NARROW_WIDTH);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (workshop_view (fixture))));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (workshop_view (fixture))), <=, NARROW_WIDTH);
      assert_nothing_cut_off (fixture, views[i]);
    }
}

/* (b) On a projector the matrix takes the room it is given, and the
 * phase stepper shows every phase. */
static void
test_wide (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *matrix;
  GtkWidget *stepper;

  open_window (fixture, 1920, 1080);
  wait_for_layout (fixture, 1920);

  tp_workshop_view_set_visible_view (workshop_view (fixture), TP_WORKSHOP_VIEW_MATRIX);
  gtk_widget_queue_resize (GTK_WIDGET (fixture->window));
  wait_for_layout (fixture, 1920);

  matrix = tp_workshop_view_get_part (workshop_view (fixture), TP_WORKSHOP_VIEW_PART_IMPACT_MATRIX);
  g_assert_cmpint (gtk_widget_get_width (matrix), >=, 1000);
  assert_nothing_cut_off (fixture, TP_WORKSHOP_VIEW_MATRIX);

  stepper = tp_window_get_part (fixture->window, TP_WINDOW_PART_PHASE_STEPPER);
  for (TpPhase phase = 0; phase < TP_N_PHASES; phase++)
    g_assert_true (gtk_widget_is_drawable (tp_phase_stepper_get_button (TP_PHASE_STEPPER (stepper), phase)));
}

/* Xvfb has no compositor, so GTK frames the window with a solid border
 * where a GNOME session draws a shadow outside it; without the frame, the
 * window's size is its content's, as on a phone. */
static const char unframed_css[] = "window.solid-csd { padding: 0; border-width: 0; }";

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) provider = NULL;
  g_autoptr(GtkCssProvider) unframed = NULL;

  g_test_init (&argc, &argv, NULL);

  /* Without a display, as in the Flatpak build's sandbox, this is a skip
   * (77), not a failure. */
  if (!tp_test_init_display ())
    return 77;

  /* GNOME's and Phosh's button layout, not GTK's fallback of three
   * window buttons that no GNOME session uses. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

  /* The application's own style, as AdwApplication loads it. */
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/touchpointapp/Touchpoint/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  unframed = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (unframed, unframed_css, -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (unframed),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/adaptive/narrow", test_narrow);
  ADD ("/ui/adaptive/wide", test_wide);

#undef ADD

  return g_test_run ();
}
