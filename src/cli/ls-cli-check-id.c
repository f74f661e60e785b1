/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check-id NUMBER: exit 0 when valid (prints kind and birth date), 1 when
 * not (the message says why, without repeating the number). */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>

#include "ls-cli.h"
#include "ls-national-id.h"
#include "ls-value.h"

int
ls_cli_check_id (int    argc,
                 char **argv)
{
  g_autofree char *database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *birth_iso = NULL;
  LsNationalIdKind kind;
  GDate birth;

  if (!ls_cli_parse (_("NUMBER"), NULL, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (argc != 2)
    return ls_cli_usage (_("check-id needs exactly one number"));
  g_date_clear (&birth, 1);
  if (!ls_national_id_validate (argv[1], &kind, &birth, &error))
    return ls_cli_fail_error (error);
  birth_iso = ls_date_to_iso (&birth);
  g_print ("valid\t%s\t%s\n", ls_national_id_kind_to_string (kind), birth_iso ? birth_iso : "");
  return 0;
}
