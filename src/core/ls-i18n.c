/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-i18n"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ls-i18n.h"

/* LIVSSKISSE_LOCALEDIR lets the uninstalled build (build-aux/run, tests) find
 * the catalogs meson compiles into the build tree. */
void
ls_i18n_init (void)
{
  const char *localedir = g_getenv ("LIVSSKISSE_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
