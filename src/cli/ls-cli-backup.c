/* SPDX-License-Identifier: GPL-3.0-or-later */
/* backup -o FILE: a consistent copy made while the database is open;
 * the file is not migrated first, so an old one can be saved as it is. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>

#include "ls-cli.h"

int
ls_cli_backup (int    argc,
               char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The new backup file"), N_("FILE") },
    { NULL }
  };

  if (!ls_cli_parse (NULL, entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (output == NULL || output[0] == '\0')
    return ls_cli_usage (_("backup needs -o FILE"));
  store = ls_cli_open_store (database, LS_STORE_OPEN_NO_MIGRATE, &error);
  if (store == NULL)
    return ls_cli_fail_error (error);
  if (!ls_store_backup (store, output, &error))
    return ls_cli_fail_error (error);
  return 0;
}
