/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Min uke": a person's booked week and booking step by step. Every rule
 * is the store's; this widget only offers what the store says is free and
 * shows the store's sentence when it refuses. */
#define G_LOG_DOMAIN "ls-week-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-catalog.h"
#include "ls-store-bookings.h"
#include "ls-ui-load.h"
#include "ls-ui-util.h"
#include "ls-value.h"
#include "ls-week-view.h"
#include "ls-week-words.h"

typedef enum
{
  STEP_WEEK,     /* no step: the week itself */
  STEP_SERVICE,
  STEP_DAY,
  STEP_TIME,
  STEP_CONFIRM,
  STEP_CANCEL,
} Step;

struct _LsWeekView
{
  GtkWidget   parent_instance;

  LsStore    *store;
  gint64      person_id;
  GDateTime  *now;
  GDate       monday;
  GKeyFile   *services;
  LsBookedWeek *week;        /* the shown week: its budgets, bookings and times */
  GPtrArray  *free;          /* LsFreeTime of the chosen service */

  Step        step;
  guint       chosen;        /* index into budgets */
  GDate       day;
  guint       start_minute;
  guint       length;
  LsBooking  *to_cancel;     /* borrowed from bookings */
  GCancellable *reading;     /* the week being read on a worker thread */
  GCancellable *gone;        /* cancelled when the view is: a change's answer is dropped */
  gboolean      busy;        /* a change or the free times are on their way */
  gint64      focus_booking; /* the row to focus once the week is read, or 0 */
  LsBookingActor changed_by; /* who books and cancels here */
  GDate       cancel_day;

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
  GtkWidget  *step_title;
  GtkWidget  *step_text;
  GtkWidget  *length_box;
  GtkWidget  *length_drop_down;
  GtkWidget  *choices_box;
  GtkWidget  *back_button;
};

G_DEFINE_FINAL_TYPE (LsWeekView, ls_week_view, GTK_TYPE_WIDGET)

static const char week_css[] =
  ".week-left { font-size: 1.2em; font-weight: bold; }"
  ".week-message { font-size: 1.1em; padding: 12px; border-radius: 12px;"
  "  background: alpha(@warning_color, 0.15); }"
  ".week-time { font-size: 1.25em; font-weight: bold; }"
  ".week-service { font-size: 1.1em; }"
  ".week-choice { font-size: 1.15em; padding: 12px 18px; }"
  /* The pictograms are drawn in one colour for paper: on a light tile
   * they read the same in a dark style. */
  ".week-pictogram { background: #ffffff; border-radius: 12px; padding: 6px; }";

static void show_step (LsWeekView *self, Step step);

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

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
  self->to_cancel = g_object_get_data (G_OBJECT (button), "booking");
  self->cancel_day = *(GDate *) g_object_get_data (G_OBJECT (button), "day");
  show_message (self, NULL);
  show_step (self, STEP_CANCEL);
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
  GtkWidget *service_label = label_new (service, "week-service");

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), ls_week_words_pictogram_new (booking->service_key));
  gtk_widget_set_hexpand (words, TRUE);
  gtk_box_append (GTK_BOX (words), label_new (when, "week-time"));
  gtk_box_append (GTK_BOX (words), service_label);
  if (g_date_valid (&booking->weekly_until))
    gtk_box_append (GTK_BOX (words), label_new (_("Every week"), "dim-label"));
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
    left_words = g_strdup (_("You have no help to book this week."));
  else
    {
      g_autofree char *amount = ls_minutes_phrase (left);

      /* Translators: %s is an amount of time, "1 hour" */
      left_words = left > 0 ? g_strdup_printf (_("You have %s left this week."), amount)
                            : g_strdup (_("You have no time left to book this week."));
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
 * button). */
static void
focus_booking (LsWeekView *self,
               gint64      id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->bookings_list); row; row = gtk_widget_get_next_sibling (row))
    {
      gint64 *row_id = g_object_get_data (G_OBJECT (row), "booking-id");

      if (row_id != NULL && *row_id == id)
        {
          gtk_widget_grab_focus (row);
          return;
        }
    }
  gtk_widget_grab_focus (self->book_button);
}

