/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window never waits on the network (issue 15 item 3): on a team
 * database, with the store's guard on the main thread
 * (ls_store_forbid_thread), the test walks the main pages — caseload, a
 * person page with Min uke, a conversation with typing and its autosave,
 * the team overview, the provider's week, a decision, an evaluation, the
 * decisions' timeline — and counts the statements each ran on the main
 * thread: every page must count 0. Min uke's actions (free times, booking,
 * cancelling), typing in a decision and in a service plan, the
 * decision's Approve, Issue and Make a Correction, a new decision
 * drafted, and leaving a page (closing the window, pausing the
 * conversation) right after typing in it are counted the same way. */
#include <string.h>

#include <libpq-fe.h>

#include "ls-application.h"
#include "ls-conflict-dialog.h"
#include "ls-conversation-page-private.h"
#include "ls-decision-editor-private.h"
#include "ls-presentation-window.h"
#include "ls-provider-week.h"
#include "ls-row-version.h"
#include "ls-service-plan-editor.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-store-teams.h"
#include "ls-test-bookings.h"
#include "ls-test-display.h"
#include "ls-test-labels.h"
#include "ls-test-util.h"
#include "ls-week-view.h"
#include "ls-window-private.h"

typedef struct
{
  char     *dir;
  char     *location;
  LsStore  *store;
  LsWindow *window;
  gint64    person_id;
  gint64    other_id;      /* another person, whose decision is opened */
  gint64    sketch_id;
  gint64    decision_id;
} Fixture;

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

/* Lets what a page started (its workers' results) arrive. */
static void
spin_a_while (Fixture *f,
              guint    ms)
{
  spin_until (never, f, ms);
}

static const char *
visible_page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (f->window->content_stack);
}

static gboolean
caseload_read (Fixture *f)
{
  return !ls_caseload_view_is_busy (f->window->caseload_view);
}

static gboolean
person_shown (Fixture *f)
{
  LsPerson *person = _ls_window_get_page_person (f->window);

  return g_strcmp0 (visible_page (f), "person") == 0 && person != NULL
         && ls_person_get_id (person) == f->person_id;
}

static gboolean
conversation_shown (Fixture *f)
{
  return g_strcmp0 (visible_page (f), "conversation") == 0;
}

static gboolean
decisions_shown (Fixture *f)
{
  return g_strcmp0 (visible_page (f), "decisions") == 0;
}

static gboolean
opened_or_failed (Fixture *f)
{
  return g_strcmp0 (visible_page (f), "decisions") == 0 || g_strcmp0 (visible_page (f), "opening-failed") == 0;
}

static GtkWidget *
find_text_view (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (GTK_IS_TEXT_VIEW (child) && gtk_widget_get_sensitive (child))
        return child;
      if ((hit = find_text_view (child)) != NULL)
        return hit;
    }
  return NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsPerson) other = ls_person_new ();
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(LsDecision) decision = ls_decision_new ();
  g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with ("home", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON,
                                                             "bo for meg selv");

  f->dir = ls_test_mkdtemp ();
  f->location = ls_test_store_location (f->dir, "t.db");
  f->store = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_person_set_given_name (person, "Åse");
  ls_person_set_family_name (person, "Bakkeli");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  ls_person_set_given_name (other, "Odd");
  ls_person_set_family_name (other, "Nilsen");
  g_assert_true (ls_store_save_person (f->store, other, &error));
  g_assert_no_error (error);
  ls_sketch_set_person_id (sketch, ls_person_get_id (person));
  g_list_store_append (ls_sketch_get_entries (sketch), entry);
  g_assert_true (ls_store_save_sketch (f->store, sketch, &error));
  g_assert_no_error (error);
  ls_decision_set_person_id (decision, ls_person_get_id (other));
  ls_decision_set_decision_type (decision, LS_DECISION_TYPE_TRIAL);
  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  g_assert_no_error (error);
  f->person_id = ls_person_get_id (person);
  f->other_id = ls_person_get_id (other);
  f->sketch_id = ls_sketch_get_id (sketch);
  f->decision_id = ls_decision_get_id (decision);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ls_store_forbid_thread (NULL);
  if (f->window != NULL)
    {
      spin_a_while (f, 300);
      gtk_window_destroy (GTK_WINDOW (f->window));
      spin_a_while (f, 200);
    }
  g_clear_object (&f->store);
  ls_test_drop_store (f->location);
  g_free (f->location);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

/* One page of the walk: its name and what was counted. */
typedef struct
{
  const char *name;
  guint       count;
} Page;

static guint last_count;

/* The statements counted since the last page. */
static void
page_done (Page *page)
{
  guint now = ls_store_get_forbidden_count ();

  page->count = now - last_count;
  last_count = now;
}

