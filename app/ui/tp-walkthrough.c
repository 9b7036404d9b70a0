/* tp-walkthrough.c — walks the team through an idea's journey as one persona
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tp-emotion-chart.h"
#include "tp-walkthrough.h"
#include "tp-walkthrough-private.h"

#define FINDING_KEY  "tp-finding"
#define ACCEPTED_KEY "tp-accepted-label"
#define EDIT_KEY     "tp-offers-edit"

static const char * const expectation_labels[] = {
  N_("Very unhappy"), N_("Unhappy"), N_("Neutral"), N_("Happy"), N_("Delighted"),
};

struct _TpWalkthrough
{
  AdwWindow            parent_instance;

  TpStore             *store;
  TpIdea              *idea;
  TpPersona           *persona;
  TpWalk              *walk;
  GListStore          *journey;
  GPtrArray           *pages;
  GPtrArray           *note_rows;
  GPtrArray           *accept_buttons;
  AdwMessageDialog    *accept_dialog;
  GtkWidget           *expect_buttons[TP_SATISFACTION_MAX];
  GtkLabel            *outcome_label;
  GtkWidget           *gap_row;
  GtkLabel            *open_label;
  GtkWidget           *summary_chart;
  guint                expected;
  guint                current;

  /* Template children */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkStack            *stack;
  AdwAvatar           *avatar;
  GtkLabel            *you_are_label;
  GtkLabel            *summary_label;
  AdwPreferencesGroup *traits_group;
  GtkLabel            *question_label;
  GtkBox              *expect_box;
  AdwCarousel         *carousel;
};

G_DEFINE_FINAL_TYPE (TpWalkthrough, tp_walkthrough, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_IDEA,
  PROP_PERSONA,
  PROP_WALK,
  N_PROPS
};

enum {
  EDIT_JOURNEY_REQUESTED,
  WALK_RECORDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
tp_walkthrough_new (TpStore   *store,
                    TpIdea    *idea,
                    TpPersona *persona)
{
  return tp_walkthrough_new_for_walk (store, idea, persona, NULL);
}

/**
 * tp_walkthrough_new_for_walk:
 * @walk: (nullable): a recorded walk to review, such as the latest one;
 *   %NULL to record a new walk
 */
GtkWidget *
tp_walkthrough_new_for_walk (TpStore   *store,
                             TpIdea    *idea,
                             TpPersona *persona,
                             TpWalk    *walk)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_IDEA (idea), NULL);
  g_return_val_if_fail (TP_IS_PERSONA (persona), NULL);
  g_return_val_if_fail (walk == NULL || TP_IS_WALK (walk), NULL);

  return g_object_new (TP_TYPE_WALKTHROUGH,
                       "store", store,
                       "idea", idea,
                       "persona", persona,
                       "walk", walk,
                       NULL);
}

TpIdea *
tp_walkthrough_get_idea (TpWalkthrough *self)
{
  g_return_val_if_fail (TP_IS_WALKTHROUGH (self), NULL);

  return self->idea;
}

TpPersona *
tp_walkthrough_get_persona (TpWalkthrough *self)
{
  g_return_val_if_fail (TP_IS_WALKTHROUGH (self), NULL);

  return self->persona;
}

/**
 * tp_walkthrough_get_walk:
 *
 * Returns: (nullable) (transfer none): the walk shown, or %NULL before
 *   the team starts one
 */
TpWalk *
tp_walkthrough_get_walk (TpWalkthrough *self)
{
  g_return_val_if_fail (TP_IS_WALKTHROUGH (self), NULL);

  return self->walk;
}

