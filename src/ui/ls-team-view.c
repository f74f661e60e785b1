/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The team view. Lists come from indexed queries on the main connection;
 * the figures read the whole caseload, so they are summed on a worker
 * thread (ls-outcomes.c) and drawn with the shared chart code. */
#define G_LOG_DOMAIN "ls-team-view"

#include "config.h"

#include <inttypes.h>
#include <math.h>

#include <glib/gi18n.h>

#include "ls-catalog.h"
#include "ls-chart-view.h"
#include "ls-domain.h"
#include "ls-due.h"
#include "ls-goal-row.h"
#include "ls-outcomes.h"
#include "ls-provider-week.h"
#include "ls-store-bookings.h"
#include "ls-store-followup.h"
#include "ls-team-view.h"
#include "ls-ui-load.h"
#include "ls-ui-util.h"

#define DRAFT_LIMIT 50   /* the oldest first; the list says when there are more */
#define DUE_LIMIT   50   /* the most overdue first */
#define DUE_SHOWN   5    /* of them at first, the rest behind "Show All" */

/* The team view */

/* Read and summed on the worker thread; only drawn on the main one. */
typedef struct
{
  LsStore         *origin;        /* the view's store: the worker's connection is made from it */
  GDate            today;
  LsOnTimeSummary  on_time;
  LsHoursChange    hours;
  GArray          *t_scores;      /* double */
  GArray          *changes;       /* LsDomainChange */
} Figures;

static void
figures_free (Figures *figures)
{
  g_clear_object (&figures->origin);
  g_clear_pointer (&figures->t_scores, g_array_unref);
  g_clear_pointer (&figures->changes, g_array_unref);
  g_free (figures);
}

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
figures_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Figures *figures = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open_another (figures->origin, &error);
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(GPtrArray) sketches = NULL;

  if (store == NULL
      || !ls_store_load_outcome_data (store, &decisions, &evaluations, &sketches, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  ls_outcomes_on_time (decisions, evaluations, &figures->today, &figures->on_time);
  ls_outcomes_hours_change (decisions, &figures->hours);
  figures->t_scores = ls_outcomes_t_scores (evaluations);
  figures->changes = ls_outcomes_rating_change (sketches);
  g_task_return_boolean (task, TRUE);
}

/* The life area's place in the catalog, or -1. */
static int
domain_index (LsTeamView *self,
              const char *key)
{
  guint n = self->domains != NULL ? g_list_model_get_n_items (self->domains) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsDomain) domain = g_list_model_get_item (self->domains, i);
      if (g_strcmp0 (ls_domain_get_key (domain), key) == 0)
        return (int) i;
    }
  return -1;
}

static const char *
domain_name (LsTeamView *self,
             const char *key)
{
  return ls_domain_name_in (self->domains, key);
}

static GtkWidget *
summary_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return label;
}

static GtkWidget *
on_time_chart (Figures         *figures,
               LsOnTimeSummary *summary)
{
  LsChartView *chart = ls_chart_view_new (LS_CHART_BARS_HORIZONTAL,
                                          _("Trial decisions evaluated on time"),
                                          _("decisions"), "%.0f");

  *summary = figures->on_time;
  ls_chart_view_add (chart, _("On time"), summary->n_on_time);
  ls_chart_view_add (chart, _("Late"), summary->n_late);
  ls_chart_view_add (chart, _("Not yet evaluated"), summary->n_missing);
  return GTK_WIDGET (chart);
}

static GtkWidget *
t_score_chart (Figures *figures,
               guint   *n_scores)
{
  GArray *scores = figures->t_scores;
  g_autoptr(GArray) bins = ls_chart_histogram_bins ((double *) scores->data, scores->len, 20, 80, 6);
  LsChartView *chart = ls_chart_view_new (LS_CHART_HISTOGRAM, _("GAS T-scores at evaluation"),
                                          _("evaluations"), "%.0f");

  *n_scores = scores->len;
  for (guint i = 0; i < bins->len; i++)
    ls_chart_view_add (chart, g_array_index (bins, LsChartItem, i).label, g_array_index (bins, LsChartItem, i).value);
  return GTK_WIDGET (chart);
}

