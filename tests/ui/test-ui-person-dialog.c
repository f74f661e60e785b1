/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The new-person form: the rules as pure functions, then the dialog as it
 * is typed into — messages under the fields, the text kept as typed, Save
 * only when valid. */
#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "ls-application-dialog.h"
#include "ls-db-sqlite-private.h"
#include "ls-test-conflict.h"
#include "ls-national-id.h"
#include "ls-person-dialog.h"
#include "ls-person-form.h"
#include "ls-store-cases.h"
#include "ls-store-persons.h"
#include "ls-test-display.h"
#include "ls-test-util.h"
#include "ls-unsaved-file.h"

static GtkWidget *
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static char *
synthetic_id (guint day, guint month, guint year)
{
  GDate birth;

  g_date_clear (&birth, 1);
  g_date_set_dmy (&birth, day, month, year);
  for (guint individual = 0; individual < 1000; individual++)
    {
      char *number = ls_national_id_make_synthetic (&birth, individual);

      if (number != NULL)
        return number;
    }
  g_assert_not_reached ();
}

static void
test_parse_date (void)
{
  GDate date;

  g_assert_true (ls_parse_date ("14.03.1999", &date));
  g_assert_cmpuint (g_date_get_day (&date), ==, 14);
  g_assert_cmpuint (g_date_get_month (&date), ==, 3);
  g_assert_cmpuint (g_date_get_year (&date), ==, 1999);
  g_assert_true (ls_parse_date (" 1.2.2003 ", &date));
  g_assert_true (ls_parse_date ("1999-03-14", &date));
  g_assert_cmpuint (g_date_get_day (&date), ==, 14);
  g_assert_false (ls_parse_date ("31.02.2000", &date));
  g_assert_false (ls_parse_date ("14.03.99", &date));
  g_assert_false (ls_parse_date ("14/03/1999", &date));
  g_assert_false (ls_parse_date ("14.03.1999x", &date));
  g_assert_false (ls_parse_date ("", &date));
}

static void
test_form_rules (void)
{
  g_autofree char *id = synthetic_id (14, 3, 1999);
  LsPersonFormValues values = { .given_name = "Kari", .family_name = "Nordmann" };
  LsPersonFormState state;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, 6, 2026);

  ls_person_form_check (&values, &today, &state);
  g_assert_true (state.can_save);           /* the id number is optional */
  ls_person_form_state_clear (&state);

  values.national_id = "1234";
  ls_person_form_check (&values, &today, &state);
  g_assert_false (state.can_save);
  g_assert_true (state.id_error);
  g_assert_nonnull (state.id_message);
  g_assert_null (strstr (state.id_message, "1234"));   /* never the number itself */
  ls_person_form_state_clear (&state);

  values.national_id = id;
  ls_person_form_check (&values, &today, &state);
  g_assert_true (state.can_save);
  g_assert_true (state.id_valid);
  g_assert_cmpuint (g_date_get_year (&state.birth_from_id), ==, 1999);
  ls_person_form_state_clear (&state);

  values.birth_date = "15.03.1999";
  ls_person_form_check (&values, &today, &state);
  g_assert_false (state.can_save);
  g_assert_true (state.birth_error);
  ls_person_form_state_clear (&state);

  values.birth_date = "14.03.1999";
  values.family_name = " ";
  ls_person_form_check (&values, &today, &state);
  g_assert_false (state.can_save);
  g_assert_nonnull (state.name_message);
  ls_person_form_state_clear (&state);

  values.family_name = "Nordmann";
  values.email = "kari.example.org";
  ls_person_form_check (&values, &today, &state);
  g_assert_false (state.can_save);
  g_assert_nonnull (state.email_message);
  ls_person_form_state_clear (&state);
}

static void
saved_cb (GtkWidget *dialog,
          gint64     id,
          gint64    *out)
{
  *out = id;
}

