/* tp-journey-editor.c — the window that designs an idea's customer journey
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tp-journey-editor.h"
#include "tp-journey-editor-private.h"
#include "tp-journey-step-fields.h"

struct _TpJourneyEditor
{
  AdwWindow             parent_instance;

  TpStore              *store;
  TpIdea               *idea;
  GListStore           *journey;
  GListStore           *before_removal;
  GListModel           *personas;
  GPtrArray            *step_rows;
  GPtrArray            *persona_checks;
  char                 *last_message;
  guint                 loading;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkWidget            *stale_box;
  AdwPreferencesGroup  *steps_group;
  AdwEntryRow          *new_step_row;
  AdwPreferencesGroup  *personas_group;
};

G_DEFINE_FINAL_TYPE (TpJourneyEditor, tp_journey_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_IDEA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void rebuild_steps (TpJourneyEditor *self,
                           int              expanded);
static void move_step     (TpJourneyEditor *self,
                           guint            index,
                           int              delta,
                           gboolean         from_button);

GtkWidget *
tp_journey_editor_new (TpStore *store,
                       TpIdea  *idea)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_IDEA (idea), NULL);

  return g_object_new (TP_TYPE_JOURNEY_EDITOR,
                       "store", store,
                       "idea", idea,
                       NULL);
}

TpIdea *
tp_journey_editor_get_idea (TpJourneyEditor *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_EDITOR (self), NULL);

  return self->idea;
}

static void
show_message (TpJourneyEditor *self,
              const char      *message,
              const char      *button_label,
              const char      *action_name)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  g_free (self->last_message);
  self->last_message = g_strdup (message);

  adw_toast_set_timeout (toast, 6);
  if (button_label != NULL)
    {
      adw_toast_set_button_label (toast, button_label);
      adw_toast_set_action_name (toast, action_name);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
idea_has_walks (TpJourneyEditor *self)
{
  guint n = g_list_model_get_n_items (self->personas);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpPersona) persona = g_list_model_get_item (self->personas, i);
      g_autoptr(TpWalk) walk = tp_store_get_latest_walk (self->store, self->idea, persona, NULL);

      if (walk != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
update_stale_note (TpJourneyEditor *self)
{
  gtk_widget_set_visible (self->stale_box, idea_has_walks (self));
}

static GListStore *
copy_journey (GListStore *journey)
{
  GListStore *copy = g_list_store_new (TP_TYPE_JOURNEY_STEP);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (journey));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpJourneyStep) step = g_list_model_get_item (G_LIST_MODEL (journey), i);

      g_list_store_append (copy, step);
    }

  return copy;
}

static TpJourneyStep *
peek_step (TpJourneyEditor *self,
           guint            index)
{
  g_autoptr(TpJourneyStep) step = g_list_model_get_item (G_LIST_MODEL (self->journey), index);

  /* The journey model keeps its own reference. */
  return step;
}

/* The one way a design reaches the database: on refusal nothing changes
 * and the message is shown; the caller puts its widget back. */
static gboolean
save_journey (TpJourneyEditor *self,
              GListStore      *candidate)
{
  g_autoptr(GError) error = NULL;

  if (!tp_store_set_journey (self->store, self->idea, G_LIST_MODEL (candidate), &error))
    {
      show_message (self, error->message, NULL, NULL);
      return FALSE;
    }

  g_set_object (&self->journey, candidate);
  return TRUE;
}

static gboolean
replace_step (TpJourneyEditor *self,
              guint            index,
              TpJourneyStep   *step)
{
  g_autoptr(GListStore) candidate = copy_journey (self->journey);

  g_list_store_splice (candidate, index, 1, (gpointer *)&step, 1);
  return save_journey (self, candidate);
}

static void
update_row_header (TpJourneyEditor *self,
                   guint            index)
{
  AdwExpanderRow *row = g_ptr_array_index (self->step_rows, index);
  TpJourneyStep *step = peek_step (self, index);
  g_autofree char *title = g_strdup_printf ("%u. %s", index + 1, tp_journey_step_get_stage (step));
  g_autofree char *offered = tp_channels_to_label (tp_journey_step_get_channels (step));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (row, offered);
}

/* Shows the saved value of @widget's field again, without saving it. */
static void
load_field (TpJourneyEditor *self,
            GtkWidget       *widget)
{
  self->loading++;
  tp_journey_step_fields_load (widget, peek_step (self, tp_journey_step_fields_get_index (widget)));
  self->loading--;
}

