/* SPDX-License-Identifier: GPL-3.0-or-later */
/* edit-entry ENTRY --text TEXT --if-version N: gives one life-sketch entry
 * a new text, but only while it still has version N (from
 * `show-sketch --json`). Prints the new version. Exit status (ls-cli.h):
 * 0 saved, 3 someone else changed the entry since version N (nothing was
 * written; the one-line message says who and when), 1 any other failure,
 * 2 bad arguments. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ls-cli.h"
#include "ls-store-sketches.h"

int
ls_cli_edit_entry (int    argc,
                   char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *text = NULL;
  gint64 version = 0;
  gint64 entry_id;
  char *end = NULL;
  GOptionEntry entries[] = {
    { "text", 0, 0, G_OPTION_ARG_STRING, &text, N_("The entry's new text"), N_("TEXT") },
    { "if-version", 0, 0, G_OPTION_ARG_INT64, &version,
      N_("Save only while the entry still has this version"), N_("N") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;

  if (!ls_cli_parse ("ENTRY", entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (argc != 2)
    return ls_cli_usage (_("Give one entry id"));
  entry_id = g_ascii_strtoll (argv[1], &end, 10);
  if (end == argv[1] || *end != '\0' || entry_id <= 0)
    return ls_cli_usage (_("“%s” is not an entry id"), argv[1]);
  if (text == NULL || version <= 0)
    return ls_cli_usage (_("Give the new text with --text and the version it replaces with --if-version N"));

  store = ls_cli_open_store (database, LS_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return ls_cli_fail_error (error);
  if (!ls_store_save_entry_text_if_version (store, entry_id, text, &version, &error))
    {
      ls_cli_fail_lookup (store, error, LS_CLI_ENTRY, entry_id);
      return g_error_matches (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT) ? LS_CLI_EXIT_CONFLICT : LS_CLI_EXIT_FAILED;
    }
  printf ("%" G_GINT64_FORMAT "\n", version);
  return 0;
}
