/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Min uke": a person's booked week, and the booking steps
 * (ls-booking-steps.h) in its place while a time is booked or cancelled.
 * Every rule is the store's; this widget shows the week as the store
 * reads it. */
#define G_LOG_DOMAIN "ls-week-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-booking-steps.h"
#include "ls-catalog.h"
#include "ls-store-bookings.h"
#include "ls-ui-load.h"
#include "ls-ui-util.h"
#include "ls-value.h"
#include "ls-week-view.h"
#include "ls-week-words.h"

struct _LsWeekView
{
  GtkWidget   parent_instance;

  LsStore    *store;
  gint64      person_id;
  GDateTime  *now;
  GDate       monday;
  GKeyFile   *services;
  LsBookedWeek *week;        /* the shown week: its budgets, bookings and times */
  GCancellable *reading;     /* the week being read on a worker thread */
  gint64      focus_booking; /* once the week is read: the row to focus, 0 the Book button, -1 none */
  LsBookingActor actor;      /* who looks: the person is spoken to, a caseworker is told about them */

  GtkWidget  *title_label;
  GtkWidget  *previous_button;
  GtkWidget  *week_label;
  GtkWidget  *next_button;
  GtkWidget  *left_label;
  GtkWidget  *message_label;
  GtkWidget  *stack;
  GtkWidget  *empty_label;
  GtkWidget  *bookings_list;
  GtkWidget  *book_button;
  GtkWidget  *steps;
};

G_DEFINE_FINAL_TYPE (LsWeekView, ls_week_view, GTK_TYPE_WIDGET)

static const char week_css[] =
  ".week-left { font-size: 1.2em; font-weight: bold; }"
  ".week-message { font-size: 1.1em; padding: 12px; border-radius: 12px;"
  "  background: alpha(@warning_color, 0.15); }"
  ".week-time { font-size: 1.25em; font-weight: bold; }"
  ".week-service { font-size: 1.1em; }"
  /* The pictograms are drawn in one colour for paper: on a light tile
   * they read the same in a dark style. */
  ".week-pictogram { background: #ffffff; border-radius: 12px; padding: 6px; }"
  /* The row the keyboard is on (a new time's, read whole) shows it
   * plainly: the accent colour itself, not Adwaita's half-transparent ring. */
  ".week-bookings > row:focus-visible { outline: 2px solid @accent_color; outline-offset: -4px;"
  "  border-radius: 12px; }";

static void
show_message (LsWeekView *self,
              const char *text)
{
  gtk_label_set_text (GTK_LABEL (self->message_label), text ? text : "");
  gtk_widget_set_visible (self->message_label, text != NULL);
}

/* ---------- the week ---------- */

static GDate
week_sunday (LsWeekView *self)
{
  GDate sunday = self->monday;

  g_date_add_days (&sunday, 6);
  return sunday;
}

static void
cancel_clicked_cb (GtkButton  *button,
                   LsWeekView *self)
{
  gtk_stack_set_visible_child (GTK_STACK (self->stack), self->steps);
  ls_booking_steps_cancel (LS_BOOKING_STEPS (self->steps), g_object_get_data (G_OBJECT (button), "booking"),
                           g_object_get_data (G_OBJECT (button), "day"));
}

