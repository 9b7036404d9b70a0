/* tp-backlog-view.c — the prioritised backlog of a workshop: sort, filter, rank, vote
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tp-backlog-filter-model.h"
#include "tp-backlog-filters.h"
#include "tp-backlog-row.h"
#include "tp-backlog-toolbar.h"
#include "tp-backlog-view-internal.h"
#include "tp-backlog-view-private.h"
#include "tp-widget-util.h"

G_DEFINE_FINAL_TYPE (TpBacklogView, tp_backlog_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_WORKSHOP,
  PROP_VOTER,
  PROP_SORT_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  IDEA_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
tp_backlog_view_new (TpStore    *store,
                     TpWorkshop *workshop)
{
  g_return_val_if_fail (TP_IS_STORE (store), NULL);
  g_return_val_if_fail (TP_IS_WORKSHOP (workshop), NULL);

  return g_object_new (TP_TYPE_BACKLOG_VIEW,
                       "store", store,
                       "workshop", workshop,
                       NULL);
}

static void
show_message (TpBacklogView *self,
              const char    *message)
{
  AdwToast *toast = adw_toast_new (message);

  g_free (self->message);
  self->message = g_strdup (message);
  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static TpIdea *
lookup_idea (TpBacklogView *self,
             gint64         id)
{
  guint n = g_list_model_get_n_items (self->ideas);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) idea = g_list_model_get_item (self->ideas, i);

      if (tp_idea_get_id (idea) == id)
        return idea;
    }

  return NULL;
}

/* Sorting and filtering */

static int
compare_ideas_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  TpBacklogView *self = data;

  return tp_backlog_compare ((TpIdea *)a, (TpIdea *)b, self->sort_key);
}

static void
update_page (TpBacklogView *self)
{
  const char *page = "list";

  if (g_list_model_get_n_items (self->ideas) == 0)
    page = "none";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    page = "empty";

  gtk_stack_set_visible_child_name (self->stack, page);
}

/* The filter model tells a big change in two steps (see its announce()),
 * and GtkMultiSelection keeps a row selected only where one change takes
 * it out and puts it back in: so the ideas selected are noted before the
 * filter changes, by where they are in the sorted list, and selected
 * again after where they are still shown. */
static GArray *
note_selection (TpBacklogView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *sources;
  GtkBitsetIter iter;
  guint position;

  if (gtk_bitset_is_empty (selected))
    return NULL;

  sources = g_array_sized_new (FALSE, FALSE, sizeof (guint), (guint)gtk_bitset_get_size (selected));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      guint source = tp_backlog_filter_model_get_source_position (self->filter_model, position);

      g_array_append_val (sources, source);
    }

  return sources;
}

static void
select_again (TpBacklogView *self,
              GArray        *sources)
{
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(GtkBitset) mask = NULL;

  if (sources == NULL)
    return;

  selected = gtk_bitset_new_empty ();
  for (guint i = 0; i < sources->len; i++)
    {
      guint position;

      if (tp_backlog_filter_model_find_source_position (self->filter_model,
                                                        g_array_index (sources, guint, i), &position))
        gtk_bitset_add (selected, position);
    }

  mask = gtk_bitset_new_range (0, g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)));
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), selected, mask);
}

