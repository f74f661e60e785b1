/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The conversation page on a real database: ratings and words are saved at
 * once, domains can be skipped and returned to, undo/redo restores and
 * saves, and a failed save keeps what was typed until it can be saved. */
#include <sqlite3.h>
#include <string.h>

#include "ls-conversation-page-private.h"
#include "ls-conversation-session-private.h"
#include "ls-conversation-steps.h"
#include "ls-domain-step.h"
#include "ls-store-persons.h"
#include "ls-store-private.h"
#include "ls-store-sketches.h"
#include "ls-test-display.h"
#include "ls-test-labels.h"
#include "ls-test-util.h"
#include "ls-db-sqlite.h"

typedef struct
{
  char               *dir;
  char               *path;
  LsStore            *store;
  gint64              person_id;
  GtkWindow          *window;
  LsConversationPage *page;
  LsStore            *saver;   /* the session's saving connection, once asked for */
} Fixture;

static void
open_page (Fixture *f,
           gint64   sketch_id)
{
  f->page = LS_CONVERSATION_PAGE (ls_conversation_page_new (f->store, f->person_id, sketch_id));
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(GError) error = NULL;

  f->dir = ls_test_mkdtemp ();
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = ls_store_open (f->path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_person_set_given_name (person, "Ingrid");
  ls_person_set_family_name (person, "Testesen");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  f->person_id = ls_person_get_id (person);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1100, 800);
  gtk_window_present (f->window);
  open_page (f, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->saver);
  g_clear_object (&f->store);
  ls_test_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* What another program would find in the file now. */

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

static LsSketch *
stored_sketch (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) other = NULL;
  LsSketch *sketch;

  wait_for_saves (f);
  other = ls_store_open (f->path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  sketch = ls_store_load_sketch (other, ls_conversation_page_get_sketch_id (f->page), &error);
  g_assert_no_error (error);
  return sketch;
}

static int
stored_rating (Fixture    *f,
               const char *domain_key)
{
  g_autoptr(LsSketch) sketch = stored_sketch (f);
  LsDomainReading *reading = ls_sketch_get_reading (sketch, domain_key);

  return reading ? ls_domain_reading_get_self_rating (reading) : -1;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0
          && gtk_widget_is_drawable (child))
        return child;
      /* A button with a box of labels inside (the stepper). */
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), label) == 0
          && gtk_widget_get_ancestor (child, GTK_TYPE_BUTTON) != NULL && gtk_widget_is_drawable (child))
        return gtk_widget_get_ancestor (child, GTK_TYPE_BUTTON);
      if ((hit = find_button (child, label)) != NULL)
        return hit;
    }
  return NULL;
}

static GtkWidget *
find_by_tooltip (GtkWidget  *root,
                 const char *tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0)
        return child;
      if ((hit = find_by_tooltip (child, tooltip)) != NULL)
        return hit;
    }
  return NULL;
}

/* A pictogram button: a toggle whose content has a label @text. */
static GtkWidget *
find_picto (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0
          && gtk_widget_get_ancestor (child, GTK_TYPE_TOGGLE_BUTTON))
        return gtk_widget_get_ancestor (child, GTK_TYPE_TOGGLE_BUTTON);
      if ((hit = find_picto (child, text)) != NULL)
        return hit;
    }
  return NULL;
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

