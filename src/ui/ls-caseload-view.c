/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The caseload sidebar: every person in name order (a lazy list that pages
 * from the store), or the matches of a search and/or a filter, which are
 * fetched on a worker thread with its own connection (ls-caseload-query.c)
 * so that typing never waits for the database. A newer query cancels the
 * one before; results that arrive late are dropped. Every list shown (the
 * whole list, each answer) is first written to the audit log, once, by
 * the worker. */
#define G_LOG_DOMAIN "ls-caseload-view"

#include "config.h"

#include <adwaita.h>
#include <inttypes.h>
#include <glib/gi18n.h>

#include "ls-a11y.h"
#include "ls-caseload-query.h"
#include "ls-caseload-row.h"
#include "ls-caseload-view.h"
#include "ls-focus-group.h"
#include "ls-person-list.h"
#include "ls-person.h"
#include "ls-profile.h"
#include "ls-store-caseload.h"
#include "ls-ui-util.h"
#include "ls-ui-load.h"
#include "ls-value.h"

struct _LsCaseloadView
{
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *filter_dropdown;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GtkListView        *results_view;
  GtkSingleSelection *results_selection;
  AdwStatusPage      *empty_page;
  GtkLabel           *count_label;

  LsStore            *store;
  LsPersonList       *persons;
  GListStore         *results;
  GListModel         *shown;         /* persons or results */
  LsStoreWorker      *worker;
  GCancellable       *cancellable;
  gboolean            busy;
  gboolean            stale;         /* persons to be reloaded when next shown */
  char               *asked;         /* the search and filter of the latest query, */
  LsCaseloadFilter    asked_filter;  /* not asked again while unchanged */
  gint64              select_id;     /* a new person, chosen once the list shows them */
  guint               details_alpha; /* 0: not known for this style */
  guint               restyle_id;
  gboolean            selecting;     /* choosing them: not "activated" again */
  gint64              keep_id;       /* the person chosen in the whole list, */
  guint               keep_position; /* while their page is read again, */
  gboolean            keep_focus;    /* with the keyboard on their row */
};

G_DEFINE_FINAL_TYPE (LsCaseloadView, ls_caseload_view, GTK_TYPE_WIDGET)

enum { PERSON_ACTIVATED, QUERY_DONE, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
update_count (LsCaseloadView *self,
              const char     *query,
              guint           shown,
              gint64          total)
{
  g_autofree char *text = NULL;

  if (query != NULL)
    text = shown >= LS_CASELOAD_SEARCH_LIMIT
           ? g_strdup_printf (_("The first %u matches; type more to narrow the search"), shown)
           : g_strdup_printf (ngettext ("%u match", "%u matches", shown), shown);
  else if (total > shown)
    text = g_strdup_printf (_("The first %u of %" PRId64 "; search to find others"), shown, total);
  else
    text = g_strdup_printf (ngettext ("%u person", "%u people", shown), shown);
  gtk_label_set_label (self->count_label, text);
}

/* The whole list and the results have a list view each, so that going
 * from one to the other rebuilds no rows. */
static void
show_model (LsCaseloadView *self,
            GListModel     *model)
{
  gboolean all = model == G_LIST_MODEL (self->persons);

  self->shown = model;
  /* The whole list draws names: bound only once its audit row is written. */
  if (all && gtk_single_selection_get_model (self->selection) != model)
    gtk_single_selection_set_model (self->selection, model);
  if (g_list_model_get_n_items (model) == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->list_stack, all ? "list" : "results");
}

static GtkSingleSelection *
shown_selection (LsCaseloadView *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "results") == 0
         ? self->results_selection : self->selection;
}

/* Brings the shown results to @persons changing as few rows as possible:
 * both are in name order, so narrowing a search only removes rows, and the
 * rows that stay are not rebuilt. Runs of changes go in one splice. */