static void
update_filter (TpBacklogView *self)
{
  TpBacklogFilter *filter = tp_backlog_filter_model_get_filter (self->filter_model);
  g_autoptr(GArray) selected = note_selection (self);

  tp_backlog_filter_set_text (filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  tp_backlog_filters_apply (self->filters, filter);
  tp_backlog_filter_model_refilter (self->filter_model);
  select_again (self, selected);
}

/* Each keystroke looks only at the ideas it can change: typing more at
 * those shown, erasing at those hidden. The list then shows the ideas
 * found from the first. */
static void
search_changed_cb (TpBacklogView *self)
{
  g_autoptr(GArray) selected = note_selection (self);

  tp_backlog_filter_model_set_text (self->filter_model,
                                    gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  select_again (self, selected);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
}

static void
filter_controls_changed_cb (TpBacklogView *self)
{
  update_filter (self);
}

/* The selection and tagging several ideas at once */

static GPtrArray *
get_selected_ideas (TpBacklogView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GPtrArray *ideas = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (ideas, g_list_model_get_item (G_LIST_MODEL (self->selection), position));

  return ideas;
}

static void
update_selection_bar (TpBacklogView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint n = (guint)gtk_bitset_get_size (selected);
  g_autofree char *text = NULL;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u idea selected", "%u ideas selected", n), n);
  gtk_label_set_text (self->selection_label, text);
  gtk_revealer_set_reveal_child (self->selection_revealer, n > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backlog.tag-selection", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backlog.untag-selection", n > 0);
}

static void
selection_changed_cb (TpBacklogView *self)
{
  update_selection_bar (self);
}

static void
sorted_items_changed_cb (TpBacklogView *self)
{
  update_page (self);
  update_selection_bar (self);
}

static void
tag_selected_ideas (TpBacklogView *self,
                    GtkEditable   *entry,
                    GtkMenuButton *button,
                    gboolean       add)
{
  g_autoptr(GPtrArray) ideas = get_selected_ideas (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (ideas->len == 0 || name[0] == '\0')
    return;

  if (!tp_store_tag_ideas (self->store, ideas, (const char *[]) { name, NULL }, add, &error))
    {
      show_message (self, error->message);
      return;
    }

  gtk_editable_set_text (entry, "");
  gtk_menu_button_popdown (button);
}

static void
tag_selection_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TpBacklogView *self = TP_BACKLOG_VIEW (widget);

  tag_selected_ideas (self, self->tag_entry, self->tag_selection_button, TRUE);
}

static void
untag_selection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TpBacklogView *self = TP_BACKLOG_VIEW (widget);

  tag_selected_ideas (self, self->untag_entry, self->untag_button, FALSE);
}

static void
ask_for_tag_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TpBacklogView *self = TP_BACKLOG_VIEW (widget);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  if (gtk_bitset_is_empty (selected))
    return;

  gtk_revealer_set_reveal_child (self->selection_revealer, TRUE);
  gtk_menu_button_popup (self->tag_selection_button);
}

/* Rows, ranks and votes */

TpBacklogRow *
tp_backlog_view_find_row (TpBacklogView *self,
                          TpIdea        *idea)
{
  g_return_val_if_fail (TP_IS_BACKLOG_VIEW (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (row != NULL && TP_IS_BACKLOG_ROW (row) &&
          tp_backlog_row_get_idea (TP_BACKLOG_ROW (row)) == idea)
        return TP_BACKLOG_ROW (row);
    }

  return NULL;
}

/* The list item that has the keyboard focus wraps the row; the rows
 * themselves never take it. */
static TpIdea *
find_focused_idea (TpBacklogView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *widget = focus; widget != NULL && widget != GTK_WIDGET (self);
       widget = gtk_widget_get_parent (widget))
    {
      GtkWidget *child = gtk_widget_get_first_child (widget);

      if (TP_IS_BACKLOG_ROW (widget))
        return tp_backlog_row_get_idea (TP_BACKLOG_ROW (widget));
      if (child != NULL && TP_IS_BACKLOG_ROW (child))
        return tp_backlog_row_get_idea (TP_BACKLOG_ROW (child));
    }

  return NULL;
}

static gboolean
find_position (GListModel *model,
               TpIdea     *idea,
               guint      *position)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TpIdea) item = g_list_model_get_item (model, i);

      if (item == idea)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
focus_idea (TpBacklogView *self,
            TpIdea        *idea)
{
  TpBacklogRow *row;
  guint position;

  if (!find_position (G_LIST_MODEL (self->filter_model), idea, &position))
    return;

  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  if ((row = tp_backlog_view_find_row (self, idea)) != NULL)
    gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row)));
}

/**
 * tp_backlog_view_focus_ideas:
 *
 * Puts the keyboard where a facilitator starts on the backlog: on the
 * idea whose row has it already, else on the first idea shown, where +,
 * −, Alt+Up and Enter work; when the filters hide every idea, in the
 * search entry, where they can be undone.
 *
 * Returns: %TRUE if the focus is there, %FALSE if the list has not made
 *   the first idea's row yet
 */
