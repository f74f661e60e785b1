/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A server that goes away (issue 15, item 4), in the window: the
 * conversation is open on a team database, the caseworker types, and the
 * server stops as a crash stops it (`pg_ctlcluster … stop -m immediate`).
 * The window says so in a banner and its pages become read-only; what was
 * typed is in a private file (0600) on this computer. The server starts
 * again: the banner goes, the pages can be changed, and the text is
 * saved (the file goes). A conversation opened while such a file is left
 * (the program ended before the server came back) offers the text again;
 * restored, it is saved against the version it was typed on, so a
 * colleague's change in between is a conflict, never overwritten. Stops
 * the server every test uses, so it runs alone (meson: is_parallel). */
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include <sqlite3.h>

#include "ls-conflict-dialog.h"
#include "ls-conversation-page-private.h"
#include "ls-conversation-session.h"
#include "ls-db-sqlite-private.h"
#include "ls-decision-editor-private.h"
#include "ls-service-plan-editor.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-test-display.h"
#include "ls-test-sketch.h"
#include "ls-test-util.h"
#include "ls-unsaved-file.h"
#include "ls-unsaved-keeper.h"
#include "ls-window-private.h"

#define ORIGINAL LS_TEST_ENTRY_TEXT
#define TYPED    "bo for meg selv, med hund"
#define THEIRS   "bo sammen med broren"

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

static char *data_home;

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
never (Fixture *f)
{
  return FALSE;
}

static gboolean
listening (Fixture *f)
{
  LsStoreWatch *watch = _ls_window_get_watch (f->window);

  return watch != NULL && ls_store_watch_get_listening (watch);
}

static gboolean
offline (Fixture *f)
{
  return _ls_window_get_offline (f->window);
}

static gboolean
online (Fixture *f)
{
  return !_ls_window_get_offline (f->window);
}

static GtkStack *
content_stack (Fixture *f)
{
  return GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (f->window), LS_TYPE_WINDOW, "content_stack"));
}

static gboolean
conversation_shown (Fixture *f)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (content_stack (f)), "conversation") == 0;
}

static LsConversationPage *
conversation (Fixture *f)
{
  return LS_CONVERSATION_PAGE (gtk_stack_get_child_by_name (content_stack (f), "conversation"));
}

static GtkWidget *
find_text_view (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (GTK_IS_TEXT_VIEW (child))
        return child;
      if ((hit = find_text_view (child)) != NULL)
        return hit;
    }
  return NULL;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((hit = find_named (child, name)) != NULL)
        return hit;
    }
  return NULL;
}

static char *
stored_text (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) other = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  char *text = NULL;
  gint64 version = 0;

  g_assert_no_error (error);
  g_assert_true (ls_store_read_entry (other, f->entry_id, &text, &version, NULL, NULL, &error));
  g_assert_no_error (error);
  return text;
}

static char *
kept_path (Fixture *f)
{
  return ls_unsaved_keeper_dup_path (f->store, f->sketch_id);
}

/* The kept file is private and holds @text. */
static void
assert_kept (Fixture    *f,
             const char *text)
{
  g_autofree char *path = kept_path (f);
  g_autofree char *contents = NULL;
  GStatBuf st;

  g_assert_true (g_str_has_prefix (path, data_home));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, text));
}

static gboolean
nothing_kept (Fixture *f)
{
  g_autofree char *path = kept_path (f);

  return !g_file_test (path, G_FILE_TEST_EXISTS);
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
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  spin_until (never, f, 200);
  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i - 1);

      if (LS_IS_CONFLICT_DIALOG (window))
        gtk_window_destroy (GTK_WINDOW (window));
    }
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->store);
  ls_test_drop_store (f->location);
  g_free (f->location);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

static gboolean
person_shown (Fixture *f)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (content_stack (f)), "person") == 0;
}

/* The person's page, and from it their conversation. */
static GtkWidget *
open_conversation (Fixture *f)
{
  GtkWidget *home;

  _ls_window_show_person (f->window, f->person_id);
  g_assert_true (spin_until (person_shown, f, 10000));
  g_signal_emit_by_name (f->window->person_page, "conversation-requested", f->person_id, f->sketch_id);
  g_assert_true (spin_until (conversation_shown, f, 10000));
  _ls_conversation_page_go_to (conversation (f), "domain:home");
  home = _ls_conversation_page_get_step (conversation (f), "domain:home");
  return find_text_view (home);
}

static gboolean
saving_failed (Fixture *f)
{
  return ls_conversation_page_get_saving_failed (conversation (f));
}

