/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check: opens the database as it is (no migration, no change of journal
 * mode) and verifies its integrity. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>

#include "ls-cli.h"

int
ls_cli_check (int    argc,
              char **argv)
{
  g_autofree char *database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  g_autofree char *problem = NULL;

  if (!ls_cli_parse (NULL, NULL, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (argc > 1)
    return ls_cli_usage (_("check takes no arguments"));
  store = ls_cli_open_store (database, LS_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return ls_cli_fail_error (error);
  if (!ls_store_check_integrity (store, &problem, &error))
    return ls_cli_fail_error (error);
  if (problem != NULL)
    return ls_cli_fail (_("The database “%s” is damaged: %s"), ls_store_get_path (store), problem);
  g_print ("ok\tschema %u of %u\n", ls_store_get_schema_version (store), ls_store_get_latest_version ());
  return 0;
}
