/* tp-walkthrough-page.c — the pages of a walkthrough: one per step, then the summary
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tp-emotion-chart.h"
#include "tp-walkthrough-page.h"

#define FINDING_KEY  "tp-finding"
#define ACCEPTED_KEY "tp-accepted-label"
#define EDIT_KEY     "tp-offers-edit"

static TpJourneyStep *
peek_step (GListModel *journey,
           guint       step)
{
  g_autoptr(TpJourneyStep) item = NULL;

  if (step < 1 || step > g_list_model_get_n_items (journey))
    return NULL;

  /* The journey model keeps its own reference. */
  item = g_list_model_get_item (journey, step - 1);
  return item;
}

GtkWidget *
tp_walkthrough_page_make_label (const char *text,
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

GtkWidget *
tp_walkthrough_page_make_value_row (const char *title,
                                    const char *value)
{
  GtkWidget *row = make_row (title, NULL);
  GtkWidget *label = tp_walkthrough_page_make_label (value, "dim-label", 1.0);

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
make_chart_card (TpWalk     *walk,
                 GListModel *journey,
                 guint       n_values,
                 const char *caption)
{
  GArray *emotion = tp_walk_result_get_emotion (tp_walk_get_result (walk));
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *chart = tp_emotion_chart_new ();

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "emotion-card");
  tp_emotion_chart_set_values (TP_EMOTION_CHART (chart), (const int *)(gpointer)emotion->data,
                               MIN (n_values, emotion->len));
  tp_emotion_chart_set_n_steps (TP_EMOTION_CHART (chart),
                                MAX (g_list_model_get_n_items (journey), emotion->len));
  gtk_box_append (GTK_BOX (card), chart);
  if (caption != NULL)
    gtk_box_append (GTK_BOX (card), tp_walkthrough_page_make_label (caption, "heading", 0.5));

  return card;
}

/* Findings */

void
tp_walkthrough_page_update_open_frictions (GtkLabel *open_label,
                                           TpWalk   *walk)
{
  g_autofree char *text = g_strdup_printf ("%u", tp_walk_count_open_frictions (walk));

  gtk_label_set_text (open_label, text);
}

guint
tp_walkthrough_page_get_finding (GtkWidget *accept_button)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (accept_button), FINDING_KEY));
}

void
tp_walkthrough_page_show_accepted (GtkWidget  *button,
                                   const char *acceptance)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (button), ACCEPTED_KEY);
  g_autofree char *text = g_strdup_printf (_("Accepted: %s"), acceptance);

  gtk_label_set_text (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
  gtk_widget_set_visible (button, FALSE);
}

static GtkWidget *
make_finding_row (TpWalk     *walk,
                  guint       index,
                  TpFinding  *finding,
                  GPtrArray  *accept_buttons,
                  GCallback   accept_clicked,
                  gpointer    user_data)
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
      GtkWidget *accepted = tp_walkthrough_page_make_label (NULL, "dim-label", 1.0);

      gtk_label_set_max_width_chars (GTK_LABEL (accepted), 24);
      gtk_widget_add_css_class (accepted, "caption");
      gtk_widget_set_visible (accepted, FALSE);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Accept this friction with a reason"));
      g_object_set_data (G_OBJECT (button), FINDING_KEY, GUINT_TO_POINTER (index));
      g_object_set_data (G_OBJECT (button), ACCEPTED_KEY, accepted);
      g_signal_connect (button, "clicked", accept_clicked, user_data);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), accepted);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      g_ptr_array_index (accept_buttons, index) = button;

      if (tp_walk_get_acceptance (walk, index) != NULL)
        tp_walkthrough_page_show_accepted (button, tp_walk_get_acceptance (walk, index));
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

/**
 * tp_walkthrough_page_new_step:
 * @accept_buttons: sized to the walk's findings; the buttons that accept
 *   this step's frictions are stored at their findings' indexes
 * @accept_clicked: connected to each of those buttons' "clicked"
 * @note_row_out: (out): the entry row for the team's note on the step
 */
