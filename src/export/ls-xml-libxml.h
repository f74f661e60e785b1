/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* libxml2, loaded when the first XML is read or written rather than when
 * the program starts: a letter, the window's start and every command that
 * exchanges no XML never load it (nor ICU, which Debian's libxml2 brings).
 *
 * The XML files include this header instead of libxml2's and call its
 * functions by their own names; each name below is a macro for the pointer
 * of the same name in one table, filled once by _ls_xml_libxml_load()
 * (ls-lazy-library.h). Nothing links against libxml2: a function missing
 * from the table fails to link the programs. ls_xml_reader_init(), which
 * every reader, writer and validation calls first, loads it. */

#include <glib.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/xmlwriter.h>

#include "ls-lazy-library.h"

G_BEGIN_DECLS

/* The functions of libxml2 used, each with libxml2's own type. */
#define LS_XML2_FUNCTIONS(X, table) \
  X (table, xmlCreatePushParserCtxt) \
  X (table, xmlCtxtUseOptions) \
  X (table, xmlFreeDoc) \
  X (table, xmlFreeParserCtxt) \
  X (table, xmlFreeTextWriter) \
  X (table, xmlGetPredefinedEntity) \
  X (table, xmlInitParser) \
  X (table, xmlNewTextWriter) \
  X (table, xmlOutputBufferCreateIO) \
  X (table, xmlParseChunk) \
  X (table, xmlReadMemory) \
  X (table, xmlRelaxNGFree) \
  X (table, xmlRelaxNGFreeParserCtxt) \
  X (table, xmlRelaxNGFreeValidCtxt) \
  X (table, xmlRelaxNGNewMemParserCtxt) \
  X (table, xmlRelaxNGNewValidCtxt) \
  X (table, xmlRelaxNGParse) \
  X (table, xmlRelaxNGSetValidStructuredErrors) \
  X (table, xmlRelaxNGValidateDoc) \
  X (table, xmlSAX2GetLineNumber) \
  X (table, xmlSetExternalEntityLoader) \
  X (table, xmlSetGenericErrorFunc) \
  X (table, xmlSetStructuredErrorFunc) \
  X (table, xmlStopParser) \
  X (table, xmlTextWriterEndDocument) \
  X (table, xmlTextWriterEndElement) \
  X (table, xmlTextWriterFlush) \
  X (table, xmlTextWriterSetIndent) \
  X (table, xmlTextWriterSetIndentString) \
  X (table, xmlTextWriterStartDocument) \
  X (table, xmlTextWriterStartElement) \
  X (table, xmlTextWriterStartElementNS) \
  X (table, xmlTextWriterWriteAttribute) \
  X (table, xmlTextWriterWriteString)

typedef struct
{
  LS_XML2_FUNCTIONS (LS_LAZY_MEMBER, _ls_xml2)
} LsXml2;

extern LsXml2 _ls_xml2;

/* Loads libxml2 and fills the table the first time; FALSE with @error
 * (one sentence naming the library and its package) when it cannot. */
gboolean _ls_xml_libxml_load (GError **error);

/* For tests, before the first load: the file name libxml2 is loaded from. */
void     _ls_xml_libxml_set_file_name (const char *file_name);

#ifndef LS_XML2_NO_NAMES
#define xmlCreatePushParserCtxt            (_ls_xml2.xmlCreatePushParserCtxt)
#define xmlCtxtUseOptions                  (_ls_xml2.xmlCtxtUseOptions)
#define xmlFreeDoc                         (_ls_xml2.xmlFreeDoc)
#define xmlFreeParserCtxt                  (_ls_xml2.xmlFreeParserCtxt)
#define xmlFreeTextWriter                  (_ls_xml2.xmlFreeTextWriter)
#define xmlGetPredefinedEntity             (_ls_xml2.xmlGetPredefinedEntity)
#define xmlInitParser                      (_ls_xml2.xmlInitParser)
#define xmlNewTextWriter                   (_ls_xml2.xmlNewTextWriter)
#define xmlOutputBufferCreateIO            (_ls_xml2.xmlOutputBufferCreateIO)
#define xmlParseChunk                      (_ls_xml2.xmlParseChunk)
#define xmlReadMemory                      (_ls_xml2.xmlReadMemory)
#define xmlRelaxNGFree                     (_ls_xml2.xmlRelaxNGFree)
#define xmlRelaxNGFreeParserCtxt           (_ls_xml2.xmlRelaxNGFreeParserCtxt)
#define xmlRelaxNGFreeValidCtxt            (_ls_xml2.xmlRelaxNGFreeValidCtxt)
#define xmlRelaxNGNewMemParserCtxt         (_ls_xml2.xmlRelaxNGNewMemParserCtxt)
#define xmlRelaxNGNewValidCtxt             (_ls_xml2.xmlRelaxNGNewValidCtxt)
#define xmlRelaxNGParse                    (_ls_xml2.xmlRelaxNGParse)
#define xmlRelaxNGSetValidStructuredErrors (_ls_xml2.xmlRelaxNGSetValidStructuredErrors)
#define xmlRelaxNGValidateDoc              (_ls_xml2.xmlRelaxNGValidateDoc)
#define xmlSAX2GetLineNumber               (_ls_xml2.xmlSAX2GetLineNumber)
#define xmlSetExternalEntityLoader         (_ls_xml2.xmlSetExternalEntityLoader)
#define xmlSetGenericErrorFunc             (_ls_xml2.xmlSetGenericErrorFunc)
#define xmlSetStructuredErrorFunc          (_ls_xml2.xmlSetStructuredErrorFunc)
#define xmlStopParser                      (_ls_xml2.xmlStopParser)
#define xmlTextWriterEndDocument           (_ls_xml2.xmlTextWriterEndDocument)
#define xmlTextWriterEndElement            (_ls_xml2.xmlTextWriterEndElement)
#define xmlTextWriterFlush                 (_ls_xml2.xmlTextWriterFlush)
#define xmlTextWriterSetIndent             (_ls_xml2.xmlTextWriterSetIndent)
#define xmlTextWriterSetIndentString       (_ls_xml2.xmlTextWriterSetIndentString)
#define xmlTextWriterStartDocument         (_ls_xml2.xmlTextWriterStartDocument)
#define xmlTextWriterStartElement          (_ls_xml2.xmlTextWriterStartElement)
#define xmlTextWriterStartElementNS        (_ls_xml2.xmlTextWriterStartElementNS)
#define xmlTextWriterWriteAttribute        (_ls_xml2.xmlTextWriterWriteAttribute)
#define xmlTextWriterWriteString           (_ls_xml2.xmlTextWriterWriteString)
#endif

G_END_DECLS
