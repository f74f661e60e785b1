/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The team view. Lists come from indexed queries on the main connection;
 * the figures read the whole caseload, so they are summed on a worker
 * thread and drawn as charts (ls-team-figures.c). */
#define G_LOG_DOMAIN "ls-team-view"

#include "config.h"

#include <inttypes.h>

#include <glib/gi18n.h>

#include "ls-catalog.h"
#include "ls-due.h"
#include "ls-provider-week.h"
#include "ls-store-bookings.h"
#include "ls-store-followup.h"
#include "ls-team-figures.h"
#include "ls-team-view.h"
#include "ls-ui-load.h"
#include "ls-ui-util.h"
#include "ls-value.h"

#define DRAFT_LIMIT 50   /* the oldest first; the list says when there are more */
#define DUE_LIMIT   50   /* the most overdue first */
#define DUE_SHOWN   5    /* of them at first, the rest behind "Show All" */

/* The team view */

struct _LsTeamView
{
  AdwBin        parent_instance;
  LsStore      *store;
  GListModel   *domains;
  GCancellable *cancellable;
  GCancellable *reading;        /* the lists and Min uke's figures being read */
  gboolean      reading_lists;
  gboolean      reread;         /* out of a window, its reads were stopped */
  GtkWidget    *due_group;
  GtkWidget    *approval_group;
  GtkWidget    *drafts_group;
  GtkWidget    *figures_box;
  GtkWidget    *due_list;
  GtkWidget    *approval_list;
  GtkWidget    *drafts_list;
  GtkWidget    *booking_group;
  GtkWidget    *booking_list;   /* Min uke's benefit figures (issue 16) */
  guint         n_due;
  guint         n_approval;
  guint         n_drafts;
  gboolean      figures_ready;
};

G_DEFINE_FINAL_TYPE (LsTeamView, ls_team_view, ADW_TYPE_BIN)

static GtkWidget *
list_in_group (GtkWidget  *box,
               GtkWidget **group,
               const char *title,
               const char *description)
{
  GtkWidget *list = gtk_list_box_new ();

  *group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (*group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (*group), description);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (*group), list);
  gtk_box_append (GTK_BOX (box), *group);
  return list;
}

static void
clear_list (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
}

