/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ls-application.h"
#include "ls-caseload-view.h"
#include "ls-decision-editor.h"
#include "ls-person-dialog.h"
#include "ls-person-page.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-store-private.h"
#include "ls-store-sketches.h"
#include "ls-store-teams.h"
#include "ls-team-view.h"
#include "ls-test-display.h"
#include "ls-test-util.h"
#include "ls-window.h"
#include "ls-window-private.h"
#include "ls-db-sqlite.h"

static GtkWidget *
child (LsWindow   *window,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), LS_TYPE_WINDOW, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static GtkWidget *
caseload_child (LsWindow   *window,
                const char *name)
{
  GObject *object = gtk_widget_get_template_child (child (window, "caseload_view"), LS_TYPE_CASELOAD_VIEW, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
test_main_controls (void)
{
  g_autoptr(LsApplication) app = ls_application_new ();
  LsWindow *window = g_object_new (LS_TYPE_WINDOW, NULL);
  GtkWidget *search = caseload_child (window, "search_entry");
  GtkWidget *filter = caseload_child (window, "filter_dropdown");
  GtkWidget *caseload = caseload_child (window, "list_view");
  GtkWidget *new_person = child (window, "new_person_button");
  GtkWidget *menu = child (window, "primary_menu_button");
  GtkWidget *demo = child (window, "demo_button");

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (search));

  gtk_test_accessible_assert_role (search, GTK_ACCESSIBLE_ROLE_SEARCH_BOX);
  gtk_test_accessible_assert_property (search, GTK_ACCESSIBLE_PROPERTY_LABEL, "Search people");
  gtk_test_accessible_assert_role (filter, GTK_ACCESSIBLE_ROLE_COMBO_BOX);
  gtk_test_accessible_assert_property (filter, GTK_ACCESSIBLE_PROPERTY_LABEL, "Show");
  gtk_test_accessible_assert_role (new_person, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (new_person, GTK_ACCESSIBLE_PROPERTY_LABEL, "New Person");
  gtk_test_accessible_assert_property (menu, GTK_ACCESSIBLE_PROPERTY_LABEL, "Main Menu");
  gtk_test_accessible_assert_role (caseload, GTK_ACCESSIBLE_ROLE_LIST);
  gtk_test_accessible_assert_property (caseload, GTK_ACCESSIBLE_PROPERTY_LABEL, "People");
  gtk_test_accessible_assert_role (demo, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (demo, GTK_ACCESSIBLE_PROPERTY_LABEL, "Create Demo Data");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* At 360 px the leaflet folds to one pane and a back button appears. */
static void
test_adaptive_narrow (void)
{
  LsWindow *window = g_object_new (LS_TYPE_WINDOW, "default-width", 360, NULL);
  AdwLeaflet *leaflet = ADW_LEAFLET (child (window, "leaflet"));

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The caseload's first reading (on its worker) says how many people there
 * are; the start page follows it. */
static void
wait_for_caseload (LsWindow *window)
{
  LsCaseloadView *view = LS_CASELOAD_VIEW (child (window, "caseload_view"));
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (ls_caseload_view_get_n_persons (view) < 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (ls_caseload_view_get_n_persons (view), >=, 0);
}

/* An empty database shows the welcome page with its two actions enabled;
 * once someone is in it, the page asks to choose a person. */
static void
test_welcome_when_empty (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "case.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsPerson) person = ls_person_new ();
  LsWindow *window;

  g_assert_no_error (error);
  window = g_object_new (LS_TYPE_WINDOW, "store", store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  wait_for_caseload (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (window, "content_stack"))), ==, "welcome");
  g_assert_true (gtk_widget_is_sensitive (child (window, "demo_button")));
  g_assert_true (gtk_widget_is_sensitive (child (window, "new_person_button")));
  gtk_window_destroy (GTK_WINDOW (window));

  ls_person_set_given_name (person, "Test");
  ls_person_set_family_name (person, "Testesen");
  g_assert_true (ls_store_save_person (store, person, &error));
  window = g_object_new (LS_TYPE_WINDOW, "store", store, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (window, "content_stack"))), ==, "select");
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  ls_test_rmdir (dir);
}

/* A window closed before its caseload was read: the reading stops with
 * it (the task holds the view past the window's dispose, so only leaving
 * the window can stop it), and it says nothing of a database removed
 * since. */
static void
test_closed_before_read (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "closed.db", NULL);
  g_autoptr(GError) error = NULL;
  LsStore *store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  LsCaseloadView *view;
  LsWindow *window;

  g_assert_no_error (error);
  window = g_object_new (LS_TYPE_WINDOW, "store", store, NULL);
  view = LS_CASELOAD_VIEW (child (window, "caseload_view"));
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  /* Its answer comes through the main loop, which has not run yet. */
  g_assert_true (ls_caseload_view_is_busy (view));
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  ls_test_rmdir (dir);
  g_assert_true (view == NULL || !ls_caseload_view_is_busy (view));
  /* A warning would end the test (g_test_init makes them fatal). */
  while (view != NULL)
    g_main_context_iteration (NULL, TRUE);
}

/* A file that is not a database: the window explains and offers nothing
 * that could write, and the file is left exactly as it was. */
static void
test_store_error_page (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  const char *contents = "These are someone's notes, not a database.\n";
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  LsWindow *window;
  GtkWidget *page;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_A_DATABASE);

  window = g_object_new (LS_TYPE_WINDOW, NULL);
  ls_window_show_store_error (window, error);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (window, "window_stack"))), ==, "error");
  page = child (window, "error_page");
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), ==, error->message);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (child (window, "error_advice"))), "not been changed"));
  g_assert_false (gtk_widget_is_sensitive (child (window, "new_person_button")));
  g_assert_false (gtk_widget_is_sensitive (child (window, "demo_button")));
  gtk_window_destroy (GTK_WINDOW (window));

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);
  ls_test_rmdir (dir);
}