static void
commit_field (TpJourneyEditor *self,
              GtkWidget       *widget,
              TpJourneyStep   *changed)
{
  guint index = tp_journey_step_fields_get_index (widget);

  if (!replace_step (self, index, changed))
    {
      load_field (self, widget);
      return;
    }

  update_row_header (self, index);
  update_stale_note (self);
}

static void
field_changed_cb (GtkWidget *widget,
                  gpointer   user_data)
{
  TpJourneyEditor *self = user_data;
  g_autoptr(TpJourneyStep) changed = NULL;

  if (self->loading)
    return;

  changed = tp_journey_step_copy (peek_step (self, tp_journey_step_fields_get_index (widget)));
  tp_journey_step_fields_apply (widget, changed);
  commit_field (self, widget, changed);
}

static GtkWidget *
make_icon_button (const char *icon_name,
                  const char *label,
                  GCallback   clicked,
                  gpointer    user_data)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", clicked, user_data);

  return button;
}

/* The step whose row holds @widget. */
static gboolean
find_step (TpJourneyEditor *self,
           GtkWidget       *widget,
           guint           *index)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (g_ptr_array_find (self->step_rows, w, index))
      return TRUE;

  return FALSE;
}

static void
move_up_clicked_cb (GtkButton       *button,
                    TpJourneyEditor *self)
{
  guint index;

  if (find_step (self, GTK_WIDGET (button), &index))
    move_step (self, index, -1, TRUE);
}

static void
move_down_clicked_cb (GtkButton       *button,
                      TpJourneyEditor *self)
{
  guint index;

  if (find_step (self, GTK_WIDGET (button), &index))
    move_step (self, index, 1, TRUE);
}

static void
remove_clicked_cb (GtkButton       *button,
                   TpJourneyEditor *self)
{
  guint index;

  if (find_step (self, GTK_WIDGET (button), &index))
    gtk_widget_activate_action (GTK_WIDGET (self), "journey.remove-step", "u", index);
}

static GtkWidget *
make_step_row (TpJourneyEditor *self,
               guint            index,
               guint            n_steps)
{
  GtkWidget *row = adw_expander_row_new ();
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (row);
  GtkWidget *button;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  /* Actions are packed from the end: the order on screen is up, down, remove. */
  button = make_icon_button ("user-trash-symbolic", _("Remove Step"), G_CALLBACK (remove_clicked_cb), self);
  adw_expander_row_add_action (expander, button);
  button = make_icon_button ("go-down-symbolic", _("Move Step Down"), G_CALLBACK (move_down_clicked_cb), self);
  gtk_widget_set_sensitive (button, index + 1 < n_steps);
  adw_expander_row_add_action (expander, button);
  g_object_set_data (G_OBJECT (row), "tp-move-down", button);
  button = make_icon_button ("go-up-symbolic", _("Move Step Up"), G_CALLBACK (move_up_clicked_cb), self);
  gtk_widget_set_sensitive (button, index > 0);
  adw_expander_row_add_action (expander, button);
  g_object_set_data (G_OBJECT (row), "tp-move-up", button);

  tp_journey_step_fields_add (expander, index, peek_step (self, index), field_changed_cb, self);

  return row;
}

static void
rebuild_steps (TpJourneyEditor *self,
               int              expanded)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->journey));

  for (guint i = 0; i < self->step_rows->len; i++)
    adw_preferences_group_remove (self->steps_group, g_ptr_array_index (self->step_rows, i));
  g_ptr_array_set_size (self->step_rows, 0);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = make_step_row (self, i, n);

      g_ptr_array_add (self->step_rows, row);
      adw_preferences_group_add (self->steps_group, row);
      update_row_header (self, i);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), (int)i == expanded);
    }
}

static void
move_step (TpJourneyEditor *self,
           guint            index,
           int              delta,
           gboolean         from_button)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->journey));
  guint target = index + delta;
  g_autoptr(GListStore) candidate = NULL;
  g_autoptr(TpJourneyStep) step = NULL;
  gboolean was_expanded;
  GtkWidget *row;

  if ((delta < 0 && index == 0) || target >= n)
    return;

  was_expanded = adw_expander_row_get_expanded (g_ptr_array_index (self->step_rows, index));
  candidate = copy_journey (self->journey);
  step = g_list_model_get_item (G_LIST_MODEL (candidate), index);
  g_list_store_remove (candidate, index);
  g_list_store_insert (candidate, target, step);

  if (!save_journey (self, candidate))
    return;

  rebuild_steps (self, was_expanded ? (int)target : -1);
  update_stale_note (self);

  /* Keep the focus where it was, so the step can be moved again. */
  row = g_ptr_array_index (self->step_rows, target);
  if (from_button)
    {
      GtkWidget *button = g_object_get_data (G_OBJECT (row), delta < 0 ? "tp-move-up" : "tp-move-down");

      if (gtk_widget_get_sensitive (button))
        {
          gtk_widget_grab_focus (button);
          return;
        }
    }
  gtk_widget_grab_focus (row);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TpJourneyEditor *self = TP_JOURNEY_EDITOR (widget);
  int delta = g_str_has_suffix (action_name, "-up") ? -1 : 1;
  guint index;

  if (find_step (self, gtk_root_get_focus (GTK_ROOT (self)), &index))
    move_step (self, index, delta, FALSE);
}

