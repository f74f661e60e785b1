/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The provider unit's week: all its booked times in one week, so the unit
 * can plan its staff. Reads only; the persons book in their own week. */
#define G_LOG_DOMAIN "ls-provider-week"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-provider-week.h"
#include "ls-store-bookings.h"
#include "ls-store-persons.h"
#include "ls-ui-load.h"
#include "ls-ui-util.h"
#include "ls-value.h"
#include "ls-week-view.h"
#include "ls-week-words.h"

struct _LsProviderWeek
{
  GtkWidget  parent_instance;

  LsStore   *store;
  GStrv      providers;
  GDate      monday;
  GtkWidget *box;
  GtkWidget *provider_drop_down;
  GtkWidget *week_label;
  GtkWidget *list;
  GtkWidget *message;
  GCancellable *reading;   /* the providers, then a week, read on a worker thread */
  gboolean   filling;      /* the drop-down's list being put in */
};

G_DEFINE_FINAL_TYPE (LsProviderWeek, ls_provider_week, GTK_TYPE_WIDGET)

typedef struct
{
  LsBooking *booking;
  GDate      day;
} Occurrence;

static int
compare_occurrences (gconstpointer a,
                     gconstpointer b)
{
  const Occurrence *x = a;
  const Occurrence *y = b;
  int by_day = g_date_compare (&x->day, &y->day);

  if (by_day != 0)
    return by_day;
  return x->booking->start_minute < y->booking->start_minute ? -1 : x->booking->start_minute > y->booking->start_minute;
}

static const char *
chosen_provider (LsProviderWeek *self)
{
  guint selected;

  if (self->providers == NULL || self->providers[0] == NULL)
    return NULL;
  selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->provider_drop_down));
  return selected < g_strv_length (self->providers) ? self->providers[selected] : NULL;
}

/* What one week shows, read on a worker thread (ls-ui-load.h). */
typedef struct
{
  char       *provider;
  GDate       monday;
  GPtrArray  *bookings;
  GHashTable *names;     /* person id -> name */
} WeekRead;

static void
week_read_free (WeekRead *read)
{
  g_free (read->provider);
  g_clear_pointer (&read->bookings, g_ptr_array_unref);
  g_clear_pointer (&read->names, g_hash_table_unref);
  g_free (read);
}

/* Worker thread: the unit's bookings and the names of their persons, for
 * @input (a WeekRead with only the provider and the Monday). */
static gpointer
read_week (LsStore  *store,
           gpointer  input,
           GError  **error)
{
  WeekRead *read = g_new0 (WeekRead, 1);
  WeekRead *query = input;

  read->provider = g_strdup (query->provider);
  read->monday = query->monday;
  read->bookings = ls_store_list_unit_bookings (store, read->provider, &read->monday, error);
  if (read->bookings == NULL)
    {
      week_read_free (read);
      return NULL;
    }
  read->names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < read->bookings->len; i++)
    {
      LsBooking *booking = g_ptr_array_index (read->bookings, i);
      g_autoptr(LsPerson) person = NULL;

      if (g_hash_table_contains (read->names, &booking->person_id))
        continue;
      person = ls_store_load_person (store, booking->person_id, NULL);
      g_hash_table_insert (read->names, g_memdup2 (&booking->person_id, sizeof (gint64)),
                           person != NULL ? g_strdup_printf ("%s %s", ls_person_get_given_name (person),
                                                             ls_person_get_family_name (person))
                                          : g_strdup (_("Unknown person")));
    }
  return read;
}