/* Closing the window during "Create Demo Data" stops the generator: once
 * the window is gone (its job ended), no more persons appear. */
static void
test_demo_cancel (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  LsWindow *window;
  GtkProgressBar *progress;
  gint64 gone, later;

  if (g_getenv ("LIVSSKISSE_CLI") == NULL)
    {
      g_test_skip ("LIVSSKISSE_CLI is not set");
      return;
    }
  g_assert_no_error (error);
  window = g_object_new (LS_TYPE_WINDOW, "store", store, NULL);
  progress = GTK_PROGRESS_BAR (child (window, "demo_progress"));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.create-demo", NULL));
  /* The first step is done: the second generator is running. */
  while (gtk_progress_bar_get_fraction (progress) <= 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (progress), >, 0);
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (progress), <, 1);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  while (window != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (window);
  /* The generator running is stopped at once; give it a moment. */
  g_usleep (G_USEC_PER_SEC / 4);
  gone = ls_store_count_persons (store, &error);
  g_assert_no_error (error);
  g_usleep (G_USEC_PER_SEC);
  later = ls_store_count_persons (store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (later, ==, gone);
  /* Whole steps only: the one stopped was rolled back. */
  g_assert_cmpint (gone % 20, ==, 0);
  g_assert_cmpint (gone, <, 200);
  g_clear_object (&store);
  ls_test_rmdir (dir);
}

/* A database with one person whose life sketch is finished (so a
 * decision can be drafted), and a window on it. */
typedef struct
{
  char     *dir;
  char     *path;
  LsStore  *store;
  gint64    person_id;
  LsWindow *window;
} Desk;

static void
desk_open (Desk          *desk,
           LsApplication *app)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(GDate) date = g_date_new_dmy (10, 1, 2026);
  g_autoptr(LsSketchEntry) need = ls_sketch_entry_new_with ("leisure", LS_ENTRY_SUPPORT_NEED,
                                                            LS_ENTRY_AUTHOR_PERSON, "Someone to walk with");
  const char *priorities[] = { "leisure", NULL };

  desk->dir = ls_test_mkdtemp ();
  desk->path = g_build_filename (desk->dir, "desk.db", NULL);
  desk->store = ls_store_open (desk->path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_person_set_given_name (person, "Kari");
  ls_person_set_family_name (person, "Testesen");
  g_assert_true (ls_store_save_person (desk->store, person, &error));
  desk->person_id = ls_person_get_id (person);
  ls_sketch_set_person_id (sketch, desk->person_id);
  ls_sketch_set_date (sketch, date);
  ls_sketch_set_status (sketch, LS_SKETCH_FINISHED);
  g_list_store_append (ls_sketch_get_entries (sketch), need);
  ls_sketch_set_priorities (sketch, priorities);
  g_assert_true (ls_store_save_sketch (desk->store, sketch, &error));
  g_assert_no_error (error);
  desk->window = g_object_new (LS_TYPE_WINDOW, "application", app, "store", desk->store, NULL);
  gtk_window_present (GTK_WINDOW (desk->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (desk->window));
}

static void
desk_close (Desk *desk)
{
  if (desk->window != NULL)
    gtk_window_destroy (GTK_WINDOW (desk->window));
  g_clear_object (&desk->store);
  ls_test_rmdir (desk->dir);
  g_free (desk->path);
  g_free (desk->dir);
}

static GtkWidget *
first_of_type (GtkWidget *root,
               GType      type)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *hit;

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        return c;
      if ((hit = first_of_type (c, type)) != NULL)
        return hit;
    }
  return NULL;
}

