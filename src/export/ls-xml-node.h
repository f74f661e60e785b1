/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The case exchange format (data/schema/livsskisse-case-1.rng) as a small
 * tree of checked nodes, one person at a time: the reader fills it from a
 * file, the writer writes it out, and the mapping to the domain objects
 * works on it. Element and attribute names are the format's own; a node
 * only accepts what the format allows (see ls-xml-spec.c). */

#define LS_XML_NAMESPACE "https://livsskisse.org/ns/case/1"
#define LS_XML_VERSION   "1"

#define LS_XML_ERROR (ls_xml_error_quark ())

/* Progress of a long read or write: @done of @total (bytes read, or
 * persons written). Called on the thread doing the work. */
typedef void (*LsXmlProgressFunc) (guint64  done,
                                   guint64  total,
                                   gpointer user_data);

typedef enum
{
  LS_XML_ERROR_IO,
  LS_XML_ERROR_MALFORMED,     /* not well-formed XML */
  LS_XML_ERROR_FORBIDDEN,     /* DOCTYPE, entities, external references */
  LS_XML_ERROR_LIMIT,         /* too big, too deep, too long */
  LS_XML_ERROR_ENCODING,      /* not UTF-8 */
  LS_XML_ERROR_FORMAT,        /* wrong namespace, version or root */
  LS_XML_ERROR_STRUCTURE,     /* element or attribute not allowed or missing */
  LS_XML_ERROR_VALUE,         /* a date, rating or key out of range */
  LS_XML_ERROR_REFERENCE,     /* an id used twice, or a reference to nothing */
  LS_XML_ERROR_CONFLICT,      /* the person exists already */
  LS_XML_ERROR_STORE,         /* the database refused */
} LsXmlError;

GQuark ls_xml_error_quark (void);

typedef struct _LsXmlElementSpec LsXmlElementSpec;
typedef struct _LsXmlNode        LsXmlNode;

/* A node of a known element (NULL for an unknown @name). */
LsXmlNode  *ls_xml_node_new             (const char *name);
void        ls_xml_node_free            (LsXmlNode  *node);

const char *ls_xml_node_get_name        (const LsXmlNode *node);
/* The line in the file the node was read from; 0 when built in memory. */
guint       ls_xml_node_get_line        (const LsXmlNode *node);
LsXmlNode  *ls_xml_node_get_parent      (const LsXmlNode *node);
LsXmlNode  *ls_xml_node_get_first_child (const LsXmlNode *node);
LsXmlNode  *ls_xml_node_get_next        (const LsXmlNode *node);

/* NULL when not set. Asking for an attribute the element does not have is
 * a programming error. */
const char *ls_xml_node_get_attr        (const LsXmlNode *node,
                                         const char      *name);
/* NULL or empty clears the attribute. */
void        ls_xml_node_set_attr        (LsXmlNode       *node,
                                         const char      *name,
                                         const char      *value);
void        ls_xml_node_set_attr_int    (LsXmlNode       *node,
                                         const char      *name,
                                         gint64           value);
void        ls_xml_node_set_attr_bool   (LsXmlNode       *node,
                                         const char      *name,
                                         gboolean         value);
/* Shortest decimal that reads back to the same double; no exponent. */
void        ls_xml_node_set_attr_double (LsXmlNode       *node,
                                         const char      *name,
                                         double           value);
/* Sets "YYYY-MM-DD"; NULL or an invalid date clears. */
void        ls_xml_node_set_attr_date   (LsXmlNode       *node,
                                         const char      *name,
                                         const GDate     *date);

gboolean    ls_xml_node_get_bool        (const LsXmlNode *node,
                                         const char      *name,
                                         gboolean         unset);
gint64      ls_xml_node_get_int         (const LsXmlNode *node,
                                         const char      *name,
                                         gint64           unset);
double      ls_xml_node_get_double      (const LsXmlNode *node,
                                         const char      *name,
                                         double           unset);
/* A new GDate, or NULL when not set. */
GDate      *ls_xml_node_dup_date        (const LsXmlNode *node,
                                         const char      *name);

/* The text content of a text element; NULL when empty. */
const char *ls_xml_node_get_text        (const LsXmlNode *node);
void        ls_xml_node_set_text        (LsXmlNode       *node,
                                         const char      *text);
/* The text of the first child called @name, or NULL. */
const char *ls_xml_node_get_child_text  (const LsXmlNode *node,
                                         const char      *name);

/* Appends @child (taking it) and returns it. */
LsXmlNode  *ls_xml_node_append          (LsXmlNode       *node,
                                         LsXmlNode       *child);
/* Appends a new child element @name; returns it. */
LsXmlNode  *ls_xml_node_add             (LsXmlNode       *node,
                                         const char      *name);
/* Appends a text child @name with @text, unless @text is NULL or empty. */
void        ls_xml_node_add_text        (LsXmlNode       *node,
                                         const char      *name,
                                         const char      *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsXmlNode, ls_xml_node_free)

G_END_DECLS