/* Shows @week (taken; NULL: an empty one, with @error's sentence). */
static void
show_week (LsWeekView   *self,
           LsBookedWeek *week,
           const GError *error)
{
  g_clear_pointer (&self->week, ls_booked_week_free);
  self->to_cancel = NULL;
  self->week = week;
  if (error != NULL)
    show_message (self, error->message);
  if (self->week == NULL)
    self->week = empty_week (&self->monday);
  fill_week (self);
  show_step (self, STEP_WEEK);
  if (self->focus_booking != 0)
    focus_booking (self, self->focus_booking);
  self->focus_booking = 0;
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
      self->week = empty_week (&self->monday);
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
  return self->reading != NULL || self->busy;
}

/* ---------- booking step by step ---------- */

static GtkWidget *
choice_button (LsWeekView *self,
               const char *text,
               GCallback   callback,
               guint       value)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = label_new (text, NULL);

  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_add_css_class (button, "week-choice");
  g_object_set_data (G_OBJECT (button), "value", GUINT_TO_POINTER (value));
  g_signal_connect (button, "clicked", callback, self);
  gtk_box_append (GTK_BOX (self->choices_box), button);
  return button;
}

static guint
button_value (GtkButton *button)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "value"));
}

/* A booking, a cancelling or the free times asked for: on a worker thread
 * (ls-ui-load.h), the view insensitive and saying so meanwhile. */
typedef struct
{
  gint64          decision_id;
  gint64          measure_id;   /* free times */
  GDate           monday;
  GDateTime      *now;
  LsBooking      *booking;      /* to add, or */
  gint64          cancel_id;    /* to cancel */
  LsBookingActor  changed_by;
  char           *done;         /* what to say once it is done */
} Change;

static void
change_free (Change *change)
{
  g_clear_pointer (&change->now, g_date_time_unref);
  g_clear_pointer (&change->booking, ls_booking_free);
  g_free (change->done);
  g_free (change);
}

static Change *
change_new (LsWeekView *self)
{
  Change *change = g_new0 (Change, 1);

  if (self->gone == NULL)
    self->gone = g_cancellable_new ();
  change->monday = self->monday;
  change->now = self->now != NULL ? g_date_time_ref (self->now) : NULL;
  change->changed_by = self->changed_by;
  return change;
}

/* Until the answer: nothing else can be chosen. */
static void
set_busy (LsWeekView *self,
          gboolean    busy)
{
  self->busy = busy;
  gtk_widget_set_sensitive (self->stack, !busy);
  gtk_widget_set_sensitive (self->back_button, !busy);
  gtk_widget_set_sensitive (self->previous_button, !busy);
  gtk_widget_set_sensitive (self->next_button, !busy);
  if (busy)
    show_message (self, _("Saving…"));
}

/* Worker thread. */
static gpointer
read_free_times (LsStore  *store,
                 gpointer  input,
                 GError  **error)
{
  Change *change = input;

  return ls_store_free_times (store, change->decision_id, change->measure_id, &change->monday, change->now, error);
}

static void
free_times_read_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  LsWeekView *self = LS_WEEK_VIEW (source);
  g_autoptr(GError) error = NULL;
  GPtrArray *free = ls_ui_load_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (free == NULL)
    {
      show_message (self, error->message);
      return;
    }
  g_clear_pointer (&self->free, g_ptr_array_unref);
  self->free = free;
  show_message (self, NULL);
  show_step (self, STEP_DAY);
}

static void
service_chosen_cb (GtkButton  *button,
                   LsWeekView *self)
{
  LsBookingBudget *item;
  Change *change;

  self->chosen = button_value (button);
  item = g_ptr_array_index (self->week->budgets, self->chosen);
  change = change_new (self);
  change->decision_id = g_array_index (self->week->decisions, gint64, self->chosen);
  change->measure_id = item->measure_id;
  set_busy (self, TRUE);
  show_message (self, NULL);
  ls_ui_read_async (self, self->store, read_free_times, change, (GDestroyNotify) change_free,
                    (GDestroyNotify) g_ptr_array_unref, self->gone, free_times_read_cb, NULL);
}