static const char *
content_after_opening (Desk *desk)
{
  GtkStack *stack = GTK_STACK (child (desk->window, "content_stack"));
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  /* the page shown saves first, on its worker */
  while (LS_WINDOW (desk->window)->flushing && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  while (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "opening") == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  return gtk_stack_get_visible_child_name (stack);
}

/* Runs the main loop while the page shown saves on its worker before the
 * window leaves it. */
static void
wait_for_page_saved (Desk *desk)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (desk->window != NULL && LS_WINDOW (desk->window)->flushing && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (desk->window == NULL || !LS_WINDOW (desk->window)->flushing);
}

/* Drafts a decision in the window and types its grounds (the 300 ms
 * autosave not yet run); returns the decision id. */
static gint64
type_grounds (Desk       *desk,
              const char *text)
{
  GtkStack *stack = GTK_STACK (child (desk->window, "content_stack"));
  GtkWidget *editor;
  GtkWidget *grounds;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk->window), "win.new-decision", "x",
                                             desk->person_id));
  /* drafted and saved on a worker, then shown */
  g_assert_cmpstr (content_after_opening (desk), ==, "decisions");
  editor = first_of_type (gtk_stack_get_visible_child (stack), LS_TYPE_DECISION_EDITOR);
  g_assert_nonnull (editor);
  grounds = first_of_type (GTK_WIDGET (gtk_widget_get_template_child (editor, LS_TYPE_DECISION_EDITOR,
                                                                      "grounds_box")),
                           GTK_TYPE_TEXT_VIEW);
  g_assert_nonnull (grounds);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (grounds)), text, -1);
  return ls_decision_get_id (ls_decision_editor_get_decision (LS_DECISION_EDITOR (editor)));
}

/* What another connection finds in the file now. */
static char *
stored_grounds (Desk   *desk,
                gint64  decision_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) other = ls_store_open (desk->path, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsDecision) decision = NULL;

  g_assert_no_error (error);
  decision = ls_store_load_decision (other, decision_id, &error);
  g_assert_no_error (error);
  return g_strdup (ls_decision_get_grounds (decision));
}