static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  enum { CASELOAD, PERSON, CONVERSATION, TEAM, PROVIDER_WEEK, DECISION, EVALUATION, TIMELINE, NEW_DRAFT, N_PAGES };
  Page pages[N_PAGES] = {
    [CASELOAD] = { "caseload" },
    [PERSON] = { "person page with Min uke" },
    [CONVERSATION] = { "conversation, typing and autosave" },
    [TEAM] = { "team overview" },
    [PROVIDER_WEEK] = { "the provider's week" },
    [DECISION] = { "a decision (another person's)" },
    [EVALUATION] = { "an evaluation" },
    [TIMELINE] = { "the decisions' timeline" },
    [NEW_DRAFT] = { "a new decision drafted" },
  };
  GtkWidget *view;
  guint failed = 0;

  ls_store_forbid_thread (g_thread_self ());
  last_count = 0;

  f->window = g_object_new (LS_TYPE_WINDOW, "default-width", 1000, "default-height", 700, NULL);
  ls_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (spin_until (caseload_read, f, 10000));
  spin_a_while (f, 300);
  page_done (&pages[CASELOAD]);

  _ls_window_show_person (f->window, f->person_id);
  g_assert_true (spin_until (person_shown, f, 10000));
  spin_a_while (f, 500);
  page_done (&pages[PERSON]);

  g_signal_emit_by_name (f->window->person_page, "conversation-requested", f->person_id, f->sketch_id);
  g_assert_true (spin_until (conversation_shown, f, 10000));
  view = find_text_view (gtk_stack_get_visible_child (f->window->content_stack));
  g_assert_nonnull (view);
  for (const char *p = "Går tur hver dag"; *p != '\0'; p = g_utf8_next_char (p))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
      GtkTextIter end;

      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, p, g_utf8_next_char (p) - p);
      spin_a_while (f, 40);
    }
  /* The typing pause: the autosave runs. */
  spin_a_while (f, 1000);
  page_done (&pages[CONVERSATION]);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.team-view", NULL));
  g_assert_true (decisions_shown (f));
  spin_a_while (f, 1000);
  page_done (&pages[TEAM]);

  ls_provider_week_present (GTK_WINDOW (f->window), f->store);
  spin_a_while (f, 500);
  page_done (&pages[PROVIDER_WEEK]);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-decision", "x", f->decision_id));
  g_assert_true (spin_until (opened_or_failed, f, 10000));
  spin_a_while (f, 500);
  page_done (&pages[DECISION]);

  /* A draft: the page is refused after its reading, which is what counts here. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.evaluate-decision", "x",
                                             f->decision_id));
  spin_a_while (f, 1000);
  page_done (&pages[EVALUATION]);

  _ls_window_show_person (f->window, f->person_id);
  g_assert_true (spin_until (person_shown, f, 10000));
  spin_a_while (f, 300);
  last_count = ls_store_get_forbidden_count ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-decisions", NULL));
  g_assert_true (spin_until (decisions_shown, f, 10000));
  spin_a_while (f, 500);
  page_done (&pages[TIMELINE]);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-decision", "x", f->person_id));
  g_assert_true (spin_until (opened_or_failed, f, 10000));
  spin_a_while (f, 500);
  page_done (&pages[NEW_DRAFT]);

  for (guint i = 0; i < N_PAGES; i++)
    {
      g_test_message ("%s: %u statements on the main thread", pages[i].name, pages[i].count);
      if (pages[i].count != 0)
        failed++;
    }
  g_assert_cmpuint (failed, ==, 0);
}

/* Worker of the test below: holds the lock for @data's connection a while,
 * then lets go. */
static gpointer
release_later (gpointer data)
{
  PGconn *other = data;

  g_usleep (2 * G_USEC_PER_SEC);
  PQclear (PQexec (other, "COMMIT"));
  PQfinish (other);
  return NULL;
}

static gboolean
saves_done (Fixture *f)
{
  GtkWidget *page = gtk_stack_get_child_by_name (f->window->content_stack, "conversation");
  LsConversationSession *session = _ls_conversation_page_get_session (LS_CONVERSATION_PAGE (page));

  return !ls_conversation_session_has_pending (session);
}

/* Typing stays smooth while a save is under way: another connection holds
 * the conversation's tables locked for 2 s, so the save of the new entry
 * (at the first key) waits that long; meanwhile every key and every turn of
 * the main loop is short (the old code waited 2 s in the first key), no
 * statement runs on the main thread, and once the lock is gone everything
 * typed is saved. */
static void
test_typing_while_saving (Fixture       *f,
                          gconstpointer  data)
{
  PGconn *other;
  PGresult *result;
  GThread *releaser;
  GtkWidget *view;
  GtkTextBuffer *buffer;
  gint64 longest = 0;
  const char *text = "Går tur med hunden hver morgen";

  f->window = g_object_new (LS_TYPE_WINDOW, "default-width", 1000, "default-height", 700, NULL);
  ls_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (spin_until (caseload_read, f, 10000));
  _ls_window_show_person (f->window, f->person_id);
  g_assert_true (spin_until (person_shown, f, 10000));
  g_signal_emit_by_name (f->window->person_page, "conversation-requested", f->person_id, f->sketch_id);
  g_assert_true (spin_until (conversation_shown, f, 10000));
  view = find_text_view (gtk_stack_get_visible_child (f->window->content_stack));
  g_assert_nonnull (view);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  other = PQconnectdb (f->location);
  g_assert_cmpint (PQstatus (other), ==, CONNECTION_OK);
  result = PQexec (other, "BEGIN; LOCK TABLE sketches, sketch_entries, sketch_participants IN ACCESS EXCLUSIVE MODE");
  g_assert_cmpstr (PQresultErrorMessage (result), ==, "");
  PQclear (result);
  releaser = g_thread_new ("release-later", release_later, other);
  ls_store_forbid_thread (g_thread_self ());

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      GtkTextIter end;
      gint64 until, typed = g_get_monotonic_time ();

      /* A key typed: what the window does with it at once counts too. */
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, p, g_utf8_next_char (p) - p);
      longest = MAX (longest, g_get_monotonic_time () - typed);
      until = g_get_monotonic_time () + 60 * G_TIME_SPAN_MILLISECOND;
      /* The first pause lets the autosave start (and wait for the lock). */
      if (p == text)
        until += 400 * G_TIME_SPAN_MILLISECOND;
      while (g_get_monotonic_time () < until)
        {
          gint64 started = g_get_monotonic_time ();

          if (!g_main_context_iteration (NULL, FALSE))
            g_usleep (1000);
          longest = MAX (longest, g_get_monotonic_time () - started);
        }
    }
  g_test_message ("the longest a key or a turn of the main loop took while a save waited: %.1f ms "
                  "(%u statements on the main thread)",
                  longest / 1000.0, ls_store_get_forbidden_count ());
  g_assert_cmpint (longest, <, 200 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpuint (ls_store_get_forbidden_count (), ==, 0);
  g_thread_join (releaser);
  g_assert_true (spin_until (saves_done, f, 10000));
  g_assert_false (ls_conversation_page_get_saving_failed (LS_CONVERSATION_PAGE (
    gtk_stack_get_child_by_name (f->window->content_stack, "conversation"))));
}

/* The conflict dialog on screen, or NULL. */
static GtkWidget *
conflict_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (LS_IS_CONFLICT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WIDGET (window);
    }
  return NULL;
}

static gboolean
conflict_shown (Fixture *f)
{
  return conflict_dialog () != NULL;
}

static guint click (GtkWidget  *root,
                    const char *text);

/* A colleague (a second connection) saves @text over the entry's stored
 * version; not counted (it is the test's, not the window's). */
static void
colleague_saves (Fixture    *f,
                 gint64      entry_id,
                 const char *text,
                 guint      *counted)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) colleague = NULL;
  g_autofree char *old = NULL;
  gint64 version = 0;

  *counted += ls_store_get_forbidden_count ();
  ls_store_forbid_thread (NULL);
  colleague = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (ls_store_read_entry (colleague, entry_id, &old, &version, NULL, NULL, &error));
  g_assert_true (ls_store_save_entry_text_if_version (colleague, entry_id, text, &version, &error));
  g_assert_no_error (error);
  g_clear_object (&colleague);
  ls_store_forbid_thread (g_thread_self ());
}