static void
show_message (TpWalkthrough *self,
              const char    *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static const char *
describe_reason (const char *rule)
{
  if (g_strcmp0 (rule, "channel-mismatch") == 0)
    return _("none of the channels they use is offered");
  if (g_strcmp0 (rule, "no-way-back") == 0)
    return _("no way back to decide later");
  if (g_strcmp0 (rule, "patience") == 0)
    return _("too many frictions for their patience");
  return rule;
}

static TpJourneyStep *
peek_step (TpWalkthrough *self,
           guint          step)
{
  g_autoptr(TpJourneyStep) item = NULL;

  if (step < 1 || step > g_list_model_get_n_items (G_LIST_MODEL (self->journey)))
    return NULL;

  /* The journey model keeps its own reference. */
  item = g_list_model_get_item (G_LIST_MODEL (self->journey), step - 1);
  return item;
}

static GtkWidget *
make_label (const char *text,
            const char *css_class,
            float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (xalign == 0.5f)
    gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
make_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  return row;
}

static GtkWidget *
make_value_row (const char *title,
                const char *value)
{
  GtkWidget *row = make_row (title, NULL);
  GtkWidget *label = make_label (value, "dim-label", 1.0);

  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  g_object_set_data (G_OBJECT (row), "tp-value", label);
  return row;
}

/* Wraps a page's content so it scrolls and keeps a readable width. */
static GtkWidget *
make_page (GtkWidget *content)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  gtk_widget_set_hexpand (scrolled, TRUE);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 640);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);

  return scrolled;
}

static GtkWidget *
make_chart_card (TpWalkthrough *self,
                 guint          n_values,
                 const char    *caption)
{
  GArray *emotion = tp_walk_result_get_emotion (tp_walk_get_result (self->walk));
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *chart = tp_emotion_chart_new ();

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "emotion-card");
  tp_emotion_chart_set_values (TP_EMOTION_CHART (chart), (const int *)(gpointer)emotion->data,
                               MIN (n_values, emotion->len));
  tp_emotion_chart_set_n_steps (TP_EMOTION_CHART (chart),
                                MAX (g_list_model_get_n_items (G_LIST_MODEL (self->journey)), emotion->len));
  gtk_box_append (GTK_BOX (card), chart);
  if (caption != NULL)
    gtk_box_append (GTK_BOX (card), make_label (caption, "heading", 0.5));

  return card;
}

/* Findings */

static void
update_open_frictions (TpWalkthrough *self)
{
  g_autofree char *text = NULL;

  if (self->open_label == NULL)
    return;

  text = g_strdup_printf ("%u", tp_walk_count_open_frictions (self->walk));
  gtk_label_set_text (self->open_label, text);
}

static void
show_accepted (TpWalkthrough *self,
               guint          finding)
{
  GtkWidget *button = g_ptr_array_index (self->accept_buttons, finding);
  GtkLabel *label = g_object_get_data (G_OBJECT (button), ACCEPTED_KEY);
  g_autofree char *text = g_strdup_printf (_("Accepted: %s"), tp_walk_get_acceptance (self->walk, finding));

  gtk_label_set_text (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
  gtk_widget_set_visible (button, FALSE);
}

static void
accept_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    TpWalkthrough    *self)
{
  guint finding = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), FINDING_KEY));
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "accept"))
    return;

  if (!tp_store_accept_friction (self->store, self->walk, finding, gtk_editable_get_text (entry), &error))
    {
      show_message (self, error->message);
      return;
    }

  show_accepted (self, finding);
  update_open_frictions (self);
}

static void
reason_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "accept", reason[0] != '\0');
}