static void
add_empty_row (GtkWidget  *list,
               const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

static GtkWidget *
item_row (const LsFollowupItem *item,
          const char           *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_markup_escape_text (item->person_name, -1);
  g_autofree char *escaped = g_markup_escape_text (subtitle, -1);
  g_autofree char *open_name = g_strdup_printf (_("Open the decision for %s"), item->person_name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             ls_ui_action_button (_("Open"), open_name, "win.open-decision", item->decision_id));
  return row;
}

static void
show_all_clicked_cb (GtkButton *button,
                     GtkWidget *list)
{
  GtkWidget *button_row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    gtk_widget_set_visible (row, row != button_row);
  gtk_widget_set_visible (GTK_WIDGET (button), FALSE);
}

/* A long list shows its first rows and a button for the rest, so that it
 * does not push what follows out of sight. */
static void
limit_rows (GtkWidget *list,
            guint      first,
            guint      shown)
{
  g_autofree char *label = NULL;
  GtkWidget *row, *button;
  guint i = 0, n = 0;

  for (row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n++;
  if (n <= first + shown)
    return;
  for (row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row), i++)
    gtk_widget_set_visible (row, i < first + shown);
  label = g_strdup_printf (_("Show All %u"), n - first);
  button = gtk_button_new_with_label (label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_margin_top (button, 6);
  gtk_widget_set_margin_bottom (button, 6);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", G_CALLBACK (show_all_clicked_cb), list);
  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* the button is the stop for the keyboard, not an unnamed row around it */
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), button);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

/* What the lists show, read on a worker thread (ls-ui-load.h). */
typedef struct
{
  GDate      today;
  GPtrArray *due;
  gint64     total;
  GError    *due_error;
  GPtrArray *drafts;
  GError    *drafts_error;
} Lists;

static void
lists_free (Lists *lists)
{
  g_clear_pointer (&lists->due, g_ptr_array_unref);
  g_clear_pointer (&lists->drafts, g_ptr_array_unref);
  g_clear_error (&lists->due_error);
  g_clear_error (&lists->drafts_error);
  g_free (lists);
}

static gpointer
read_lists (LsStore  *store,
            gpointer  input,
            GError  **error)
{
  Lists *lists = g_new0 (Lists, 1);

  lists->today = *(GDate *) input;
  lists->due = ls_store_list_due_evaluations (store, &lists->today, LS_DUE_SOON_DAYS, DUE_LIMIT, &lists->due_error);
  if (lists->due != NULL)
    lists->total = ls_store_count_due_evaluations (store, &lists->today, LS_DUE_SOON_DAYS, NULL);
  lists->drafts = ls_store_list_draft_decisions (store, DRAFT_LIMIT, &lists->drafts_error);
  return lists;
}

static void
fill_due (LsTeamView   *self,
          const GDate  *today,
          GPtrArray    *due,
          gint64        total,
          const GError *error)
{
  guint first = 0;

  clear_list (self->due_list);
  self->n_due = due != NULL ? due->len : 0;
  if (due != NULL && total > (gint64) due->len)
    {
      g_autofree char *more = g_strdup_printf (_("%" PRId64 " evaluations are due or overdue; "
                                                 "the %u most overdue are shown"), total, due->len);
      add_empty_row (self->due_list, more);
      first = 1;
    }
  if (due == NULL)
    add_empty_row (self->due_list, error->message);
  else if (due->len == 0)
    add_empty_row (self->due_list, _("No evaluations due in the next 14 days"));
  for (guint i = 0; due != NULL && i < due->len; i++)
    {
      LsFollowupItem *item = g_ptr_array_index (due, i);
      g_autofree char *phrase = ls_due_phrase (&item->date, today);
      g_autofree char *date = g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&item->date),
                                               g_date_get_month (&item->date), g_date_get_year (&item->date));
      g_autofree char *subtitle = g_strdup_printf ("%s — %s", phrase, date);
      g_autofree char *evaluate_name = g_strdup_printf (_("Evaluate the decision for %s"), item->person_name);
      GtkWidget *row = item_row (item, subtitle);
      GtkWidget *icon;

      if (ls_due_state (&item->date, today, LS_DUE_SOON_DAYS) == LS_DUE_OVERDUE)
        {
          /* an icon as well as the words: not colour alone */
          icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
          gtk_widget_add_css_class (icon, "error");
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 ls_ui_action_button (_("Evaluate"), evaluate_name, "win.evaluate-decision",
                                                      item->decision_id));
      gtk_list_box_append (GTK_LIST_BOX (self->due_list), row);
    }
  limit_rows (self->due_list, first, DUE_SHOWN);
}

static void
fill_drafts (LsTeamView   *self,
             GPtrArray    *drafts,
             const GError *error)
{
  clear_list (self->approval_list);
  clear_list (self->drafts_list);
  self->n_approval = self->n_drafts = 0;
  for (guint i = 0; drafts != NULL && i < drafts->len; i++)
    {
      LsFollowupItem *item = g_ptr_array_index (drafts, i);
      g_autofree char *subtitle = g_strdup_printf (_("%s, prepared by %s"), ls_decision_type_display_name (item->type),
                                                   item->prepared_by != NULL ? item->prepared_by : "—");

      gtk_list_box_append (GTK_LIST_BOX (item->complete ? self->approval_list : self->drafts_list),
                           item_row (item, subtitle));
      if (item->complete)
        self->n_approval++;
      else
        self->n_drafts++;
    }
  if (drafts == NULL)
    add_empty_row (self->drafts_list, error->message);
  else if (drafts->len == DRAFT_LIMIT)
    add_empty_row (self->drafts_list, _("Only the oldest drafts are shown"));
  if (self->n_approval == 0)
    add_empty_row (self->approval_list, _("No decisions are waiting for approval"));
  if (self->n_drafts == 0 && drafts != NULL)
    add_empty_row (self->drafts_list, _("No drafts"));
}

static void
figures_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  LsTeamFigures *figures = ls_ui_load_finish (result, &error);
  LsTeamView *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = LS_TEAM_VIEW (source);
  while (gtk_widget_get_first_child (self->figures_box) != NULL)
    gtk_box_remove (GTK_BOX (self->figures_box), gtk_widget_get_first_child (self->figures_box));
  if (figures == NULL)
    {
      gtk_box_append (GTK_BOX (self->figures_box), ls_team_figures_label_new (error->message));
      return;
    }
  ls_team_figures_show (figures, self->domains, GTK_BOX (self->figures_box));
  ls_team_figures_free (figures);
  self->figures_ready = TRUE;
}

static void
load_figures (LsTeamView  *self,
              const GDate *today)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->figures_ready = FALSE;
  ls_ui_read_async (self, self->store, ls_team_figures_read, g_memdup2 (today, sizeof (GDate)), g_free,
                    ls_team_figures_free, self->cancellable, figures_done_cb, NULL);
}

