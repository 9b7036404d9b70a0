/* tp-idea-row.c — one idea in the list: title, tags, author, journey verdict, actions
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tp-idea-row.h"
#include "tp-lazy-tooltip.h"
#include "tp-tag-chip.h"
#include "tp-widget-util.h"

struct _TpIdeaRow
{
  GtkWidget   parent_instance;

  TpStore    *store;
  TpWorkshop *workshop;
  TpIdea     *idea;
  gulong      notify_id;
  gboolean    hide_author;

  /* Made the first time an idea needs them: most ideas have no details,
   * no status and no tags, and the idea list keeps thirty-odd rows. The
   * chips are kept for the next idea the row shows, and each follows the
   * colour and name of its tag. */
  GtkLabel   *details_label;
  GtkBox     *tags_box;
  TpTagChips  chips;
  GtkLabel   *status_label;

  /* Template children */
  GtkBox     *content_box;
  GtkLabel   *title_label;
  GtkBox     *meta_box;
  GtkLabel   *author_label;
  GtkLabel   *verdict_label;
  GtkButton  *edit_button;
  GtkButton  *delete_button;
};

G_DEFINE_FINAL_TYPE (TpIdeaRow, tp_idea_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_WORKSHOP,
  PROP_IDEA,
  PROP_HIDE_AUTHOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

TpIdeaRow *
tp_idea_row_new (TpStore    *store,
                 TpWorkshop *workshop)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  return g_object_new (TP_TYPE_IDEA_ROW,
                       "store", store,
                       "workshop", workshop,
                       NULL);
}

TpIdea *
tp_idea_row_get_idea (TpIdeaRow *self)
{
  g_return_val_if_fail (TP_IS_IDEA_ROW (self), NULL);

  return self->idea;
}

gboolean
tp_idea_row_get_hide_author (TpIdeaRow *self)
{
  g_return_val_if_fail (TP_IS_IDEA_ROW (self), FALSE);

  return self->hide_author;
}

/* Hiding authors is a display choice for the room, separate from
 * anonymous capture, which never records them at all. */
void
tp_idea_row_set_hide_author (TpIdeaRow *self,
                             gboolean   hide_author)
{
  g_return_if_fail (TP_IS_IDEA_ROW (self));

  hide_author = !!hide_author;
  if (self->hide_author == hide_author)
    return;

  self->hide_author = hide_author;
  gtk_widget_set_visible (GTK_WIDGET (self->author_label), !hide_author);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDE_AUTHOR]);
}

GtkWidget *
tp_idea_row_get_author_box (TpIdeaRow *self)
{
  g_return_val_if_fail (TP_IS_IDEA_ROW (self), NULL);

  return GTK_WIDGET (self->author_label);
}

static void
show_tags (TpIdeaRow          *self,
           const char * const *tags)
{
  gboolean any = tags != NULL && tags[0] != NULL;

  if (any && self->tags_box == NULL)
    {
      self->tags_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4));
      gtk_widget_set_valign (GTK_WIDGET (self->tags_box), GTK_ALIGN_CENTER);
      gtk_box_append (self->meta_box, GTK_WIDGET (self->tags_box));
    }
  if (self->tags_box == NULL)
    return;

  tp_tag_chips_show (&self->chips, GTK_WIDGET (self->tags_box), NULL, self->store, self->workshop, tags);
  gtk_widget_set_visible (GTK_WIDGET (self->tags_box), any);
}

static const char * const verdict_classes[] = { "error", "warning", "success" };

