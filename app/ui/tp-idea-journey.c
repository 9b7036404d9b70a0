/* tp-idea-journey.c — an idea's customer journey at a glance, its walks and its status
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tp-emotion-chart.h"
#include "tp-idea-journey.h"
#include "tp-idea-journey-private.h"
#include "tp-idea-row.h"
#include "tp-journey-editor.h"
#include "tp-persona-editor.h"
#include "tp-walkthrough.h"

/* The order the status choices are offered in: parked sits beside the
 * ones that move forward, and done comes last, behind the gate. */
static const TpIdeaStatus status_order[] = {
  TP_IDEA_STATUS_NEW,
  TP_IDEA_STATUS_SHORTLISTED,
  TP_IDEA_STATUS_IN_PROGRESS,
  TP_IDEA_STATUS_PARKED,
  TP_IDEA_STATUS_DONE,
};

#define N_STATUSES (TP_IDEA_STATUS_PARKED + 1)

#define MINI_CHART_WIDTH 180

struct _TpIdeaJourney
{
  GtkWidget            parent_instance;

  TpStore             *store;
  TpIdea              *idea;
  GPtrArray           *personas;       /* TpPersona, as shown */
  GPtrArray           *persona_rows;   /* AdwActionRow, one per persona */
  GtkWidget           *status_buttons[N_STATUSES];
  gboolean             showing_status;
  gboolean             refreshing;
  gboolean             refresh_again;

  /* Template children */
  AdwPreferencesGroup *journey_group;
  GtkLabel            *verdict_label;
  GtkRevealer         *message_revealer;
  GtkLabel            *message_label;
  AdwPreferencesGroup *status_group;
  GtkWidget           *gate_box;
  GtkLabel            *gate_label;
  GtkWidget           *start_button;
};

G_DEFINE_FINAL_TYPE (TpIdeaJourney, tp_idea_journey, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_IDEA,
  N_PROPS
};

enum {
  WALK_RECORDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
tp_idea_journey_new (TpStore *store,
                     TpIdea  *idea)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_IDEA (idea), NULL);

  return g_object_new (TP_TYPE_IDEA_JOURNEY,
                       "store", store,
                       "idea", idea,
                       NULL);
}

TpIdea *
tp_idea_journey_get_idea (TpIdeaJourney *self)
{
  g_return_val_if_fail (TP_IS_IDEA_JOURNEY (self), NULL);

  return self->idea;
}

static void
show_message (TpIdeaJourney *self,
              const char    *message)
{
  if (message != NULL)
    gtk_label_set_text (self->message_label, message);
  gtk_revealer_set_reveal_child (self->message_revealer, message != NULL);
}

/* Personas */

static char *
describe_persona_verdict (TpVerdict verdict,
                          guint     dropped_at,
                          guint     open_frictions)
{
  switch (verdict)
    {
    case TP_VERDICT_BLOCKED:
      return g_strdup_printf (_("Dropped out at step %u"), dropped_at);
    case TP_VERDICT_OPEN_FRICTIONS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u friction to review",
                                           "%u frictions to review",
                                           open_frictions),
                              open_frictions);
    case TP_VERDICT_STALE:
      return g_strdup (_("Stale: the journey or the persona changed since the walk"));
    case TP_VERDICT_PASSED:
      return g_strdup (_("Passed"));
    case TP_VERDICT_NOT_WALKED:
    default:
      return g_strdup (_("Not walked yet"));
    }
}

static GtkWidget *
create_persona_button (const char *label,
                       const char *icon_name,
                       const char *tooltip,
                       const char *action_name,
                       guint       index)
{
  GtkWidget *button = gtk_button_new ();

  if (label != NULL)
    {
      gtk_button_set_label (GTK_BUTTON (button), label);
      gtk_button_set_use_underline (GTK_BUTTON (button), TRUE);
    }
  else
    {
      gtk_button_set_icon_name (GTK_BUTTON (button), icon_name);
      gtk_widget_add_css_class (button, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                      -1);
    }
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_uint32 (index));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);

  return button;
}