static void
provider_week_clicked_cb (GtkButton  *button,
                          LsTeamView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  ls_provider_week_present (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store);
}

#define BOOKING_WEEKS 4   /* the present week and the three before */

/* Worker thread (ls-ui-load.h): the figures of the weeks from the Monday
 * @input on. */
static gpointer
read_booking_figures (LsStore  *store,
                      gpointer  input,
                      GError  **error)
{
  return ls_store_booking_figures (store, input, BOOKING_WEEKS, error);
}

/* Min uke's benefit figures: per week and provider, granted hours against
 * booked, what was moved or cancelled, what the persons changed
 * themselves, and the late cancellations and moves refused. */
static void
booking_figures_read_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) figures = ls_ui_load_finish (result, &error);
  LsTeamView *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = LS_TEAM_VIEW (source);
  clear_list (self->booking_list);
  if (figures == NULL)
    {
      add_empty_row (self->booking_list, error->message);
      return;
    }
  /* The newest week first. */
  for (guint i = figures->len; i-- > 0;)
    {
      LsBookingFigures *item = g_ptr_array_index (figures, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *week = g_strdup_printf (_("Week %u, %s"), g_date_get_iso8601_week_of_year (&item->monday),
                                               item->provider);
      g_autofree char *granted = ls_minutes_phrase (item->granted_minutes);
      g_autofree char *booked = ls_minutes_phrase (item->booked_minutes);
      /* Translators: "6 hours of 13 hours booked · 1 moved · 1 cancelled · 2 changed by the persons
       * themselves · 1 late cancellation refused · 0 late moves refused" */
      g_autofree char *text = g_strdup_printf (_("%s of %s booked \302\267 %u moved \302\267 %u cancelled"
                                                 " \302\267 %u changed by the persons themselves"
                                                 " \302\267 %u late cancellations refused"
                                                 " \302\267 %u late moves refused"),
                                               booked, granted, item->moved, item->cancelled, item->by_person,
                                               item->late_cancels, item->late_moves);
      g_autofree char *title = g_markup_escape_text (week, -1);
      g_autofree char *subtitle = g_markup_escape_text (text, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (GTK_LIST_BOX (self->booking_list), row);
    }
  if (figures->len == 0)
    add_empty_row (self->booking_list, _("No help is granted in hours per week yet."));
}

/* Read on a worker thread, as the charts are: the server never holds up
 * the window. */
static void
fill_booking_figures (LsTeamView  *self,
                      const GDate *today)
{
  GDate *monday = g_date_new ();

  ls_iso_week_monday (today, monday);
  g_date_subtract_days (monday, 7 * (BOOKING_WEEKS - 1));
  ls_ui_read_async (self, self->store, read_booking_figures, monday, (GDestroyNotify) g_date_free,
                    (GDestroyNotify) g_ptr_array_unref, self->reading, booking_figures_read_cb, NULL);
}

static void
lists_read_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  Lists *lists = ls_ui_load_finish (result, &error);
  LsTeamView *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = LS_TEAM_VIEW (source);
  self->reading_lists = FALSE;
  if (lists == NULL)
    {
      fill_due (self, NULL, NULL, 0, error);
      fill_drafts (self, NULL, error);
      return;
    }
  fill_due (self, &lists->today, lists->due, lists->total, lists->due_error);
  fill_drafts (self, lists->drafts, lists->drafts_error);
  lists_free (lists);
}

/* Everything is read on worker threads: the server never holds up the
 * window. */
void
ls_team_view_reload (LsTeamView *self)
{
  GDate today;

  g_return_if_fail (LS_IS_TEAM_VIEW (self));

  ls_date_set_today (&today);
  g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  self->reading = g_cancellable_new ();
  self->reading_lists = TRUE;
  ls_ui_read_async (self, self->store, read_lists, g_memdup2 (&today, sizeof today), g_free,
                    (GDestroyNotify) lists_free, self->reading, lists_read_cb, NULL);
  fill_booking_figures (self, &today);
  load_figures (self, &today);
}

gboolean
ls_team_view_is_reading (LsTeamView *self)
{
  g_return_val_if_fail (LS_IS_TEAM_VIEW (self), FALSE);
  return self->reading_lists;
}

guint
ls_team_view_get_n_due (LsTeamView *self)
{
  g_return_val_if_fail (LS_IS_TEAM_VIEW (self), 0);
  return self->n_due;
}

