/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Booking a time step by step, or cancelling one (ls-booking-steps.h).
 * Every rule is the store's: the steps offer only what it says is free
 * and pass on its sentence when it refuses. */
#define G_LOG_DOMAIN "ls-week-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-booking-steps.h"
#include "ls-store-bookings.h"
#include "ls-ui-load.h"
#include "ls-ui-util.h"
#include "ls-week-words.h"

typedef enum
{
  STEP_NONE,
  STEP_SERVICE,
  STEP_DAY,
  STEP_TIME,
  STEP_CONFIRM,
  STEP_CANCEL,
} Step;

struct _LsBookingSteps
{
  GtkWidget       parent_instance;

  LsStore        *store;
  LsBookedWeek   *week;        /* borrowed: the week booked in */
  GKeyFile       *services;
  GDateTime      *now;
  LsBookingActor  changed_by;  /* who books and cancels */
  GPtrArray      *free;        /* LsFreeTime of the chosen service */

  Step            step;
  guint           chosen;      /* index into the week's budgets */
  GDate           day;
  guint           start_minute;
  guint           length;
  LsBooking      *to_cancel;   /* borrowed from the week's bookings */
  GDate           cancel_day;
  GCancellable   *gone;        /* cancelled with the steps: a change's answer is dropped */
  gboolean        busy;

  GtkWidget      *step_title;
  GtkWidget      *step_text;
  GtkWidget      *length_box;
  GtkWidget      *length_drop_down;
  GtkWidget      *choices_box;
  GtkWidget      *back_button;
};

