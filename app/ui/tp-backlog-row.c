/* tp-backlog-row.c — one idea in the prioritised backlog, with its scores and dots
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tp-backlog-row.h"
#include "tp-backlog-row-layout.h"
#include "tp-tag-chip.h"
#include "tp-widget-util.h"


struct _TpBacklogRow
{
  GtkWidget      parent_instance;

  TpStore       *store;
  TpWorkshop    *workshop;
  TpIdea        *idea;
  TpParticipant *voter;
  guint          position;
  gboolean       reorderable;

  GtkDragSource *drag_source;
  GtkDropTarget *drop_target;

  /* What the row shows now, so that showing another idea changes only
   * what differs: a list view rebinds a couple of hundred rows at once. */
  TpTagChips     chips;
  int            verdict;

  /* Template children */
  GtkLabel      *rank_label;
  GtkLabel      *title_label;
  GtkWidget     *meta_box;
  GtkLabel      *quadrant_label;
  GtkLabel      *rice_label;
  GtkLabel      *moscow_label;
  GtkLabel      *verdict_label;
  GtkBox        *vote_box;
  GtkButton     *unvote_button;
  GtkLabel      *dots_label;
  GtkButton     *vote_button;
  GtkLabel      *total_label;
};

G_DEFINE_FINAL_TYPE (TpBacklogRow, tp_backlog_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_WORKSHOP,
  PROP_IDEA,
  PROP_VOTER,
  PROP_POSITION,
  PROP_REORDERABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
tp_backlog_row_new (TpStore    *store,
                    TpWorkshop *workshop)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  return g_object_new (TP_TYPE_BACKLOG_ROW,
                       "store", store,
                       "workshop", workshop,
                       NULL);
}

static void
show_tags (TpBacklogRow *self)
{
  tp_tag_chips_show (&self->chips, self->meta_box, GTK_WIDGET (self->quadrant_label), self->store, self->workshop,
                     self->idea != NULL ? tp_idea_get_tags (self->idea) : NULL);
}

static void
set_optional_label (GtkLabel   *label,
                    const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static char *
describe_impact_effort (const TpScores *scores,
                        TpQuadrant      quadrant)
{
  if (quadrant != TP_QUADRANT_NONE)
    /* Translators: a quadrant, then the impact and effort scores, e.g. "Quick Win · I 4 · E 2" */
    return g_strdup_printf (_("%s · I %u · E %u"), tp_quadrant_get_label (quadrant),
                            scores->impact, scores->effort);
  if (scores->impact > 0)
    return g_strdup_printf (_("Impact %u"), scores->impact);
  if (scores->effort > 0)
    return g_strdup_printf (_("Effort %u"), scores->effort);
  return NULL;
}

static void
show_verdict (TpBacklogRow *self)
{
  static const char * const classes[] = {
    "verdict-not-walked", "verdict-blocked", "verdict-open-frictions",
    "verdict-stale", "verdict-passed",
  };
  TpVerdict verdict = tp_idea_get_verdict (self->idea);

  /* Restyling is what costs; most ideas have not been walked. */
  if ((int)verdict == self->verdict)
    return;
  self->verdict = verdict;

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), classes[i]);
  if (verdict < G_N_ELEMENTS (classes))
    gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), classes[verdict]);
  if (verdict == TP_VERDICT_NOT_WALKED)
    gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "dim-label");

  gtk_label_set_text (self->verdict_label, tp_verdict_get_label (verdict));
}