/* The first text box (GtkTextView) under @root. */
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
test_rating_saved (Fixture       *f,
                   gconstpointer  data)
{
  LsDomainStep *step;
  GtkWidget *seven;

  _ls_conversation_page_go_to (f->page, "domain:home");
  step = LS_DOMAIN_STEP (_ls_conversation_page_get_step (f->page, "domain:home"));
  seven = ls_domain_step_get_rating_button (step, 7);
  gtk_test_accessible_assert_role (seven, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (seven, GTK_ACCESSIBLE_PROPERTY_LABEL, "Rating 7 of 10");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (seven), TRUE);
  /* Saved at once, no pause, no Save button. */
  g_assert_cmpint (stored_rating (f, "home"), ==, 7);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ls_domain_step_get_rating_button (step, 3)), TRUE);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (seven)));
  g_assert_cmpint (stored_rating (f, "home"), ==, 3);

  /* The caseworker's rating is kept apart. */
  click (find_by_tooltip (GTK_WIDGET (step), "Caseworker rating 5 of 10"));
  {
    g_autoptr(LsSketch) sketch = stored_sketch (f);
    LsDomainReading *reading = ls_sketch_get_reading (sketch, "home");
    g_assert_cmpint (ls_domain_reading_get_self_rating (reading), ==, 3);
    g_assert_cmpint (ls_domain_reading_get_caseworker_rating (reading), ==, 5);
  }
  /* The picture scale, saved with its own value. */
  click (find_picto (GTK_WIDGET (step), "So-so"));
  {
    g_autoptr(LsSketch) sketch = stored_sketch (f);
    g_assert_cmpint (ls_domain_reading_get_pictogram (ls_sketch_get_reading (sketch, "home")), ==, LS_PICTOGRAM_SO_SO);
  }
}

static void
test_skip_and_return (Fixture       *f,
                      gconstpointer  data)
{
  LsConversationSession *session = _ls_conversation_page_get_session (f->page);
  GtkWidget *step = _ls_conversation_page_get_step (f->page, "domain:home");
  g_autoptr(LsSketch) stored = NULL;

  _ls_conversation_page_go_to (f->page, "domain:home");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  click (find_button (step, "Skip for Now"));
  /* Skipping moves on to the next domain. */
  g_assert_cmpstr (_ls_conversation_page_get_current (f->page), ==, "domain:selfcare");
  g_assert_cmpint (ls_conversation_session_domain_state (session, "home"), ==, LS_DOMAIN_STATE_SKIPPED);
  stored = stored_sketch (f);
  g_assert_true (ls_domain_reading_get_skipped (ls_sketch_get_reading (stored, "home")));
  g_clear_object (&stored);

  /* Back to it from the stepper, then talk about it after all. */
  click (find_button (GTK_WIDGET (f->page), "Home and daily life"));
  g_assert_cmpstr (_ls_conversation_page_get_current (f->page), ==, "domain:home");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  click (find_button (step, "Talk About It Now"));
  g_assert_cmpint (ls_conversation_session_domain_state (session, "home"), ==, LS_DOMAIN_STATE_NOT_YET);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ls_domain_step_get_rating_button (LS_DOMAIN_STEP (step), 6)), TRUE);
  g_assert_cmpint (ls_conversation_session_domain_state (session, "home"), ==, LS_DOMAIN_STATE_DONE);
  stored = stored_sketch (f);
  g_assert_false (ls_domain_reading_get_skipped (ls_sketch_get_reading (stored, "home")));
  g_assert_cmpint (ls_domain_reading_get_self_rating (ls_sketch_get_reading (stored, "home")), ==, 6);
}

static const char *
stored_matters (Fixture  *f,
                LsSketch *sketch)
{
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);

      if (g_strcmp0 (ls_sketch_entry_get_domain_key (entry), LS_MATTERS_DOMAIN) == 0)
        return g_intern_string (ls_sketch_entry_get_text (entry));
    }
  return NULL;
}

