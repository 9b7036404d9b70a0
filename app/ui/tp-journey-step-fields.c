/* tp-journey-step-fields.c — the fields that edit one journey step
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tp-journey-step-fields.h"

/* Every field widget knows the step it edits and the step property it
 * shows, so one set of handlers saves them all and can put them back. */
#define STEP_INDEX_KEY "tp-step-index"
#define PROPERTY_KEY   "tp-property"
#define CHANNEL_KEY    "tp-channel"
#define FIELD_PREFIX   "tp-field:"

static const TpChannel channels[] = {
  TP_CHANNEL_PHONE, TP_CHANNEL_EMAIL, TP_CHANNEL_WEB, TP_CHANNEL_APP,
  TP_CHANNEL_CHAT, TP_CHANNEL_IN_PERSON, TP_CHANNEL_POST,
};

typedef struct
{
  const char *property;
  const char *title;
  const char *subtitle;
} SwitchField;

static const SwitchField switch_fields[] = {
  { "can-come-back", N_("Customer can come back later"), N_("An inbound route lets them return when ready") },
  { "immediate-decision", N_("Asks for an immediate decision"), NULL },
  { "self-service-only", N_("Self-service only"), N_("No person to turn to at this step") },
  { "resolved-in-one-contact", N_("Resolved in one contact"), N_("The person the customer meets can finish the job") },
  { "proactive-update", N_("Proactive update"), N_("The customer is kept informed without asking") },
};

typedef struct
{
  TpJourneyFieldChanged func;
  gpointer              user_data;
} Handler;

static void
free_handler (gpointer  data,
              GClosure *closure)
{
  g_free (data);
}

static void
field_changed_cb (GtkWidget *field,
                  Handler   *handler)
{
  handler->func (field, handler->user_data);
}

static void
field_notified_cb (GtkWidget  *field,
                   GParamSpec *pspec,
                   Handler    *handler)
{
  handler->func (field, handler->user_data);
}

/* Each field holds its own copy of the handler, freed with the signal
 * connection, so nothing outlives the widget. */
static void
connect_field (GtkWidget     *field,
               const char    *signal,
               GCallback      callback,
               const Handler *handler)
{
  g_signal_connect_data (field, signal, callback, g_memdup2 (handler, sizeof *handler), free_handler, 0);
}

guint
tp_journey_step_fields_get_index (GtkWidget *widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), STEP_INDEX_KEY));
}

static const char *
field_property (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), PROPERTY_KEY);
}

static void
tag_field (GtkWidget  *row,
           GtkWidget  *widget,
           guint       index,
           const char *property,
           const char *field_name)
{
  g_autofree char *key = g_strconcat (FIELD_PREFIX, field_name, NULL);

  g_object_set_data (G_OBJECT (widget), STEP_INDEX_KEY, GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (widget), PROPERTY_KEY, (gpointer)property);
  g_object_set_data (G_OBJECT (row), key, widget);
}

/* Shows the saved value of @widget's field again, without saving it. */
void
tp_journey_step_fields_load (GtkWidget     *widget,
                             TpJourneyStep *step)
{
  const char *property = field_property (widget);

  if (GTK_IS_SWITCH (widget))
    {
      gboolean active;

      g_object_get (step, property, &active, NULL);
      gtk_switch_set_active (GTK_SWITCH (widget), active);
    }
  else if (GTK_IS_TOGGLE_BUTTON (widget))
    {
      TpChannel channel = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), CHANNEL_KEY));

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (widget),
                                    (tp_journey_step_get_channels (step) & channel) != 0);
    }
  else if (GTK_IS_SPIN_BUTTON (widget))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), tp_journey_step_get_effort (step));
  else if (ADW_IS_COMBO_ROW (widget))
    {
      int value;

      g_object_get (step, property, &value, NULL);
      adw_combo_row_set_selected (ADW_COMBO_ROW (widget), value);
    }
  else if (GTK_IS_EDITABLE (widget))
    {
      g_autofree char *text = NULL;

      g_object_get (step, property, &text, NULL);
      gtk_editable_set_text (GTK_EDITABLE (widget), text != NULL ? text : "");
    }
}

/* Sets @widget's field of @step to the value the user gave. */
void
tp_journey_step_fields_apply (GtkWidget     *widget,
                              TpJourneyStep *step)
{
  const char *property = field_property (widget);

  if (GTK_IS_SWITCH (widget))
    g_object_set (step, property, gtk_switch_get_active (GTK_SWITCH (widget)), NULL);
  else if (GTK_IS_TOGGLE_BUTTON (widget))
    {
      TpChannel channel = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), CHANNEL_KEY));
      TpChannel offered = tp_journey_step_get_channels (step);

      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (widget)))
        offered |= channel;
      else
        offered &= ~channel;

      g_object_set (step, "channels", offered, NULL);
    }
  else if (GTK_IS_SPIN_BUTTON (widget))
    g_object_set (step, "effort", (guint)gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (widget)), NULL);
  else if (ADW_IS_COMBO_ROW (widget))
    g_object_set (step, property, (int)adw_combo_row_get_selected (ADW_COMBO_ROW (widget)), NULL);
  else if (GTK_IS_EDITABLE (widget))
    g_object_set (step, property, gtk_editable_get_text (GTK_EDITABLE (widget)), NULL);
}

static GtkWidget *
make_text_field (TpJourneyStep *step,
                 const Handler *handler,
                 GtkWidget     *row,
                 guint          index,
                 const char    *property,
                 const char    *title)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  tag_field (row, entry, index, property, property);
  tp_journey_step_fields_load (entry, step);
  connect_field (entry, "apply", G_CALLBACK (field_changed_cb), handler);

  return entry;
}

