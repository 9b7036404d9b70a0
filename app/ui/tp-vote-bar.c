/* tp-vote-bar.c — dot voting: who votes, how many dots they have left, hidden totals
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tp-vote-bar-private.h"
#include "tp-widget-util.h"

struct _TpVoteBar
{
  GtkWidget      parent_instance;

  TpStore       *store;
  TpWorkshop    *workshop;
  TpParticipant *voter;
  GListModel    *participants;

  /* Template children */
  GtkWidget     *voter_box;
  GtkWidget     *hide_box;
  GtkDropDown   *voter_dropdown;
  GtkMenuButton *add_button;
  GtkEditable   *name_entry;
  GtkSpinButton *budget_spin;
  GtkLabel      *add_error_label;
  GtkLabel      *votes_left_label;
  GtkSwitch     *hide_switch;
};

G_DEFINE_FINAL_TYPE (TpVoteBar, tp_vote_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_WORKSHOP,
  PROP_VOTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Between the three parts, across and down. */
#define SPACING 12

typedef enum
{
  ONE_ROW,      /* voter, votes left, switch */
  TWO_ROWS,     /* voter and switch; the votes left below */
  THREE_ROWS,   /* each part on a row of its own */
} Rows;

typedef struct
{
  GtkWidget     *widget;
  GtkAllocation  area;
} Part;

GtkWidget *
tp_vote_bar_new (TpStore    *store,
                 TpWorkshop *workshop)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  return g_object_new (TP_TYPE_VOTE_BAR,
                       "store", store,
                       "workshop", workshop,
                       NULL);
}