/* A conflict: a colleague (a second connection) saves the entry first;
 * the caseworker's save is refused and the dialog shows the colleague's
 * text, which is read on a worker; taking theirs reads the stored row on
 * the session's worker, and keeping mine (after another change of the
 * colleague's) saves there: no statement on the main thread from the
 * typing to the dialog, nor for either choice (before: Take Theirs and
 * Keep Mine ran their reading and saving on the main thread). */
static void
test_conflict_dialog (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsSketchEntry) entry = NULL;
  g_autofree char *stored = NULL;
  LsConversationPage *page;
  LsConversationSession *session;
  GtkWidget *view;
  GtkTextBuffer *buffer;
  GtkTextIter end;
  gint64 version = 0;
  guint opened, taken, kept, counted = 0;

  f->window = g_object_new (LS_TYPE_WINDOW, "default-width", 1000, "default-height", 700, NULL);
  ls_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (spin_until (caseload_read, f, 10000));
  _ls_window_show_person (f->window, f->person_id);
  g_assert_true (spin_until (person_shown, f, 10000));
  g_signal_emit_by_name (f->window->person_page, "conversation-requested", f->person_id, f->sketch_id);
  g_assert_true (spin_until (conversation_shown, f, 10000));
  spin_a_while (f, 500);
  page = LS_CONVERSATION_PAGE (gtk_stack_get_child_by_name (f->window->content_stack, "conversation"));
  session = _ls_conversation_page_get_session (page);
  entry = g_list_model_get_item (G_LIST_MODEL (ls_sketch_get_entries (ls_conversation_session_get_sketch (session))),
                                 0);
  _ls_conversation_page_go_to (page, "domain:home");
  view = find_text_view (_ls_conversation_page_get_step (page, "domain:home"));
  g_assert_nonnull (view);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  spin_a_while (f, 300);

  ls_store_forbid_thread (g_thread_self ());
  colleague_saves (f, ls_sketch_entry_get_id (entry), "Bor hos mor", &counted);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, " i byen", -1);
  g_assert_true (spin_until (conflict_shown, f, 10000));
  opened = ls_store_get_forbidden_count ();

  /* Take Theirs: their text comes in, nothing of it read on the main thread. */
  click (conflict_dialog (), "Take Theirs");
  g_assert_true (spin_until (saves_done, f, 10000));
  g_assert_cmpstr (ls_sketch_entry_get_text (entry), ==, "Bor hos mor");
  taken = ls_store_get_forbidden_count () - opened;

  /* Keep Mine: the colleague changes it again while the caseworker types. */
  colleague_saves (f, ls_sketch_entry_get_id (entry), "Bor hos mor og far", &counted);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, " i byen", -1);
  g_assert_true (spin_until (conflict_shown, f, 10000));
  opened += ls_store_get_forbidden_count ();
  counted += ls_store_get_forbidden_count ();
  ls_store_forbid_thread (g_thread_self ());
  click (conflict_dialog (), "Keep Mine");
  g_assert_true (spin_until (saves_done, f, 10000));
  kept = ls_store_get_forbidden_count ();
  counted += kept;
  ls_store_forbid_thread (NULL);

  g_test_message ("opening the conflict dialog (twice): %u statements on the main thread; Take Theirs: %u; "
                  "Keep Mine: %u", opened, taken, kept);
  g_assert_true (ls_store_read_entry (f->store, ls_sketch_entry_get_id (entry), &stored, &version, NULL, NULL,
                                      &error));
  g_assert_no_error (error);
  g_assert_cmpstr (stored, ==, "Bor hos mor i byen");
  g_assert_cmpuint (counted, ==, 0);
  while (conflict_shown (f))
    {
      GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

          if (LS_IS_CONFLICT_DIALOG (window))
            {
              gtk_window_destroy (GTK_WINDOW (window));
              break;
            }
        }
    }
}

static LsConversationPage *
conversation_page (Fixture *f)
{
  return LS_CONVERSATION_PAGE (gtk_stack_get_child_by_name (f->window->content_stack, "conversation"));
}

/* The need added below is listed among the priorities (it has its id). */
static gboolean
need_listed (Fixture *f)
{
  g_autoptr(GString) shown = g_string_new (NULL);

  ls_test_collect_text (_ls_conversation_page_get_step (conversation_page (f), "priorities"), shown);
  return strstr (shown->str, "Hjelp til å handle") != NULL;
}

/* Changing steps with text typed and a need just added: the step to the
 * priorities used to save everything on the main thread first (the needs
 * must have ids to be put in order); now it starts the save on the
 * session's worker, after the one under way, and the step lists the need
 * when its id comes back. No statement on the main thread, and what was
 * typed is saved. */
static void
test_step_changes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsSketch) stored = NULL;
  LsConversationPage *page;
  LsConversationSession *session;
  GtkWidget *view;
  GtkTextBuffer *buffer;
  GtkTextIter end;
  GListModel *entries;
  guint count, steps = 0;
  gboolean typed_saved = FALSE;

  f->window = g_object_new (LS_TYPE_WINDOW, "default-width", 1000, "default-height", 700, NULL);
  ls_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (spin_until (caseload_read, f, 10000));
  _ls_window_show_person (f->window, f->person_id);
  g_assert_true (spin_until (person_shown, f, 10000));
  g_signal_emit_by_name (f->window->person_page, "conversation-requested", f->person_id, f->sketch_id);
  g_assert_true (spin_until (conversation_shown, f, 10000));
  spin_a_while (f, 500);
  page = conversation_page (f);
  session = _ls_conversation_page_get_session (page);
  _ls_conversation_page_go_to (page, "domain:home");
  spin_a_while (f, 300);

  ls_store_forbid_thread (g_thread_self ());
  /* A need, saved at once on the worker; then words typed (saved after
   * the typing pause), and at once on through the steps. */
  ls_conversation_session_add_entry (session, "home", LS_ENTRY_SUPPORT_NEED, LS_ENTRY_AUTHOR_PERSON,
                                     "Hjelp til å handle");
  view = find_text_view (_ls_conversation_page_get_step (page, "domain:home"));
  g_assert_nonnull (view);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, " i byen", -1);
  while (g_strcmp0 (_ls_conversation_page_get_current (page), "priorities") != 0)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "conversation.next-step", NULL));
      g_assert_cmpuint (++steps, <, 20);
    }
  g_assert_true (spin_until (need_listed, f, 10000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "conversation.next-step", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "conversation.previous-step", NULL));
  g_assert_true (spin_until (saves_done, f, 10000));
  spin_a_while (f, 300);
  count = ls_store_get_forbidden_count ();
  ls_store_forbid_thread (NULL);
  g_test_message ("changing %u steps with text typed: %u statements on the main thread", steps + 2, count);

  g_assert_false (ls_conversation_page_get_saving_failed (page));
  stored = ls_store_load_sketch (f->store, f->sketch_id, &error);
  g_assert_no_error (error);
  entries = G_LIST_MODEL (ls_sketch_get_entries (stored));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);

      typed_saved |= g_str_has_suffix (ls_sketch_entry_get_text (entry), " i byen");
    }
  g_assert_true (typed_saved);
  g_assert_cmpuint (count, ==, 0);
}