static GtkWidget *
make_channels_field (TpJourneyStep *step,
                     const Handler *handler,
                     GtkWidget     *row,
                     guint          index)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *title = gtk_label_new (_("Channels offered"));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *list_row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), buttons);

  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    {
      GtkWidget *toggle = gtk_toggle_button_new_with_label (tp_channel_get_label (channels[i]));
      g_autofree char *name = g_strconcat ("channel:", tp_channel_to_string (channels[i]), NULL);

      gtk_widget_add_css_class (toggle, "channel-toggle");
      g_object_set_data (G_OBJECT (toggle), CHANNEL_KEY, GUINT_TO_POINTER (channels[i]));
      tag_field (row, toggle, index, "channels", name);
      tp_journey_step_fields_load (toggle, step);
      connect_field (toggle, "toggled", G_CALLBACK (field_changed_cb), handler);
      gtk_box_append (GTK_BOX (buttons), toggle);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
  gtk_widget_set_focusable (list_row, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Channels offered"),
                                  -1);

  return list_row;
}

static GtkWidget *
make_combo_field (TpJourneyStep      *step,
                  const Handler      *handler,
                  GtkWidget          *row,
                  guint               index,
                  const char         *property,
                  const char         *title,
                  const char * const *labels)
{
  GtkWidget *combo = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), G_LIST_MODEL (model));
  tag_field (row, combo, index, property, property);
  tp_journey_step_fields_load (combo, step);
  connect_field (combo, "notify::selected", G_CALLBACK (field_notified_cb), handler);

  return combo;
}

static GtkWidget *
make_switch_field (TpJourneyStep     *step,
                   const Handler     *handler,
                   GtkWidget         *row,
                   guint              index,
                   const SwitchField *field)
{
  GtkWidget *action_row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), _(field->title));
  if (field->subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), _(field->subtitle));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action_row), toggle);
  tag_field (row, toggle, index, field->property, field->property);
  tp_journey_step_fields_load (toggle, step);
  connect_field (toggle, "notify::active", G_CALLBACK (field_notified_cb), handler);

  return action_row;
}

static GtkWidget *
make_effort_field (TpJourneyStep *step,
                   const Handler *handler,
                   GtkWidget     *row,
                   guint          index)
{
  GtkWidget *action_row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (TP_JOURNEY_STEP_EFFORT_MIN, TP_JOURNEY_STEP_EFFORT_MAX, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), _("Customer effort"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), _("From 1, effortless, to 5, exhausting"));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Customer effort"),
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action_row), spin);
  tag_field (row, spin, index, "effort", "effort");
  tp_journey_step_fields_load (spin, step);
  connect_field (spin, "value-changed", G_CALLBACK (field_changed_cb), handler);

  return action_row;
}

/**
 * tp_journey_step_fields_add:
 * @row: the step's row; tp_journey_step_fields_get() finds its fields
 * @index: the step's place in the journey, from 0
 * @step: the saved step, whose values the fields show
 * @changed: called with each field the user changes
 */
void
tp_journey_step_fields_add (AdwExpanderRow        *row,
                            guint                  index,
                            TpJourneyStep         *step,
                            TpJourneyFieldChanged  changed,
                            gpointer               user_data)
{
  const char *initiators[] = {
    tp_initiator_get_label (TP_INITIATOR_COMPANY),
    tp_initiator_get_label (TP_INITIATOR_CUSTOMER),
    NULL
  };
  const char *feedbacks[] = {
    tp_feedback_get_label (TP_FEEDBACK_NONE),
    tp_feedback_get_label (TP_FEEDBACK_AGENT_ONLY),
    tp_feedback_get_label (TP_FEEDBACK_WHOLE_EXPERIENCE),
    NULL
  };
  const Handler handler = { changed, user_data };
  GtkWidget *widget = GTK_WIDGET (row);

  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));
  g_return_if_fail (TP_IS_JOURNEY_STEP (step));
  g_return_if_fail (changed != NULL);

  g_object_set_data (G_OBJECT (row), STEP_INDEX_KEY, GUINT_TO_POINTER (index));

  adw_expander_row_add_row (row, make_text_field (step, &handler, widget, index, "stage", _("Stage name")));
  adw_expander_row_add_row (row, make_text_field (step, &handler, widget, index, "description",
                                                  _("What the customer meets here")));
  adw_expander_row_add_row (row, make_channels_field (step, &handler, widget, index));
  adw_expander_row_add_row (row, make_combo_field (step, &handler, widget, index, "initiated-by",
                                                   _("Initiated by"), initiators));
  for (guint i = 0; i < G_N_ELEMENTS (switch_fields); i++)
    adw_expander_row_add_row (row, make_switch_field (step, &handler, widget, index, &switch_fields[i]));
  adw_expander_row_add_row (row, make_effort_field (step, &handler, widget, index));
  adw_expander_row_add_row (row, make_combo_field (step, &handler, widget, index, "feedback",
                                                   _("Feedback asks about"), feedbacks));
}

/**
 * tp_journey_step_fields_get:
 * @field: a step property name, or "channel:" and a channel id
 *
 * Returns: (nullable) (transfer none): the widget that edits @field
 */
GtkWidget *
tp_journey_step_fields_get (GtkWidget  *row,
                            const char *field)
{
  g_autofree char *key = g_strconcat (FIELD_PREFIX, field, NULL);

  return g_object_get_data (G_OBJECT (row), key);
}
