/* tp-workshop-row.c — one workshop in the sidebar: title, date, idea count
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "tp-widget-util.h"
#include "tp-workshop-row.h"

struct _TpWorkshopRow
{
  GtkWidget   parent_instance;

  TpWorkshop *workshop;
  gulong      notify_id;
  GtkWidget  *context_menu;

  /* Template children */
  GtkLabel   *title_label;
  GtkLabel   *subtitle_label;
};

G_DEFINE_FINAL_TYPE (TpWorkshopRow, tp_workshop_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSHOP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

TpWorkshopRow *
tp_workshop_row_new (void)
{
  return g_object_new (TP_TYPE_WORKSHOP_ROW, NULL);
}

TpWorkshop *
tp_workshop_row_get_workshop (TpWorkshopRow *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP_ROW (self), NULL);

  return self->workshop;
}

/**
 * tp_format_workshop_date:
 * @date: a workshop's date as the store keeps it, YYYY-MM-DD
 *
 * Returns: (transfer full): the date as people read it, or @date itself
 *   when it is not a calendar date
 */
char *
tp_format_workshop_date (const char *date)
{
  g_autoptr(GDateTime) when = NULL;
  int year, month, day;

  if (date == NULL)
    return g_strdup ("");

  if (sscanf (date, "%4d-%2d-%2d", &year, &month, &day) == 3
      && g_date_valid_dmy (day, month, year))
    when = g_date_time_new_local (year, month, day, 12, 0, 0);

  if (when == NULL)
    return g_strdup (date);

  /* Translators: a workshop's date in the sidebar, see g_date_time_format() */
  return g_date_time_format (when, _("%-d %b %Y"));
}

static void
show_workshop (TpWorkshopRow *self)
{
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  guint n_ideas;

  if (self->workshop == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->subtitle_label, "");
      return;
    }

  n_ideas = tp_workshop_get_n_ideas (self->workshop);
  date = tp_format_workshop_date (tp_workshop_get_date (self->workshop));
  /* Translators: the sidebar's line under a workshop: its date, then how many ideas it has */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u idea", "%s · %u ideas", n_ideas),
                              date, n_ideas);

  gtk_label_set_text (self->title_label, tp_workshop_get_title (self->workshop));
  gtk_label_set_text (self->subtitle_label, subtitle);

  /* GTK 4.8 leaves the item of a list nameless: the title names it. */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title_label, NULL, -1);
}

static void
workshop_changed_cb (TpWorkshopRow *self,
                     GParamSpec    *pspec,
                     TpWorkshop    *workshop)
{
  show_workshop (self);
}

void
tp_workshop_row_set_workshop (TpWorkshopRow *self,
                              TpWorkshop    *workshop)
{
  g_return_if_fail (TP_IS_WORKSHOP_ROW (self));
  g_return_if_fail (workshop == NULL || TP_IS_WORKSHOP (workshop));

  if (self->workshop == workshop)
    return;

  if (self->workshop != NULL)
    g_clear_signal_handler (&self->notify_id, self->workshop);
  g_set_object (&self->workshop, workshop);
  if (workshop != NULL)
    self->notify_id = g_signal_connect_object (workshop, "notify",
                                               G_CALLBACK (workshop_changed_cb), self,
                                               G_CONNECT_SWAPPED);

  show_workshop (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
}

static GMenuModel *
create_context_menu_model (TpWorkshop *workshop)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) rename = g_menu_item_new (_("_Rename…"), NULL);
  g_autoptr(GMenuItem) delete = g_menu_item_new (_("_Delete"), NULL);
  gint64 id = tp_workshop_get_id (workshop);

  g_menu_item_set_action_and_target_value (rename, "win.rename-workshop", g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (delete, "win.delete-workshop", g_variant_new_int64 (id));
  g_menu_append_item (menu, rename);
  g_menu_append_item (menu, delete);

  return G_MENU_MODEL (menu);
}

static void
show_context_menu (TpWorkshopRow *self,
                   double         x,
                   double         y)
{
  g_autoptr(GMenuModel) model = NULL;

  if (self->workshop == NULL)
    return;

  model = create_context_menu_model (self->workshop);

  if (self->context_menu == NULL)
    {
      self->context_menu = gtk_popover_menu_new_from_model (model);
      gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
      gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
    }
  else
    {
      gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->context_menu), model);
    }

  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { (int)x, (int)y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      TpWorkshopRow   *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  show_context_menu (self, x, y);
}

static void
long_pressed_cb (GtkGestureLongPress *gesture,
                 double               x,
                 double               y,
                 TpWorkshopRow       *self)
{
  show_context_menu (self, x, y);
}

static void
tp_workshop_row_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  TpWorkshopRow *self = TP_WORKSHOP_ROW (widget);

  GTK_WIDGET_CLASS (tp_workshop_row_parent_class)->size_allocate (widget, width, height, baseline);

  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

static void
tp_workshop_row_dispose (GObject *object)
{
  TpWorkshopRow *self = TP_WORKSHOP_ROW (object);

  if (self->workshop != NULL)
    g_clear_signal_handler (&self->notify_id, self->workshop);
  g_clear_object (&self->workshop);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_WORKSHOP_ROW);
  tp_widget_unparent_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (tp_workshop_row_parent_class)->dispose (object);
}

static void
tp_workshop_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TpWorkshopRow *self = TP_WORKSHOP_ROW (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_workshop_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TpWorkshopRow *self = TP_WORKSHOP_ROW (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      tp_workshop_row_set_workshop (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_workshop_row_class_init (TpWorkshopRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tp_workshop_row_dispose;
  object_class->get_property = tp_workshop_row_get_property;
  object_class->set_property = tp_workshop_row_set_property;

  widget_class->size_allocate = tp_workshop_row_size_allocate;

  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL,
                         TP_TYPE_WORKSHOP,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-workshop-row.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_bind_template_child (widget_class, TpWorkshopRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TpWorkshopRow, subtitle_label);
}

static void
tp_workshop_row_init (TpWorkshopRow *self)
{
  GtkGesture *click;
  GtkGesture *long_press;

  gtk_widget_init_template (GTK_WIDGET (self));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  long_press = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (long_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (long_press));
}