static GtkWidget *
own_view (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (LS_IS_PRESENTATION_WINDOW (window))
        return GTK_WIDGET (window);
    }
  return NULL;
}

/* The person's own view opened with words just typed: it shows the
 * sketch on the screen, and what was typed is saved on the worker (before:
 * saved on the main thread first). */
static void
test_own_view (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsSketch) stored = NULL;
  g_autoptr(LsSketchEntry) entry = NULL;
  LsConversationPage *page;
  GtkWidget *view;
  GtkTextBuffer *buffer;
  GtkTextIter end;
  guint count;

  f->window = g_object_new (LS_TYPE_WINDOW, "default-width", 1000, "default-height", 700, NULL);
  ls_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (spin_until (caseload_read, f, 10000));
  _ls_window_show_person (f->window, f->person_id);
  g_assert_true (spin_until (person_shown, f, 10000));
  g_signal_emit_by_name (f->window->person_page, "conversation-requested", f->person_id, f->sketch_id);
  g_assert_true (spin_until (conversation_shown, f, 10000));
  spin_a_while (f, 500);
  page = conversation_page (f);
  _ls_conversation_page_go_to (page, "domain:home");
  view = find_text_view (_ls_conversation_page_get_step (page, "domain:home"));
  g_assert_nonnull (view);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  spin_a_while (f, 300);

  ls_store_forbid_thread (g_thread_self ());
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, " med hund", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "conversation.show-own-view", NULL));
  g_assert_nonnull (own_view ());
  g_assert_true (spin_until (saves_done, f, 10000));
  spin_a_while (f, 300);
  count = ls_store_get_forbidden_count ();
  ls_store_forbid_thread (NULL);
  g_test_message ("the own view opened with words typed: %u statements on the main thread", count);
  gtk_window_destroy (GTK_WINDOW (own_view ()));

  stored = ls_store_load_sketch (f->store, f->sketch_id, &error);
  g_assert_no_error (error);
  entry = g_list_model_get_item (G_LIST_MODEL (ls_sketch_get_entries (stored)), 0);
  g_assert_cmpstr (ls_sketch_entry_get_text (entry), ==, "bo for meg selv med hund");
  g_assert_cmpuint (count, ==, 0);
}

static gboolean
own_view_shown (Fixture *f)
{
  return own_view () != NULL;
}

/* "Show to Person" on the person page: the latest sketch and the person's
 * name are read on a worker, then the own view opens (before: read on
 * the main thread). */
static void
test_present (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *button;
  guint count;

  f->window = g_object_new (LS_TYPE_WINDOW, "default-width", 1000, "default-height", 700, NULL);
  ls_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (spin_until (caseload_read, f, 10000));
  _ls_window_show_person (f->window, f->person_id);
  g_assert_true (spin_until (person_shown, f, 10000));
  spin_a_while (f, 500);
  button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->window->person_page), LS_TYPE_PERSON_PAGE,
                                                      "present_button"));
  g_assert_true (gtk_widget_get_sensitive (button));

  ls_store_forbid_thread (g_thread_self ());
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (spin_until (own_view_shown, f, 10000));
  spin_a_while (f, 500);
  count = ls_store_get_forbidden_count ();
  ls_store_forbid_thread (NULL);
  g_test_message ("the own view from the person page: %u statements on the main thread", count);
  gtk_window_destroy (GTK_WINDOW (own_view ()));
  g_assert_cmpuint (count, ==, 0);
}

/* The shown, sensitive button under @root whose words begin with @text,
 * once the answer before it has arrived. */
static GtkWidget *
wait_for_button (GtkWidget  *root,
                 const char *text)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkWidget *button;

  while ((button = ls_test_find_button (root, text)) == NULL && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  if (button == NULL)
    {
      g_autoptr(GString) shown = g_string_new (NULL);

      ls_test_collect_text (root, shown);
      g_error ("no button \"%s\"; shown:\n%s", text, shown->str);
    }
  return button;
}

/* Clicks the button @text under @root once it is there; the statements
 * this ran on the main thread. */
static guint
click (GtkWidget  *root,
       const char *text)
{
  GtkWidget *button = wait_for_button (root, text);
  guint before = ls_store_get_forbidden_count ();

  gint64 until = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_signal_emit_by_name (button, "clicked");
  /* The answer arrives on the main loop: counted as well (a week view
   * says when it has come; a slow disk or server can take longer than
   * the 300 ms waited for any other answer). */
  while (g_get_monotonic_time () < until
         || (LS_IS_WEEK_VIEW (root) && ls_week_view_is_busy (LS_WEEK_VIEW (root))
             && g_get_monotonic_time () < deadline))
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  return ls_store_get_forbidden_count () - before;
}

static guint
n_booked (Fixture *f,
          gint64   person_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) bookings = ls_store_list_bookings (f->store, person_id, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < bookings->len; i++)
    n += ((LsBooking *) g_ptr_array_index (bookings, i))->status == LS_BOOKING_BOOKED;
  return n;
}

/* Min uke's actions: the free times of a service, booking a time and
 * cancelling one each run on a worker (the old code ran them on the main
 * thread), and what they saved is saved. */