static void
type_text (GtkWidget  *entry,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* A button "clicks" a moment after it is activated: wait for that. */
static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* What Enter does in an entry: its text activates the default widget. */
static void
press_enter (GtkWidget *entry)
{
  gtk_widget_grab_focus (entry);
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
  settle ();
}

static void
test_dialog (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "case.db", NULL);
  g_autofree char *id = synthetic_id (2, 7, 2001);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsPerson) saved = NULL;
  GtkWidget *dialog, *id_entry, *id_message, *birth_entry, *save;
  gint64 saved_id = 0;
  guint on_main_thread;
  char wrong[LS_NATIONAL_ID_LENGTH + 1];

  g_assert_no_error (error);
  dialog = ls_person_dialog_new (NULL, store);
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &saved_id);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (dialog);

  id_entry = child (dialog, LS_TYPE_PERSON_DIALOG, "id_entry");
  id_message = child (dialog, LS_TYPE_PERSON_DIALOG, "id_message");
  birth_entry = child (dialog, LS_TYPE_PERSON_DIALOG, "birth_entry");
  save = child (dialog, LS_TYPE_PERSON_DIALOG, "save_button");
  gtk_test_accessible_assert_property (save, GTK_ACCESSIBLE_PROPERTY_LABEL, "Save");
  g_assert_false (gtk_widget_get_sensitive (save));
  /* Typing starts in the first field. */
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)),
                                         child (dialog, LS_TYPE_PERSON_DIALOG, "given_entry")));

  type_text (child (dialog, LS_TYPE_PERSON_DIALOG, "given_entry"), "Kari");
  type_text (child (dialog, LS_TYPE_PERSON_DIALOG, "family_entry"), "Nordmann");
  g_assert_true (gtk_widget_get_sensitive (save));

  /* A wrong control digit: explained as it is typed, kept, no save. */
  strcpy (wrong, id);
  wrong[10] = wrong[10] == '9' ? '0' : wrong[10] + 1;
  type_text (id_entry, wrong);
  g_assert_true (gtk_widget_get_visible (id_message));
  g_assert_true (gtk_widget_has_css_class (id_message, "error"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (id_message)), "control digit"));
  g_assert_false (gtk_widget_get_sensitive (save));
  gtk_widget_activate (save);
  settle ();
  press_enter (id_entry);
  g_assert_cmpint (saved_id, ==, 0);
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (id_entry)), ==, wrong);
  g_assert_cmpint (ls_store_count_persons (store, NULL), ==, 0);

  /* Valid: the message says so and the birth date fills in. */
  type_text (id_entry, id);
  g_assert_false (gtk_widget_has_css_class (id_message, "error"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (id_message)), ==, "Valid: Synthetic test number");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (birth_entry)), ==, "02.07.2001");
  g_assert_true (gtk_widget_get_sensitive (save));

  /* Enter in a field saves, on a worker: no statement on the main thread
   * (before: the save ran there). */
  g_object_ref (dialog);
  ls_store_forbid_thread (g_thread_self ());
  press_enter (id_entry);
  for (gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       saved_id == 0 && g_get_monotonic_time () < deadline;)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  on_main_thread = ls_store_get_forbidden_count ();
  ls_store_forbid_thread (NULL);
  g_test_message ("saving a new person: %u statements on the main thread", on_main_thread);
  g_assert_cmpuint (on_main_thread, ==, 0);
  g_assert_cmpint (saved_id, >, 0);
  g_assert_false (gtk_widget_get_visible (dialog));
  g_object_unref (dialog);

  saved = ls_store_load_person (store, saved_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_person_get_family_name (saved), ==, "Nordmann");
  g_assert_cmpstr (ls_person_get_national_id (saved), ==, id);
  g_assert_cmpuint (g_date_get_day (ls_person_get_birth_date (saved)), ==, 2);

  g_clear_object (&store);
  ls_test_rmdir (dir);
}

static gboolean
is_named (GtkWidget  *root,
          const char *name,
          GtkWidget **found)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      if (g_strcmp0 (gtk_widget_get_name (c), name) == 0)
        {
          *found = c;
          return TRUE;
        }
      if (is_named (c, name, found))
        return TRUE;
    }
  return FALSE;
}

