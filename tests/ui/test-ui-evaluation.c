/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The evaluation page: refused before issue, T-score shown as goals are
 * scored (all as expected: 50; a weighted case), and "adjust" making the
 * next draft linked to the evaluated decision. */
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>


#include "ls-db-sqlite-private.h"
#include "ls-evaluation-page.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-test-display.h"
#include "ls-test-util.h"
#include "ls-unsaved-file.h"

typedef struct
{
  char    *dir;
  LsStore *store;
  gint64   decision_id;
  gint64   finished_next;
} Fixture;

static LsDecision *
make_decision (Fixture *f, gint64 person_id)
{
  LsDecision *decision = ls_decision_new ();
  g_autoptr(GDate) start = g_date_new_dmy (1, 1, 2026);
  g_autoptr(GDate) end = g_date_new_dmy (30, 6, 2026);
  g_autoptr(GDate) evaluation = g_date_new_dmy (15, 6, 2026);
  g_autoptr(GError) error = NULL;

  ls_decision_set_person_id (decision, person_id);
  ls_decision_set_decision_type (decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_start (decision, start);
  ls_decision_set_end (decision, end);
  ls_decision_set_evaluation_date (decision, evaluation);
  ls_decision_set_grounds (decision, "Grounds");
  ls_decision_set_legal_basis (decision, "hol § 3-2");
  ls_decision_set_prepared_by (decision, "kari");
  for (int i = 0; i < 2; i++)
    {
      g_autoptr(LsGoal) goal = ls_goal_new ();
      g_autoptr(LsMeasure) measure = ls_measure_new ();

      ls_goal_set_text (goal, i == 0 ? "Football twice a month" : "Cook for friends");
      ls_goal_set_weight (goal, i == 0 ? 6 : 2);
      for (int level = -2; level <= 2; level++)
        ls_goal_set_level_text (goal, level, "words");
      g_list_store_append (ls_decision_get_goals (decision), goal);
      ls_measure_set_service_key (measure, "personal_assistance");
      ls_measure_set_extent (measure, 4);
      ls_measure_set_unit (measure, "hours");
      g_list_store_append (ls_decision_get_measures (decision), measure);
    }
  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  g_assert_no_error (error);
  return decision;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsDecision) decision = NULL;

  f->dir = ls_test_mkdtemp ();
  path = g_build_filename (f->dir, "t.db", NULL);
  f->store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_person_set_given_name (person, "Ola");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  decision = make_decision (f, ls_person_get_id (person));
  f->decision_id = ls_decision_get_id (decision);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

static void
issue (Fixture *f)
{
  g_autoptr(LsDecision) decision = ls_store_load_decision (f->store, f->decision_id, NULL);
  g_autoptr(GDate) today = g_date_new_dmy (2, 1, 2026);
  g_autoptr(GError) error = NULL;

  g_assert_true (ls_store_issue_decision (f->store, decision, "lead", today, FALSE, &error));
  g_assert_no_error (error);
}

static gboolean
label_shown (GtkWidget *widget, const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0
          && gtk_widget_is_visible (child))
        return TRUE;
      if (label_shown (child, text))
        return TRUE;
    }
  return FALSE;
}

/* Toggles in the "choice" style that are pressed and say "Chosen". */
static guint
n_chosen (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child) && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child))
          && gtk_widget_has_css_class (child, "choice") && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (child)))
          && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (child)))), "✓ Chosen: "))
        n++;
      n += n_chosen (child);
    }
  return n;
}

static void
finished_cb (LsEvaluationPage *page, gint64 decision_id, gint64 next_id, Fixture *f)
{
  f->finished_next = next_id;
}

static GtkWidget *
find_check (GtkWidget *widget, const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (GTK_IS_TOGGLE_BUTTON (child) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (child)))
          && g_strcmp0 (gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (child)))), label) == 0)
        return child;
      if ((hit = find_check (child, label)) != NULL)
        return hit;
    }
  return NULL;
}