static gboolean
saved_again (Fixture *f)
{
  return !ls_conversation_page_get_saving_failed (conversation (f)) && nothing_kept (f);
}

/* Typed, the server stops before the save: banner, read-only, the text
 * in the private file; back: banner gone, editable, the text saved. The
 * window tries the save each time on the conversation's worker: no
 * statement on the main thread (before: it flushed there, gone and back). */
static void
test_stop_and_back (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *view = open_conversation (f);
  g_autofree char *stored = NULL;
  guint on_main_thread;

  g_assert_nonnull (view);
  g_assert_true (gtk_widget_is_sensitive (view));
  ls_store_forbid_thread (g_thread_self ());
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), TYPED, -1);
  ls_test_server_control (FALSE, TRUE);
  g_assert_true (spin_until (offline, f, 10000));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (f->window->offline_banner)));
  g_assert_true (gtk_widget_get_mapped (f->window->offline_banner));
  g_assert_false (gtk_widget_is_sensitive (view));
  g_assert_true (spin_until (saving_failed, f, 10000));
  assert_kept (f, TYPED);

  ls_test_server_control (TRUE, TRUE);
  g_assert_true (spin_until (online, f, 60000));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (f->window->offline_banner)));
  g_assert_true (gtk_widget_is_sensitive (view));
  g_assert_true (spin_until (saved_again, f, 10000));
  on_main_thread = ls_store_get_forbidden_count ();
  ls_store_forbid_thread (NULL);
  g_test_message ("the server gone and back: %u statements on the main thread", on_main_thread);
  g_assert_cmpuint (on_main_thread, ==, 0);
  stored = stored_text (f);
  g_assert_cmpstr (stored, ==, TYPED);
}

static gboolean
conflict_shown (Fixture *f)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (LS_IS_CONFLICT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return TRUE;
    }
  return FALSE;
}

/* The program ended with the server away: the next conversation offers
 * the text; restored it is saved, or, when a colleague changed the entry
 * in between (@data), goes to the conflict dialog. */
static void
test_offered_after_restart (Fixture       *f,
                            gconstpointer  data)
{
  gboolean colleague = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsConversationSession) session = NULL;
  g_autofree char *stored = NULL;
  GtkWidget *restore;
  LsSketchEntry *entry;

  /* The earlier run: typed on a session, saving failed, ended. */
  session = ls_conversation_session_new (f->store, 0, f->sketch_id, &error);
  g_assert_no_error (error);
  ls_unsaved_keeper_attach (session);
  entry = g_list_model_get_item (G_LIST_MODEL (ls_sketch_get_entries (ls_conversation_session_get_sketch (session))), 0);
  g_object_unref (entry);  /* the sketch keeps it */
  ls_test_server_control (FALSE, TRUE);
  ls_conversation_session_set_entry_text (session, entry, TYPED);
  g_assert_false (ls_conversation_session_flush (session, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_OFFLINE);
  g_clear_error (&error);
  assert_kept (f, TYPED);
  g_clear_object (&session);
  ls_test_server_control (TRUE, TRUE);
  g_assert_true (spin_until (online, f, 60000));
  g_assert_true (spin_until (listening, f, 60000));
  if (colleague)
    {
      g_autoptr(LsStore) other = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
      gint64 version = 1;

      g_assert_no_error (error);
      g_assert_true (ls_store_save_entry_text_if_version (other, f->entry_id, THEIRS, &version, &error));
      g_assert_no_error (error);
    }
  assert_kept (f, TYPED);

  /* This run: the conversation offers it. */
  open_conversation (f);
  restore = find_named (GTK_WIDGET (conversation (f)), "unsaved-restore");
  g_assert_nonnull (restore);
  g_assert_true (gtk_widget_get_mapped (restore));
  g_signal_emit_by_name (restore, "clicked");
  /* saved on the session's worker */
  if (!colleague)
    g_assert_true (spin_until (nothing_kept, f, 10000));
  stored = stored_text (f);
  if (!colleague)
    {
      g_assert_cmpstr (stored, ==, TYPED);
      g_assert_true (nothing_kept (f));
    }
  else
    {
      /* Nothing overwritten: their text stored, mine in the dialog, and
       * still kept until the choice is saved. */
      g_assert_cmpstr (stored, ==, THEIRS);
      g_assert_true (spin_until (conflict_shown, f, 5000));
      assert_kept (f, TYPED);
    }
}

/* On a file too: a save that fails (another program holds the write
 * lock) keeps the text in the private file, until it is saved. */
