/* tp-workshop-view.c — one open workshop: its ideas, groups, backlog and matrix
 *
 * Each phase of the workshop puts one view forward and, for the backlog,
 * the order that phase works in; the other views stay one click (or
 * Ctrl+1 … Ctrl+4) away. Moving between phases changes nothing but what is
 * shown: filters, selections and the chosen voter stay as they were.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "tp-backlog-view-private.h"
#include "tp-cluster-board.h"
#include "tp-idea-row.h"
#include "tp-impact-matrix.h"
#include "tp-vote-bar.h"
#include "tp-workshop-view-private.h"

struct _TpWorkshopView
{
  GtkWidget           parent_instance;

  TpStore            *store;
  TpWorkshop         *workshop;
  GListModel         *ideas;
  GtkSortListModel   *sorted_ideas;
  GtkSingleSelection *idea_selection;
  guint               focus_idle_id;

  GtkWidget          *cluster_board;
  GtkWidget          *vote_bar;
  GtkWidget          *backlog_view;
  gboolean            voting;
  GtkWidget          *matrix;
  AdwStatusPage      *no_ideas_page;    /* made the first time it shows */

  /* Template children */
  AdwViewStack       *stack;
  GtkEntry           *capture_entry;
  GtkRevealer        *capture_error_revealer;
  GtkLabel           *capture_error_label;
  GtkStack           *ideas_stack;
  GtkScrolledWindow  *ideas_scroller;
  GtkGridView        *ideas_view;
  AdwBin             *groups_bin;
  GtkBox             *backlog_box;
  AdwBin             *matrix_bin;
};

G_DEFINE_FINAL_TYPE (TpWorkshopView, tp_workshop_view, GTK_TYPE_WIDGET)

static void ensure_view (TpWorkshopView *self,
                         const char     *name);
static void ensure_no_ideas_page (TpWorkshopView *self);

enum {
  PROP_0,
  PROP_STORE,
  PROP_WORKSHOP,
  PROP_VISIBLE_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
tp_workshop_view_new (TpStore    *store,
                      TpWorkshop *workshop)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  return g_object_new (TP_TYPE_WORKSHOP_VIEW,
                       "store", store,
                       "workshop", workshop,
                       NULL);
}

TpWorkshop *
tp_workshop_view_get_workshop (TpWorkshopView *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP_VIEW (self), NULL);

  return self->workshop;
}

AdwViewStack *
tp_workshop_view_get_stack (TpWorkshopView *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP_VIEW (self), NULL);

  return self->stack;
}

