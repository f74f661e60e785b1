/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The person page shows who is responsible for the person, and the lead
 * of the person's team (only) hands the person over through a window;
 * the handover is recorded and the row shows the new caseworker. */
#include "ls-handover-window.h"
#include "ls-person-page.h"
#include "ls-person-reads-window.h"
#include "ls-person-responsible.h"
#include "ls-store-persons.h"
#include "ls-store-teams.h"
#include "ls-test-display.h"
#include "ls-test-labels.h"
#include "ls-test-util.h"
#include "ls-week-view.h"

typedef struct
{
  char    *dir;
  LsStore *store;
  gint64   person_id;
  gint64   unassigned_id;
} Fixture;

static gint64
add_person (Fixture *f, const char *given)
{
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(GError) error = NULL;

  ls_person_set_given_name (person, given);
  ls_person_set_family_name (person, "Testesen");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  g_assert_no_error (error);
  return ls_person_get_id (person);
}

/* @data: the role of the operating-system user, in Team Nord. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = ls_test_mkdtemp ();
  path = g_build_filename (f->dir, "t.db", NULL);
  f->store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (ls_store_add_caseworker (f->store, g_get_user_name (), "Kari Leder", "Team Nord", data, NULL, &error));
  g_assert_true (ls_store_add_caseworker (f->store, "anna", "Anna Alm", "Team Nord", "caseworker", NULL, &error));
  g_assert_true (ls_store_add_caseworker (f->store, "bo", "Bo Berg", "Team Sør", "caseworker", NULL, &error));
  g_assert_no_error (error);
  f->person_id = add_person (f, "Ola");
  f->unassigned_id = add_person (f, "Per");
  g_assert_true (ls_store_move_person (f->store, f->person_id, NULL, "Team Nord", "anna", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

static GtkWidget *
find_type (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The person page, in a window, showing person @id as the window would. */
static LsPersonResponsible *
open_page (Fixture *f, gint64 id, GtkWindow **window)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *page = ls_person_page_new ();
  gpointer data;
  GtkWidget *row, *week;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (*window, 800, 900);
  gtk_window_set_child (*window, page);
  ls_person_page_set_store (LS_PERSON_PAGE (page), f->store);
  data = ls_person_page_load (f->store, id, &error);
  g_assert_no_error (error);
  ls_person_page_apply (LS_PERSON_PAGE (page), data);
  ls_person_page_data_free (data);
  gtk_window_present (*window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (*window));
  /* The page's week is read (and its read audited) on a worker thread:
   * done before a test counts what it does itself. */
  week = find_type (page, LS_TYPE_WEEK_VIEW);
  g_assert_nonnull (week);
  while (ls_week_view_is_busy (LS_WEEK_VIEW (week)) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_false (ls_week_view_is_busy (LS_WEEK_VIEW (week)));
  row = find_type (page, LS_TYPE_PERSON_RESPONSIBLE);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (row));
  return LS_PERSON_RESPONSIBLE (row);
}

static GtkWidget *
handover_button (LsPersonResponsible *row)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (row), LS_TYPE_PERSON_RESPONSIBLE, "handover_button"));
}

static GtkWidget *
reads_button (LsPersonResponsible *row)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (row), LS_TYPE_PERSON_RESPONSIBLE, "reads_button"));
}

/* As a click does (activating a realized button clicks only after a pause). */
static void
click_hand_over (GtkWindow *handover)
{
  g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (handover), LS_TYPE_HANDOVER_WINDOW,
                                                        "handover_button"), "clicked");
}

/* Chooses @team and @login once the window has read the teams (on a
 * worker); FALSE when they are not offered. */
static gboolean
choose_when_read (GtkWindow  *handover,
                  const char *team,
                  const char *login)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (gtk_drop_down_get_model (GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (handover),
                                                                                LS_TYPE_HANDOVER_WINDOW,
                                                                                "team_dropdown"))) == NULL
         && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  return ls_handover_window_choose (LS_HANDOVER_WINDOW (handover), team, login);
}

/* Lets the main loop run until the row says @text (the handover and the
 * reading again run on workers). */
static void
wait_for_text (LsPersonResponsible *row,
               const char          *text)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_strcmp0 (ls_person_responsible_get_text (row), text) != 0 && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_cmpstr (ls_person_responsible_get_text (row), ==, text);
}

static void
test_shows_responsible (Fixture *f, gconstpointer data)
{
  GtkWindow *window;
  LsPersonResponsible *row = open_page (f, f->person_id, &window);

  g_assert_cmpstr (ls_person_responsible_get_text (row), ==, "Responsible: Anna Alm · Team Nord");
  gtk_window_destroy (window);

  row = open_page (f, f->unassigned_id, &window);
  g_assert_cmpstr (ls_person_responsible_get_text (row), ==, "No responsible caseworker · Team 1");
  gtk_window_destroy (window);
}

