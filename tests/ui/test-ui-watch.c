/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Screens that stay current (issue 15), on a team database: what another
 * caseworker changes appears in the open window without anyone touching
 * it — a rename made through a connection of its own in the person page
 * shown, an entry the command line changes as a banner over the open
 * conversation, which keeps what was typed until Reload, and a draft
 * deleted in the team overview. */
#include <libpq-fe.h>

#include "ls-conversation-page.h"
#include "ls-decision-editor.h"
#include "ls-service-plan-editor.h"
#include "ls-store-decisions.h"
#include "ls-team-view.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-test-display.h"
#include "ls-test-sketch.h"
#include "ls-test-util.h"
#include "ls-window-private.h"

typedef struct
{
  char     *dir;
  char     *location;
  LsStore  *store;
  LsWindow *window;
  gint64    person_id;
  gint64    sketch_id;
  gint64    entry_id;
} Fixture;

/* Runs the main loop until @done (@f) or @timeout_ms passed. */
static gboolean
spin_until (gboolean (*done) (Fixture *f),
            Fixture  *f,
            guint     timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;

  while (!done (f) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  return done (f);
}

static gboolean
listening (Fixture *f)
{
  LsStoreWatch *watch = _ls_window_get_watch (f->window);

  return watch != NULL && ls_store_watch_get_listening (watch);
}

static GtkWidget *
person_page_child (Fixture    *f,
                   const char *name)
{
  g_assert_nonnull (f->window->person_page);
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->window->person_page), LS_TYPE_PERSON_PAGE, name));
}

static const char *
shown_name (Fixture *f)
{
  return gtk_label_get_label (GTK_LABEL (person_page_child (f, "name_label")));
}

static const char *
visible_page (Fixture *f)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (f->window), LS_TYPE_WINDOW,
                                                              "content_stack"));

  return gtk_stack_get_visible_child_name (stack);
}

static gboolean
person_shown (Fixture *f)
{
  return g_strcmp0 (visible_page (f), "person") == 0 && g_str_has_prefix (shown_name (f), "Åse");
}

static gboolean
renamed (Fixture *f)
{
  return g_str_has_prefix (shown_name (f), "Åsa");
}

static gboolean
conversation_shown (Fixture *f)
{
  return g_strcmp0 (visible_page (f), "conversation") == 0;
}

static LsConversationPage *
conversation (Fixture *f)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (f->window), LS_TYPE_WINDOW,
                                                              "content_stack"));

  return LS_CONVERSATION_PAGE (gtk_stack_get_child_by_name (stack, "conversation"));
}

static gboolean
changed_elsewhere (Fixture *f)
{
  return ls_conversation_page_get_changed_elsewhere (conversation (f));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ls_test_mkdtemp ();
  f->location = ls_test_store_location (f->dir, "t.db");
  f->store = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_test_save_person_with_entry (f->store, &f->person_id, &f->sketch_id, &f->entry_id);

  f->window = g_object_new (LS_TYPE_WINDOW, "default-width", 1000, "default-height", 700, NULL);
  ls_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (spin_until (listening, f, 10000));
  _ls_window_show_person (f->window, f->person_id);
  g_assert_true (spin_until (person_shown, f, 10000));
}

/* Nothing read again any more: no change gathered, the caseload read. */
static gboolean
settled (Fixture *f)
{
  LsCaseloadView *caseload = LS_CASELOAD_VIEW (gtk_widget_get_template_child (GTK_WIDGET (f->window), LS_TYPE_WINDOW,
                                                                              "caseload_view"));

  return f->window->refresh_source == 0 && !ls_caseload_view_is_busy (caseload);
}

static gboolean
never (Fixture *f)
{
  return FALSE;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* The database is dropped below: first let what the changes started end. */
  g_assert_true (spin_until (settled, f, 10000));
  spin_until (never, f, 200);
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->store);
  ls_test_drop_store (f->location);
  g_free (f->location);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

/* Another caseworker renames the person shown, on a connection of their
 * own: the page shows the new name within a second. */