gboolean
tp_backlog_view_focus_ideas (TpBacklogView *self)
{
  g_autoptr(TpIdea) first = NULL;

  g_return_val_if_fail (TP_IS_BACKLOG_VIEW (self), FALSE);

  if (find_focused_idea (self) != NULL)
    return TRUE;

  first = g_list_model_get_item (G_LIST_MODEL (self->filter_model), 0);
  if (first == NULL)
    return gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  focus_idea (self, first);
  return find_focused_idea (self) == first;
}

/* Puts @idea just before or after @target in the manual order of the
 * whole workshop, whatever the filters hide. */
static gboolean
move_idea_next_to (TpBacklogView *self,
                   TpIdea        *idea,
                   TpIdea        *target,
                   gboolean       after)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (self->ideas);
  guint rank;

  for (guint i = 0; i < n; i++)
    {
      TpIdea *item = g_list_model_get_item (self->ideas, i);

      if (item == idea)
        g_object_unref (item);
      else
        g_ptr_array_add (order, item);
    }
  g_ptr_array_sort (order, tp_idea_compare_rank);

  if (!g_ptr_array_find (order, target, &rank))
    return FALSE;
  if (after)
    rank++;

  if (!tp_store_move_idea (self->store, idea, rank, &error))
    {
      show_message (self, error->message);
      return FALSE;
    }

  focus_idea (self, idea);
  return TRUE;
}

static void
move_next_to_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TpBacklogView *self = TP_BACKLOG_VIEW (widget);
  gint64 idea_id, target_id;
  gboolean after;
  TpIdea *idea, *target;

  g_variant_get (parameter, "(xxb)", &idea_id, &target_id, &after);
  idea = lookup_idea (self, idea_id);
  target = lookup_idea (self, target_id);

  if (self->sort_key == TP_SORT_RANK && idea != NULL && target != NULL && idea != target)
    move_idea_next_to (self, idea, target, after);
}

/* Alt+Up and Alt+Down swap the focused idea with its visible neighbour. */
static void
move_focused_idea (TpBacklogView *self,
                   int            step)
{
  TpIdea *idea = find_focused_idea (self);
  g_autoptr(TpIdea) neighbour = NULL;
  guint position;

  if (self->sort_key != TP_SORT_RANK || idea == NULL ||
      !find_position (G_LIST_MODEL (self->filter_model), idea, &position))
    return;

  if ((step < 0 && position == 0) ||
      (step > 0 && position + 1 >= g_list_model_get_n_items (G_LIST_MODEL (self->filter_model))))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  neighbour = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position + step);
  move_idea_next_to (self, idea, neighbour, step > 0);
}

static void
move_focused_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  move_focused_idea (TP_BACKLOG_VIEW (widget), g_str_equal (action_name, "backlog.move-up") ? -1 : 1);
}

static void
vote (TpBacklogView *self,
      TpIdea        *idea,
      gboolean       add)
{
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (idea == NULL)
    return;

  if (self->voter == NULL)
    {
      show_message (self, _("Choose who is voting first"));
      return;
    }

  if (add)
    done = tp_store_add_vote (self->store, idea, self->voter, &error);
  else
    done = tp_store_remove_vote (self->store, idea, self->voter, &error);

  if (!done)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      show_message (self, error->message);
    }
}

static void
vote_for_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TpBacklogView *self = TP_BACKLOG_VIEW (widget);

  vote (self, lookup_idea (self, g_variant_get_int64 (parameter)),
        g_str_equal (action_name, "backlog.vote-for"));
}

static void
vote_for_focused_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  TpBacklogView *self = TP_BACKLOG_VIEW (widget);

  vote (self, find_focused_idea (self), g_str_equal (action_name, "backlog.add-vote"));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TpBacklogView *self = TP_BACKLOG_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TpBacklogView *self = TP_BACKLOG_VIEW (widget);

  tp_backlog_filters_clear (self->filters);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  update_filter (self);
}

static void
list_activated_cb (TpBacklogView *self,
                   guint          position)
{
  g_autoptr(TpIdea) idea = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (idea != NULL)
    g_signal_emit (self, signals[IDEA_ACTIVATED], 0, idea);
}

/* Properties */

TpWorkshop *
tp_backlog_view_get_workshop (TpBacklogView *self)
{
  g_return_val_if_fail (TP_IS_BACKLOG_VIEW (self), NULL);

  return self->workshop;
}