static void
remove_step_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TpJourneyEditor *self = TP_JOURNEY_EDITOR (widget);
  guint index = g_variant_get_uint32 (parameter);
  g_autoptr(GListStore) previous = g_object_ref (self->journey);
  g_autoptr(GListStore) candidate = copy_journey (self->journey);
  g_autofree char *message = NULL;

  if (index >= g_list_model_get_n_items (G_LIST_MODEL (candidate)))
    return;

  message = g_strdup_printf (_("Removed “%s”"), tp_journey_step_get_stage (peek_step (self, index)));
  g_list_store_remove (candidate, index);
  if (!save_journey (self, candidate))
    return;

  g_set_object (&self->before_removal, previous);
  rebuild_steps (self, -1);
  update_stale_note (self);
  show_message (self, message, _("_Undo"), "journey.undo-remove");
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TpJourneyEditor *self = TP_JOURNEY_EDITOR (widget);
  g_autoptr(GListStore) previous = g_steal_pointer (&self->before_removal);

  if (previous == NULL || !save_journey (self, previous))
    return;

  rebuild_steps (self, -1);
  update_stale_note (self);
}

static void
add_step_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TpJourneyEditor *self = TP_JOURNEY_EDITOR (widget);
  const char *stage = gtk_editable_get_text (GTK_EDITABLE (self->new_step_row));
  g_autoptr(TpJourneyStep) step = tp_journey_step_new (stage);
  g_autoptr(GListStore) candidate = copy_journey (self->journey);

  /* The channels most organisations start with, as the store seeds. */
  g_object_set (step, "channels", TP_CHANNEL_PHONE | TP_CHANNEL_WEB, NULL);
  g_list_store_append (candidate, step);
  if (!save_journey (self, candidate))
    return;

  rebuild_steps (self, -1);
  update_stale_note (self);
  gtk_editable_set_text (GTK_EDITABLE (self->new_step_row), "");
}

static void
new_step_activated_cb (TpJourneyEditor *self,
                       AdwEntryRow     *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "journey.add-step", NULL);
}

/* Personas */

static GPtrArray *
checked_personas (TpJourneyEditor *self)
{
  GPtrArray *linked = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->persona_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->persona_checks, i);

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (linked, g_list_model_get_item (self->personas, i));
    }

  return linked;
}

static void
load_persona_checks (TpJourneyEditor *self)
{
  g_autoptr(GPtrArray) linked = tp_store_get_idea_personas (self->store, self->idea, NULL);

  self->loading++;
  for (guint i = 0; i < self->persona_checks->len; i++)
    {
      g_autoptr(TpPersona) persona = g_list_model_get_item (self->personas, i);
      gboolean active = FALSE;

      for (guint j = 0; linked != NULL && j < linked->len; j++)
        if (tp_persona_get_id (g_ptr_array_index (linked, j)) == tp_persona_get_id (persona))
          active = TRUE;

      gtk_check_button_set_active (g_ptr_array_index (self->persona_checks, i), active);
    }
  self->loading--;
}

static void
persona_toggled_cb (GtkCheckButton  *check,
                    TpJourneyEditor *self)
{
  g_autoptr(GPtrArray) linked = NULL;
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;

  linked = checked_personas (self);
  if (!tp_store_set_idea_personas (self->store, self->idea, linked, &error))
    show_message (self, error->message, NULL, NULL);

  load_persona_checks (self);
}

static void
build_personas (TpJourneyEditor *self)
{
  guint n = g_list_model_get_n_items (self->personas);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpPersona) persona = g_list_model_get_item (self->personas, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      g_object_bind_property (persona, "name", row, "title", G_BINDING_SYNC_CREATE);
      g_object_bind_property (persona, "summary", row, "subtitle", G_BINDING_SYNC_CREATE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect (check, "toggled", G_CALLBACK (persona_toggled_cb), self);
      g_ptr_array_add (self->persona_checks, check);
      adw_preferences_group_add (self->personas_group, row);
    }

  load_persona_checks (self);
}

