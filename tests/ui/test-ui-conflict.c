/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A real conflict in the conversation: the sketch is open in a window, a
 * colleague changes the same entry through a second connection, the
 * caseworker types and saves — and is shown who changed it and when, both
 * texts, and a choice; nothing is overwritten silently and what was typed
 * is never lost. Entries added to different life areas never conflict.
 * The same for a draft decision and a service plan open in their editors
 * (ls-document-conflict.c). */
#include <string.h>

#include <sqlite3.h>

#include "ls-db-sqlite-private.h"
#include "ls-test-conflict.h"
#include "ls-conversation-page-private.h"
#include "ls-conversation-session.h"
#include "ls-decision-editor-private.h"
#include "ls-row-version.h"
#include "ls-service-plan-editor.h"
#include "ls-store-decisions.h"
#include "ls-domain-step.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-test-display.h"
#include "ls-test-util.h"

#define ORIGINAL "Cooks dinner on Sundays"
#define THEIRS   "Cooks dinner on Sundays with her brother"
#define MINE     "Cooks dinner every day now"

typedef struct
{
  char               *dir;
  char               *path;
  LsStore            *store;
  LsStore            *colleague;   /* a second connection, another caseworker */
  GtkWindow          *window;
  LsConversationPage *page;
  GtkWidget          *view;        /* the entry's text box in the window */
  gint64              entry_id;
} Fixture;

