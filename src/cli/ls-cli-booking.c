/* SPDX-License-Identifier: GPL-3.0-or-later */
/* booking budget|free|add|cancel|list: a person's granted time booked in
 * their week (issue 16). The store enforces every rule; a refusal is its
 * one sentence on stderr and a non-zero exit. Times are local Oslo times. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ls-cli.h"
#include "ls-store-bookings.h"

typedef struct
{
  gint64    decision;
  gint64    measure;
  gint64    person;
  char     *week;
  char     *start;
  gint      minutes;
  char     *weekly_until;
  char     *by;
  LsBookingActor actor;
  gboolean  json;
} Options;

/* The parsed strings, freed on every way out (a refused option too). */
static void
options_clear (Options *options)
{
  g_free (options->week);
  g_free (options->start);
  g_free (options->weekly_until);
  g_free (options->by);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static char *
iso_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

/* Ends a list: "[]" when empty, the closing bracket otherwise. */
static void
print_rows (GString *rows,
            gboolean json)
{
  if (json)
    g_print ("%s\n", rows->len == 0 ? "[]" : g_string_append (rows, "\n]")->str);
  else
    fputs (rows->str, stdout);
}

static void
json_row (GString *rows)
{
  g_string_append (rows, rows->len == 0 ? "[\n  {" : ",\n  {");
}

static int
budget (LsStore *store,
        Options *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = ls_store_booking_budget (store, options->decision, &error);
  g_autoptr(GString) rows = g_string_new (NULL);

  if (items == NULL)
    return ls_cli_fail_lookup (store, error, LS_CLI_DECISION, options->decision);
  for (guint i = 0; i < items->len; i++)
    {
      LsBookingBudget *item = g_ptr_array_index (items, i);
      g_autofree char *start = iso_date (&item->start);
      g_autofree char *end = g_date_valid (&item->end) ? iso_date (&item->end) : NULL;

      if (options->json)
        {
          json_row (rows);
          g_string_append_printf (rows, "\"measure\": %" G_GINT64_FORMAT ", \"minutes_per_week\": %u, \"start\": ",
                                  item->measure_id, item->minutes_per_week);
          ls_cli_json_string (rows, start);
          g_string_append (rows, ", \"end\": ");
          ls_cli_json_string (rows, end);
          g_string_append (rows, ", \"service\": ");
          ls_cli_json_string (rows, item->service_key);
          g_string_append (rows, ", \"provider\": ");
          ls_cli_json_string (rows, item->provider);
          g_string_append (rows, "}");
        }
      else
        g_string_append_printf (rows, "%" G_GINT64_FORMAT "\t%u\t%s\t%s\t%s\n", item->measure_id,
                                item->minutes_per_week, start, end != NULL ? end : "",
                                item->provider != NULL ? item->provider : "");
    }
  print_rows (rows, options->json);
  return 0;
}

static int
free_times (LsStore *store,
            Options *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) times = NULL;
  g_autoptr(GString) rows = g_string_new (NULL);
  GDate monday;

  if (!ls_iso_week_parse (options->week, &monday))
    return ls_cli_usage (_("--week needs an ISO week such as 2027-W02"));
  times = ls_store_free_times (store, options->decision, options->measure, &monday, NULL, &error);
  if (times == NULL)
    return ls_cli_fail_lookup (store, error, LS_CLI_MEASURE, options->measure);
  for (guint i = 0; i < times->len; i++)
    {
      LsFreeTime *time = g_ptr_array_index (times, i);
      g_autofree char *start = ls_booking_format_start (&time->date, time->start_minute);

      if (options->json)
        {
          json_row (rows);
          g_string_append (rows, "\"start\": ");
          ls_cli_json_string (rows, start);
          g_string_append_printf (rows, ", \"minutes\": %u}", time->minutes);
        }
      else
        g_string_append_printf (rows, "%s\t%u\n", start, time->minutes);
    }
  print_rows (rows, options->json);
  return 0;
}

static int
add (LsStore *store,
     Options *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsBooking) booking = ls_booking_new ();
  g_autoptr(GDate) until = NULL;

  if (!ls_booking_parse_start (options->start, &booking->date, &booking->start_minute))
    return ls_cli_usage (_("--start needs a local time such as 2027-01-05T10:00"));
  if (options->minutes <= 0)
    return ls_cli_usage (_("--minutes needs a number of minutes above 0"));
  if (!ls_cli_parse_date_option ("--weekly-until", options->weekly_until, &until))
    return LS_CLI_EXIT_USAGE;
  if (until != NULL)
    booking->weekly_until = *until;
  booking->measure_id = options->measure;
  booking->minutes = options->minutes;
  booking->changed_by = options->actor;
  if (!ls_store_add_booking (store, options->decision, booking, NULL, &error))
    return ls_cli_fail_lookup (store, error, LS_CLI_MEASURE, options->measure);
  g_print ("%" G_GINT64_FORMAT "\n", booking->id);
  return 0;
}