const char *
tp_workshop_view_get_visible_view (TpWorkshopView *self)
{
  g_return_val_if_fail (TP_IS_WORKSHOP_VIEW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
tp_workshop_view_set_visible_view (TpWorkshopView *self,
                                   const char     *name)
{
  g_return_if_fail (TP_IS_WORKSHOP_VIEW (self));
  g_return_if_fail (name != NULL);

  ensure_view (self, name);
  adw_view_stack_set_visible_child_name (self->stack, name);
}

GtkWidget *
tp_workshop_view_get_part (TpWorkshopView     *self,
                           TpWorkshopViewPart  part)
{
  g_return_val_if_fail (TP_IS_WORKSHOP_VIEW (self), NULL);

  switch (part)
    {
    case TP_WORKSHOP_VIEW_PART_CAPTURE_ENTRY:
      return GTK_WIDGET (self->capture_entry);
    case TP_WORKSHOP_VIEW_PART_CAPTURE_ERROR:
      return GTK_WIDGET (self->capture_error_revealer);
    case TP_WORKSHOP_VIEW_PART_IDEAS_VIEW:
      return GTK_WIDGET (self->ideas_view);
    case TP_WORKSHOP_VIEW_PART_NO_IDEAS_PAGE:
      ensure_no_ideas_page (self);
      return GTK_WIDGET (self->no_ideas_page);
    case TP_WORKSHOP_VIEW_PART_CLUSTER_BOARD:
      ensure_view (self, TP_WORKSHOP_VIEW_GROUPS);
      return self->cluster_board;
    case TP_WORKSHOP_VIEW_PART_VOTE_BAR:
      ensure_view (self, TP_WORKSHOP_VIEW_BACKLOG);
      return self->vote_bar;
    case TP_WORKSHOP_VIEW_PART_BACKLOG_VIEW:
      ensure_view (self, TP_WORKSHOP_VIEW_BACKLOG);
      return self->backlog_view;
    case TP_WORKSHOP_VIEW_PART_IMPACT_MATRIX:
      ensure_view (self, TP_WORKSHOP_VIEW_MATRIX);
      return self->matrix;
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Focus */

void
tp_workshop_view_focus_capture (TpWorkshopView *self)
{
  g_return_if_fail (TP_IS_WORKSHOP_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->capture_entry));
}

static gboolean
page_has_focus (TpWorkshopView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *page = adw_view_stack_get_visible_child (self->stack);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && page != NULL && gtk_widget_is_ancestor (focus, page);
}

/**
 * tp_workshop_view_focus_page:
 *
 * Gives the keyboard focus to where the visible page starts: the capture
 * entry, the first idea of the backlog, the first row of the groups or
 * the first card of the matrix. Otherwise GTK leaves it on the first
 * button of the window, the timer's, which the first Space would start.
 *
 * Returns: %TRUE if the page has the focus, %FALSE if it has nothing to
 *   give it to (yet)
 */
gboolean
tp_workshop_view_focus_page (TpWorkshopView *self)
{
  const char *name;

  g_return_val_if_fail (TP_IS_WORKSHOP_VIEW (self), FALSE);

  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return FALSE;

  /* The stack, changing pages, may have put the focus on one of the
   * backlog's controls above the list: the list is where it belongs. */
  name = tp_workshop_view_get_visible_view (self);
  if (g_strcmp0 (name, TP_WORKSHOP_VIEW_BACKLOG) == 0)
    return tp_backlog_view_focus_ideas (TP_BACKLOG_VIEW (self->backlog_view));

  if (page_has_focus (self))
    return TRUE;

  if (g_strcmp0 (name, TP_WORKSHOP_VIEW_IDEAS) == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->capture_entry));

  return gtk_widget_child_focus (adw_view_stack_get_visible_child (self->stack), GTK_DIR_TAB_FORWARD);
}

/* What the page holds the focus in already, such as words being typed
 * in the backlog's search, stays there. */
static gboolean
focus_page_cb (gpointer data)
{
  TpWorkshopView *self = data;

  self->focus_idle_id = 0;
  if (!page_has_focus (self))
    tp_workshop_view_focus_page (self);

  return G_SOURCE_REMOVE;
}

static void
focus_page_when_idle (TpWorkshopView *self)
{
  if (self->focus_idle_id == 0)
    self->focus_idle_id = g_idle_add (focus_page_cb, self);
}

/* Phases */

void
tp_workshop_view_show_phase (TpWorkshopView *self,
                             TpPhase         phase)
{
  const char *view = TP_WORKSHOP_VIEW_BACKLOG;
  TpSortKey sort_key = TP_SORT_RANK;

  g_return_if_fail (TP_IS_WORKSHOP_VIEW (self));
  g_return_if_fail (phase < TP_N_PHASES);

  switch (phase)
    {
    case TP_PHASE_CAPTURE:
      view = TP_WORKSHOP_VIEW_IDEAS;
      break;
    case TP_PHASE_GROUP:
      view = TP_WORKSHOP_VIEW_GROUPS;
      break;
    case TP_PHASE_VOTE:
      sort_key = TP_SORT_VOTES;
      break;
    case TP_PHASE_PRIORITISE:
      sort_key = TP_SORT_IMPACT_EFFORT;
      break;
    case TP_PHASE_WALK:
    case TP_PHASE_REVIEW:
    default:
      break;
    }

  ensure_view (self, view);
  if (g_strcmp0 (view, TP_WORKSHOP_VIEW_BACKLOG) == 0)
    tp_backlog_view_set_sort_key (TP_BACKLOG_VIEW (self->backlog_view), sort_key);

  /* The votes left stay in sight in every phase; voting is when they
   * matter most. */
  self->voting = phase == TP_PHASE_VOTE;
  if (self->vote_bar != NULL && self->voting)
    gtk_widget_add_css_class (self->vote_bar, "voting");
  else if (self->vote_bar != NULL)
    gtk_widget_remove_css_class (self->vote_bar, "voting");
  adw_view_stack_set_visible_child_name (self->stack, view);

  /* The phase stepper puts the focus back on its own button once the
   * phase is stored, so the page takes it a moment later. */
  focus_page_when_idle (self);
}

static void
workshop_phase_changed_cb (TpWorkshopView *self,
                           GParamSpec     *pspec,
                           TpWorkshop     *workshop)
{
  tp_workshop_view_show_phase (self, tp_workshop_get_phase (workshop));
}

static void
visible_view_changed_cb (TpWorkshopView *self,
                         GParamSpec     *pspec,
                         AdwViewStack   *stack)
{
  const char *name = adw_view_stack_get_visible_child_name (stack);

  ensure_view (self, name);

  /* Whenever a page comes into view, by Ctrl+1 … Ctrl+4, the view
   * switcher or the phase, the keyboard can go on there at once: the
   * next idea typed, the first idea voted on. The stack only moves the
   * focus along when it was inside the page it leaves, which left it on
   * the timer's button for a workshop that opened on its backlog. */
  if (!tp_workshop_view_focus_page (self) && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    focus_page_when_idle (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_VIEW]);
}

/* Capture */

/* A workshop with ideas never shows this page, yet the stack styles and
 * measures every page it holds, before the first frame too. */
static void
ensure_no_ideas_page (TpWorkshopView *self)
{
  GtkWidget *page;

  if (self->no_ideas_page != NULL)
    return;

  page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "document-edit-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No Ideas Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("Type an idea above and press Enter. Add #tags and an @author as you go."));
  gtk_widget_add_css_class (page, "compact");
  gtk_stack_add_named (self->ideas_stack, page, "no-ideas");
  self->no_ideas_page = ADW_STATUS_PAGE (page);
}

static void
update_ideas_page (TpWorkshopView *self)
{
  gboolean empty = g_list_model_get_n_items (self->ideas) == 0;

  if (empty)
    ensure_no_ideas_page (self);
  gtk_stack_set_visible_child_name (self->ideas_stack, empty ? "no-ideas" : "ideas");
}

static void
ideas_changed_cb (TpWorkshopView *self,
                  guint           position,
                  guint           removed,
                  guint           added,
                  GListModel     *model)
{
  update_ideas_page (self);
}

static void
workshop_anonymous_changed_cb (TpWorkshopView *self,
                               GParamSpec     *pspec,
                               TpWorkshop     *workshop)
{
  if (tp_workshop_get_anonymous (workshop))
    gtk_entry_set_placeholder_text (self->capture_entry,
                                    _("Type an idea, #tag it — authors stay anonymous — Enter adds it"));
  else
    gtk_entry_set_placeholder_text (self->capture_entry,
                                    _("Type an idea, #tag it, @name its author — Enter adds it"));
}

static void
clear_capture_error (TpWorkshopView *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->capture_entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->capture_entry), NULL);
  gtk_revealer_set_reveal_child (self->capture_error_revealer, FALSE);
}

