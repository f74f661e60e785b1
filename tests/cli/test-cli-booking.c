/* SPDX-License-Identifier: GPL-3.0-or-later */
/* livsskisse-cli booking budget|free|add|cancel|list on both engines: the
 * JSON the commands print (parsed with a strict parser), and a refusal as
 * the store's one sentence with a non-zero exit. The CLI's clock is the
 * real one, so the decision runs from next week on. */
#include <json-glib/json-glib.h>
#include <string.h>

#include "ls-store-bookings.h"
#include "ls-test-bookings.h"
#include "ls-test-util.h"

typedef struct
{
  char   *dir;
  char   *location;
  gint64  person_id;
  gint64  decision_id;
  gint64  measure_id;
  GDate   monday;        /* of the first week with time to book */
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  GDate today, start, end;

  f->dir = ls_test_mkdtemp ();
  f->location = ls_test_store_location (f->dir, "t.db");
  store = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  /* Two weeks on: well past the deadline for changes. */
  g_date_clear (&start, 1);
  start = today;
  g_date_add_days (&start, 14);
  ls_iso_week_monday (&start, &f->monday);
  end = f->monday;
  g_date_add_months (&end, 3);
  ls_test_open_provider (store, 1);
  f->person_id = ls_test_granted_person_for (store, 9, &f->monday, &end, &today, &f->decision_id, &f->measure_id);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  ls_test_drop_store (f->location);
  g_free (f->location);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

/* Runs `booking ACTION …` and parses its output as a JSON array. */
static JsonArray *
booking_json (Fixture *f, const char *action, const char *option, gint64 id, const char *week)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autofree char *measure = g_strdup_printf ("%" G_GINT64_FORMAT, f->measure_id);
  const char *args[] = { "booking", action, "--json", "--database", f->location, option, number,
                         week ? "--measure" : NULL, measure, "--week", week, NULL };
  g_autofree char *out = ls_test_run_cli_output (args, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  g_test_message ("booking %s: %s", action, out);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  return json_array_ref (json_node_get_array (root));
}

static char *
start_text (const GDate *monday, guint days, const char *clock)
{
  GDate day = *monday;

  g_date_add_days (&day, days);
  return g_strdup_printf ("%04u-%02u-%02uT%s", g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day), clock);
}

static void
test_json (Fixture *f, gconstpointer data)
{
  g_autoptr(JsonArray) budget = booking_json (f, "budget", "--decision", f->decision_id, NULL);
  g_autoptr(JsonArray) free_times = NULL;
  g_autoptr(JsonArray) list = NULL;
  g_autofree char *decision = g_strdup_printf ("%" G_GINT64_FORMAT, f->decision_id);
  g_autofree char *measure = g_strdup_printf ("%" G_GINT64_FORMAT, f->measure_id);
  g_autofree char *tuesday_ten = start_text (&f->monday, 1, "10:00");
  g_autofree char *tuesday_twelve = start_text (&f->monday, 1, "12:00");
  g_autofree char *monday_eight = start_text (&f->monday, 0, "08:00");
  g_autofree char *week = ls_iso_week_format (&f->monday);
  g_autofree char *id_text = NULL;
  g_autofree char *start = NULL;
  JsonObject *row;
  gint64 id;
  gboolean tuesday_noon = FALSE;

  /* budget: each granted measure */
  g_assert_cmpuint (json_array_get_length (budget), ==, 1);
  row = json_array_get_object_element (budget, 0);
  g_assert_cmpint (json_object_get_int_member (row, "measure"), ==, f->measure_id);
  g_assert_cmpint (json_object_get_int_member (row, "minutes_per_week"), ==, 9 * 60);
  start = g_strndup (monday_eight, 10);
  g_assert_cmpstr (json_object_get_string_member (row, "start"), ==, start);
  g_assert_nonnull (json_object_get_string_member (row, "end"));
  g_assert_cmpstr (json_object_get_string_member (row, "service"), ==, "personal_assistance");
  g_assert_cmpstr (json_object_get_string_member (row, "provider"), ==, LS_TEST_PROVIDER);

  /* add, then free: the booked stretch is gone for the only member of staff */
  {
    const char *args[] = { "booking", "add", "--database", f->location, "--decision", decision, "--measure", measure,
                           "--start", tuesday_ten, "--minutes", "120", NULL };

    id_text = ls_test_run_cli_output (args, NULL);
    id = g_ascii_strtoll (id_text, NULL, 10);
    g_assert_cmpint (id, >, 0);
  }
  free_times = booking_json (f, "free", "--decision", f->decision_id, week);
  g_assert_cmpuint (json_array_get_length (free_times), >=, 5);
  row = json_array_get_object_element (free_times, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "start"), ==, monday_eight);
  g_assert_cmpint (json_object_get_int_member (row, "minutes"), ==, 7 * 60);   /* 9 granted, 2 booked */
  for (guint i = 0; i < json_array_get_length (free_times); i++)
    {
      row = json_array_get_object_element (free_times, i);
      g_assert_cmpstr (json_object_get_string_member (row, "start"), !=, tuesday_ten);
      tuesday_noon |= g_strcmp0 (json_object_get_string_member (row, "start"), tuesday_twelve) == 0;
    }
  g_assert_true (tuesday_noon);

  /* list, cancel, list */
  list = booking_json (f, "list", "--person", f->person_id, NULL);
  g_assert_cmpuint (json_array_get_length (list), ==, 1);
  row = json_array_get_object_element (list, 0);
  g_assert_cmpint (json_object_get_int_member (row, "id"), ==, id);
  g_assert_cmpint (json_object_get_int_member (row, "measure"), ==, f->measure_id);
  g_assert_cmpstr (json_object_get_string_member (row, "start"), ==, tuesday_ten);
  g_assert_cmpint (json_object_get_int_member (row, "minutes"), ==, 120);
  g_assert_true (json_object_get_null_member (row, "weekly_until"));
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "booked");
  g_assert_cmpint (json_object_get_int_member (row, "sequence"), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "changed_by"), ==, "caseworker");
  {
    g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
    const char *args[] = { "booking", "cancel", number, "--by", "person", "--database", f->location, NULL };

    ls_test_run_cli (args);
  }
  g_clear_pointer (&list, json_array_unref);
  list = booking_json (f, "list", "--person", f->person_id, NULL);
  row = json_array_get_object_element (list, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "cancelled");
  g_assert_cmpint (json_object_get_int_member (row, "sequence"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (row, "changed_by"), ==, "person");
}