TpParticipant *
tp_backlog_view_get_voter (TpBacklogView *self)
{
  g_return_val_if_fail (TP_IS_BACKLOG_VIEW (self), NULL);

  return self->voter;
}

void
tp_backlog_view_set_voter (TpBacklogView *self,
                           TpParticipant *voter)
{
  g_return_if_fail (TP_IS_BACKLOG_VIEW (self));
  g_return_if_fail (voter == NULL || TP_IS_PARTICIPANT (voter));

  if (g_set_object (&self->voter, voter))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTER]);
}

TpSortKey
tp_backlog_view_get_sort_key (TpBacklogView *self)
{
  g_return_val_if_fail (TP_IS_BACKLOG_VIEW (self), TP_SORT_RANK);

  return self->sort_key;
}

void
tp_backlog_view_set_sort_key (TpBacklogView *self,
                              TpSortKey      key)
{
  g_return_if_fail (TP_IS_BACKLOG_VIEW (self));
  g_return_if_fail (key <= TP_SORT_MOSCOW);

  if (self->sort_key == key)
    return;

  self->sort_key = key;
  gtk_drop_down_set_selected (self->sort_dropdown, key);
  gtk_sorter_changed (GTK_SORTER (self->custom_sorter), GTK_SORTER_CHANGE_DIFFERENT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backlog.move-up", key == TP_SORT_RANK);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backlog.move-down", key == TP_SORT_RANK);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_KEY]);
}

static void
sort_selected_cb (TpBacklogView *self,
                  GParamSpec    *pspec,
                  GtkDropDown   *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected <= TP_SORT_MOSCOW)
    tp_backlog_view_set_sort_key (self, selected);
}

/**
 * tp_backlog_view_get_shown_ideas:
 *
 * Returns: (transfer none): the ideas as the list shows them, sorted and
 *   filtered, for whatever leaves the window as what the user sees
 */
GListModel *
tp_backlog_view_get_shown_ideas (TpBacklogView *self)
{
  g_return_val_if_fail (TP_IS_BACKLOG_VIEW (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

/* For the tests */

GListModel *
tp_backlog_view_get_model (TpBacklogView *self)
{
  return G_LIST_MODEL (self->selection);
}

GtkEditable *
tp_backlog_view_get_search_entry (TpBacklogView *self)
{
  return GTK_EDITABLE (self->search_entry);
}

TpBacklogFilters *
tp_backlog_view_get_filters (TpBacklogView *self)
{
  return self->filters;
}

const char *
tp_backlog_view_get_message (TpBacklogView *self)
{
  return self->message;
}

const char *
tp_backlog_view_get_visible_page (TpBacklogView *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

/* Life cycle */

static void
tp_backlog_view_constructed (GObject *object)
{
  TpBacklogView *self = TP_BACKLOG_VIEW (object);

  G_OBJECT_CLASS (tp_backlog_view_parent_class)->constructed (object);

  g_assert (TP_IS_STORE (self->store));
  g_assert (TP_IS_WORKSHOP (self->workshop));

  self->ideas = g_object_ref (tp_store_get_ideas (self->store, self->workshop));
  self->custom_sorter = gtk_custom_sorter_new (compare_ideas_cb, self, NULL);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (self->ideas),
                                              g_object_ref (GTK_SORTER (self->custom_sorter)));
  self->filter_model = tp_backlog_filter_model_new (G_LIST_MODEL (self->sort_model));
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (sorted_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  tp_backlog_view_set_up_list (self);
  g_signal_connect_object (self->list_view, "activate",
                           G_CALLBACK (list_activated_cb), self, G_CONNECT_SWAPPED);

  tp_backlog_filters_set_tags (self->filters, tp_store_get_tags (self->store, self->workshop));
  update_page (self);
  update_selection_bar (self);
}

static void
tp_backlog_view_dispose (GObject *object)
{
  TpBacklogView *self = TP_BACKLOG_VIEW (object);

  g_clear_handle_id (&self->spare_rows_id, g_source_remove);
  if (self->list_view != NULL)
    gtk_grid_view_set_model (self->list_view, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), TP_TYPE_BACKLOG_VIEW);
  tp_widget_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->spare_rows, g_ptr_array_unref);

  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->custom_sorter);
  g_clear_object (&self->ideas);
  g_clear_object (&self->voter);
  g_clear_object (&self->workshop);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tp_backlog_view_parent_class)->dispose (object);
}