static void
merge_results (GListStore *store,
               GPtrArray  *persons)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), persons->len);
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();
  guint pos = 0, removing = 0, j = 0;

  for (guint k = 0; k < persons->len; k++)
    {
      gint64 id = ls_person_get_id (g_ptr_array_index (persons, k));

      g_array_append_val (ids, id);
    }
  for (guint k = 0; k < ids->len; k++)
    g_hash_table_add (wanted, &g_array_index (ids, gint64, k));
  while (pos + removing < g_list_model_get_n_items (G_LIST_MODEL (store)) || j < persons->len)
    {
      g_autoptr(LsPerson) shown = g_list_model_get_item (G_LIST_MODEL (store), pos + removing);
      LsPerson *next = j < persons->len ? g_ptr_array_index (persons, j) : NULL;
      gint64 shown_id = shown != NULL ? ls_person_get_id (shown) : 0;

      if (shown != NULL && next != NULL && ls_person_get_id (shown) == ls_person_get_id (next))
        {
          g_list_store_splice (store, pos, removing, pending->pdata, pending->len);
          pos += pending->len + 1;
          removing = 0;
          g_ptr_array_set_size (pending, 0);
          j++;
        }
      else if (shown != NULL && !g_hash_table_contains (wanted, &shown_id))
        removing++;
      else if (next != NULL)
        {
          g_ptr_array_add (pending, next);
          j++;
        }
      else
        removing++;
    }
  g_list_store_splice (store, pos, removing, pending->pdata, pending->len);
}

static void refresh (LsCaseloadView *self,
                     gboolean        force);

/* The list item a row widget of the list shows (set by row_setup_cb). */
static GtkListItem *
row_item (GtkWidget *row)
{
  GtkWidget *label = gtk_widget_get_first_child (row);

  return label != NULL ? g_object_get_data (G_OBJECT (label), "ls-list-item") : NULL;
}

/* The row widget that shows @position, once the list has made it. */
static GtkWidget *
row_at (GtkListView *view,
        guint        position)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (view)); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkListItem *item = row_item (row);

      if (item != NULL && gtk_list_item_get_position (item) == position)
        return row;
    }
  return NULL;
}

/* Chooses the row at @position, scrolls to it and gives it the keyboard,
 * as if the caseworker had chosen it, but without opening the person
 * again (the window shows them already). */
static void
choose_row (LsCaseloadView     *self,
            GtkListView        *view,
            GtkSingleSelection *selection,
            guint               position)
{
  GtkWidget *row;

  self->selecting = TRUE;
  gtk_single_selection_set_selected (selection, position);
  self->selecting = FALSE;
  /* GTK 4.8 has no gtk_list_view_scroll_to (): its action does the same. */
  gtk_widget_activate_action (GTK_WIDGET (view), "list.scroll-to-item", "u", position);
  row = row_at (view, position);
  /* Only where the list is on screen (a narrow window may show the page). */
  if (row != NULL && gtk_widget_is_drawable (GTK_WIDGET (view)))
    gtk_widget_grab_focus (row);
}

/* The new person among the results shown, else FALSE. */
static gboolean
choose_in_results (LsCaseloadView *self,
                   gint64          id)
{
  GListModel *model = G_LIST_MODEL (self->results);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LsPerson) person = g_list_model_get_item (model, i);

      if (ls_person_get_id (person) == id)
        {
          choose_row (self, self->results_view, self->results_selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

static void
query_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  LsCaseloadView *self = LS_CASELOAD_VIEW (source);
  LsCaseloadQuery *query = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_warning ("Could not search the caseload: %s", error->message);
          self->busy = FALSE;
          g_clear_pointer (&self->asked, g_free);   /* may be asked again */
        }
      return;
    }
  /* Stale: a newer query has started since. */
  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    return;

  self->busy = FALSE;
  if (query->all)
    {
      guint n;

      if (query->start != NULL)
        ls_person_list_set_start (self->persons, query->n_persons, query->start);
      if (query->position_page != NULL)
        ls_person_list_put_page (self->persons, query->position / LS_PERSON_LIST_PAGE_SIZE, query->position_page);
      self->stale = FALSE;
      n = g_list_model_get_n_items (G_LIST_MODEL (self->persons));
      show_model (self, G_LIST_MODEL (self->persons));
      update_count (self, NULL, n, n);
      if (query->select_id != 0 && query->select_id == self->select_id)
        {
          self->select_id = 0;
          if (query->position >= 0 && query->position < n)
            choose_row (self, self->list_view, self->selection, query->position);
        }
    }
  else
    {
      merge_results (self->results, query->persons);
      show_model (self, G_LIST_MODEL (self->results));
      update_count (self, query->query, query->persons->len, query->total);
      /* A new person the search or filter hides: the whole list shows them. */
      if (self->select_id != 0 && !choose_in_results (self, self->select_id))
        {
          gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
          gtk_drop_down_set_selected (self->filter_dropdown, LS_CASELOAD_ALL);
          refresh (self, FALSE);
          return;
        }
      self->select_id = 0;
    }
  g_signal_emit (self, signals[QUERY_DONE], 0);
  ls_profile_span ("showing the answer (main thread)", start);
  ls_profile_span ("keystroke to answer on screen", query->started);
}

