/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Min uke (issue 16): the week widget shows the person's bookings in plain
 * words, books a time step by step (service, day, time, confirm) and
 * cancels one through its own buttons, shows the store's sentence when the
 * store refuses, and fits a window 360 px wide. */
#include <locale.h>
#include <string.h>

#include "ls-provider-week.h"
#include "ls-store-bookings.h"
#include "ls-test-bookings.h"
#include "ls-test-display.h"
#include "ls-test-labels.h"
#include "ls-test-util.h"
#include "ls-week-view.h"
#include "ls-week-words.h"

#define NARROW 360

typedef struct
{
  char      *dir;
  char      *location;
  LsStore   *store;
  GDateTime *now;
  gint64     person_id;
  gint64     decision_id;
  gint64     measure_id;
  GtkWidget *window;
  GtkWidget *week;
} Fixture;

static void
settle (GtkWidget *window)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 10;

  gtk_test_widget_wait_for_draw (window);
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* As settle (), and what the view asked the store for (the week, a
 * step's free times, a change) has come back and is shown: that is done
 * on a worker thread, and a slow disk or server must not make these
 * tests look at what was shown before. */
static void
settle_week (GtkWidget *window,
             GtkWidget *week)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (ls_week_view_is_busy (LS_WEEK_VIEW (week)) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_false (ls_week_view_is_busy (LS_WEEK_VIEW (week)));
  settle (window);
}

static void
wait_for_reading (LsProviderWeek *week)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (ls_provider_week_is_reading (week) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (ls_provider_week_is_reading (week));
}

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsBooking) booking = NULL;
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GDate day;

  f->dir = ls_test_mkdtemp ();
  f->location = ls_test_store_location (f->dir, "t.db");
  f->store = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->now = ls_test_booking_now ();
  ls_test_open_provider (f->store, 1);
  f->person_id = ls_test_granted_person (f->store, 2, &f->decision_id, &f->measure_id);
  booking = ls_test_booking (f->measure_id, "2027-01-12T10:00", 60, NULL);
  g_assert_true (ls_store_add_booking (f->store, f->decision_id, booking, f->now, &error));
  g_assert_no_error (error);

  f->window = adw_window_new ();
  f->week = ls_week_view_new ();
  /* As in the person's own view (a caseworker's words: /ui/week-view/words-for-whom). */
  ls_week_view_set_changed_by (LS_WEEK_VIEW (f->week), LS_BOOKING_BY_PERSON);
  ls_week_view_set_now (LS_WEEK_VIEW (f->week), f->now);
  ls_week_view_set_person (LS_WEEK_VIEW (f->week), f->store, f->person_id);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 12, 1, 2027);
  ls_week_view_set_week (LS_WEEK_VIEW (f->week), &day);
  gtk_widget_set_margin_start (f->week, 12);
  gtk_widget_set_margin_end (f->week, 12);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), f->week);
  adw_window_set_content (ADW_WINDOW (f->window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (f->window), NARROW, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  settle_week (f->window, f->week);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->store);
  ls_test_drop_store (f->location);
  g_free (f->location);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
  g_date_time_unref (f->now);
}

static char *
shown_text (Fixture *f)
{
  GString *out = g_string_new (NULL);

  ls_test_collect_text (f->week, out);
  return g_string_free (out, FALSE);
}

static void
click (Fixture *f, const char *text)
{
  GtkWidget *button = ls_test_find_button (f->week, text);

  if (button == NULL)
    {
      g_autofree char *shown = shown_text (f);

      g_test_message ("shown:\n%s", shown);
      g_error ("no button \"%s\"", text);
    }
  g_signal_emit_by_name (button, "clicked");
  settle_week (f->window, f->week);
}

static void
assert_shows (Fixture *f, const char *text)
{
  g_autofree char *shown = shown_text (f);

  if (strstr (shown, text) == NULL)
    g_error ("\"%s\" is not shown; shown:\n%s", text, shown);
}

/* Read through a connection of its own: what the widget saved is
 * committed, not left in a transaction. */
static guint
n_booked (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) other = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GPtrArray) bookings = NULL;
  guint n = 0;

  g_assert_no_error (error);
  bookings = ls_store_list_bookings (other, f->person_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < bookings->len; i++)
    n += ((LsBooking *) g_ptr_array_index (bookings, i))->status == LS_BOOKING_BOOKED;
  return n;
}

/* The window is no wider than 360 px on the page it shows now. */
static void
assert_fits (Fixture *f, const char *page)
{
  settle_week (f->window, f->week);
  if (gtk_widget_get_width (f->window) > NARROW)
    g_test_fail_printf ("%s: the window is %d px wide, not %d", page, gtk_widget_get_width (f->window), NARROW);
}