void
tp_idea_row_show_verdict (GtkLabel  *pill,
                          TpVerdict  verdict,
                          guint      blocked_at)
{
  g_autofree char *text = NULL;
  g_autofree char *accessible = NULL;
  const char *style = NULL;
  const char *tooltip = NULL;

  g_return_if_fail (GTK_IS_LABEL (pill));

  switch (verdict)
    {
    case TP_VERDICT_BLOCKED:
      if (blocked_at > 0)
        /* Translators: a journey verdict; %u is the step the customer dropped out at */
        text = g_strdup_printf (_("Blocked at step %u"), blocked_at);
      style = "error";
      tooltip = _("A simulated customer dropped out: the journey design has to change");
      break;
    case TP_VERDICT_OPEN_FRICTIONS:
      style = "warning";
      tooltip = _("The walks found frictions nobody has accepted yet");
      break;
    case TP_VERDICT_STALE:
      style = "warning";
      tooltip = _("The journey or a persona changed since the last walk: walk it again");
      break;
    case TP_VERDICT_PASSED:
      style = "success";
      tooltip = _("Every persona got through the journey");
      break;
    case TP_VERDICT_NOT_WALKED:
    default:
      tooltip = _("Nobody has walked this idea’s journey yet");
      break;
    }

  if (text == NULL)
    text = g_strdup (tp_verdict_get_label (verdict));

  gtk_label_set_text (pill, text);
  tp_widget_set_lazy_tooltip (GTK_WIDGET (pill), tooltip);

  for (guint i = 0; i < G_N_ELEMENTS (verdict_classes); i++)
    if (g_strcmp0 (verdict_classes[i], style) != 0)
      gtk_widget_remove_css_class (GTK_WIDGET (pill), verdict_classes[i]);
  if (style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (pill), style);

  /* Translators: what a screen reader says for the verdict, such as "Journey: Stale" */
  accessible = g_strdup_printf (_("Journey: %s"), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (pill),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
show_status (TpIdeaRow *self)
{
  TpIdeaStatus status = tp_idea_get_status (self->idea);
  g_autofree char *accessible = NULL;

  if (status == TP_IDEA_STATUS_NEW)
    {
      if (self->status_label != NULL)
        gtk_widget_set_visible (GTK_WIDGET (self->status_label), FALSE);
      return;
    }

  if (self->status_label == NULL)
    {
      self->status_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_widget_set_valign (GTK_WIDGET (self->status_label), GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "status-chip");
      gtk_box_insert_child_after (self->meta_box, GTK_WIDGET (self->status_label),
                                  GTK_WIDGET (self->author_label));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), TRUE);

  gtk_label_set_text (self->status_label, tp_idea_status_get_label (status));
  /* Translators: what a screen reader says for the idea's status, such as "Status: Parked" */
  accessible = g_strdup_printf (_("Status: %s"), tp_idea_status_get_label (status));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
show_idea (TpIdeaRow *self)
{
  const char *author;
  const char *details;
  g_autofree char *first_line = NULL;

  if (self->idea == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->author_label, "");
      if (self->details_label != NULL)
        gtk_widget_set_visible (GTK_WIDGET (self->details_label), FALSE);
      if (self->status_label != NULL)
        gtk_widget_set_visible (GTK_WIDGET (self->status_label), FALSE);
      show_tags (self, NULL);
      return;
    }

  gtk_label_set_text (self->title_label, tp_idea_get_title (self->idea));
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL) /* GTK 4.8 leaves a list's item nameless */
    gtk_accessible_update_relation (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title_label, NULL, -1);

  details = tp_idea_get_details (self->idea);
  if (details != NULL && details[0] != '\0')
    {
      first_line = g_strdup (details);
      g_strdelimit (first_line, "\r\n", ' ');
      if (self->details_label == NULL)
        {
          self->details_label = GTK_LABEL (gtk_label_new (NULL));
          gtk_label_set_xalign (self->details_label, 0);
          gtk_label_set_ellipsize (self->details_label, PANGO_ELLIPSIZE_END);
          gtk_label_set_single_line_mode (self->details_label, TRUE);
          gtk_widget_add_css_class (GTK_WIDGET (self->details_label), "dim-label");
          gtk_box_insert_child_after (self->content_box, GTK_WIDGET (self->details_label),
                                      GTK_WIDGET (self->title_label));
        }
      gtk_label_set_text (self->details_label, first_line);
    }
  if (self->details_label != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->details_label), first_line != NULL);

  author = tp_idea_get_author (self->idea);
  gtk_label_set_text (self->author_label,
                      author != NULL && author[0] != '\0' ? author : _("Anonymous"));

  show_tags (self, tp_idea_get_tags (self->idea));
  show_status (self);
  tp_idea_row_show_verdict (self->verdict_label,
                            tp_idea_get_verdict (self->idea),
                            tp_idea_get_blocked_at (self->idea));
}

static void
idea_changed_cb (TpIdeaRow  *self,
                 GParamSpec *pspec,
                 TpIdea     *idea)
{
  show_idea (self);
}

static void
point_button_at_idea (GtkButton  *button,
                      const char *action_name,
                      TpIdea     *idea)
{
  /* The target goes first, so the action never meets a missing parameter. */
  if (idea != NULL)
    {
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new_int64 (tp_idea_get_id (idea)));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
    }
  else
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), NULL);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), NULL);
    }
}

void
tp_idea_row_set_idea (TpIdeaRow *self,
                      TpIdea    *idea)
{
  g_return_if_fail (TP_IS_IDEA_ROW (self));
  g_return_if_fail (idea == NULL || TP_IS_IDEA (idea));

  if (self->idea == idea)
    return;

  if (self->idea != NULL)
    g_clear_signal_handler (&self->notify_id, self->idea);
  g_set_object (&self->idea, idea);
  if (idea != NULL)
    self->notify_id = g_signal_connect_object (idea, "notify",
                                               G_CALLBACK (idea_changed_cb), self,
                                               G_CONNECT_SWAPPED);

  point_button_at_idea (self->edit_button, "win.edit-idea", idea);
  point_button_at_idea (self->delete_button, "win.delete-idea", idea);
  show_idea (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDEA]);
}

/* Layout: a row of the title and details, which take what space the
 * verdict and the buttons leave, then those. GtkBoxLayout would also ask
 * each child how wide it must be at the row's height, and a wrapping
 * label answers that by laying its text out again at width after width,
 * which was most of the cost of measuring a list of ideas; no child
 * here is any narrower for being taller, so only widths are asked. */

#define ROW_SPACING 6

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/* Fills @sizes, which has room for every child, with the widths of
 * those that are laid out. */