static GtkWidget *
create_persona_row (TpIdeaJourney *self,
                    TpPersona     *persona,
                    guint          index,
                    guint          n_steps)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpWalk) walk = NULL;
  g_autofree char *status = NULL;
  guint dropped_at = 0, open_frictions = 0;
  TpVerdict verdict;
  GtkWidget *row;

  verdict = tp_store_get_persona_verdict (self->store, self->idea, persona,
                                          &dropped_at, &open_frictions, &error);
  if (error == NULL)
    walk = tp_store_get_latest_walk (self->store, self->idea, persona, &error);
  if (error != NULL)
    status = g_strdup (error->message);
  else
    status = describe_persona_verdict (verdict, dropped_at, open_frictions);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tp_persona_get_name (persona));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), status);
  gtk_widget_add_css_class (row, "persona-walk-row");

  if (walk != NULL)
    {
      GtkWidget *chart = tp_emotion_chart_new ();
      GtkWidget *clamp = adw_clamp_new ();
      GArray *emotion = tp_walk_result_get_emotion (tp_walk_get_result (walk));

      tp_emotion_chart_set_emotion (TP_EMOTION_CHART (chart), emotion);
      tp_emotion_chart_set_n_steps (TP_EMOTION_CHART (chart), MAX (n_steps, emotion->len));
      gtk_widget_add_css_class (chart, "mini-chart");

      /* The persona's name and verdict need the room more than the curve. */
      adw_clamp_set_maximum_size (ADW_CLAMP (clamp), MINI_CHART_WIDTH);
      adw_clamp_set_child (ADW_CLAMP (clamp), chart);
      gtk_widget_set_valign (clamp, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), clamp);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 create_persona_button (NULL, "view-reveal-symbolic",
                                                        _("Review the Latest Walk"),
                                                        "journey.review", index));
    }

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             create_persona_button (walk != NULL ? _("Walk _Again") : _("_Walk"),
                                                    NULL,
                                                    _("Walk the journey as this persona"),
                                                    "journey.walk", index));

  return row;
}

static guint
count_steps (TpIdeaJourney *self)
{
  g_autoptr(GListStore) journey = tp_store_get_journey (self->store, self->idea, NULL);

  return journey != NULL ? g_list_model_get_n_items (G_LIST_MODEL (journey)) : 0;
}

static void
show_personas (TpIdeaJourney *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) personas = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  guint focused = G_MAXUINT;
  guint n_steps;

  for (guint i = 0; i < self->persona_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->persona_rows, i);

      if (focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row)))
        focused = i;
      adw_preferences_group_remove (self->journey_group, row);
    }
  g_ptr_array_set_size (self->persona_rows, 0);
  g_ptr_array_set_size (self->personas, 0);

  personas = tp_store_get_idea_personas (self->store, self->idea, &error);
  if (personas == NULL)
    {
      show_message (self, error->message);
      return;
    }

  n_steps = count_steps (self);
  for (guint i = 0; i < personas->len; i++)
    {
      TpPersona *persona = g_ptr_array_index (personas, i);
      GtkWidget *row = create_persona_row (self, persona, i, n_steps);

      g_ptr_array_add (self->personas, g_object_ref (persona));
      g_ptr_array_add (self->persona_rows, row);
      adw_preferences_group_add (self->journey_group, row);

      /* Coming back from a walk, the keyboard is where it was. */
      if (i == focused)
        gtk_widget_grab_focus (row);
    }
}

/* Status and the done gate */

static void
show_status (TpIdeaJourney *self)
{
  TpIdeaStatus status = tp_idea_get_status (self->idea);

  self->showing_status = TRUE;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->status_buttons[status]), TRUE);
  self->showing_status = FALSE;
}

static TpPersona *
find_first_not_passed (TpIdeaJourney *self)
{
  for (guint i = 0; i < self->personas->len; i++)
    {
      TpPersona *persona = g_ptr_array_index (self->personas, i);

      if (tp_store_get_persona_verdict (self->store, self->idea, persona,
                                        NULL, NULL, NULL) != TP_VERDICT_PASSED)
        return persona;
    }

  return NULL;
}