/* A new person whose save fails (another program holds the file) is kept
 * on this computer; the next new-person dialog offers it, and once it is
 * saved the file goes. */
static void
test_new_person_kept (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "case.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autofree char *kept = NULL;
  g_autofree char *contents = NULL;
  GtkWidget *dialog, *restore = NULL;
  gint64 saved_id = 0;
  sqlite3 *locker = NULL;
  GStatBuf st;

  g_assert_no_error (error);
  kept = ls_unsaved_file_dup_path (store, "person", 0);
  dialog = ls_person_dialog_new (NULL, store);
  gtk_window_present (GTK_WINDOW (dialog));
  type_text (child (dialog, LS_TYPE_PERSON_DIALOG, "given_entry"), "Kari");
  type_text (child (dialog, LS_TYPE_PERSON_DIALOG, "family_entry"), "Nordmann");
  type_text (child (dialog, LS_TYPE_PERSON_DIALOG, "phone_entry"), "40 00 00 01");
  g_assert_cmpint (sqlite3_open (path, &locker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (locker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  gtk_widget_activate (child (dialog, LS_TYPE_PERSON_DIALOG, "save_button"));
  for (gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
       !g_file_test (kept, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline;)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (g_stat (kept, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "40 00 00 01"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (sqlite3_exec (locker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (locker);

  dialog = ls_person_dialog_new (NULL, store);
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &saved_id);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (is_named (dialog, "unsaved-restore", &restore));
  g_signal_emit_by_name (restore, "clicked");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (dialog, LS_TYPE_PERSON_DIALOG, "phone_entry"))), ==,
                   "40 00 00 01");
  g_object_ref (dialog);
  gtk_widget_activate (child (dialog, LS_TYPE_PERSON_DIALOG, "save_button"));
  for (gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       saved_id == 0 && g_get_monotonic_time () < deadline;)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (saved_id, >, 0);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_object_unref (dialog);
  g_clear_object (&store);
  ls_test_rmdir (dir);
}

/* A kept file that is damaged (or of another kind) is not offered: one
 * warning without its content, and the file is left for someone to look
 * at, unchanged. */
static void
test_damaged_kept_not_offered (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "case.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autofree char *kept = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *after = NULL;
  const char *damaged = "(int64 17, <{'given-name': <'Kari'";
  const char *other_kind = "(int64 17, <(1, 2)>)";
  GtkWidget *dialog, *restore = NULL;

  g_assert_no_error (error);
  kept = ls_unsaved_file_dup_path (store, "person", 0);
  folder = g_path_get_dirname (kept);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  for (guint i = 0; i < 2; i++)
    {
      const char *contents = i == 0 ? damaged : other_kind;

      g_assert_true (g_file_set_contents (kept, contents, -1, NULL));
      g_test_expect_message ("ls-unsaved-file", G_LOG_LEVEL_WARNING, i == 0 ? "*could not be read*" : "*not of a kind*");
      dialog = ls_person_dialog_new (NULL, store);
      g_test_assert_expected_messages ();
      g_assert_false (is_named (dialog, "unsaved-restore", &restore));
      g_assert_true (g_file_get_contents (kept, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, contents);
      g_clear_pointer (&after, g_free);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  g_remove (kept);
  g_clear_object (&store);
  ls_test_rmdir (dir);
}

/* An application whose save fails is kept and offered by the next
 * application form for the person; saved, the file goes. */
static void
test_application_kept (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "case.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(GPtrArray) cases = NULL;
  g_autofree char *kept = NULL;
  GtkWidget *dialog, *restore = NULL;
  gint64 case_id = 0;
  sqlite3 *locker = NULL;

  ls_person_set_given_name (person, "Ola");
  g_assert_true (ls_store_save_person (store, person, &error));
  kept = ls_unsaved_file_dup_path (store, "application", ls_person_get_id (person));
  dialog = ls_application_dialog_new (NULL, store, ls_person_get_id (person));
  gtk_window_present (GTK_WINDOW (dialog));
  type_text (child (dialog, LS_TYPE_APPLICATION_DIALOG, "received_entry"), "03.02.2026");
  type_text (child (dialog, LS_TYPE_APPLICATION_DIALOG, "what_entry"), "Støttekontakt to kvelder i uka");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (dialog, LS_TYPE_APPLICATION_DIALOG, "channel_dropdown")), 2);
  g_assert_cmpint (sqlite3_open (path, &locker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (locker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  gtk_widget_activate (child (dialog, LS_TYPE_APPLICATION_DIALOG, "save_button"));
  for (gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
       !g_file_test (kept, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline;)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (sqlite3_exec (locker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (locker);

  dialog = ls_application_dialog_new (NULL, store, ls_person_get_id (person));
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &case_id);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (is_named (dialog, "unsaved-restore", &restore));
  g_signal_emit_by_name (restore, "clicked");
  g_object_ref (dialog);
  gtk_widget_activate (child (dialog, LS_TYPE_APPLICATION_DIALOG, "save_button"));
  for (gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       case_id == 0 && g_get_monotonic_time () < deadline;)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (case_id, >, 0);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  cases = ls_store_list_cases (store, ls_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_case_get_applied_for (g_ptr_array_index (cases, 0)), ==, "Støttekontakt to kvelder i uka");
  g_assert_cmpstr (ls_case_get_channel (g_ptr_array_index (cases, 0)), ==, "phone");
  g_object_unref (dialog);
  g_clear_object (&store);
  ls_test_rmdir (dir);
}

/* The application form saves a case for the person. */
static void
test_application_dialog (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "case.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(GPtrArray) cases = NULL;
  GtkWidget *dialog, *save;
  gint64 case_id = 0;
  guint on_main_thread;

  ls_person_set_given_name (person, "Ola");
  ls_person_set_family_name (person, "Nordmann");
  g_assert_true (ls_store_save_person (store, person, &error));
  dialog = ls_application_dialog_new (NULL, store, ls_person_get_id (person));
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &case_id);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (dialog);
  save = child (dialog, LS_TYPE_APPLICATION_DIALOG, "save_button");
  g_assert_false (gtk_widget_get_sensitive (save));

  type_text (child (dialog, LS_TYPE_APPLICATION_DIALOG, "received_entry"), "31.31.2020");
  g_assert_true (gtk_widget_get_visible (child (dialog, LS_TYPE_APPLICATION_DIALOG, "received_message")));
  type_text (child (dialog, LS_TYPE_APPLICATION_DIALOG, "received_entry"), "03.02.2026");
  type_text (child (dialog, LS_TYPE_APPLICATION_DIALOG, "what_entry"), "Praktisk bistand i hjemmet");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (dialog, LS_TYPE_APPLICATION_DIALOG, "channel_dropdown")), 2);
  g_assert_true (gtk_widget_get_sensitive (save));
  /* Saved on a worker: no statement on the main thread (before: there). */
  ls_store_forbid_thread (g_thread_self ());
  gtk_widget_activate (save);
  settle ();
  for (gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       case_id == 0 && g_get_monotonic_time () < deadline;)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  on_main_thread = ls_store_get_forbidden_count ();
  ls_store_forbid_thread (NULL);
  g_test_message ("saving an application: %u statements on the main thread", on_main_thread);
  g_assert_cmpuint (on_main_thread, ==, 0);
  g_assert_cmpint (case_id, >, 0);

  cases = ls_store_list_cases (store, ls_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cases->len, ==, 1);
  g_assert_cmpstr (ls_case_get_applied_for (g_ptr_array_index (cases, 0)), ==, "Praktisk bistand i hjemmet");
  g_assert_cmpstr (ls_case_get_channel (g_ptr_array_index (cases, 0)), ==, "phone");
  g_assert_cmpstr (ls_case_get_applied_by (g_ptr_array_index (cases, 0)), ==, "person");
  g_assert_cmpuint (g_date_get_month (ls_case_get_received (g_ptr_array_index (cases, 0))), ==, 2);

  g_clear_object (&store);
  ls_test_rmdir (dir);
}

/* A stored person changed in the dialog while a colleague (a second
 * connection to the same file) saved a change of their own first. */
typedef struct
{
  char      *dir;
  LsStore   *store;
  LsStore   *colleague;
  gint64     id;
  GtkWidget *dialog;
  gint64     saved_id;
} Edit;

/* The text of text box number @nth (from 0) under @root. */
static char *
text_view_text (GtkWidget *root,
                guint      nth)
{
  GtkWidget *view = ls_test_nth_text_view (root, nth);
  GtkTextIter start, end;

  g_assert_nonnull (view);
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &start, &end, FALSE);
}

/* Waits until @done holds (work on a worker comes back in the main loop). */
static gboolean
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  return done (data);
}

static gboolean
conflict_shown (gpointer data)
{
  return ls_test_conflict_dialog () != NULL;
}

static gboolean
saved (gpointer data)
{
  return ((Edit *) data)->saved_id != 0;
}

static void
edit_saved_cb (GtkWidget *dialog,
               gint64     id,
               Edit      *e)
{
  e->saved_id = id;
}

static LsPerson *
stored_person (Edit *e)
{
  g_autoptr(GError) error = NULL;
  LsPerson *person = ls_store_load_person (e->colleague, e->id, &error);

  g_assert_no_error (error);
  return person;
}

static void
open_edit_dialog (Edit *e)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) person = ls_store_load_person (e->store, e->id, &error);

  g_assert_no_error (error);
  e->saved_id = 0;
  e->dialog = g_object_ref (ls_person_dialog_new_for_person (NULL, e->store, person));
  g_signal_connect (e->dialog, "saved", G_CALLBACK (edit_saved_cb), e);
  gtk_window_present (GTK_WINDOW (e->dialog));
  gtk_test_widget_wait_for_draw (e->dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (e->dialog, LS_TYPE_PERSON_DIALOG, "given_entry"))),
                   ==, ls_person_get_given_name (person));
}