/* The header bar's back button, not a button in the page. */
static void
click_back (Desk *desk)
{
  GtkWidget *back = child (desk->window, "page_back_button");

  g_assert_true (GTK_IS_BUTTON (back));
  g_assert_true (gtk_widget_get_visible (back));
  g_assert_nonnull (gtk_widget_get_ancestor (back, ADW_TYPE_HEADER_BAR));
  g_signal_emit_by_name (back, "clicked");
}

/* Runs the main loop while the person is being opened. */
/* The file refuses every change of a decision, on every connection to it
 * (the editor saves on a worker connection of its own). */
static void
refuse_decisions (LsStore  *store,
                  gboolean  on)
{
  g_assert_cmpint (sqlite3_exec (_ls_db_sqlite_handle (_ls_store_get_db (store)),
                                 on ? "CREATE TRIGGER test_refuse BEFORE UPDATE ON decisions"
                                      " BEGIN SELECT RAISE (ABORT, 'refused'); END"
                                    : "DROP TRIGGER test_refuse",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}

/* Typed, then at once "Back to the Person": the text is in the file. When
 * it cannot be saved, the page stays with the text. */
static void
test_flush_before_back (void)
{
  Desk desk = { 0 };
  GtkStack *stack;
  gint64 id;
  g_autofree char *stored = NULL;

  desk_open (&desk, NULL);
  stack = GTK_STACK (child (desk.window, "content_stack"));
  id = type_grounds (&desk, "Typed just before leaving");
  click_back (&desk);
  wait_for_page_saved (&desk);
  stored = stored_grounds (&desk, id);
  g_assert_cmpstr (stored, ==, "Typed just before leaving");
  g_clear_pointer (&stored, g_free);
  g_assert_cmpstr (content_after_opening (&desk), ==, "person");

  /* The disk refuses: the page stays, and so does the text. */
  id = type_grounds (&desk, "Typed while the disk refuses");
  refuse_decisions (desk.store, TRUE);
  click_back (&desk);
  wait_for_page_saved (&desk);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "decisions");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk.window), "win.team-view", NULL));
  wait_for_page_saved (&desk);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "decisions");
  g_assert_nonnull (first_of_type (gtk_stack_get_visible_child (stack), LS_TYPE_DECISION_EDITOR));
  refuse_decisions (desk.store, FALSE);
  click_back (&desk);
  wait_for_page_saved (&desk);
  g_assert_cmpstr (content_after_opening (&desk), ==, "person");
  stored = stored_grounds (&desk, id);
  g_assert_cmpstr (stored, ==, "Typed while the disk refuses");
  desk_close (&desk);
}

/* A decision page has the person's name in its title and goes back with
 * the header's back button; the page has no flat "Back" of its own. */