static void
show_gate (TpIdeaJourney *self)
{
  g_autoptr(GError) error = NULL;
  gboolean open = tp_store_check_done_gate (self->store, self->idea, &error);
  GtkWidget *done = self->status_buttons[TP_IDEA_STATUS_DONE];
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  gtk_widget_set_sensitive (gtk_widget_get_ancestor (done, ADW_TYPE_ACTION_ROW), open);
  /* GTK 4.8 tells screen readers the check in a greyed-out row is
   * enabled: grey it out too, and let it say why, in the gate's words. */
  gtk_widget_set_sensitive (done, open);
  gtk_widget_set_visible (self->gate_box, !open);
  if (open)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      /* The keyboard was on Start Walkthrough, which goes with the gate:
       * what it walked towards is next. */
      if (focus != NULL && gtk_widget_is_ancestor (focus, self->gate_box))
        gtk_widget_grab_focus (done);
      return;
    }

  gtk_label_set_text (self->gate_label, error->message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (done),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message,
                                  -1);
  gtk_widget_set_visible (self->start_button, find_first_not_passed (self) != NULL);
}

void
tp_idea_journey_refresh (TpIdeaJourney *self)
{
  g_return_if_fail (TP_IS_IDEA_JOURNEY (self));

  /* A window opened from here can close after this section went. */
  if (self->persona_rows == NULL)
    return;

  /* Reading walks and designs can bring the idea object up to date,
   * which notifies and lands here again halfway through. */
  if (self->refreshing)
    {
      self->refresh_again = TRUE;
      return;
    }

  self->refreshing = TRUE;
  do
    {
      self->refresh_again = FALSE;
      tp_idea_row_show_verdict (self->verdict_label,
                                tp_idea_get_verdict (self->idea),
                                tp_idea_get_blocked_at (self->idea));
      show_personas (self);
      show_status (self);
      show_gate (self);
    }
  while (self->refresh_again);
  self->refreshing = FALSE;
}

static void
status_toggled_cb (TpIdeaJourney  *self,
                   GtkCheckButton *button)
{
  g_autoptr(GError) error = NULL;
  TpIdeaStatus status;

  if (self->showing_status || !gtk_check_button_get_active (button))
    return;

  status = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "tp-status"));
  if (!tp_store_set_idea_status (self->store, self->idea, status, &error))
    {
      show_message (self, error->message);
      show_status (self);
      return;
    }

  show_message (self, NULL);
}

static void
create_status_rows (TpIdeaJourney *self)
{
  GtkCheckButton *group = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (status_order); i++)
    {
      TpIdeaStatus status = status_order[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      group = GTK_CHECK_BUTTON (check);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (check), "tp-status", GUINT_TO_POINTER (status));
      g_signal_connect_object (check, "toggled",
                               G_CALLBACK (status_toggled_cb), self,
                               G_CONNECT_SWAPPED);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tp_idea_status_get_label (status));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      if (status == TP_IDEA_STATUS_DONE)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                     _("Only when every persona got through the journey"));
      adw_preferences_group_add (self->status_group, row);

      self->status_buttons[status] = check;
    }
}

/* Windows opened from here */

static void
child_window_closed_cb (TpIdeaJourney *self,
                        GtkWidget     *window)
{
  tp_idea_journey_refresh (self);
}

