/* tp-backlog-row-layout.c — how a backlog row lays out its title, chips and pills
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tp-backlog-row-layout.h"
#include "tp-widget-util.h"

/* TpBacklogRowMeta: the chips and score pills under the title, laid out
 * like words in a paragraph. Each keeps its natural width where the line
 * has room for it, moves to the next line where it has not, and shrinks
 * only when it is wider than a whole line; a child that expands takes
 * what is left of its line. */

#define META_SPACING 6
#define META_LINE_SPACING 4

struct _TpBacklogRowMeta
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (TpBacklogRowMeta, tp_backlog_row_meta, GTK_TYPE_WIDGET)

/* Lays the children out in @width, allocating them when @allocate is
 * set; returns the height that takes. */
static int
meta_lay_out (GtkWidget *widget,
              int        width,
              gboolean   allocate)
{
  GtkWidget *line_start = gtk_widget_get_first_child (widget);
  int y = 0;

  while (line_start != NULL)
    {
      GtkWidget *child;
      GtkWidget *line_end;
      int x = 0;
      int line_height = 0;
      int n = 0;

      /* Which children fit on this line, and how tall it is. */
      for (child = line_start; child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int nat_width, child_width, child_height;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat_width, NULL, NULL);
          child_width = MIN (nat_width, width);
          if (n > 0 && x + META_SPACING + child_width > width)
            break;
          x += (n > 0 ? META_SPACING : 0) + child_width;
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, NULL, &child_height, NULL, NULL);
          line_height = MAX (line_height, child_height);
          n++;
        }
      line_end = child;

      if (n == 0)
        break;
      if (y > 0)
        y += META_LINE_SPACING;

      if (allocate)
        {
          int left_over = MAX (width - x, 0);

          x = 0;
          for (child = line_start; child != line_end; child = gtk_widget_get_next_sibling (child))
            {
              int nat_width, child_width;

              if (!gtk_widget_should_layout (child))
                continue;
              gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat_width, NULL, NULL);
              child_width = MIN (nat_width, width);
              if (gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL))
                {
                  child_width += left_over;
                  left_over = 0;
                }
              gtk_widget_size_allocate (child,
                                        &(GtkAllocation) { x, y, child_width, line_height },
                                        -1);
              x += child_width + META_SPACING;
            }
        }

      y += line_height;
      line_start = line_end;
    }

  return y;
}

static void
tp_backlog_row_meta_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int n = 0;

      *minimum = *natural = 0;
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural += (n++ > 0 ? META_SPACING : 0) + child_nat;
        }
    }
  else
    {
      int width = for_size;

      if (width < 0)
        gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
      *minimum = *natural = meta_lay_out (widget, width, FALSE);
    }
}

static void
tp_backlog_row_meta_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  meta_lay_out (widget, width, TRUE);
}

static void
tp_backlog_row_meta_class_init (TpBacklogRowMetaClass *klass)
{
  tp_widget_class_set_height_for_width (GTK_WIDGET_CLASS (klass),
                                        tp_backlog_row_meta_measure,
                                        tp_backlog_row_meta_size_allocate);
}

static void
tp_backlog_row_meta_init (TpBacklogRowMeta *self)
{
}

/* TpBacklogRowBody: the title above the chips and pills, as a vertical
 * box would put them, but as wide whatever the height. A box is asked
 * how wide it would be at the height its row gives it, and asks a title
 * that wraps the same, which GtkLabel answers by laying the title out at
 * width after width until it finds the narrowest that fits: a dozen
 * layouts of each title that a keystroke brings into the list. */

#define BODY_SPACING 6

struct _TpBacklogRowBody
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (TpBacklogRowBody, tp_backlog_row_body, GTK_TYPE_WIDGET)

static void
tp_backlog_row_body_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  int width = for_size;
  int n = 0;

  if (orientation == GTK_ORIENTATION_VERTICAL && width < 0)
    gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else
        {
          gtk_widget_measure (child, orientation, width, &child_min, &child_nat, NULL, NULL);
          *minimum += (n > 0 ? BODY_SPACING : 0) + child_min;
          *natural += (n > 0 ? BODY_SPACING : 0) + child_nat;
          n++;
        }
    }
}

/* Each child as tall as it would be, or as short as it can be where the
 * row is shorter than that. */
static void
tp_backlog_row_body_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  int natural_height;
  gboolean fits;
  int y = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, NULL, &natural_height, NULL, NULL);
  fits = natural_height <= height;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_min, &child_nat, NULL, NULL);
      gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, fits ? child_nat : child_min }, -1);
      y += (fits ? child_nat : child_min) + BODY_SPACING;
    }
}

static void
tp_backlog_row_body_class_init (TpBacklogRowBodyClass *klass)
{
  tp_widget_class_set_height_for_width (GTK_WIDGET_CLASS (klass),
                                        tp_backlog_row_body_measure,
                                        tp_backlog_row_body_size_allocate);
}

static void
tp_backlog_row_body_init (TpBacklogRowBody *self)
{
}