static GtkWidget *
rating_chart (LsTeamView *self,
              Figures    *figures)
{
  GArray *changes = figures->changes;
  guint n_domains = self->domains != NULL ? g_list_model_get_n_items (self->domains) : 0;
  LsChartView *chart = ls_chart_view_new (LS_CHART_BARS_HORIZONTAL,
                                          _("Change in self-rating per life area"),
                                          _("mean change, 1–10 scale"), "%+.1f");

  /* In the catalog's order, as everywhere else in the app. */
  for (guint d = 0; d <= n_domains; d++)
    for (guint i = 0; i < changes->len; i++)
      {
        LsDomainChange *change = &g_array_index (changes, LsDomainChange, i);
        int at = domain_index (self, change->domain_key);

        if ((d < n_domains && at == (int) d) || (d == n_domains && at < 0))
          ls_chart_view_add (chart, domain_name (self, change->domain_key), change->mean_change);
      }
  if (changes->len == 0)
    ls_chart_view_add (chart, _("No one has two readings yet"), 0);
  /* room for a name on two lines */
  gtk_widget_set_size_request (GTK_WIDGET (chart), LS_CHART_VIEW_MIN_WIDTH, MAX (300, 60 + 52 * (int) changes->len));
  return GTK_WIDGET (chart);
}

static GtkWidget *
hours_chart (Figures       *figures,
             LsHoursChange *change)
{
  LsChartView *chart = ls_chart_view_new (LS_CHART_BARS_VERTICAL,
                                          _("Hours per week granted, before and after adjustment"),
                                          _("hours per week"), "%g");

  *change = figures->hours;
  ls_chart_view_add (chart, _("Before"), change->hours_before);
  ls_chart_view_add (chart, _("After"), change->hours_after);
  return GTK_WIDGET (chart);
}

static void
show_figures (LsTeamView *self,
              Figures    *figures)
{
  GtkWidget *flow = gtk_flow_box_new ();
  GtkWidget *summary = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  LsOnTimeSummary on_time;
  LsHoursChange hours;
  guint n_scores = 0;
  GtkWidget *charts[4];
  g_autofree char *on_time_text = NULL;
  g_autofree char *hours_text = NULL;
  double share;

  /* Two side by side where they fit, else one under the other. */
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 18);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 18);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 2);
  charts[0] = on_time_chart (figures, &on_time);
  charts[1] = t_score_chart (figures, &n_scores);
  charts[2] = rating_chart (self, figures);
  charts[3] = hours_chart (figures, &hours);
  ls_ui_flow_append (flow, charts[0]);
  ls_ui_flow_append (flow, charts[1]);
  ls_ui_flow_append (flow, charts[3]);
  ls_ui_flow_append (flow, summary);

  share = ls_outcomes_on_time_share (&on_time);
  on_time_text = isnan (share)
    ? g_strdup (_("No trial decision has reached its evaluation date yet."))
    : g_strdup_printf (_("%u of %u trial decisions due were evaluated on time (%.0f %%)."),
                       on_time.n_on_time, on_time.n_due, share * 100);
  hours_text = hours.n_pairs == 0
    ? g_strdup (_("No decision has been adjusted yet."))
    /* Translators: hours as "453" or "453,5" */
    : g_strdup_printf (ngettext ("After %u adjustment: %g hours per week before, %g after.",
                                 "After %u adjustments: %g hours per week before, %g after.",
                                 hours.n_pairs),
                       hours.n_pairs, hours.hours_before, hours.hours_after);
  gtk_widget_set_valign (summary, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (summary), summary_label (on_time_text));
  gtk_box_append (GTK_BOX (summary), summary_label (hours_text));
  gtk_box_append (GTK_BOX (self->figures_box), flow);
  /* the domains need room for their names: that chart has the whole width */
  gtk_box_append (GTK_BOX (self->figures_box), charts[2]);
  self->figures_ready = TRUE;
}

static void
figures_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  LsTeamView *self;
  Figures *figures;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
    }
  self = LS_TEAM_VIEW (source);
  figures = g_task_get_task_data (G_TASK (result));
  while (gtk_widget_get_first_child (self->figures_box) != NULL)
    gtk_box_remove (GTK_BOX (self->figures_box), gtk_widget_get_first_child (self->figures_box));
  if (error != NULL)
    gtk_box_append (GTK_BOX (self->figures_box), summary_label (error->message));
  else
    show_figures (self, figures);
}

static void
load_figures (LsTeamView  *self,
              const GDate *today)
{
  Figures *figures = g_new0 (Figures, 1);
  g_autoptr(GTask) task = NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->figures_ready = FALSE;
  figures->origin = g_object_ref (self->store);
  figures->today = *today;
  task = g_task_new (self, self->cancellable, figures_done_cb, NULL);
  g_task_set_task_data (task, figures, (GDestroyNotify) figures_free);
  ls_ui_run_in_thread (task, figures_thread);
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

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
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
  gtk_box_append (GTK_BOX (self->figures_box), summary_label (_("Reading the caseload…")));
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
