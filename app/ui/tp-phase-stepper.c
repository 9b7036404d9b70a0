/* tp-phase-stepper.c — the six phases of a workshop, one click or key apart
 *
 * Phases only change what the window puts forward, so the stepper lets the
 * facilitator go back and forth freely; nothing is lost by moving.
 *
 * Where the six steps do not fit, as in a phone-sized window, a squeezer
 * puts the compact row in their place: the current phase between Previous
 * and Next buttons. Alt+1 … Alt+6 and the arrow keys work in both.
 *
 * Style classes: .phase-stepper on the widget; .phase-steps on the row of
 * steps, each a flat toggle button with .phase-step, and .phase-done or
 * .phase-current; inside it, .phase-number holds the number (a check mark
 * once done) and .phase-name the label. .phase-link is the line between
 * two steps. .phase-compact is the compact row.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include <adwaita.h>

#include "tp-lazy-tooltip.h"
#include "tp-phase-stepper.h"

typedef struct
{
  GtkToggleButton *button;
  GtkLabel        *number;
  GtkImage        *check;
} Step;

struct _TpPhaseStepper
{
  GtkWidget   parent_instance;

  TpStore    *store;
  TpWorkshop *workshop;
  gulong      phase_handler;
  guint       syncing;

  Step        steps[TP_N_PHASES];

  /* Template children */
  AdwSqueezer *squeezer;
  GtkWidget   *steps_box;
  GtkLabel    *compact_number;
  GtkLabel    *compact_name;
  GtkWidget   *previous_button;
  GtkWidget   *next_button;
};

G_DEFINE_FINAL_TYPE (TpPhaseStepper, tp_phase_stepper, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_WORKSHOP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
tp_phase_stepper_new (TpStore    *store,
                      TpWorkshop *workshop)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (workshop == NULL || TP_IS_WORKSHOP (workshop), NULL);

  return g_object_new (TP_TYPE_PHASE_STEPPER,
                       "store", store,
                       "workshop", workshop,
                       NULL);
}

static const char *
describe_phase (TpPhase phase)
{
  switch (phase)
    {
    case TP_PHASE_CAPTURE:
      return _("Everyone writes down ideas, one per note");
    case TP_PHASE_GROUP:
      return _("Put related ideas together in named clusters");
    case TP_PHASE_VOTE:
      return _("Spend dot votes on the ideas that matter most");
    case TP_PHASE_PRIORITISE:
      return _("Score impact and effort, and order the backlog");
    case TP_PHASE_WALK:
      return _("Walk the top ideas through each persona’s journey");
    case TP_PHASE_REVIEW:
      return _("Agree on what to do next, and with what");
    default:
      g_assert_not_reached ();
    }
}

static void
set_class (GtkWidget  *widget,
           const char *css_class,
           gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static void
sync_steps (TpPhaseStepper *self)
{
  TpPhase current = self->workshop ? tp_workshop_get_phase (self->workshop) : TP_PHASE_CAPTURE;

  self->syncing++;

  for (guint i = 0; i < TP_N_PHASES; i++)
    {
      Step *step = &self->steps[i];
      gboolean done = self->workshop != NULL && i < current;
      gboolean is_current = self->workshop != NULL && i == current;
      g_autofree char *label = NULL;

      gtk_toggle_button_set_active (step->button, is_current);
      set_class (GTK_WIDGET (step->button), "phase-done", done);
      set_class (GTK_WIDGET (step->button), "phase-current", is_current);
      gtk_widget_set_visible (GTK_WIDGET (step->number), !done);
      gtk_widget_set_visible (GTK_WIDGET (step->check), done);

      if (done)
        /* Translators: a phase's button, read by screen readers: 1 of 6, Capture, done */
        label = g_strdup_printf (_("%u of %u, %s, done"), i + 1, TP_N_PHASES, tp_phase_get_label (i));
      else
        /* Translators: a phase's button, read by screen readers: 3 of 6, Vote */
        label = g_strdup_printf (_("%u of %u, %s"), i + 1, TP_N_PHASES, tp_phase_get_label (i));
      gtk_accessible_update_property (GTK_ACCESSIBLE (step->button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);

      if (i == current)
        {
          g_autofree char *number = g_strdup_printf ("%u", i + 1);

          gtk_label_set_text (self->compact_number, number);
          gtk_label_set_text (self->compact_name, tp_phase_get_label (i));
          tp_widget_set_lazy_tooltip (GTK_WIDGET (self->compact_name), describe_phase (i));
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->compact_name),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, describe_phase (i),
                                          -1);
        }
    }

  self->syncing--;
}