/* @force: ask again even if the search and filter are as before. */
static void
refresh (LsCaseloadView *self,
         gboolean        force)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  LsCaseloadFilter filter = gtk_drop_down_get_selected (self->filter_dropdown);
  g_autoptr(GTask) task = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gint64 start = g_get_monotonic_time ();
  LsCaseloadQuery *query;

  if (self->store == NULL)
    return;
  if (filter >= LS_CASELOAD_N_FILTERS)
    filter = LS_CASELOAD_ALL;
  /* One list shown (and audited) per new question, not per signal. */
  if (!force && g_strcmp0 (self->asked, stripped) == 0 && self->asked_filter == filter)
    return;
  g_free (self->asked);
  self->asked = g_strdup (stripped);
  self->asked_filter = filter;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->busy = FALSE;

  query = g_new0 (LsCaseloadQuery, 1);
  query->worker = ls_store_worker_ref (self->worker);
  query->all = *stripped == '\0' && filter == LS_CASELOAD_ALL;
  query->count = query->all && (self->stale || !ls_person_list_is_counted (self->persons));
  query->select_id = query->all ? self->select_id : 0;
  query->position = -1;
  query->query = *stripped != '\0' ? g_steal_pointer (&stripped) : NULL;
  query->filter = filter;
  ls_date_set_today (&query->today);

  self->cancellable = g_cancellable_new ();
  self->busy = TRUE;
  task = g_task_new (self, self->cancellable, query_done_cb, NULL);
  g_task_set_source_tag (task, refresh);
  g_task_set_task_data (task, query, (GDestroyNotify) ls_caseload_query_free);
  query->started = start;
  ls_ui_run_in_thread (task, ls_caseload_query_run);
  ls_profile_span ("starting the query (main thread)", start);
}

static void
search_changed_cb (LsCaseloadView *self)
{
  refresh (self, FALSE);
}

static void
filter_changed_cb (LsCaseloadView *self)
{
  refresh (self, FALSE);
}

/* Enter in the search opens the first match. */
static void
search_activate_cb (LsCaseloadView *self)
{
  GtkSingleSelection *selection = shown_selection (self);
  GListModel *model = gtk_single_selection_get_model (selection);

  if (model != NULL && g_list_model_get_n_items (model) > 0)
    {
      gtk_single_selection_set_selected (selection, 0);
      gtk_widget_grab_focus (selection == self->selection ? GTK_WIDGET (self->list_view)
                                                          : GTK_WIDGET (self->results_view));
    }
}

static void
stop_search_cb (LsCaseloadView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
selection_changed_cb (LsCaseloadView     *self,
                      guint               position,
                      guint               n_items,
                      GtkSingleSelection *selection)
{
  g_autoptr(LsPerson) person = gtk_single_selection_get_selected_item (selection)
                               ? g_object_ref (gtk_single_selection_get_selected_item (selection))
                               : NULL;

  if (person != NULL && ls_person_get_id (person) != 0 && !self->selecting)
    g_signal_emit (self, signals[PERSON_ACTIVATED], 0, ls_person_get_id (person));
}

static void
row_activate_cb (LsCaseloadView *self,
                 guint           position,
                 GtkListView    *view)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (view));
  g_autoptr(LsPerson) person = model ? g_list_model_get_item (model, position) : NULL;

  if (person != NULL && ls_person_get_id (person) != 0)
    g_signal_emit (self, signals[PERSON_ACTIVATED], 0, ls_person_get_id (person));
}

/* A page of the whole list read again (on the worker) brings new objects
 * for the same persons, and GtkSingleSelection lets go of the one chosen:
 * before the selection sees the change, the person chosen is noted ... */