static void
close_edit_dialog (Edit *e)
{
  LsConflictDialog *conflict;

  while ((conflict = ls_test_conflict_dialog ()) != NULL)
    gtk_window_destroy (GTK_WINDOW (conflict));
  if (e->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (e->dialog));
  g_clear_object (&e->dialog);
}

static void
edit_set_up (Edit          *e,
             gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();

  e->dir = ls_test_mkdtemp ();
  path = g_build_filename (e->dir, "case.db", NULL);
  e->store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_store_set_actor (e->store, "Ola Saksbehandler");
  e->colleague = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_store_set_actor (e->colleague, "Kari Kollega");
  ls_person_set_given_name (person, "Ingrid");
  ls_person_set_family_name (person, "Testesen");
  ls_person_set_phone (person, "11111111");
  g_assert_true (ls_store_save_person (e->store, person, &error));
  e->id = ls_person_get_id (person);
}

static void
edit_tear_down (Edit          *e,
                gconstpointer  data)
{
  close_edit_dialog (e);
  g_clear_object (&e->colleague);
  g_clear_object (&e->store);
  ls_test_rmdir (e->dir);
  g_free (e->dir);
}

/* The dialog is open; the colleague saves a new address and phone
 * number; the caseworker types another phone number and saves: refused,
 * and the conflict dialog (read on a worker) says who and shows both,
 * "mine" as Keep Mine would save it: with the colleague's address. */