static void
show_capture_error (TpWorkshopView *self,
                    const char     *message)
{
  gtk_widget_add_css_class (GTK_WIDGET (self->capture_entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->capture_entry), message);
  gtk_label_set_text (self->capture_error_label, message);
  gtk_revealer_set_reveal_child (self->capture_error_revealer, TRUE);
}

static void
capture_activated_cb (TpWorkshopView *self,
                      GtkEntry       *entry)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  GtkAdjustment *vadjustment;

  if (trimmed[0] == '\0')
    return;

  if (!tp_store_capture_idea (self->store, self->workshop, text, &error))
    {
      show_capture_error (self, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  clear_capture_error (self);

  /* Newest first: show the idea just added. */
  vadjustment = gtk_scrolled_window_get_vadjustment (self->ideas_scroller);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
}

static void
capture_changed_cb (TpWorkshopView *self,
                    GtkEntry       *entry)
{
  clear_capture_error (self);
}

/* Opening ideas */

static void
edit_idea (TpWorkshopView *self,
           TpIdea         *idea)
{
  if (idea != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-idea", "x", tp_idea_get_id (idea));
}

static void
idea_activated_cb (TpWorkshopView *self,
                   guint           position,
                   GtkGridView    *view)
{
  g_autoptr(TpIdea) idea = g_list_model_get_item (G_LIST_MODEL (self->idea_selection), position);

  edit_idea (self, idea);
}

static void
backlog_idea_activated_cb (TpWorkshopView *self,
                           TpIdea         *idea,
                           TpBacklogView  *view)
{
  edit_idea (self, idea);
}

static void
matrix_idea_activated_cb (TpWorkshopView *self,
                          TpIdea         *idea,
                          TpImpactMatrix *matrix)
{
  edit_idea (self, idea);
}

/* The idea whose row has the keyboard focus, or failing that the
 * selected one: Tab can focus a row without selecting it. */
TpIdea *
tp_workshop_view_get_focused_idea (TpWorkshopView *self)
{
  GtkRoot *root;
  GtkWidget *focus = NULL;
  GtkWidget *row = NULL;

  g_return_val_if_fail (TP_IS_WORKSHOP_VIEW (self), NULL);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (root != NULL)
    focus = gtk_root_get_focus (root);

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->ideas_view)))
    {
      GtkWidget *child = gtk_widget_get_first_child (focus);

      if (TP_IS_IDEA_ROW (focus))
        row = focus;
      else if (child != NULL && TP_IS_IDEA_ROW (child))
        row = child;
      else
        row = gtk_widget_get_ancestor (focus, TP_TYPE_IDEA_ROW);
    }

  if (row != NULL && tp_idea_row_get_idea (TP_IDEA_ROW (row)) != NULL)
    return tp_idea_row_get_idea (TP_IDEA_ROW (row));

  return gtk_single_selection_get_selected_item (self->idea_selection);
}

