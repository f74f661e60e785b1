/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-xml-schema"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "ls-xml-libxml.h"
#include "ls-xml-node.h"
#include "ls-xml-reader.h"
#include "ls-xml-schema.h"
#include "ls-xml-schema-resources.h"

#define SCHEMA_PATH "/org/livsskisse/Livsskisse/schema/livsskisse-case-1.rng"

GBytes *
ls_xml_schema_get_bytes (void)
{
  /* Through the generated getter, so that the linker keeps the resource
   * even though it lives in a static library. */
  GBytes *bytes = g_resource_lookup_data (ls_xml_schema_get_resource (), SCHEMA_PATH,
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert (bytes != NULL);
  return bytes;
}

static void
on_validity_error (void        *user_data,
                   xmlErrorPtr  err)
{
  GError **first = user_data;

  if (*first == NULL)
    *first = g_error_new (LS_XML_ERROR, LS_XML_ERROR_STRUCTURE,
                          _("line %d does not match the schema: %s"),
                          err->line, err->message ? g_strchomp (err->message) : "");
}

gboolean
ls_xml_schema_validate_data (const char *data,
                             gsize       length,
                             GError    **error)
{
  g_autoptr(GBytes) schema = ls_xml_schema_get_bytes ();
  xmlRelaxNGParserCtxtPtr pctxt;
  xmlRelaxNGPtr rng;
  xmlRelaxNGValidCtxtPtr vctxt;
  xmlDocPtr doc;
  GError *first = NULL;
  gsize schema_len;
  const char *schema_data = g_bytes_get_data (schema, &schema_len);
  int rc;

  g_return_val_if_fail (data != NULL, FALSE);

  if (!ls_xml_reader_init (error))
    return FALSE;
  doc = xmlReadMemory (data, (int) length, NULL, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR
                       | XML_PARSE_NOWARNING);
  if (doc == NULL)
    {
      g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_MALFORMED, _("the file is not well-formed XML"));
      return FALSE;
    }
  pctxt = xmlRelaxNGNewMemParserCtxt (schema_data, (int) schema_len);
  rng = xmlRelaxNGParse (pctxt);
  xmlRelaxNGFreeParserCtxt (pctxt);
  g_assert (rng != NULL);
  vctxt = xmlRelaxNGNewValidCtxt (rng);
  xmlRelaxNGSetValidStructuredErrors (vctxt, on_validity_error, &first);
  rc = xmlRelaxNGValidateDoc (vctxt, doc);
  xmlRelaxNGFreeValidCtxt (vctxt);
  xmlRelaxNGFree (rng);
  xmlFreeDoc (doc);
  if (rc == 0)
    {
      g_clear_error (&first);
      return TRUE;
    }
  if (first == NULL)
    first = g_error_new (LS_XML_ERROR, LS_XML_ERROR_STRUCTURE, _("the file does not match the schema"));
  g_propagate_error (error, first);
  return FALSE;
}

gboolean
ls_xml_schema_validate_file (const char *path,
                             GError    **error)
{
  g_autofree char *data = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, error))
    return FALSE;
  return ls_xml_schema_validate_data (data, length, error);
}