/* A refusal: the store's sentence as one line on stderr, exit non-zero,
 * nothing on stdout. An empty list is "[]". */
static void
test_refusal (Fixture *f, gconstpointer data)
{
  g_autofree char *decision = g_strdup_printf ("%" G_GINT64_FORMAT, f->decision_id);
  g_autofree char *measure = g_strdup_printf ("%" G_GINT64_FORMAT, f->measure_id);
  g_autofree char *tuesday = start_text (&f->monday, 1, "08:00");
  g_autofree char *week = ls_iso_week_format (&f->monday);
  g_autofree char *monday = start_text (&f->monday, 0, "08:00");
  g_autofree char *expected = g_strdup_printf ("you have 4 hours left in week %s", week);
  g_autoptr(JsonArray) list = booking_json (f, "list", "--person", f->person_id, NULL);
  const char *argv[] = { g_getenv ("LIVSSKISSE_CLI"), "booking", "add", "--database", f->location,
                         "--decision", decision, "--measure", measure, "--start", tuesday, "--minutes", "300", NULL };
  const char *first[] = { "booking", "add", "--database", f->location, "--decision", decision, "--measure", measure,
                          "--start", monday, "--minutes", "300", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_cmpuint (json_array_get_length (list), ==, 0);
  ls_test_run_cli (first);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_test_message ("%s", err);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, expected));
  g_assert_nonnull (strchr (err, '\n'));
  g_assert_cmpstr (strchr (err, '\n') + 1, ==, "");

  /* Who books must be one of the three: one line naming --by, nothing booked. */
  {
    const char *by[] = { g_getenv ("LIVSSKISSE_CLI"), "booking", "add", "--database", f->location,
                         "--decision", decision, "--measure", measure, "--start", tuesday, "--minutes", "60",
                         "--by", "nabo", NULL };
    g_autofree char *by_out = NULL;
    g_autofree char *by_err = NULL;
    g_autoptr(JsonArray) after = NULL;

    g_spawn_sync (NULL, (char **) by, NULL, G_SPAWN_DEFAULT, NULL, NULL, &by_out, &by_err, &status, &error);
    g_assert_no_error (error);
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_cmpstr (by_out, ==, "");
    g_assert_nonnull (strstr (by_err, "--by needs person, caseworker or provider"));
    g_assert_cmpstr (strchr (by_err, '\n') + 1, ==, "");
    after = booking_json (f, "list", "--person", f->person_id, NULL);
    g_assert_cmpuint (json_array_get_length (after), ==, 1);
  }

  /* A measure given with another decision (here one that is not there):
   * the decision it is part of is named. */
  {
    const char *other[] = { g_getenv ("LIVSSKISSE_CLI"), "booking", "add", "--database", f->location,
                            "--decision", "99999", "--measure", measure, "--start", tuesday, "--minutes", "60",
                            NULL };
    g_autofree char *other_out = NULL;
    g_autofree char *other_err = NULL;
    g_autofree char *named = g_strdup_printf ("Measure %s is part of decision %s, not of decision 99999",
                                              measure, decision);
    g_autoptr(JsonArray) after = NULL;

    g_spawn_sync (NULL, (char **) other, NULL, G_SPAWN_DEFAULT, NULL, NULL, &other_out, &other_err, &status, &error);
    g_assert_no_error (error);
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_cmpstr (other_out, ==, "");
    g_assert_nonnull (strstr (other_err, named));
    g_assert_nonnull (strchr (other_err, '\n'));
    g_assert_cmpstr (strchr (other_err, '\n') + 1, ==, "");
    after = booking_json (f, "list", "--person", f->person_id, NULL);
    g_assert_cmpuint (json_array_get_length (after), ==, 1);
  }
}

