/* SPDX-License-Identifier: GPL-3.0-or-later */
/* copy --from DATABASE --to DATABASE: moves a desk's file to the team's
 * server (or back, or between files) and proves it: every table holds as
 * many rows on both sides afterwards. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>

#include "ls-cli.h"
#include "ls-store-copy.h"

int
ls_cli_copy (int    argc,
             char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *from_location = NULL;
  g_autofree char *to_location = NULL;
  g_autofree char *from_counts = NULL;
  g_autofree char *to_counts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) from = NULL;
  g_autoptr(LsStore) to = NULL;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from_location, N_("The database to copy: a file or a postgresql:// address"), N_("DATABASE") },
    { "to", 0, 0, G_OPTION_ARG_FILENAME, &to_location, N_("The empty database to copy into: a file or a postgresql:// address"), N_("DATABASE") },
    { NULL }
  };

  if (!ls_cli_parse (NULL, entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (from_location == NULL || to_location == NULL)
    return ls_cli_usage (_("copy needs --from DATABASE and --to DATABASE"));
  from = ls_cli_open_store (from_location, LS_STORE_OPEN_EXISTING, &error);
  if (from == NULL)
    return ls_cli_fail_error (error);
  to = ls_cli_open_store (to_location, LS_STORE_OPEN_DEFAULT, &error);
  if (to == NULL)
    return ls_cli_fail_error (error);
  if (!ls_store_copy_all (from, to, &error))
    return ls_cli_fail_error (error);
  from_counts = ls_store_describe_counts (from, &error);
  to_counts = from_counts != NULL ? ls_store_describe_counts (to, &error) : NULL;
  if (to_counts == NULL)
    return ls_cli_fail_error (error);
  if (g_strcmp0 (from_counts, to_counts) != 0)
    return ls_cli_fail (_("The copy in “%s” does not hold as many rows as “%s”; do not use it"),
                        ls_store_get_path (to), ls_store_get_path (from));
  g_print ("%s", to_counts);
  /* TRANSLATORS: the copy has been compared table by table */
  g_printerr (_("Copied “%s” to “%s”: every table holds as many rows in both\n"),
              ls_store_get_path (from), ls_store_get_path (to));
  return 0;
}