static void
day_chosen_cb (GtkButton  *button,
               LsWeekView *self)
{
  g_date_clear (&self->day, 1);
  g_date_set_julian (&self->day, button_value (button));
  show_step (self, STEP_TIME);
}

static void
time_chosen_cb (GtkButton  *button,
                LsWeekView *self)
{
  self->start_minute = button_value (button);
  show_step (self, STEP_CONFIRM);
}

/* Worker thread. */
static gboolean
write_change (LsStore  *store,
              gpointer  input,
              GError  **error)
{
  Change *change = input;

  if (change->booking != NULL)
    return ls_store_add_booking (store, change->decision_id, change->booking, change->now, error);
  return ls_store_cancel_booking (store, change->cancel_id, change->changed_by, change->now, error);
}

/* @user_data: the Change, alive until the task ends. */
static void
change_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LsWeekView *self = LS_WEEK_VIEW (source);
  Change *change = user_data;
  g_autoptr(GError) error = NULL;
  gboolean done = ls_ui_write_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (!done)
    {
      /* The store's one sentence: which rule, and what is possible. */
      show_message (self, error->message);
      return;
    }
  /* The keyboard goes on from the new time's row, once it is read. */
  if (change->booking != NULL)
    self->focus_booking = change->booking->id;
  ls_week_view_reload (self);
  show_message (self, change->done);
  if (change->booking == NULL)
    gtk_widget_grab_focus (self->book_button);
}

static void
run_change (LsWeekView *self,
            Change     *change)
{
  set_busy (self, TRUE);
  ls_ui_write_async (self, self->store, write_change, change, (GDestroyNotify) change_free, self->gone,
                     change_done_cb, change);
}

static void
confirm_cb (GtkButton  *button,
            LsWeekView *self)
{
  LsBookingBudget *item = g_ptr_array_index (self->week->budgets, self->chosen);
  Change *change = change_new (self);
  g_autofree char *day = ls_week_words_day (&self->day);
  g_autofree char *span = ls_week_words_span (self->start_minute, self->length);

  change->decision_id = g_array_index (self->week->decisions, gint64, self->chosen);
  change->booking = ls_booking_new ();
  change->booking->measure_id = item->measure_id;
  change->booking->date = self->day;
  change->booking->start_minute = self->start_minute;
  change->booking->minutes = self->length;
  change->booking->changed_by = self->changed_by;
  /* Translators: after booking: "Booked: Tuesday 12 January, 10:00 to 11:00." */
  change->done = g_strdup_printf (_("Booked: %s, %s."), day, span);
  run_change (self, change);
}

static void
cancel_confirmed_cb (GtkButton  *button,
                     LsWeekView *self)
{
  Change *change;

  if (self->to_cancel == NULL)
    return;
  change = change_new (self);
  change->cancel_id = self->to_cancel->id;
  change->done = g_strdup (_("The time is cancelled."));
  run_change (self, change);
}

static void
fill_times (LsWeekView *self)
{
  g_autoptr(GArray) starts = ls_free_times_starts_on (self->free, &self->day, self->length);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->choices_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->choices_box), child);
  for (guint i = 0; i < starts->len; i++)
    {
      guint start = g_array_index (starts, guint, i);
      g_autofree char *span = ls_week_words_span (start, self->length);

      choice_button (self, span, G_CALLBACK (time_chosen_cb), start);
    }
}

static void
length_changed_cb (GtkDropDown *drop_down,
                   GParamSpec  *pspec,
                   LsWeekView  *self)
{
  self->length = (gtk_drop_down_get_selected (drop_down) + 1) * LS_BOOKING_STEP_MINUTES;
  fill_times (self);
}