static gboolean
has_focus_inside (TpPhaseStepper *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
}

static void
select_phase (TpPhaseStepper *self,
              TpPhase         phase)
{
  g_autoptr(GError) error = NULL;
  gboolean had_focus;

  if (self->workshop == NULL || phase >= TP_N_PHASES)
    return;

  had_focus = has_focus_inside (self);

  if (phase != tp_workshop_get_phase (self->workshop) &&
      !tp_store_set_workshop_phase (self->store, self->workshop, phase, &error))
    {
      g_debug ("Could not change the phase: %s", error->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
    }

  /* The store notified the workshop; sync again for a refused change. */
  sync_steps (self);

  /* In the compact row the focus stays on Previous or Next. */
  if (had_focus && adw_squeezer_get_visible_child (self->squeezer) == self->steps_box)
    gtk_widget_grab_focus (GTK_WIDGET (self->steps[tp_workshop_get_phase (self->workshop)].button));
}

static void
select_neighbour (TpPhaseStepper *self,
                  int             delta)
{
  int phase;

  if (self->workshop == NULL)
    return;

  phase = (int)tp_workshop_get_phase (self->workshop) + delta;
  if (phase < 0 || phase >= TP_N_PHASES)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  select_phase (self, phase);
}

static void
previous_clicked_cb (TpPhaseStepper *self)
{
  select_neighbour (self, -1);
}

static void
next_clicked_cb (TpPhaseStepper *self)
{
  select_neighbour (self, 1);
}

/* Keeps the focus in the stepper when it changes rows under it. */
static void
squeezer_switched_cb (TpPhaseStepper *self)
{
  GtkWidget *visible = adw_squeezer_get_visible_child (self->squeezer);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || visible == NULL || gtk_widget_is_ancestor (focus, visible) ||
      !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return;

  if (visible == self->steps_box && self->workshop != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->steps[tp_workshop_get_phase (self->workshop)].button));
  else
    gtk_widget_child_focus (visible, GTK_DIR_TAB_FORWARD);
}

static void
step_toggled_cb (GtkToggleButton *button,
                 TpPhaseStepper  *self)
{
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  for (guint i = 0; i < TP_N_PHASES; i++)
    if (self->steps[i].button == button)
      select_phase (self, i);
}

static void
workshop_phase_changed_cb (TpWorkshop     *workshop,
                           GParamSpec     *pspec,
                           TpPhaseStepper *self)
{
  sync_steps (self);
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  select_phase (TP_PHASE_STEPPER (widget), g_variant_get_uint32 (param));
}

/* @param is the step towards the right: -1 or 1, mirrored right to left. */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  int delta = g_variant_get_int32 (param);

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    delta = -delta;

  select_neighbour (TP_PHASE_STEPPER (widget), delta);
}

static void
add_steps (TpPhaseStepper *self)
{
  GtkToggleButton *group = NULL;

  for (guint i = 0; i < TP_N_PHASES; i++)
    {
      Step *step = &self->steps[i];
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *name = gtk_label_new (tp_phase_get_label (i));
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *tooltip = NULL;

      if (i > 0)
        {
          GtkWidget *link = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);

          gtk_widget_add_css_class (link, "phase-link");
          gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
          gtk_box_append (GTK_BOX (self->steps_box), link);
        }

      step->number = GTK_LABEL (gtk_label_new (number));
      gtk_widget_add_css_class (GTK_WIDGET (step->number), "phase-number");
      gtk_widget_add_css_class (GTK_WIDGET (step->number), "numeric");
      step->check = GTK_IMAGE (gtk_image_new_from_icon_name ("object-select-symbolic"));
      gtk_widget_add_css_class (GTK_WIDGET (step->check), "phase-number");
      gtk_widget_add_css_class (name, "phase-name");
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (step->number));
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (step->check));
      gtk_box_append (GTK_BOX (box), name);

      step->button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
      gtk_button_set_child (GTK_BUTTON (step->button), box);
      gtk_toggle_button_set_group (step->button, group);
      group = step->button;

      gtk_widget_add_css_class (GTK_WIDGET (step->button), "flat");
      gtk_widget_add_css_class (GTK_WIDGET (step->button), "phase-step");
      /* Translators: a phase's tooltip: what it is for, then its shortcut */
      tooltip = g_strdup_printf (_("%s (Alt+%u)"), describe_phase (i), i + 1);
      tp_widget_set_lazy_tooltip (GTK_WIDGET (step->button), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (step->button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, describe_phase (i),
                                      -1);
      g_signal_connect (step->button, "toggled", G_CALLBACK (step_toggled_cb), self);
      gtk_box_append (GTK_BOX (self->steps_box), GTK_WIDGET (step->button));
    }
}

