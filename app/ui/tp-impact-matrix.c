/* tp-impact-matrix.c — the impact/effort 2×2 of a workshop's ideas
 *
 * The chart lays its four cells out itself: two by two between the axes
 * where each column gets a sensible width, and one below another, axes
 * left out, in a narrow window; each cell's own hint names its halves.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tp-impact-matrix-private.h"
#include "tp-widget-util.h"

#define N_CELLS (TP_QUADRANT_MONEY_PIT + 1)

/* Where an idea lands when it is moved into a cell whose range its
 * score is not already in. */
#define HIGH_SCORE 4
#define LOW_SCORE  2

/* The narrowest a column of the 2×2 may be; below it, one column. */
#define MIN_COLUMN_WIDTH 260
/* Between the cells when they are one below another, and above the
 * strip of ideas not scored yet. */
#define STACK_SPACING    12
/* The most cards side by side in a cell, on the widest screens. */
#define MAX_CARDS_PER_LINE 12

enum {
  AXIS_HIGH_IMPACT,
  AXIS_LOW_IMPACT,
  AXIS_LOW_EFFORT,
  AXIS_HIGH_EFFORT,
  N_AXES
};

typedef struct
{
  GtkWidget *cell;
  GtkWidget *flow;
  GtkWidget *heading;
  guint      n_ideas;
} Cell;

struct _TpImpactMatrix
{
  GtkWidget   parent_instance;

  TpStore    *store;
  TpWorkshop *workshop;
  GListModel *ideas;

  gboolean    built;
  GtkWidget  *axes[N_AXES];
  gboolean    one_column;
  guint       one_column_idle;
  Cell        cells[N_CELLS];
};

G_DEFINE_FINAL_TYPE (TpImpactMatrix, tp_impact_matrix, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_WORKSHOP,
  N_PROPS
};

enum {
  IDEA_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Marks a singular and plural pair for xgettext (the keyword NP_:1,2 in
 * po/meson.build), so translators get one entry with plural forms;
 * g_dngettext translates it where it is used. */
#define NP_(singular, plural) singular, plural

static const struct {
  const char *css_class;
  const char *title;
  const char *hint;
  const char *in_sentence;
  const char *count;
  const char *count_plural;
} cell_info[N_CELLS] = {
  [TP_QUADRANT_NONE] = { "unscored", N_("Not scored yet"), N_("Give impact and effort to place these"),
                         N_("not scored"), NP_("Not scored yet: %u idea", "Not scored yet: %u ideas") },
  [TP_QUADRANT_QUICK_WIN] = { "quick-win", N_("Quick Wins"), N_("High impact, low effort"),
                              N_("quick win"), NP_("Quick wins: %u idea", "Quick wins: %u ideas") },
  [TP_QUADRANT_BIG_BET] = { "big-bet", N_("Big Bets"), N_("High impact, high effort"),
                            N_("big bet"), NP_("Big bets: %u idea", "Big bets: %u ideas") },
  [TP_QUADRANT_FILL_IN] = { "fill-in", N_("Fill-Ins"), N_("Low impact, low effort"),
                            N_("fill-in"), NP_("Fill-ins: %u idea", "Fill-ins: %u ideas") },
  [TP_QUADRANT_MONEY_PIT] = { "money-pit", N_("Money Pits"), N_("Low impact, high effort"),
                              N_("money pit"), NP_("Money pits: %u idea", "Money pits: %u ideas") },
};

GtkWidget *
tp_impact_matrix_new (TpStore    *store,
                      TpWorkshop *workshop)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  return g_object_new (TP_TYPE_IMPACT_MATRIX,
                       "store", store,
                       "workshop", workshop,
                       NULL);
}

TpWorkshop *
tp_impact_matrix_get_workshop (TpImpactMatrix *self)
{
  g_return_val_if_fail (TP_IS_IMPACT_MATRIX (self), NULL);

  return self->workshop;
}