static void
test_before_issue (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (ls_evaluation_page_new (f->store, f->decision_id, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_TRANSITION);
}

static void
test_scores_and_adjust (Fixture *f, gconstpointer data)
{
  const char *outcome = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) next = NULL;
  g_autoptr(LsDecision) evaluated = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  GtkWindow *window;
  GtkWidget *page;

  issue (f);
  page = ls_evaluation_page_new (f->store, f->decision_id, &error);
  g_assert_no_error (error);
  g_signal_connect (page, "finished", G_CALLBACK (finished_cb), f);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 900, 800);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_true (isnan (ls_evaluation_page_get_t_score (LS_EVALUATION_PAGE (page))));
  g_assert_true (label_shown (page, "Score every goal on its scale"));
  ls_evaluation_page_set_score (LS_EVALUATION_PAGE (page), 0, 0);
  ls_evaluation_page_set_score (LS_EVALUATION_PAGE (page), 1, 0);
  g_assert_cmpfloat (ls_evaluation_page_get_t_score (LS_EVALUATION_PAGE (page)), ==, 50.0);
  g_assert_true (label_shown (page, "T-score: 50.0 (50 is every goal as expected)"));
  /* the chosen level says so in words, with the "choice" style */
  g_assert_cmpuint (n_chosen (page), ==, 2);

  /* weights 6 and 2, scores +1 and -1: 50 + 40/√47.2 = 55.82 */
  ls_evaluation_page_set_score (LS_EVALUATION_PAGE (page), 0, 1);
  ls_evaluation_page_set_score (LS_EVALUATION_PAGE (page), 1, -1);
  g_assert_cmpfloat_with_epsilon (ls_evaluation_page_get_t_score (LS_EVALUATION_PAGE (page)), 55.82, 0.005);
  g_assert_true (label_shown (page, "T-score: 55.8 (50 is every goal as expected)"));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_check (page, outcome)), TRUE);
  {
    /* the finish button is the only suggested action */
    GtkWidget *stack[64];
    int top = 0;
    GtkWidget *finish = NULL;

    stack[top++] = page;
    while (top > 0 && finish == NULL)
      {
        GtkWidget *w = stack[--top];
        if (GTK_IS_BUTTON (w) && gtk_widget_has_css_class (w, "suggested-action"))
          finish = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL && top < 64; c = gtk_widget_get_next_sibling (c))
          stack[top++] = c;
      }
    g_assert_nonnull (finish);
    g_assert_true (gtk_widget_get_sensitive (finish));
    /* The window never waits on the store (issue 15 item 3): the save runs
     * on a worker, and the page is insensitive until its answer. */
    ls_store_forbid_thread (g_thread_self ());
    g_signal_emit_by_name (finish, "clicked");
    g_assert_false (gtk_widget_get_sensitive (page));
  }
  for (gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       f->finished_next == 0 && g_get_monotonic_time () < deadline;)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (ls_store_get_forbidden_count (), ==, 0);
  ls_store_forbid_thread (NULL);
  g_assert_cmpint (f->finished_next, >, 0);
  /* the message says what this outcome did */
  if (g_str_equal (outcome, "Adjust"))
    g_assert_cmpstr (ls_evaluation_page_get_saved_message (LS_EVALUATION_PAGE (page)), ==,
                     "Evaluation saved. The next decision is a draft, ready to adjust.");
  else
    g_assert_cmpstr (ls_evaluation_page_get_saved_message (LS_EVALUATION_PAGE (page)), ==,
                     "Evaluation saved. The next decision continues the goals and measures as they are; "
                     "check the draft and issue it.");
  next = ls_store_load_decision (f->store, f->finished_next, &error);
  g_assert_cmpint (ls_decision_get_previous_id (next), ==, f->decision_id);
  g_assert_cmpint (ls_decision_get_status (next), ==, LS_DECISION_DRAFT);
  evaluated = ls_store_load_decision (f->store, f->decision_id, &error);
  g_assert_cmpint (ls_decision_get_status (evaluated), ==, LS_DECISION_SUPERSEDED);
  evaluations = ls_store_list_evaluations (f->store, f->decision_id, &error);
  g_assert_cmpuint (evaluations->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (ls_evaluation_get_t_score (g_ptr_array_index (evaluations, 0)), 55.82, 0.005);
  gtk_window_destroy (window);
}