/* Alt+1 … Alt+6 work wherever the focus is in the window, so they go to
 * the window's managed shortcuts rather than the widget's own, which only
 * see keys while the stepper has the focus. */
static void
add_window_shortcuts (TpPhaseStepper *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_MANAGED);
  for (guint i = 0; i < TP_N_PHASES; i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_1 + i, GDK_ALT_MASK),
                                                gtk_named_action_new ("phase.select"));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_uint32 (i));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }

  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
tp_phase_stepper_dispose (GObject *object)
{
  TpPhaseStepper *self = TP_PHASE_STEPPER (object);

  tp_phase_stepper_set_workshop (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_PHASE_STEPPER);
  memset (self->steps, 0, sizeof self->steps);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (tp_phase_stepper_parent_class)->dispose (object);
}

static void
tp_phase_stepper_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TpPhaseStepper *self = TP_PHASE_STEPPER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_phase_stepper_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TpPhaseStepper *self = TP_PHASE_STEPPER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_WORKSHOP:
      tp_phase_stepper_set_workshop (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_phase_stepper_class_init (TpPhaseStepperClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_phase_stepper_dispose;
  object_class->get_property = tp_phase_stepper_get_property;
  object_class->set_property = tp_phase_stepper_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL, TP_TYPE_WORKSHOP,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-phase-stepper.ui");
  gtk_widget_class_bind_template_child (widget_class, TpPhaseStepper, squeezer);
  gtk_widget_class_bind_template_child (widget_class, TpPhaseStepper, steps_box);
  gtk_widget_class_bind_template_child (widget_class, TpPhaseStepper, compact_number);
  gtk_widget_class_bind_template_child (widget_class, TpPhaseStepper, compact_name);
  gtk_widget_class_bind_template_child (widget_class, TpPhaseStepper, previous_button);
  gtk_widget_class_bind_template_child (widget_class, TpPhaseStepper, next_button);

  gtk_widget_class_bind_template_callback (widget_class, previous_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, squeezer_switched_cb);

  gtk_widget_class_install_action (widget_class, "phase.select", "u", select_action);
  gtk_widget_class_install_action (widget_class, "phase.step", "i", step_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "phase.step", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "phase.step", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "phase.step", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "phase.step", "i", 1);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "phasestepper");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
tp_phase_stepper_init (TpPhaseStepper *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  tp_widget_set_lazy_tooltip (self->previous_button, _("Previous Phase"));
  tp_widget_set_lazy_tooltip (self->next_button, _("Next Phase"));

  add_steps (self);
  add_window_shortcuts (self);
  sync_steps (self);
}

TpStore *
tp_phase_stepper_get_store (TpPhaseStepper *self)
{
  g_return_val_if_fail (TP_IS_PHASE_STEPPER (self), NULL);

  return self->store;
}

TpWorkshop *
tp_phase_stepper_get_workshop (TpPhaseStepper *self)
{
  g_return_val_if_fail (TP_IS_PHASE_STEPPER (self), NULL);

  return self->workshop;
}

/**
 * tp_phase_stepper_set_workshop:
 * @workshop: (nullable): the workshop to follow; %NULL leaves the stepper
 *   insensitive
 */
void
tp_phase_stepper_set_workshop (TpPhaseStepper *self,
                               TpWorkshop     *workshop)
{
  g_return_if_fail (TP_IS_PHASE_STEPPER (self));
  g_return_if_fail (workshop == NULL || TP_IS_WORKSHOP (workshop));

  if (self->workshop == workshop)
    return;

  if (self->workshop != NULL)
    g_clear_signal_handler (&self->phase_handler, self->workshop);
  g_set_object (&self->workshop, workshop);
  if (workshop != NULL)
    self->phase_handler = g_signal_connect (workshop, "notify::phase",
                                            G_CALLBACK (workshop_phase_changed_cb), self);

  gtk_widget_set_sensitive (GTK_WIDGET (self), workshop != NULL);
  if (self->steps[0].button != NULL)
    sync_steps (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
}

GtkWidget *
tp_phase_stepper_get_button (TpPhaseStepper *self,
                             TpPhase         phase)
{
  g_return_val_if_fail (TP_IS_PHASE_STEPPER (self), NULL);
  g_return_val_if_fail (phase < TP_N_PHASES, NULL);

  return GTK_WIDGET (self->steps[phase].button);
}