static void
show_week (LsProviderWeek *self,
           WeekRead       *read,
           const GError   *error)
{
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (Occurrence));
  GPtrArray *bookings = read != NULL ? read->bookings : NULL;

  if (bookings == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->message), error->message);
      gtk_widget_set_visible (self->message, TRUE);
      return;
    }
  for (guint i = 0; i < bookings->len; i++)
    {
      Occurrence occurrence = { g_ptr_array_index (bookings, i) };

      occurrence.day = self->monday;
      g_date_add_days (&occurrence.day, g_date_get_weekday (&occurrence.booking->date) - G_DATE_MONDAY);
      g_array_append_val (shown, occurrence);
    }
  g_array_sort (shown, compare_occurrences);
  for (guint i = 0; i < shown->len; i++)
    {
      Occurrence *occurrence = &g_array_index (shown, Occurrence, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *day = ls_week_words_day (&occurrence->day);
      g_autofree char *span = ls_week_words_span (occurrence->booking->start_minute, occurrence->booking->minutes);
      g_autofree char *title = g_strdup_printf (_("%s, %s"), day, span);
      const char *name = g_hash_table_lookup (read->names, &occurrence->booking->person_id);
      g_autofree char *escaped = g_markup_escape_text (name != NULL ? name : "", -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      if (g_date_valid (&occurrence->booking->weekly_until))
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (_("Every week")));
      gtk_list_box_append (GTK_LIST_BOX (self->list), row);
    }
  gtk_widget_set_visible (self->list, shown->len > 0);
  if (shown->len == 0)
    {
      gtk_label_set_text (GTK_LABEL (self->message), _("Nothing is booked with this unit this week."));
      gtk_widget_set_visible (self->message, TRUE);
    }
}

static void
week_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  WeekRead *read = ls_ui_load_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&LS_PROVIDER_WEEK (source)->reading);
  show_week (LS_PROVIDER_WEEK (source), read, error);
  if (read != NULL)
    week_read_free (read);
}

static void
reload (LsProviderWeek *self)
{
  WeekRead *query;
  g_autofree char *first = ls_week_words_day (&self->monday);
  g_autofree char *last = NULL;
  g_autofree char *week = NULL;
  const char *provider = chosen_provider (self);
  GtkWidget *child;
  GDate sunday = self->monday;

  g_date_add_days (&sunday, 6);
  last = ls_week_words_day (&sunday);
  week = g_strdup_printf (_("Week %u: %s to %s"), g_date_get_iso8601_week_of_year (&self->monday), first, last);
  gtk_label_set_text (GTK_LABEL (self->week_label), week);
  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  gtk_widget_set_visible (self->message, FALSE);
  if (self->providers == NULL)
    return;   /* the units are still being read: reloaded then */
  g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  if (provider == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->message), _("No measure names a provider unit yet."));
      gtk_widget_set_visible (self->message, TRUE);
      return;
    }
  /* Read on a worker thread: the server never holds up the window. */
  query = g_new0 (WeekRead, 1);
  query->provider = g_strdup (provider);
  query->monday = self->monday;
  self->reading = g_cancellable_new ();
  ls_ui_read_async (self, self->store, read_week, query, (GDestroyNotify) week_read_free,
                    (GDestroyNotify) week_read_free, self->reading, week_read_cb, NULL);
}

void
ls_provider_week_set_week (LsProviderWeek *self,
                           const GDate    *day)
{
  g_return_if_fail (LS_IS_PROVIDER_WEEK (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  ls_iso_week_monday (day, &self->monday);
  reload (self);
}

gboolean
ls_provider_week_set_provider (LsProviderWeek *self,
                               const char     *provider)
{
  g_return_val_if_fail (LS_IS_PROVIDER_WEEK (self), FALSE);

  for (guint i = 0; self->providers != NULL && self->providers[i] != NULL; i++)
    if (g_strcmp0 (self->providers[i], provider) == 0)
      {
        gtk_drop_down_set_selected (GTK_DROP_DOWN (self->provider_drop_down), i);
        reload (self);
        return TRUE;
      }
  return FALSE;
}

static void
move_week (LsProviderWeek *self,
           int             days)
{
  GDate day = self->monday;

  if (days < 0)
    g_date_subtract_days (&day, -days);
  else
    g_date_add_days (&day, days);
  ls_provider_week_set_week (self, &day);
}

static void
previous_cb (GtkButton      *button,
             LsProviderWeek *self)
{
  move_week (self, -7);
}

static void
next_cb (GtkButton      *button,
         LsProviderWeek *self)
{
  move_week (self, 7);
}

static void
provider_changed_cb (GtkDropDown    *drop_down,
                     GParamSpec     *pspec,
                     LsProviderWeek *self)
{
  if (!self->filling)
    reload (self);
}

static GtkWidget *
nav_button (const char *icon,
            const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "circular");
  return button;
}

static void
ls_provider_week_dispose (GObject *object)
{
  LsProviderWeek *self = LS_PROVIDER_WEEK (object);

  g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->store);
  g_clear_pointer (&self->providers, g_strfreev);
  G_OBJECT_CLASS (ls_provider_week_parent_class)->dispose (object);
}