static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (f->page);
  GtkWidget *view = find_text_view (_ls_conversation_page_get_step (f->page, "matters"));
  LsDomainStep *home = LS_DOMAIN_STEP (_ls_conversation_page_get_step (f->page, "domain:home"));
  g_autoptr(LsSketch) stored = NULL;
  g_autofree char *shown = NULL;

  _ls_conversation_page_go_to (f->page, "matters");
  type_text (view, "Having my own flat");
  ls_edit_history_seal (ls_conversation_session_get_history (_ls_conversation_page_get_session (f->page)));
  type_text (view, "Having my own flat, and a dog");
  g_assert_true (ls_conversation_page_flush (f->page, NULL));
  stored = stored_sketch (f);
  g_assert_cmpstr (stored_matters (f, stored), ==, "Having my own flat, and a dog");
  g_clear_object (&stored);

  /* Ctrl+Z puts the earlier words back on screen and in the file at once. */
  g_assert_true (gtk_widget_activate_action (widget, "conversation.undo", NULL));
  shown = view_text (view);
  g_assert_cmpstr (shown, ==, "Having my own flat");
  stored = stored_sketch (f);
  g_assert_cmpstr (stored_matters (f, stored), ==, "Having my own flat");
  g_clear_object (&stored);
  g_clear_pointer (&shown, g_free);

  g_assert_true (gtk_widget_activate_action (widget, "conversation.redo", NULL));
  shown = view_text (view);
  g_assert_cmpstr (shown, ==, "Having my own flat, and a dog");
  stored = stored_sketch (f);
  g_assert_cmpstr (stored_matters (f, stored), ==, "Having my own flat, and a dog");
  g_clear_object (&stored);

  /* Ratings too. */
  _ls_conversation_page_go_to (f->page, "domain:home");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ls_domain_step_get_rating_button (home, 5)), TRUE);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ls_domain_step_get_rating_button (home, 8)), TRUE);
  _ls_conversation_page_go_to (f->page, "agreements");
  g_assert_true (gtk_widget_activate_action (widget, "conversation.undo", NULL));
  /* Undo shows the step where the change is undone. */
  g_assert_cmpstr (_ls_conversation_page_get_current (f->page), ==, "domain:home");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (ls_domain_step_get_rating_button (home, 5))));
  g_assert_cmpint (stored_rating (f, "home"), ==, 5);
  g_assert_true (gtk_widget_activate_action (widget, "conversation.redo", NULL));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (ls_domain_step_get_rating_button (home, 8))));
  g_assert_cmpint (stored_rating (f, "home"), ==, 8);

  /* An added entry is removed by undo and comes back with redo. */
  click (find_button (GTK_WIDGET (home), "Add What Works"));
  type_text (find_text_view (GTK_WIDGET (home)), "I cook dinner");
  g_assert_true (ls_conversation_page_flush (f->page, NULL));
  g_assert_true (gtk_widget_activate_action (widget, "conversation.undo", NULL));
  g_assert_true (gtk_widget_activate_action (widget, "conversation.undo", NULL));
  g_assert_null (find_text_view (GTK_WIDGET (home)));
  stored = stored_sketch (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ls_sketch_get_entries (stored))), ==, 1);
  g_clear_object (&stored);
  g_assert_true (gtk_widget_activate_action (widget, "conversation.redo", NULL));
  g_assert_true (gtk_widget_activate_action (widget, "conversation.redo", NULL));
  g_clear_pointer (&shown, g_free);
  shown = view_text (find_text_view (GTK_WIDGET (home)));
  g_assert_cmpstr (shown, ==, "I cook dinner");
  stored = stored_sketch (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ls_sketch_get_entries (stored))), ==, 2);
}

