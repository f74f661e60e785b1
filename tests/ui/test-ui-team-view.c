/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The team view and the timeline on a small caseload: overdue and due
 * evaluations, drafts split into awaiting approval and still being
 * prepared, figures drawn once the worker has read them; the timeline
 * shows the chain of decisions with what changed. */
#include "ls-chart-view.h"
#include "ls-decision-draft.h"
#include "ls-store-decisions.h"
#include "ls-store-followup.h"
#include "ls-store-persons.h"
#include "ls-team-view.h"
#include "ls-test-display.h"
#include "ls-test-labels.h"
#include "ls-test-util.h"
#include "ls-timeline.h"

typedef struct
{
  char    *dir;
  LsStore *store;
  gint64   person_id;
  gint64   first_id;
  char    *first_start;   /* its start date as the app writes it */
} Fixture;

static LsDecision *
trial (Fixture *f, int eval_days_from_today, gboolean complete, double hours)
{
  LsDecision *decision = ls_decision_new ();
  g_autoptr(GDate) start = g_date_new ();
  g_autoptr(GDate) end = NULL;
  g_autoptr(GDate) evaluation = NULL;
  g_autoptr(GError) error = NULL;

  g_date_set_time_t (start, time (NULL));
  g_date_subtract_days (start, 100);
  end = g_date_copy (start);
  g_date_add_days (end, 200);
  evaluation = g_date_copy (start);
  g_date_add_days (evaluation, 100 + eval_days_from_today);
  ls_decision_set_person_id (decision, f->person_id);
  ls_decision_set_decision_type (decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_start (decision, start);
  ls_decision_set_end (decision, end);
  ls_decision_set_evaluation_date (decision, evaluation);
  ls_decision_set_grounds (decision, "Grounds");
  ls_decision_set_legal_basis (decision, "hol § 3-2");
  ls_decision_set_prepared_by (decision, "kari");
  if (complete)
    {
      g_autoptr(LsGoal) goal = ls_goal_new ();
      g_autoptr(LsMeasure) measure = ls_measure_new ();

      ls_goal_set_text (goal, "Football twice a month");
      for (int level = -2; level <= 2; level++)
        ls_goal_set_level_text (goal, level, "words");
      g_list_store_append (ls_decision_get_goals (decision), goal);
      ls_measure_set_service_key (measure, "personal_assistance");
      ls_measure_set_extent (measure, hours);
      ls_measure_set_unit (measure, "hours");
      g_list_store_append (ls_decision_get_measures (decision), measure);
    }
  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  g_assert_no_error (error);
  return decision;
}

static void
issue (Fixture *f, LsDecision *decision)
{
  g_autoptr(GDate) today = g_date_copy (ls_decision_get_start (decision));
  g_autoptr(GError) error = NULL;

  g_assert_true (ls_store_issue_decision (f->store, decision, "lead", today, FALSE, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsDecision) overdue = NULL;
  g_autoptr(LsDecision) soon = NULL;
  g_autoptr(LsDecision) complete = NULL;
  g_autoptr(LsDecision) incomplete = NULL;
  g_autoptr(LsDecision) next = NULL;
  g_autoptr(LsEvaluation) evaluation = ls_evaluation_new ();
  g_autoptr(LsGoal) goal = NULL;

  f->dir = ls_test_mkdtemp ();
  path = g_build_filename (f->dir, "t.db", NULL);
  f->store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_person_set_given_name (person, "Ola");
  ls_person_set_family_name (person, "Testesen");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  f->person_id = ls_person_get_id (person);

  overdue = trial (f, -3, TRUE, 8);
  soon = trial (f, 5, TRUE, 4);
  complete = trial (f, 50, TRUE, 2);
  incomplete = trial (f, 50, FALSE, 0);
  issue (f, overdue);
  issue (f, soon);
  f->first_id = ls_decision_get_id (soon);
  f->first_start = ls_decision_draft_format_date (ls_decision_get_start (soon));

  /* the one due soon is evaluated early and adjusted to 3 hours */
  goal = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_goals (soon)), 0);
  ls_evaluation_set_decision_id (evaluation, ls_decision_get_id (soon));
  ls_evaluation_set_date (evaluation, ls_decision_get_start (soon));
  ls_evaluation_set_score (evaluation, ls_goal_get_id (goal), 1, 1);
  ls_evaluation_set_outcome (evaluation, LS_EVALUATION_OUTCOME_ADJUST);
  next = ls_decision_new ();
  ls_decision_set_person_id (next, f->person_id);
  ls_decision_set_previous_id (next, ls_decision_get_id (soon));
  ls_decision_set_decision_type (next, LS_DECISION_TYPE_ORDINARY);
  ls_decision_set_start (next, ls_decision_get_end (soon));
  g_assert_true (ls_store_finish_evaluation (f->store, soon, evaluation, next, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  g_free (f->first_start);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

static void
test_team_view (Fixture *f, gconstpointer data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *view = ls_team_view_new (f->store);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_window_set_default_size (window, 1000, 900);
  gtk_window_set_child (window, view);
  gtk_window_present (window);
  /* The lists are read on a worker thread. */
  while (ls_team_view_is_reading (LS_TEAM_VIEW (view)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  /* the overdue one only: the other was evaluated */
  g_assert_cmpuint (ls_team_view_get_n_due (LS_TEAM_VIEW (view)), ==, 1);
  g_assert_cmpuint (ls_team_view_get_n_approval (LS_TEAM_VIEW (view)), ==, 1);
  /* the incomplete draft and the next decision, still without content */
  g_assert_cmpuint (ls_team_view_get_n_drafts (LS_TEAM_VIEW (view)), ==, 2);
  while (!ls_team_view_get_figures_ready (LS_TEAM_VIEW (view)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (ls_team_view_get_figures_ready (LS_TEAM_VIEW (view)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_window_destroy (window);
}

static gboolean
has_text (GtkWidget *widget, const char *needle)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && strstr (gtk_label_get_text (GTK_LABEL (child)), needle) != NULL)
        return TRUE;
      if (has_text (child, needle))
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) != NULL
          && g_str_has_prefix (gtk_button_get_label (GTK_BUTTON (child)), prefix))
        return child;
      if ((hit = find_button (child, prefix)) != NULL)
        return hit;
    }
  return NULL;
}

static GtkWidget *
last_button (GtkWidget *widget)
{
  GtkWidget *last = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *inner = last_button (child);

      if (inner != NULL)
        last = inner;
      else if (GTK_IS_BUTTON (child))
        last = child;
    }
  return last;
}

/* Decisions in the due list that are shown. */
static guint
n_visible_rows (GtkWidget *view)
{
  GtkWidget *list = GTK_WIDGET (g_object_get_data (G_OBJECT (view), "due-list"));
  guint n = 0;

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_visible (row) && ADW_IS_ACTION_ROW (row))
      n++;
  return n;
}

/* The charts come first; the due list shows the five most overdue and a
 * button for the rest. */
static void
test_order_and_limit (Fixture *f, gconstpointer data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *view;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkWidget *show_all, *last_shown;
  GtkWidget *due_group, *figures_group;

  for (int i = 0; i < 7; i++)
    {
      g_autoptr(LsDecision) late = trial (f, -3 - i, TRUE, 2);

      issue (f, late);
    }
  view = ls_team_view_new (f->store);
  gtk_window_set_default_size (window, 1000, 900);
  gtk_window_set_child (window, view);
  gtk_window_present (window);
  while (ls_team_view_is_reading (LS_TEAM_VIEW (view)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (ls_team_view_get_n_due (LS_TEAM_VIEW (view)), ==, 8);
  while (!ls_team_view_get_figures_ready (LS_TEAM_VIEW (view)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  due_group = g_object_get_data (G_OBJECT (view), "due-group");
  figures_group = g_object_get_data (G_OBJECT (view), "figures-group");
  g_assert_nonnull (due_group);
  g_assert_nonnull (figures_group);
  g_assert_true (gtk_widget_get_parent (due_group) == gtk_widget_get_parent (figures_group));
  for (GtkWidget *w = due_group; w != NULL; w = gtk_widget_get_next_sibling (w))
    g_assert_true (w != figures_group);

  g_assert_cmpuint (n_visible_rows (view), ==, 5);
  show_all = find_button (view, "Show All");
  g_assert_nonnull (show_all);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (show_all)), ==, "Show All 8");
  /* Tab from the last row shown goes straight to the button, not first to
   * an unnamed row around it, and the button shows the focus. */
  last_shown = NULL;
  for (GtkWidget *row = gtk_widget_get_first_child (g_object_get_data (G_OBJECT (view), "due-list")); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_visible (row) && ADW_IS_ACTION_ROW (row))
      last_shown = row;
  g_assert_nonnull (last_shown);
  g_assert_true (gtk_widget_grab_focus (last_button (last_shown)));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == show_all);
  ls_test_assert_focus_shown (show_all);
  g_signal_emit_by_name (show_all, "clicked");
  g_assert_cmpuint (n_visible_rows (view), ==, 8);
  g_assert_false (gtk_widget_get_visible (show_all));

  gtk_window_destroy (window);
}

static void
test_timeline (Fixture *f, gconstpointer data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *timeline = ls_timeline_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *follows = g_strdup_printf ("Follows the decision of %s", f->first_start);
  g_autofree char *internal = g_strdup_printf ("decision %" G_GINT64_FORMAT, f->first_id);

  ls_timeline_set_store (LS_TIMELINE (timeline), f->store);
  g_assert_true (ls_timeline_show_person (LS_TIMELINE (timeline), f->person_id, &error));
  g_assert_no_error (error);
  gtk_window_set_child (window, timeline);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (has_text (timeline, follows));
  /* no internal numbers */
  g_assert_false (has_text (timeline, internal));
  g_assert_false (has_text (timeline, "Decision 1"));
  g_assert_true (has_text (timeline, "Hours per week: 4 → 0"));
  g_assert_true (has_text (timeline, "T-score 60.0"));
  gtk_window_destroy (window);
}

/* A window closed before the view's lists and figures came: they are
 * cancelled (before: the reads' tasks held the view, so its dispose, which
 * cancelled them, waited until they were done, and their answers filled a
 * view no one saw); the view, put in a window again, reads them anew. */
static void
test_closed_before_read (Fixture *f, gconstpointer data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *view = g_object_ref_sink (ls_team_view_new (f->store));
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_window_set_child (window, view);
  gtk_window_present (window);
  g_assert_true (ls_team_view_is_reading (LS_TEAM_VIEW (view)));
  gtk_window_destroy (window);
  g_assert_false (ls_team_view_is_reading (LS_TEAM_VIEW (view)));
  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_cmpuint (ls_team_view_get_n_due (LS_TEAM_VIEW (view)), ==, 0);
  g_assert_false (ls_team_view_get_figures_ready (LS_TEAM_VIEW (view)));

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (window, view);
  gtk_window_present (window);
  while (ls_team_view_is_reading (LS_TEAM_VIEW (view)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (ls_team_view_get_n_due (LS_TEAM_VIEW (view)), ==, 1);
  gtk_window_destroy (window);
  g_object_unref (view);
}

/* A chart is an image to a screen reader, named by its title and every
 * bar's label and value as they are added; it draws in a 360 px window. */
static void
test_chart_described (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  LsChartView *chart = ls_chart_view_new (LS_CHART_BARS_VERTICAL, "Hours per week", "hours", "%g");
  int min_width;

  gtk_test_accessible_assert_role (chart, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Hours per week");
  ls_chart_view_add (chart, "Before", 12);
  ls_chart_view_add (chart, "After", 7.5);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Hours per week: Before: 12; After: 7.5");

  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360 - 2 * 40);
  gtk_window_set_default_size (window, 360, 400);
  gtk_window_set_child (window, GTK_WIDGET (chart));
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (chart)), >, 0);
  gtk_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);
  g_test_add_func ("/team-view/chart-described", test_chart_described);
  g_test_add ("/team-view/lists-and-figures", Fixture, NULL, fixture_set_up, test_team_view, fixture_tear_down);
  g_test_add ("/team-view/order-and-limit", Fixture, NULL, fixture_set_up, test_order_and_limit, fixture_tear_down);
  g_test_add ("/team-view/closed-before-read", Fixture, NULL, fixture_set_up, test_closed_before_read,
              fixture_tear_down);
  g_test_add ("/team-view/timeline-chain", Fixture, NULL, fixture_set_up, test_timeline, fixture_tear_down);
  return g_test_run ();
}