static char *
view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
type_text (GtkWidget  *view,
           const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

/* Saves run on a worker thread: lets the one under way end (its result
 * comes back in the main loop) before the file is read. */
static void
wait_for_saves (Fixture *f)
{
  LsConversationSession *session = _ls_conversation_page_get_session (f->page);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (session != NULL && ls_conversation_session_is_saving (session) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (session != NULL && ls_conversation_session_is_saving (session));
}

static char *
stored_text (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  gint64 version = 0;

  wait_for_saves (f);
  g_assert_true (ls_store_read_entry (f->colleague, f->entry_id, &text, &version, NULL, NULL, &error));
  g_assert_no_error (error);
  return text;
}

/* The colleague saves @text over the version they read just now. */
static void
colleague_saves (Fixture    *f,
                 const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *old = NULL;
  gint64 version = 0;

  g_assert_true (ls_store_read_entry (f->colleague, f->entry_id, &old, &version, NULL, NULL, &error));
  g_assert_true (ls_store_save_entry_text_if_version (f->colleague, f->entry_id, text, &version, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *home;
  LsSketch *sketch;
  g_autoptr(LsSketchEntry) entry = NULL;

  f->dir = ls_test_mkdtemp ();
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = ls_store_open (f->path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_store_set_actor (f->store, "Ola Saksbehandler");
  f->colleague = ls_store_open (f->path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_store_set_actor (f->colleague, "Kari Nordmann");
  ls_person_set_given_name (person, "Ingrid");
  ls_person_set_family_name (person, "Testesen");
  g_assert_true (ls_store_save_person (f->store, person, &error));

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1100, 800);
  gtk_window_present (f->window);
  f->page = LS_CONVERSATION_PAGE (ls_conversation_page_new (f->store, ls_person_get_id (person), 0));
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  /* One entry, typed and saved in the window. */
  _ls_conversation_page_go_to (f->page, "domain:home");
  home = _ls_conversation_page_get_step (f->page, "domain:home");
  click (ls_test_button_labelled (home, "Add What Works"));
  f->view = ls_test_nth_text_view (home, 0);
  g_assert_nonnull (f->view);
  type_text (f->view, ORIGINAL);
  g_assert_true (ls_conversation_page_flush (f->page, &error));
  g_assert_no_error (error);
  sketch = ls_conversation_session_get_sketch (_ls_conversation_page_get_session (f->page));
  entry = g_list_model_get_item (G_LIST_MODEL (ls_sketch_get_entries (sketch)), 0);
  f->entry_id = ls_sketch_entry_get_id (entry);
  g_assert_cmpint (f->entry_id, >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  LsConflictDialog *dialog;

  while ((dialog = ls_test_conflict_dialog ()) != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (f->window);
  g_clear_object (&f->colleague);
  g_clear_object (&f->store);
  ls_test_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* The colleague saves first; the caseworker types and saves: refused,
 * and the dialog says who, and shows both texts. */
static LsConflictDialog *
make_conflict (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *mine = NULL;
  g_autofree char *theirs = NULL;
  LsConflictDialog *dialog;

  colleague_saves (f, THEIRS);
  type_text (f->view, MINE);
  g_assert_false (ls_conversation_page_flush (f->page, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_assert_null (strstr (error->message, THEIRS));   /* never the data */
  g_assert_null (strstr (error->message, MINE));

  /* The other's text is read on a worker: the dialog opens after. */
  dialog = ls_test_wait_for_conflict_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (ls_conflict_dialog_get_who (dialog), "Kari Nordmann"));
  mine = view_text (ls_test_nth_text_view (GTK_WIDGET (dialog), 0));
  theirs = view_text (ls_test_nth_text_view (GTK_WIDGET (dialog), 1));
  g_assert_cmpstr (mine, ==, MINE);
  g_assert_cmpstr (theirs, ==, THEIRS);

  /* Nothing overwritten, nothing lost, until the caseworker chooses. */
  stored = stored_text (f);
  g_assert_cmpstr (stored, ==, THEIRS);
  shown = view_text (f->view);
  g_assert_cmpstr (shown, ==, MINE);
  return dialog;
}

static void
test_keep_mine (Fixture       *f,
                gconstpointer  data)
{
  LsConflictDialog *dialog = make_conflict (f);
  g_autofree char *stored = NULL;

  click (ls_test_button_labelled (GTK_WIDGET (dialog), "_Keep Mine"));
  g_assert_null (ls_test_conflict_dialog ());
  stored = stored_text (f);
  g_assert_cmpstr (stored, ==, MINE);
  g_assert_false (ls_conversation_page_get_saving_failed (f->page));

  /* And typing on saves as usual, over the version just saved. */
  type_text (f->view, MINE ", and the dishes");
  g_assert_true (ls_conversation_page_flush (f->page, NULL));
  g_clear_pointer (&stored, g_free);
  stored = stored_text (f);
  g_assert_cmpstr (stored, ==, MINE ", and the dishes");
}

static void
test_take_theirs (Fixture       *f,
                  gconstpointer  data)
{
  LsConflictDialog *dialog = make_conflict (f);
  g_autofree char *stored = NULL;
  g_autofree char *shown = NULL;

  click (ls_test_button_labelled (GTK_WIDGET (dialog), "_Take Theirs"));
  g_assert_null (ls_test_conflict_dialog ());
  stored = stored_text (f);
  g_assert_cmpstr (stored, ==, THEIRS);
  shown = view_text (f->view);
  g_assert_cmpstr (shown, ==, THEIRS);
  g_assert_false (ls_conversation_page_get_saving_failed (f->page));

  /* Mine is not lost: undo brings it back (and saves it, deliberately). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "conversation.undo", NULL));
  g_clear_pointer (&shown, g_free);
  shown = view_text (f->view);
  g_assert_cmpstr (shown, ==, MINE);
  g_clear_pointer (&stored, g_free);
  stored = stored_text (f);
  g_assert_cmpstr (stored, ==, MINE);
}

static void
test_copy_mine (Fixture       *f,
                gconstpointer  data)
{
  LsConflictDialog *dialog = make_conflict (f);
  GdkContentProvider *content;
  g_auto(GValue) value = G_VALUE_INIT;

  click (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), LS_TYPE_CONFLICT_DIALOG, "copy_mine_button")));
  g_assert_true (ls_test_conflict_dialog () == dialog);   /* still choosing */
  content = gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (dialog)));
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  g_assert_cmpstr (g_value_get_string (&value), ==, MINE);
}

/* A third change after the dialog was shown is never overwritten unseen:
 * keeping mine meets it as a new conflict. */
static void
test_third_change (Fixture       *f,
                   gconstpointer  data)
{
  LsConflictDialog *dialog = make_conflict (f);
  g_autofree char *stored = NULL;
  g_autofree char *theirs = NULL;

  colleague_saves (f, "A third text");
  click (ls_test_button_labelled (GTK_WIDGET (dialog), "_Keep Mine"));
  stored = stored_text (f);
  g_assert_cmpstr (stored, ==, "A third text");
  dialog = ls_test_wait_for_conflict_dialog ();
  g_assert_nonnull (dialog);
  theirs = view_text (ls_test_nth_text_view (GTK_WIDGET (dialog), 1));
  g_assert_cmpstr (theirs, ==, "A third text");
  click (ls_test_button_labelled (GTK_WIDGET (dialog), "_Keep Mine"));
  g_clear_pointer (&stored, g_free);
  stored = stored_text (f);
  g_assert_cmpstr (stored, ==, MINE);
}

/* The dialog closed without a choice: the entry stays unsaved and says
 * so, and Try Again brings the choice back. */
static void
test_closed_without_choice (Fixture       *f,
                            gconstpointer  data)
{
  LsConflictDialog *dialog = make_conflict (f);
  GtkWidget *banner = _ls_conversation_page_get_banner (f->page);
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (ls_test_conflict_dialog ());
  g_assert_false (ls_conversation_page_flush (f->page, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_assert_true (ls_conversation_page_get_saving_failed (f->page));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));

  click (ls_test_button_labelled (banner, "Try Again"));
  dialog = ls_test_wait_for_conflict_dialog ();
  g_assert_nonnull (dialog);
  click (ls_test_button_labelled (GTK_WIDGET (dialog), "_Keep Mine"));
  stored = stored_text (f);
  g_assert_cmpstr (stored, ==, MINE);
  g_assert_false (ls_conversation_page_get_saving_failed (f->page));
}

/* Taking theirs reads the stored row on the session's worker; when that
 * fails (another program holds the file's write lock, and the reading
 * writes the audit) nothing changes: what was typed stays, the banner
 * says why, and Try Again brings the choice back. */
static void
test_take_theirs_fails (Fixture       *f,
                        gconstpointer  data)
{
  LsConflictDialog *dialog = make_conflict (f);
  GtkWidget *banner = _ls_conversation_page_get_banner (f->page);
  LsConversationSession *session = _ls_conversation_page_get_session (f->page);
  g_autofree char *shown = NULL;
  g_autofree char *stored = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  sqlite3 *locker = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &locker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (locker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  click (ls_test_button_labelled (GTK_WIDGET (dialog), "_Take Theirs"));
  g_assert_null (ls_test_conflict_dialog ());
  /* The reading waits for the lock as long as the store does (10 s). */
  for (gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
       ls_conversation_session_is_saving (session) && g_get_monotonic_time () < deadline;)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_false (ls_conversation_session_is_saving (session));
  g_assert_true (ls_conversation_page_get_saving_failed (f->page));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  g_assert_null (strstr (ls_conversation_session_get_save_error (session), MINE));
  g_assert_null (strstr (ls_conversation_session_get_save_error (session), THEIRS));
  shown = view_text (f->view);
  g_assert_cmpstr (shown, ==, MINE);
  waiting = ls_conversation_session_get_conflicts (session);
  g_assert_cmpuint (waiting->len, ==, 1);
  g_assert_cmpint (sqlite3_exec (locker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (locker);

  click (ls_test_button_labelled (banner, "Try Again"));
  dialog = ls_test_wait_for_conflict_dialog ();
  g_assert_nonnull (dialog);
  click (ls_test_button_labelled (GTK_WIDGET (dialog), "_Take Theirs"));
  stored = stored_text (f);
  g_assert_cmpstr (stored, ==, THEIRS);
  g_clear_pointer (&shown, g_free);
  shown = view_text (f->view);
  g_assert_cmpstr (shown, ==, THEIRS);
  g_assert_false (ls_conversation_page_get_saving_failed (f->page));
}

/* Two caseworkers adding entries to different life areas of the open
 * sketch: no conflict, both kept. */
static void
test_different_areas (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsSketchEntry) theirs = ls_sketch_entry_new_with ("work", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON,
                                                              "Wants to work in a shop");
  LsSketch *sketch = ls_conversation_session_get_sketch (_ls_conversation_page_get_session (f->page));
  GtkWidget *leisure;
  g_autoptr(LsSketch) stored = NULL;

  ls_sketch_entry_set_sketch_id (theirs, ls_sketch_get_id (sketch));
  g_assert_true (ls_store_save_entry (f->colleague, theirs, &error));
  g_assert_no_error (error);

  _ls_conversation_page_go_to (f->page, "domain:leisure");
  leisure = _ls_conversation_page_get_step (f->page, "domain:leisure");
  click (ls_test_button_labelled (leisure, "Add What Works"));
  type_text (ls_test_nth_text_view (leisure, 0), "Football on Sundays");
  g_assert_true (ls_conversation_page_flush (f->page, &error));
  g_assert_no_error (error);
  g_assert_null (ls_test_conflict_dialog ());

  stored = ls_store_load_sketch (f->colleague, ls_sketch_get_id (sketch), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ls_sketch_get_entries (stored))), ==, 3);
}

/* Item 5: a save that fails for another reason (here another program
 * holds the file's write lock past the wait) says so in one sentence
 * without the person's data, keeps the text, and saves it once the file is
 * free again. */
static void
test_busy_keeps_text (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *banner = _ls_conversation_page_get_banner (f->page);
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *message = NULL;
  sqlite3 *locker = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &locker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (locker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  type_text (f->view, MINE);
  g_assert_false (ls_conversation_page_flush (f->page, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_BUSY);
  g_assert_null (ls_test_conflict_dialog ());
  g_assert_true (ls_conversation_page_get_saving_failed (f->page));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  message = g_strdup (ls_conversation_session_get_save_error (_ls_conversation_page_get_session (f->page)));
  g_assert_cmpstr (message, ==, error->message);
  g_assert_null (strchr (message, '\n'));
  g_assert_null (strstr (message, MINE));
  g_assert_null (strstr (message, ORIGINAL));
  g_assert_null (strstr (message, "Ingrid"));
  g_assert_null (strstr (message, "Testesen"));
  shown = view_text (f->view);
  g_assert_cmpstr (shown, ==, MINE);

  g_assert_cmpint (sqlite3_exec (locker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (locker);
  g_assert_true (ls_conversation_page_flush (f->page, NULL));
  g_assert_false (ls_conversation_page_get_saving_failed (f->page));
  stored = stored_text (f);
  g_assert_cmpstr (stored, ==, MINE);
}

/* The sketch's agreements: the colleague saves theirs first, the
 * caseworker's save meets it, the dialog shows both, and the choice
 * holds (data: TRUE for Keep Mine). */
static void
test_details_choice (Fixture       *f,
                     gconstpointer  data)
{
  gboolean keep_mine = GPOINTER_TO_INT (data);
  LsConversationSession *session = _ls_conversation_page_get_session (f->page);
  gint64 sketch_id = ls_conversation_page_get_sketch_id (f->page);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsSketch) theirs = ls_store_load_sketch (f->colleague, sketch_id, &error);
  g_autoptr(LsSketch) stored = NULL;
  LsConflictDialog *dialog;

  g_assert_no_error (error);
  ls_sketch_set_agreements (theirs, THEIRS);
  g_assert_true (ls_store_save_sketch_details (f->colleague, theirs, &error));
  g_assert_no_error (error);

  ls_conversation_session_set_agreements (session, MINE);
  g_assert_false (ls_conversation_session_flush (session, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_true (ls_conversation_session_get_details_conflict (session));
  dialog = ls_test_wait_for_conflict_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (ls_conflict_dialog_get_who (dialog));
  /* nothing overwritten until the choice */
  stored = ls_store_load_sketch (f->colleague, sketch_id, &error);
  g_assert_cmpstr (ls_sketch_get_agreements (stored), ==, THEIRS);
  g_clear_object (&stored);

  click (ls_test_button_labelled (GTK_WIDGET (dialog), keep_mine ? "_Keep Mine" : "_Take Theirs"));
  g_assert_null (ls_test_conflict_dialog ());
  g_assert_false (ls_conversation_session_get_details_conflict (session));
  g_assert_true (ls_conversation_session_flush (session, NULL));
  stored = ls_store_load_sketch (f->colleague, sketch_id, &error);
  g_assert_cmpstr (ls_sketch_get_agreements (stored), ==, keep_mine ? MINE : THEIRS);
  g_assert_cmpstr (ls_sketch_get_agreements (ls_conversation_session_get_sketch (session)), ==,
                   keep_mine ? MINE : THEIRS);
  g_clear_object (&stored);

  /* writing on saves as usual */
  ls_conversation_session_set_agreements (session, MINE ", and the dishes");
  g_assert_true (ls_conversation_session_flush (session, NULL));
  stored = ls_store_load_sketch (f->colleague, sketch_id, &error);
  g_assert_cmpstr (ls_sketch_get_agreements (stored), ==, MINE ", and the dishes");
}

/* A life area's reading: the colleague rates it first, the caseworker's
 * save meets it, the dialog shows both, and the choice holds (data: TRUE
 * for Keep Mine). */
static void
test_reading_choice (Fixture       *f,
                     gconstpointer  data)
{
  gboolean keep_mine = GPOINTER_TO_INT (data);
  LsConversationSession *session = _ls_conversation_page_get_session (f->page);
  gint64 sketch_id = ls_conversation_page_get_sketch_id (f->page);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsSketch) theirs = ls_store_load_sketch (f->colleague, sketch_id, &error);
  g_autoptr(LsSketch) stored = NULL;
  LsConflictDialog *dialog;

  g_assert_no_error (error);
  ls_domain_reading_set_self_rating (ls_sketch_ensure_reading (theirs, "home"), 3);
  g_assert_true (ls_store_save_reading (f->colleague, sketch_id, ls_sketch_ensure_reading (theirs, "home"), &error));
  g_assert_no_error (error);

  ls_conversation_session_set_self_rating (session, "home", 8);
  g_assert_false (ls_conversation_session_flush (session, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  dialog = ls_test_wait_for_conflict_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (ls_conflict_dialog_get_who (dialog));
  stored = ls_store_load_sketch (f->colleague, sketch_id, &error);
  g_assert_cmpint (ls_domain_reading_get_self_rating (ls_sketch_get_reading (stored, "home")), ==, 3);
  g_clear_object (&stored);

  click (ls_test_button_labelled (GTK_WIDGET (dialog), keep_mine ? "_Keep Mine" : "_Take Theirs"));
  g_assert_null (ls_test_conflict_dialog ());
  g_assert_true (ls_conversation_session_flush (session, NULL));
  stored = ls_store_load_sketch (f->colleague, sketch_id, &error);
  g_assert_cmpint (ls_domain_reading_get_self_rating (ls_sketch_get_reading (stored, "home")), ==, keep_mine ? 8 : 3);
  g_clear_object (&stored);

  /* rating on saves as usual */
  ls_conversation_session_set_self_rating (session, "home", 9);
  g_assert_true (ls_conversation_session_flush (session, NULL));
  stored = ls_store_load_sketch (f->colleague, sketch_id, &error);
  g_assert_cmpint (ls_domain_reading_get_self_rating (ls_sketch_get_reading (stored, "home")), ==, 9);
}

/* A draft decision open in the editor while a colleague saves it through
 * a second connection: the editor's next save is a conflict, the dialog
 * shows both, and the choice holds — nothing overwritten unseen. */
typedef struct
{
  char             *dir;
  LsStore          *store;
  LsStore          *colleague;
  GtkWindow        *window;
  LsDecisionEditor *editor;
  gint64            id;
} Draft;

static void
draft_set_up (Draft         *d,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(GDate) date = g_date_new_dmy (10, 1, 2026);
  g_autoptr(LsSketchEntry) need = ls_sketch_entry_new_with ("leisure", LS_ENTRY_SUPPORT_NEED, LS_ENTRY_AUTHOR_PERSON,
                                                            "Someone to go to football with");

  d->dir = ls_test_mkdtemp ();
  path = g_build_filename (d->dir, "t.db", NULL);
  d->store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  d->colleague = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_person_set_given_name (person, "Ola");
  g_assert_true (ls_store_save_person (d->store, person, &error));
  ls_sketch_set_person_id (sketch, ls_person_get_id (person));
  ls_sketch_set_date (sketch, date);
  ls_sketch_set_status (sketch, LS_SKETCH_FINISHED);
  g_list_store_append (ls_sketch_get_entries (sketch), need);
  g_assert_true (ls_store_save_sketch (d->store, sketch, &error));
  g_assert_no_error (error);
  d->editor = LS_DECISION_EDITOR (ls_decision_editor_new_draft (d->store, ls_person_get_id (person), &error));
  g_assert_no_error (error);
  d->id = ls_decision_get_id (ls_decision_editor_get_decision (d->editor));
  d->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (d->window, 900, 800);
  gtk_window_set_child (d->window, GTK_WIDGET (d->editor));
  gtk_window_present (d->window);
}

static void
draft_tear_down (Draft         *d,
                 gconstpointer  data)
{
  LsConflictDialog *dialog;

  while ((dialog = ls_test_conflict_dialog ()) != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (d->window);
  g_clear_object (&d->colleague);
  g_clear_object (&d->store);
  ls_test_rmdir (d->dir);
  g_free (d->dir);
}

static char *
stored_grounds (Draft *d)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) stored = ls_store_load_decision (d->colleague, d->id, &error);

  g_assert_no_error (error);
  return g_strdup (ls_decision_get_grounds (stored));
}

static LsConflictDialog *
make_draft_conflict (Draft *d)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) theirs = ls_store_load_decision (d->colleague, d->id, &error);
  g_autofree char *stored = NULL;
  LsConflictDialog *dialog;

  g_assert_no_error (error);
  ls_decision_set_grounds (theirs, THEIRS);
  g_assert_true (ls_store_save_decision (d->colleague, theirs, &error));
  g_assert_no_error (error);

  gtk_text_buffer_set_text (d->editor->grounds_buffer, MINE, -1);
  g_assert_false (ls_decision_editor_flush (d->editor, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  dialog = ls_test_wait_for_conflict_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (ls_conflict_dialog_get_who (dialog));
  stored = stored_grounds (d);
  g_assert_cmpstr (stored, ==, THEIRS);
  return dialog;
}

static void
test_decision_keep_mine (Draft         *d,
                         gconstpointer  data)
{
  LsConflictDialog *dialog = make_draft_conflict (d);
  g_autofree char *stored = NULL;

  click (ls_test_button_labelled (GTK_WIDGET (dialog), "_Keep Mine"));
  g_assert_null (ls_test_conflict_dialog ());
  g_assert_true (ls_decision_editor_flush (d->editor, NULL));
  stored = stored_grounds (d);
  g_assert_cmpstr (stored, ==, MINE);

  /* and typing on saves as usual, over the version just saved */
  gtk_text_buffer_set_text (d->editor->grounds_buffer, MINE ", and the dishes", -1);
  g_assert_true (ls_decision_editor_flush (d->editor, NULL));
  g_clear_pointer (&stored, g_free);
  stored = stored_grounds (d);
  g_assert_cmpstr (stored, ==, MINE ", and the dishes");
}

static void
test_decision_take_theirs (Draft         *d,
                           gconstpointer  data)
{
  LsConflictDialog *dialog = make_draft_conflict (d);
  g_autofree char *stored = NULL;
  g_autofree char *shown = NULL;
  GtkTextIter start, end;

  click (ls_test_button_labelled (GTK_WIDGET (dialog), "_Take Theirs"));
  g_assert_null (ls_test_conflict_dialog ());
  g_assert_cmpstr (ls_decision_get_grounds (ls_decision_editor_get_decision (d->editor)), ==, THEIRS);
  gtk_text_buffer_get_bounds (d->editor->grounds_buffer, &start, &end);
  shown = gtk_text_buffer_get_text (d->editor->grounds_buffer, &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, THEIRS);
  g_assert_true (ls_decision_editor_flush (d->editor, NULL));
  stored = stored_grounds (d);
  g_assert_cmpstr (stored, ==, THEIRS);

  /* then an edit is saved over theirs without a new conflict */
  gtk_text_buffer_set_text (d->editor->grounds_buffer, THEIRS ", on Sundays", -1);
  g_assert_true (ls_decision_editor_flush (d->editor, NULL));
  g_clear_pointer (&stored, g_free);
  stored = stored_grounds (d);
  g_assert_cmpstr (stored, ==, THEIRS ", on Sundays");
}

static GtkWidget *
first_text_view (GtkWidget *root)
{
  return ls_test_nth_text_view (root, 0);
}

static void
set_view_text (GtkWidget  *view,
               const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

/* The service plan open in its editor while a colleague saves it: the
 * same dialog, and the choice holds (data: TRUE for Keep Mine). */
static void
test_plan_choice (Draft         *d,
                  gconstpointer  data)
{
  gboolean keep_mine = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsServicePlan) theirs = NULL;
  g_autoptr(LsServicePlan) stored = NULL;
  LsServicePlanEditor *editor;
  LsConflictDialog *dialog;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  gint64 plan_id;

  editor = LS_SERVICE_PLAN_EDITOR (ls_service_plan_editor_new (d->store, d->id, &error));
  g_assert_no_error (error);
  gtk_window_set_child (window, GTK_WIDGET (editor));
  gtk_window_present (window);
  plan_id = ls_service_plan_get_id (ls_service_plan_editor_get_plan (editor));
  theirs = ls_store_load_service_plan (d->colleague, plan_id, &error);
  g_assert_no_error (error);
  ls_service_plan_set_goals (theirs, THEIRS);
  g_assert_true (ls_store_save_service_plan (d->colleague, theirs, &error));
  g_assert_no_error (error);

  set_view_text (first_text_view (GTK_WIDGET (editor)), MINE);
  g_assert_false (ls_service_plan_editor_flush (editor, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  dialog = ls_test_wait_for_conflict_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (ls_conflict_dialog_get_who (dialog));
  click (ls_test_button_labelled (GTK_WIDGET (dialog), keep_mine ? "_Keep Mine" : "_Take Theirs"));
  g_assert_null (ls_test_conflict_dialog ());
  g_assert_true (ls_service_plan_editor_flush (editor, NULL));
  stored = ls_store_load_service_plan (d->colleague, plan_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_service_plan_get_goals (stored), ==, keep_mine ? MINE : THEIRS);
  g_assert_cmpstr (ls_service_plan_get_goals (ls_service_plan_editor_get_plan (editor)), ==,
                   keep_mine ? MINE : THEIRS);

  /* typing on saves without a new conflict */
  set_view_text (first_text_view (GTK_WIDGET (editor)), MINE ", and the dishes");
  g_assert_true (ls_service_plan_editor_flush (editor, NULL));
  g_clear_object (&stored);
  stored = ls_store_load_service_plan (d->colleague, plan_id, &error);
  g_assert_cmpstr (ls_service_plan_get_goals (stored), ==, MINE ", and the dishes");
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);
  /* The tests hold the file's write lock on purpose: a save gives up after 1.5 s instead of 10. */
  _ls_db_sqlite_set_busy_timeout (1500);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/conflict/keep-mine", test_keep_mine);
  ADD ("/conflict/take-theirs", test_take_theirs);
  ADD ("/conflict/take-theirs-fails", test_take_theirs_fails);
  ADD ("/conflict/copy-mine", test_copy_mine);
  ADD ("/conflict/third-change", test_third_change);
  ADD ("/conflict/closed-without-choice", test_closed_without_choice);
  ADD ("/conflict/different-areas", test_different_areas);
  ADD ("/save-failure/busy-keeps-text", test_busy_keeps_text);
  g_test_add ("/conflict/details-keep-mine", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_details_choice,
              fixture_tear_down);
  g_test_add ("/conflict/details-take-theirs", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up,
              test_details_choice, fixture_tear_down);
  g_test_add ("/conflict/reading-keep-mine", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_reading_choice,
              fixture_tear_down);
  g_test_add ("/conflict/reading-take-theirs", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up,
              test_reading_choice, fixture_tear_down);
#undef ADD
#define ADD(path, func) g_test_add (path, Draft, NULL, draft_set_up, func, draft_tear_down)
  ADD ("/conflict/decision-keep-mine", test_decision_keep_mine);
  ADD ("/conflict/decision-take-theirs", test_decision_take_theirs);
#undef ADD
  g_test_add ("/conflict/plan-keep-mine", Draft, GINT_TO_POINTER (TRUE), draft_set_up, test_plan_choice,
              draft_tear_down);
  g_test_add ("/conflict/plan-take-theirs", Draft, GINT_TO_POINTER (FALSE), draft_set_up, test_plan_choice,
              draft_tear_down);
  return g_test_run ();
}
