/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-xml-node"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ls-value.h"
#include "ls-xml-spec.h"

LsXmlNode *
ls_xml_node_new (const char *name)
{
  const LsXmlElementSpec *spec;
  LsXmlNode *node;

  g_return_val_if_fail (name != NULL, NULL);

  spec = ls_xml_spec_lookup (name);
  g_return_val_if_fail (spec != NULL, NULL);
  node = g_new0 (LsXmlNode, 1);
  node->spec = spec;
  node->last_index = -1;
  return node;
}

void
ls_xml_node_free (LsXmlNode *node)
{
  LsXmlNode *child;

  if (node == NULL)
    return;
  child = node->first_child;
  while (child != NULL)
    {
      LsXmlNode *next = child->next;

      ls_xml_node_free (child);
      child = next;
    }
  for (guint i = 0; i < LS_XML_MAX_ATTRS; i++)
    g_free (node->attrs[i]);
  g_free (node->text);
  g_free (node);
}

const char *
ls_xml_node_get_name (const LsXmlNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);
  return node->spec->name;
}

guint
ls_xml_node_get_line (const LsXmlNode *node)
{
  g_return_val_if_fail (node != NULL, 0);
  return node->line;
}

LsXmlNode *
ls_xml_node_get_parent (const LsXmlNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);
  return node->parent;
}

LsXmlNode *
ls_xml_node_get_first_child (const LsXmlNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);
  return node->first_child;
}

LsXmlNode *
ls_xml_node_get_next (const LsXmlNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);
  return node->next;
}

static int
attr_index (const LsXmlNode *node,
            const char      *name)
{
  int i = ls_xml_spec_attr_index (node->spec, name);

  if (i < 0)
    g_critical ("“%s” has no attribute “%s”", node->spec->name, name);
  return i;
}

const char *
ls_xml_node_get_attr (const LsXmlNode *node,
                      const char      *name)
{
  int i;

  g_return_val_if_fail (node != NULL && name != NULL, NULL);
  i = attr_index (node, name);
  return i < 0 ? NULL : node->attrs[i];
}

void
ls_xml_node_set_attr (LsXmlNode  *node,
                      const char *name,
                      const char *value)
{
  int i;

  g_return_if_fail (node != NULL && name != NULL);
  i = attr_index (node, name);
  if (i < 0)
    return;
  g_free (node->attrs[i]);
  node->attrs[i] = (value != NULL && *value != '\0') ? g_strdup (value) : NULL;
}

void
ls_xml_node_set_attr_int (LsXmlNode  *node,
                          const char *name,
                          gint64      value)
{
  char buf[32];

  g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, value);
  ls_xml_node_set_attr (node, name, buf);
}

void
ls_xml_node_set_attr_bool (LsXmlNode  *node,
                           const char *name,
                           gboolean    value)
{
  ls_xml_node_set_attr (node, name, value ? "true" : "false");
}

void
ls_xml_node_set_attr_double (LsXmlNode  *node,
                             const char *name,
                             double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (isfinite (value));
  /* The fewest digits that read back exactly, without an exponent, so the
   * same value is always written the same way. */
  for (int decimals = 0; decimals <= 17; decimals++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%df", decimals);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  ls_xml_node_set_attr (node, name, buf);
}

void
ls_xml_node_set_attr_date (LsXmlNode   *node,
                           const char  *name,
                           const GDate *date)
{
  g_autofree char *iso = ls_date_to_iso (date);

  ls_xml_node_set_attr (node, name, iso);
}

gboolean
ls_xml_node_get_bool (const LsXmlNode *node,
                      const char      *name,
                      gboolean         unset)
{
  const char *v = ls_xml_node_get_attr (node, name);

  return v == NULL ? unset : strcmp (v, "true") == 0;
}

gint64
ls_xml_node_get_int (const LsXmlNode *node,
                     const char      *name,
                     gint64           unset)
{
  const char *v = ls_xml_node_get_attr (node, name);

  return v == NULL ? unset : g_ascii_strtoll (v, NULL, 10);
}

double
ls_xml_node_get_double (const LsXmlNode *node,
                        const char      *name,
                        double           unset)
{
  const char *v = ls_xml_node_get_attr (node, name);

  return v == NULL ? unset : g_ascii_strtod (v, NULL);
}

GDate *
ls_xml_node_dup_date (const LsXmlNode *node,
                      const char      *name)
{
  const char *v = ls_xml_node_get_attr (node, name);

  return v == NULL ? NULL : ls_date_from_iso (v);
}

const char *
ls_xml_node_get_text (const LsXmlNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);
  return node->text;
}

void
ls_xml_node_set_text (LsXmlNode  *node,
                      const char *text)
{
  g_return_if_fail (node != NULL);
  g_return_if_fail (node->spec->flags & LS_XML_TEXT);
  g_free (node->text);
  node->text = (text != NULL && *text != '\0') ? g_strdup (text) : NULL;
}

const char *
ls_xml_node_get_child_text (const LsXmlNode *node,
                            const char      *name)
{
  g_return_val_if_fail (node != NULL && name != NULL, NULL);
  for (const LsXmlNode *c = node->first_child; c; c = c->next)
    if (strcmp (c->spec->name, name) == 0)
      return c->text;
  return NULL;
}

LsXmlNode *
ls_xml_node_append (LsXmlNode *node,
                    LsXmlNode *child)
{
  g_return_val_if_fail (node != NULL && child != NULL, NULL);
  g_return_val_if_fail (child->parent == NULL, NULL);
  child->parent = node;
  if (node->last_child != NULL)
    node->last_child->next = child;
  else
    node->first_child = child;
  node->last_child = child;
  return child;
}

LsXmlNode *
ls_xml_node_add (LsXmlNode  *node,
                 const char *name)
{
  LsXmlNode *child = ls_xml_node_new (name);

  g_return_val_if_fail (child != NULL, NULL);
  return ls_xml_node_append (node, child);
}

void
ls_xml_node_add_text (LsXmlNode  *node,
                      const char *name,
                      const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  ls_xml_node_set_text (ls_xml_node_add (node, name), text);
}
