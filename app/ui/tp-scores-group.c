/* tp-scores-group.c — the preferences group that edits one idea's scores
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "tp-scores-group-private.h"

struct _TpScoresGroup
{
  AdwPreferencesGroup  parent_instance;

  TpStore             *store;
  TpIdea              *idea;
  gboolean             showing;

  /* Template children */
  AdwComboRow         *impact_row;
  AdwComboRow         *effort_row;
  GtkSpinButton       *reach_spin;
  AdwComboRow         *rice_impact_row;
  GtkSpinButton       *confidence_spin;
  GtkSpinButton       *rice_effort_spin;
  GtkLabel            *rice_score_label;
  AdwComboRow         *moscow_row;
};

G_DEFINE_FINAL_TYPE (TpScoresGroup, tp_scores_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_STORE,
  PROP_IDEA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The RICE impact row lists these after "Not Set", largest first. */
static const double rice_impacts[] = { 3, 2, 1, 0.5, 0.25 };

GtkWidget *
tp_scores_group_new (TpStore *store,
                     TpIdea  *idea)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_IDEA (idea), NULL);

  return g_object_new (TP_TYPE_SCORES_GROUP,
                       "store", store,
                       "idea", idea,
                       NULL);
}

TpIdea *
tp_scores_group_get_idea (TpScoresGroup *self)
{
  g_return_val_if_fail (TP_IS_SCORES_GROUP (self), NULL);

  return self->idea;
}

static guint
rice_impact_to_index (double value)
{
  for (guint i = 0; i < G_N_ELEMENTS (rice_impacts); i++)
    if (fabs (value - rice_impacts[i]) < 1e-9)
      return i + 1;

  return 0;
}

static double
index_to_rice_impact (guint index)
{
  if (index == 0 || index > G_N_ELEMENTS (rice_impacts))
    return -1;

  return rice_impacts[index - 1];
}

static void
show_scores (TpScoresGroup *self)
{
  TpScores scores;
  double rice_score;
  g_autofree char *rice_text = NULL;

  tp_idea_get_scores (self->idea, &scores);

  self->showing = TRUE;
  adw_combo_row_set_selected (self->impact_row, scores.impact);
  adw_combo_row_set_selected (self->effort_row, scores.effort);
  gtk_spin_button_set_value (self->reach_spin, scores.rice_reach);
  adw_combo_row_set_selected (self->rice_impact_row, rice_impact_to_index (scores.rice_impact));
  gtk_spin_button_set_value (self->confidence_spin, scores.rice_confidence);
  gtk_spin_button_set_value (self->rice_effort_spin, scores.rice_effort);
  adw_combo_row_set_selected (self->moscow_row, scores.moscow);
  self->showing = FALSE;

  rice_score = tp_idea_get_rice_score (self->idea);
  if (rice_score >= 0)
    rice_text = g_strdup_printf ("%.1f", rice_score);
  gtk_label_set_text (self->rice_score_label, rice_text != NULL ? rice_text : _("Needs all four parts"));
  if (rice_text != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->rice_score_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->rice_score_label), "dim-label");
}

static void
idea_changed_cb (TpScoresGroup *self)
{
  show_scores (self);
}

static gboolean
same_scores (const TpScores *a,
             const TpScores *b)
{
  return a->impact == b->impact && a->effort == b->effort &&
         a->rice_reach == b->rice_reach && a->rice_impact == b->rice_impact &&
         a->rice_confidence == b->rice_confidence && a->rice_effort == b->rice_effort &&
         a->moscow == b->moscow;
}

static void
save_scores (TpScoresGroup *self)
{
  g_autoptr(GError) error = NULL;
  TpScores saved;
  TpScores scores;

  if (self->showing || self->idea == NULL)
    return;

  tp_idea_get_scores (self->idea, &saved);
  scores = saved;
  scores.impact = adw_combo_row_get_selected (self->impact_row);
  scores.effort = adw_combo_row_get_selected (self->effort_row);
  scores.rice_reach = gtk_spin_button_get_value (self->reach_spin);
  scores.rice_impact = index_to_rice_impact (adw_combo_row_get_selected (self->rice_impact_row));
  scores.rice_confidence = gtk_spin_button_get_value_as_int (self->confidence_spin);
  scores.rice_effort = gtk_spin_button_get_value (self->rice_effort_spin);
  scores.moscow = adw_combo_row_get_selected (self->moscow_row);

  /* Below the range the spin buttons show "Not Set", which is exactly -1. */
  if (scores.rice_reach < 0)
    scores.rice_reach = -1;
  if (scores.rice_confidence < 0)
    scores.rice_confidence = -1;
  if (scores.rice_effort < 0)
    scores.rice_effort = -1;

  /* A spin button announces its value again after a refused one is undone. */
  if (same_scores (&scores, &saved))
    return;

  if (!tp_store_set_idea_scores (self->store, self->idea, &scores, &error))
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
      gtk_widget_error_bell (GTK_WIDGET (self));
      show_scores (self);
      return;
    }

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
}

static void
combo_changed_cb (TpScoresGroup *self)
{
  save_scores (self);
}