static gboolean
is_high_impact (TpQuadrant quadrant)
{
  return quadrant == TP_QUADRANT_QUICK_WIN || quadrant == TP_QUADRANT_BIG_BET;
}

static gboolean
is_high_effort (TpQuadrant quadrant)
{
  return quadrant == TP_QUADRANT_BIG_BET || quadrant == TP_QUADRANT_MONEY_PIT;
}

static TpQuadrant
quadrant_from_halves (gboolean high_impact,
                      gboolean high_effort)
{
  if (high_impact)
    return high_effort ? TP_QUADRANT_BIG_BET : TP_QUADRANT_QUICK_WIN;
  return high_effort ? TP_QUADRANT_MONEY_PIT : TP_QUADRANT_FILL_IN;
}

/* A score already on the wanted side of TP_SCORE_HIGH stays as it is. */
static guint
score_for_half (guint    score,
                gboolean high)
{
  if (high)
    return score >= TP_SCORE_HIGH ? score : HIGH_SCORE;
  return score >= 1 && score < TP_SCORE_HIGH ? score : LOW_SCORE;
}

/* Cards */

static TpIdea *
get_card_idea (GtkWidget *card)
{
  return g_object_get_data (G_OBJECT (card), "tp-idea");
}

GtkWidget *
tp_impact_matrix_find_card (TpImpactMatrix *self,
                            TpIdea         *idea)
{
  g_return_val_if_fail (TP_IS_IMPACT_MATRIX (self), NULL);

  for (guint i = 0; i < N_CELLS; i++)
    for (GtkWidget *card = gtk_widget_get_first_child (self->cells[i].flow);
         card != NULL;
         card = gtk_widget_get_next_sibling (card))
      if (get_card_idea (card) == idea)
        return card;

  return NULL;
}

GtkWidget *
tp_impact_matrix_get_cell (TpImpactMatrix *self,
                           TpQuadrant      quadrant)
{
  g_return_val_if_fail (TP_IS_IMPACT_MATRIX (self), NULL);
  g_return_val_if_fail (quadrant < N_CELLS, NULL);

  return self->cells[quadrant].cell;
}

static char *
describe_card (TpIdea *idea)
{
  TpQuadrant quadrant = tp_idea_get_quadrant (idea);
  TpScores scores;

  tp_idea_get_scores (idea, &scores);
  if (quadrant == TP_QUADRANT_NONE)
    return g_strdup_printf ("%s, %s", tp_idea_get_title (idea), _(cell_info[quadrant].in_sentence));

  /* Translators: an idea's title, its quadrant and its scores */
  return g_strdup_printf (_("%s, %s, impact %u, effort %u"), tp_idea_get_title (idea),
                          _(cell_info[quadrant].in_sentence), scores.impact, scores.effort);
}

static GdkContentProvider *
card_drag_prepare_cb (GtkDragSource *source,
                      double         x,
                      double         y,
                      GtkWidget     *card)
{
  return gdk_content_provider_new_typed (TP_TYPE_IDEA, get_card_idea (card));
}

static void
card_drag_begin_cb (GtkDragSource *source,
                    GdkDrag       *drag,
                    GtkWidget     *card)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (card);

  gtk_drag_source_set_icon (source, icon, 16, 16);
}

static void
card_activated_cb (GtkFlowBox      *flow,
                   GtkFlowBoxChild *card,
                   TpImpactMatrix  *self)
{
  g_signal_emit (self, signals[IDEA_ACTIVATED], 0, get_card_idea (GTK_WIDGET (card)));
}