static void
show_votes_left (TpVoteBar *self)
{
  g_autofree char *text = NULL;
  GtkWidget *label = GTK_WIDGET (self->votes_left_label);

  if (self->voter == NULL)
    {
      gtk_label_set_text (self->votes_left_label, _("Add a participant to start voting"));
      gtk_widget_remove_css_class (label, "votes-left");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_remove_css_class (label, "spent");
      return;
    }

  /* Translators: dots a participant still has, e.g. "2 of 3 votes left" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u vote left", "%u of %u votes left",
                                       tp_participant_get_budget (self->voter)),
                          tp_participant_get_left (self->voter),
                          tp_participant_get_budget (self->voter));
  gtk_label_set_text (self->votes_left_label, text);
  gtk_widget_add_css_class (label, "votes-left");
  gtk_widget_remove_css_class (label, "dim-label");
  if (tp_participant_get_left (self->voter) == 0)
    gtk_widget_add_css_class (label, "spent");
  else
    gtk_widget_remove_css_class (label, "spent");
}

static void
voter_changed_cb (TpVoteBar     *self,
                  GParamSpec    *pspec,
                  TpParticipant *voter)
{
  show_votes_left (self);
}

TpParticipant *
tp_vote_bar_get_voter (TpVoteBar *self)
{
  g_return_val_if_fail (TP_IS_VOTE_BAR (self), NULL);

  return self->voter;
}

void
tp_vote_bar_set_voter (TpVoteBar     *self,
                       TpParticipant *voter)
{
  guint n;

  g_return_if_fail (TP_IS_VOTE_BAR (self));
  g_return_if_fail (voter == NULL || TP_IS_PARTICIPANT (voter));

  if (self->voter == voter)
    return;

  if (self->voter != NULL)
    g_signal_handlers_disconnect_by_func (self->voter, voter_changed_cb, self);
  g_set_object (&self->voter, voter);
  if (voter != NULL)
    g_signal_connect_object (voter, "notify", G_CALLBACK (voter_changed_cb), self, G_CONNECT_SWAPPED);

  n = g_list_model_get_n_items (self->participants);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpParticipant) item = g_list_model_get_item (self->participants, i);

      if (item == voter && gtk_drop_down_get_selected (self->voter_dropdown) != i)
        gtk_drop_down_set_selected (self->voter_dropdown, i);
    }

  show_votes_left (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTER]);
}

static void
voter_selected_cb (TpVoteBar   *self,
                   GParamSpec  *pspec,
                   GtkDropDown *dropdown)
{
  tp_vote_bar_set_voter (self, gtk_drop_down_get_selected_item (dropdown));
}

static void
participants_changed_cb (TpVoteBar *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->voter_dropdown),
                            g_list_model_get_n_items (self->participants) > 0);
}

static void
hide_votes_changed_cb (TpVoteBar  *self,
                       GParamSpec *pspec,
                       TpWorkshop *workshop)
{
  gboolean hidden = tp_workshop_get_hide_votes (workshop);

  if (gtk_switch_get_active (self->hide_switch) != hidden)
    gtk_switch_set_active (self->hide_switch, hidden);
}

static void
hide_switch_changed_cb (TpVoteBar *self)
{
  g_autoptr(GError) error = NULL;
  gboolean hide = gtk_switch_get_active (self->hide_switch);

  if (self->workshop == NULL || tp_workshop_get_hide_votes (self->workshop) == hide)
    return;

  if (!tp_store_set_workshop_hide_votes (self->store, self->workshop, hide, &error))
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->hide_switch), error->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
      gtk_switch_set_active (self->hide_switch, !hide);
    }
}

static gboolean
add_participant (TpVoteBar  *self,
                 const char *name,
                 guint       budget)
{
  g_autoptr(GError) error = NULL;
  TpParticipant *participant;

  participant = tp_store_add_participant (self->store, self->workshop, name, budget, &error);
  if (participant == NULL)
    {
      gtk_label_set_text (self->add_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->add_error_label), TRUE);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->add_error_label), FALSE);
  gtk_editable_set_text (self->name_entry, "");
  gtk_spin_button_set_value (self->budget_spin, TP_PARTICIPANT_DEFAULT_BUDGET);
  gtk_menu_button_popdown (self->add_button);
  tp_vote_bar_set_voter (self, participant);
  return TRUE;
}

static void
add_participant_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TpVoteBar *self = TP_VOTE_BAR (widget);

  gtk_spin_button_update (self->budget_spin);
  add_participant (self, gtk_editable_get_text (self->name_entry),
                   (guint)gtk_spin_button_get_value_as_int (self->budget_spin));
}

/* For the tests */

const char *
tp_vote_bar_get_votes_left_text (TpVoteBar *self)
{
  return gtk_label_get_text (self->votes_left_label);
}

GtkWidget *
tp_vote_bar_get_hide_switch (TpVoteBar *self)
{
  return GTK_WIDGET (self->hide_switch);
}

gboolean
tp_vote_bar_add_participant (TpVoteBar  *self,
                             const char *name,
                             guint       budget)
{
  gtk_editable_set_text (self->name_entry, name);
  gtk_spin_button_set_value (self->budget_spin, budget);

  return gtk_widget_activate_action (GTK_WIDGET (self), "votebar.add-participant", NULL) &&
         self->voter != NULL &&
         g_strcmp0 (tp_participant_get_name (self->voter), name) == 0;
}

/* Life cycle */

static void
tp_vote_bar_constructed (GObject *object)
{
  TpVoteBar *self = TP_VOTE_BAR (object);
  g_autoptr(GtkExpression) name = NULL;

  G_OBJECT_CLASS (tp_vote_bar_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));
  g_assert (TP_IS_WORKSHOP (self->workshop));

  self->participants = g_object_ref (tp_store_get_participants (self->store, self->workshop));
  name = gtk_property_expression_new (TP_TYPE_PARTICIPANT, NULL, "name");
  gtk_drop_down_set_expression (self->voter_dropdown, name);
  gtk_drop_down_set_model (self->voter_dropdown, self->participants);
  g_signal_connect_object (self->voter_dropdown, "notify::selected-item",
                           G_CALLBACK (voter_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->participants, "items-changed",
                           G_CALLBACK (participants_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->workshop, "notify::hide-votes",
                           G_CALLBACK (hide_votes_changed_cb), self, G_CONNECT_SWAPPED);
  hide_votes_changed_cb (self, NULL, self->workshop);

  participants_changed_cb (self);
  tp_vote_bar_set_voter (self, gtk_drop_down_get_selected_item (self->voter_dropdown));
  show_votes_left (self);
}

/* Layout */

static void
measure_width (GtkWidget *widget,
               int       *minimum,
               int       *natural)
{
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, minimum, natural, NULL, NULL);
}

static int
measure_height (GtkWidget *widget,
                int        width)
{
  int minimum, natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  return natural;
}

/* Places the voter, the votes left and the switch, in that order, for
 * @width; returns the height they take. */
static int
place_parts (TpVoteBar *self,
             int        width,
             Part       parts[3])
{
  GtkWidget *voter = self->voter_box, *left = GTK_WIDGET (self->votes_left_label), *hide = self->hide_box;
  int voter_min, voter_nat, left_min, left_nat, hide_min, hide_nat;
  int row_height, y = 0;
  Rows rows;

  measure_width (voter, &voter_min, &voter_nat);
  measure_width (left, &left_min, &left_nat);
  measure_width (hide, &hide_min, &hide_nat);

  if (voter_nat + left_nat + hide_nat + 2 * SPACING <= width)
    rows = ONE_ROW;
  else if (voter_min + hide_min + SPACING <= width)
    rows = TWO_ROWS;
  else
    rows = THREE_ROWS;

  parts[0].widget = voter;
  parts[1].widget = left;
  parts[2].widget = hide;

  switch (rows)
    {
    case ONE_ROW:
      parts[0].area = (GtkAllocation) { 0, 0, voter_nat, 0 };
      parts[2].area = (GtkAllocation) { width - hide_nat, 0, hide_nat, 0 };
      parts[1].area = (GtkAllocation) { voter_nat + SPACING, 0, width - voter_nat - hide_nat - 2 * SPACING, 0 };
      row_height = 0;
      for (guint i = 0; i < 3; i++)
        row_height = MAX (row_height, measure_height (parts[i].widget, parts[i].area.width));
      for (guint i = 0; i < 3; i++)
        parts[i].area.height = row_height;
      return row_height;

    case TWO_ROWS:
      {
        int voter_width = MIN (voter_nat, width - hide_min - SPACING);
        int hide_width = width - voter_width - SPACING;

        parts[0].area = (GtkAllocation) { 0, 0, voter_width, 0 };
        parts[2].area = (GtkAllocation) { voter_width + SPACING, 0, hide_width, 0 };
        row_height = MAX (measure_height (voter, voter_width), measure_height (hide, hide_width));
        parts[0].area.height = parts[2].area.height = row_height;
        parts[1].area = (GtkAllocation) { 0, row_height + SPACING, width, measure_height (left, width) };
        return parts[1].area.y + parts[1].area.height;
      }

    case THREE_ROWS:
    default:
      for (guint i = 0; i < 3; i++)
        {
          /* The votes left, the reason for the bar, come first. */
          Part *part = &parts[(i + 1) % 3];
          int part_width = MAX (width, 0);

          part->area = (GtkAllocation) { 0, y, part_width, measure_height (part->widget, part_width) };
          y += part->area.height + SPACING;
        }
      return y - SPACING;
    }
}

static GtkSizeRequestMode
get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
measure (GtkWidget      *widget,
         GtkOrientation  orientation,
         int             for_size,
         int            *minimum,
         int            *natural,
         int            *minimum_baseline,
         int            *natural_baseline)
{
  TpVoteBar *self = TP_VOTE_BAR (widget);
  GtkWidget *children[] = { self->voter_box, GTK_WIDGET (self->votes_left_label), self->hide_box };

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = 0;
      for (guint i = 0; i < G_N_ELEMENTS (children); i++)
        {
          int child_min, child_nat;

          measure_width (children[i], &child_min, &child_nat);
          *minimum = MAX (*minimum, child_min);
          *natural += child_nat + (i > 0 ? SPACING : 0);
        }
    }
  else
    {
      Part parts[3];
      int min_width, nat_width;

      /* Without a width, the height at the narrowest is the most needed. */
      measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width, NULL, NULL);
      *minimum = *natural = place_parts (self, for_size < 0 ? min_width : for_size, parts);
    }
}