static void
test_file_busy_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "t.db", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with ("home", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON, ORIGINAL);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  LsConversationPage *page;
  LsSketchEntry *shown;
  sqlite3 *locker = NULL;
  GStatBuf st;

  g_assert_no_error (error);
  ls_person_set_given_name (person, "Åse");
  g_assert_true (ls_store_save_person (store, person, &error));
  ls_sketch_set_person_id (sketch, ls_person_get_id (person));
  g_list_store_append (ls_sketch_get_entries (sketch), entry);
  g_assert_true (ls_store_save_sketch (store, sketch, &error));
  g_assert_no_error (error);
  kept = ls_unsaved_keeper_dup_path (store, ls_sketch_get_id (sketch));
  page = LS_CONVERSATION_PAGE (ls_conversation_page_new (store, 0, ls_sketch_get_id (sketch)));
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  shown = g_list_model_get_item (G_LIST_MODEL (ls_sketch_get_entries (ls_conversation_page_get_sketch (page))), 0);
  g_object_unref (shown);  /* the sketch keeps it */

  g_assert_cmpint (sqlite3_open (path, &locker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (locker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  ls_conversation_session_set_entry_text (_ls_conversation_page_get_session (page), shown, TYPED);
  g_assert_false (ls_conversation_page_flush (page, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_BUSY);
  g_assert_true (g_str_has_prefix (kept, data_home));
  g_assert_cmpint (g_stat (kept, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, TYPED));
  g_assert_null (strstr (kept, "Åse"));

  g_assert_cmpint (sqlite3_exec (locker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (locker);
  g_assert_true (ls_conversation_page_flush (page, NULL));
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  gtk_window_destroy (window);
  g_clear_object (&store);
  ls_test_rmdir (dir);
}

static GtkWidget *
find_in (GtkWidget  *root,
         const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((hit = find_in (child, name)) != NULL)
        return hit;
    }
  return NULL;
}

static GtkWindow *
show_editor (LsStore   *store,
             gint64     decision_id,
             gint64     person_id,
             LsDecisionEditor **editor)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  if (decision_id == 0)
    *editor = LS_DECISION_EDITOR (ls_decision_editor_new_draft (store, person_id, &error));
  else
    *editor = LS_DECISION_EDITOR (ls_decision_editor_new (store, decision_id, &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (window, 900, 800);
  gtk_window_set_child (window, GTK_WIDGET (*editor));
  gtk_window_present (window);
  return window;
}

/* A draft decision's save that fails (another program holds the write
 * lock) keeps the whole draft in a private file; the editor opened again
 * later offers it, and Restore saves it (the file goes). */
static void
test_decision_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "t.db", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(LsSketchEntry) need = ls_sketch_entry_new_with ("leisure", LS_ENTRY_SUPPORT_NEED, LS_ENTRY_AUTHOR_PERSON,
                                                            "Noen å gå på fotball med");
  g_autoptr(GDate) date = g_date_new_dmy (10, 1, 2026);
  g_autoptr(LsDecision) stored = NULL;
  LsDecisionEditor *editor;
  LsDocumentSaver *saver;
  GtkWindow *window;
  GtkWidget *restore;
  sqlite3 *locker = NULL;
  gint64 id;
  GStatBuf st;

  g_assert_no_error (error);
  ls_person_set_given_name (person, "Åse");
  g_assert_true (ls_store_save_person (store, person, &error));
  ls_sketch_set_person_id (sketch, ls_person_get_id (person));
  ls_sketch_set_date (sketch, date);
  ls_sketch_set_status (sketch, LS_SKETCH_FINISHED);
  g_list_store_append (ls_sketch_get_entries (sketch), need);
  g_assert_true (ls_store_save_sketch (store, sketch, &error));
  g_assert_no_error (error);
  window = show_editor (store, 0, ls_person_get_id (person), &editor);
  id = ls_decision_get_id (ls_decision_editor_get_decision (editor));
  g_assert_cmpint (id, >, 0);
  kept = ls_unsaved_file_dup_path (store, "decision", id);

  g_assert_cmpint (sqlite3_open (path, &locker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (locker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  gtk_text_buffer_set_text (editor->grounds_buffer, TYPED, -1);
  g_assert_false (ls_decision_editor_flush (editor, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_true (g_str_has_prefix (kept, data_home));
  g_assert_cmpint (g_stat (kept, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, TYPED));
  g_assert_null (strstr (kept, "Åse"));
  /* the program ends before the lock is let go (its last save, on the
   * worker after the editor is gone, fails too) */
  saver = g_object_ref (editor->saver);
  gtk_window_destroy (window);
  while (ls_document_saver_is_saving (saver))
    g_main_context_iteration (NULL, TRUE);
  g_clear_object (&saver);
  g_assert_cmpint (sqlite3_exec (locker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (locker);
  stored = ls_store_load_decision (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_decision_get_grounds (stored), !=, TYPED);

  /* opened again: offered; restored: saved, and the file goes */
  window = show_editor (store, id, 0, &editor);
  restore = find_in (GTK_WIDGET (editor), "unsaved-restore");
  g_assert_nonnull (restore);
  g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_signal_emit_by_name (restore, "clicked");
  g_assert_cmpstr (ls_decision_get_grounds (ls_decision_editor_get_decision (editor)), ==, TYPED);
  g_assert_true (ls_decision_editor_flush (editor, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = ls_store_load_decision (store, id, &error);
  g_assert_cmpstr (ls_decision_get_grounds (stored), ==, TYPED);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  gtk_window_destroy (window);

  /* nothing kept: nothing offered */
  window = show_editor (store, id, 0, &editor);
  g_assert_null (find_in (GTK_WIDGET (editor), "unsaved-restore"));
  gtk_window_destroy (window);
  g_clear_object (&store);
  ls_test_rmdir (dir);
}

static GtkWidget *
first_text_view (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (GTK_IS_TEXT_VIEW (child))
        return child;
      if ((hit = first_text_view (child)) != NULL)
        return hit;
    }
  return NULL;
}

static GtkWindow *
show_plan_editor (LsStore               *store,
                  gint64                 decision_id,
                  LsServicePlanEditor  **editor)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  *editor = LS_SERVICE_PLAN_EDITOR (ls_service_plan_editor_new (store, decision_id, &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (window, 900, 800);
  gtk_window_set_child (window, GTK_WIDGET (*editor));
  gtk_window_present (window);
  return window;
}

/* The same for a service plan: kept whole when its save fails, offered
 * when it is opened again, saved when restored. */
static void
test_plan_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "t.db", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsDecision) decision = ls_decision_new ();
  g_autoptr(LsServicePlan) stored = NULL;
  LsServicePlanEditor *editor;
  LsDocumentSaver *saver;
  GtkWindow *window;
  GtkWidget *restore;
  sqlite3 *locker = NULL;
  gint64 id;
  GStatBuf st;

  g_assert_no_error (error);
  ls_person_set_given_name (person, "Åse");
  g_assert_true (ls_store_save_person (store, person, &error));
  ls_decision_set_person_id (decision, ls_person_get_id (person));
  g_assert_true (ls_store_save_decision (store, decision, &error));
  g_assert_no_error (error);
  window = show_plan_editor (store, ls_decision_get_id (decision), &editor);
  id = ls_service_plan_get_id (ls_service_plan_editor_get_plan (editor));
  g_assert_cmpint (id, >, 0);
  kept = ls_unsaved_file_dup_path (store, "plan", id);

  g_assert_cmpint (sqlite3_open (path, &locker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (locker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (first_text_view (GTK_WIDGET (editor)))),
                            TYPED, -1);
  g_assert_false (ls_service_plan_editor_flush (editor, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_cmpint (g_stat (kept, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, TYPED));
  /* closed while locked: its last save, on the worker after the editor
   * is gone, fails too */
  saver = g_object_ref (_ls_service_plan_editor_get_saver (editor));
  gtk_window_destroy (window);
  while (ls_document_saver_is_saving (saver))
    g_main_context_iteration (NULL, TRUE);
  g_clear_object (&saver);
  g_assert_cmpint (sqlite3_exec (locker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (locker);

  window = show_plan_editor (store, ls_decision_get_id (decision), &editor);
  restore = find_in (GTK_WIDGET (editor), "unsaved-restore");
  g_assert_nonnull (restore);
  g_signal_emit_by_name (restore, "clicked");
  g_assert_cmpstr (ls_service_plan_get_goals (ls_service_plan_editor_get_plan (editor)), ==, TYPED);
  g_assert_true (ls_service_plan_editor_flush (editor, &error));
  g_assert_no_error (error);
  stored = ls_store_load_service_plan (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_service_plan_get_goals (stored), ==, TYPED);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  gtk_window_destroy (window);
  g_clear_object (&store);
  ls_test_rmdir (dir);
}

/* Restored text is saved on the session's worker; once that ended, the
 * kept file goes. */
static void
wait_for_file_gone (const char *kept)
{
  for (gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       g_file_test (kept, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, FALSE);
}

/* The sketch's agreements typed while saves fail are kept too, and
 * restored by a conversation opened later (a file from before they were
 * kept is still read). */
static void
test_details_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "t.db", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(LsSketch) stored = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  LsConversationPage *page;
  LsConversationSession *session;
  GtkWidget *restore;
  sqlite3 *locker = NULL;

  g_assert_no_error (error);
  ls_person_set_given_name (person, "Åse");
  g_assert_true (ls_store_save_person (store, person, &error));
  ls_sketch_set_person_id (sketch, ls_person_get_id (person));
  g_assert_true (ls_store_save_sketch (store, sketch, &error));
  g_assert_no_error (error);
  kept = ls_unsaved_keeper_dup_path (store, ls_sketch_get_id (sketch));
  page = LS_CONVERSATION_PAGE (ls_conversation_page_new (store, 0, ls_sketch_get_id (sketch)));
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);

  g_assert_cmpint (sqlite3_open (path, &locker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (locker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  ls_conversation_session_set_agreements (_ls_conversation_page_get_session (page), TYPED);
  g_assert_false (ls_conversation_page_flush (page, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, TYPED));
  /* the program ends before the lock is let go (the page's last save, on
   * the session's worker after the page is gone, fails too) */
  session = g_object_ref (_ls_conversation_page_get_session (page));
  gtk_window_destroy (window);
  while (ls_conversation_session_is_saving (session))
    g_main_context_iteration (NULL, TRUE);
  g_clear_object (&session);
  g_assert_cmpint (sqlite3_exec (locker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (locker);

  window = GTK_WINDOW (gtk_window_new ());
  page = LS_CONVERSATION_PAGE (ls_conversation_page_new (store, 0, ls_sketch_get_id (sketch)));
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  restore = find_in (GTK_WIDGET (page), "unsaved-restore");
  g_assert_nonnull (restore);
  g_signal_emit_by_name (restore, "clicked");
  g_assert_true (ls_conversation_page_flush (page, NULL));
  stored = ls_store_load_sketch (store, ls_sketch_get_id (sketch), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_sketch_get_agreements (stored), ==, TYPED);
  wait_for_file_gone (kept);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  gtk_window_destroy (window);

  /* a file written before details were kept: its entries are offered */
  g_assert_true (g_file_set_contents (kept, "(int64 1764800000, [(int64 0, int64 0, 'home', 0, 0, 'eldre tekst')])",
                                      -1, NULL));
  window = GTK_WINDOW (gtk_window_new ());
  page = LS_CONVERSATION_PAGE (ls_conversation_page_new (store, 0, ls_sketch_get_id (sketch)));
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  restore = find_in (GTK_WIDGET (page), "unsaved-restore");
  g_assert_nonnull (restore);
  g_signal_emit_by_name (restore, "clicked");
  g_assert_true (ls_conversation_page_flush (page, NULL));
  wait_for_file_gone (kept);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  gtk_window_destroy (window);
  g_clear_object (&store);
  ls_test_rmdir (dir);
}

static void
skip (void)
{
  g_test_skip ("needs PostgreSQL under pg_virtualenv, whose server the test stops");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything reads the user's data folder. */
  data_home = ls_test_mkdtemp ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  LS_TEST_INIT_DISPLAY (&argc, &argv);
  ls_test_init_engine ();
  /* The tests hold the file's write lock on purpose: a save gives up
   * after 1.5 s instead of 10. */
  _ls_db_sqlite_set_busy_timeout (1500);
  /* Pages other than the conversation warn when they cannot read the
   * database (the caseload, reading again): expected here, as the server
   * is stopped on purpose. Criticals still fail the test. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  if (!ls_test_on_postgresql ())
    {
      g_test_add_func ("/ui/offline/file-busy-kept", test_file_busy_kept);
      g_test_add_func ("/ui/offline/decision-kept", test_decision_kept);
      g_test_add_func ("/ui/offline/plan-kept", test_plan_kept);
      g_test_add_func ("/ui/offline/details-kept", test_details_kept);
      status = g_test_run ();
    }
  else if (!ls_test_server_can_stop ())
    {
      g_test_add_func ("/ui/offline/team-database-only", skip);
      status = g_test_run ();
    }
  else
    {
#define ADD(path, func, data) g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)
      ADD ("/ui/offline/stop-and-back", test_stop_and_back, NULL);
      ADD ("/ui/offline/offered-after-restart", test_offered_after_restart, GINT_TO_POINTER (FALSE));
      ADD ("/ui/offline/offered-after-restart-conflict", test_offered_after_restart, GINT_TO_POINTER (TRUE));
#undef ADD
      status = g_test_run ();
    }
  ls_test_rmdir (data_home);
  return status;
}