static GtkWidget *
create_card (TpImpactMatrix *self,
             TpIdea         *idea)
{
  GtkWidget *card = gtk_flow_box_child_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (tp_idea_get_title (idea));
  g_autofree char *description = describe_card (idea);
  GtkDragSource *source = gtk_drag_source_new ();
  TpScores scores;

  /* Two lines before it gives up: a title is often a sentence. */
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 22);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (box), title);

  tp_idea_get_scores (idea, &scores);
  if (scores.impact > 0 && scores.effort > 0)
    {
      g_autofree char *text = g_strdup_printf (_("Impact %u · Effort %u"), scores.impact, scores.effort);
      GtkWidget *caption = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_box_append (GTK_BOX (box), caption);
    }

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (card), box);
  gtk_widget_add_css_class (card, "matrix-card");
  gtk_widget_set_tooltip_text (card, tp_idea_get_title (idea));
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  g_object_set_data_full (G_OBJECT (card), "tp-idea", g_object_ref (idea), g_object_unref);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (card_drag_prepare_cb), card);
  g_signal_connect (source, "drag-begin", G_CALLBACK (card_drag_begin_cb), card);
  gtk_widget_add_controller (card, GTK_EVENT_CONTROLLER (source));

  return card;
}

static void
label_cells (TpImpactMatrix *self)
{
  g_autoptr(GString) summary = g_string_new (NULL);

  for (guint i = 0; i < N_CELLS; i++)
    {
      TpQuadrant quadrant = (i + 1) % N_CELLS;   /* quadrants first, unscored last */
      Cell *cell = &self->cells[quadrant];
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, cell_info[quadrant].count,
                                                             cell_info[quadrant].count_plural,
                                                             cell->n_ideas),
                                                cell->n_ideas);

      gtk_accessible_update_property (GTK_ACCESSIBLE (cell->cell),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      if (summary->len > 0)
        g_string_append (summary, "; ");
      g_string_append (summary, label);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary->str,
                                  -1);
}

/* The store's model announces every change to an idea, so the cards are
 * simply made again; a workshop has tens of ideas, not thousands. */
static void
rebuild_cards (TpImpactMatrix *self)
{
  guint n = g_list_model_get_n_items (self->ideas);

  if (!self->built)
    return;

  for (guint i = 0; i < N_CELLS; i++)
    {
      GtkWidget *card;

      while ((card = gtk_widget_get_first_child (self->cells[i].flow)) != NULL)
        gtk_flow_box_remove (GTK_FLOW_BOX (self->cells[i].flow), card);
      self->cells[i].n_ideas = 0;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (self->ideas, i);
      Cell *cell = &self->cells[tp_idea_get_quadrant (idea)];

      gtk_flow_box_append (GTK_FLOW_BOX (cell->flow), create_card (self, idea));
      cell->n_ideas++;
    }

  /* A flow box sizes its columns for as many cards as fit a line, so a
   * quadrant holding fewer would show them narrow, and their titles cut. */
  for (guint i = 0; i < N_CELLS; i++)
    {
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->cells[i].flow),
                                              CLAMP (self->cells[i].n_ideas, 1, MAX_CARDS_PER_LINE));
      gtk_widget_set_visible (self->cells[i].flow, self->cells[i].n_ideas > 0);
    }
  gtk_widget_set_visible (self->cells[TP_QUADRANT_NONE].cell, self->cells[TP_QUADRANT_NONE].n_ideas > 0);

  label_cells (self);
}

static void
ideas_changed_cb (TpImpactMatrix *self)
{
  rebuild_cards (self);
}

/* Moving ideas between cells */

static gboolean
move_idea (TpImpactMatrix *self,
           TpIdea         *idea,
           TpQuadrant      quadrant)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *card;
  TpScores scores;

  if (tp_idea_get_quadrant (idea) == quadrant)
    return TRUE;

  tp_idea_get_scores (idea, &scores);
  if (quadrant == TP_QUADRANT_NONE)
    scores.impact = scores.effort = 0;
  else
    {
      scores.impact = score_for_half (scores.impact, is_high_impact (quadrant));
      scores.effort = score_for_half (scores.effort, is_high_effort (quadrant));
    }

  if (!tp_store_set_idea_scores (self->store, idea, &scores, &error))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), error->message);
      return FALSE;
    }

  if ((card = tp_impact_matrix_find_card (self, idea)) != NULL)
    gtk_widget_grab_focus (card);
  return TRUE;
}