static void
test_shows_week (Fixture *f, gconstpointer data)
{
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (f->week, LS_TYPE_WEEK_VIEW, "bookings_list"));
  GtkWidget *row = gtk_widget_get_first_child (list);
  g_autofree char *whole = NULL;

  assert_shows (f, "Week 2: Monday 11 January to Sunday 17 January");
  assert_shows (f, "Tuesday 10:00 to 11:00");
  assert_shows (f, "help with everyday tasks, with " LS_TEST_PROVIDER);
  assert_shows (f, "You have 1 hour left this week.");
  /* The row reads whole to a screen reader. */
  g_assert_true (GTK_IS_LIST_BOX_ROW (row));
  g_assert_true (gtk_widget_get_focusable (row));
  whole = gtk_widget_get_tooltip_text (row) ? g_strdup (gtk_widget_get_tooltip_text (row)) : NULL;
  g_assert_cmpstr (whole, ==, "Tuesday 10:00 to 11:00, help with everyday tasks, with " LS_TEST_PROVIDER);
  assert_fits (f, "week");

  /* The next week has its own budget and nothing booked. */
  g_signal_emit_by_name (gtk_widget_get_template_child (f->week, LS_TYPE_WEEK_VIEW, "previous_button"), "clicked");
  settle_week (f->window, f->week);
  assert_shows (f, "Week 1:");
  g_signal_emit_by_name (gtk_widget_get_template_child (f->week, LS_TYPE_WEEK_VIEW, "next_button"), "clicked");
  g_signal_emit_by_name (gtk_widget_get_template_child (f->week, LS_TYPE_WEEK_VIEW, "next_button"), "clicked");
  settle_week (f->window, f->week);
  assert_shows (f, "Week 3:");
  assert_shows (f, "Nothing is booked this week.");
  assert_shows (f, "You have 2 hours left this week.");
}

/* The person is spoken to ("You have …"); on the caseworker's person page
 * the same week tells about them (before, it said "You have" to the
 * caseworker too). */
static void
test_words_for_whom (Fixture *f, gconstpointer data)
{
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (f->week, LS_TYPE_WEEK_VIEW, "bookings_list"));
  g_autofree char *shown = NULL;

  assert_shows (f, "You have 1 hour left this week.");
  gtk_test_accessible_assert_property (list, GTK_ACCESSIBLE_PROPERTY_LABEL, "Your Booked Times");
  ls_week_view_set_changed_by (LS_WEEK_VIEW (f->week), LS_BOOKING_BY_CASEWORKER);
  assert_shows (f, "1 hour left to book this week.");
  gtk_test_accessible_assert_property (list, GTK_ACCESSIBLE_PROPERTY_LABEL, "Booked Times");
  click (f, "Book a Time");
  click (f, "help with everyday tasks, with " LS_TEST_PROVIDER ": 1 hour left");
  click (f, "Wednesday 13 January");
  click (f, "09:00 to 10:00");
  click (f, "Book This Time");
  assert_shows (f, "No time left to book this week.");
  shown = shown_text (f);
  g_assert_null (strstr (shown, "You have"));
}

/* On the caseworker's person page (no heading of its own) the week's name
 * is a section heading; in the person's own view, a large title. */
static void
test_heading_sizes (Fixture *f, gconstpointer data)
{
  GtkWidget *week = GTK_WIDGET (gtk_widget_get_template_child (f->week, LS_TYPE_WEEK_VIEW, "week_label"));

  ls_week_view_set_heading (LS_WEEK_VIEW (f->week), NULL);
  g_assert_true (gtk_widget_has_css_class (week, "heading"));
  g_assert_false (gtk_widget_has_css_class (week, "title-3"));
  ls_week_view_set_heading (LS_WEEK_VIEW (f->week), "Your week");
  g_assert_true (gtk_widget_has_css_class (week, "title-3"));
  g_assert_false (gtk_widget_has_css_class (week, "heading"));
}