static void
accept_clicked_cb (GtkButton     *button,
                   TpWalkthrough *self)
{
  guint finding = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), FINDING_KEY));
  TpFinding *found = tp_walk_result_get_finding (tp_walk_get_result (self->walk), finding);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Accept This Friction?"), NULL);
  AdwMessageDialog *message = ADW_MESSAGE_DIALOG (dialog);
  GtkWidget *entry = gtk_entry_new ();

  adw_message_dialog_format_body (message, _("%s\n\nSay why the team accepts it; the reason is kept with the walk."),
                                  tp_finding_get_message (found));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"),
                                  -1);
  adw_message_dialog_set_extra_child (message, entry);
  adw_message_dialog_add_responses (message,
                                    "cancel", _("_Cancel"),
                                    "accept", _("_Accept"),
                                    NULL);
  adw_message_dialog_set_response_appearance (message, "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (message, "accept", FALSE);
  adw_message_dialog_set_default_response (message, "accept");
  adw_message_dialog_set_close_response (message, "cancel");
  g_object_set_data (G_OBJECT (dialog), FINDING_KEY, GUINT_TO_POINTER (finding));
  g_signal_connect_object (entry, "changed", G_CALLBACK (reason_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (accept_response_cb), self, 0);
  g_set_weak_pointer (&self->accept_dialog, message);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static GtkWidget *
make_finding_row (TpWalkthrough *self,
                  guint          index,
                  TpFinding     *finding)
{
  static const struct { const char *icon; const char *css; } looks[] = {
    [TP_SEVERITY_DELIGHT] = { "face-smile-symbolic", "success" },
    [TP_SEVERITY_FRICTION] = { "dialog-warning-symbolic", "warning" },
    [TP_SEVERITY_BARRIER] = { "process-stop-symbolic", "error" },
  };
  TpSeverity severity = tp_finding_get_severity (finding);
  g_autofree char *fix = g_strdup_printf (_("Fix: %s"), tp_finding_get_fix (finding));
  GtkWidget *row = make_row (tp_finding_get_message (finding), fix);
  GtkWidget *icon = gtk_image_new_from_icon_name (looks[severity].icon);

  gtk_widget_add_css_class (icon, looks[severity].css);
  gtk_widget_set_tooltip_text (icon, tp_severity_get_label (severity));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tp_severity_get_label (severity),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (severity == TP_SEVERITY_FRICTION)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Accept…"));
      GtkWidget *accepted = make_label (NULL, "dim-label", 1.0);

      gtk_label_set_max_width_chars (GTK_LABEL (accepted), 24);
      gtk_widget_add_css_class (accepted, "caption");
      gtk_widget_set_visible (accepted, FALSE);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Accept this friction with a reason"));
      g_object_set_data (G_OBJECT (button), FINDING_KEY, GUINT_TO_POINTER (index));
      g_object_set_data (G_OBJECT (button), ACCEPTED_KEY, accepted);
      g_signal_connect (button, "clicked", G_CALLBACK (accept_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), accepted);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      g_ptr_array_index (self->accept_buttons, index) = button;

      if (tp_walk_get_acceptance (self->walk, index) != NULL)
        show_accepted (self, index);
    }

  return row;
}

static GtkWidget *
make_barrier_row (void)
{
  GtkWidget *row = make_row (_("A barrier cannot be accepted — change the journey design"), NULL);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Edit Journey"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "walk.edit-journey");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* Pages */

static GtkWidget *
make_step_page (TpWalkthrough *self,
                guint          step)
{
  TpWalkResult *result = tp_walk_get_result (self->walk);
  TpJourneyStep *journey_step = peek_step (self, step);
  const char *name = tp_persona_get_name (self->persona);
  const char *description = journey_step ? tp_journey_step_get_description (journey_step) : NULL;
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *sees = adw_preferences_group_new ();
  GtkWidget *happens = adw_preferences_group_new ();
  GtkWidget *feels = adw_preferences_group_new ();
  GtkWidget *note_group = adw_preferences_group_new ();
  GtkWidget *note_row = adw_entry_row_new ();
  GArray *emotion = tp_walk_result_get_emotion (result);
  g_autofree char *counter = g_strdup_printf (_("Step %u of %u"), step,
                                              g_list_model_get_n_items (G_LIST_MODEL (self->journey)));
  g_autofree char *sees_title = g_strdup_printf (_("What %s Meets"), name);
  g_autofree char *feels_title = g_strdup_printf (_("How %s Feels"), name);
  g_autofree char *offered = NULL;
  g_autofree char *initiated = NULL;
  g_autofree char *feeling_value = tp_emotion_format_value (g_array_index (emotion, int, step - 1));
  g_autofree char *feeling = g_strdup_printf (_("Feeling: %s"), feeling_value);
  gboolean any = FALSE;
  const char *note;
  GtkWidget *page;

  gtk_box_append (GTK_BOX (heading), make_label (counter, "dim-label", 0.0));
  gtk_box_append (GTK_BOX (heading), make_label (journey_step ? tp_journey_step_get_stage (journey_step) : "",
                                                 "title-1", 0.0));
  gtk_box_append (GTK_BOX (content), heading);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (sees), sees_title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (sees),
                             make_row (description != NULL && description[0] != '\0'
                                         ? description : _("No description yet"), NULL));
  if (journey_step != NULL)
    {
      offered = tp_channels_to_label (tp_journey_step_get_channels (journey_step));
      initiated = g_strdup (tp_initiator_get_label (tp_journey_step_get_initiated_by (journey_step)));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (sees), make_value_row (_("Offered through"), offered));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (sees), make_value_row (_("Initiated by"), initiated));
    }
  gtk_box_append (GTK_BOX (content), sees);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (happens), _("What Happens"));
  for (guint i = 0; i < tp_walk_result_get_n_findings (result); i++)
    {
      TpFinding *finding = tp_walk_result_get_finding (result, i);

      if (tp_finding_get_step (finding) != step)
        continue;

      any = TRUE;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (happens), make_finding_row (self, i, finding));
      if (tp_finding_get_severity (finding) == TP_SEVERITY_BARRIER &&
          g_object_get_data (G_OBJECT (happens), EDIT_KEY) == NULL)
        {
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (happens), make_barrier_row ());
          g_object_set_data (G_OBJECT (happens), EDIT_KEY, GINT_TO_POINTER (TRUE));
        }
    }
  if (!any)
    {
      g_autofree char *calm = g_strdup_printf (_("Nothing stands out: %s moves on"), name);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (happens), make_row (calm, NULL));
    }
  gtk_box_append (GTK_BOX (content), happens);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (feels), feels_title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (feels), make_chart_card (self, step, feeling));
  gtk_box_append (GTK_BOX (content), feels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note_row), _("Team note on this step"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (note_row), TRUE);
  note = tp_walk_get_note (self->walk, step);
  gtk_editable_set_text (GTK_EDITABLE (note_row), note != NULL ? note : "");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (note_group), note_row);
  gtk_box_append (GTK_BOX (content), note_group);
  g_ptr_array_add (self->note_rows, note_row);

  page = make_page (content);
  g_object_set_data (G_OBJECT (page), EDIT_KEY, g_object_get_data (G_OBJECT (happens), EDIT_KEY));
  return page;
}