static void
setup_length (LsWeekView *self)
{
  guint longest = ls_free_times_longest_on (self->free, &self->day);
  guint n = MAX (longest / LS_BOOKING_STEP_MINUTES, 1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lengths = NULL;

  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *phrase = ls_minutes_phrase (i * LS_BOOKING_STEP_MINUTES);

      g_strv_builder_add (builder, phrase);
    }
  lengths = g_strv_builder_end (builder);
  if (self->length_drop_down != NULL)
    gtk_box_remove (GTK_BOX (self->length_box), self->length_drop_down);
  self->length_drop_down = ls_ui_drop_down_new ((const char * const *) lengths);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->length_drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("How long"), -1);
  self->length = MIN (60, n * LS_BOOKING_STEP_MINUTES);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->length_drop_down), self->length / LS_BOOKING_STEP_MINUTES - 1);
  g_signal_connect (self->length_drop_down, "notify::selected", G_CALLBACK (length_changed_cb), self);
  gtk_box_append (GTK_BOX (self->length_box), self->length_drop_down);
}

static void
show_step (LsWeekView *self,
           Step        step)
{
  GtkWidget *child;
  GtkWidget *first = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  while ((child = gtk_widget_get_first_child (self->choices_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->choices_box), child);
  gtk_widget_set_visible (self->length_box, step == STEP_TIME);
  self->step = step;
  if (step == STEP_WEEK)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "week");
      return;
    }
  switch (step)
    {
    case STEP_SERVICE:
      title = g_strdup (_("What do you want help with?"));
      for (guint i = 0; i < self->week->budgets->len; i++)
        {
          LsBookingBudget *item = g_ptr_array_index (self->week->budgets, i);
          g_autofree char *service = ls_week_words_service_with_provider (self->services, item->service_key, item->provider);
          g_autofree char *left = ls_minutes_phrase (ls_booked_week_minutes_left (self->week, i));
          /* Translators: a service to book and the time left: "help with everyday tasks, with Hjemmetjenesten: 1 hour left" */
          g_autofree char *words = g_strdup_printf (_("%s: %s left"), service, left);
          GtkWidget *button = choice_button (self, words, G_CALLBACK (service_chosen_cb), i);
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
          GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

          g_object_ref (label);
          gtk_button_set_child (GTK_BUTTON (button), box);
          gtk_box_append (GTK_BOX (box), ls_week_words_pictogram_new (item->service_key));
          gtk_box_append (GTK_BOX (box), label);
          g_object_unref (label);
          gtk_widget_set_sensitive (button, ls_booked_week_minutes_left (self->week, i) > 0);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, words, -1);
        }
      break;
    case STEP_DAY:
      {
        GDate last;

        title = g_strdup (_("Which day?"));
        g_date_clear (&last, 1);
        for (guint i = 0; i < self->free->len; i++)
          {
            LsFreeTime *time = g_ptr_array_index (self->free, i);
            g_autofree char *day = NULL;

            if (g_date_valid (&last) && g_date_compare (&last, &time->date) == 0)
              continue;
            last = time->date;
            day = ls_week_words_day (&time->date);
            choice_button (self, day, G_CALLBACK (day_chosen_cb), g_date_get_julian (&time->date));
          }
        if (self->free->len == 0)
          text = g_strdup (_("There is no free time this week. Go back and try another week."));
      }
      break;
    case STEP_TIME:
      {
        g_autofree char *day = ls_week_words_day (&self->day);

        /* Translators: %s is a day, "Tuesday 12 January" */
        title = g_strdup_printf (_("Which time on %s?"), day);
        setup_length (self);
        fill_times (self);
      }
      break;
    case STEP_CONFIRM:
      {
        LsBookingBudget *item = g_ptr_array_index (self->week->budgets, self->chosen);
        g_autofree char *day = ls_week_words_day (&self->day);
        g_autofree char *span = ls_week_words_span (self->start_minute, self->length);
        g_autofree char *service = ls_week_words_service_with_provider (self->services, item->service_key, item->provider);

        title = g_strdup (_("Is this right?"));
        /* Translators: the time to book: "Tuesday 12 January, 10:00 to 11:00, help with everyday tasks, with Hjemmetjenesten." */
        text = g_strdup_printf (_("%s, %s, %s."), day, span, service);
        gtk_widget_add_css_class (choice_button (self, _("Book This Time"), G_CALLBACK (confirm_cb), 0),
                                  "suggested-action");
      }
      break;
    case STEP_CANCEL:
      {
        g_autofree char *day = ls_week_words_day (&self->cancel_day);
        g_autofree char *span = ls_week_words_span (self->to_cancel->start_minute, self->to_cancel->minutes);
        g_autofree char *service = ls_week_words_service_with_provider (self->services, self->to_cancel->service_key,
                                                          self->to_cancel->provider);

        title = g_strdup (_("Do you want to cancel this time?"));
        text = g_date_valid (&self->to_cancel->weekly_until)
               /* Translators: a weekly time to cancel: "Tuesday 12 January, 10:00 to 11:00, help …" */
               ? g_strdup_printf (_("%s, %s, %s. This time is every week: every time that can still be changed is cancelled."),
                                  day, span, service)
               : g_strdup_printf (_("%s, %s, %s."), day, span, service);
        gtk_widget_add_css_class (choice_button (self, _("Cancel This Time"), G_CALLBACK (cancel_confirmed_cb), 0),
                                  "destructive-action");
      }
      break;
    case STEP_WEEK:
    default:
      g_assert_not_reached ();
    }
  gtk_label_set_text (GTK_LABEL (self->step_title), title);
  gtk_label_set_text (GTK_LABEL (self->step_text), text ? text : "");
  gtk_widget_set_visible (self->step_text, text != NULL);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "step");
  /* The keyboard goes on with the first choice (or the way back). */
  for (child = gtk_widget_get_first_child (self->choices_box); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_sensitive (child))
      {
        first = child;
        break;
      }
  gtk_widget_grab_focus (step == STEP_TIME && first == NULL ? self->length_drop_down
                         : first != NULL ? first : self->back_button);
}

