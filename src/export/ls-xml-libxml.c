/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading libxml2 when the first XML is read or written (see
 * ls-xml-libxml.h and ls-lazy-library.h). */
#define G_LOG_DOMAIN "ls-xml"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#define LS_XML2_NO_NAMES
#include "ls-xml-libxml.h"

/* The Debian package that holds it, as the message names it. */
#define LIBXML2_PACKAGE "libxml2"

LsXml2 _ls_xml2;

static const LsLazySymbol symbols[] = {
  LS_XML2_FUNCTIONS (LS_LAZY_ENTRY, _ls_xml2)
};

static LsLazyLibrary libxml2 = { "libxml2.so.2", symbols, G_N_ELEMENTS (symbols), 0, NULL };

void
_ls_xml_libxml_set_file_name (const char *file_name)
{
  libxml2.file_name = file_name;
}

gboolean
_ls_xml_libxml_load (GError **error)
{
  if (ls_lazy_library_load (&libxml2) == LS_LAZY_LIBRARY_LOADED)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               /* Translators: the first %s is the file name of the XML library (libxml2.so.2),
                * the second the package to install (libxml2). */
               _("No XML can be read or written: the XML library %s is missing or too old; install the "
                 "package %s"),
               libxml2.file_name, LIBXML2_PACKAGE);
  return FALSE;
}