static char *
format_gap (TpWalk *walk)
{
  guint simulated = tp_walk_result_get_satisfaction (tp_walk_get_result (walk));
  g_autofree char *signed_gap = NULL;
  int gap;

  if (!tp_walk_get_perception_gap (walk, &gap))
    return g_strdup (_("The team recorded no expectation for this walk"));

  if (gap == 0)
    return g_strdup_printf (_("You expected %u; the simulated customer gave %u: no gap"),
                            tp_walk_get_expected_satisfaction (walk), simulated);

  signed_gap = tp_emotion_format_value (gap);
  return g_strdup_printf (_("You expected %u; the simulated customer gave %u: a gap of %s"),
                          tp_walk_get_expected_satisfaction (walk), simulated, signed_gap);
}

static char *
format_stars (guint value)
{
  g_autoptr(GString) stars = g_string_new (NULL);

  for (guint i = TP_SATISFACTION_MIN; i <= TP_SATISFACTION_MAX; i++)
    g_string_append (stars, i <= value ? "★" : "☆");

  g_string_append_c (stars, ' ');
  g_string_append_printf (stars, _("%u of %u"), value, TP_SATISFACTION_MAX);
  return g_string_free (g_steal_pointer (&stars), FALSE);
}

static GtkWidget *
make_summary_page (TpWalkthrough *self)
{
  TpWalkResult *result = tp_walk_get_result (self->walk);
  gboolean completed = tp_walk_result_get_outcome (result) == TP_OUTCOME_COMPLETED;
  guint expected = tp_walk_get_expected_satisfaction (self->walk);
  const char *name = tp_persona_get_name (self->persona);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name (completed ? "emblem-ok-symbolic" : "face-sad-symbolic");
  GtkWidget *numbers = adw_preferences_group_new ();
  GtkWidget *curve = adw_preferences_group_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *button, *row;
  g_autofree char *outcome = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *stars = format_stars (tp_walk_result_get_satisfaction (result));
  g_autofree char *expected_text = expected > 0 ? format_stars (expected) : g_strdup (_("Not recorded"));
  g_autofree char *gap = format_gap (self->walk);

  if (completed)
    {
      outcome = g_strdup (_("Completed"));
      detail = g_strdup_printf (_("%s got through every step"), name);
    }
  else
    {
      guint at = tp_walk_result_get_dropped_at (result);
      TpJourneyStep *step = peek_step (self, at);

      outcome = g_strdup_printf (_("Dropped out at step %u: %s"), at,
                                 describe_reason (tp_walk_result_get_reason (result)));
      detail = g_strdup_printf (_("%s gave up at “%s”"), name, step ? tp_journey_step_get_stage (step) : "");
    }

  gtk_image_set_pixel_size (GTK_IMAGE (icon), 64);
  gtk_widget_add_css_class (icon, completed ? "success" : "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, outcome, -1);
  gtk_box_append (GTK_BOX (heading), icon);
  self->outcome_label = GTK_LABEL (make_label (outcome, "title-1", 0.5));
  gtk_box_append (GTK_BOX (heading), GTK_WIDGET (self->outcome_label));
  gtk_box_append (GTK_BOX (heading), make_label (detail, "dim-label", 0.5));
  gtk_box_append (GTK_BOX (content), heading);

  if (!tp_store_is_walk_current (self->store, self->walk))
    {
      row = make_row (_("This walk is stale"),
                      _("The journey or the persona changed since; walk again to check the current design"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (numbers), row);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (numbers),
                             make_value_row (_("Simulated satisfaction"), stars));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (numbers),
                             make_value_row (_("The team expected"), expected_text));
  self->gap_row = make_row (_("Perception gap"), gap);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (numbers), self->gap_row);
  row = make_value_row (_("Open frictions"), "");
  self->open_label = g_object_get_data (G_OBJECT (row), "tp-value");
  update_open_frictions (self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (numbers), row);
  gtk_box_append (GTK_BOX (content), numbers);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (curve), _("Emotion Along the Journey"));
  row = make_chart_card (self, G_MAXUINT, NULL);
  self->summary_chart = gtk_widget_get_first_child (row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (curve), row);
  gtk_box_append (GTK_BOX (content), curve);

  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  button = gtk_button_new_with_mnemonic (_("_Walk Again"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "walk.again");
  gtk_widget_add_css_class (button, "pill");
  gtk_box_append (GTK_BOX (buttons), button);
  button = gtk_button_new_with_mnemonic (_("_Close"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "window.close");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (content), buttons);

  return make_page (content);
}