static LsConflictDialog *
make_person_conflict (Edit *e)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) theirs = stored_person (e);
  g_autoptr(LsPerson) stored = NULL;
  g_autofree char *mine_text = NULL;
  g_autofree char *theirs_text = NULL;
  LsConflictDialog *conflict;
  guint on_main_thread;

  open_edit_dialog (e);
  ls_person_set_address (theirs, "Storgata 1");
  ls_person_set_phone (theirs, "44444444");
  g_assert_true (ls_store_save_person (e->colleague, theirs, &error));
  g_assert_no_error (error);

  type_text (child (e->dialog, LS_TYPE_PERSON_DIALOG, "phone_entry"), "22222222");
  ls_store_forbid_thread (g_thread_self ());
  gtk_widget_activate (child (e->dialog, LS_TYPE_PERSON_DIALOG, "save_button"));
  g_assert_true (wait_until (conflict_shown, NULL));
  on_main_thread = ls_store_get_forbidden_count ();
  ls_store_forbid_thread (NULL);
  g_test_message ("a refused save and reading theirs: %u statements on the main thread", on_main_thread);
  g_assert_cmpuint (on_main_thread, ==, 0);

  conflict = ls_test_conflict_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (conflict)) == GTK_WINDOW (e->dialog));
  g_assert_nonnull (strstr (ls_conflict_dialog_get_who (conflict), "Kari Kollega"));
  /* Both sides, under the dialog's own labels. */
  mine_text = text_view_text (GTK_WIDGET (conflict), 0);
  theirs_text = text_view_text (GTK_WIDGET (conflict), 1);
  g_assert_nonnull (strstr (mine_text, "Phone\n22222222\n"));
  g_assert_nonnull (strstr (mine_text, "Given name\nIngrid\n"));
  g_assert_nonnull (strstr (mine_text, "Address\nStorgata 1\n"));
  g_assert_nonnull (strstr (theirs_text, "Phone\n44444444\n"));
  g_assert_nonnull (strstr (theirs_text, "Address\nStorgata 1\n"));
  g_assert_true (gtk_widget_get_visible (e->dialog));
  g_assert_cmpint (e->saved_id, ==, 0);
  stored = stored_person (e);
  g_assert_cmpstr (ls_person_get_phone (stored), ==, "44444444");
  g_assert_cmpstr (ls_person_get_address (stored), ==, "Storgata 1");
  return conflict;
}