static void
show_votes (TpBacklogRow *self)
{
  gboolean hidden = tp_workshop_get_hide_votes (self->workshop);
  guint total = self->idea != NULL ? tp_idea_get_votes (self->idea) : 0;
  g_autofree char *total_text = NULL;
  g_autofree char *total_name = NULL;

  /* The tooltip is asked for when shown (see total_query_tooltip_cb):
   * setting one looks up the pointer on the display, for every row. */
  if (hidden)
    {
      gtk_label_set_text (self->total_label, "?");
      total_name = g_strdup (_("Vote total hidden"));
    }
  else
    {
      total_text = g_strdup_printf ("%u", total);
      gtk_label_set_text (self->total_label, total_text);
      total_name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u vote", "%u votes", total), total);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->total_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, total_name,
                                  -1);

  gtk_widget_set_visible (GTK_WIDGET (self->vote_box), self->voter != NULL && self->idea != NULL);
  if (self->voter != NULL && self->idea != NULL)
    {
      guint mine = tp_store_count_votes (self->store, self->idea, self->voter);
      g_autoptr(GString) dots = g_string_new (NULL);
      g_autofree char *dots_name = NULL;

      for (guint i = 0; i < mine; i++)
        g_string_append (dots, "●");
      gtk_label_set_text (self->dots_label, dots->str);

      /* Translators: a participant's name and how many of their dots are on this idea */
      dots_name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u vote on this idea",
                                                "%s: %u votes on this idea", mine),
                                   tp_participant_get_name (self->voter), mine);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->dots_label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, dots_name,
                                      -1);
      gtk_widget_set_sensitive (GTK_WIDGET (self->unvote_button), mine > 0);
    }
}

static gboolean
total_query_tooltip_cb (TpBacklogRow *self,
                        int           x,
                        int           y,
                        gboolean      keyboard,
                        GtkTooltip   *tooltip)
{
  guint total = self->idea != NULL ? tp_idea_get_votes (self->idea) : 0;
  g_autofree char *text = NULL;

  if (tp_workshop_get_hide_votes (self->workshop))
    text = g_strdup (_("Totals are hidden until voting ends"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u vote", "%u votes", total), total);

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
show_idea (TpBacklogRow *self)
{
  TpScores scores;
  g_autofree char *impact_effort = NULL;
  g_autofree char *rice = NULL;
  g_autofree char *summary = NULL;
  double rice_score;

  if (self->idea == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      set_optional_label (self->quadrant_label, NULL);
      set_optional_label (self->rice_label, NULL);
      set_optional_label (self->moscow_label, NULL);
      show_tags (self);
      show_votes (self);
      return;
    }

  gtk_label_set_text (self->title_label, tp_idea_get_title (self->idea));
  show_tags (self);

  tp_idea_get_scores (self->idea, &scores);
  impact_effort = describe_impact_effort (&scores, tp_idea_get_quadrant (self->idea));
  set_optional_label (self->quadrant_label, impact_effort);

  rice_score = tp_idea_get_rice_score (self->idea);
  if (rice_score >= 0 && rice_score == floor (rice_score))
    /* Translators: a RICE score that is a whole number, e.g. "RICE 14400" */
    rice = g_strdup_printf (_("RICE %.0f"), rice_score);
  else if (rice_score >= 0)
    rice = g_strdup_printf (_("RICE %.1f"), rice_score);
  set_optional_label (self->rice_label, rice);

  set_optional_label (self->moscow_label,
                      scores.moscow != TP_MOSCOW_NONE ? tp_moscow_get_label (scores.moscow) : NULL);
  show_verdict (self);
  show_votes (self);

  summary = g_strdup_printf ("%s, %s", tp_idea_get_title (self->idea),
                             tp_verdict_get_label (tp_idea_get_verdict (self->idea)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                  -1);
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL) /* GTK 4.8 leaves a list's item nameless */
    gtk_accessible_update_relation (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, self, NULL, -1);
}

static void
show_position (TpBacklogRow *self)
{
  g_autofree char *text = g_strdup_printf ("%u", self->position + 1);

  gtk_label_set_text (self->rank_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->rank_label), self->reorderable);
}

static void
idea_changed_cb (TpBacklogRow *self,
                 GParamSpec   *pspec,
                 TpIdea       *idea)
{
  show_idea (self);
}

static void
hide_votes_changed_cb (TpBacklogRow *self,
                       GParamSpec   *pspec,
                       TpWorkshop   *workshop)
{
  show_votes (self);
}

/* The buttons activate the view's actions by hand rather than through
 * action-name, which would own their sensitivity: "−" is only useful
 * where the voter has a dot. */
static void
vote_clicked_cb (TpBacklogRow *self)
{
  if (self->idea != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "backlog.vote-for", "x", tp_idea_get_id (self->idea));
}

static void
unvote_clicked_cb (TpBacklogRow *self)
{
  if (self->idea != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "backlog.unvote-for", "x", tp_idea_get_id (self->idea));
}

TpIdea *
tp_backlog_row_get_idea (TpBacklogRow *self)
{
  g_return_val_if_fail (TP_IS_BACKLOG_ROW (self), NULL);

  return self->idea;
}

void
tp_backlog_row_set_idea (TpBacklogRow *self,
                         TpIdea       *idea)
{
  g_return_if_fail (TP_IS_BACKLOG_ROW (self));
  g_return_if_fail (idea == NULL || TP_IS_IDEA (idea));

  if (self->idea == idea)
    return;

  if (self->idea != NULL)
    g_signal_handlers_disconnect_by_func (self->idea, idea_changed_cb, self);
  g_set_object (&self->idea, idea);
  if (idea != NULL)
    g_signal_connect_object (idea, "notify", G_CALLBACK (idea_changed_cb), self, G_CONNECT_SWAPPED);

  /* A row without an idea is one the list has put aside: it shows the
   * next idea it is given, all of it, and nothing in between. */
  if (idea != NULL)
    show_idea (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDEA]);
}

TpParticipant *
tp_backlog_row_get_voter (TpBacklogRow *self)
{
  g_return_val_if_fail (TP_IS_BACKLOG_ROW (self), NULL);

  return self->voter;
}

void
tp_backlog_row_set_voter (TpBacklogRow  *self,
                          TpParticipant *voter)
{
  g_return_if_fail (TP_IS_BACKLOG_ROW (self));
  g_return_if_fail (voter == NULL || TP_IS_PARTICIPANT (voter));

  if (g_set_object (&self->voter, voter))
    {
      show_votes (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTER]);
    }
}