static void
test_week_actions (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = ls_test_booking_now ();
  g_autoptr(LsBooking) booking = NULL;
  gint64 person_id, decision_id, measure_id;
  GtkWidget *window = adw_window_new ();
  GtkWidget *week = ls_week_view_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  struct { const char *button; guint count; } steps[] = {
    { "Book a Time" }, { "help with everyday tasks" }, { "Wednesday 13 January" }, { "09:00 to 10:00" },
    { "Book This Time" }, { "Cancel" }, { "Cancel This Time" },
  };
  guint failed = 0;
  GDate day;

  ls_test_open_provider (f->store, 1);
  person_id = ls_test_granted_person (f->store, 2, &decision_id, &measure_id);
  booking = ls_test_booking (measure_id, "2027-01-12T10:00", 60, NULL);
  g_assert_true (ls_store_add_booking (f->store, decision_id, booking, now, &error));
  g_assert_no_error (error);

  ls_week_view_set_now (LS_WEEK_VIEW (week), now);
  ls_week_view_set_person (LS_WEEK_VIEW (week), f->store, person_id);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 12, 1, 2027);
  ls_week_view_set_week (LS_WEEK_VIEW (week), &day);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), week);
  adw_window_set_content (ADW_WINDOW (window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 720);
  gtk_window_present (GTK_WINDOW (window));

  ls_store_forbid_thread (g_thread_self ());
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      steps[i].count = click (week, steps[i].button);
      /* Booked: the week shows the new time (a row with Cancel) once read again. */
      if (g_str_equal (steps[i].button, "Book This Time"))
        {
          g_autoptr(GString) shown = g_string_new (NULL);
          gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

          while (strstr (shown->str, "Booked:") == NULL && g_get_monotonic_time () < deadline)
            {
              g_main_context_iteration (NULL, FALSE);
              g_string_truncate (shown, 0);
              ls_test_collect_text (week, shown);
            }
          g_assert_nonnull (strstr (shown->str, "Booked: Wednesday 13 January, 09:00 to 10:00."));
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_test_message ("Min uke, \"%s\": %u statements on the main thread", steps[i].button, steps[i].count);
      failed += steps[i].count != 0;
    }
  ls_store_forbid_thread (NULL);
  /* Booked one, cancelled one. */
  g_assert_cmpuint (n_booked (f, person_id), ==, 1);
  g_assert_cmpuint (failed, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Typing in a decision and its autosave run no statement on the main
 * thread (the old editor saved on it), and what was typed is saved. */
static void
test_decision_typing (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) saved = NULL;
  LsDecisionEditor *editor;
  GtkWidget *window;
  GtkTextIter end;
  guint count;

  editor = LS_DECISION_EDITOR (ls_decision_editor_new (f->store, f->decision_id, &error));
  g_assert_no_error (error);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));
  gtk_window_present (GTK_WINDOW (window));
  spin_a_while (f, 200);
  ls_store_forbid_thread (g_thread_self ());
  for (const char *p = " Trenger hjelp hver dag."; *p != '\0'; p = g_utf8_next_char (p))
    {
      gtk_text_buffer_get_end_iter (editor->grounds_buffer, &end);
      gtk_text_buffer_insert (editor->grounds_buffer, &end, p, g_utf8_next_char (p) - p);
      spin_a_while (f, 40);
    }
  /* the typing pause: the autosave runs, and its result arrives */
  spin_a_while (f, 1500);
  count = ls_store_get_forbidden_count ();
  ls_store_forbid_thread (NULL);
  g_test_message ("decision editor, typing and autosave: %u statements on the main thread", count);
  g_assert_cmpuint (count, ==, 0);
  g_assert_false (ls_decision_editor_is_saving (editor));
  saved = ls_store_load_decision (f->store, f->decision_id, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (ls_decision_get_grounds (saved), "Trenger hjelp hver dag."));
  gtk_window_destroy (GTK_WINDOW (window));
  spin_a_while (f, 100);
}

/* Typing in a service plan and its autosave run no statement on the
 * main thread (the old editor saved on it), what was typed is saved, and
 * the plan shown carries the row version the store gave the last save. */
static void
test_plan_typing (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsServicePlan) saved = NULL;
  LsServicePlanEditor *editor;
  LsServicePlan *plan;
  GtkWidget *window;
  GtkWidget *view;
  GtkTextBuffer *buffer;
  GtkTextIter end;
  guint count;

  editor = LS_SERVICE_PLAN_EDITOR (ls_service_plan_editor_new (f->store, f->decision_id, &error));
  g_assert_no_error (error);
  plan = ls_service_plan_editor_get_plan (editor);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));
  gtk_window_present (GTK_WINDOW (window));
  spin_a_while (f, 200);
  view = find_text_view (GTK_WIDGET (editor));
  g_assert_nonnull (view);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  ls_store_forbid_thread (g_thread_self ());
  for (const char *p = " Går tur hver dag."; *p != '\0'; p = g_utf8_next_char (p))
    {
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, p, g_utf8_next_char (p) - p);
      spin_a_while (f, 40);
    }
  /* the typing pause: the autosave runs, and its result arrives */
  spin_a_while (f, 1500);
  count = ls_store_get_forbidden_count ();
  ls_store_forbid_thread (NULL);
  g_test_message ("service plan editor, typing and autosave: %u statements on the main thread", count);
  g_assert_cmpuint (count, ==, 0);
  saved = ls_store_load_service_plan (f->store, ls_service_plan_get_id (plan), &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (ls_service_plan_get_goals (saved), "Går tur hver dag."));
  g_assert_cmpint (ls_row_version_get (plan), ==, ls_row_version_get (saved));
  gtk_window_destroy (GTK_WINDOW (window));
  spin_a_while (f, 100);
}

static gboolean
editor_idle (Fixture *f)
{
  GtkWidget *editor = g_object_get_data (G_OBJECT (f->store), "editor");

  return gtk_widget_get_sensitive (editor);
}

/* Clicks @text in @editor and waits for its answer; the statements this
 * ran on the main thread, from the click to the page sensitive again. */
static guint
act (Fixture          *f,
     LsDecisionEditor *editor,
     const char       *text)
{
  guint before = ls_store_get_forbidden_count ();

  g_object_set_data (G_OBJECT (f->store), "editor", editor);
  g_signal_emit_by_name (wait_for_button (GTK_WIDGET (editor), text), "clicked");
  g_assert_true (spin_until (editor_idle, f, 20000));
  spin_a_while (f, 300);
  return ls_store_get_forbidden_count () - before;
}

