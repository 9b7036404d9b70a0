/* tp-emotion-chart.c — the emotion curve of a walk, step by step
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tp-emotion-chart.h"
#include "tp-simulator.h"

#define NATURAL_WIDTH  320
#define NATURAL_HEIGHT 120
#define MINIMUM_WIDTH  96
#define MINIMUM_HEIGHT 80
#define AXIS_WIDTH     28.0
#define LABEL_HEIGHT   18.0
#define PADDING        8.0
#define MARKER_RADIUS  4.0

struct _TpEmotionChart
{
  GtkWidget  parent_instance;

  GArray    *emotion;
  guint      n_steps;
};

G_DEFINE_FINAL_TYPE (TpEmotionChart, tp_emotion_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EMOTION,
  PROP_N_STEPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
tp_emotion_chart_new (void)
{
  return g_object_new (TP_TYPE_EMOTION_CHART, NULL);
}

/**
 * tp_emotion_format_value:
 *
 * Returns: (transfer full): @value with its sign, as people write it:
 *   “+2”, “0”, “−1” (with a real minus sign)
 */
char *
tp_emotion_format_value (int value)
{
  if (value > 0)
    return g_strdup_printf ("+%d", value);
  if (value < 0)
    return g_strdup_printf ("−%d", -value);
  return g_strdup ("0");
}

static int
value_at (TpEmotionChart *self,
          guint           i)
{
  return CLAMP (g_array_index (self->emotion, int, i), TP_EMOTION_MIN, TP_EMOTION_MAX);
}

static void
update_description (TpEmotionChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->emotion->len == 0)
    g_string_append (text, _("No steps walked yet"));
  else
    {
      g_string_append (text, _("Emotion after each step:"));
      for (guint i = 0; i < self->emotion->len; i++)
        {
          g_autofree char *value = tp_emotion_format_value (g_array_index (self->emotion, int, i));

          g_string_append (text, i == 0 ? " " : ", ");
          g_string_append (text, value);
        }
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                  -1);
}

GArray *
tp_emotion_chart_get_emotion (TpEmotionChart *self)
{
  g_return_val_if_fail (TP_IS_EMOTION_CHART (self), NULL);

  return self->emotion;
}

static gboolean
same_values (GArray    *emotion,
             const int *values,
             guint      n_values)
{
  if (emotion->len != n_values)
    return FALSE;

  for (guint i = 0; i < n_values; i++)
    if (g_array_index (emotion, int, i) != values[i])
      return FALSE;

  return TRUE;
}

void
tp_emotion_chart_set_values (TpEmotionChart *self,
                             const int      *values,
                             guint           n_values)
{
  g_return_if_fail (TP_IS_EMOTION_CHART (self));
  g_return_if_fail (values != NULL || n_values == 0);

  if (same_values (self->emotion, values, n_values))
    return;

  g_array_set_size (self->emotion, 0);
  if (n_values > 0)
    g_array_append_vals (self->emotion, values, n_values);

  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMOTION]);
}

/**
 * tp_emotion_chart_set_emotion:
 * @emotion: (nullable) (element-type int): the running emotion after each
 *   step, unclamped; %NULL for none
 */
void
tp_emotion_chart_set_emotion (TpEmotionChart *self,
                              GArray         *emotion)
{
  g_return_if_fail (TP_IS_EMOTION_CHART (self));

  if (emotion == NULL)
    tp_emotion_chart_set_values (self, NULL, 0);
  else
    tp_emotion_chart_set_values (self, (const int *)(gpointer)emotion->data, emotion->len);
}

guint
tp_emotion_chart_get_n_steps (TpEmotionChart *self)
{
  g_return_val_if_fail (TP_IS_EMOTION_CHART (self), 0);

  return self->n_steps;
}

/**
 * tp_emotion_chart_set_n_steps:
 * @n_steps: how many steps the horizontal axis makes room for, so that
 *   the curve so far lines up with the whole journey; 0 to fit the values
 */
void
tp_emotion_chart_set_n_steps (TpEmotionChart *self,
                              guint           n_steps)
{
  g_return_if_fail (TP_IS_EMOTION_CHART (self));

  if (self->n_steps == n_steps)
    return;

  self->n_steps = n_steps;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STEPS]);
}

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              const char *fallback,
              GdkRGBA    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static void