guint
tp_backlog_row_get_position (TpBacklogRow *self)
{
  g_return_val_if_fail (TP_IS_BACKLOG_ROW (self), 0);

  return self->position;
}

void
tp_backlog_row_set_position (TpBacklogRow *self,
                             guint         position)
{
  g_return_if_fail (TP_IS_BACKLOG_ROW (self));

  if (self->position == position)
    return;

  self->position = position;
  show_position (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

gboolean
tp_backlog_row_get_reorderable (TpBacklogRow *self)
{
  g_return_val_if_fail (TP_IS_BACKLOG_ROW (self), FALSE);

  return self->reorderable;
}

void
tp_backlog_row_set_reorderable (TpBacklogRow *self,
                                gboolean      reorderable)
{
  g_return_if_fail (TP_IS_BACKLOG_ROW (self));

  reorderable = !!reorderable;
  if (self->reorderable == reorderable)
    return;

  self->reorderable = reorderable;
  show_position (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REORDERABLE]);
}

/* Dragging to re-rank */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 TpBacklogRow  *self)
{
  if (!self->reorderable || self->idea == NULL)
    return NULL;

  return gdk_content_provider_new_typed (TP_TYPE_IDEA, self->idea);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               TpBacklogRow  *self)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, icon, 24, 24);
}

static void
clear_drop_marks (TpBacklogRow *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-above");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-below");
}

static gboolean
is_below_middle (TpBacklogRow *self,
                 double        y)
{
  return y > gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
}

static GdkDragAction
drop_motion_cb (GtkDropTarget *target,
                double         x,
                double         y,
                TpBacklogRow  *self)
{
  if (!self->reorderable)
    return 0;

  clear_drop_marks (self);
  gtk_widget_add_css_class (GTK_WIDGET (self), is_below_middle (self, y) ? "drop-below" : "drop-above");
  return GDK_ACTION_MOVE;
}

static void
drop_leave_cb (GtkDropTarget *target,
               TpBacklogRow  *self)
{
  clear_drop_marks (self);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         TpBacklogRow  *self)
{
  TpIdea *dropped;

  clear_drop_marks (self);
  if (!self->reorderable || self->idea == NULL || !G_VALUE_HOLDS (value, TP_TYPE_IDEA))
    return FALSE;

  dropped = g_value_get_object (value);
  if (dropped == NULL || dropped == self->idea)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self), "backlog.move-next-to", "(xxb)",
                                     tp_idea_get_id (dropped), tp_idea_get_id (self->idea),
                                     is_below_middle (self, y));
}