static void
set_query_only (Fixture  *f,
                gboolean  on)
{
  /* Saves go through the session's own connection (on a worker thread). */
  LsStore *saver;

  if (f->saver == NULL)
    f->saver = g_object_ref (_ls_conversation_session_get_saver (_ls_conversation_page_get_session (f->page), NULL));
  saver = f->saver;
  g_assert_cmpint (sqlite3_exec (_ls_db_sqlite_handle (_ls_store_get_db (f->store)), on ? "PRAGMA query_only = 1" : "PRAGMA query_only = 0",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (_ls_db_sqlite_handle (_ls_store_get_db (saver)), on ? "PRAGMA query_only = 1" : "PRAGMA query_only = 0",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
test_failed_save_keeps_text (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *step = _ls_conversation_page_get_step (f->page, "agreements");
  GtkWidget *view = find_text_view (step);
  GtkWidget *banner = _ls_conversation_page_get_banner (f->page);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsSketch) stored = NULL;
  g_autofree char *shown = NULL;

  _ls_conversation_page_go_to (f->page, "agreements");
  /* The disk refuses writes (as when it is full or read-only). */
  set_query_only (f, TRUE);
  type_text (view, "We meet again on Tuesday at ten");
  g_assert_false (ls_conversation_page_flush (f->page, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_READ_ONLY);
  g_assert_true (ls_conversation_page_get_saving_failed (f->page));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  shown = view_text (view);
  g_assert_cmpstr (shown, ==, "We meet again on Tuesday at ten");
  stored = stored_sketch (f);
  g_assert_null (ls_sketch_get_agreements (stored));
  g_clear_object (&stored);

  /* Typing on while it fails: still kept, still not lost. */
  type_text (view, "We meet again on Tuesday at ten, at the library");
  g_clear_error (&error);
  g_assert_false (ls_conversation_page_flush (f->page, &error));

  /* The problem goes away: Try Again saves it. */
  set_query_only (f, FALSE);
  while (!gtk_revealer_get_child_revealed (GTK_REVEALER (banner)))
    g_main_context_iteration (NULL, TRUE);
  click (find_button (banner, "Try Again"));
  /* saved on the session's worker */
  for (gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       ls_conversation_page_get_saving_failed (f->page) && g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (ls_conversation_page_get_saving_failed (f->page));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  stored = stored_sketch (f);
  g_assert_cmpstr (ls_sketch_get_agreements (stored), ==, "We meet again on Tuesday at ten, at the library");
}

typedef struct
{
  Fixture               *f;
  LsConversationSession *session;
  gboolean               saved;
} Late;

/* A step goes away while the page is closing (after its banner): the save
 * succeeds now, and the session says so. */
static void
step_gone_cb (gpointer  data,
              GObject  *step)
{
  Late *late = data;

  set_query_only (late->f, FALSE);
  late->saved = ls_conversation_session_flush (late->session, NULL);
}

static gboolean
keep_turning_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* A page closed while its save fails, its session living on (as its steps
 * hold it): when the session's save state changes during or after the
 * closing, nothing of the page is touched (its banner is gone). Run under
 * ASan to see the use after free. */
static void
test_close_while_failing (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(LsConversationSession) session = g_object_ref (_ls_conversation_page_get_session (f->page));
  GtkWidget *step = _ls_conversation_page_get_step (f->page, "agreements");
  GtkWidget *view = find_text_view (step);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsSketch) stored = NULL;
  Late late = { f, session, FALSE };

  _ls_conversation_page_go_to (f->page, "agreements");
  set_query_only (f, TRUE);
  type_text (view, "Said while the disk was full");
  g_assert_false (ls_conversation_page_flush (f->page, NULL));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (_ls_conversation_page_get_banner (f->page))));
  g_object_weak_ref (G_OBJECT (step), step_gone_cb, &late);
  /* Closed: the page (and its banner, then its steps) is freed. */
  gtk_window_set_child (f->window, NULL);
  f->page = NULL;
  /* The keyboard was in a field of the page: GTK lets go of it (and its
   * step) on a later turn of the main loop — how much later depends on the
   * machine's load, so turn it (woken every 10 ms) for up to 10 s. */
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
    guint tick = g_timeout_add (10, keep_turning_cb, NULL);

    while (!late.saved && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_source_remove (tick);
  }
  g_assert_true (late.saved);
  g_assert_false (ls_conversation_session_get_saving_failed (session));
  stored = ls_store_load_sketch (f->store, ls_sketch_get_id (ls_conversation_session_get_sketch (session)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_sketch_get_agreements (stored), ==, "Said while the disk was full");
}

static void
test_resume (Fixture       *f,
             gconstpointer  data)
{
  LsDomainStep *home = LS_DOMAIN_STEP (_ls_conversation_page_get_step (f->page, "domain:home"));
  gint64 sketch_id = ls_conversation_page_get_sketch_id (f->page);
  g_autofree char *shown = NULL;

  g_assert_cmpint (sketch_id, >, 0);
  g_assert_cmpstr (_ls_conversation_page_get_current (f->page), ==, "participants");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ls_domain_step_get_rating_button (home, 4)), TRUE);
  type_text (find_text_view (_ls_conversation_page_get_step (f->page, "matters")), "My friends");
  /* The save under way ends on its worker thread (the window's own way to
   * another page flushes it first). */
  wait_for_saves (f);
  /* Paused mid-typing: the page going away writes what is pending. */
  gtk_window_set_child (f->window, NULL);

  open_page (f, sketch_id);
  g_assert_cmpint (ls_conversation_page_get_sketch_id (f->page), ==, sketch_id);
  g_assert_cmpstr (_ls_conversation_page_get_current (f->page), ==, "domain:selfcare");
  home = LS_DOMAIN_STEP (_ls_conversation_page_get_step (f->page, "domain:home"));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (ls_domain_step_get_rating_button (home, 4))));
  shown = view_text (find_text_view (_ls_conversation_page_get_step (f->page, "matters")));
  g_assert_cmpstr (shown, ==, "My friends");
  g_assert_cmpuint (ls_sketch_get_participants (ls_conversation_page_get_sketch (f->page))->len, ==, 1);
  /* The person is there from the start, by the name they go by. */
  g_assert_cmpstr (((LsParticipant *) g_ptr_array_index (ls_sketch_get_participants (
                     ls_conversation_page_get_sketch (f->page)), 0))->name, ==, "Ingrid Testesen");
}