static guint
measure_child_widths (GtkWidget        *widget,
                      GtkRequestedSize *sizes)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;

      sizes[n].data = child;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1,
                          &sizes[n].minimum_size, &sizes[n].natural_size,
                          NULL, NULL);
      n++;
    }

  return n;
}

/* As GtkBoxLayout does: every child up towards its natural width, then
 * what is left to the ones that expand. Leaves the widths in minimum_size. */
static void
distribute_width (GtkRequestedSize *sizes,
                  guint             n,
                  int               width)
{
  int extra = width - (int)(n - 1) * ROW_SPACING;
  guint n_expand = 0;

  for (guint i = 0; i < n; i++)
    {
      extra -= sizes[i].minimum_size;
      if (gtk_widget_compute_expand (sizes[i].data, GTK_ORIENTATION_HORIZONTAL))
        n_expand++;
    }

  extra = gtk_distribute_natural_allocation (MAX (extra, 0), n, sizes);

  for (guint i = 0; i < n && n_expand > 0; i++)
    {
      if (gtk_widget_compute_expand (sizes[i].data, GTK_ORIENTATION_HORIZONTAL))
        {
          int share = extra / (int)n_expand;

          sizes[i].minimum_size += share;
          extra -= share;
          n_expand--;
        }
    }
}

static GtkSizeRequestMode
tp_idea_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
tp_idea_row_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  GtkRequestedSize *sizes = g_newa (GtkRequestedSize, count_children (widget));
  guint n = measure_child_widths (widget, sizes);

  *minimum = *natural = 0;
  if (n == 0)
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      for (guint i = 0; i < n; i++)
        {
          *minimum += sizes[i].minimum_size;
          *natural += sizes[i].natural_size;
        }
      *minimum += (int)(n - 1) * ROW_SPACING;
      *natural += (int)(n - 1) * ROW_SPACING;
      return;
    }

  if (for_size >= 0)
    distribute_width (sizes, n, for_size);

  for (guint i = 0; i < n; i++)
    {
      int child_min, child_nat;

      gtk_widget_measure (sizes[i].data, GTK_ORIENTATION_VERTICAL,
                          for_size >= 0 ? sizes[i].minimum_size : -1,
                          &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

static void
tp_idea_row_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  GtkRequestedSize *sizes = g_newa (GtkRequestedSize, count_children (widget));
  guint n = measure_child_widths (widget, sizes);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int x = 0;

  distribute_width (sizes, n, width);

  for (guint i = 0; i < n; i++)
    {
      int child_width = sizes[i].minimum_size;

      gtk_widget_size_allocate (sizes[i].data,
                                &(GtkAllocation) { rtl ? width - x - child_width : x, 0, child_width, height },
                                -1);
      x += child_width + ROW_SPACING;
    }
}

static void
tp_idea_row_constructed (GObject *object)
{
  TpIdeaRow *self = TP_IDEA_ROW (object);

  G_OBJECT_CLASS (tp_idea_row_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));
  g_assert (TP_IS_WORKSHOP (self->workshop));
}

static void
tp_idea_row_dispose (GObject *object)
{
  TpIdeaRow *self = TP_IDEA_ROW (object);

  if (self->idea != NULL)
    g_clear_signal_handler (&self->notify_id, self->idea);
  g_clear_object (&self->idea);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_IDEA_ROW);
  tp_widget_unparent_children (GTK_WIDGET (self));

  g_clear_object (&self->workshop);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tp_idea_row_parent_class)->dispose (object);
}

static void
tp_idea_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TpIdeaRow *self = TP_IDEA_ROW (object);

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

    case PROP_HIDE_AUTHOR:
      g_value_set_boolean (value, self->hide_author);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_idea_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TpIdeaRow *self = TP_IDEA_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_WORKSHOP:
      self->workshop = g_value_dup_object (value);
      break;

    case PROP_IDEA:
      tp_idea_row_set_idea (self, g_value_get_object (value));
      break;

    case PROP_HIDE_AUTHOR:
      tp_idea_row_set_hide_author (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_idea_row_class_init (TpIdeaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tp_idea_row_constructed;
  object_class->dispose = tp_idea_row_dispose;
  object_class->get_property = tp_idea_row_get_property;
  object_class->set_property = tp_idea_row_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TP_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL,
                         TP_TYPE_WORKSHOP,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_IDEA] =
    g_param_spec_object ("idea", NULL, NULL,
                         TP_TYPE_IDEA,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HIDE_AUTHOR] =
    g_param_spec_boolean ("hide-author", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->get_request_mode = tp_idea_row_get_request_mode;
  widget_class->measure = tp_idea_row_measure;
  widget_class->size_allocate = tp_idea_row_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-idea-row.ui");
  gtk_widget_class_set_css_name (widget_class, "idearow");

  gtk_widget_class_bind_template_child (widget_class, TpIdeaRow, content_box);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaRow, meta_box);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaRow, author_label);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaRow, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaRow, delete_button);
}

static void
tp_idea_row_init (TpIdeaRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  tp_widget_set_lazy_tooltip (GTK_WIDGET (self->edit_button), _("Edit Idea"));
  tp_widget_set_lazy_tooltip (GTK_WIDGET (self->delete_button), _("Delete Idea"));
}