static GtkWidget *
booking_row (LsWeekView  *self,
             LsBooking   *booking,
             const GDate *day)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *words = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  /* Translators: the button that cancels a booked time ("Avbestill"),
   * not a dialog's Cancel; its screen-reader name is "Cancel %s". */
  GtkWidget *cancel = gtk_button_new_with_label (C_("booking", "Cancel"));
  g_autofree char *weekday = ls_week_words_weekday (day);
  g_autofree char *span = ls_week_words_span (booking->start_minute, booking->minutes);
  g_autofree char *service = ls_week_words_service_with_provider (self->services, booking->service_key, booking->provider);
  /* Translators: a booked time: "Tuesday 10:00 to 12:00" */
  g_autofree char *when = g_strdup_printf (_("%s %s"), weekday, span);
  /* Translators: a booked time read whole by a screen reader:
   * "Tuesday 10:00 to 12:00, help with everyday tasks, with Hjemmetjenesten" */
  g_autofree char *whole = g_strdup_printf (_("%s, %s"), when, service);
  g_autofree char *cancel_name = g_strdup_printf (_("Cancel %s"), when);
  GtkWidget *service_label = ls_ui_text_label_new (service, "week-service");

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), ls_week_words_pictogram_new (booking->service_key));
  gtk_widget_set_hexpand (words, TRUE);
  gtk_box_append (GTK_BOX (words), ls_ui_text_label_new (when, "week-time"));
  gtk_box_append (GTK_BOX (words), service_label);
  if (g_date_valid (&booking->weekly_until))
    gtk_box_append (GTK_BOX (words), ls_ui_text_label_new (_("Every week"), "dim-label"));
  gtk_box_append (GTK_BOX (box), words);
  /* Under the words, not beside them: a narrow window keeps its room for
   * the words. */
  gtk_widget_set_halign (cancel, GTK_ALIGN_START);
  gtk_widget_set_margin_top (cancel, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cancel), GTK_ACCESSIBLE_PROPERTY_LABEL, cancel_name, -1);
  g_object_set_data (G_OBJECT (cancel), "booking", booking);
  g_object_set_data_full (G_OBJECT (cancel), "day", g_memdup2 (day, sizeof *day), g_free);
  g_signal_connect (cancel, "clicked", G_CALLBACK (cancel_clicked_cb), self);
  gtk_box_append (GTK_BOX (words), cancel);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "booking-id", g_memdup2 (&booking->id, sizeof booking->id), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, whole, -1);
  gtk_widget_set_tooltip_text (row, whole);
  return row;
}

static void
fill_week (LsWeekView *self)
{
  GArray *times = self->week->times;
  g_autofree char *first = ls_week_words_day (&self->monday);
  GDate sunday = week_sunday (self);
  g_autofree char *last = ls_week_words_day (&sunday);
  g_autofree char *week = NULL;
  g_autofree char *left_words = NULL;
  guint left = 0;
  GtkWidget *child;

  /* Translators: the week shown: "Week 2: Monday 11 January to Sunday 17 January" */
  week = g_strdup_printf (_("Week %u: %s to %s"), g_date_get_iso8601_week_of_year (&self->monday), first, last);
  gtk_label_set_text (GTK_LABEL (self->week_label), week);

  while ((child = gtk_widget_get_first_child (self->bookings_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->bookings_list), child);
  for (guint i = 0; i < times->len; i++)
    {
      LsBookedTime *time = &g_array_index (times, LsBookedTime, i);

      gtk_list_box_append (GTK_LIST_BOX (self->bookings_list), booking_row (self, time->booking, &time->day));
    }
  gtk_widget_set_visible (self->bookings_list, times->len > 0);
  gtk_widget_set_visible (self->empty_label, times->len == 0);

  left = ls_booked_week_total_left (self->week);
  if (self->week->budgets->len == 0)
    left_words = g_strdup (self->actor == LS_BOOKING_BY_PERSON ? _("You have no help to book this week.")
                                                               : _("No help to book this week."));
  else if (left == 0)
    left_words = g_strdup (self->actor == LS_BOOKING_BY_PERSON ? _("You have no time left to book this week.")
                                                               : _("No time left to book this week."));
  else
    {
      g_autofree char *amount = ls_minutes_phrase (left);

      /* Translators: %s is an amount of time, "1 hour" */
      left_words = self->actor == LS_BOOKING_BY_PERSON ? g_strdup_printf (_("You have %s left this week."), amount)
                   /* Translators: %s is an amount of time, "1 hour"; said to a caseworker */
                   : g_strdup_printf (_("%s left to book this week."), amount);
    }
  gtk_label_set_text (GTK_LABEL (self->left_label), left_words);
  gtk_widget_set_sensitive (self->book_button, left > 0);
}

/* An empty week: nothing granted, nothing booked. */
static LsBookedWeek *
empty_week (const GDate *monday)
{
  return ls_booked_week_new (monday, g_ptr_array_new_with_free_func ((GDestroyNotify) ls_booking_budget_free),
                             g_array_new (FALSE, FALSE, sizeof (gint64)),
                             g_ptr_array_new_with_free_func ((GDestroyNotify) ls_booking_free));
}

/* Shows @week (taken; NULL: an empty one) from now on, and books in it. */
static void
take_week (LsWeekView   *self,
           LsBookedWeek *week)
{
  g_clear_pointer (&self->week, ls_booked_week_free);
  self->week = week != NULL ? week : empty_week (&self->monday);
  ls_booking_steps_set_week (LS_BOOKING_STEPS (self->steps), self->store, self->week, self->services);
}

typedef struct
{
  gint64 person_id;
  GDate  monday;
} WeekQuery;

/* Worker thread (ls-ui-load.h). */
static gpointer
read_week (LsStore  *store,
           gpointer  input,
           GError  **error)
{
  WeekQuery *query = input;

  return ls_store_load_booked_week (store, query->person_id, &query->monday, error);
}

/* The keyboard goes on from the row of booking @id (else the Book
 * button), once the rows just made have their places: the page scrolls
 * to it. */
static void
focus_booking (LsWeekView *self,
               gint64      id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->bookings_list); row; row = gtk_widget_get_next_sibling (row))
    {
      gint64 *row_id = g_object_get_data (G_OBJECT (row), "booking-id");

      if (row_id != NULL && *row_id == id)
        {
          ls_ui_grab_focus_when_placed (row);
          return;
        }
    }
  ls_ui_grab_focus_when_placed (self->book_button);
}