guint
ls_team_view_get_n_approval (LsTeamView *self)
{
  g_return_val_if_fail (LS_IS_TEAM_VIEW (self), 0);
  return self->n_approval;
}

guint
ls_team_view_get_n_drafts (LsTeamView *self)
{
  g_return_val_if_fail (LS_IS_TEAM_VIEW (self), 0);
  return self->n_drafts;
}

gboolean
ls_team_view_get_figures_ready (LsTeamView *self)
{
  g_return_val_if_fail (LS_IS_TEAM_VIEW (self), FALSE);
  return self->figures_ready;
}

static void
ls_team_view_dispose (GObject *object)
{
  LsTeamView *self = LS_TEAM_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  g_clear_object (&self->store);
  g_clear_object (&self->domains);
  G_OBJECT_CLASS (ls_team_view_parent_class)->dispose (object);
}

/* Out of its window (closed, or another page shown): the reads stop. Each
 * read's task holds the view, so dispose alone would let them run on the
 * server for a view no one sees. */
static void
ls_team_view_unroot (GtkWidget *widget)
{
  LsTeamView *self = LS_TEAM_VIEW (widget);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->reading);
  self->reading_lists = FALSE;
  self->reread = TRUE;
  GTK_WIDGET_CLASS (ls_team_view_parent_class)->unroot (widget);
}

/* In a window again: read what was stopped (and what changed meanwhile). */
static void
ls_team_view_root (GtkWidget *widget)
{
  LsTeamView *self = LS_TEAM_VIEW (widget);

  GTK_WIDGET_CLASS (ls_team_view_parent_class)->root (widget);
  if (self->reread)
    {
      self->reread = FALSE;
      ls_team_view_reload (self);
    }
}

static void
ls_team_view_class_init (LsTeamViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ls_team_view_dispose;
  GTK_WIDGET_CLASS (klass)->root = ls_team_view_root;
  GTK_WIDGET_CLASS (klass)->unroot = ls_team_view_unroot;
}

static void
ls_team_view_init (LsTeamView *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *title = gtk_label_new (_("Team Overview"));
  GtkWidget *figures_group = adw_preferences_group_new ();

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-1");
  gtk_box_append (GTK_BOX (box), title);
  /* The figures first: the lists below them are limited, not they. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (figures_group), _("Outcomes Across the Caseload"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (figures_group),
                                         _("Evaluations on time, goal attainment, self-ratings and hours granted"));
  self->figures_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (self->figures_box), ls_team_figures_label_new (_("Reading the caseload…")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (figures_group), self->figures_box);
  gtk_box_append (GTK_BOX (box), figures_group);
  self->due_list = list_in_group (box, &self->due_group, _("Evaluations Due"),
                                  _("Overdue first, then the next 14 days, so no evaluation is forgotten"));
  self->approval_list = list_in_group (box, &self->approval_group, _("Awaiting Approval"),
                                       _("Complete drafts a decision-maker can issue"));
  self->drafts_list = list_in_group (box, &self->drafts_group, _("Drafts"),
                                     _("Decisions still being prepared"));
  self->booking_list = list_in_group (box, &self->booking_group, _("Booked Help"),
                                      _("Per week and provider: the hours granted, the hours the persons booked, "
                                        "and the times they moved or cancelled"));
  {
    GtkWidget *provider_week = gtk_button_new_with_label (_("Provider's Week"));

    gtk_widget_set_valign (provider_week, GTK_ALIGN_CENTER);
    gtk_widget_set_tooltip_text (provider_week, _("Every booked time of one provider unit, week by week"));
    g_signal_connect (provider_week, "clicked", G_CALLBACK (provider_week_clicked_cb), self);
    adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->booking_group), provider_week);
  }
  /* for the tests */
  g_object_set_data (G_OBJECT (self), "figures-group", figures_group);
  g_object_set_data (G_OBJECT (self), "due-group", self->due_group);
  g_object_set_data (G_OBJECT (self), "due-list", self->due_list);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1000);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_vexpand (scroller, TRUE);
  adw_bin_set_child (ADW_BIN (self), scroller);
  self->domains = G_LIST_MODEL (ls_catalog_load_domains (NULL, NULL));
}

GtkWidget *
ls_team_view_new (LsStore *store)
{
  LsTeamView *self;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  self = g_object_new (LS_TYPE_TEAM_VIEW, NULL);
  self->store = g_object_ref (store);
  ls_team_view_reload (self);
  return GTK_WIDGET (self);
}