static void
test_rename_appears (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE persons SET given_name = 'Åsa' WHERE id = %" G_GINT64_FORMAT,
                                          f->person_id);
  PGconn *other = PQconnectdb (f->location);
  PGresult *result;
  gint64 started;

  g_assert_cmpint (PQstatus (other), ==, CONNECTION_OK);
  started = g_get_monotonic_time ();
  result = PQexec (other, sql);
  g_assert_cmpstr (PQresultErrorMessage (result), ==, "");
  PQclear (result);
  PQfinish (other);
  g_assert_true (spin_until (renamed, f, 1000));
  g_test_message ("the new name was shown %.0f ms after the UPDATE was sent",
                  (g_get_monotonic_time () - started) / 1000.0);
  g_assert_cmpstr (shown_name (f), ==, "Åsa Bakkeli");
  g_assert_cmpstr (visible_page (f), ==, "person");
}

/* The command line changes an entry of the open conversation: the page
 * says so and offers Reload, and reads nothing again by itself. */
static void
test_open_sketch_says_changed (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *entry = g_strdup_printf ("%" G_GINT64_FORMAT, f->entry_id);
  const char *args[] = { "edit-entry", "--database", f->location, entry, "--text", "endret", "--if-version", "1",
                         NULL };

  g_signal_emit_by_name (f->window->person_page, "conversation-requested", f->person_id, f->sketch_id);
  g_assert_true (spin_until (conversation_shown, f, 10000));
  g_assert_cmpint (ls_conversation_page_get_sketch_id (conversation (f)), ==, f->sketch_id);
  g_assert_false (changed_elsewhere (f));
  ls_test_run_cli (args);
  g_assert_true (spin_until (changed_elsewhere, f, 1000));
  g_assert_true (conversation_shown (f));
}

/* The page shown in the content stack's box (the team overview, the
 * decision editor, the service plan editor) when it is of @type, or NULL. */
static gpointer
shown_page (Fixture *f,
            GType    type)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (f->window), LS_TYPE_WINDOW,
                                                              "content_stack"));
  GtkWidget *page = gtk_stack_get_visible_child (stack);
  GtkWidget *child = page != NULL ? gtk_widget_get_first_child (page) : NULL;

  return child != NULL && G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? child : NULL;
}

static LsTeamView *
team_view (Fixture *f)
{
  return shown_page (f, LS_TYPE_TEAM_VIEW);
}

/* The team overview's lists are read on a worker thread. */
static gboolean
lists_read (Fixture *f)
{
  return !ls_team_view_is_reading (team_view (f));
}

static gboolean
no_drafts (Fixture *f)
{
  return ls_team_view_get_n_drafts (team_view (f)) == 0;
}

/* Another caseworker deletes the team's only draft while the team
 * overview is shown: it goes from the list. */