/* Keep Mine: the caseworker's phone number over theirs, knowingly, and
 * the colleague's address kept (before: every field as the caseworker's
 * dialog had it, the address emptied again); the next save works too. */
static void
test_edit_keep_mine (Edit          *e,
                     gconstpointer  data)
{
  LsConflictDialog *conflict = make_person_conflict (e);
  g_autoptr(LsPerson) stored = NULL;

  gtk_widget_activate (ls_test_button_labelled (GTK_WIDGET (conflict), "_Keep Mine"));
  g_assert_true (wait_until (saved, e));
  g_assert_null (ls_test_conflict_dialog ());
  g_assert_cmpint (e->saved_id, ==, e->id);
  stored = stored_person (e);
  g_assert_cmpstr (ls_person_get_phone (stored), ==, "22222222");
  g_assert_cmpstr (ls_person_get_address (stored), ==, "Storgata 1");
  close_edit_dialog (e);

  /* A further change saves as usual. */
  open_edit_dialog (e);
  type_text (child (e->dialog, LS_TYPE_PERSON_DIALOG, "email_entry"), "ingrid@example.org");
  gtk_widget_activate (child (e->dialog, LS_TYPE_PERSON_DIALOG, "save_button"));
  g_assert_true (wait_until (saved, e));
  g_assert_null (ls_test_conflict_dialog ());
  g_clear_object (&stored);
  stored = stored_person (e);
  g_assert_cmpstr (ls_person_get_email (stored), ==, "ingrid@example.org");
  g_assert_cmpstr (ls_person_get_phone (stored), ==, "22222222");
}

/* Take Theirs: the fields show theirs, nothing is saved; a further edit
 * saves over theirs without a new conflict. */