/* Shows @week (taken; NULL: an empty one, with @error's sentence). */
static void
show_week (LsWeekView   *self,
           LsBookedWeek *week,
           const GError *error)
{
  take_week (self, week);
  if (error != NULL)
    show_message (self, error->message);
  fill_week (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "week");
  if (self->focus_booking >= 0)
    focus_booking (self, self->focus_booking);
  self->focus_booking = -1;
}

static void
week_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  LsWeekView *self = LS_WEEK_VIEW (source);
  g_autoptr(GError) error = NULL;
  LsBookedWeek *week = ls_ui_load_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->reading);
  show_week (self, week, error);
}

void
ls_week_view_reload (LsWeekView *self)
{
  WeekQuery *query;

  g_return_if_fail (LS_IS_WEEK_VIEW (self));

  g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  if (self->store == NULL || self->person_id <= 0)
    {
      show_week (self, NULL, NULL);
      return;
    }
  /* Read on a worker thread: the server never holds up the window.
   * Meanwhile the week shown stays (an empty one at first). */
  if (self->week == NULL)
    {
      take_week (self, NULL);
      fill_week (self);
    }
  query = g_new0 (WeekQuery, 1);
  query->person_id = self->person_id;
  query->monday = self->monday;
  self->reading = g_cancellable_new ();
  ls_ui_read_async (self, self->store, read_week, query, g_free, (GDestroyNotify) ls_booked_week_free,
                    self->reading, week_read_cb, NULL);
}

gboolean
ls_week_view_is_busy (LsWeekView *self)
{
  g_return_val_if_fail (LS_IS_WEEK_VIEW (self), FALSE);
  return self->reading != NULL || ls_booking_steps_is_busy (LS_BOOKING_STEPS (self->steps));
}

static void
book_cb (LsWeekView *self)
{
  gtk_stack_set_visible_child (GTK_STACK (self->stack), self->steps);
  ls_booking_steps_book (LS_BOOKING_STEPS (self->steps));
}

/* ---------- what the steps say ---------- */

static void
steps_message_cb (LsWeekView *self,
                  const char *text)
{
  show_message (self, text);
}

static void
steps_back_cb (LsWeekView *self)
{
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "week");
  gtk_widget_grab_focus (self->book_button);
}

/* A time was booked (@booked_id) or cancelled (0): the week is read
 * again. */
static void
steps_done_cb (LsWeekView *self,
               gint64      booked_id,
               const char *done)
{
  /* The keyboard goes on from the new time's row (after a cancelling,
   * the Book button), once the week is read: until then the week shown
   * is the one before, whose Book button may be off. */
  self->focus_booking = booked_id;
  ls_week_view_reload (self);
  show_message (self, done);
}

/* Until a change's answer, the week stays where it is. */
static void
steps_busy_cb (LsWeekView *self)
{
  gboolean busy = ls_booking_steps_is_busy (LS_BOOKING_STEPS (self->steps));

  gtk_widget_set_sensitive (self->previous_button, !busy);
  gtk_widget_set_sensitive (self->next_button, !busy);
}

static void
move_week (LsWeekView *self,
           int         weeks)
{
  GDate day = self->monday;

  if (weeks < 0)
    g_date_subtract_days (&day, 7);
  else
    g_date_add_days (&day, 7);
  show_message (self, NULL);
  ls_week_view_set_week (self, &day);
}

static void
previous_week_cb (LsWeekView *self)
{
  move_week (self, -1);
}

static void
next_week_cb (LsWeekView *self)
{
  move_week (self, 1);
}

/* ---------- the class ---------- */