/* Setup */

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  gint64 id_a = tp_idea_get_id ((TpIdea *)a);
  gint64 id_b = tp_idea_get_id ((TpIdea *)b);

  /* Ids grow in capture order. */
  return (id_a < id_b) - (id_a > id_b);
}

static void
setup_idea_row_cb (TpWorkshopView           *self,
                   GtkListItem              *item,
                   GtkSignalListItemFactory *factory)
{
  TpIdeaRow *row = tp_idea_row_new (self->store, self->workshop);

  g_object_bind_property (self->workshop, "hide-authors", row, "hide-author", G_BINDING_SYNC_CREATE);
  gtk_list_item_set_child (item, GTK_WIDGET (row));
}

static void
bind_idea_row_cb (TpWorkshopView           *self,
                  GtkListItem              *item,
                  GtkSignalListItemFactory *factory)
{
  tp_idea_row_set_idea (TP_IDEA_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
unbind_idea_row_cb (TpWorkshopView           *self,
                    GtkListItem              *item,
                    GtkSignalListItemFactory *factory)
{
  tp_idea_row_set_idea (TP_IDEA_ROW (gtk_list_item_get_child (item)), NULL);
}

/* TOUCHPOINT_TRACE_SHOWN=1 prints each idea as it enters the list the
 * window shows, so tests/crash/test-crash-kill can check that every idea
 * a user saw is still in the database after the app is killed. */
static void
trace_shown_ideas_cb (GListModel *model,
                      guint       position,
                      guint       removed,
                      guint       added,
                      gpointer    user_data)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (model, i);

      printf ("shown\t%s\t%s\n", tp_idea_get_uuid (idea), tp_idea_get_title (idea));
    }
  fflush (stdout);
}