GtkWidget *
tp_walkthrough_page_new_step (TpWalk      *walk,
                              TpPersona   *persona,
                              GListModel  *journey,
                              guint        step,
                              GPtrArray   *accept_buttons,
                              GCallback    accept_clicked,
                              gpointer     user_data,
                              GtkWidget  **note_row_out)
{
  TpWalkResult *result = tp_walk_get_result (walk);
  TpJourneyStep *journey_step = peek_step (journey, step);
  const char *name = tp_persona_get_name (persona);
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
                                              g_list_model_get_n_items (journey));
  g_autofree char *offered = NULL;
  g_autofree char *initiated = NULL;
  g_autofree char *feeling_value = tp_emotion_format_value (g_array_index (emotion, int, step - 1));
  g_autofree char *feeling = g_strdup_printf (_("Feeling: %s"), feeling_value);
  gboolean any = FALSE;
  const char *note;
  GtkWidget *page;

  g_return_val_if_fail (note_row_out != NULL, NULL);

  gtk_box_append (GTK_BOX (heading), tp_walkthrough_page_make_label (counter, "dim-label", 0.0));
  gtk_box_append (GTK_BOX (heading),
                  tp_walkthrough_page_make_label (journey_step ? tp_journey_step_get_stage (journey_step) : "",
                                                  "title-1", 0.0));
  gtk_box_append (GTK_BOX (content), heading);

  /* The window's title names the persona; the headings need not, which
   * keeps names such as "The careful switcher" out of title case. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (sees), _("What They Meet"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (sees),
                             make_row (description != NULL && description[0] != '\0'
                                         ? description : _("No description yet"), NULL));
  if (journey_step != NULL)
    {
      offered = tp_channels_to_label (tp_journey_step_get_channels (journey_step));
      initiated = g_strdup (tp_initiator_get_label (tp_journey_step_get_initiated_by (journey_step)));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (sees), tp_walkthrough_page_make_value_row (_("Offered through"), offered));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (sees), tp_walkthrough_page_make_value_row (_("Initiated by"), initiated));
    }
  gtk_box_append (GTK_BOX (content), sees);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (happens), _("What Happens"));
  for (guint i = 0; i < tp_walk_result_get_n_findings (result); i++)
    {
      TpFinding *finding = tp_walk_result_get_finding (result, i);

      if (tp_finding_get_step (finding) != step)
        continue;

      any = TRUE;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (happens), make_finding_row (walk, i, finding, accept_buttons, accept_clicked, user_data));
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

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (feels), _("How They Feel"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (feels), make_chart_card (walk, journey, step, feeling));
  gtk_box_append (GTK_BOX (content), feels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note_row), _("Team note on this step"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (note_row), TRUE);
  note = tp_walk_get_note (walk, step);
  gtk_editable_set_text (GTK_EDITABLE (note_row), note != NULL ? note : "");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (note_group), note_row);
  gtk_box_append (GTK_BOX (content), note_group);
  *note_row_out = note_row;

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

GtkWidget *
tp_walkthrough_page_new_summary (TpStore              *store,
                                 TpWalk               *walk,
                                 TpPersona            *persona,
                                 GListModel           *journey,
                                 TpWalkthroughSummary *summary)
{
  TpWalkResult *result = tp_walk_get_result (walk);
  gboolean completed = tp_walk_result_get_outcome (result) == TP_OUTCOME_COMPLETED;
  guint expected = tp_walk_get_expected_satisfaction (walk);
  const char *name = tp_persona_get_name (persona);
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
  g_autofree char *gap = format_gap (walk);

  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (summary != NULL, NULL);

  if (completed)
    {
      outcome = g_strdup (_("Completed"));
      detail = g_strdup_printf (_("%s got through every step"), name);
    }
  else
    {
      guint at = tp_walk_result_get_dropped_at (result);
      TpJourneyStep *step = peek_step (journey, at);

      outcome = g_strdup_printf (_("Dropped out at step %u: %s"), at,
                                 tp_simulator_describe_reason (tp_walk_result_get_reason (result)));
      detail = g_strdup_printf (_("%s gave up at “%s”"), name, step ? tp_journey_step_get_stage (step) : "");
    }

  gtk_image_set_pixel_size (GTK_IMAGE (icon), 64);
  gtk_widget_add_css_class (icon, completed ? "success" : "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, outcome, -1);
  gtk_box_append (GTK_BOX (heading), icon);
  summary->outcome_label = GTK_LABEL (tp_walkthrough_page_make_label (outcome, "title-1", 0.5));
  gtk_box_append (GTK_BOX (heading), GTK_WIDGET (summary->outcome_label));
  gtk_box_append (GTK_BOX (heading), tp_walkthrough_page_make_label (detail, "dim-label", 0.5));
  gtk_box_append (GTK_BOX (content), heading);

  if (!tp_store_is_walk_current (store, walk))
    {
      row = make_row (_("This walk is stale"),
                      _("The journey or the persona changed since; walk again to check the current design"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (numbers), row);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (numbers),
                             tp_walkthrough_page_make_value_row (_("Simulated satisfaction"), stars));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (numbers),
                             tp_walkthrough_page_make_value_row (_("The team expected"), expected_text));
  summary->gap_row = make_row (_("Perception gap"), gap);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (numbers), summary->gap_row);
  row = tp_walkthrough_page_make_value_row (_("Open frictions"), "");
  summary->open_label = g_object_get_data (G_OBJECT (row), "tp-value");
  tp_walkthrough_page_update_open_frictions (summary->open_label, walk);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (numbers), row);
  gtk_box_append (GTK_BOX (content), numbers);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (curve), _("Emotion Along the Journey"));
  row = make_chart_card (walk, journey, G_MAXUINT, NULL);
  summary->chart = gtk_widget_get_first_child (row);
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
gboolean
tp_walkthrough_page_offers_edit (GtkWidget *page)
{
  return g_object_get_data (G_OBJECT (page), EDIT_KEY) != NULL;
}