/* --weekly-until is read as --sent and --date are (2027-03-30 or
 * 30.03.2027), whatever the locale: a Norwegian's 03.02 is the third of
 * February. Before, g_date_set_parse() read it as the locale's order (in
 * C, the second of March) and took "Feb 2027" and "2027-03-30xyz". */
static void
test_weekly_until_dates (Fixture *f, gconstpointer data)
{
  g_autofree char *decision = g_strdup_printf ("%" G_GINT64_FORMAT, f->decision_id);
  g_autofree char *measure = g_strdup_printf ("%" G_GINT64_FORMAT, f->measure_id);
  g_autofree char *tuesday_ten = start_text (&f->monday, 1, "10:00");
  g_autofree char *norwegian = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *id_text = NULL;
  g_autoptr(JsonArray) list = NULL;
  const char *bad[] = { "Feb 2027", "2027-03-30xyz", "30.02.2027" };
  GDate until = f->monday;
  int status = 0;

  /* a day that reads as another date with day and month swapped */
  g_date_add_days (&until, 14);
  while (g_date_get_day (&until) > 12 || g_date_get_day (&until) == g_date_get_month (&until))
    g_date_add_days (&until, 1);
  norwegian = g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&until), g_date_get_month (&until),
                               g_date_get_year (&until));
  iso = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&until), g_date_get_month (&until),
                         g_date_get_day (&until));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      const char *argv[] = { g_getenv ("LIVSSKISSE_CLI"), "booking", "add", "--database", f->location,
                             "--decision", decision, "--measure", measure, "--start", tuesday_ten,
                             "--minutes", "60", "--weekly-until", bad[i], NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = g_strdup_printf ("--weekly-until “%s” is not a date", bad[i]);

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
      g_assert_no_error (error);
      g_assert_false (g_spawn_check_wait_status (status, NULL));
      g_assert_cmpstr (out, ==, "");
      g_assert_nonnull (strstr (err, expected));
      g_assert_cmpstr (strchr (err, '\n') + 1, ==, "");
    }
  list = booking_json (f, "list", "--person", f->person_id, NULL);
  g_assert_cmpuint (json_array_get_length (list), ==, 0);
  g_clear_pointer (&list, json_array_unref);

  {
    const char *args[] = { "booking", "add", "--database", f->location, "--decision", decision, "--measure", measure,
                           "--start", tuesday_ten, "--minutes", "60", "--weekly-until", norwegian, NULL };

    id_text = ls_test_run_cli_output (args, NULL);
  }
  list = booking_json (f, "list", "--person", f->person_id, NULL);
  g_assert_cmpuint (json_array_get_length (list), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 0), "weekly_until"), ==, iso);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
  g_test_add ("/cli/booking/json", Fixture, NULL, fixture_setup, test_json, fixture_teardown);
  g_test_add ("/cli/booking/refusal", Fixture, NULL, fixture_setup, test_refusal, fixture_teardown);
  g_test_add ("/cli/booking/weekly-until-dates", Fixture, NULL, fixture_setup, test_weekly_until_dates,
              fixture_teardown);
  return g_test_run ();
}