static gboolean
cell_drop_cb (GtkDropTarget *target,
              const GValue  *value,
              double         x,
              double         y,
              gpointer       data)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  TpImpactMatrix *self = TP_IMPACT_MATRIX (gtk_widget_get_ancestor (cell, TP_TYPE_IMPACT_MATRIX));
  TpQuadrant quadrant = GPOINTER_TO_UINT (data);
  TpIdea *idea;

  if (self == NULL || !G_VALUE_HOLDS (value, TP_TYPE_IDEA) || (idea = g_value_get_object (value)) == NULL)
    return FALSE;

  return move_idea (self, idea, quadrant);
}

static TpIdea *
find_focused_idea (TpImpactMatrix *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *widget = focus; widget != NULL && widget != GTK_WIDGET (self);
       widget = gtk_widget_get_parent (widget))
    if (get_card_idea (widget) != NULL)
      return get_card_idea (widget);

  return NULL;
}

static void
move_focused_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TpImpactMatrix *self = TP_IMPACT_MATRIX (widget);
  const char *direction = g_variant_get_string (parameter, NULL);
  TpIdea *idea = find_focused_idea (self);
  TpQuadrant from;
  gboolean high_impact, high_effort;

  if (idea == NULL)
    return;

  from = tp_idea_get_quadrant (idea);
  high_impact = is_high_impact (from);
  high_effort = is_high_effort (from);

  if (g_str_equal (direction, "up"))
    high_impact = TRUE;
  else if (g_str_equal (direction, "down"))
    high_impact = FALSE;
  else if (g_str_equal (direction, "left"))
    high_effort = FALSE;
  else if (g_str_equal (direction, "right"))
    high_effort = TRUE;

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL &&
      (g_str_equal (direction, "left") || g_str_equal (direction, "right")))
    high_effort = !high_effort;

  if (from != TP_QUADRANT_NONE && quadrant_from_halves (high_impact, high_effort) == from)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  move_idea (self, idea, quadrant_from_halves (high_impact, high_effort));
}

/* Building the chart */

static GtkWidget *
create_cell (TpImpactMatrix *self,
             TpQuadrant      quadrant)
{
  Cell *cell = &self->cells[quadrant];
  GtkWidget *title = gtk_label_new (_(cell_info[quadrant].title));
  GtkWidget *hint = gtk_label_new (_(cell_info[quadrant].hint));
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkDropTarget *target = gtk_drop_target_new (TP_TYPE_IDEA, GDK_ACTION_MOVE);

  cell->cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (cell->cell, quadrant == TP_QUADRANT_NONE ? "matrix-unscored" : "matrix-cell");
  gtk_widget_add_css_class (cell->cell, cell_info[quadrant].css_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->cell),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(cell_info[quadrant].hint),
                                  -1);

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_set_hexpand (hint, TRUE);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), hint);
  gtk_box_append (GTK_BOX (cell->cell), header);
  cell->heading = title;

  cell->flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (cell->flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (cell->flow), MAX_CARDS_PER_LINE);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (cell->flow), 6);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (cell->flow), 6);
  gtk_widget_set_valign (cell->flow, GTK_ALIGN_START);
  g_signal_connect (cell->flow, "child-activated", G_CALLBACK (card_activated_cb), self);
  gtk_box_append (GTK_BOX (cell->cell), cell->flow);

  g_signal_connect (target, "drop", G_CALLBACK (cell_drop_cb), GUINT_TO_POINTER (quadrant));
  gtk_widget_add_controller (cell->cell, GTK_EVENT_CONTROLLER (target));

  if (quadrant != TP_QUADRANT_NONE)
    {
      gtk_widget_set_hexpand (cell->cell, TRUE);
      gtk_widget_set_vexpand (cell->cell, TRUE);
    }

  return cell->cell;
}