static void
opened_cb (LsDecisionEditor *editor,
           gint64            id,
           gint64           *opened)
{
  *opened = id;
}

static char *
query (Fixture    *f,
       const char *sql)
{
  PGconn *conn = PQconnectdb (f->location);
  PGresult *result = PQexec (conn, sql);
  char *value;

  g_assert_cmpint (PQresultStatus (result), ==, PGRES_TUPLES_OK);
  value = PQgetisnull (result, 0, 0) ? NULL : g_strdup (PQgetvalue (result, 0, 0));
  PQclear (result);
  PQfinish (conn);
  return value;
}

/* The decision editor's actions — Approve (with the "may this login
 * approve or issue" read after it), Issue and Make a Correction — run on
 * the editor's worker after what was typed is saved (the old editor ran
 * them on the main thread): 0 statements on the main thread for each, and
 * each is done. The four-eyes rule is on, this login a decision-maker, and
 * the draft another's. */
static void
test_decision_actions (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) decision = ls_decision_new ();
  g_autoptr(LsGoal) goal = ls_goal_new ();
  g_autoptr(LsMeasure) measure = ls_measure_new ();
  g_autoptr(GDate) start = g_date_new_dmy (1, 1, 2027);
  g_autoptr(GDate) end = g_date_new_dmy (30, 6, 2027);
  g_autoptr(GDate) evaluation = g_date_new_dmy (1, 6, 2027);
  g_autofree char *sql = NULL;
  g_autofree char *approved = NULL;
  g_autofree char *status = NULL;
  g_autofree char *grounds = NULL;
  struct { const char *button; guint count; } steps[] = {
    { "Approve Decision" }, { "Issue Decision" }, { "Issue Now" }, { "Make a Correction" },
  };
  LsDecisionEditor *editor;
  GtkWidget *window;
  GtkTextIter end_iter;
  gint64 opened = 0;
  guint failed = 0;

  ls_decision_set_person_id (decision, f->other_id);
  ls_decision_set_decision_type (decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_start (decision, start);
  ls_decision_set_end (decision, end);
  ls_decision_set_evaluation_date (decision, evaluation);
  ls_decision_set_grounds (decision, "Grounds.");
  ls_decision_set_legal_basis (decision, "hol § 3-2");
  ls_decision_set_prepared_by (decision, "kari");
  ls_goal_set_text (goal, "Goal");
  for (int level = -2; level <= 2; level++)
    ls_goal_set_level_text (goal, level, "level");
  g_list_store_append (ls_decision_get_goals (decision), goal);
  ls_measure_set_service_key (measure, "personal_assistance");
  ls_measure_set_extent (measure, 6);
  ls_measure_set_unit (measure, "hours");
  ls_measure_set_provider (measure, "Sone nord");
  ls_measure_set_granted (measure, TRUE);
  g_list_store_append (ls_decision_get_measures (decision), measure);
  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  g_assert_no_error (error);
  /* the server's owner (its login exists already) as a decision-maker */
  g_free (query (f, "INSERT INTO caseworkers (login, name, team_id, role) SELECT current_user, 'Dina', id,"
                    " 'decision-maker' FROM teams WHERE is_default = 1 RETURNING login"));
  g_assert_true (ls_store_set_four_eyes_rule (f->store, TRUE, &error));
  g_assert_no_error (error);
  sql = g_strdup_printf ("UPDATE decisions SET drafted_login = 'another' WHERE id = %" G_GINT64_FORMAT " RETURNING id",
                         ls_decision_get_id (decision));
  g_free (query (f, sql));

  editor = LS_DECISION_EDITOR (ls_decision_editor_new (f->store, ls_decision_get_id (decision), &error));
  g_assert_no_error (error);
  g_signal_connect (editor, "open-decision", G_CALLBACK (opened_cb), &opened);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 900);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));
  gtk_window_present (GTK_WINDOW (window));
  spin_a_while (f, 200);

  ls_store_forbid_thread (g_thread_self ());
  /* typed just before Approve: saved first, with it */
  gtk_text_buffer_get_end_iter (editor->grounds_buffer, &end_iter);
  gtk_text_buffer_insert (editor->grounds_buffer, &end_iter, " Mer.", -1);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    steps[i].count = act (f, editor, steps[i].button);
  ls_store_forbid_thread (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_test_message ("decision editor, \"%s\": %u statements on the main thread", steps[i].button, steps[i].count);
      failed += steps[i].count != 0;
    }

  g_free (sql);
  sql = g_strdup_printf ("SELECT approved_login FROM decisions WHERE id = %" G_GINT64_FORMAT,
                         ls_decision_get_id (decision));
  approved = query (f, sql);
  g_assert_cmpstr (approved, ==, ls_store_get_login (f->store));
  g_free (sql);
  sql = g_strdup_printf ("SELECT status FROM decisions WHERE id = %" G_GINT64_FORMAT, ls_decision_get_id (decision));
  status = query (f, sql);
  g_assert_cmpstr (status, ==, "issued");
  g_free (sql);
  sql = g_strdup_printf ("SELECT grounds FROM decisions WHERE id = %" G_GINT64_FORMAT, ls_decision_get_id (decision));
  grounds = query (f, sql);
  g_assert_cmpstr (grounds, ==, "Grounds. Mer.");
  /* the correction: a new draft that refers to it */
  g_assert_cmpint (opened, >, ls_decision_get_id (decision));
  g_assert_cmpuint (failed, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  spin_a_while (f, 100);
}

/* Leaving a page right after typing, before its autosave: which page, and
 * how it is left. */
typedef enum { LEAVE_DECISION, LEAVE_PLAN, LEAVE_CONVERSATION } LeavePage;
typedef enum { BY_ANOTHER_PAGE, BY_CLOSING, BY_PAUSE, BY_QUITTING } LeaveHow;
typedef struct
{
  LeavePage page;
  LeaveHow  how;     /* the person's page shown, the window closed, Pause, or app.quit */
} Leave;