static void
test_priorities (Fixture       *f,
                 gconstpointer  data)
{
  LsConversationSession *session = _ls_conversation_page_get_session (f->page);
  GtkWidget *step = _ls_conversation_page_get_step (f->page, "priorities");
  LsSketchEntry *a = ls_conversation_session_add_entry (session, "home", LS_ENTRY_SUPPORT_NEED,
                                                        LS_ENTRY_AUTHOR_PERSON, "Help with shopping");
  LsSketchEntry *b = ls_conversation_session_add_entry (session, "work", LS_ENTRY_SUPPORT_NEED,
                                                        LS_ENTRY_AUTHOR_PERSON, "A quiet place to work");
  g_autofree char *key_b = NULL;
  g_autoptr(LsSketch) stored = NULL;

  /* The step starts the save on the worker; the needs are listed when
   * their ids come back. */
  _ls_conversation_page_go_to (f->page, "priorities");
  wait_for_saves (f);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  key_b = ls_sketch_priority_for_entry (ls_sketch_entry_get_id (b));
  g_assert_cmpint (ls_sketch_entry_get_id (a), >, 0);
  click (find_by_tooltip (step, "Move down: Home and daily life: Help with shopping"));
  stored = stored_sketch (f);
  g_assert_cmpstr (ls_sketch_get_priorities (stored)[0], ==, key_b);
  g_assert_cmpint (ls_sketch_priority_entry_id (ls_sketch_get_priorities (stored)[1]), ==, ls_sketch_entry_get_id (a));
  /* The first can't go up; the last can't go down. */
  g_assert_false (gtk_widget_get_sensitive (find_by_tooltip (step, "Move up: School, work and money: A quiet place to work")));
  g_assert_false (gtk_widget_get_sensitive (find_by_tooltip (step, "Move down: Home and daily life: Help with shopping")));
}

/* A whole life area as a priority is named with what was said about it;
 * a support need left empty is not listed. */
static void
test_priority_labels (Fixture       *f,
                      gconstpointer  data)
{
  LsConversationSession *session = _ls_conversation_page_get_session (f->page);
  const char *order[] = { "leisure", NULL };
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GPtrArray) labels = NULL;

  ls_conversation_session_add_entry (session, "leisure", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON, "Football on Sundays");
  ls_conversation_session_add_entry (session, "home", LS_ENTRY_SUPPORT_NEED, LS_ENTRY_AUTHOR_PERSON, "  ");
  g_assert_true (ls_conversation_page_flush (f->page, NULL));
  ls_sketch_set_priorities (ls_conversation_session_get_sketch (session), order);
  keys = ls_conversation_priority_items (session, &labels);
  g_assert_cmpuint (labels->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (keys, 0), ==, "leisure");
  g_assert_true (g_str_has_suffix (g_ptr_array_index (labels, 0), ": Football on Sundays"));
}