static void
persons_changing_cb (LsCaseloadView *self,
                     guint           position,
                     guint           removed,
                     guint           added)
{
  guint selected = gtk_single_selection_get_selected (self->selection);
  LsPerson *person = gtk_single_selection_get_selected_item (self->selection);

  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  self->keep_id = 0;
  if (person != NULL && selected >= position && selected < position + removed)
    {
      self->keep_id = ls_person_get_id (person);
      self->keep_position = selected;
      self->keep_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view));
    }
}

/* Once the list has rows for the page read again: the keyboard goes back
 * to the chosen person's row, if nothing else took it meanwhile. */
static gboolean
refocus_cb (gpointer data)
{
  LsCaseloadView *self = data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  guint selected = gtk_single_selection_get_selected (self->selection);
  GtkWidget *row = selected != GTK_INVALID_LIST_POSITION ? row_at (self->list_view, selected) : NULL;

  if (row != NULL && (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view))))
    gtk_widget_grab_focus (row);
  return G_SOURCE_REMOVE;
}

/* ... and chosen again once it has, without opening them again. */
static void
persons_changed_cb (LsCaseloadView *self)
{
  g_autoptr(LsPerson) person = NULL;

  if (self->keep_id == 0)
    return;
  if (gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
    person = g_list_model_get_item (G_LIST_MODEL (self->selection), self->keep_position);
  if (person != NULL && ls_person_get_id (person) == self->keep_id)
    {
      self->selecting = TRUE;
      gtk_single_selection_set_selected (self->selection, self->keep_position);
      self->selecting = FALSE;
    }
  /* The row may have been made anew, and the keyboard gone elsewhere. */
  if (self->keep_focus)
    {
      refocus_cb (self);
      g_idle_add_full (G_PRIORITY_HIGH_IDLE, refocus_cb, g_object_ref (self), g_object_unref);
    }
  self->keep_id = 0;
}

/* A row is one widget of two lines (ls-caseload-row.c): the name in the
 * heading style, the details below it as the caption style draws them
 * (9 pt, not bold) and dimmed as a dim-label. GTK 4.8's list view keeps
 * 200 rows: one widget instead of a box of two labels made the window's
 * first frame a tenth cheaper, and one that lays its text out once, when
 * drawn, instead of a label that measures it first, another 7 %. */
#define DIM     0.55

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *label = ls_caseload_row_new ();

  /* As high as a box of two labels 2 px apart. */
  gtk_widget_set_margin_top (label, 7);
  gtk_widget_set_margin_bottom (label, 7);
  gtk_widget_add_css_class (label, "heading");
  /* For row_at (): which item a row shows (the item owns the label). */
  g_object_set_data (G_OBJECT (label), "ls-list-item", item);
  gtk_list_item_set_child (item, label);
}

/* The alpha of the rows' details: the text's own alpha (Adwaita's light
 * style draws text at 80 %) times dim-label's opacity; high contrast dims
 * nothing. Found once for each style, from the list. */
static guint
details_alpha (LsCaseloadView *self)
{
  if (self->details_alpha == 0)
    {
      gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
      GdkRGBA color;

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self->list_view)), &color);
      G_GNUC_END_IGNORE_DEPRECATIONS
      self->details_alpha = (guint) CLAMP (65535.0 * color.alpha * (high_contrast ? 1.0 : DIM), 1, 65535);
    }
  return self->details_alpha;
}

/* Shows @item's person in its row's label. */
static void
show_row (LsCaseloadView *self,
          GtkListItem    *item)
{
  LsPerson *person = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  /* A row whose page is still being read shows nothing yet. */
  gboolean waiting = person == NULL || ls_person_get_id (person) == 0;
  g_autoptr(GDate) today = g_date_new ();
  g_autofree char *list_name = waiting ? g_strdup ("") : ls_person_dup_list_name (person);
  g_autofree char *info = NULL;
  g_autofree char *spoken = NULL;
  GtkWidget *row = gtk_widget_get_parent (label);

  ls_date_set_today (today);
  info = waiting ? g_strdup ("") : ls_person_dup_age_and_birth (person, today);
  spoken = waiting ? g_strdup (_("Loading…")) : g_strdup_printf ("%s, %s", list_name, info);
  ls_caseload_row_set_text (LS_CASELOAD_ROW (label), list_name, info, details_alpha (self));
  /* GTK 4.8 has no accessible label on list items: name the row widget so
   * a screen reader says who it is (and no row is left without a name). */
  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             LsCaseloadView           *self)
{
  show_row (self, item);
}