static void
test_team_overview_follows (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) draft = ls_decision_new ();
  g_autofree char *sql = NULL;
  PGconn *other;
  PGresult *result;

  ls_decision_set_person_id (draft, f->person_id);
  ls_decision_set_decision_type (draft, LS_DECISION_TYPE_TRIAL);
  g_assert_true (ls_store_save_decision (f->store, draft, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.team-view", NULL));
  g_assert_nonnull (team_view (f));
  g_assert_true (spin_until (lists_read, f, 10000));
  g_assert_cmpuint (ls_team_view_get_n_drafts (team_view (f)), ==, 1);

  other = PQconnectdb (f->location);
  g_assert_cmpint (PQstatus (other), ==, CONNECTION_OK);
  sql = g_strdup_printf ("DELETE FROM decisions WHERE id = %" G_GINT64_FORMAT, ls_decision_get_id (draft));
  result = PQexec (other, sql);
  g_assert_cmpstr (PQresultErrorMessage (result), ==, "");
  PQclear (result);
  PQfinish (other);
  g_assert_true (spin_until (no_drafts, f, 1000));
}

static LsDecisionEditor *
decision_editor (Fixture *f)
{
  return shown_page (f, LS_TYPE_DECISION_EDITOR);
}

static gboolean
decision_shown (Fixture *f)
{
  return decision_editor (f) != NULL;
}

#define COLLEAGUES_GROUNDS "Grunngiving skrevet av en kollega"

static gboolean
grounds_follow (Fixture *f)
{
  return g_strcmp0 (ls_decision_get_grounds (ls_decision_editor_get_decision (decision_editor (f))),
                    COLLEAGUES_GROUNDS) == 0;
}

/* Another caseworker changes the draft decision open in the editor: it
 * shows their change within a second, without anyone touching it. */
static void
test_open_decision_follows (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) draft = ls_decision_new ();
  g_autofree char *sql = NULL;
  PGconn *other;
  PGresult *result;
  gint64 started;

  ls_decision_set_person_id (draft, f->person_id);
  ls_decision_set_decision_type (draft, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_grounds (draft, "Første utkast");
  g_assert_true (ls_store_save_decision (f->store, draft, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-decision", "x",
                                             ls_decision_get_id (draft)));
  g_assert_true (spin_until (decision_shown, f, 10000));
  g_assert_false (grounds_follow (f));

  other = PQconnectdb (f->location);
  g_assert_cmpint (PQstatus (other), ==, CONNECTION_OK);
  sql = g_strdup_printf ("UPDATE decisions SET grounds = '" COLLEAGUES_GROUNDS "', version = version + 1"
                         " WHERE id = %" G_GINT64_FORMAT, ls_decision_get_id (draft));
  started = g_get_monotonic_time ();
  result = PQexec (other, sql);
  g_assert_cmpstr (PQresultErrorMessage (result), ==, "");
  PQclear (result);
  PQfinish (other);
  g_assert_true (spin_until (grounds_follow, f, 1000));
  g_test_message ("the colleague's grounds were shown %.0f ms after the UPDATE was sent",
                  (g_get_monotonic_time () - started) / 1000.0);
}

static LsServicePlanEditor *
plan_editor (Fixture *f)
{
  return shown_page (f, LS_TYPE_SERVICE_PLAN_EDITOR);
}

static gboolean
plan_shown (Fixture *f)
{
  return plan_editor (f) != NULL;
}

static gboolean
plan_follows (Fixture *f)
{
  return g_strcmp0 (ls_service_plan_get_goals (ls_service_plan_editor_get_plan (plan_editor (f))),
                    COLLEAGUES_GROUNDS) == 0;
}

/* The same for the service plan open in its editor. */
static void
test_open_plan_follows (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) decision = ls_decision_new ();
  g_autofree char *sql = NULL;
  PGconn *other;
  PGresult *result;

  ls_decision_set_person_id (decision, f->person_id);
  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.service-plan", "x",
                                             ls_decision_get_id (decision)));
  g_assert_true (spin_until (plan_shown, f, 10000));
  g_assert_false (plan_follows (f));

  other = PQconnectdb (f->location);
  g_assert_cmpint (PQstatus (other), ==, CONNECTION_OK);
  sql = g_strdup_printf ("UPDATE service_plans SET goals = '" COLLEAGUES_GROUNDS "', version = version + 1"
                         " WHERE id = %" G_GINT64_FORMAT,
                         ls_service_plan_get_id (ls_service_plan_editor_get_plan (plan_editor (f))));
  result = PQexec (other, sql);
  g_assert_cmpstr (PQresultErrorMessage (result), ==, "");
  PQclear (result);
  PQfinish (other);
  g_assert_true (spin_until (plan_follows, f, 1000));
}

static void
skip_on_a_file (void)
{
  g_test_skip ("a file on one desk has nobody else's changes to show");
}

int
main (int   argc,
      char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);
  ls_test_init_engine ();
  if (!ls_test_on_postgresql ())
    {
      g_test_add_func ("/ui/watch/team-database-only", skip_on_a_file);
      return g_test_run ();
    }
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/watch/rename-appears", test_rename_appears);
  ADD ("/ui/watch/open-sketch-says-changed", test_open_sketch_says_changed);
  ADD ("/ui/watch/team-overview-follows", test_team_overview_follows);
  ADD ("/ui/watch/open-decision-follows", test_open_decision_follows);
  ADD ("/ui/watch/open-plan-follows", test_open_plan_follows);
#undef ADD
  return g_test_run ();
}