/* Navigation */

static void
save_note (TpWalkthrough *self,
           guint          page)
{
  g_autoptr(GError) error = NULL;
  const char *saved;
  const char *text;

  if (self->walk == NULL || page >= self->note_rows->len)
    return;

  saved = tp_walk_get_note (self->walk, page + 1);
  text = gtk_editable_get_text (g_ptr_array_index (self->note_rows, page));
  if (g_strcmp0 (saved != NULL ? saved : "", text) == 0)
    return;

  if (!tp_store_set_walk_note (self->store, self->walk, page + 1, text, &error))
    show_message (self, error->message);
}

static void
update_navigation (TpWalkthrough *self)
{
  gboolean walking = self->walk != NULL && self->pages->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "walk.previous", walking && self->current > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "walk.next", walking && self->current + 1 < self->pages->len);
}

static void
go_to_page (TpWalkthrough *self,
            guint          page,
            gboolean       animate)
{
  if (page >= self->pages->len)
    return;

  if (page != self->current)
    save_note (self, self->current);
  self->current = page;
  adw_carousel_scroll_to (self->carousel, g_ptr_array_index (self->pages, page), animate);
  update_navigation (self);
}

static void
page_changed_cb (TpWalkthrough *self,
                 guint          index,
                 AdwCarousel   *carousel)
{
  if (index == self->current)
    return;

  save_note (self, self->current);
  self->current = index;
  update_navigation (self);
}

static void
note_applied_cb (TpWalkthrough *self,
                 AdwEntryRow   *row)
{
  guint index;

  if (g_ptr_array_find (self->note_rows, row, &index))
    save_note (self, index);
}

static void
clear_pages (TpWalkthrough *self)
{
  for (guint i = 0; i < self->pages->len; i++)
    adw_carousel_remove (self->carousel, g_ptr_array_index (self->pages, i));

  g_ptr_array_set_size (self->pages, 0);
  g_ptr_array_set_size (self->note_rows, 0);
  g_ptr_array_set_size (self->accept_buttons, 0);
  self->outcome_label = NULL;
  self->open_label = NULL;
  self->gap_row = NULL;
  self->summary_chart = NULL;
  self->current = 0;
}

/* One page per step the customer walked, then the summary: a customer
 * who dropped out never sees the steps after. */