/* The rows made already, shown again in the style now in use (when it
 * dims their details differently from the one they were shown in). */
static gboolean
restyle_rows_cb (gpointer data)
{
  LsCaseloadView *self = data;
  GtkWidget *views[] = { GTK_WIDGET (self->list_view), GTK_WIDGET (self->results_view) };
  guint shown_alpha = self->details_alpha;

  self->restyle_id = 0;
  self->details_alpha = 0;
  if (details_alpha (self) == shown_alpha)
    return G_SOURCE_REMOVE;
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    for (GtkWidget *row = gtk_widget_get_first_child (views[i]); row; row = gtk_widget_get_next_sibling (row))
      {
        GtkListItem *item = row_item (row);

        if (item != NULL && gtk_list_item_get_item (item) != NULL)
          show_row (self, item);
      }
  return G_SOURCE_REMOVE;
}

static void
restyle_rows (LsCaseloadView *self)
{
  if (self->restyle_id == 0)
    self->restyle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, restyle_rows_cb, self, NULL);
}

/* The style changed (light or dark, another theme). GTK calls this while
 * it is still giving the widgets below their new style, so the rows are
 * looked at once it is done, before the next frame. */
static void
ls_caseload_view_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (ls_caseload_view_parent_class)->css_changed (widget, change);
  restyle_rows (LS_CASELOAD_VIEW (widget));
}

static void
ls_caseload_view_dispose (GObject *object)
{
  LsCaseloadView *self = LS_CASELOAD_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->restyle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LS_TYPE_CASELOAD_VIEW);
  self->shown = NULL;
  g_clear_object (&self->persons);
  g_clear_object (&self->results);
  g_clear_object (&self->store);
  g_clear_pointer (&self->worker, ls_store_worker_unref);
  g_clear_pointer (&self->asked, g_free);
  G_OBJECT_CLASS (ls_caseload_view_parent_class)->dispose (object);
}

/* Out of its window (closed): the list is no longer read for it. The
 * query's task holds the view, so dispose alone would let the query run
 * on, and answer a view whose window and database may be gone. */
static void
ls_caseload_view_unroot (GtkWidget *widget)
{
  LsCaseloadView *self = LS_CASELOAD_VIEW (widget);

  g_cancellable_cancel (self->cancellable);
  self->busy = FALSE;
  g_clear_pointer (&self->asked, g_free);   /* asked again in a window */
  GTK_WIDGET_CLASS (ls_caseload_view_parent_class)->unroot (widget);
}

static void
ls_caseload_view_root (GtkWidget *widget)
{
  LsCaseloadView *self = LS_CASELOAD_VIEW (widget);

  GTK_WIDGET_CLASS (ls_caseload_view_parent_class)->root (widget);
  if (self->asked == NULL)
    refresh (self, FALSE);
}

static gboolean
ls_caseload_view_grab_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* Shift+Tab out of the search field asks the view itself for focus on
   * its way out (GTK 4.8): let it go on, not back into the search. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, widget))
    return FALSE;
  return gtk_widget_grab_focus (GTK_WIDGET (LS_CASELOAD_VIEW (widget)->search_entry));
}

