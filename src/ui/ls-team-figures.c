/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The team view's figures: outcomes across the whole caseload, summed on
 * a worker (ls-outcomes.c) and drawn as charts with a summary in words. */
#define G_LOG_DOMAIN "ls-team-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "ls-chart-view.h"
#include "ls-domain.h"
#include "ls-store-followup.h"
#include "ls-team-figures.h"
#include "ls-ui-util.h"

struct _LsTeamFigures
{
  LsOnTimeSummary  on_time;
  LsHoursChange    hours;
  GArray          *t_scores;      /* double */
  GArray          *changes;       /* LsDomainChange */
};

gpointer
ls_team_figures_read (LsStore  *store,
                      gpointer  today,
                      GError  **error)
{
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(GPtrArray) sketches = NULL;
  LsTeamFigures *figures;

  if (!ls_store_load_outcome_data (store, &decisions, &evaluations, &sketches, error))
    return NULL;
  figures = g_new0 (LsTeamFigures, 1);
  ls_outcomes_on_time (decisions, evaluations, today, &figures->on_time);
  ls_outcomes_hours_change (decisions, &figures->hours);
  figures->t_scores = ls_outcomes_t_scores (evaluations);
  figures->changes = ls_outcomes_rating_change (sketches);
  return figures;
}

void
ls_team_figures_free (gpointer data)
{
  LsTeamFigures *figures = data;

  if (figures == NULL)
    return;
  g_clear_pointer (&figures->t_scores, g_array_unref);
  g_clear_pointer (&figures->changes, g_array_unref);
  g_free (figures);
}

/* The life area's place in the catalog, or -1. */
static int
domain_index (GListModel *domains,
              const char *key)
{
  guint n = domains != NULL ? g_list_model_get_n_items (domains) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsDomain) domain = g_list_model_get_item (domains, i);
      if (g_strcmp0 (ls_domain_get_key (domain), key) == 0)
        return (int) i;
    }
  return -1;
}

GtkWidget *
ls_team_figures_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return label;
}

static GtkWidget *
on_time_chart (const LsTeamFigures *figures,
               LsOnTimeSummary     *summary)
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
t_score_chart (const LsTeamFigures *figures,
               guint               *n_scores)
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
rating_chart (const LsTeamFigures *figures,
              GListModel          *domains)
{
  GArray *changes = figures->changes;
  guint n_domains = domains != NULL ? g_list_model_get_n_items (domains) : 0;
  LsChartView *chart = ls_chart_view_new (LS_CHART_BARS_HORIZONTAL,
                                          _("Change in self-rating per life area"),
                                          _("mean change, 1–10 scale"), "%+.1f");

  /* In the catalog's order, as everywhere else in the app. */
  for (guint d = 0; d <= n_domains; d++)
    for (guint i = 0; i < changes->len; i++)
      {
        LsDomainChange *change = &g_array_index (changes, LsDomainChange, i);
        int at = domain_index (domains, change->domain_key);

        if ((d < n_domains && at == (int) d) || (d == n_domains && at < 0))
          ls_chart_view_add (chart, ls_domain_name_in (domains, change->domain_key), change->mean_change);
      }
  if (changes->len == 0)
    ls_chart_view_add (chart, _("No one has two readings yet"), 0);
  /* room for a name on two lines */
  gtk_widget_set_size_request (GTK_WIDGET (chart), LS_CHART_VIEW_MIN_WIDTH, MAX (300, 60 + 52 * (int) changes->len));
  return GTK_WIDGET (chart);
}

static GtkWidget *
hours_chart (const LsTeamFigures *figures,
             LsHoursChange       *change)
{
  LsChartView *chart = ls_chart_view_new (LS_CHART_BARS_VERTICAL,
                                          _("Hours per week granted, before and after adjustment"),
                                          _("hours per week"), "%g");

  *change = figures->hours;
  ls_chart_view_add (chart, _("Before"), change->hours_before);
  ls_chart_view_add (chart, _("After"), change->hours_after);
  return GTK_WIDGET (chart);
}

void
ls_team_figures_show (const LsTeamFigures *figures,
                      GListModel          *domains,
                      GtkBox              *box)
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
  charts[2] = rating_chart (figures, domains);
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
  gtk_box_append (GTK_BOX (summary), ls_team_figures_label_new (on_time_text));
  gtk_box_append (GTK_BOX (summary), ls_team_figures_label_new (hours_text));
  gtk_box_append (box, flow);
  /* the domains need room for their names: that chart has the whole width */
  gtk_box_append (box, charts[2]);
}