static GtkWidget *
create_axis_label (const char *text,
                   float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_justify (GTK_LABEL (label), xalign > 0.5 ? GTK_JUSTIFY_RIGHT : GTK_JUSTIFY_LEFT);
  gtk_widget_add_css_class (label, "axis-label");
  /* The cells' own labels say the same to a screen reader. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  return label;
}

/* The chart's layout. The quadrants in reading order: high impact on top,
 * low effort first. */
static const TpQuadrant chart_order[] = {
  TP_QUADRANT_QUICK_WIN, TP_QUADRANT_BIG_BET, TP_QUADRANT_FILL_IN, TP_QUADRANT_MONEY_PIT,
};

static int
measure_width (GtkWidget *widget,
               gboolean   natural)
{
  int min, nat;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  return natural ? nat : min;
}

static int
measure_height (GtkWidget *widget,
                int        width)
{
  int min, nat;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
  return nat;
}

static int
axis_width (TpImpactMatrix *self)
{
  return MAX (measure_width (self->axes[AXIS_HIGH_IMPACT], TRUE),
              measure_width (self->axes[AXIS_LOW_IMPACT], TRUE));
}

static int
min_cell_width (TpImpactMatrix *self)
{
  int width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (chart_order); i++)
    width = MAX (width, measure_width (self->cells[chart_order[i]].cell, FALSE));
  return width;
}

static gboolean
fits_two_columns (TpImpactMatrix *self,
                  int             width)
{
  return (width - axis_width (self)) / 2 >= MAX (MIN_COLUMN_WIDTH, min_cell_width (self));
}

/* The heights of the top row, the bottom row and the effort axis below
 * them, with columns @column wide after an axis @axis wide. */
static void
measure_rows (TpImpactMatrix *self,
              int             axis,
              int             column,
              int             rows[3])
{
  rows[0] = MAX (measure_height (self->axes[AXIS_HIGH_IMPACT], axis),
                 MAX (measure_height (self->cells[TP_QUADRANT_QUICK_WIN].cell, column),
                      measure_height (self->cells[TP_QUADRANT_BIG_BET].cell, column)));
  rows[1] = MAX (measure_height (self->axes[AXIS_LOW_IMPACT], axis),
                 MAX (measure_height (self->cells[TP_QUADRANT_FILL_IN].cell, column),
                      measure_height (self->cells[TP_QUADRANT_MONEY_PIT].cell, column)));
  rows[2] = MAX (measure_height (self->axes[AXIS_LOW_EFFORT], column),
                 measure_height (self->axes[AXIS_HIGH_EFFORT], column));
}

static int
measure_stack (TpImpactMatrix *self,
               int             width)
{
  int height = 0;

  for (guint i = 0; i < G_N_ELEMENTS (chart_order); i++)
    height += measure_height (self->cells[chart_order[i]].cell, width) + (i > 0 ? STACK_SPACING : 0);
  return height;
}

static int
measure_chart_height (TpImpactMatrix *self,
                      int             width)
{
  int axis = axis_width (self);
  int rows[3];

  if (!fits_two_columns (self, width))
    return measure_stack (self, width);

  measure_rows (self, axis, (width - axis) / 2, rows);
  return rows[0] + rows[1] + rows[2];
}

/* The height the strip of ideas not scored yet takes below the chart. */
static int
measure_unscored_height (TpImpactMatrix *self,
                         int             width)
{
  GtkWidget *unscored = self->cells[TP_QUADRANT_NONE].cell;

  if (!gtk_widget_get_visible (unscored))
    return 0;
  return STACK_SPACING + measure_height (unscored, width);
}

