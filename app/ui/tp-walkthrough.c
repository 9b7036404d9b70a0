/* tp-walkthrough.c — walks the team through an idea's journey as one persona
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tp-walkthrough.h"
#include "tp-walkthrough-private.h"
#include "tp-walkthrough-page.h"

#define FINDING_KEY "tp-finding"

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
  TpWalkthroughSummary summary;
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

/* Findings */

static void
update_open_frictions (TpWalkthrough *self)
{
  if (self->summary.open_label != NULL)
    tp_walkthrough_page_update_open_frictions (self->summary.open_label, self->walk);
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

  tp_walkthrough_page_show_accepted (g_ptr_array_index (self->accept_buttons, finding),
                                     tp_walk_get_acceptance (self->walk, finding));
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
  guint finding = tp_walkthrough_page_get_finding (GTK_WIDGET (button));
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
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *left = NULL;

  if (page >= self->pages->len)
    return;

  if (page != self->current)
    {
      save_note (self, self->current);
      if (self->current < self->pages->len)
        left = g_ptr_array_index (self->pages, self->current);
    }
  self->current = page;
  adw_carousel_scroll_to (self->carousel, g_ptr_array_index (self->pages, page), animate);
  update_navigation (self);

  /* The keyboard turns the page with the team: left behind, it would sit
   * on a step scrolled out of sight. */
  if (left != NULL && focus != NULL && gtk_widget_is_ancestor (focus, left))
    gtk_widget_child_focus (g_ptr_array_index (self->pages, page), GTK_DIR_TAB_FORWARD);
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

/* Tab goes on into the next step's page: the carousel shows the page
 * the keyboard is on, or the focus would move out of sight. */
static void
focus_changed_cb (TpWalkthrough *self,
                  GParamSpec    *pspec,
                  gpointer       data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  for (guint i = 0; focus != NULL && i < self->pages->len; i++)
    if (i != self->current && gtk_widget_is_ancestor (focus, g_ptr_array_index (self->pages, i)))
      {
        go_to_page (self, i, TRUE);
        return;
      }
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
  self->summary = (TpWalkthroughSummary) { NULL, };
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
      GtkWidget *note_row;
      GtkWidget *page = tp_walkthrough_page_new_step (self->walk, self->persona, G_LIST_MODEL (self->journey), step,
                                                      self->accept_buttons, G_CALLBACK (accept_clicked_cb), self,
                                                      &note_row);

      g_ptr_array_add (self->note_rows, note_row);
      g_signal_connect_swapped (note_row, "apply", G_CALLBACK (note_applied_cb), self);
      g_ptr_array_add (self->pages, page);
      adw_carousel_append (self->carousel, page);
    }

  g_ptr_array_add (self->pages, tp_walkthrough_page_new_summary (self->store, self->walk, self->persona,
                                                                 G_LIST_MODEL (self->journey), &self->summary));
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
  adw_preferences_group_add (self->traits_group, tp_walkthrough_page_make_value_row (title, value));
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
  guint limit = tp_persona_patience_limit (tp_persona_get_patience (persona));
  g_autofree char *patience = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%s — gives up after %u friction",
                                                            "%s — gives up after %u frictions",
                                                            limit),
                                               tp_level_get_label (tp_persona_get_patience (persona)),
                                               limit);
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
      GtkWidget *caption = tp_walkthrough_page_make_label (_(expectation_labels[i]), "caption", 0.5);

      /* Five side by side still fit a phone: a long word breaks rather
       * than widen the window past 360 px. */
      gtk_label_set_wrap_mode (GTK_LABEL (caption), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (number_label, "title-2");
      gtk_box_append (GTK_BOX (box), number_label);
      gtk_box_append (GTK_BOX (box), caption);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_set_size_request (button, 56, -1);
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

  return tp_walkthrough_page_offers_edit (g_ptr_array_index (self->pages, step - 1));
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

  return self->summary.outcome_label ? gtk_label_get_text (self->summary.outcome_label) : NULL;
}

const char *
tp_walkthrough_get_gap_text (TpWalkthrough *self)
{
  g_return_val_if_fail (TP_IS_WALKTHROUGH (self), NULL);

  return self->summary.gap_row ? adw_action_row_get_subtitle (ADW_ACTION_ROW (self->summary.gap_row)) : NULL;
}

GtkWidget *
tp_walkthrough_get_chart (TpWalkthrough *self)
{
  g_return_val_if_fail (TP_IS_WALKTHROUGH (self), NULL);

  return self->summary.chart;
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
  /* The pages go with the template; the focus may still move after. */
  g_signal_handlers_disconnect_by_func (self, focus_changed_cb, NULL);
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

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "walk.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "walk.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tp_walkthrough_init (TpWalkthrough *self)
{
  GtkEventController *shortcuts;

  self->pages = g_ptr_array_new ();
  self->note_rows = g_ptr_array_new ();
  self->accept_buttons = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Page Up and Page Down turn the page wherever the keyboard is: as
   * bindings, the lists on a step would take them first to move within. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Up, 0),
                                                          gtk_named_action_new ("walk.previous")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Down, 0),
                                                          gtk_named_action_new ("walk.next")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (focus_changed_cb), NULL);
}
