/* SPDX-License-Identifier: GPL-3.0-or-later */
/* migrate: brings a database (file or server) to this version's schema;
 * server init URI [--team NAME]: the same for a team's new, empty
 * PostgreSQL database, whose default team (where persons copied or
 * imported without a team go) is NAME, "Team 1" unless given. Both say
 * what they did. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>

#include "ls-cli.h"
#include "ls-store-teams.h"

static int
migrate (const char *location,
         const char *team)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_cli_open_store (location, LS_STORE_OPEN_DEFAULT, &error);
  guint before, now;

  if (store == NULL)
    return ls_cli_fail_error (error);
  if (team != NULL && !ls_store_name_default_team (store, team, &error))
    return ls_cli_fail_error (error);
  before = ls_store_get_opened_version (store);
  now = ls_store_get_schema_version (store);
  if (before == 0)
    g_print (_("Created the Livsskisse schema (version %u) in “%s”\n"), now, ls_store_get_path (store));
  else if (before < now)
    g_print (_("Brought “%s” from schema %u to schema %u\n"), ls_store_get_path (store), before, now);
  else
    g_print (_("“%s” is already at schema %u; nothing to do\n"), ls_store_get_path (store), now);
  return 0;
}

int
ls_cli_migrate (int    argc,
                char **argv)
{
  g_autofree char *database = NULL;
  GOptionEntry entries[] = { { NULL } };

  if (!ls_cli_parse (NULL, entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (argc > 1)
    return ls_cli_usage (_("migrate takes no arguments"));
  return migrate (database, NULL);
}

int
ls_cli_server (int    argc,
               char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *team = NULL;
  GOptionEntry entries[] = {
    { "team", 0, 0, G_OPTION_ARG_STRING, &team, N_("The default team's name (“Team 1” unless given)"), N_("NAME") },
    { NULL }
  };

  if (!ls_cli_parse (_("init ADDRESS"), entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (argc != 3 || g_strcmp0 (argv[1], "init") != 0)
    return ls_cli_usage (_("server needs: server init postgresql://HOST/DATABASE"));
  if (!g_str_has_prefix (argv[2], "postgresql://") && !g_str_has_prefix (argv[2], "postgres://"))
    return ls_cli_usage (_("server init needs a postgresql:// address, not a file: “%s”"), argv[2]);
  return migrate (argv[2], team);
}