static void
set_up_drag_and_drop (TpBacklogRow *self)
{
  self->drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (self->drag_source, GDK_ACTION_MOVE);
  g_signal_connect (self->drag_source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (self->drag_source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drag_source));

  self->drop_target = gtk_drop_target_new (TP_TYPE_IDEA, GDK_ACTION_MOVE);
  g_signal_connect (self->drop_target, "motion", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect (self->drop_target, "leave", G_CALLBACK (drop_leave_cb), self);
  g_signal_connect (self->drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));
}

static void
tp_backlog_row_constructed (GObject *object)
{
  TpBacklogRow *self = TP_BACKLOG_ROW (object);

  G_OBJECT_CLASS (tp_backlog_row_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));
  g_assert (TP_IS_WORKSHOP (self->workshop));

  g_signal_connect_object (self->workshop, "notify::hide-votes",
                           G_CALLBACK (hide_votes_changed_cb), self, G_CONNECT_SWAPPED);
  show_idea (self);
  show_position (self);
}

static void
tp_backlog_row_dispose (GObject *object)
{
  TpBacklogRow *self = TP_BACKLOG_ROW (object);

  if (self->idea != NULL)
    g_signal_handlers_disconnect_by_func (self->idea, idea_changed_cb, self);
  g_clear_object (&self->idea);
  g_clear_object (&self->voter);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_BACKLOG_ROW);
  tp_widget_unparent_children (GTK_WIDGET (self));

  g_clear_object (&self->workshop);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tp_backlog_row_parent_class)->dispose (object);
}

static void
tp_backlog_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TpBacklogRow *self = TP_BACKLOG_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    case PROP_IDEA:
      g_value_set_object (value, self->idea);
      break;

    case PROP_VOTER:
      g_value_set_object (value, self->voter);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_REORDERABLE:
      g_value_set_boolean (value, self->reorderable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_backlog_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TpBacklogRow *self = TP_BACKLOG_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_WORKSHOP:
      self->workshop = g_value_dup_object (value);
      break;

    case PROP_IDEA:
      tp_backlog_row_set_idea (self, g_value_get_object (value));
      break;

    case PROP_VOTER:
      tp_backlog_row_set_voter (self, g_value_get_object (value));
      break;

    case PROP_POSITION:
      tp_backlog_row_set_position (self, g_value_get_uint (value));
      break;

    case PROP_REORDERABLE:
      tp_backlog_row_set_reorderable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_backlog_row_class_init (TpBacklogRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = tp_backlog_row_constructed;
  object_class->dispose = tp_backlog_row_dispose;
  object_class->get_property = tp_backlog_row_get_property;
  object_class->set_property = tp_backlog_row_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL, TP_TYPE_WORKSHOP,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IDEA] =
    g_param_spec_object ("idea", NULL, NULL, TP_TYPE_IDEA, flags);
  properties[PROP_VOTER] =
    g_param_spec_object ("voter", NULL, NULL, TP_TYPE_PARTICIPANT, flags);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_REORDERABLE] =
    g_param_spec_boolean ("reorderable", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TP_TYPE_BACKLOG_ROW_META);
  g_type_ensure (TP_TYPE_BACKLOG_ROW_BODY);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-backlog-row.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "backlogrow");

  gtk_widget_class_bind_template_child (widget_class, TpBacklogRow, rank_label);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogRow, meta_box);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogRow, quadrant_label);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogRow, rice_label);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogRow, moscow_label);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogRow, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogRow, vote_box);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogRow, unvote_button);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogRow, dots_label);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogRow, vote_button);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogRow, total_label);

  gtk_widget_class_bind_template_callback (widget_class, vote_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, unvote_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, total_query_tooltip_cb);
}

static void
tp_backlog_row_init (TpBacklogRow *self)
{
  /* Not a verdict, so that the first idea shown sets one. */
  self->verdict = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 12);
  set_up_drag_and_drop (self);
}