static void
setup_ideas (TpWorkshopView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkCustomSorter *sorter;
  GtkEventController *shortcuts;
  GtkShortcutTrigger *trigger;

  self->ideas = g_object_ref (tp_store_get_ideas (self->store, self->workshop));
  g_signal_connect_object (self->ideas, "items-changed",
                           G_CALLBACK (ideas_changed_cb), self,
                           G_CONNECT_SWAPPED);

  sorter = gtk_custom_sorter_new (compare_newest_first, NULL, NULL);
  self->sorted_ideas = gtk_sort_list_model_new (g_object_ref (self->ideas), GTK_SORTER (sorter));
  self->idea_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted_ideas)));
  gtk_single_selection_set_autoselect (self->idea_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->idea_selection, TRUE);

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_idea_row_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_idea_row_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_idea_row_cb), self, G_CONNECT_SWAPPED);
  gtk_grid_view_set_factory (self->ideas_view, factory);
  gtk_grid_view_set_model (self->ideas_view, GTK_SELECTION_MODEL (self->idea_selection));
  if (g_strcmp0 (g_getenv ("TOUCHPOINT_TRACE_SHOWN"), "1") == 0)
    {
      g_signal_connect (self->sorted_ideas, "items-changed", G_CALLBACK (trace_shown_ideas_cb), NULL);
      trace_shown_ideas_cb (G_LIST_MODEL (self->sorted_ideas), 0, 0,
                            g_list_model_get_n_items (G_LIST_MODEL (self->sorted_ideas)), NULL);
    }

  /* Delete only means "delete the idea" while the focus is in the list,
   * never while typing in the capture entry. */
  shortcuts = gtk_shortcut_controller_new ();
  trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                         gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new_with_arguments (trigger,
                                                                         gtk_named_action_new ("win.delete-idea"),
                                                                         "x", (gint64)0));
  gtk_widget_add_controller (GTK_WIDGET (self->ideas_view), shortcuts);

  g_signal_connect_object (self->workshop, "notify::anonymous",
                           G_CALLBACK (workshop_anonymous_changed_cb), self,
                           G_CONNECT_SWAPPED);
  workshop_anonymous_changed_cb (self, NULL, self->workshop);
  update_ideas_page (self);
}

/* The board and the matrix make a widget for every idea, which a large
 * workshop pays for in seconds, and the backlog sorts and filters every
 * idea again: each view is built the first time it is shown, not when
 * the workshop opens. */