static void
allocate (GtkWidget *widget,
          int        width,
          int        height,
          int        baseline)
{
  TpVoteBar *self = TP_VOTE_BAR (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  Part parts[3];
  int used = place_parts (self, width, parts);
  int top = MAX (0, (height - used) / 2);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      GtkAllocation area = parts[i].area;

      area.y += top;
      if (rtl)
        area.x = width - area.x - area.width;
      gtk_widget_size_allocate (parts[i].widget, &area, -1);
    }
}

static void
tp_vote_bar_dispose (GObject *object)
{
  TpVoteBar *self = TP_VOTE_BAR (object);

  if (self->voter != NULL)
    g_signal_handlers_disconnect_by_func (self->voter, voter_changed_cb, self);
  g_clear_object (&self->voter);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_VOTE_BAR);
  tp_widget_unparent_children (GTK_WIDGET (self));

  g_clear_object (&self->participants);
  g_clear_object (&self->workshop);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tp_vote_bar_parent_class)->dispose (object);
}

static void
tp_vote_bar_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TpVoteBar *self = TP_VOTE_BAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    case PROP_VOTER:
      g_value_set_object (value, self->voter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_vote_bar_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TpVoteBar *self = TP_VOTE_BAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_WORKSHOP:
      self->workshop = g_value_dup_object (value);
      break;

    case PROP_VOTER:
      tp_vote_bar_set_voter (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_vote_bar_class_init (TpVoteBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tp_vote_bar_constructed;
  object_class->dispose = tp_vote_bar_dispose;
  object_class->get_property = tp_vote_bar_get_property;
  object_class->set_property = tp_vote_bar_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL, TP_TYPE_WORKSHOP,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VOTER] =
    g_param_spec_object ("voter", NULL, NULL, TP_TYPE_PARTICIPANT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-vote-bar.ui");
  gtk_widget_class_set_css_name (widget_class, "votebar");

  gtk_widget_class_bind_template_child (widget_class, TpVoteBar, voter_box);
  gtk_widget_class_bind_template_child (widget_class, TpVoteBar, hide_box);
  gtk_widget_class_bind_template_child (widget_class, TpVoteBar, voter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TpVoteBar, add_button);
  gtk_widget_class_bind_template_child (widget_class, TpVoteBar, name_entry);
  gtk_widget_class_bind_template_child (widget_class, TpVoteBar, budget_spin);
  gtk_widget_class_bind_template_child (widget_class, TpVoteBar, add_error_label);
  gtk_widget_class_bind_template_child (widget_class, TpVoteBar, votes_left_label);
  gtk_widget_class_bind_template_child (widget_class, TpVoteBar, hide_switch);

  gtk_widget_class_bind_template_callback (widget_class, hide_switch_changed_cb);

  gtk_widget_class_install_action (widget_class, "votebar.add-participant", NULL, add_participant_action);
}

static void
tp_vote_bar_init (TpVoteBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GTK 4.8 leaves the button that opens a drop-down nameless. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (gtk_widget_get_first_child (GTK_WIDGET (self->voter_dropdown))),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->voter_dropdown, NULL, -1);

  gtk_widget_set_layout_manager (GTK_WIDGET (self), gtk_custom_layout_new (get_request_mode, measure, allocate));
}