static GtkSizeRequestMode
matrix_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
matrix_measure (GtkWidget      *widget,
                GtkOrientation  orientation,
                int             for_size,
                int            *minimum,
                int            *natural,
                int            *minimum_baseline,
                int            *natural_baseline)
{
  TpImpactMatrix *self = TP_IMPACT_MATRIX (widget);
  GtkWidget *unscored = self->cells[TP_QUADRANT_NONE].cell;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int cell_natural = 0;

      for (guint i = 0; i < G_N_ELEMENTS (chart_order); i++)
        cell_natural = MAX (cell_natural, measure_width (self->cells[chart_order[i]].cell, TRUE));

      *minimum = min_cell_width (self);
      *natural = axis_width (self) + 2 * MAX (cell_natural, MIN_COLUMN_WIDTH);
      if (gtk_widget_get_visible (unscored))
        {
          *minimum = MAX (*minimum, measure_width (unscored, FALSE));
          *natural = MAX (*natural, measure_width (unscored, TRUE));
        }
    }
  else
    {
      /* Without a width, the height at the narrowest is the most needed. */
      int width = for_size >= 0 ? for_size : MAX (min_cell_width (self),
                                                    gtk_widget_get_visible (unscored) ? measure_width (unscored, FALSE) : 0);

      *minimum = *natural = measure_chart_height (self, width) + measure_unscored_height (self, width);
    }
}

static void
allocate_child (GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height,
                int        chart_width,
                gboolean   rtl)
{
  GtkAllocation area = { rtl ? chart_width - x - width : x, y, width, height };

  gtk_widget_size_allocate (child, &area, -1);
}

/* Cells look different stacked than as a 2×2; the style class follows
 * the layout once the layout is done. */
static gboolean
update_one_column_class_cb (gpointer data)
{
  TpImpactMatrix *self = data;

  self->one_column_idle = 0;
  if (self->one_column)
    gtk_widget_add_css_class (GTK_WIDGET (self), "one-column");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "one-column");

  return G_SOURCE_REMOVE;
}