static void
test_decision_header (void)
{
  Desk desk = { 0 };
  GtkStack *stack;
  AdwWindowTitle *title;

  desk_open (&desk, NULL);
  stack = GTK_STACK (child (desk.window, "content_stack"));
  title = ADW_WINDOW_TITLE (child (desk.window, "content_title"));
  g_assert_false (gtk_widget_get_visible (child (desk.window, "page_back_button")));
  type_grounds (&desk, "Grounds");
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Decision");
  /* The name is read on a worker thread when the person page shows nobody. */
  for (gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       g_strcmp0 (adw_window_title_get_subtitle (title), "Kari Testesen") != 0 && g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Kari Testesen");
  g_assert_true (LS_IS_DECISION_EDITOR (gtk_widget_get_first_child (gtk_stack_get_visible_child (stack))));
  click_back (&desk);
  g_assert_cmpstr (content_after_opening (&desk), ==, "person");
  g_assert_false (gtk_widget_get_visible (child (desk.window, "page_back_button")));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "");
  /* The person's decisions: the page's name as title, the person's as
   * subtitle, never the name twice. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk.window), "win.show-decisions", NULL));
  for (gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       g_strcmp0 (adw_window_title_get_title (title), "Decisions") != 0 && g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Decisions");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Kari Testesen");
  desk_close (&desk);
}

/* Typed, then at once "Back to the Person" and, while that save runs on
 * the editor's worker, the team overview: one flush, then the latest
 * request is shown; the person's page never is. */
static void
test_latest_request_wins (void)
{
  Desk desk = { 0 };
  GtkStack *stack;
  gint64 id;
  g_autofree char *stored = NULL;

  desk_open (&desk, NULL);
  stack = GTK_STACK (child (desk.window, "content_stack"));
  id = type_grounds (&desk, "Typed before two requests");
  click_back (&desk);
  /* the page stays while it saves */
  g_assert_true (LS_WINDOW (desk.window)->flushing);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "decisions");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (desk.window), "win.team-view", NULL));
  g_assert_true (LS_WINDOW (desk.window)->flushing);
  g_assert_nonnull (first_of_type (gtk_stack_get_visible_child (stack), LS_TYPE_DECISION_EDITOR));
  wait_for_page_saved (&desk);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "decisions");
  g_assert_nonnull (first_of_type (gtk_stack_get_visible_child (stack), LS_TYPE_TEAM_VIEW));
  g_assert_null (first_of_type (gtk_stack_get_visible_child (stack), LS_TYPE_DECISION_EDITOR));
  stored = stored_grounds (&desk, id);
  g_assert_cmpstr (stored, ==, "Typed before two requests");
  desk_close (&desk);
}

/* Typed, then at once Ctrl+Q (app.quit): the text is in the file, and the
 * window went once it was saved (the application ends when nothing holds
 * it any more). */
static void
test_flush_before_quit (void)
{
  g_autoptr(LsApplication) app = ls_application_new ();
  g_autoptr(GError) error = NULL;
  Desk desk = { 0 };
  gint64 id;
  g_autofree char *stored = NULL;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  desk_open (&desk, app);
  id = type_grounds (&desk, "Typed just before quitting");
  g_object_add_weak_pointer (G_OBJECT (desk.window), (gpointer *) &desk.window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  wait_for_page_saved (&desk);
  g_assert_null (desk.window);
  stored = stored_grounds (&desk, id);
  g_assert_cmpstr (stored, ==, "Typed just before quitting");
  desk_close (&desk);
}

/* The app opens its local database on a thread of its own while GTK
 * starts: no part of the opening runs on the main thread, and the window
 * finds it open. (The default database of the tests' data folder.) */
static void
test_store_opened_beside_startup (void)
{
  g_autoptr(LsApplication) app = ls_application_new ();
  g_autoptr(GError) error = NULL;

  ls_store_forbid_thread (g_thread_self ());
  /* An id of its own: another test's application may still be on the bus. */
  g_application_set_application_id (G_APPLICATION (app), "org.livsskisse.Livsskisse.TestStoreOpen");
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (ls_application_get_store (app));
  g_assert_null (ls_application_get_store_error (app));
  g_assert_cmpuint (ls_store_get_forbidden_count (), ==, 0);
  ls_store_forbid_thread (NULL);
}

/* Choosing people in the caseload, as the arrow keys do, in a wide
 * window: each is shown beside the list and the keyboard stays in the
 * list (the leaflet moved it to the person page's first control, so the
 * next arrow key went there). Narrow, back in the list, no one is chosen,
 * so that choosing the person just shown opens them again (clicking the
 * row still chosen did nothing). */
static void
test_browse_keeps_keyboard (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "browse.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  const char *names[] = { "Anna", "Bjørn", "Cecilie" };
  GtkSingleSelection *selection;
  AdwLeaflet *leaflet;
  GtkWidget *list;
  LsWindow *window;
  gint64 deadline;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(LsPerson) person = ls_person_new ();

      ls_person_set_given_name (person, names[i]);
      ls_person_set_family_name (person, "Testesen");
      g_assert_true (ls_store_save_person (store, person, &error));
    }
  for (guint w = 0; w < 2; w++)
    {
      guint width = w == 0 ? 1100 : 360;
      Desk desk = { 0 };

      window = g_object_new (LS_TYPE_WINDOW, "store", store, "default-width", width, "default-height", 760, NULL);
      desk.window = window;
      gtk_window_present (GTK_WINDOW (window));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      wait_for_caseload (window);
      leaflet = ADW_LEAFLET (child (window, "leaflet"));
      list = caseload_child (window, "list_view");
      selection = GTK_SINGLE_SELECTION (gtk_widget_get_template_child (child (window, "caseload_view"),
                                                                       LS_TYPE_CASELOAD_VIEW, "selection"));
      deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
      while (g_list_model_get_n_items (G_LIST_MODEL (selection)) < G_N_ELEMENTS (names)
             && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, G_N_ELEMENTS (names));
      g_assert_true (adw_leaflet_get_folded (leaflet) == (width == 360));

      if (width > 360)
        {
          g_assert_true (gtk_widget_grab_focus (list));
          for (guint i = 0; i < G_N_ELEMENTS (names); i++)
            {
              gtk_single_selection_set_selected (selection, i);
              g_assert_cmpstr (content_after_opening (&desk), ==, "person");
              gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
              g_assert_nonnull (gtk_root_get_focus (GTK_ROOT (window)));
              g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), list));
            }
        }
      else
        {
          gtk_single_selection_set_selected (selection, 1);
          g_assert_cmpstr (content_after_opening (&desk), ==, "person");
          g_assert_true (adw_leaflet_get_visible_child (leaflet) == child (window, "content"));
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-caseload", NULL));
          g_assert_true (adw_leaflet_get_visible_child (leaflet) == child (window, "sidebar"));
          g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);
          gtk_single_selection_set_selected (selection, 1);
          g_assert_cmpstr (content_after_opening (&desk), ==, "person");
          g_assert_true (adw_leaflet_get_visible_child (leaflet) == child (window, "content"));
        }
      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_clear_object (&store);
  ls_test_rmdir (dir);
}