static void
collect_unnamed (GtkWidget *widget,
                 GPtrArray *unnamed)
{
  gboolean interactive = GTK_IS_BUTTON (widget) || GTK_IS_TEXT_VIEW (widget) || GTK_IS_ENTRY (widget)
                         || GTK_IS_DROP_DOWN (widget) || GTK_IS_CHECK_BUTTON (widget);

  if (interactive)
    {
      gboolean named = gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL)
                       || gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY)
                       || (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
                       || (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) != NULL);

      /* A GtkDropDown's inner toggle is named by the drop-down itself. */
      if (!named && !(GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_DROP_DOWN)))
        g_ptr_array_add (unnamed, (gpointer) G_OBJECT_TYPE_NAME (widget));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, unnamed);
}

static void
test_every_control_named (Fixture       *f,
                          gconstpointer  data)
{
  LsConversationSession *session = _ls_conversation_page_get_session (f->page);
  g_autoptr(GPtrArray) unnamed = g_ptr_array_new ();
  static const LsEntryKind kinds[] = { LS_ENTRY_STRENGTH, LS_ENTRY_CHALLENGE, LS_ENTRY_WISH,
                                       LS_ENTRY_SUPPORT_NEED, LS_ENTRY_FACILITATOR, LS_ENTRY_BARRIER };

  /* One of every kind of row, so their controls are walked too. */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    ls_conversation_session_add_entry (session, "home", kinds[i], LS_ENTRY_AUTHOR_PERSON, "Words");
  g_assert_true (ls_conversation_page_flush (f->page, NULL));
  _ls_conversation_page_go_to (f->page, "priorities");
  collect_unnamed (GTK_WIDGET (f->page), unnamed);
  for (guint i = 0; i < unnamed->len; i++)
    g_test_message ("unnamed: %s", (const char *) g_ptr_array_index (unnamed, i));
  g_assert_cmpuint (unnamed->len, ==, 0);
}

typedef struct
{
  gint64 layout;       /* when the frame's layout phase began */
  gint64 after_paint;  /* when its painting ended */
} FrameTimes;

static void
on_layout (GdkFrameClock *clock,
           FrameTimes    *times)
{
  if (times->layout == 0)
    times->layout = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                FrameTimes    *times)
{
  if (times->layout != 0 && times->after_paint == 0)
    times->after_paint = g_get_monotonic_time ();
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Moving between domains: the switch itself plus the layout and painting
 * of the next frame (the wait for the frame clock's tick is not work). */
static void
test_domain_switch_speed (Fixture       *f,
                          gconstpointer  data)
{
  GListModel *domains = ls_conversation_session_get_domains (_ls_conversation_page_get_session (f->page));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  FrameTimes times = { 0, 0 };
  gint64 worst_switch = 0, worst_total = 0, t0, built, sketch_id, median;
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (gint64));
  gulong layout_id, paint_id;

  g_assert_nonnull (clock);
  layout_id = g_signal_connect (clock, "layout", G_CALLBACK (on_layout), &times);
  paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &times);
  for (guint round = 0; round < 3; round++)
    for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
      {
        g_autoptr(LsDomain) domain = g_list_model_get_item (domains, i);
        g_autofree char *name = g_strdup_printf ("domain:%s", ls_domain_get_key (domain));
        gint64 t1;

        times.layout = times.after_paint = 0;
        t0 = g_get_monotonic_time ();
        _ls_conversation_page_go_to (f->page, name);
        t1 = g_get_monotonic_time ();
        while (times.after_paint == 0)
          g_main_context_iteration (NULL, TRUE);
        if (round > 0)
          {
            gint64 total = (t1 - t0) + (times.after_paint - times.layout);

            worst_switch = MAX (worst_switch, t1 - t0);
            worst_total = MAX (worst_total, total);
            g_array_append_val (totals, total);
          }
      }
  g_signal_handler_disconnect (clock, layout_id);
  g_signal_handler_disconnect (clock, paint_id);

  /* Building the whole page (every step, once) for comparison. */
  sketch_id = ls_conversation_page_get_sketch_id (f->page);
  gtk_window_set_child (f->window, NULL);
  t0 = g_get_monotonic_time ();
  f->page = LS_CONVERSATION_PAGE (ls_conversation_page_new (f->store, f->person_id, sketch_id));
  built = g_get_monotonic_time () - t0;
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));

  g_array_sort (totals, compare_gint64);
  median = g_array_index (totals, gint64, totals->len / 2);
  g_test_message ("moving between domains (20 moves): switch worst %.2f ms; switch + layout + paint median %.2f ms, "
                  "worst %.2f ms; building the page %.1f ms",
                  worst_switch / 1000.0, median / 1000.0, worst_total / 1000.0, built / 1000.0);
  /* Within one frame; the worst case gets slack for a busy test machine. */
  g_assert_cmpint (median, <, 16000);
  g_assert_cmpint (worst_total, <, 100000);
}