static void
build_walk_pages (TpWalkthrough *self)
{
  TpWalkResult *result = tp_walk_get_result (self->walk);
  guint walked = tp_walk_result_get_emotion (result)->len;
  g_autoptr(GError) error = NULL;
  GListStore *journey;

  clear_pages (self);

  if ((journey = tp_store_get_journey (self->store, self->idea, &error)) != NULL)
    {
      g_clear_object (&self->journey);
      self->journey = journey;
    }
  else
    show_message (self, error->message);

  g_ptr_array_set_size (self->accept_buttons, tp_walk_result_get_n_findings (result));

  for (guint step = 1; step <= walked; step++)
    {
      GtkWidget *page = make_step_page (self, step);

      g_signal_connect_swapped (g_ptr_array_index (self->note_rows, step - 1), "apply",
                                G_CALLBACK (note_applied_cb), self);
      g_ptr_array_add (self->pages, page);
      adw_carousel_append (self->carousel, page);
    }

  g_ptr_array_add (self->pages, make_summary_page (self));
  adw_carousel_append (self->carousel, g_ptr_array_index (self->pages, self->pages->len - 1));

  gtk_stack_set_visible_child_name (self->stack, "walk");
  self->current = 0;
  update_navigation (self);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TpWalkthrough *self = TP_WALKTHROUGH (widget);

  if (self->current > 0)
    go_to_page (self, self->current - 1, TRUE);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TpWalkthrough *self = TP_WALKTHROUGH (widget);

  go_to_page (self, self->current + 1, TRUE);
}

/* The intro */

static void
add_trait (TpWalkthrough *self,
           const char    *title,
           const char    *value)
{
  adw_preferences_group_add (self->traits_group, make_value_row (title, value));
}

static void
load_persona (TpWalkthrough *self)
{
  TpPersona *persona = self->persona;
  const char *name = tp_persona_get_name (persona);
  const char *summary = tp_persona_get_summary (persona);
  g_autofree char *you_are = g_strdup_printf (_("You are %s"), name);
  g_autofree char *question = g_strdup_printf (_("How satisfied do you expect %s to be?"), name);
  g_autofree char *channel_list = tp_channels_to_label (tp_persona_get_channels (persona));
  g_autofree char *patience = g_strdup_printf (_("%s — gives up after %u frictions"),
                                               tp_level_get_label (tp_persona_get_patience (persona)),
                                               tp_persona_patience_limit (tp_persona_get_patience (persona)));
  g_autofree char *walking_as = g_strdup_printf (_("Walking as %s"), name);

  adw_window_title_set_title (self->window_title, walking_as);
  adw_window_title_set_subtitle (self->window_title, tp_idea_get_title (self->idea));
  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_text (self->you_are_label, you_are);
  gtk_label_set_text (self->summary_label, summary != NULL ? summary : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), summary != NULL && summary[0] != '\0');
  gtk_label_set_text (self->question_label, question);

  add_trait (self, _("Channels used"), channel_list);
  add_trait (self, _("Digital confidence"), tp_level_get_label (tp_persona_get_digital_confidence (persona)));
  add_trait (self, _("Needs time to decide"), tp_persona_get_needs_time_to_decide (persona) ? _("Yes") : _("No"));
  add_trait (self, _("Patience"), patience);
  add_trait (self, _("Relationship"), tp_relationship_get_label (tp_persona_get_relationship (persona)));
}

static void
expect_toggled_cb (GtkToggleButton *button,
                   TpWalkthrough   *self)
{
  guint value = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "tp-satisfaction"));

  if (gtk_toggle_button_get_active (button))
    self->expected = value;
  else if (self->expected == value)
    self->expected = 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "walk.start", self->expected > 0);
}

static void
build_expectations (TpWalkthrough *self)
{
  for (guint i = 0; i < TP_SATISFACTION_MAX; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *label = g_strdup_printf (_("%u: %s"), i + 1, _(expectation_labels[i]));
      GtkWidget *number_label = gtk_label_new (number);

      gtk_widget_add_css_class (number_label, "title-2");
      gtk_box_append (GTK_BOX (box), number_label);
      gtk_box_append (GTK_BOX (box), make_label (_(expectation_labels[i]), "caption", 0.5));
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_set_size_request (button, 96, -1);
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (self->expect_buttons[0]));
      g_object_set_data (G_OBJECT (button), "tp-satisfaction", GUINT_TO_POINTER (i + 1));
      g_signal_connect (button, "toggled", G_CALLBACK (expect_toggled_cb), self);
      gtk_box_append (self->expect_box, button);
      self->expect_buttons[i] = button;
    }
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TpWalkthrough *self = TP_WALKTHROUGH (widget);
  g_autoptr(GError) error = NULL;
  TpWalk *walk;

  if (self->expected == 0)
    return;

  if (!(walk = tp_store_walk_idea (self->store, self->idea, self->persona, self->expected, &error)))
    {
      show_message (self, error->message);
      return;
    }

  g_clear_object (&self->walk);
  self->walk = walk;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WALK]);
  g_signal_emit (self, signals[WALK_RECORDED], 0, walk);

  build_walk_pages (self);
  go_to_page (self, 0, FALSE);
}