static void
ls_caseload_view_class_init (LsCaseloadViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_caseload_view_dispose;
  widget_class->grab_focus = ls_caseload_view_grab_focus;
  widget_class->root = ls_caseload_view_root;
  widget_class->unroot = ls_caseload_view_unroot;
  widget_class->css_changed = ls_caseload_view_css_changed;
  g_type_ensure (LS_TYPE_FOCUS_GROUP);

  /* The person chosen in the list, by id. */
  signals[PERSON_ACTIVATED] = g_signal_new ("person-activated", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, G_TYPE_INT64);
  /* The list shows the answer to the latest search or filter (for tests). */
  signals[QUERY_DONE] = g_signal_new ("query-done", G_TYPE_FROM_CLASS (klass),
                                      G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/livsskisse/Livsskisse/ls-caseload-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LsCaseloadView, box);
  gtk_widget_class_bind_template_child (widget_class, LsCaseloadView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LsCaseloadView, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LsCaseloadView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, LsCaseloadView, list_view);
  gtk_widget_class_bind_template_child (widget_class, LsCaseloadView, selection);
  gtk_widget_class_bind_template_child (widget_class, LsCaseloadView, results_view);
  gtk_widget_class_bind_template_child (widget_class, LsCaseloadView, results_selection);
  gtk_widget_class_bind_template_child (widget_class, LsCaseloadView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, LsCaseloadView, count_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activate_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ls_caseload_view_init (LsCaseloadView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->results = g_list_store_new (LS_TYPE_PERSON);
  gtk_single_selection_set_model (self->results_selection, G_LIST_MODEL (self->results));
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (persons_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->results_selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  ls_a11y_name_drop_down (self->filter_dropdown, _("Show"));
  ls_ui_drop_down_name_items (self->filter_dropdown);
  /* High contrast can come in a style whose text has the same alpha, and
   * libadwaita may say so after the style changed: look again then too. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast", G_CALLBACK (restyle_rows),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
ls_caseload_view_new (void)
{
  return g_object_new (LS_TYPE_CASELOAD_VIEW, NULL);
}

void
ls_caseload_view_set_store (LsCaseloadView *self,
                            LsStore        *store)
{
  g_return_if_fail (LS_IS_CASELOAD_VIEW (self));
  g_return_if_fail (store == NULL || LS_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  g_clear_pointer (&self->worker, ls_store_worker_unref);
  gtk_single_selection_set_model (self->selection, NULL);
  self->shown = NULL;
  g_clear_object (&self->persons);
  if (store == NULL)
    return;
  self->worker = ls_store_worker_new (store);
  self->persons = ls_person_list_new_on_worker (self->worker);
  /* Before the selection's own handler: it is connected when shown. */
  g_signal_connect_object (self->persons, "items-changed", G_CALLBACK (persons_changing_cb), self,
                           G_CONNECT_SWAPPED);
  refresh (self, TRUE);
}

/* After persons were added or changed elsewhere. */
void
ls_caseload_view_reload (LsCaseloadView *self)
{
  g_return_if_fail (LS_IS_CASELOAD_VIEW (self));

  /* Reloaded when its audit row is written, like any list shown. */
  self->stale = self->persons != NULL;
  refresh (self, TRUE);
}

/* After the person @id was added: reloads the list and chooses them in it
 * (scrolled to, with the keyboard on their row), without "person-activated".
 * A search or filter that hides them gives way to the whole list. */
void
ls_caseload_view_reload_choosing (LsCaseloadView *self,
                                  gint64          id)
{
  g_return_if_fail (LS_IS_CASELOAD_VIEW (self));

  self->select_id = id;
  ls_caseload_view_reload (self);
}

void
ls_caseload_view_focus_search (LsCaseloadView *self)
{
  g_return_if_fail (LS_IS_CASELOAD_VIEW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
ls_caseload_view_unselect (LsCaseloadView *self)
{
  g_return_if_fail (LS_IS_CASELOAD_VIEW (self));
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_single_selection_set_selected (self->results_selection, GTK_INVALID_LIST_POSITION);
}

/* TRUE while a search or filter is being answered. */
gboolean
ls_caseload_view_is_busy (LsCaseloadView *self)
{
  g_return_val_if_fail (LS_IS_CASELOAD_VIEW (self), FALSE);
  return self->busy;
}

/* How many persons the whole list has, or -1 before it was first read. */
gint64
ls_caseload_view_get_n_persons (LsCaseloadView *self)
{
  g_return_val_if_fail (LS_IS_CASELOAD_VIEW (self), -1);

  if (self->persons == NULL || !ls_person_list_is_counted (self->persons))
    return -1;
  return g_list_model_get_n_items (G_LIST_MODEL (self->persons));
}

/* The model the list shows now (the lazy list, or the latest results). */
GListModel *
ls_caseload_view_get_model (LsCaseloadView *self)
{
  g_return_val_if_fail (LS_IS_CASELOAD_VIEW (self), NULL);
  return self->shown;
}