static int
list (LsStore *store,
      Options *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) bookings = ls_store_list_bookings (store, options->person, &error);
  g_autoptr(GString) rows = g_string_new (NULL);

  if (bookings == NULL)
    return ls_cli_fail_lookup (store, error, LS_CLI_PERSON, options->person);
  for (guint i = 0; i < bookings->len; i++)
    {
      LsBooking *booking = g_ptr_array_index (bookings, i);
      g_autofree char *start = ls_booking_format_start (&booking->date, booking->start_minute);
      g_autofree char *until = g_date_valid (&booking->weekly_until) ? iso_date (&booking->weekly_until) : NULL;
      const char *status = ls_booking_status_to_string (booking->status);

      if (options->json)
        {
          json_row (rows);
          g_string_append_printf (rows, "\"id\": %" G_GINT64_FORMAT ", \"measure\": %" G_GINT64_FORMAT
                                  ", \"start\": ", booking->id, booking->measure_id);
          ls_cli_json_string (rows, start);
          g_string_append_printf (rows, ", \"minutes\": %u, \"weekly_until\": ", booking->minutes);
          ls_cli_json_string (rows, until);
          g_string_append (rows, ", \"status\": ");
          ls_cli_json_string (rows, status);
          g_string_append_printf (rows, ", \"sequence\": %u, \"changed_by\": ", booking->sequence);
          ls_cli_json_string (rows, ls_booking_actor_to_string (booking->changed_by));
          g_string_append (rows, "}");
        }
      else
        g_string_append_printf (rows, "%" G_GINT64_FORMAT "\t%s\t%u\t%s\t%s\n", booking->id, start,
                                booking->minutes, status, until != NULL ? until : "");
    }
  print_rows (rows, options->json);
  return 0;
}

int
ls_cli_booking (int    argc,
                char **argv)
{
  g_autofree char *database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  g_auto(Options) options = { 0 };
  const char *action;
  gint64 id = 0;
  int status;
  GOptionEntry entries[] = {
    { "decision", 0, 0, G_OPTION_ARG_INT64, &options.decision, N_("The decision (budget, free, add)"), N_("ID") },
    { "measure", 0, 0, G_OPTION_ARG_INT64, &options.measure, N_("Its measure (free, add)"), N_("ID") },
    { "person", 0, 0, G_OPTION_ARG_INT64, &options.person, N_("The person (list)"), N_("ID") },
    { "week", 0, 0, G_OPTION_ARG_STRING, &options.week, N_("An ISO week (free)"), N_("2027-W02") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &options.start, N_("Local start (add)"), N_("2027-01-05T10:00") },
    { "minutes", 0, 0, G_OPTION_ARG_INT, &options.minutes, N_("How long (add)"), N_("MINUTES") },
    { "weekly-until", 0, 0, G_OPTION_ARG_STRING, &options.weekly_until, N_("Repeat weekly until this date (add)"),
      N_("DATE") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &options.by,
      N_("Who books or cancels: person, caseworker (the default) or provider (add, cancel)"), N_("WHO") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options.json, N_("Print a JSON array (budget, free, list)"), NULL },
    { NULL }
  };

  if (!ls_cli_parse ("budget|free|add|cancel ID|list", entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  action = argc >= 2 ? argv[1] : "";
  if (g_str_equal (action, "cancel"))
    {
      if (argc != 3 || !g_ascii_string_to_signed (argv[2], 10, 1, G_MAXINT64, &id, NULL))
        return ls_cli_usage (_("booking cancel needs a booking id (from “booking list”)"));
    }
  else if (argc != 2)
    return ls_cli_usage (_("booking needs one of budget, free, add, cancel or list"));
  if (((g_str_equal (action, "budget") || g_str_equal (action, "free") || g_str_equal (action, "add"))
       && options.decision <= 0)
      || ((g_str_equal (action, "free") || g_str_equal (action, "add")) && options.measure <= 0))
    return ls_cli_usage (_("booking %s needs --decision ID and, except for budget, --measure ID"), action);
  if (g_str_equal (action, "list") && options.person <= 0)
    return ls_cli_usage (_("booking list needs --person ID"));
  if (g_str_equal (action, "free") && options.week == NULL)
    return ls_cli_usage (_("booking free needs --week, an ISO week such as 2027-W02"));
  if (g_str_equal (action, "add") && options.start == NULL)
    return ls_cli_usage (_("booking add needs --start and --minutes"));
  options.actor = LS_BOOKING_BY_CASEWORKER;
  if (options.by != NULL && !ls_booking_actor_from_string (options.by, &options.actor))
    return ls_cli_usage (_("--by needs person, caseworker or provider"));

  store = ls_cli_open_store (database, LS_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    status = ls_cli_fail_error (error);
  else if (g_str_equal (action, "budget"))
    status = budget (store, &options);
  else if (g_str_equal (action, "free"))
    status = free_times (store, &options);
  else if (g_str_equal (action, "add"))
    status = add (store, &options);
  else if (g_str_equal (action, "list"))
    status = list (store, &options);
  else if (g_str_equal (action, "cancel"))
    status = ls_store_cancel_booking (store, id, options.actor, NULL, &error)
             ? 0 : ls_cli_fail_lookup (store, error, LS_CLI_BOOKING, id);
  else
    status = ls_cli_usage (_("booking needs one of budget, free, add, cancel or list"));
  return status;
}