static void
present_window (TpIdeaJourney *self,
                GtkWidget     *window,
                GtkWidget     *parent)
{
  if (parent == NULL)
    parent = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  if (GTK_IS_WINDOW (parent))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (parent));

  g_signal_connect_object (window, "destroy",
                           G_CALLBACK (child_window_closed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

static void
edit_journey_requested_cb (TpIdeaJourney *self,
                           TpWalkthrough *walkthrough)
{
  present_window (self, tp_journey_editor_new (self->store, self->idea), GTK_WIDGET (walkthrough));
}

static void
walk_recorded_cb (TpIdeaJourney *self,
                  TpWalk        *walk,
                  TpWalkthrough *walkthrough)
{
  tp_idea_journey_refresh (self);
  g_signal_emit (self, signals[WALK_RECORDED], 0, walk);
}

static void
open_walkthrough (TpIdeaJourney *self,
                  TpPersona     *persona,
                  TpWalk        *walk)
{
  GtkWidget *walkthrough;

  if (walk != NULL)
    walkthrough = tp_walkthrough_new_for_walk (self->store, self->idea, persona, walk);
  else
    walkthrough = tp_walkthrough_new (self->store, self->idea, persona);

  g_signal_connect_object (walkthrough, "edit-journey-requested",
                           G_CALLBACK (edit_journey_requested_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (walkthrough, "walk-recorded",
                           G_CALLBACK (walk_recorded_cb), self,
                           G_CONNECT_SWAPPED);
  present_window (self, walkthrough, NULL);
}

static TpPersona *
persona_at (TpIdeaJourney *self,
            GVariant      *parameter)
{
  guint index = g_variant_get_uint32 (parameter);

  return index < self->personas->len ? g_ptr_array_index (self->personas, index) : NULL;
}

static void
walk_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TpIdeaJourney *self = TP_IDEA_JOURNEY (widget);
  TpPersona *persona = persona_at (self, parameter);

  if (persona != NULL)
    open_walkthrough (self, persona, NULL);
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TpIdeaJourney *self = TP_IDEA_JOURNEY (widget);
  TpPersona *persona = persona_at (self, parameter);
  g_autoptr(TpWalk) walk = NULL;
  g_autoptr(GError) error = NULL;

  if (persona == NULL)
    return;

  walk = tp_store_get_latest_walk (self->store, self->idea, persona, &error);
  if (walk == NULL)
    {
      show_message (self, error != NULL ? error->message : _("This persona has not walked the journey yet"));
      return;
    }

  open_walkthrough (self, persona, walk);
}

static void
start_walkthrough_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  TpIdeaJourney *self = TP_IDEA_JOURNEY (widget);
  TpPersona *persona = find_first_not_passed (self);

  if (persona != NULL)
    open_walkthrough (self, persona, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TpIdeaJourney *self = TP_IDEA_JOURNEY (widget);

  present_window (self, tp_journey_editor_new (self->store, self->idea), NULL);
}

static void
personas_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TpIdeaJourney *self = TP_IDEA_JOURNEY (widget);
  TpWorkshop *workshop = tp_store_lookup_workshop (self->store, tp_idea_get_workshop_id (self->idea));

  if (workshop != NULL)
    present_window (self, tp_persona_editor_new (self->store, workshop), NULL);
}

/* What the store changes on the idea: walks, accepted frictions, a new
 * design or persona and the status all move the verdict or the status. */
static void
idea_changed_cb (TpIdeaJourney *self,
                 GParamSpec    *pspec,
                 TpIdea        *idea)
{
  tp_idea_journey_refresh (self);
}

/* For the tests */

GtkWidget *
tp_idea_journey_get_status_button (TpIdeaJourney *self,
                                   TpIdeaStatus   status)
{
  g_return_val_if_fail (TP_IS_IDEA_JOURNEY (self), NULL);
  g_return_val_if_fail (status < N_STATUSES, NULL);

  return self->status_buttons[status];
}

const char *
tp_idea_journey_get_gate_text (TpIdeaJourney *self)
{
  g_return_val_if_fail (TP_IS_IDEA_JOURNEY (self), NULL);

  return gtk_widget_get_visible (self->gate_box) ? gtk_label_get_text (self->gate_label) : NULL;
}

GtkWidget *
tp_idea_journey_get_start_button (TpIdeaJourney *self)
{
  g_return_val_if_fail (TP_IS_IDEA_JOURNEY (self), NULL);

  return self->start_button;
}

const char *
tp_idea_journey_get_message (TpIdeaJourney *self)
{
  g_return_val_if_fail (TP_IS_IDEA_JOURNEY (self), NULL);

  return gtk_revealer_get_reveal_child (self->message_revealer) ? gtk_label_get_text (self->message_label) : NULL;
}

const char *
tp_idea_journey_get_verdict_text (TpIdeaJourney *self)
{
  g_return_val_if_fail (TP_IS_IDEA_JOURNEY (self), NULL);

  return gtk_label_get_text (self->verdict_label);
}

guint
tp_idea_journey_get_n_personas (TpIdeaJourney *self)
{
  g_return_val_if_fail (TP_IS_IDEA_JOURNEY (self), 0);

  return self->personas->len;
}

const char *
tp_idea_journey_get_persona_status (TpIdeaJourney *self,
                                    guint          index)
{
  g_return_val_if_fail (TP_IS_IDEA_JOURNEY (self), NULL);
  g_return_val_if_fail (index < self->persona_rows->len, NULL);

  return adw_action_row_get_subtitle (g_ptr_array_index (self->persona_rows, index));
}

/* Life cycle */

static void
tp_idea_journey_constructed (GObject *object)
{
  TpIdeaJourney *self = TP_IDEA_JOURNEY (object);

  G_OBJECT_CLASS (tp_idea_journey_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));
  g_assert (TP_IS_IDEA (self->idea));

  create_status_rows (self);

  g_signal_connect_object (self->idea, "notify::verdict",
                           G_CALLBACK (idea_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->idea, "notify::status",
                           G_CALLBACK (idea_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->idea, "notify::journey-revision",
                           G_CALLBACK (idea_changed_cb), self, G_CONNECT_SWAPPED);

  tp_idea_journey_refresh (self);
}

static void
tp_idea_journey_dispose (GObject *object)
{
  TpIdeaJourney *self = TP_IDEA_JOURNEY (object);

  if (self->idea != NULL)
    g_signal_handlers_disconnect_by_data (self->idea, self);
  g_clear_pointer (&self->persona_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_IDEA_JOURNEY);
  g_clear_pointer (&self->personas, g_ptr_array_unref);

  G_OBJECT_CLASS (tp_idea_journey_parent_class)->dispose (object);
}

static void
tp_idea_journey_finalize (GObject *object)
{
  TpIdeaJourney *self = TP_IDEA_JOURNEY (object);

  g_clear_object (&self->store);
  g_clear_object (&self->idea);

  G_OBJECT_CLASS (tp_idea_journey_parent_class)->finalize (object);
}

static void
tp_idea_journey_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TpIdeaJourney *self = TP_IDEA_JOURNEY (object);

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
tp_idea_journey_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TpIdeaJourney *self = TP_IDEA_JOURNEY (object);

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
tp_idea_journey_class_init (TpIdeaJourneyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tp_idea_journey_constructed;
  object_class->dispose = tp_idea_journey_dispose;
  object_class->finalize = tp_idea_journey_finalize;
  object_class->get_property = tp_idea_journey_get_property;
  object_class->set_property = tp_idea_journey_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TP_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_IDEA] =
    g_param_spec_object ("idea", NULL, NULL,
                         TP_TYPE_IDEA,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[WALK_RECORDED] =
    g_signal_new ("walk-recorded",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TP_TYPE_WALK);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-idea-journey.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);

  gtk_widget_class_bind_template_child (widget_class, TpIdeaJourney, journey_group);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaJourney, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaJourney, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaJourney, message_label);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaJourney, status_group);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaJourney, gate_box);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaJourney, gate_label);
  gtk_widget_class_bind_template_child (widget_class, TpIdeaJourney, start_button);

  gtk_widget_class_install_action (widget_class, "journey.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "journey.personas", NULL, personas_action);
  gtk_widget_class_install_action (widget_class, "journey.walk", "u", walk_action);
  gtk_widget_class_install_action (widget_class, "journey.review", "u", review_action);
  gtk_widget_class_install_action (widget_class, "journey.start-walkthrough", NULL, start_walkthrough_action);
}

static void
tp_idea_journey_init (TpIdeaJourney *self)
{
  GtkLayoutManager *layout;

  self->personas = g_ptr_array_new_with_free_func (g_object_unref);
  self->persona_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 18);
}