static void
collect_entries (GtkWidget *root,
                 GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_ENTRY (child))
      g_ptr_array_add (out, child);
    else
      collect_entries (child, out);
}

/* "Who is present": each Name and Role field has a visible label above it
 * (not only a placeholder), and its accessible name contains that label. */
static void
test_participant_labels (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *step = _ls_conversation_page_get_step (f->page, "participants");
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  const char *expected[] = { "Name", "Role" };

  g_signal_emit_by_name (find_button (step, "Add Someone"), "clicked");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  collect_entries (step, entries);
  g_assert_cmpuint (entries->len, >=, 2);
  g_assert_cmpuint (entries->len % 2, ==, 0);
  for (guint i = 0; i < entries->len; i++)
    {
      GtkWidget *entry = g_ptr_array_index (entries, i);
      GtkWidget *label = gtk_widget_get_prev_sibling (entry);
      g_autofree char *name = NULL;

      g_assert_true (GTK_IS_LABEL (label));
      g_assert_true (gtk_widget_is_drawable (label));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected[i % 2]);
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL));
      name = gtk_test_accessible_check_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                 "\x01 not this");
      g_assert_nonnull (strstr (name, gtk_label_get_text (GTK_LABEL (label))));
    }
}

/* Buttons in GNOME header capitalisation ("Add What Works", "No Rating"). */
static void
test_header_caps (Fixture       *f,
                  gconstpointer  data)
{
  ls_test_assert_header_caps (GTK_WIDGET (f->page));
}

static GtkWidget *
find_by_class (GtkWidget  *root,
               const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (gtk_widget_has_css_class (child, css_class))
        return child;
      if ((hit = find_by_class (child, css_class)) != NULL)
        return hit;
    }
  return NULL;
}

/* The caseworker's card: one dashed outline all round (a one-sided border
 * is cut by the rounded corners), inside the page at full width and 360 px. */
static void
test_caseworker_card_outline (Fixture       *f,
                              gconstpointer  data)
{
  const int widths[] = { 1100, 360 };
  GtkWidget *step = _ls_conversation_page_get_step (f->page, "domain:home");
  GtkWidget *card;
  GtkBorder border;

  _ls_conversation_page_go_to (f->page, "domain:home");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  card = find_by_class (step, "caseworker-assessment");
  g_assert_nonnull (card);
  g_assert_false (gtk_widget_has_css_class (card, "card"));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_border (gtk_widget_get_style_context (card), &border);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_cmpint (border.left, >, 0);
  g_assert_cmpint (border.left, ==, border.right);
  g_assert_cmpint (border.left, ==, border.top);
  g_assert_cmpint (border.left, ==, border.bottom);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      GtkWidget *scrolled = gtk_widget_get_ancestor (card, GTK_TYPE_SCROLLED_WINDOW);
      graphene_rect_t bounds;

      gtk_window_set_default_size (f->window, widths[i], 800);
      for (int n = 0; n < 5; n++)
        gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
      g_assert_nonnull (scrolled);
      g_assert_true (gtk_widget_compute_bounds (card, scrolled, &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (scrolled));
    }
}

/* A new entry's box takes the keyboard, and the page scrolls to it, in
 * a window too low for the whole step; likewise a new person present. */