static void
tp_backlog_view_finalize (GObject *object)
{
  TpBacklogView *self = TP_BACKLOG_VIEW (object);

  g_free (self->message);

  G_OBJECT_CLASS (tp_backlog_view_parent_class)->finalize (object);
}

static void
tp_backlog_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TpBacklogView *self = TP_BACKLOG_VIEW (object);

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

    case PROP_SORT_KEY:
      g_value_set_uint (value, self->sort_key);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_backlog_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TpBacklogView *self = TP_BACKLOG_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_WORKSHOP:
      self->workshop = g_value_dup_object (value);
      break;

    case PROP_VOTER:
      tp_backlog_view_set_voter (self, g_value_get_object (value));
      break;

    case PROP_SORT_KEY:
      tp_backlog_view_set_sort_key (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tp_backlog_view_class_init (TpBacklogViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tp_backlog_view_constructed;
  object_class->dispose = tp_backlog_view_dispose;
  object_class->finalize = tp_backlog_view_finalize;
  object_class->get_property = tp_backlog_view_get_property;
  object_class->set_property = tp_backlog_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL, TP_TYPE_WORKSHOP,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VOTER] =
    g_param_spec_object ("voter", NULL, NULL, TP_TYPE_PARTICIPANT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_KEY] =
    g_param_spec_uint ("sort-key", NULL, NULL, TP_SORT_RANK, TP_SORT_MOSCOW, TP_SORT_RANK,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TpBacklogView::idea-activated:
   * @idea: the TpIdea whose row was activated
   *
   * Emitted when a row is activated by a double click or Enter.
   */
  signals[IDEA_ACTIVATED] =
    g_signal_new ("idea-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TP_TYPE_IDEA);

  g_type_ensure (TP_TYPE_BACKLOG_FILTERS);
  g_type_ensure (TP_TYPE_BACKLOG_TOOLBAR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/touchpointapp/Touchpoint/tp-backlog-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "backlogview");

  gtk_widget_class_bind_template_child (widget_class, TpBacklogView, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogView, filters);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogView, stack);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogView, list_view);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogView, selection_revealer);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogView, selection_label);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogView, tag_selection_button);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogView, untag_button);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogView, tag_entry);
  gtk_widget_class_bind_template_child (widget_class, TpBacklogView, untag_entry);

  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_controls_changed_cb);

  gtk_widget_class_install_action (widget_class, "backlog.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "backlog.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-up", NULL, move_focused_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-down", NULL, move_focused_action);
  gtk_widget_class_install_action (widget_class, "backlog.move-next-to", "(xxb)", move_next_to_action);
  gtk_widget_class_install_action (widget_class, "backlog.vote-for", "x", vote_for_action);
  gtk_widget_class_install_action (widget_class, "backlog.unvote-for", "x", vote_for_action);
  gtk_widget_class_install_action (widget_class, "backlog.add-vote", NULL, vote_for_focused_action);
  gtk_widget_class_install_action (widget_class, "backlog.take-back-vote", NULL, vote_for_focused_action);
  gtk_widget_class_install_action (widget_class, "backlog.ask-for-tag", NULL, ask_for_tag_action);
  gtk_widget_class_install_action (widget_class, "backlog.tag-selection", NULL, tag_selection_action);
  gtk_widget_class_install_action (widget_class, "backlog.untag-selection", NULL, untag_selection_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "backlog.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "backlog.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "backlog.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "backlog.add-vote", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_SHIFT_MASK, "backlog.add-vote", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "backlog.add-vote", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "backlog.take-back-vote", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "backlog.take-back-vote", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "backlog.ask-for-tag", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_T, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "backlog.ask-for-tag", NULL);
}

static void
tp_backlog_view_init (TpBacklogView *self)
{
  self->spare_rows = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  tp_backlog_toolbar_fill_sort_dropdown (self->sort_dropdown);
  g_signal_connect_object (self->sort_dropdown, "notify::selected",
                           G_CALLBACK (sort_selected_cb), self, G_CONNECT_SWAPPED);
}