/* Test accessors */

GtkWidget *
tp_journey_editor_get_field (TpJourneyEditor *self,
                             guint            step,
                             const char      *field)
{
  g_return_val_if_fail (TP_IS_JOURNEY_EDITOR (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  if (step >= self->step_rows->len)
    return NULL;

  return tp_journey_step_fields_get (g_ptr_array_index (self->step_rows, step), field);
}

GtkWidget *
tp_journey_editor_get_persona_check (TpJourneyEditor *self,
                                     guint            index)
{
  g_return_val_if_fail (TP_IS_JOURNEY_EDITOR (self), NULL);

  return index < self->persona_checks->len ? g_ptr_array_index (self->persona_checks, index) : NULL;
}

const char *
tp_journey_editor_get_last_message (TpJourneyEditor *self)
{
  g_return_val_if_fail (TP_IS_JOURNEY_EDITOR (self), NULL);

  return self->last_message;
}

/* Object */

static void
tp_journey_editor_constructed (GObject *object)
{
  TpJourneyEditor *self = TP_JOURNEY_EDITOR (object);
  g_autoptr(GError) error = NULL;
  TpWorkshop *workshop;

  G_OBJECT_CLASS (tp_journey_editor_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));
  g_assert (TP_IS_IDEA (self->idea));

  gtk_window_set_title (GTK_WINDOW (self), tp_idea_get_title (self->idea));
  adw_window_title_set_title (self->window_title, tp_idea_get_title (self->idea));

  workshop = tp_store_lookup_workshop (self->store, tp_idea_get_workshop_id (self->idea));
  if (workshop != NULL)
    self->personas = g_object_ref (tp_store_get_personas (self->store, workshop));
  else
    self->personas = G_LIST_MODEL (g_list_store_new (TP_TYPE_PERSONA));

  self->journey = tp_store_get_journey (self->store, self->idea, &error);
  if (self->journey == NULL)
    {
      self->journey = g_list_store_new (TP_TYPE_JOURNEY_STEP);
      show_message (self, error->message, NULL, NULL);
    }

  rebuild_steps (self, -1);
  build_personas (self);
  update_stale_note (self);
}

static void
tp_journey_editor_dispose (GObject *object)
{
  TpJourneyEditor *self = TP_JOURNEY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_JOURNEY_EDITOR);

  G_OBJECT_CLASS (tp_journey_editor_parent_class)->dispose (object);
}

static void
tp_journey_editor_finalize (GObject *object)
{
  TpJourneyEditor *self = TP_JOURNEY_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->idea);
  g_clear_object (&self->journey);
  g_clear_object (&self->before_removal);
  g_clear_object (&self->personas);
  g_clear_pointer (&self->step_rows, g_ptr_array_unref);
  g_clear_pointer (&self->persona_checks, g_ptr_array_unref);
  g_clear_pointer (&self->last_message, g_free);

  G_OBJECT_CLASS (tp_journey_editor_parent_class)->finalize (object);
}

static void
tp_journey_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TpJourneyEditor *self = TP_JOURNEY_EDITOR (object);

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
tp_journey_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TpJourneyEditor *self = TP_JOURNEY_EDITOR (object);

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
tp_journey_editor_class_init (TpJourneyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tp_journey_editor_constructed;
  object_class->dispose = tp_journey_editor_dispose;
  object_class->finalize = tp_journey_editor_finalize;
  object_class->get_property = tp_journey_editor_get_property;
  object_class->set_property = tp_journey_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TP_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_IDEA] =
    g_param_spec_object ("idea", NULL, NULL,
                         TP_TYPE_IDEA,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-journey-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TpJourneyEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TpJourneyEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, TpJourneyEditor, stale_box);
  gtk_widget_class_bind_template_child (widget_class, TpJourneyEditor, steps_group);
  gtk_widget_class_bind_template_child (widget_class, TpJourneyEditor, new_step_row);
  gtk_widget_class_bind_template_child (widget_class, TpJourneyEditor, personas_group);
  gtk_widget_class_bind_template_callback (widget_class, new_step_activated_cb);

  gtk_widget_class_install_action (widget_class, "journey.add-step", NULL, add_step_action);
  gtk_widget_class_install_action (widget_class, "journey.move-focused-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "journey.move-focused-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "journey.remove-step", "u", remove_step_action);
  gtk_widget_class_install_action (widget_class, "journey.undo-remove", NULL, undo_remove_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "journey.move-focused-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "journey.move-focused-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tp_journey_editor_init (TpJourneyEditor *self)
{
  self->step_rows = g_ptr_array_new ();
  self->persona_checks = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}