static void
test_added_in_view (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *home = _ls_conversation_page_get_step (f->page, "domain:home");
  GtkWidget *step = _ls_conversation_page_get_step (f->page, "participants");
  GtkWidget *focus;

  gtk_window_set_default_size (f->window, 1100, 420);
  _ls_conversation_page_go_to (f->page, "domain:home");
  for (guint i = 0; i < 4; i++)
    {
      click (find_button (home, "Add What Works"));
      ls_test_settle_scroll (home);
      focus = gtk_root_get_focus (GTK_ROOT (f->window));
      g_assert_true (GTK_IS_TEXT_VIEW (focus));
      g_assert_true (gtk_widget_is_ancestor (focus, home));
      g_assert_true (ls_test_shown_in_scroller (focus));
    }
  _ls_conversation_page_go_to (f->page, "participants");
  for (guint i = 0; i < 4; i++)
    {
      click (find_button (step, "Add Someone"));
      ls_test_settle_scroll (step);
      focus = gtk_root_get_focus (GTK_ROOT (f->window));
      g_assert_true (gtk_widget_is_ancestor (focus, step));
      g_assert_true (ls_test_shown_in_scroller (focus));
    }
}

/* Moving a priority down, again and again with the keyboard: the moved
 * one keeps the keyboard, and the page follows it below the fold. */
static void
test_moved_priority_in_view (Fixture       *f,
                             gconstpointer  data)
{
  LsConversationSession *session = _ls_conversation_page_get_session (f->page);
  GtkWidget *step = _ls_conversation_page_get_step (f->page, "priorities");
  const char *domains[] = { "home", "selfcare", "communication", "memory", "mobility", "relations", "work" };
  guint n = 0;

  gtk_window_set_default_size (f->window, 1100, 420);
  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    if (ls_conversation_session_add_entry (session, domains[i], LS_ENTRY_SUPPORT_NEED, LS_ENTRY_AUTHOR_PERSON,
                                           "Help with something") != NULL)
      n++;
  _ls_conversation_page_go_to (f->page, "priorities");
  wait_for_saves (f);
  ls_test_settle_scroll (step);
  for (guint i = 0; i + 1 < n; i++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

      if (i > 0)
        g_assert_true (gtk_widget_is_ancestor (focus, step));
      click (i == 0 ? find_by_tooltip (step, "Move down: Home and daily life: Help with something") : focus);
      ls_test_settle_scroll (step);
      focus = gtk_root_get_focus (GTK_ROOT (f->window));
      g_assert_true (GTK_IS_BUTTON (focus));
      g_assert_true (ls_test_shown_in_scroller (focus));
    }
}

/* A text box shows when the keyboard is in it, as an entry does: the
 * focus ring drawn on the text (none was, and a keyboard user could not
 * see that the focus had landed in the first text box of a step). */
static void
test_text_box_focus_shown (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *view = find_text_view (_ls_conversation_page_get_step (f->page, "matters"));

  _ls_conversation_page_go_to (f->page, "matters");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  ls_test_assert_focus_shown (view);
}

int
main (int   argc,
      char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/conversation/rating-saved", test_rating_saved);
  ADD ("/ui/conversation/skip-and-return", test_skip_and_return);
  ADD ("/ui/conversation/undo-redo", test_undo_redo);
  ADD ("/ui/conversation/failed-save-keeps-text", test_failed_save_keeps_text);
  ADD ("/ui/conversation/close-while-failing", test_close_while_failing);
  ADD ("/ui/conversation/resume", test_resume);
  ADD ("/ui/conversation/priorities", test_priorities);
  ADD ("/ui/conversation/priority-labels", test_priority_labels);
  ADD ("/ui/conversation/every-control-named", test_every_control_named);
  ADD ("/ui/conversation/participant-labels", test_participant_labels);
  ADD ("/ui/conversation/added-in-view", test_added_in_view);
  ADD ("/ui/conversation/moved-priority-in-view", test_moved_priority_in_view);
  ADD ("/ui/conversation/header-caps", test_header_caps);
  ADD ("/ui/conversation/caseworker-card-outline", test_caseworker_card_outline);
  ADD ("/ui/conversation/domain-switch-speed", test_domain_switch_speed);
  ADD ("/ui/conversation/text-box-focus-shown", test_text_box_focus_shown);
#undef ADD
  return g_test_run ();
}