static void
book_cb (LsWeekView *self)
{
  show_message (self, NULL);
  show_step (self, STEP_SERVICE);
}

static void
back_cb (LsWeekView *self)
{
  show_message (self, NULL);
  switch (self->step)
    {
    case STEP_DAY:
    case STEP_TIME:
    case STEP_CONFIRM:
      show_step (self, self->step - 1);
      break;
    case STEP_WEEK:
    case STEP_SERVICE:
    case STEP_CANCEL:
    default:
      show_step (self, STEP_WEEK);
      gtk_widget_grab_focus (self->book_button);
      break;
    }
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
}

void
ls_week_view_set_changed_by (LsWeekView     *self,
                             LsBookingActor  actor)
{
  g_return_if_fail (LS_IS_WEEK_VIEW (self));

  self->changed_by = actor;
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
  g_cancellable_cancel (self->gone);
  g_clear_object (&self->gone);
  g_clear_object (&self->store);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->services, g_key_file_unref);
  g_clear_pointer (&self->week, ls_booked_week_free);
  g_clear_pointer (&self->free, g_ptr_array_unref);
  G_OBJECT_CLASS (ls_week_view_parent_class)->dispose (object);
}

static void
ls_week_view_class_init (LsWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_week_view_dispose;
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
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, step_title);
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, step_text);
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, length_box);
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, choices_box);
  gtk_widget_class_bind_template_child (widget_class, LsWeekView, back_button);
  gtk_widget_class_bind_template_callback (widget_class, previous_week_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_week_cb);
  gtk_widget_class_bind_template_callback (widget_class, book_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_cb);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ls_week_view_init (LsWeekView *self)
{
  static gboolean css_done;
  GDate today;

  gtk_widget_init_template (GTK_WIDGET (self));
  ls_ui_add_css_once (&css_done, week_css);
  self->services = ls_catalog_load_key_file ("services.ini", NULL);
  self->step = STEP_WEEK;
  ls_date_set_today (&today);
  ls_iso_week_monday (&today, &self->monday);
  self->week = empty_week (&self->monday);
  fill_week (self);
}

GtkWidget *
ls_week_view_new (void)
{
  return g_object_new (LS_TYPE_WEEK_VIEW, NULL);
}