static void
spin_changed_cb (TpScoresGroup *self)
{
  save_scores (self);
}

static void
clear_clicked_cb (GtkSpinButton *spin)
{
  gtk_spin_button_set_value (spin, -1);
}

static int
spin_input_cb (GtkSpinButton *spin,
               double        *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  char *end = NULL;

  if (trimmed[0] == '\0' || g_str_equal (trimmed, _("Not Set")))
    {
      *value = -1;
      return TRUE;
    }

  *value = g_ascii_strtod (trimmed, &end);
  if (end == trimmed)
    *value = strtod (trimmed, &end);
  if (end == trimmed)
    return GTK_INPUT_ERROR;

  return TRUE;
}

static gboolean
spin_output_cb (GtkSpinButton *spin,
                TpScoresGroup *self)
{
  double value = gtk_spin_button_get_value (spin);
  g_autofree char *text = NULL;

  if (value < 0)
    text = g_strdup (_("Not Set"));
  else if (spin == self->confidence_spin)
    /* Translators: a RICE confidence, e.g. "80 %" */
    text = g_strdup_printf (_("%.0f %%"), value);
  else
    text = g_strdup_printf ("%.*f", gtk_spin_button_get_digits (spin), value);

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

/* For the tests */

GtkWidget *
tp_scores_group_get_editor (TpScoresGroup *self,
                            TpScoresPart   part)
{
  switch (part)
    {
    case TP_SCORES_PART_IMPACT: return GTK_WIDGET (self->impact_row);
    case TP_SCORES_PART_EFFORT: return GTK_WIDGET (self->effort_row);
    case TP_SCORES_PART_RICE_REACH: return GTK_WIDGET (self->reach_spin);
    case TP_SCORES_PART_RICE_IMPACT: return GTK_WIDGET (self->rice_impact_row);
    case TP_SCORES_PART_RICE_CONFIDENCE: return GTK_WIDGET (self->confidence_spin);
    case TP_SCORES_PART_RICE_EFFORT: return GTK_WIDGET (self->rice_effort_spin);
    case TP_SCORES_PART_MOSCOW: return GTK_WIDGET (self->moscow_row);
    default: g_return_val_if_reached (NULL);
    }
}

const char *
tp_scores_group_get_rice_text (TpScoresGroup *self)
{
  return gtk_label_get_text (self->rice_score_label);
}

/* Life cycle */

static void
tp_scores_group_constructed (GObject *object)
{
  TpScoresGroup *self = TP_SCORES_GROUP (object);

  G_OBJECT_CLASS (tp_scores_group_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));
  g_assert (TP_IS_IDEA (self->idea));

  g_signal_connect_object (self->idea, "notify", G_CALLBACK (idea_changed_cb), self, G_CONNECT_SWAPPED);
  show_scores (self);
}

static void
tp_scores_group_dispose (GObject *object)
{
  TpScoresGroup *self = TP_SCORES_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_SCORES_GROUP);

  g_clear_object (&self->idea);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tp_scores_group_parent_class)->dispose (object);
}

static void
tp_scores_group_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TpScoresGroup *self = TP_SCORES_GROUP (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_IDEA:
      g_value_set_object (value, self->idea);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_scores_group_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TpScoresGroup *self = TP_SCORES_GROUP (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_IDEA:
      self->idea = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_scores_group_class_init (TpScoresGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tp_scores_group_constructed;
  object_class->dispose = tp_scores_group_dispose;
  object_class->get_property = tp_scores_group_get_property;
  object_class->set_property = tp_scores_group_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IDEA] =
    g_param_spec_object ("idea", NULL, NULL, TP_TYPE_IDEA,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-scores-group.ui");

  gtk_widget_class_bind_template_child (widget_class, TpScoresGroup, impact_row);
  gtk_widget_class_bind_template_child (widget_class, TpScoresGroup, effort_row);
  gtk_widget_class_bind_template_child (widget_class, TpScoresGroup, reach_spin);
  gtk_widget_class_bind_template_child (widget_class, TpScoresGroup, rice_impact_row);
  gtk_widget_class_bind_template_child (widget_class, TpScoresGroup, confidence_spin);
  gtk_widget_class_bind_template_child (widget_class, TpScoresGroup, rice_effort_spin);
  gtk_widget_class_bind_template_child (widget_class, TpScoresGroup, rice_score_label);
  gtk_widget_class_bind_template_child (widget_class, TpScoresGroup, moscow_row);

  gtk_widget_class_bind_template_callback (widget_class, combo_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_output_cb);
}

static void
tp_scores_group_init (TpScoresGroup *self)
{
  g_autoptr(GtkStringList) moscow = gtk_string_list_new (NULL);

  /* Nothing is saved until the idea is shown. */
  self->showing = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  for (TpMoscow value = TP_MOSCOW_NONE; value <= TP_MOSCOW_WONT; value++)
    gtk_string_list_append (moscow, tp_moscow_get_label (value));
  adw_combo_row_set_model (self->moscow_row, G_LIST_MODEL (moscow));
  self->showing = FALSE;
}