static void
test_lead_hands_over (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsTeamMember) after = NULL;
  GtkWindow *window, *handover;
  LsPersonResponsible *row = open_page (f, f->person_id, &window);
  GtkWidget *button = handover_button (row);
  guint on_main_thread;

  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (button)), ==, GTK_ACCESSIBLE_ROLE_BUTTON);
  g_assert_true (gtk_widget_get_focusable (button));

  ls_store_forbid_thread (g_thread_self ());
  handover = ls_person_responsible_hand_over (row);
  g_assert_nonnull (handover);
  g_assert_true (gtk_window_get_modal (handover));
  g_assert_true (gtk_window_get_transient_for (handover) == window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (handover));
  g_assert_true (choose_when_read (handover, "Team Sør", "bo"));
  g_assert_false (ls_handover_window_choose (LS_HANDOVER_WINDOW (handover), "Team Sør", "anna"));
  g_assert_true (ls_handover_window_choose (LS_HANDOVER_WINDOW (handover), "Team Sør", "bo"));
  g_object_ref (handover);
  click_hand_over (handover);
  wait_for_text (row, "Responsible: Bo Berg · Team Sør");
  /* the teams read, the handover saved and the row read again, all on
   * workers (before: on the main thread) */
  on_main_thread = ls_store_get_forbidden_count ();
  ls_store_forbid_thread (NULL);
  g_test_message ("handing over: %u statements on the main thread", on_main_thread);
  g_assert_cmpuint (on_main_thread, ==, 0);
  /* recorded, and the window closed */
  after = ls_store_get_person_responsible (f->store, f->person_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after->team, ==, "Team Sør");
  g_assert_cmpstr (after->login, ==, "bo");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (handover)));
  g_object_unref (handover);
  g_assert_cmpstr (ls_person_responsible_get_text (row), ==, "Responsible: Bo Berg · Team Sør");
  gtk_window_destroy (window);
}

/* Handing over to no caseworker leaves the person in the team. */
static void
test_hand_over_to_team (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsTeamMember) after = NULL;
  GtkWindow *window, *handover;
  LsPersonResponsible *row = open_page (f, f->person_id, &window);

  handover = ls_person_responsible_hand_over (row);
  g_assert_true (choose_when_read (handover, "Team Sør", NULL));
  click_hand_over (handover);
  wait_for_text (row, "No responsible caseworker · Team Sør");
  after = ls_store_get_person_responsible (f->store, f->person_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after->team, ==, "Team Sør");
  g_assert_null (after->login);
  g_assert_cmpstr (ls_person_responsible_get_text (row), ==, "No responsible caseworker · Team Sør");
  gtk_window_destroy (window);
}

/* Someone else hands the person over while the window is open: the
 * handover is refused, the window says why in its error line and stays
 * open, and the other handover stands (issue 15). */
static void
test_hand_over_conflict (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsTeamMember) after = NULL;
  g_autoptr(LsStore) other = NULL;
  GtkWindow *window, *handover;
  GtkLabel *error_label;
  LsPersonResponsible *row = open_page (f, f->person_id, &window);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  handover = ls_person_responsible_hand_over (row);
  g_assert_true (choose_when_read (handover, "Team Sør", "bo"));
  other = ls_store_open (ls_store_get_path (f->store), LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (ls_store_move_person (other, f->person_id, NULL, "Team Nord", NULL, &error));
  g_assert_no_error (error);
  error_label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (handover), LS_TYPE_HANDOVER_WINDOW,
                                                          "error_label"));
  g_object_ref (handover);
  click_hand_over (handover);
  while ((ls_handover_window_is_busy (LS_HANDOVER_WINDOW (handover))
          || !gtk_widget_get_visible (GTK_WIDGET (error_label)))
         && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_test_message ("%s", gtk_label_get_text (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "in the meantime"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (handover)));
  after = ls_store_get_person_responsible (f->store, f->person_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after->team, ==, "Team Nord");
  g_assert_null (after->login);

  /* The window read where the person is now: clicked again, knowingly,
   * the handover goes through from there (before: refused every time,
   * until the window was opened again). */
  while (ls_handover_window_is_busy (LS_HANDOVER_WINDOW (handover)) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "from where they are now"));
  g_assert_true (choose_when_read (handover, "Team Sør", "bo"));
  click_hand_over (handover);
  while (gtk_widget_get_visible (GTK_WIDGET (handover)) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (handover)));
  g_clear_pointer (&after, ls_team_member_free);
  after = ls_store_get_person_responsible (f->store, f->person_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after->team, ==, "Team Sør");
  g_assert_cmpstr (after->login, ==, "bo");
  gtk_window_destroy (handover);
  g_object_unref (handover);
  gtk_window_destroy (window);
}