static void
ensure_view (TpWorkshopView *self,
             const char     *name)
{
  if (g_strcmp0 (name, TP_WORKSHOP_VIEW_BACKLOG) == 0 && self->backlog_view == NULL)
    {
      self->vote_bar = tp_vote_bar_new (self->store, self->workshop);
      gtk_widget_add_css_class (self->vote_bar, "workshop-vote-bar");
      if (self->voting)
        gtk_widget_add_css_class (self->vote_bar, "voting");
      gtk_box_append (self->backlog_box, self->vote_bar);

      self->backlog_view = tp_backlog_view_new (self->store, self->workshop);
      gtk_widget_set_vexpand (self->backlog_view, TRUE);
      gtk_box_append (self->backlog_box, self->backlog_view);
      g_object_bind_property (self->vote_bar, "voter", self->backlog_view, "voter",
                              G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
      g_signal_connect_object (self->backlog_view, "idea-activated",
                               G_CALLBACK (backlog_idea_activated_cb), self,
                               G_CONNECT_SWAPPED);
    }
  else if (g_strcmp0 (name, TP_WORKSHOP_VIEW_GROUPS) == 0 && self->cluster_board == NULL)
    {
      self->cluster_board = tp_cluster_board_new (self->store, self->workshop);
      adw_bin_set_child (self->groups_bin, self->cluster_board);
    }
  else if (g_strcmp0 (name, TP_WORKSHOP_VIEW_MATRIX) == 0 && self->matrix == NULL)
    {
      self->matrix = tp_impact_matrix_new (self->store, self->workshop);
      adw_bin_set_child (self->matrix_bin, self->matrix);
      g_signal_connect_object (self->matrix, "idea-activated",
                               G_CALLBACK (matrix_idea_activated_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
tp_workshop_view_constructed (GObject *object)
{
  TpWorkshopView *self = TP_WORKSHOP_VIEW (object);

  G_OBJECT_CLASS (tp_workshop_view_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));
  g_assert (TP_IS_WORKSHOP (self->workshop));

  setup_ideas (self);

  g_signal_connect_object (self->workshop, "notify::phase",
                           G_CALLBACK (workshop_phase_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (visible_view_changed_cb), self,
                           G_CONNECT_SWAPPED);

  /* Opening a workshop goes back to where its phase left the room. */
  tp_workshop_view_show_phase (self, tp_workshop_get_phase (self->workshop));
}

static void
tp_workshop_view_dispose (GObject *object)
{
  TpWorkshopView *self = TP_WORKSHOP_VIEW (object);

  g_clear_handle_id (&self->focus_idle_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_WORKSHOP_VIEW);

  g_clear_object (&self->idea_selection);
  g_clear_object (&self->sorted_ideas);
  g_clear_object (&self->ideas);

  G_OBJECT_CLASS (tp_workshop_view_parent_class)->dispose (object);
}

static void
tp_workshop_view_finalize (GObject *object)
{
  TpWorkshopView *self = TP_WORKSHOP_VIEW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->workshop);

  G_OBJECT_CLASS (tp_workshop_view_parent_class)->finalize (object);
}

static void
tp_workshop_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TpWorkshopView *self = TP_WORKSHOP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    case PROP_VISIBLE_VIEW:
      g_value_set_string (value, tp_workshop_view_get_visible_view (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_workshop_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TpWorkshopView *self = TP_WORKSHOP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_WORKSHOP:
      self->workshop = g_value_dup_object (value);
      break;

    case PROP_VISIBLE_VIEW:
      tp_workshop_view_set_visible_view (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_workshop_view_class_init (TpWorkshopViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tp_workshop_view_constructed;
  object_class->dispose = tp_workshop_view_dispose;
  object_class->finalize = tp_workshop_view_finalize;
  object_class->get_property = tp_workshop_view_get_property;
  object_class->set_property = tp_workshop_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TP_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL,
                         TP_TYPE_WORKSHOP,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VISIBLE_VIEW] =
    g_param_spec_string ("visible-view", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-workshop-view.ui");

  gtk_widget_class_bind_template_child (widget_class, TpWorkshopView, stack);
  gtk_widget_class_bind_template_child (widget_class, TpWorkshopView, capture_entry);
  gtk_widget_class_bind_template_child (widget_class, TpWorkshopView, capture_error_revealer);
  gtk_widget_class_bind_template_child (widget_class, TpWorkshopView, capture_error_label);
  gtk_widget_class_bind_template_child (widget_class, TpWorkshopView, ideas_stack);
  gtk_widget_class_bind_template_child (widget_class, TpWorkshopView, ideas_scroller);
  gtk_widget_class_bind_template_child (widget_class, TpWorkshopView, ideas_view);
  gtk_widget_class_bind_template_child (widget_class, TpWorkshopView, groups_bin);
  gtk_widget_class_bind_template_child (widget_class, TpWorkshopView, backlog_box);
  gtk_widget_class_bind_template_child (widget_class, TpWorkshopView, matrix_bin);

  gtk_widget_class_bind_template_callback (widget_class, capture_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, capture_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, idea_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "workshopview");
}

static void
tp_workshop_view_init (TpWorkshopView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