static void
test_book_and_cancel (Fixture *f, gconstpointer data)
{
  click (f, "Book a Time");
  assert_shows (f, "What do you want help with?");
  assert_fits (f, "service");
  click (f, "help with everyday tasks, with " LS_TEST_PROVIDER ": 1 hour left");
  assert_shows (f, "Which day?");
  click (f, "Wednesday 13 January");
  assert_shows (f, "Which time on Wednesday 13 January?");
  assert_fits (f, "time");
  click (f, "09:00 to 10:00");
  assert_shows (f, "Wednesday 13 January, 09:00 to 10:00, help with everyday tasks, with " LS_TEST_PROVIDER ".");
  click (f, "Book This Time");
  g_assert_cmpuint (n_booked (f), ==, 2);
  assert_shows (f, "Booked: Wednesday 13 January, 09:00 to 10:00.");
  assert_shows (f, "Wednesday 09:00 to 10:00");
  assert_shows (f, "You have no time left to book this week.");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (gtk_widget_get_template_child (f->week, LS_TYPE_WEEK_VIEW,
                                                                                        "book_button"))));

  /* Cancel the Tuesday through its row's own button. */
  click (f, "Cancel");
  assert_shows (f, "Do you want to cancel this time?");
  assert_shows (f, "Tuesday 12 January, 10:00 to 11:00");
  click (f, "Cancel This Time");
  g_assert_cmpuint (n_booked (f), ==, 1);
  assert_shows (f, "The time is cancelled.");
  assert_shows (f, "You have 1 hour left this week.");
}

/* What the store refuses is shown as the store's own sentence. */
static void
test_refusal (Fixture *f, gconstpointer data)
{
  g_autoptr(LsBooking) other = ls_test_booking (f->measure_id, "2027-01-15T10:00", 60, NULL);
  g_autoptr(GError) error = NULL;

  click (f, "Book a Time");
  click (f, "help with everyday tasks");
  click (f, "Wednesday 13 January");
  click (f, "08:00 to 09:00");
  /* Meanwhile the last hour is booked elsewhere (the caseworker, say). */
  g_assert_true (ls_store_add_booking (f->store, f->decision_id, other, f->now, &error));
  g_assert_no_error (error);
  click (f, "Book This Time");
  assert_shows (f, "you have no time left in week 2027-W02");
  g_assert_cmpuint (n_booked (f), ==, 2);
}

/* The provider unit's week: every person's booked times, day by day. */
static void
test_provider_week (Fixture *f, gconstpointer data)
{
  g_autoptr(LsBooking) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  GtkWidget *week = ls_provider_week_new (f->store);
  GtkWidget *window = adw_window_new ();
  gint64 other_decision, other_measure;
  GDate day;

  ls_test_granted_person (f->store, 3, &other_decision, &other_measure);
  other = ls_test_booking (other_measure, "2027-01-11T12:00", 90, "2027-02-01");
  g_assert_true (ls_store_add_booking (f->store, other_decision, other, f->now, &error));
  g_assert_no_error (error);
  adw_window_set_content (ADW_WINDOW (window), week);
  /* The units and the week are read on worker threads. */
  wait_for_reading (LS_PROVIDER_WEEK (week));
  g_assert_true (ls_provider_week_set_provider (LS_PROVIDER_WEEK (week), LS_TEST_PROVIDER));
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 14, 1, 2027);
  ls_provider_week_set_week (LS_PROVIDER_WEEK (week), &day);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_reading (LS_PROVIDER_WEEK (week));
  settle (window);
  {
    GString *out = g_string_new (NULL);

    ls_test_collect_text (week, out);
    shown = g_string_free (out, FALSE);
  }
  g_test_message ("%s", shown);
  g_assert_nonnull (strstr (shown, "Week 2: Monday 11 January to Sunday 17 January"));
  /* Monday's weekly time first, then Tuesday's; each with its person. */
  g_assert_nonnull (strstr (shown, "Monday 11 January, 12:00 to 13:30\nOla Testesen\nEvery week"));
  g_assert_nonnull (strstr (shown, "Tuesday 12 January, 10:00 to 11:00\nOla Testesen"));
  g_assert_true (strstr (shown, "Monday 11 January") < strstr (shown, "Tuesday 12 January"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The row the keyboard is on after booking shows it (a focus ring), as
 * every button does. */
static void
test_focused_row_shown (Fixture *f, gconstpointer data)
{
  GtkWidget *row;

  click (f, "Book a Time");
  click (f, "help with everyday tasks, with " LS_TEST_PROVIDER ": 1 hour left");
  click (f, "Wednesday 13 January");
  click (f, "09:00 to 10:00");
  click (f, "Book This Time");
  ls_test_settle_scroll (f->week);
  row = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (GTK_IS_LIST_BOX_ROW (row));
  settle_week (f->window, f->week);
  /* Adwaita's half-transparent ring changes 984 pixels of the row's
   * 47 012, the week's own full-accent ring 2 701. */
  ls_test_assert_focus_shown (row);
}

/* Each step's keyboard focus is where it can be seen, in a window too low
 * for the whole week (the week was scrolled to its end first). */
static void
assert_focus_shown (Fixture *f, const char *step)
{
  GtkWidget *focus;

  ls_test_settle_scroll (f->week);
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  if (!ls_test_shown_in_scroller (focus))
    g_test_fail_printf ("%s: the focus (%s) is out of sight", step, G_OBJECT_TYPE_NAME (focus));
}

static void
test_focus_in_view (Fixture *f, gconstpointer data)
{
  GtkAdjustment *adjustment;

  gtk_window_set_default_size (GTK_WINDOW (f->window), NARROW, 400);
  settle_week (f->window, f->week);
  adjustment = gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (f->week, GTK_TYPE_SCROLLED_WINDOW)));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  click (f, "Book a Time");
  assert_focus_shown (f, "service");
  click (f, "help with everyday tasks, with " LS_TEST_PROVIDER ": 1 hour left");
  assert_focus_shown (f, "day");
  click (f, "Wednesday 13 January");
  assert_focus_shown (f, "time");
  click (f, "09:00 to 10:00");
  assert_focus_shown (f, "confirm");
  click (f, "Book This Time");
  assert_focus_shown (f, "booked");
  click (f, "Cancel");
  assert_focus_shown (f, "cancel");
  click (f, "Cancel This Time");
  assert_focus_shown (f, "cancelled");
}