static void
test_caseworker_cannot_hand_over (Fixture *f, gconstpointer data)
{
  GtkWindow *window;
  LsPersonResponsible *row = open_page (f, f->person_id, &window);

  g_assert_cmpstr (ls_person_responsible_get_text (row), ==, "Responsible: Anna Alm · Team Nord");
  g_assert_false (gtk_widget_get_visible (handover_button (row)));
  g_assert_null (ls_person_responsible_hand_over (row));
  g_assert_false (gtk_widget_get_visible (reads_button (row)));
  g_assert_null (ls_person_responsible_show_reads (row));
  gtk_window_destroy (window);
}

/* A lead hands over only their own team's persons, as the server allows:
 * no button for a person of another team, nor for one in the default team. */
static void
test_lead_of_other_team (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  LsPersonResponsible *row;

  g_assert_true (ls_store_move_person (f->store, f->person_id, NULL, "Team Sør", "bo", &error));
  g_assert_no_error (error);
  row = open_page (f, f->person_id, &window);
  g_assert_cmpstr (ls_person_responsible_get_text (row), ==, "Responsible: Bo Berg · Team Sør");
  g_assert_false (gtk_widget_get_visible (handover_button (row)));
  g_assert_null (ls_person_responsible_hand_over (row));
  gtk_window_destroy (window);

  row = open_page (f, f->unassigned_id, &window);
  g_assert_false (gtk_widget_get_visible (handover_button (row)));
  g_assert_null (ls_person_responsible_hand_over (row));
  gtk_window_destroy (window);
}

static gboolean
has_label (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0
      && gtk_widget_get_mapped (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

/* The first row of the first list under @widget. */
static GtkWidget *
first_list_row (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX_ROW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = first_list_row (child);

      if (row != NULL)
        return row;
    }
  return NULL;
}

/* The lead sees who opened the person's data: the page's own opening,
 * by name and login; the list is audited, and read on a worker: no
 * statement on the main thread (before: the window read it there). */
static void
test_lead_sees_reads (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *who = g_strdup_printf ("Kari Leder (%s)", g_get_user_name ());
  GtkWindow *window, *reads;
  LsPersonResponsible *row = open_page (f, f->person_id, &window);
  guint before = ls_store_count_audit (f->store, f->person_id, LS_AUDIT_READ, &error);

  guint on_main_thread;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_assert_true (gtk_widget_get_mapped (reads_button (row)));
  ls_store_forbid_thread (g_thread_self ());
  reads = ls_person_responsible_show_reads (row);
  g_assert_nonnull (reads);
  g_assert_true (gtk_window_get_modal (reads));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (reads));
  /* the page's opening of the person (its other reads are of nothing yet) */
  while (ls_person_reads_window_get_n_reads (LS_PERSON_READS_WINDOW (reads)) == 0
         && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  on_main_thread = ls_store_get_forbidden_count ();
  ls_store_forbid_thread (NULL);
  g_test_message ("the list of who opened the data: %u statements on the main thread", on_main_thread);
  g_assert_cmpuint (on_main_thread, ==, 0);
  g_assert_cmpuint (ls_person_reads_window_get_n_reads (LS_PERSON_READS_WINDOW (reads)), >=, 1);
  g_assert_true (has_label (GTK_WIDGET (reads), who));
  g_assert_cmpuint (ls_store_count_audit (f->store, f->person_id, LS_AUDIT_READ, &error), ==, before + 1);
  /* A row the keyboard reaches shows that it is there. */
  ls_test_assert_focus_shown (first_list_row (GTK_WIDGET (reads)));
  gtk_window_destroy (reads);
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);

  g_test_add ("/ui/person-responsible/shows-responsible", Fixture, "lead",
              fixture_set_up, test_shows_responsible, fixture_tear_down);
  g_test_add ("/ui/person-responsible/lead-hands-over", Fixture, "lead",
              fixture_set_up, test_lead_hands_over, fixture_tear_down);
  g_test_add ("/ui/person-responsible/hand-over-to-team", Fixture, "lead",
              fixture_set_up, test_hand_over_to_team, fixture_tear_down);
  g_test_add ("/ui/person-responsible/hand-over-conflict", Fixture, "lead",
              fixture_set_up, test_hand_over_conflict, fixture_tear_down);
  g_test_add ("/ui/person-responsible/lead-of-other-team", Fixture, "lead",
              fixture_set_up, test_lead_of_other_team, fixture_tear_down);
  g_test_add ("/ui/person-responsible/lead-sees-reads", Fixture, "lead",
              fixture_set_up, test_lead_sees_reads, fixture_tear_down);
  g_test_add ("/ui/person-responsible/caseworker-cannot-hand-over", Fixture, "caseworker",
              fixture_set_up, test_caseworker_cannot_hand_over, fixture_tear_down);
  return g_test_run ();
}
