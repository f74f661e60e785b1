/* SPDX-License-Identifier: GPL-3.0-or-later */
/* crash-writer (hidden, for tests/cli/test-cli-crash): saves entries and
 * edits one at a time and prints each save on stdout only after the store
 * reported success: "n ID" for a new entry, "e ID K" when entry ID got the
 * text version K. The test kills it with SIGKILL at a random moment and
 * checks that every printed save survived. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ls-cli.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"

static LsSketch *
make_sketch (LsStore  *store,
             GError  **error)
{
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsSketch) sketch = ls_sketch_new ();

  ls_person_set_given_name (person, "Krasj");
  ls_person_set_family_name (person, "Testesen");
  if (!ls_store_save_person (store, person, error))
    return NULL;
  ls_sketch_set_person_id (sketch, ls_person_get_id (person));
  if (!ls_store_save_sketch (store, sketch, error))
    return NULL;
  return g_steal_pointer (&sketch);
}

int
ls_cli_crash_writer (int    argc,
                     char **argv)
{
  g_autofree char *database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  g_autoptr(LsSketch) sketch = NULL;
  gint64 last_id = 0;
  int count = 1000000;
  GOptionEntry entries[] = {
    { "count", 0, 0, G_OPTION_ARG_INT, &count, "How many saves", "N" },
    { NULL }
  };

  if (!ls_cli_parse (NULL, entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  store = ls_cli_open_store (database, LS_STORE_OPEN_DEFAULT, &error);
  if (store == NULL || (sketch = make_sketch (store, &error)) == NULL)
    return ls_cli_fail_error (error);
  for (int i = 0; i < count; i++)
    {
      g_autofree char *text = g_strdup_printf ("versjon %d", i);

      if (i % 3 == 2 && last_id != 0)
        {
          if (!ls_store_save_entry_text (store, last_id, text, &error))
            return ls_cli_fail_error (error);
          printf ("e %" G_GINT64_FORMAT " %d\n", last_id, i);
        }
      else
        {
          g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with ("home", LS_ENTRY_WISH,
                                                                    LS_ENTRY_AUTHOR_PERSON, text);

          ls_sketch_entry_set_sketch_id (entry, ls_sketch_get_id (sketch));
          if (!ls_store_save_entry (store, entry, &error))
            return ls_cli_fail_error (error);
          last_id = ls_sketch_entry_get_id (entry);
          printf ("n %" G_GINT64_FORMAT "\n", last_id);
        }
      fflush (stdout);
    }
  return 0;
}