/* A new person without a sketch: a short line saying so, not a blank the
 * height of the wheel. */
static void
test_person_without_sketch (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "new.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsPerson) person = ls_person_new ();
  LsWindow *window;
  GtkWidget *page;
  GtkWidget *stack;

  g_assert_no_error (error);
  ls_person_set_given_name (person, "Nils");
  ls_person_set_family_name (person, "Ny");
  g_assert_true (ls_store_save_person (store, person, &error));
  window = g_object_new (LS_TYPE_WINDOW, "store", store, "default-width", 1000, "default-height", 800, NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  _ls_window_show_person (window, ls_person_get_id (person));
  {
    Desk desk = { .window = window };

    g_assert_cmpstr (content_after_opening (&desk), ==, "person");
  }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  page = GTK_WIDGET (window->person_page);
  stack = GTK_WIDGET (gtk_widget_get_template_child (page, LS_TYPE_PERSON_PAGE, "sketch_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "none");
  g_assert_cmpint (gtk_widget_get_height (stack), <, 100);
  g_assert_true (gtk_widget_is_drawable (gtk_stack_get_child_by_name (GTK_STACK (stack), "none")));
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  ls_test_rmdir (dir);
}

static GtkWidget *
person_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (LS_IS_PERSON_DIALOG (window))
        return GTK_WIDGET (window);
    }
  return NULL;
}

/* A window on @store showing @person, saved there first with @given and
 * @family as their names. */
static LsWindow *
window_on_person (LsStore    *store,
                  LsPerson   *person,
                  const char *given,
                  const char *family)
{
  g_autoptr(GError) error = NULL;
  LsWindow *window;
  Desk desk = { 0 };

  ls_person_set_given_name (person, given);
  ls_person_set_family_name (person, family);
  g_assert_true (ls_store_save_person (store, person, &error));
  g_assert_no_error (error);
  window = g_object_new (LS_TYPE_WINDOW, "store", store, "default-width", 1000, "default-height", 800, NULL);
  gtk_window_present (GTK_WINDOW (window));
  _ls_window_show_person (window, ls_person_get_id (person));
  desk.window = window;
  g_assert_cmpstr (content_after_opening (&desk), ==, "person");
  return window;
}

/* The content stack measures only the page it shows (so the first frame
 * does not measure the hidden ones); where the leaflet folds must still not
 * depend on that page: every page fits the content pane's width-request. */
static void
test_fold_same_on_every_page (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "fold.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsPerson) person = ls_person_new ();
  LsWindow *window;
  GtkWidget *content;
  GtkStack *stack;
  int request = 0, n_pages = 0;

  g_assert_no_error (error);
  window = window_on_person (store, person, "Gunnhild Margrethe Kristiansen-Østensjø", "Bjørnstad-Hansen");
  content = child (window, "content");
  stack = GTK_STACK (child (window, "content_stack"));
  g_assert_false (gtk_stack_get_hhomogeneous (stack));
  gtk_widget_get_size_request (content, &request, NULL);
  g_assert_cmpint (request, ==, 360);
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (stack)); page; page = gtk_widget_get_next_sibling (page))
    {
      int minimum = 0;

      gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      if (minimum > request)
        g_error ("the content page %s needs %d px, more than the pane's %d",
                 gtk_stack_page_get_name (gtk_stack_get_page (stack, page)), minimum, request);
      n_pages++;
    }
  g_assert_cmpint (n_pages, >=, 5);
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  ls_test_rmdir (dir);
}

