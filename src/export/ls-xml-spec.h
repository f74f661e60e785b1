/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-xml-node.h"

G_BEGIN_DECLS

/* The format as tables, shared by the reader, the writer and the nodes.
 * It says the same as data/schema/livsskisse-case-1.rng, plus what RELAX NG
 * cannot say (real dates, national id control digits, references). */

typedef enum
{
  LS_XML_ATTR_ID,          /* NCName, at most 64 characters */
  LS_XML_ATTR_REF,         /* the id of an element named ref_kind */
  LS_XML_ATTR_KEY,         /* [a-z0-9_-]{1,64} */
  LS_XML_ATTR_TOKEN,       /* any text up to max characters, no line breaks */
  LS_XML_ATTR_ENUM,
  LS_XML_ATTR_DATE,        /* YYYY-MM-DD, a real date, 1800-2199 */
  LS_XML_ATTR_DATETIME,    /* YYYY-MM-DDThh:mm:ssZ */
  LS_XML_ATTR_BOOL,        /* true / false */
  LS_XML_ATTR_INT,         /* between min and max */
  LS_XML_ATTR_DECIMAL,     /* between min and max, no exponent */
  LS_XML_ATTR_NATIONAL_ID, /* 11 digits with valid control digits */
  LS_XML_ATTR_FIXED,       /* exactly values[0] */
  LS_XML_ATTR_UUID,        /* 8-4-4-4-12 lowercase hexadecimal digits */
} LsXmlAttrType;

typedef struct
{
  const char          *name;
  LsXmlAttrType        type;
  gboolean             required;
  const char * const  *values;    /* ENUM, FIXED */
  double               min, max;  /* INT, DECIMAL; TOKEN: max length */
  const char          *ref_kind;  /* REF */
} LsXmlAttrSpec;

typedef struct
{
  const LsXmlElementSpec *spec;
  guint                   max;    /* 0: unbounded; 1: optional */
} LsXmlChildSpec;

typedef enum
{
  LS_XML_TEXT          = 1 << 0,  /* content is text (kept exactly) */
  LS_XML_ONE_ATTR      = 1 << 1,  /* exactly one of its attributes */
  LS_XML_UNIQUE_ATTR0  = 1 << 2,  /* the first attribute differs among siblings */
  LS_XML_BIRTH_FROM_ID = 1 << 3,  /* "birth-date" is the day "national-id" gives */
  LS_XML_PERIOD        = 1 << 4,  /* "end", when given, is not before "start" */
} LsXmlElementFlags;

struct _LsXmlElementSpec
{
  const char           *name;
  LsXmlElementFlags     flags;
  const LsXmlAttrSpec  *attrs;
  guint                 n_attrs;
  const LsXmlChildSpec *children;  /* in document order */
  guint                 n_children;
};

/* The most attributes an element has (the decision); ls-xml-spec.c checks
 * each element against it when compiled. */
#define LS_XML_MAX_ATTRS 16

struct _LsXmlNode
{
  const LsXmlElementSpec *spec;
  guint                   line;
  char                   *attrs[LS_XML_MAX_ATTRS];
  char                   *text;
  LsXmlNode              *parent;
  LsXmlNode              *first_child;
  LsXmlNode              *last_child;
  LsXmlNode              *next;
  /* While reading: the spec index of the last child, and how many of
   * that kind came in a row (children come in the spec's order). */
  int                     last_index;
  guint                   run;
};

const LsXmlElementSpec *ls_xml_spec_root     (void);
const LsXmlElementSpec *ls_xml_spec_lookup   (const char             *name);
/* The index of @name in @spec's attributes, or -1. */
int                     ls_xml_spec_attr_index (const LsXmlElementSpec *spec,
                                                const char             *name);
/* The index of child @name in @spec's children, or -1. */
int                     ls_xml_spec_child_index (const LsXmlElementSpec *spec,
                                                 const char             *name);

/* Checks one attribute value; the message names the attribute and the
 * element but never the value. */
gboolean                ls_xml_spec_check_attr (const LsXmlElementSpec *spec,
                                                guint                   index,
                                                const char             *value,
                                                GError                **error);

/* What a complete node must satisfy: required attributes, one-of, how
 * often each child occurs, unique attributes among siblings. On failure
 * *@line is the line of the offending node. */
gboolean                ls_xml_spec_check_node (const LsXmlNode        *node,
                                                guint                  *line,
                                                GError                **error);

/* Unique ids and references of the right kind inside @person. */
gboolean                ls_xml_spec_check_references (const LsXmlNode  *person,
                                                      guint            *line,
                                                      GError          **error);

G_END_DECLS