static void
ls_provider_week_class_init (LsProviderWeekClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ls_provider_week_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
ls_provider_week_init (LsProviderWeek *self)
{
  g_date_clear (&self->monday, 1);
}

/* Worker thread: the provider units (an empty list when there are none). */
static gpointer
read_providers (LsStore  *store,
                gpointer  input,
                GError  **error)
{
  GStrv providers = ls_store_list_providers (store, error);

  if (providers == NULL && (error == NULL || *error == NULL))
    providers = g_new0 (char *, 1);
  return providers;
}

static void
providers_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GStrv providers = ls_ui_load_finish (result, &error);
  LsProviderWeek *self;
  g_autoptr(GtkStringList) model = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = LS_PROVIDER_WEEK (source);
  g_clear_object (&self->reading);
  self->providers = providers != NULL ? providers : g_new0 (char *, 1);
  model = gtk_string_list_new ((const char * const *) self->providers);
  self->filling = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->provider_drop_down), G_LIST_MODEL (model));
  self->filling = FALSE;
  reload (self);
  if (error != NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->message), error->message);
      gtk_widget_set_visible (self->message, TRUE);
    }
}

gboolean
ls_provider_week_is_reading (LsProviderWeek *self)
{
  g_return_val_if_fail (LS_IS_PROVIDER_WEEK (self), FALSE);
  return self->providers == NULL || self->reading != NULL;
}

GtkWidget *
ls_provider_week_new (LsStore *store)
{
  LsProviderWeek *self;
  GtkWidget *nav = gtk_center_box_new ();
  GtkWidget *previous = nav_button ("go-previous-symbolic", _("Previous Week"));
  GtkWidget *next = nav_button ("go-next-symbolic", _("Next Week"));
  GtkWidget *title = gtk_label_new (_("The Provider's Week"));
  GDate today;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  self = g_object_new (LS_TYPE_PROVIDER_WEEK, NULL);
  self->store = g_object_ref (store);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-1");
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_box_append (GTK_BOX (self->box), title);
  /* The units are read on a worker thread; the list is put in then. */
  self->provider_drop_down = ls_ui_drop_down_new ((const char * const []) { NULL });
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->provider_drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Provider Unit"), -1);
  gtk_widget_set_halign (self->provider_drop_down, GTK_ALIGN_START);
  g_signal_connect (self->provider_drop_down, "notify::selected", G_CALLBACK (provider_changed_cb), self);
  gtk_box_append (GTK_BOX (self->box), self->provider_drop_down);
  self->week_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->week_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->week_label), GTK_JUSTIFY_CENTER);
  gtk_widget_set_margin_start (self->week_label, 12);
  gtk_widget_set_margin_end (self->week_label, 12);
  gtk_widget_add_css_class (self->week_label, "title-3");
  g_signal_connect (previous, "clicked", G_CALLBACK (previous_cb), self);
  g_signal_connect (next, "clicked", G_CALLBACK (next_cb), self);
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (nav), previous);
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (nav), self->week_label);
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (nav), next);
  gtk_box_append (GTK_BOX (self->box), nav);
  self->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_box_append (GTK_BOX (self->box), self->message);
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Booked Times"), -1);
  gtk_box_append (GTK_BOX (self->box), self->list);
  ls_date_set_today (&today);
  ls_provider_week_set_week (self, &today);
  self->reading = g_cancellable_new ();
  ls_ui_read_async (self, store, read_providers, NULL, NULL, (GDestroyNotify) g_strfreev, self->reading,
                    providers_read_cb, NULL);
  return GTK_WIDGET (self);
}

GtkWindow *
ls_provider_week_present (GtkWindow *parent,
                          LsStore   *store)
{
  GtkWidget *window = adw_window_new ();
  GtkEventController *keys = gtk_shortcut_controller_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *week = ls_provider_week_new (store);

  gtk_window_set_title (GTK_WINDOW (window), _("The Provider's Week"));
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 720);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_widget_set_margin_top (week, 18);
  gtk_widget_set_margin_bottom (week, 24);
  gtk_widget_set_margin_start (week, 12);
  gtk_widget_set_margin_end (week, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), week);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  /* Escape closes it, as it does every other window the app opens. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, keys);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}
