/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "livsskisse"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ls-application.h"
#include "ls-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LsApplication) app = NULL;

  ls_i18n_init ();
  app = ls_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