static GtkWidget *
find_of_type (GtkWidget *root,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit = find_of_type (child, type);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

/* The application of the tests that need one (registered once: a second
 * one of the same name is refused on the bus). */
static LsApplication *
test_application (void)
{
  static LsApplication *app;

  if (app == NULL)
    {
      g_autoptr(GError) error = NULL;

      app = ls_application_new ();
      g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }
  return app;
}

static gboolean
window_gone (Fixture *f)
{
  return f->window == NULL;
}

static gboolean
page_saved (Fixture *f)
{
  return f->window == NULL || !f->window->flushing;
}

/* What was typed, read back through a second store (another connection). */
static char *
read_back (Fixture   *f,
           LeavePage  page,
           const char *typed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) other = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  if (page == LEAVE_DECISION)
    {
      g_autoptr(LsDecision) decision = ls_store_load_decision (other, f->decision_id, &error);

      g_assert_no_error (error);
      return g_strdup (ls_decision_get_grounds (decision));
    }
  if (page == LEAVE_PLAN)
    {
      g_autoptr(LsServicePlan) plan = ls_service_plan_editor_load (other, f->decision_id, &error);

      g_assert_no_error (error);
      return g_strdup (ls_service_plan_get_goals (plan));
    }
  else
    {
      g_autoptr(LsSketch) sketch = ls_store_load_sketch (other, f->sketch_id, &error);
      GListModel *entries;

      g_assert_no_error (error);
      entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));
      for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
        {
          g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);

          if (g_str_has_suffix (ls_sketch_entry_get_text (entry), typed))
            return g_strdup (ls_sketch_entry_get_text (entry));
        }
      return NULL;
    }
}

/* Words typed in a decision, a service plan or a conversation, and at
 * once (before the autosave's pause) another page is opened or the window
 * closed: the page's save runs on its worker, so the main thread runs no
 * statement (before: the window flushed the page on it), and what was
 * typed is in the database, read through another connection. */
static void
test_leave_after_typing (Fixture       *f,
                         gconstpointer  data)
{
  const Leave *leave = data;
  LsApplication *app = NULL;
  const char *typed = " Skrevet rett før.";
  const char *pages[] = { "decision", "service plan", "conversation" };
  g_autofree char *stored = NULL;
  GtkWidget *page, *view;
  GtkTextBuffer *buffer;
  GtkTextIter end;
  guint count;

  if (leave->how == BY_QUITTING)
    app = test_application ();
  f->window = g_object_new (LS_TYPE_WINDOW, "application", app, "default-width", 1000, "default-height", 700, NULL);
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  ls_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (spin_until (caseload_read, f, 10000));

  if (leave->page == LEAVE_DECISION)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-decision", "x", f->decision_id));
      g_assert_true (spin_until (decisions_shown, f, 10000));
      page = find_of_type (gtk_stack_get_visible_child (f->window->content_stack), LS_TYPE_DECISION_EDITOR);
      g_assert_nonnull (page);
      buffer = LS_DECISION_EDITOR (page)->grounds_buffer;
    }
  else
    {
      if (leave->page == LEAVE_PLAN)
        {
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.service-plan", "x",
                                                     f->decision_id));
          g_assert_true (spin_until (decisions_shown, f, 10000));
        }
      else
        {
          _ls_window_show_person (f->window, f->person_id);
          g_assert_true (spin_until (person_shown, f, 10000));
          g_signal_emit_by_name (f->window->person_page, "conversation-requested", f->person_id, f->sketch_id);
          g_assert_true (spin_until (conversation_shown, f, 10000));
        }
      page = gtk_stack_get_visible_child (f->window->content_stack);
      view = find_text_view (page);
      g_assert_nonnull (view);
      buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    }
  spin_a_while (f, 500);

  ls_store_forbid_thread (g_thread_self ());
  last_count = ls_store_get_forbidden_count ();
  for (const char *p = typed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, p, g_utf8_next_char (p) - p);
      spin_a_while (f, 5);
    }
  /* at once, before the autosave's pause is over */
  if (leave->how == BY_CLOSING)
    {
      gtk_window_close (GTK_WINDOW (f->window));
      g_assert_true (spin_until (window_gone, f, 10000));
    }
  else if (leave->how == BY_QUITTING)
    {
      g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
      g_assert_true (spin_until (page_saved, f, 10000));
      /* the windows went; the application ends once nothing holds it */
      g_assert_true (spin_until (window_gone, f, 10000));
    }
  else
    {
      /* Pause: the conversation is done, and the person's page shown */
      if (leave->how == BY_PAUSE)
        g_assert_true (gtk_widget_activate_action (page, "conversation.pause", NULL));
      else
        _ls_window_show_person (f->window, f->person_id);
      g_assert_true (spin_until (person_shown, f, 10000));
    }
  /* a save that outlives the page ends too */
  spin_a_while (f, 1000);
  count = ls_store_get_forbidden_count () - last_count;
  ls_store_forbid_thread (NULL);
  g_test_message ("%s, typing then %s at once: %u statements on the main thread", pages[leave->page],
                  leave->how == BY_CLOSING ? "closing the window" : leave->how == BY_PAUSE ? "Pause"
                  : leave->how == BY_QUITTING ? "quitting" : "another page", count);

  stored = read_back (f, leave->page, typed);
  g_assert_nonnull (stored);
  g_assert_true (g_str_has_suffix (stored, typed));
  g_assert_cmpuint (count, ==, 0);
}

/* An editor or a conversation closed with words typed and not yet saved,
 * without the window saving it first (its own window destroyed): its
 * dispose hands what is pending to a save on the worker that outlives it,
 * so the main thread runs no statement (before: the dispose flushed on
 * it), and what was typed is in the database. */
static void
test_dispose_after_typing (Fixture       *f,
                           gconstpointer  data)
{
  LeavePage which = GPOINTER_TO_INT (data);
  const char *typed = " Skrevet før lukking.";
  const char *pages[] = { "decision", "service plan", "conversation" };
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  GtkWidget *page, *window, *view;
  GtkTextBuffer *buffer;
  GtkTextIter end;
  guint count;

  if (which == LEAVE_DECISION)
    page = ls_decision_editor_new (f->store, f->decision_id, &error);
  else if (which == LEAVE_PLAN)
    page = ls_service_plan_editor_new (f->store, f->decision_id, &error);
  else
    page = ls_conversation_page_new (f->store, 0, f->sketch_id);
  g_assert_no_error (error);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin_a_while (f, 300);
  if (which == LEAVE_DECISION)
    buffer = LS_DECISION_EDITOR (page)->grounds_buffer;
  else
    {
      view = find_text_view (page);
      g_assert_nonnull (view);
      buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    }

  ls_store_forbid_thread (g_thread_self ());
  last_count = ls_store_get_forbidden_count ();
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, typed, -1);
  gtk_window_destroy (GTK_WINDOW (window));
  spin_a_while (f, 1500);
  count = ls_store_get_forbidden_count () - last_count;
  ls_store_forbid_thread (NULL);
  g_test_message ("%s closed with words typed: %u statements on the main thread", pages[which], count);

  stored = read_back (f, which, typed);
  g_assert_nonnull (stored);
  g_assert_true (g_str_has_suffix (stored, typed));
  g_assert_cmpuint (count, ==, 0);
}