G_DEFINE_FINAL_TYPE (LsBookingSteps, ls_booking_steps, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_BUSY, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { SIGNAL_MESSAGE, SIGNAL_BACK, SIGNAL_DONE, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char steps_css[] = ".week-choice { font-size: 1.15em; padding: 12px 18px; }";

static void show_step (LsBookingSteps *self, Step step);

static void
show_message (LsBookingSteps *self,
              const char     *text)
{
  g_signal_emit (self, signals[SIGNAL_MESSAGE], 0, text);
}

static GtkWidget *
choice_button (LsBookingSteps *self,
               const char     *text,
               GCallback       callback,
               guint           value)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = ls_ui_text_label_new (text, NULL);

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
 * (ls-ui-load.h), the steps insensitive and saying so meanwhile. */
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
change_new (LsBookingSteps *self)
{
  Change *change = g_new0 (Change, 1);

  if (self->gone == NULL)
    self->gone = g_cancellable_new ();
  change->monday = self->week->monday;
  change->now = self->now != NULL ? g_date_time_ref (self->now) : NULL;
  change->changed_by = self->changed_by;
  return change;
}

/* Until the answer: nothing else can be chosen. */
static void
set_busy (LsBookingSteps *self,
          gboolean        busy)
{
  self->busy = busy;
  gtk_widget_set_sensitive (GTK_WIDGET (self), !busy);
  if (busy)
    show_message (self, _("Saving…"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
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
  LsBookingSteps *self = LS_BOOKING_STEPS (source);
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
service_chosen_cb (GtkButton      *button,
                   LsBookingSteps *self)
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
day_chosen_cb (GtkButton      *button,
               LsBookingSteps *self)
{
  g_date_clear (&self->day, 1);
  g_date_set_julian (&self->day, button_value (button));
  show_step (self, STEP_TIME);
}

static void
time_chosen_cb (GtkButton      *button,
                LsBookingSteps *self)
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
  LsBookingSteps *self = LS_BOOKING_STEPS (source);
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
  g_signal_emit (self, signals[SIGNAL_DONE], 0, change->booking != NULL ? change->booking->id : (gint64) 0,
                 change->done);
}

static void
run_change (LsBookingSteps *self,
            Change         *change)
{
  set_busy (self, TRUE);
  ls_ui_write_async (self, self->store, write_change, change, (GDestroyNotify) change_free, self->gone,
                     change_done_cb, change);
}

static void
confirm_cb (GtkButton      *button,
            LsBookingSteps *self)
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
cancel_confirmed_cb (GtkButton      *button,
                     LsBookingSteps *self)
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
fill_times (LsBookingSteps *self)
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
length_changed_cb (GtkDropDown    *drop_down,
                   GParamSpec     *pspec,
                   LsBookingSteps *self)
{
  self->length = (gtk_drop_down_get_selected (drop_down) + 1) * LS_BOOKING_STEP_MINUTES;
  fill_times (self);
}

static void
setup_length (LsBookingSteps *self)
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
show_step (LsBookingSteps *self,
           Step            step)
{
  GtkWidget *child;
  GtkWidget *first = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  while ((child = gtk_widget_get_first_child (self->choices_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->choices_box), child);
  gtk_widget_set_visible (self->length_box, step == STEP_TIME);
  self->step = step;
  if (step == STEP_NONE)
    return;
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
    case STEP_NONE:
    default:
      g_assert_not_reached ();
    }
  gtk_label_set_text (GTK_LABEL (self->step_title), title);
  gtk_label_set_text (GTK_LABEL (self->step_text), text ? text : "");
  gtk_widget_set_visible (self->step_text, text != NULL);
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
back_cb (LsBookingSteps *self)
{
  show_message (self, NULL);
  switch (self->step)
    {
    case STEP_DAY:
    case STEP_TIME:
    case STEP_CONFIRM:
      show_step (self, self->step - 1);
      break;
    case STEP_NONE:
    case STEP_SERVICE:
    case STEP_CANCEL:
    default:
      show_step (self, STEP_NONE);
      g_signal_emit (self, signals[SIGNAL_BACK], 0);
      break;
    }
}

void
ls_booking_steps_set_week (LsBookingSteps *self,
                           LsStore        *store,
                           LsBookedWeek   *week,
                           GKeyFile       *services)
{
  g_return_if_fail (LS_IS_BOOKING_STEPS (self));
  g_return_if_fail (store == NULL || LS_IS_STORE (store));

  g_set_object (&self->store, store);
  self->week = week;
  self->to_cancel = NULL;
  if (services != self->services)
    {
      g_clear_pointer (&self->services, g_key_file_unref);
      self->services = services != NULL ? g_key_file_ref (services) : NULL;
    }
  show_step (self, STEP_NONE);
}

void
ls_booking_steps_set_now (LsBookingSteps *self,
                          GDateTime      *now)
{
  g_return_if_fail (LS_IS_BOOKING_STEPS (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  if (now != NULL)
    self->now = g_date_time_ref (now);
}

void
ls_booking_steps_set_changed_by (LsBookingSteps *self,
                                 LsBookingActor  actor)
{
  g_return_if_fail (LS_IS_BOOKING_STEPS (self));

  self->changed_by = actor;
}

void
ls_booking_steps_book (LsBookingSteps *self)
{
  g_return_if_fail (LS_IS_BOOKING_STEPS (self));
  g_return_if_fail (self->week != NULL);

  show_message (self, NULL);
  show_step (self, STEP_SERVICE);
}

void
ls_booking_steps_cancel (LsBookingSteps *self,
                         LsBooking      *booking,
                         const GDate    *day)
{
  g_return_if_fail (LS_IS_BOOKING_STEPS (self));
  g_return_if_fail (booking != NULL && day != NULL);

  self->to_cancel = booking;
  self->cancel_day = *day;
  show_message (self, NULL);
  show_step (self, STEP_CANCEL);
}

gboolean
ls_booking_steps_is_busy (LsBookingSteps *self)
{
  g_return_val_if_fail (LS_IS_BOOKING_STEPS (self), FALSE);
  return self->busy;
}

static void
ls_booking_steps_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LsBookingSteps *self = LS_BOOKING_STEPS (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_booking_steps_dispose (GObject *object)
{
  LsBookingSteps *self = LS_BOOKING_STEPS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LS_TYPE_BOOKING_STEPS);
  g_cancellable_cancel (self->gone);
  g_clear_object (&self->gone);
  g_clear_object (&self->store);
  self->week = NULL;
  self->to_cancel = NULL;
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->services, g_key_file_unref);
  g_clear_pointer (&self->free, g_ptr_array_unref);
  G_OBJECT_CLASS (ls_booking_steps_parent_class)->dispose (object);
}

static void
ls_booking_steps_class_init (LsBookingStepsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ls_booking_steps_get_property;
  object_class->dispose = ls_booking_steps_dispose;

  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[SIGNAL_MESSAGE] = g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                          NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SIGNAL_BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                       NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                       NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/livsskisse/Livsskisse/ls-booking-steps.ui");
  gtk_widget_class_bind_template_child (widget_class, LsBookingSteps, step_title);
  gtk_widget_class_bind_template_child (widget_class, LsBookingSteps, step_text);
  gtk_widget_class_bind_template_child (widget_class, LsBookingSteps, length_box);
  gtk_widget_class_bind_template_child (widget_class, LsBookingSteps, choices_box);
  gtk_widget_class_bind_template_child (widget_class, LsBookingSteps, back_button);
  gtk_widget_class_bind_template_callback (widget_class, back_cb);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ls_booking_steps_init (LsBookingSteps *self)
{
  static gboolean css_done;

  gtk_widget_init_template (GTK_WIDGET (self));
  ls_ui_add_css_once (&css_done, steps_css);
  self->step = STEP_NONE;
}

GtkWidget *
ls_booking_steps_new (void)
{
  return g_object_new (LS_TYPE_BOOKING_STEPS, NULL);
}
