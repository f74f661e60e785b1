/* SPDX-License-Identifier: GPL-3.0-or-later */
/* export-ics --person ID -o FILE: the person's bookings as iCalendar, for
 * GNOME Calendar and the calendars people already use. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>

#include "ls-cli.h"
#include "ls-ics-export.h"

int
ls_cli_export_ics (int    argc,
                   char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  gint64 person = 0;
  GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_INT64, &person, N_("The person (an id from “list persons”)"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { NULL }
  };

  if (!ls_cli_parse (NULL, entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (output == NULL || output[0] == '\0' || person <= 0 || argc != 1)
    return ls_cli_usage (_("export-ics needs --person ID and -o FILE"));
  store = ls_cli_open_store (database, LS_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return ls_cli_fail_error (error);
  if (!ls_ics_export_file (store, person, output, &error))
    return ls_cli_fail_lookup (store, error, LS_CLI_PERSON, person);
  return 0;
}
