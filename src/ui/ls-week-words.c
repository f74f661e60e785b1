/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How a booked week is put into words and pictures (ls-week-words.h). */
#define G_LOG_DOMAIN "ls-week-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-booking.h"
#include "ls-pictogram.h"
#include "ls-week-words.h"

#define PICTOGRAM_PATH "/org/livsskisse/Livsskisse/pictograms/"

/* @time in @format with single spaces: glibc's nynorsk pads its weekday
 * names ("måndag "). */
static char *
format_spaced (GDateTime  *time,
               const char *format)
{
  g_autofree char *text = g_date_time_format (time, format);
  GString *out = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (*p != ' ' || (out->len > 0 && out->str[out->len - 1] != ' '))
      g_string_append_c (out, *p);
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* "Tuesday" */
char *
ls_week_words_weekday (const GDate *date)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                     g_date_get_day (date), 12, 0, 0);

  return format_spaced (time, "%A");
}

/* "Tuesday 12 January" */
char *
ls_week_words_day (const GDate *date)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                     g_date_get_day (date), 12, 0, 0);
  /* Translators: a day in a week, for g_date_time_format(): "Tuesday 12 January" */
  return format_spaced (time, _("%A %-d %B"));
}

/* "10:00 to 12:00" */
char *
ls_week_words_span (guint start_minute,
                    guint minutes)
{
  g_autofree char *from = ls_booking_format_clock (start_minute);
  g_autofree char *to = ls_booking_format_clock (start_minute + minutes);

  /* Translators: a stretch of time in a day, "10:00 to 12:00" */
  return g_strdup_printf (_("%s to %s"), from, to);
}

/* The service's plain name as it reads inside a sentence. */
static char *
service_words (GKeyFile   *services,
               const char *service_key)
{
  g_autofree char *name = NULL;

  if (services != NULL && service_key != NULL)
    {
      name = g_key_file_get_locale_string (services, service_key, "PlainName", NULL, NULL);
      if (name == NULL)
        name = g_key_file_get_locale_string (services, service_key, "Name", NULL, NULL);
    }
  if (name == NULL)
    return g_strdup (_("help"));
  /* "Help with everyday tasks" reads "help with everyday tasks" mid-sentence,
   * but "BPA" stays as it is. */
  if (g_unichar_isupper (g_utf8_get_char (name)) && !g_unichar_isupper (g_utf8_get_char (g_utf8_next_char (name))))
    {
      g_autofree char *first = g_utf8_strdown (name, g_utf8_next_char (name) - name);

      return g_strconcat (first, g_utf8_next_char (name), NULL);
    }
  return g_steal_pointer (&name);
}

/* "help with everyday tasks, with Hjemmetjenesten" */
char *
ls_week_words_service_with_provider (GKeyFile   *services,
                                     const char *service_key,
                                     const char *provider)
{
  g_autofree char *service = service_words (services, service_key);

  if (provider == NULL || *provider == '\0')
    return g_steal_pointer (&service);
  /* Translators: a service and who gives it: "help with everyday tasks, with Hjemmetjenesten" */
  return g_strdup_printf (_("%s, with %s"), service, provider);
}

GtkWidget *
ls_week_words_pictogram_new (const char *service_key)
{
  g_autofree char *name = g_strconcat ("service-", service_key ? service_key : "", NULL);
  const char *resolved = ls_pictogram_resolve (name);
  g_autofree char *path = g_strconcat (PICTOGRAM_PATH, resolved ? resolved : "service", ".svg", NULL);
  GtkWidget *image = gtk_image_new_from_resource (path);

  gtk_image_set_pixel_size (GTK_IMAGE (image), 48);
  gtk_widget_set_size_request (image, 48, 48);
  gtk_widget_set_valign (image, GTK_ALIGN_START);
  gtk_widget_add_css_class (image, "week-pictogram");
  /* The row's words say the service; the picture adds nothing to hear. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return image;
}