void
ls_week_view_set_week (LsWeekView  *self,
                       const GDate *day)
{
  g_return_if_fail (LS_IS_WEEK_VIEW (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  ls_iso_week_monday (day, &self->monday);
  ls_week_view_reload (self);
}

void
ls_week_view_set_heading (LsWeekView *self,
                          const char *heading)
{
  g_return_if_fail (LS_IS_WEEK_VIEW (self));

  gtk_label_set_text (GTK_LABEL (self->title_label), heading ? heading : "");
  gtk_widget_set_visible (self->title_label, heading != NULL);
  /* Under a page's own heading (the caseworker's person page) the week is
   * one section among others: its name a heading, not a title that takes
   * three lines of a narrow window. */
  if (heading != NULL)
    {
      gtk_widget_remove_css_class (self->week_label, "heading");
      gtk_widget_add_css_class (self->week_label, "title-3");
    }
  else
    {
      gtk_widget_remove_css_class (self->week_label, "title-3");
      gtk_widget_add_css_class (self->week_label, "heading");
    }
}

void
ls_week_view_set_now (LsWeekView *self,
                      GDateTime  *now)
{
  g_return_if_fail (LS_IS_WEEK_VIEW (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  if (now != NULL)
    self->now = g_date_time_ref (now);
  ls_booking_steps_set_now (LS_BOOKING_STEPS (self->steps), now);
}

void
ls_week_view_set_changed_by (LsWeekView     *self,
                             LsBookingActor  actor)
{
  g_return_if_fail (LS_IS_WEEK_VIEW (self));

  self->actor = actor;
  ls_booking_steps_set_changed_by (LS_BOOKING_STEPS (self->steps), actor);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bookings_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  actor == LS_BOOKING_BY_PERSON ? _("Your Booked Times") : _("Booked Times"), -1);
  if (self->week != NULL)
    fill_week (self);
}

void
ls_week_view_set_person (LsWeekView *self,
                         LsStore    *store,
                         gint64      person_id)
{
  g_autoptr(GDateTime) now = NULL;
  GDate today;
  guint minute;

  g_return_if_fail (LS_IS_WEEK_VIEW (self));
  g_return_if_fail (store == NULL || LS_IS_STORE (store));

  g_set_object (&self->store, store);
  /* Another person: no step goes on, and the steps book in the new store
   * even before the week is read. */
  ls_booking_steps_set_week (LS_BOOKING_STEPS (self->steps), self->store, self->week, self->services);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "week");
  self->person_id = person_id;
  now = self->now ? g_date_time_ref (self->now) : g_date_time_new_now_utc ();
  ls_booking_local_now (now, &today, &minute);
  ls_week_view_set_week (self, &today);
}

static void
ls_week_view_dispose (GObject *object)
{
  LsWeekView *self = LS_WEEK_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), LS_TYPE_WEEK_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  g_clear_object (&self->store);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->services, g_key_file_unref);
  g_clear_pointer (&self->week, ls_booked_week_free);
  G_OBJECT_CLASS (ls_week_view_parent_class)->dispose (object);
}

static void
ls_week_view_class_init (LsWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_week_view_dispose;
  g_type_ensure (LS_TYPE_BOOKING_STEPS);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/livsskisse/Livsskisse/ls-week-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, title_label);
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, previous_button);
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, week_label);
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, next_button);
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, left_label);
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, message_label);
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, stack);
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, empty_label);
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, bookings_list);
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, book_button);
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, steps);
  gtk_widget_class_bind_template_callback (widget_class, previous_week_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_week_cb);
  gtk_widget_class_bind_template_callback (widget_class, book_cb);
  gtk_widget_class_bind_template_callback (widget_class, steps_message_cb);
  gtk_widget_class_bind_template_callback (widget_class, steps_back_cb);
  gtk_widget_class_bind_template_callback (widget_class, steps_done_cb);
  gtk_widget_class_bind_template_callback (widget_class, steps_busy_cb);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ls_week_view_init (LsWeekView *self)
{
  static gboolean css_done;
  GDate today;

  gtk_widget_init_template (GTK_WIDGET (self));
  ls_ui_add_css_once (&css_done, week_css);
  self->focus_booking = -1;
  self->services = ls_catalog_load_key_file ("services.ini", NULL);
  ls_date_set_today (&today);
  ls_iso_week_monday (&today, &self->monday);
  take_week (self, NULL);
  fill_week (self);
}

GtkWidget *
ls_week_view_new (void)
{
  return g_object_new (LS_TYPE_WEEK_VIEW, NULL);
}