static void
matrix_allocate (GtkWidget *widget,
                 int        width,
                 int        height,
                 int        baseline)
{
  TpImpactMatrix *self = TP_IMPACT_MATRIX (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  gboolean one_column = !fits_two_columns (self, width);
  int unscored_height = measure_unscored_height (self, width);

  if (unscored_height > 0)
    allocate_child (self->cells[TP_QUADRANT_NONE].cell, 0, height - unscored_height + STACK_SPACING,
                    width, unscored_height - STACK_SPACING, width, rtl);
  height -= unscored_height;

  for (guint i = 0; i < N_AXES; i++)
    gtk_widget_set_child_visible (self->axes[i], !one_column);

  if (one_column)
    {
      int y = 0;

      for (guint i = 0; i < G_N_ELEMENTS (chart_order); i++)
        {
          GtkWidget *cell = self->cells[chart_order[i]].cell;
          int cell_height = measure_height (cell, width);

          allocate_child (cell, 0, y, width, cell_height, width, rtl);
          y += cell_height + STACK_SPACING;
        }
    }
  else
    {
      int axis = axis_width (self);
      int column = (width - axis) / 2;
      int rows[3];
      int extra;

      measure_rows (self, axis, column, rows);
      /* The two rows share what is left of the height. */
      extra = MAX (0, height - rows[0] - rows[1] - rows[2]);
      rows[0] += extra / 2;
      rows[1] += extra - extra / 2;

      allocate_child (self->axes[AXIS_HIGH_IMPACT], 0, 0, axis, rows[0], width, rtl);
      allocate_child (self->axes[AXIS_LOW_IMPACT], 0, rows[0], axis, rows[1], width, rtl);
      allocate_child (self->cells[TP_QUADRANT_QUICK_WIN].cell, axis, 0, column, rows[0], width, rtl);
      allocate_child (self->cells[TP_QUADRANT_BIG_BET].cell, axis + column, 0, width - axis - column, rows[0], width, rtl);
      allocate_child (self->cells[TP_QUADRANT_FILL_IN].cell, axis, rows[0], column, rows[1], width, rtl);
      allocate_child (self->cells[TP_QUADRANT_MONEY_PIT].cell, axis + column, rows[0], width - axis - column, rows[1], width, rtl);
      allocate_child (self->axes[AXIS_LOW_EFFORT], axis, rows[0] + rows[1], column, rows[2], width, rtl);
      allocate_child (self->axes[AXIS_HIGH_EFFORT], axis + column, rows[0] + rows[1], width - axis - column, rows[2], width, rtl);
    }

  if (one_column != self->one_column)
    {
      self->one_column = one_column;
      if (self->one_column_idle == 0)
        self->one_column_idle = g_idle_add (update_one_column_class_cb, self);
    }
}

static void
build_chart (TpImpactMatrix *self)
{
  static const struct {
    const char *text;
    float       xalign;
  } axes[N_AXES] = {
    [AXIS_HIGH_IMPACT] = { N_("↑ High\nimpact"), 1 },
    [AXIS_LOW_IMPACT] = { N_("Low\nimpact"), 1 },
    [AXIS_LOW_EFFORT] = { N_("Low effort"), 0 },
    [AXIS_HIGH_EFFORT] = { N_("High effort →"), 1 },
  };

  for (guint i = 0; i < N_AXES; i++)
    {
      self->axes[i] = create_axis_label (_(axes[i].text), axes[i].xalign);
      gtk_widget_set_margin_start (self->axes[i], 6);
      gtk_widget_set_margin_end (self->axes[i], 6);
      gtk_widget_set_margin_top (self->axes[i], 4);
      gtk_widget_set_valign (self->axes[i], GTK_ALIGN_START);
      gtk_widget_set_parent (self->axes[i], GTK_WIDGET (self));
    }

  for (guint i = 0; i < G_N_ELEMENTS (chart_order); i++)
    gtk_widget_set_parent (create_cell (self, chart_order[i]), GTK_WIDGET (self));
  gtk_widget_set_parent (create_cell (self, TP_QUADRANT_NONE), GTK_WIDGET (self));

  self->built = TRUE;
}

/* Life cycle */

static void
tp_impact_matrix_constructed (GObject *object)
{
  TpImpactMatrix *self = TP_IMPACT_MATRIX (object);

  G_OBJECT_CLASS (tp_impact_matrix_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));
  g_assert (TP_IS_WORKSHOP (self->workshop));

  self->ideas = g_object_ref (tp_store_get_ideas (self->store, self->workshop));
  g_signal_connect_object (self->ideas, "items-changed",
                           G_CALLBACK (ideas_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild_cards (self);
}

static void
tp_impact_matrix_dispose (GObject *object)
{
  TpImpactMatrix *self = TP_IMPACT_MATRIX (object);

  g_clear_handle_id (&self->one_column_idle, g_source_remove);
  tp_widget_unparent_children (GTK_WIDGET (self));
  self->built = FALSE;
  memset (self->axes, 0, sizeof self->axes);
  memset (self->cells, 0, sizeof self->cells);

  g_clear_object (&self->ideas);
  g_clear_object (&self->workshop);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tp_impact_matrix_parent_class)->dispose (object);
}

static void
tp_impact_matrix_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TpImpactMatrix *self = TP_IMPACT_MATRIX (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_impact_matrix_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TpImpactMatrix *self = TP_IMPACT_MATRIX (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_WORKSHOP:
      self->workshop = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_impact_matrix_class_init (TpImpactMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tp_impact_matrix_constructed;
  object_class->dispose = tp_impact_matrix_dispose;
  object_class->get_property = tp_impact_matrix_get_property;
  object_class->set_property = tp_impact_matrix_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL, TP_TYPE_WORKSHOP,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[IDEA_ACTIVATED] =
    g_signal_new ("idea-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TP_TYPE_IDEA);

  gtk_widget_class_set_css_name (widget_class, "impactmatrix");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "matrix.move-idea", "s", move_focused_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "matrix.move-idea", "s", "up");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "matrix.move-idea", "s", "down");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "matrix.move-idea", "s", "left");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "matrix.move-idea", "s", "right");
}

static void
tp_impact_matrix_init (TpImpactMatrix *self)
{
  gtk_widget_set_layout_manager (GTK_WIDGET (self),
                                 gtk_custom_layout_new (matrix_request_mode, matrix_measure, matrix_allocate));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Impact and effort matrix"),
                                  -1);
  build_chart (self);
}