static void
test_edit_take_theirs (Edit          *e,
                       gconstpointer  data)
{
  LsConflictDialog *conflict = make_person_conflict (e);
  g_autoptr(LsPerson) stored = NULL;
  GtkWidget *error_label;

  gtk_widget_activate (ls_test_button_labelled (GTK_WIDGET (conflict), "_Take Theirs"));
  settle ();
  g_assert_null (ls_test_conflict_dialog ());
  g_assert_cmpint (e->saved_id, ==, 0);
  g_assert_true (gtk_widget_get_visible (e->dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (e->dialog, LS_TYPE_PERSON_DIALOG, "address_entry"))),
                   ==, "Storgata 1");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (e->dialog, LS_TYPE_PERSON_DIALOG, "phone_entry"))),
                   ==, "44444444");
  error_label = child (e->dialog, LS_TYPE_PERSON_DIALOG, "error_label");
  g_assert_false (gtk_widget_get_visible (error_label));
  stored = stored_person (e);
  g_assert_cmpstr (ls_person_get_phone (stored), ==, "44444444");
  g_assert_cmpstr (ls_person_get_address (stored), ==, "Storgata 1");

  type_text (child (e->dialog, LS_TYPE_PERSON_DIALOG, "phone_entry"), "33333333");
  gtk_widget_activate (child (e->dialog, LS_TYPE_PERSON_DIALOG, "save_button"));
  g_assert_true (wait_until (saved, e));
  g_assert_null (ls_test_conflict_dialog ());
  g_clear_object (&stored);
  stored = stored_person (e);
  g_assert_cmpstr (ls_person_get_phone (stored), ==, "33333333");
  g_assert_cmpstr (ls_person_get_address (stored), ==, "Storgata 1");
}

/* The colleague changed the address, the caseworker the phone number:
 * the two fit together, so the save goes through with both, without a
 * question (before: a conflict dialog, and Keep Mine emptied the
 * address again). */
static void
test_edit_merges_apart (Edit          *e,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) theirs = stored_person (e);
  g_autoptr(LsPerson) stored = NULL;
  guint on_main_thread;

  open_edit_dialog (e);
  ls_person_set_address (theirs, "Storgata 1");
  g_assert_true (ls_store_save_person (e->colleague, theirs, &error));
  g_assert_no_error (error);
  type_text (child (e->dialog, LS_TYPE_PERSON_DIALOG, "phone_entry"), "22222222");
  ls_store_forbid_thread (g_thread_self ());
  gtk_widget_activate (child (e->dialog, LS_TYPE_PERSON_DIALOG, "save_button"));
  g_assert_true (wait_until (saved, e));
  on_main_thread = ls_store_get_forbidden_count ();
  ls_store_forbid_thread (NULL);
  g_assert_cmpuint (on_main_thread, ==, 0);
  g_assert_null (ls_test_conflict_dialog ());
  g_assert_cmpint (e->saved_id, ==, e->id);
  stored = stored_person (e);
  g_assert_cmpstr (ls_person_get_phone (stored), ==, "22222222");
  g_assert_cmpstr (ls_person_get_address (stored), ==, "Storgata 1");
  g_assert_cmpstr (ls_person_get_given_name (stored), ==, "Ingrid");
}

int
main (int   argc,
      char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);
  /* The tests hold the file's write lock on purpose: a save gives up after 1.5 s instead of 10. */
  _ls_db_sqlite_set_busy_timeout (1500);

  g_test_add_func ("/ui/person-dialog/parse-date", test_parse_date);
  g_test_add_func ("/ui/person-dialog/form-rules", test_form_rules);
  g_test_add_func ("/ui/person-dialog/dialog", test_dialog);
  g_test_add_func ("/ui/person-dialog/application", test_application_dialog);
  g_test_add_func ("/ui/person-dialog/new-person-kept", test_new_person_kept);
  g_test_add_func ("/ui/person-dialog/application-kept", test_application_kept);
  g_test_add_func ("/ui/person-dialog/damaged-kept-not-offered", test_damaged_kept_not_offered);
  g_test_add ("/ui/person-dialog/edit-keep-mine", Edit, NULL, edit_set_up, test_edit_keep_mine, edit_tear_down);
  g_test_add ("/ui/person-dialog/edit-take-theirs", Edit, NULL, edit_set_up, test_edit_take_theirs,
              edit_tear_down);
  g_test_add ("/ui/person-dialog/edit-merges-apart", Edit, NULL, edit_set_up, test_edit_merges_apart,
              edit_tear_down);
  return g_test_run ();
}