static void
again_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TpWalkthrough *self = TP_WALKTHROUGH (widget);

  save_note (self, self->current);
  clear_pages (self);
  for (guint i = 0; i < TP_SATISFACTION_MAX; i++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->expect_buttons[i]), FALSE);
  self->expected = 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "walk.start", FALSE);
  gtk_stack_set_visible_child_name (self->stack, "intro");
  update_navigation (self);
}

static void
edit_journey_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_signal_emit (widget, signals[EDIT_JOURNEY_REQUESTED], 0);
}

static gboolean
tp_walkthrough_close_request (GtkWindow *window)
{
  TpWalkthrough *self = TP_WALKTHROUGH (window);

  save_note (self, self->current);

  return GTK_WINDOW_CLASS (tp_walkthrough_parent_class)->close_request (window);
}

/* Test accessors */

GtkWidget *
tp_walkthrough_get_expect_button (TpWalkthrough *self,
                                  guint          satisfaction)
{
  g_return_val_if_fail (TP_IS_WALKTHROUGH (self), NULL);
  g_return_val_if_fail (satisfaction >= TP_SATISFACTION_MIN && satisfaction <= TP_SATISFACTION_MAX, NULL);

  return self->expect_buttons[satisfaction - 1];
}

guint
tp_walkthrough_get_n_pages (TpWalkthrough *self)
{
  g_return_val_if_fail (TP_IS_WALKTHROUGH (self), 0);

  return self->pages->len;
}

guint
tp_walkthrough_get_page (TpWalkthrough *self)
{
  g_return_val_if_fail (TP_IS_WALKTHROUGH (self), 0);

  return self->current;
}

GtkWidget *
tp_walkthrough_get_accept_button (TpWalkthrough *self,
                                  guint          finding)
{
  GtkWidget *button;

  g_return_val_if_fail (TP_IS_WALKTHROUGH (self), NULL);

  if (finding >= self->accept_buttons->len)
    return NULL;

  button = g_ptr_array_index (self->accept_buttons, finding);
  return button != NULL && gtk_widget_get_visible (button) ? button : NULL;
}

gboolean
tp_walkthrough_has_edit_button (TpWalkthrough *self,
                                guint          step)
{
  g_return_val_if_fail (TP_IS_WALKTHROUGH (self), FALSE);

  if (step < 1 || step > self->note_rows->len)
    return FALSE;

  return g_object_get_data (g_ptr_array_index (self->pages, step - 1), EDIT_KEY) != NULL;
}

AdwMessageDialog *
tp_walkthrough_get_accept_dialog (TpWalkthrough *self)
{
  g_return_val_if_fail (TP_IS_WALKTHROUGH (self), NULL);

  return self->accept_dialog;
}

const char *
tp_walkthrough_get_outcome_text (TpWalkthrough *self)
{
  g_return_val_if_fail (TP_IS_WALKTHROUGH (self), NULL);

  return self->outcome_label ? gtk_label_get_text (self->outcome_label) : NULL;
}

const char *
tp_walkthrough_get_gap_text (TpWalkthrough *self)
{
  g_return_val_if_fail (TP_IS_WALKTHROUGH (self), NULL);

  return self->gap_row ? adw_action_row_get_subtitle (ADW_ACTION_ROW (self->gap_row)) : NULL;
}

GtkWidget *
tp_walkthrough_get_chart (TpWalkthrough *self)
{
  g_return_val_if_fail (TP_IS_WALKTHROUGH (self), NULL);

  return self->summary_chart;
}

/* Object */