static GtkWidget *
first_provider_week (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit = LS_IS_PROVIDER_WEEK (child) ? child : first_provider_week (child);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

/* The provider's week opens in a window of its own that Escape closes,
 * as every other window does (it had no way to close from the keyboard). */
static void
test_provider_week_escape (Fixture *f, gconstpointer data)
{
  GtkWindow *window = ls_provider_week_present (NULL, f->store);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkShortcut *escape = NULL;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  for (guint i = 0; escape == NULL && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; escape == NULL && j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_Escape
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            escape = g_object_ref (shortcut);
        }
    }
  g_clear_object (&controllers);
  g_assert_nonnull (escape);
  wait_for_reading (LS_PROVIDER_WEEK (first_provider_week (GTK_WIDGET (window))));
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (escape), 0, GTK_WIDGET (window), NULL));
  g_object_unref (escape);
  while (window != NULL)
    g_main_context_iteration (NULL, TRUE);
}

/* The days are written with single spaces in every locale: glibc's
 * nynorsk pads its weekday names ("måndag "), which showed as "måndag  7.
 * desember" in the week's heading. */
static void
test_day_words_spaced (void)
{
  const char *locales[] = { "nn_NO.UTF-8", "nb_NO.UTF-8", "C.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_TIME, NULL));
  guint tried = 0;

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      if (setlocale (LC_TIME, locales[i]) == NULL)
        continue;
      tried++;
      for (guint d = 0; d < 7; d++)
        {
          g_autoptr(GDate) day = g_date_new_dmy (7 + d, 12, 2026);
          g_autofree char *weekday = ls_week_words_weekday (day);
          g_autofree char *words = ls_week_words_day (day);

          g_test_message ("%s: “%s”, “%s”", locales[i], weekday, words);
          g_assert_null (strstr (words, "  "));
          g_assert_false (g_ascii_isspace (words[0]) || g_ascii_isspace (words[strlen (words) - 1]));
          g_assert_false (g_ascii_isspace (weekday[strlen (weekday) - 1]));
        }
    }
  setlocale (LC_TIME, saved);
  if (tried < G_N_ELEMENTS (locales))
    g_test_incomplete ("the nb_NO and nn_NO locales are not generated (build-aux/deps makes them)");
}

int
main (int argc, char **argv)
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);
  ls_test_init_engine ();
  g_test_add ("/ui/week-view/shows-week", Fixture, NULL, fixture_setup, test_shows_week, fixture_teardown);
  g_test_add ("/ui/week-view/words-for-whom", Fixture, NULL, fixture_setup, test_words_for_whom, fixture_teardown);
  g_test_add ("/ui/week-view/heading-sizes", Fixture, NULL, fixture_setup, test_heading_sizes, fixture_teardown);
  g_test_add ("/ui/week-view/book-and-cancel", Fixture, NULL, fixture_setup, test_book_and_cancel, fixture_teardown);
  g_test_add ("/ui/week-view/focused-row-shown", Fixture, NULL, fixture_setup, test_focused_row_shown,
              fixture_teardown);
  g_test_add ("/ui/week-view/focus-in-view", Fixture, NULL, fixture_setup, test_focus_in_view, fixture_teardown);
  g_test_add ("/ui/week-view/refusal", Fixture, NULL, fixture_setup, test_refusal, fixture_teardown);
  g_test_add ("/ui/week-view/provider-week", Fixture, NULL, fixture_setup, test_provider_week, fixture_teardown);
  g_test_add ("/ui/week-view/provider-week-escape", Fixture, NULL, fixture_setup, test_provider_week_escape,
              fixture_teardown);
  g_test_add_func ("/ui/week-view/day-words-spaced", test_day_words_spaced);
  return g_test_run ();
}