append_label (GtkWidget     *widget,
              GtkSnapshot   *snapshot,
              const char    *text,
              double         x,
              double         y,
              double         xalign,
              const GdkRGBA *color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - xalign * width, y - height / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static double
y_for (double value,
       double top,
       double plot_height)
{
  return top + (TP_EMOTION_MAX - value) * plot_height / (TP_EMOTION_MAX - TP_EMOTION_MIN);
}

/* The curve starts from the calm the customer arrives with (0), left of
 * step 1, and is filled green above the zero line and red below it. */
static void
draw_curve (TpEmotionChart *self,
            cairo_t        *cr,
            double          left,
            double          top,
            double          step_width,
            double          plot_width,
            double          plot_height,
            const GdkRGBA  *fg,
            const GdkRGBA  *good,
            const GdkRGBA  *bad)
{
  double zero = y_for (0, top, plot_height);
  guint n = self->emotion->len;

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  cairo_move_to (cr, left, zero);
  for (guint i = 0; i < n; i++)
    cairo_line_to (cr, left + (i + 1) * step_width, y_for (value_at (self, i), top, plot_height));
  cairo_line_to (cr, left + n * step_width, zero);
  cairo_close_path (cr);

  cairo_save (cr);
  cairo_rectangle (cr, left, top, plot_width, zero - top);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, good->red, good->green, good->blue, 0.25);
  cairo_fill_preserve (cr);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_rectangle (cr, left, zero, plot_width, top + plot_height - zero);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, bad->red, bad->green, bad->blue, 0.25);
  cairo_fill_preserve (cr);
  cairo_restore (cr);
  cairo_new_path (cr);

  cairo_move_to (cr, left, zero);
  for (guint i = 0; i < n; i++)
    cairo_line_to (cr, left + (i + 1) * step_width, y_for (value_at (self, i), top, plot_height));
  cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.7 * fg->alpha);
  cairo_set_line_width (cr, 2.0);
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      int value = value_at (self, i);
      const GdkRGBA *color = value > 0 ? good : value < 0 ? bad : fg;

      cairo_arc (cr, left + (i + 1) * step_width, y_for (value, top, plot_height),
                 MARKER_RADIUS, 0, 2 * G_PI);
      gdk_cairo_set_source_rgba (cr, color);
      cairo_fill (cr);
    }
}

static void
tp_emotion_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  TpEmotionChart *self = TP_EMOTION_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint slots = MAX (MAX (self->n_steps, self->emotion->len), 1);
  double left = AXIS_WIDTH;
  double top = PADDING;
  double plot_width = width - AXIS_WIDTH - PADDING;
  double plot_height = height - PADDING - LABEL_HEIGHT;
  double step_width = plot_width / slots;
  GdkRGBA fg, dim, good, bad;
  cairo_t *cr;

  if (plot_width <= 0 || plot_height <= 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  dim = fg;
  dim.alpha *= 0.55;
  lookup_color (widget, "success_color", "#26a269", &good);
  lookup_color (widget, "error_color", "#c01c28", &bad);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* Grid: a solid zero line, and faint lines at the extremes. */
  cairo_set_line_width (cr, 1.0);
  for (int v = TP_EMOTION_MIN; v <= TP_EMOTION_MAX; v += TP_EMOTION_MAX)
    {
      double y = (int) y_for (v, top, plot_height) + 0.5;

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * (v == 0 ? 0.45 : 0.12));
      if (v != 0)
        {
          double dashes[] = { 3.0, 3.0 };
          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
        }
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, left + plot_width, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  draw_curve (self, cr, left, top, step_width, plot_width, plot_height, &fg, &good, &bad);
  cairo_destroy (cr);

  for (int v = TP_EMOTION_MIN; v <= TP_EMOTION_MAX; v += TP_EMOTION_MAX)
    {
      g_autofree char *text = tp_emotion_format_value (v);

      append_label (widget, snapshot, text, AXIS_WIDTH - 6, y_for (v, top, plot_height), 1.0, &dim);
    }

  for (guint i = 0; i < slots; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", i + 1);

      append_label (widget, snapshot, text, left + (i + 1) * step_width,
                    height - LABEL_HEIGHT / 2.0, 0.5,
                    i < self->emotion->len ? &fg : &dim);
    }
}

static void
tp_emotion_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MINIMUM_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      *minimum = MINIMUM_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

static void
tp_emotion_chart_finalize (GObject *object)
{
  TpEmotionChart *self = TP_EMOTION_CHART (object);

  g_clear_pointer (&self->emotion, g_array_unref);

  G_OBJECT_CLASS (tp_emotion_chart_parent_class)->finalize (object);
}

static void
tp_emotion_chart_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TpEmotionChart *self = TP_EMOTION_CHART (object);

  switch (prop_id)
    {
    case PROP_EMOTION:
      g_value_set_boxed (value, self->emotion);
      break;

    case PROP_N_STEPS:
      g_value_set_uint (value, self->n_steps);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_emotion_chart_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TpEmotionChart *self = TP_EMOTION_CHART (object);

  switch (prop_id)
    {
    case PROP_EMOTION:
      tp_emotion_chart_set_emotion (self, g_value_get_boxed (value));
      break;

    case PROP_N_STEPS:
      tp_emotion_chart_set_n_steps (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_emotion_chart_class_init (TpEmotionChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tp_emotion_chart_finalize;
  object_class->get_property = tp_emotion_chart_get_property;
  object_class->set_property = tp_emotion_chart_set_property;

  widget_class->snapshot = tp_emotion_chart_snapshot;
  widget_class->measure = tp_emotion_chart_measure;

  /**
   * TpEmotionChart:emotion: (type GArray(int))
   *
   * The running emotion after each step walked, unclamped; drawn
   * clamped to TP_EMOTION_MIN…TP_EMOTION_MAX.
   */
  properties[PROP_EMOTION] =
    g_param_spec_boxed ("emotion", NULL, NULL,
                        G_TYPE_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_STEPS] =
    g_param_spec_uint ("n-steps", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "emotionchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tp_emotion_chart_init (TpEmotionChart *self)
{
  self->emotion = g_array_new (FALSE, FALSE, sizeof (int));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Emotion curve"),
                                  -1);
  update_description (self);
}