/* Edit Person on the person page opens the person's own details, and
 * what is saved there is shown on the page. */
static void
test_edit_person (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "edit.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsPerson) stored = NULL;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  LsWindow *window;
  GtkWidget *page, *dialog, *given;

  g_assert_no_error (error);
  window = window_on_person (store, person, "Nils", "Ny");
  page = GTK_WIDGET (window->person_page);
  g_signal_emit_by_name (gtk_widget_get_template_child (page, LS_TYPE_PERSON_PAGE, "edit_person_button"), "clicked");
  dialog = person_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Person");
  given = GTK_WIDGET (gtk_widget_get_template_child (dialog, LS_TYPE_PERSON_DIALOG, "given_entry"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (given)), ==, "Nils");
  gtk_editable_set_text (GTK_EDITABLE (given), "Nils Olav");
  g_signal_emit_by_name (gtk_widget_get_template_child (dialog, LS_TYPE_PERSON_DIALOG, "save_button"), "clicked");
  while (person_dialog () != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (person_dialog ());
  stored = ls_store_load_person (store, ls_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_person_get_given_name (stored), ==, "Nils Olav");
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  ls_test_rmdir (dir);
}

/* A label showing exactly @text under @root, or NULL. */
static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label (c, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The label @text inside @root, once who is signed in was read (on a
 * worker thread). */
static GtkWidget *
wait_for_label (GtkWidget  *root,
                const char *text)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (find_label (root, text) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  return find_label (root, text);
}

/* The main menu says who is signed in: on a desk its user, with the
 * desk's preference for the role and the desk's team; once the file's
 * caseworkers name the user, their name, role and team. */
static void
test_signed_in (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.livsskisse.Livsskisse");
  g_autoptr(GError) error = NULL;
  Desk desk = { 0 };
  GtkMenuButton *menu;
  GtkWidget *popover, *detail;
  const char *name = g_str_equal (g_get_real_name (), "Unknown") ? g_get_user_name () : g_get_real_name ();

  g_settings_set_boolean (settings, "decision-maker", FALSE);
  desk_open (&desk, NULL);
  menu = GTK_MENU_BUTTON (child (desk.window, "primary_menu_button"));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (menu));
  /* Other tests' windows on the same display take the activation, and an
   * autohiding popover closes when its window loses it. */
  gtk_popover_set_autohide (GTK_POPOVER (popover), FALSE);
  gtk_menu_button_popup (menu);
  gtk_test_widget_wait_for_draw (popover);
  g_assert_nonnull (wait_for_label (popover, name));
  detail = find_label (popover, "Caseworker · Team 1");
  g_assert_nonnull (detail);
  g_assert_true (gtk_widget_get_mapped (detail));
  g_settings_set_boolean (settings, "decision-maker", TRUE);
  g_assert_nonnull (find_label (popover, "Decision-maker · Team 1"));
  gtk_menu_button_popdown (menu);

  g_assert_true (ls_store_add_caseworker (desk.store, g_get_user_name (), "Kari Leder", "Team Nord", "lead",
                                          NULL, &error));
  g_assert_no_error (error);
  ls_window_set_store (desk.window, NULL);
  ls_window_set_store (desk.window, desk.store);
  g_assert_nonnull (wait_for_label (popover, "Kari Leder"));
  g_assert_nonnull (find_label (popover, "Team lead · Team Nord"));
  g_settings_reset (settings, "decision-maker");
  desk_close (&desk);
}

/* F1 on a computer without a help viewer says what is missing, in the
 * app's words (before: GTK's "Could not show link" and the system's
 * error text). */
static void
test_help_without_viewer (void)
{
  g_autoptr(LsApplication) app = ls_application_new ();
  g_autoptr(GAppInfo) viewer = g_app_info_get_default_for_uri_scheme ("help");
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  AdwMessageDialog *dialog = NULL;
  Desk desk = { 0 };

  if (viewer != NULL)
    {
      g_test_skip ("A help viewer is installed here, so the help would open");
      return;
    }
  /* An id of its own: an earlier test's app holds the default one's
   * object path on this bus. */
  g_application_set_application_id (G_APPLICATION (app), "org.livsskisse.Livsskisse.TestHelp");
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  desk_open (&desk, app);
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  while (dialog == NULL && g_get_monotonic_time () < deadline)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      g_main_context_iteration (NULL, TRUE);
      for (guint i = 0; dialog == NULL && i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (item)
              && gtk_window_get_transient_for (GTK_WINDOW (item)) == GTK_WINDOW (desk.window))
            dialog = ADW_MESSAGE_DIALOG (item);
        }
    }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Help Could Not Be Opened");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "the Help app (Yelp)"));
  g_assert_true (adw_message_dialog_has_response (dialog, "close"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  desk_close (&desk);
}

int
main (int   argc,
      char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);

  g_test_add_func ("/ui/window/main-controls", test_main_controls);
  g_test_add_func ("/ui/window/adaptive-narrow", test_adaptive_narrow);
  g_test_add_func ("/ui/window/browse-keeps-keyboard", test_browse_keeps_keyboard);
  g_test_add_func ("/ui/window/fold-same-on-every-page", test_fold_same_on_every_page);
  g_test_add_func ("/ui/window/welcome-when-empty", test_welcome_when_empty);
  g_test_add_func ("/ui/window/closed-before-read", test_closed_before_read);
  g_test_add_func ("/ui/window/store-error-page", test_store_error_page);
  g_test_add_func ("/ui/window/demo-cancel", test_demo_cancel);
  g_test_add_func ("/ui/window/flush-before-back", test_flush_before_back);
  g_test_add_func ("/ui/window/flush-before-quit", test_flush_before_quit);
  g_test_add_func ("/ui/window/store-opened-beside-startup", test_store_opened_beside_startup);
  g_test_add_func ("/ui/window/latest-request-wins", test_latest_request_wins);
  g_test_add_func ("/ui/window/decision-header", test_decision_header);
  g_test_add_func ("/ui/window/person-without-sketch", test_person_without_sketch);
  g_test_add_func ("/ui/window/edit-person", test_edit_person);
  g_test_add_func ("/ui/window/signed-in", test_signed_in);
  g_test_add_func ("/ui/window/help-without-viewer", test_help_without_viewer);
  return g_test_run ();
}