/* Preferences' change of database with words just typed in a decision:
 * the window does not wait for their save (before: it flushed the page on
 * the main thread), the change is refused for now and the save started
 * on the editor's worker; once saved, the change is made. */
static void
test_change_database (Fixture       *f,
                      gconstpointer  data)
{
  LsApplication *app = test_application ();
  g_autoptr(LsStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  const char *typed = " Skrevet før byttet.";
  GtkWidget *page;
  GtkTextIter end;
  gboolean changed;
  guint count;

  other = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->window = g_object_new (LS_TYPE_WINDOW, "application", app, "default-width", 1000, "default-height", 700, NULL);
  ls_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (spin_until (caseload_read, f, 10000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-decision", "x", f->decision_id));
  g_assert_true (spin_until (decisions_shown, f, 10000));
  page = find_of_type (gtk_stack_get_visible_child (f->window->content_stack), LS_TYPE_DECISION_EDITOR);
  g_assert_nonnull (page);
  spin_a_while (f, 500);

  ls_store_forbid_thread (g_thread_self ());
  last_count = ls_store_get_forbidden_count ();
  gtk_text_buffer_get_end_iter (LS_DECISION_EDITOR (page)->grounds_buffer, &end);
  gtk_text_buffer_insert (LS_DECISION_EDITOR (page)->grounds_buffer, &end, typed, -1);
  changed = ls_application_use_store (app, other, &error);
  count = ls_store_get_forbidden_count () - last_count;
  ls_store_forbid_thread (NULL);
  g_test_message ("changing the database with words typed: %u statements on the main thread", count);
  g_assert_cmpuint (count, ==, 0);
  g_assert_false (changed);
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (ls_window_get_store (f->window) == f->store);

  /* saved on the worker meanwhile: asked again, the change is made */
  spin_a_while (f, 1500);
  g_assert_true (ls_application_use_store (app, other, &error));
  g_assert_no_error (error);
  g_assert_true (ls_window_get_store (f->window) == other);
  stored = read_back (f, LEAVE_DECISION, typed);
  g_assert_true (g_str_has_suffix (stored, typed));
}

static void
skip_on_a_file (void)
{
  g_test_skip ("a file on the desk is no network; the guard is measured on a team database");
}

int
main (int   argc,
      char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);
  ls_test_init_engine ();
  if (!ls_test_on_postgresql ())
    {
      g_test_add_func ("/ui/main-thread/team-database-only", skip_on_a_file);
      return g_test_run ();
    }
  g_test_add ("/ui/main-thread/pages", Fixture, NULL, fixture_set_up, test_pages, fixture_tear_down);
  g_test_add ("/ui/main-thread/week-actions", Fixture, NULL, fixture_set_up, test_week_actions, fixture_tear_down);
  g_test_add ("/ui/main-thread/conflict-dialog", Fixture, NULL, fixture_set_up, test_conflict_dialog,
              fixture_tear_down);
  g_test_add ("/ui/main-thread/step-changes", Fixture, NULL, fixture_set_up, test_step_changes, fixture_tear_down);
  g_test_add ("/ui/main-thread/own-view", Fixture, NULL, fixture_set_up, test_own_view, fixture_tear_down);
  g_test_add ("/ui/main-thread/present", Fixture, NULL, fixture_set_up, test_present, fixture_tear_down);
  g_test_add ("/ui/main-thread/typing-while-saving", Fixture, NULL, fixture_set_up, test_typing_while_saving,
              fixture_tear_down);
  g_test_add ("/ui/main-thread/decision-typing", Fixture, NULL, fixture_set_up, test_decision_typing,
              fixture_tear_down);
  g_test_add ("/ui/main-thread/plan-typing", Fixture, NULL, fixture_set_up, test_plan_typing,
              fixture_tear_down);
  g_test_add ("/ui/main-thread/decision-actions", Fixture, NULL, fixture_set_up, test_decision_actions,
              fixture_tear_down);
  {
    static const Leave leaves[] = {
      { LEAVE_DECISION, BY_ANOTHER_PAGE }, { LEAVE_DECISION, BY_CLOSING },
      { LEAVE_PLAN, BY_ANOTHER_PAGE }, { LEAVE_PLAN, BY_CLOSING },
      { LEAVE_CONVERSATION, BY_ANOTHER_PAGE }, { LEAVE_CONVERSATION, BY_CLOSING },
      { LEAVE_CONVERSATION, BY_PAUSE }, { LEAVE_DECISION, BY_QUITTING },
    };
    static const char *names[] = {
      "/ui/main-thread/leave-decision", "/ui/main-thread/close-decision",
      "/ui/main-thread/leave-plan", "/ui/main-thread/close-plan",
      "/ui/main-thread/leave-conversation", "/ui/main-thread/close-conversation",
      "/ui/main-thread/pause-conversation", "/ui/main-thread/quit-decision",
    };

    for (guint i = 0; i < G_N_ELEMENTS (leaves); i++)
      g_test_add (names[i], Fixture, &leaves[i], fixture_set_up, test_leave_after_typing, fixture_tear_down);
  }
  g_test_add ("/ui/main-thread/dispose-decision", Fixture, GINT_TO_POINTER (LEAVE_DECISION), fixture_set_up,
              test_dispose_after_typing, fixture_tear_down);
  g_test_add ("/ui/main-thread/dispose-plan", Fixture, GINT_TO_POINTER (LEAVE_PLAN), fixture_set_up,
              test_dispose_after_typing, fixture_tear_down);
  g_test_add ("/ui/main-thread/change-database", Fixture, NULL, fixture_set_up, test_change_database,
              fixture_tear_down);
  g_test_add ("/ui/main-thread/dispose-conversation", Fixture, GINT_TO_POINTER (LEAVE_CONVERSATION), fixture_set_up,
              test_dispose_after_typing, fixture_tear_down);
  return g_test_run ();
}
