/* SPDX-License-Identifier: GPL-3.0-or-later */
/* livsskisse-cli: the library without GTK, for batch work, tests and
 * benchmarks. Output on stdout is the contract; messages go to stderr. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ls-i18n.h"

static int
usage (void)
{
  g_printerr ("%s\n", _("Usage: livsskisse-cli COMMAND [--database PATH] [ARGUMENTS…]"));
  return 2;
}

int
main (int   argc,
      char *argv[])
{
  ls_i18n_init ();
  if (argc < 2)
    return usage ();
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("livsskisse-cli %s\n", PACKAGE_VERSION);
      return 0;
    }
  g_printerr (_("Unknown command “%s”"), argv[1]);
  g_printerr ("\n");
  return usage ();
}