static GtkWidget *
first_of (GtkWidget *widget,
          GType      type,
          gboolean (*match) (GtkWidget *))
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (match == NULL || match (child)))
        return child;
      if ((hit = first_of (child, type, match)) != NULL)
        return hit;
    }
  return NULL;
}

static gboolean
is_finish (GtkWidget *widget)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "Finish Evaluation") == 0
         || (GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget)))
             && g_strcmp0 (gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (widget)))),
                           "Finish Evaluation") == 0);
}

static gboolean
is_restore (GtkWidget *widget)
{
  return g_strcmp0 (gtk_widget_get_name (widget), "unsaved-restore") == 0;
}

static char *
view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

#define PERSONS_WORDS "Jeg liker å lage mat selv nå"

/* Finishing fails (another program holds the file): what was written is
 * kept on this computer (0600), offered when the evaluation is opened
 * again, and goes once it is saved. */
static void
test_kept_when_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = g_build_filename (f->dir, "t.db", NULL);
  g_autofree char *kept = ls_unsaved_file_dup_path (f->store, "evaluation", f->decision_id);
  g_autofree char *contents = NULL;
  g_autofree char *restored = NULL;
  sqlite3 *locker = NULL;
  GtkWindow *window;
  GtkWidget *page;
  GStatBuf st;

  issue (f);
  page = ls_evaluation_page_new (f->store, f->decision_id, &error);
  g_assert_no_error (error);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  ls_evaluation_page_set_score (LS_EVALUATION_PAGE (page), 0, 1);
  ls_evaluation_page_set_score (LS_EVALUATION_PAGE (page), 1, 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (first_of (page, GTK_TYPE_TEXT_VIEW, NULL))),
                            PERSONS_WORDS, -1);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_check (page, "Continue")), TRUE);

  g_assert_cmpint (sqlite3_open (db, &locker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (locker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_signal_emit_by_name (first_of (page, GTK_TYPE_BUTTON, is_finish), "clicked");
  for (gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
       !gtk_widget_get_sensitive (page) && g_get_monotonic_time () < deadline;)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_sensitive (page));
  g_assert_cmpint (g_stat (kept, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, PERSONS_WORDS));
  gtk_window_destroy (window);
  g_assert_cmpint (sqlite3_exec (locker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (locker);

  page = ls_evaluation_page_new (f->store, f->decision_id, &error);
  g_assert_no_error (error);
  g_signal_connect (page, "finished", G_CALLBACK (finished_cb), f);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  g_assert_nonnull (first_of (page, GTK_TYPE_BUTTON, is_restore));
  g_signal_emit_by_name (first_of (page, GTK_TYPE_BUTTON, is_restore), "clicked");
  restored = view_text (first_of (page, GTK_TYPE_TEXT_VIEW, NULL));
  g_assert_cmpstr (restored, ==, PERSONS_WORDS);
  g_assert_false (isnan (ls_evaluation_page_get_t_score (LS_EVALUATION_PAGE (page))));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_check (page, "Continue")), TRUE);
  g_signal_emit_by_name (first_of (page, GTK_TYPE_BUTTON, is_finish), "clicked");
  for (gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       f->finished_next == 0 && g_get_monotonic_time () < deadline;)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (f->finished_next, >, 0);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  gtk_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);
  /* The tests hold the file's write lock on purpose: a save gives up after 1.5 s instead of 10. */
  _ls_db_sqlite_set_busy_timeout (1500);
  g_test_add ("/evaluation-page/before-issue", Fixture, NULL, fixture_set_up, test_before_issue, fixture_tear_down);
  g_test_add ("/evaluation-page/kept-when-refused", Fixture, NULL, fixture_set_up, test_kept_when_refused,
              fixture_tear_down);
  g_test_add ("/evaluation-page/scores-and-adjust", Fixture, "Adjust", fixture_set_up, test_scores_and_adjust, fixture_tear_down);
  g_test_add ("/evaluation-page/scores-and-continue", Fixture, "Continue", fixture_set_up, test_scores_and_adjust, fixture_tear_down);
  return g_test_run ();
}
