/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A server that goes away (issue 15, item 4): saves run in a loop on one
 * connection while the server is stopped as a crash would stop it
 * (`pg_ctlcluster … stop -m immediate`); a save that finds it gone fails
 * with LS_STORE_ERROR_OFFLINE, and once the server is started again the
 * same connection comes back by itself. Every save that was acknowledged
 * is there afterwards. Needs the cluster of pg_virtualenv; it runs alone
 * (meson: is_parallel false), as it stops the server of every test. */
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-test-util.h"

#define BEFORE_STOP 25
#define GIVE_UP_US (60 * G_USEC_PER_SEC)

static void
test_stop_in_the_middle (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *location = ls_test_store_location (dir, "t.db");
  g_autoptr(LsStore) store = NULL;
  g_autoptr(LsStore) reader = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(LsSketch) stored = NULL;
  g_autoptr(GPtrArray) acknowledged = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GSubprocess) stopping = NULL;
  GListModel *entries;
  guint failed = 0, after = 0;
  gint64 deadline;

  if (!ls_test_server_can_stop ())
    {
      g_test_skip ("no cluster of pg_virtualenv to stop (PG_CLUSTER_CONF_ROOT)");
      return;
    }
  store = ls_store_open (location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_person_set_given_name (person, "Åse");
  g_assert_true (ls_store_save_person (store, person, &error));
  ls_sketch_set_person_id (sketch, ls_person_get_id (person));
  g_assert_true (ls_store_save_sketch (store, sketch, &error));
  g_assert_no_error (error);

  /* Saves until the server is gone (some fail), then on while it is. */
  deadline = g_get_monotonic_time () + GIVE_UP_US;
  for (guint i = 0; failed < 20 && g_get_monotonic_time () < deadline; i++)
    {
      g_autofree char *text = g_strdup_printf ("ord nummer %u", i);
      g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with ("home", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON, text);
      GError *local = NULL;

      if (i == BEFORE_STOP)
        stopping = ls_test_server_control (FALSE, FALSE);
      ls_sketch_entry_set_sketch_id (entry, ls_sketch_get_id (sketch));
      if (ls_store_save_entry (store, entry, &local))
        {
          g_assert_cmpuint (failed, ==, 0);  /* none after the first failure */
          g_ptr_array_add (acknowledged, g_steal_pointer (&text));
        }
      else
        {
          g_assert_error (local, LS_STORE_ERROR, LS_STORE_ERROR_OFFLINE);
          if (failed == 0)
            g_test_message ("After %u acknowledged saves: %s", acknowledged->len, local->message);
          g_assert_true (ls_store_is_offline (store));
          g_error_free (local);
          failed++;
        }
    }
  g_assert_cmpuint (failed, ==, 20);
  g_assert_cmpuint (acknowledged->len, >=, BEFORE_STOP);
  g_assert_true (g_subprocess_wait_check (stopping, NULL, &error));
  g_assert_no_error (error);

  /* Back: the same store saves again, without being opened again. */
  ls_test_server_control (TRUE, TRUE);
  deadline = g_get_monotonic_time () + GIVE_UP_US;
  for (;;)
    {
      g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with ("home", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON,
                                                                 "etter");
      g_autoptr(GError) local = NULL;

      ls_sketch_entry_set_sketch_id (entry, ls_sketch_get_id (sketch));
      if (ls_store_save_entry (store, entry, &local))
        break;
      g_assert_error (local, LS_STORE_ERROR, LS_STORE_ERROR_OFFLINE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      after++;
      g_usleep (100 * 1000);
    }
  g_test_message ("Connected again after %u more tries", after);
  g_assert_false (ls_store_is_offline (store));

  /* Every acknowledged save is there, read through a new connection. */
  reader = ls_store_open (location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  stored = ls_store_load_sketch (reader, ls_sketch_get_id (sketch), &error);
  g_assert_no_error (error);
  entries = G_LIST_MODEL (ls_sketch_get_entries (stored));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);

      g_hash_table_add (texts, (gpointer) ls_sketch_entry_get_text (entry));
    }
  for (guint i = 0; i < acknowledged->len; i++)
    g_assert_true (g_hash_table_contains (texts, g_ptr_array_index (acknowledged, i)));
  g_assert_true (g_hash_table_contains (texts, "etter"));
  g_test_message ("%u saves acknowledged before the stop, all there; %u entries stored", acknowledged->len,
                  g_list_model_get_n_items (entries));
  g_clear_pointer (&texts, g_hash_table_unref);
  g_clear_object (&stored);
  g_clear_object (&reader);
  g_clear_object (&store);
  ls_test_drop_store (location);
  ls_test_rmdir (dir);
}

/* A connection that sat idle while the server was restarted finds it
 * out at its next call: that call still succeeds (nothing was done when
 * the drop was found, so the store connects again and goes on). */
static void
test_idle_through_restart (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *location = ls_test_store_location (dir, "t.db");
  g_autoptr(LsStore) store = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsPerson) again = NULL;

  if (!ls_test_server_can_stop ())
    {
      g_test_skip ("no cluster of pg_virtualenv to stop (PG_CLUSTER_CONF_ROOT)");
      return;
    }
  store = ls_store_open (location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_person_set_given_name (person, "Åse");
  g_assert_true (ls_store_save_person (store, person, &error));
  g_assert_no_error (error);

  ls_test_server_control (FALSE, TRUE);
  ls_test_server_control (TRUE, TRUE);

  ls_person_set_family_name (person, "Bakkeli");
  g_assert_true (ls_store_save_person (store, person, &error));
  g_assert_no_error (error);
  again = ls_store_load_person (store, ls_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_person_get_family_name (again), ==, "Bakkeli");
  g_clear_object (&store);
  ls_test_drop_store (location);
  ls_test_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
  if (!ls_test_on_postgresql ())
    {
      g_print ("1..0 # SKIP a server that goes away: PostgreSQL only\n");
      return 0;
    }
  g_test_add_func ("/store-offline/stop-in-the-middle", test_stop_in_the_middle);
  g_test_add_func ("/store-offline/idle-through-restart", test_idle_through_restart);
  return g_test_run ();
}