static void
tp_walkthrough_constructed (GObject *object)
{
  TpWalkthrough *self = TP_WALKTHROUGH (object);

  G_OBJECT_CLASS (tp_walkthrough_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));
  g_assert (TP_IS_IDEA (self->idea));
  g_assert (TP_IS_PERSONA (self->persona));

  self->journey = g_list_store_new (TP_TYPE_JOURNEY_STEP);
  build_expectations (self);
  load_persona (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "walk.start", FALSE);

  if (self->walk != NULL)
    build_walk_pages (self);
  else
    gtk_stack_set_visible_child_name (self->stack, "intro");
  update_navigation (self);
}

static void
tp_walkthrough_dispose (GObject *object)
{
  TpWalkthrough *self = TP_WALKTHROUGH (object);

  g_clear_weak_pointer (&self->accept_dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_WALKTHROUGH);

  G_OBJECT_CLASS (tp_walkthrough_parent_class)->dispose (object);
}

static void
tp_walkthrough_finalize (GObject *object)
{
  TpWalkthrough *self = TP_WALKTHROUGH (object);

  g_clear_object (&self->store);
  g_clear_object (&self->idea);
  g_clear_object (&self->persona);
  g_clear_object (&self->walk);
  g_clear_object (&self->journey);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->note_rows, g_ptr_array_unref);
  g_clear_pointer (&self->accept_buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (tp_walkthrough_parent_class)->finalize (object);
}

static void
tp_walkthrough_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TpWalkthrough *self = TP_WALKTHROUGH (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_IDEA:
      g_value_set_object (value, self->idea);
      break;

    case PROP_PERSONA:
      g_value_set_object (value, self->persona);
      break;

    case PROP_WALK:
      g_value_set_object (value, self->walk);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_walkthrough_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TpWalkthrough *self = TP_WALKTHROUGH (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_IDEA:
      self->idea = g_value_dup_object (value);
      break;

    case PROP_PERSONA:
      self->persona = g_value_dup_object (value);
      break;

    case PROP_WALK:
      self->walk = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_walkthrough_class_init (TpWalkthroughClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = tp_walkthrough_constructed;
  object_class->dispose = tp_walkthrough_dispose;
  object_class->finalize = tp_walkthrough_finalize;
  object_class->get_property = tp_walkthrough_get_property;
  object_class->set_property = tp_walkthrough_set_property;

  window_class->close_request = tp_walkthrough_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TP_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_IDEA] =
    g_param_spec_object ("idea", NULL, NULL,
                         TP_TYPE_IDEA,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSONA] =
    g_param_spec_object ("persona", NULL, NULL,
                         TP_TYPE_PERSONA,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TpWalkthrough:walk:
   *
   * The walk shown: given at construction to review a recorded walk,
   * and replaced each time the team walks again.
   */
  properties[PROP_WALK] =
    g_param_spec_object ("walk", NULL, NULL,
                         TP_TYPE_WALK,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[EDIT_JOURNEY_REQUESTED] =
    g_signal_new ("edit-journey-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  signals[WALK_RECORDED] =
    g_signal_new ("walk-recorded",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TP_TYPE_WALK);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-walkthrough.ui");
  gtk_widget_class_bind_template_child (widget_class, TpWalkthrough, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TpWalkthrough, window_title);
  gtk_widget_class_bind_template_child (widget_class, TpWalkthrough, stack);
  gtk_widget_class_bind_template_child (widget_class, TpWalkthrough, avatar);
  gtk_widget_class_bind_template_child (widget_class, TpWalkthrough, you_are_label);
  gtk_widget_class_bind_template_child (widget_class, TpWalkthrough, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TpWalkthrough, traits_group);
  gtk_widget_class_bind_template_child (widget_class, TpWalkthrough, question_label);
  gtk_widget_class_bind_template_child (widget_class, TpWalkthrough, expect_box);
  gtk_widget_class_bind_template_child (widget_class, TpWalkthrough, carousel);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);

  gtk_widget_class_install_action (widget_class, "walk.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "walk.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "walk.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "walk.again", NULL, again_action);
  gtk_widget_class_install_action (widget_class, "walk.edit-journey", NULL, edit_journey_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "walk.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "walk.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "walk.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "walk.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tp_walkthrough_init (TpWalkthrough *self)
{
  self->pages = g_ptr_array_new ();
  self->note_rows = g_ptr_array_new ();
  self->accept_buttons = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}
