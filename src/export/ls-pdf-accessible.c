/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Completing cairo's tagged PDF for screen readers with qpdf's C API.
 * libqpdf is loaded with the first PDF completed (ls-lazy-library.h): with
 * the C++ library and the TLS libraries it brings, it cost every process
 * about 5 ms at start, the window's and every command's that writes no
 * PDF. */
#define G_LOG_DOMAIN "ls-pdf-accessible"

#include <glib/gi18n.h>
#include <qpdf/qpdf-c.h>
#include <string.h>

#include "ls-doc-pdf.h"
#include "ls-lazy-library.h"
#include "ls-pdf-accessible.h"

/* The functions of libqpdf used here, each with qpdf's own type; below
 * the table each name is a macro for its pointer. */
#define LS_QPDF_FUNCTIONS(X, table) \
  X (table, qpdf_cleanup) \
  X (table, qpdf_get_buffer) \
  X (table, qpdf_get_buffer_length) \
  X (table, qpdf_get_error) \
  X (table, qpdf_get_error_full_text) \
  X (table, qpdf_get_root) \
  X (table, qpdf_has_error) \
  X (table, qpdf_init) \
  X (table, qpdf_init_write_memory) \
  X (table, qpdf_more_warnings) \
  X (table, qpdf_next_warning) \
  X (table, qpdf_oh_append_item) \
  X (table, qpdf_oh_get_array_item) \
  X (table, qpdf_oh_get_array_n_items) \
  X (table, qpdf_oh_get_dict) \
  X (table, qpdf_oh_get_key) \
  X (table, qpdf_oh_has_key) \
  X (table, qpdf_oh_is_array) \
  X (table, qpdf_oh_is_dictionary) \
  X (table, qpdf_oh_is_name_and_equals) \
  X (table, qpdf_oh_new_bool) \
  X (table, qpdf_oh_new_dictionary) \
  X (table, qpdf_oh_new_name) \
  X (table, qpdf_oh_new_null) \
  X (table, qpdf_oh_new_stream) \
  X (table, qpdf_oh_new_unicode_string) \
  X (table, qpdf_oh_replace_key) \
  X (table, qpdf_oh_replace_stream_data) \
  X (table, qpdf_oh_wrap_in_array) \
  X (table, qpdf_read_memory) \
  X (table, qpdf_set_deterministic_ID) \
  X (table, qpdf_set_object_stream_mode) \
  X (table, qpdf_silence_errors) \
  X (table, qpdf_write)

/* qpdf 11's library; the Debian package that holds it. */
LS_LAZY_LIBRARY_DEFINE (LS_QPDF_FUNCTIONS, qpdf, libqpdf, "libqpdf.so.29");
#define LIBQPDF_PACKAGE "libqpdf29"

#define qpdf_cleanup                (qpdf.qpdf_cleanup)
#define qpdf_get_buffer             (qpdf.qpdf_get_buffer)
#define qpdf_get_buffer_length      (qpdf.qpdf_get_buffer_length)
#define qpdf_get_error              (qpdf.qpdf_get_error)
#define qpdf_get_error_full_text    (qpdf.qpdf_get_error_full_text)
#define qpdf_get_root               (qpdf.qpdf_get_root)
#define qpdf_has_error              (qpdf.qpdf_has_error)
#define qpdf_init                   (qpdf.qpdf_init)
#define qpdf_init_write_memory      (qpdf.qpdf_init_write_memory)
#define qpdf_more_warnings          (qpdf.qpdf_more_warnings)
#define qpdf_next_warning           (qpdf.qpdf_next_warning)
#define qpdf_oh_append_item         (qpdf.qpdf_oh_append_item)
#define qpdf_oh_get_array_item      (qpdf.qpdf_oh_get_array_item)
#define qpdf_oh_get_array_n_items   (qpdf.qpdf_oh_get_array_n_items)
#define qpdf_oh_get_dict            (qpdf.qpdf_oh_get_dict)
#define qpdf_oh_get_key             (qpdf.qpdf_oh_get_key)
#define qpdf_oh_has_key             (qpdf.qpdf_oh_has_key)
#define qpdf_oh_is_array            (qpdf.qpdf_oh_is_array)
#define qpdf_oh_is_dictionary       (qpdf.qpdf_oh_is_dictionary)
#define qpdf_oh_is_name_and_equals  (qpdf.qpdf_oh_is_name_and_equals)
#define qpdf_oh_new_bool            (qpdf.qpdf_oh_new_bool)
#define qpdf_oh_new_dictionary      (qpdf.qpdf_oh_new_dictionary)
#define qpdf_oh_new_name            (qpdf.qpdf_oh_new_name)
#define qpdf_oh_new_null            (qpdf.qpdf_oh_new_null)
#define qpdf_oh_new_stream          (qpdf.qpdf_oh_new_stream)
#define qpdf_oh_new_unicode_string  (qpdf.qpdf_oh_new_unicode_string)
#define qpdf_oh_replace_key         (qpdf.qpdf_oh_replace_key)
#define qpdf_oh_replace_stream_data (qpdf.qpdf_oh_replace_stream_data)
#define qpdf_oh_wrap_in_array       (qpdf.qpdf_oh_wrap_in_array)
#define qpdf_read_memory            (qpdf.qpdf_read_memory)
#define qpdf_set_deterministic_ID   (qpdf.qpdf_set_deterministic_ID)
#define qpdf_set_object_stream_mode (qpdf.qpdf_set_object_stream_mode)
#define qpdf_silence_errors         (qpdf.qpdf_silence_errors)
#define qpdf_write                  (qpdf.qpdf_write)

/* cairo nests Document > Table > TR > TH; anything deeper than this is not
 * a tree cairo wrote. */
#define MAX_STRUCTURE_DEPTH 64

/* BCP 47 with the region, as screen readers pick their voice by it:
 * Norway's written languages "nb" and "nn" become "nb-NO" and "nn-NO". */
static char *
pdf_language (const char *language)
{
  if (language == NULL || language[0] == '\0')
    return NULL;
  if (g_str_equal (language, "nb") || g_str_equal (language, "nn"))
    return g_strconcat (language, "-NO", NULL);
  return g_strdup (language);
}

/* ---- XMP ------------------------------------------------------------- */

/* @open, @text escaped and @close; nothing without @text. */
static void
append_xmp_text (GString    *xmp,
                 const char *open,
                 const char *text,
                 const char *close)
{
  g_autofree char *escaped = NULL;

  if (text == NULL || text[0] == '\0')
    return;
  escaped = g_markup_escape_text (text, -1);
  g_string_append (xmp, open);
  g_string_append (xmp, escaped);
  g_string_append (xmp, close);
}

/* The same title, author, subject and keywords as cairo's /Info, the
 * language and the PDF/UA identification (part 1). */
static char *
xmp_new (LsDoc      *doc,
         const char *language)
{
  GString *xmp = g_string_new ("<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                               " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                               "  <rdf:Description rdf:about=\"\"\n"
                               "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                               "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                               "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                               "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                               "   <dc:format>application/pdf</dc:format>\n");

  append_xmp_text (xmp, "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">", ls_doc_get_title (doc),
                   "</rdf:li></rdf:Alt></dc:title>\n");
  append_xmp_text (xmp, "   <dc:language><rdf:Bag><rdf:li>", language, "</rdf:li></rdf:Bag></dc:language>\n");
  append_xmp_text (xmp, "   <dc:creator><rdf:Seq><rdf:li>", ls_doc_get_author (doc),
                   "</rdf:li></rdf:Seq></dc:creator>\n");
  append_xmp_text (xmp, "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">", ls_doc_get_subject (doc),
                   "</rdf:li></rdf:Alt></dc:description>\n");
  append_xmp_text (xmp, "   <pdf:Keywords>", ls_doc_get_keywords (doc), "</pdf:Keywords>\n");
  g_string_append (xmp,
                   "   <xmp:CreatorTool>Livsskisse</xmp:CreatorTool>\n"
                   "   <pdfuaid:part>1</pdfuaid:part>\n"
                   "  </rdf:Description>\n"
                   " </rdf:RDF>\n"
                   "</x:xmpmeta>\n"
                   "<?xpacket end=\"w\"?>");
  return g_string_free (xmp, FALSE);
}

/* ---- the document catalog -------------------------------------------- */

/* @dict's dictionary at @key, added empty if it has none. */
static qpdf_oh
ensure_dict (qpdf_data   q,
             qpdf_oh     dict,
             const char *key)
{
  qpdf_oh value = qpdf_oh_get_key (q, dict, key);

  if (!qpdf_oh_is_dictionary (q, value))
    {
      value = qpdf_oh_new_dictionary (q);
      qpdf_oh_replace_key (q, dict, key, value);
    }
  return value;
}

static void
complete_catalog (qpdf_data  q,
                  LsDoc     *doc)
{
  qpdf_oh root = qpdf_get_root (q);
  g_autofree char *language = pdf_language (ls_doc_get_language (doc));
  g_autofree char *xml = xmp_new (doc, language);
  qpdf_oh metadata = qpdf_oh_new_stream (q);
  qpdf_oh metadata_dict = qpdf_oh_get_dict (q, metadata);

  if (language != NULL)
    qpdf_oh_replace_key (q, root, "/Lang", qpdf_oh_new_unicode_string (q, language));
  /* The title bar shows the letter's title, not the file name. */
  qpdf_oh_replace_key (q, ensure_dict (q, root, "/ViewerPreferences"), "/DisplayDocTitle",
                       qpdf_oh_new_bool (q, QPDF_TRUE));
  qpdf_oh_replace_key (q, ensure_dict (q, root, "/MarkInfo"), "/Marked", qpdf_oh_new_bool (q, QPDF_TRUE));

  /* qpdf leaves metadata streams uncompressed, readable by any tool. */
  qpdf_oh_replace_stream_data (q, metadata, (const unsigned char *) xml, strlen (xml),
                               qpdf_oh_new_null (q), qpdf_oh_new_null (q));
  qpdf_oh_replace_key (q, metadata_dict, "/Type", qpdf_oh_new_name (q, "/Metadata"));
  qpdf_oh_replace_key (q, metadata_dict, "/Subtype", qpdf_oh_new_name (q, "/XML"));
  qpdf_oh_replace_key (q, root, "/Metadata", metadata);
}

/* ---- the structure tree ---------------------------------------------- */

typedef struct
{
  qpdf_data  q;
  GPtrArray *alt_texts;  /* const char *, one per figure of the LsDoc */
  guint      n_figures;  /* Figure elements seen so far */
  gboolean   too_deep;
} Structure;

static gboolean
is_type (qpdf_data   q,
         qpdf_oh     element,
         const char *type)
{
  return qpdf_oh_is_dictionary (q, element) && qpdf_oh_is_name_and_equals (q, qpdf_oh_get_key (q, element, "/S"), type);
}

/* A header cell heads its column when its whole row is header cells (the
 * repeated header row of a table), else its row. */
static const char *
header_scope (qpdf_data q,
              qpdf_oh   row)
{
  qpdf_oh cells = qpdf_oh_get_key (q, row, "/K");

  if (qpdf_oh_is_array (q, cells))
    for (int i = 0; i < qpdf_oh_get_array_n_items (q, cells); i++)
      if (is_type (q, qpdf_oh_get_array_item (q, cells, i), "/TD"))
        return "/Row";
  return "/Column";
}

static void
complete_header_cell (qpdf_data q,
                      qpdf_oh   cell,
                      qpdf_oh   row)
{
  qpdf_oh attributes = qpdf_oh_new_dictionary (q);
  qpdf_oh old = qpdf_oh_get_key (q, cell, "/A");

  qpdf_oh_replace_key (q, attributes, "/O", qpdf_oh_new_name (q, "/Table"));
  qpdf_oh_replace_key (q, attributes, "/Scope", qpdf_oh_new_name (q, header_scope (q, row)));
  /* Attributes of other owners stay beside the table's. */
  if (qpdf_oh_is_dictionary (q, old) || qpdf_oh_is_array (q, old))
    {
      qpdf_oh list = qpdf_oh_is_array (q, old) ? old : qpdf_oh_wrap_in_array (q, old);

      qpdf_oh_append_item (q, list, attributes);
      attributes = list;
    }
  qpdf_oh_replace_key (q, cell, "/A", attributes);
}

/* Visits @node (a structure element, an array of kids, or a marked-content
 * reference) depth first, that is in document order. */
static void
complete_structure (Structure *s,
                    qpdf_oh    node,
                    qpdf_oh    parent,
                    guint      depth)
{
  qpdf_data q = s->q;

  if (depth > MAX_STRUCTURE_DEPTH)
    {
      s->too_deep = TRUE;
      return;
    }
  if (qpdf_oh_is_array (q, node))
    {
      for (int i = 0; i < qpdf_oh_get_array_n_items (q, node); i++)
        complete_structure (s, qpdf_oh_get_array_item (q, node, i), parent, depth + 1);
      return;
    }
  /* Marked-content and object references have no /S. */
  if (!qpdf_oh_is_dictionary (q, node) || !qpdf_oh_has_key (q, node, "/S"))
    return;
  if (is_type (q, node, "/Figure"))
    {
      const char *alt = s->n_figures < s->alt_texts->len ? g_ptr_array_index (s->alt_texts, s->n_figures) : NULL;

      if (alt != NULL && alt[0] != '\0')
        qpdf_oh_replace_key (q, node, "/Alt", qpdf_oh_new_unicode_string (q, alt));
      s->n_figures++;
    }
  else if (is_type (q, node, "/TH"))
    complete_header_cell (q, node, parent);
  complete_structure (s, qpdf_oh_get_key (q, node, "/K"), node, depth + 1);
}

static GPtrArray *
figure_alt_texts (LsDoc *doc)
{
  GPtrArray *alt_texts = g_ptr_array_new ();

  for (guint i = 0; i < ls_doc_get_n_blocks (doc); i++)
    {
      LsDocBlock *block = ls_doc_get_block (doc, i);

      if (ls_doc_block_get_kind (block) == LS_DOC_BLOCK_FIGURE)
        g_ptr_array_add (alt_texts, (gpointer) ls_doc_figure_get_alt_text (block));
    }
  return alt_texts;
}

/* ---- reading, completing, writing ------------------------------------ */

static gboolean
check_qpdf (qpdf_data   q,
            GError    **error)
{
  if (!qpdf_has_error (q))
    return TRUE;
  /* qpdf's own message names objects and offsets, never the letter's text. */
  g_warning ("qpdf: %s", qpdf_get_error_full_text (q, qpdf_get_error (q)));
  g_set_error_literal (error, LS_DOC_LAYOUT_ERROR, LS_DOC_LAYOUT_ERROR_FAILED,
                       _("The PDF could not be completed for screen readers."));
  return FALSE;
}

static gboolean
complete (qpdf_data   q,
          GBytes     *pdf,
          LsDoc      *doc,
          GError    **error)
{
  g_autoptr(GPtrArray) alt_texts = figure_alt_texts (doc);
  Structure s = { q, alt_texts, 0, FALSE };
  qpdf_oh tree;

  qpdf_read_memory (q, "letter.pdf", g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL);
  if (!check_qpdf (q, error))
    return FALSE;
  complete_catalog (q, doc);
  tree = qpdf_oh_get_key (q, qpdf_get_root (q), "/StructTreeRoot");
  if (qpdf_oh_is_dictionary (q, tree))
    complete_structure (&s, qpdf_oh_get_key (q, tree, "/K"), tree, 0);
  if (!check_qpdf (q, error))
    return FALSE;
  /* Each figure the layout drew is one Figure element: a difference means
   * a figure would reach a screen reader undescribed. */
  if (s.too_deep || s.n_figures != alt_texts->len)
    {
      g_warning ("%u Figure structure elements for %u figures", s.n_figures, alt_texts->len);
      g_set_error_literal (error, LS_DOC_LAYOUT_ERROR, LS_DOC_LAYOUT_ERROR_FAILED,
                           _("The PDF could not be completed for screen readers."));
      return FALSE;
    }

  qpdf_init_write_memory (q);
  /* The same document gives the same file (no random /ID). */
  qpdf_set_deterministic_ID (q, QPDF_TRUE);
  qpdf_set_object_stream_mode (q, qpdf_o_generate);
  qpdf_write (q);
  return check_qpdf (q, error);
}

void
_ls_pdf_accessible_set_library (const char *file_name)
{
  libqpdf.file_name = file_name;
}

GBytes *
ls_pdf_accessible_complete (GBytes  *pdf,
                            LsDoc   *doc,
                            GError **error)
{
  qpdf_data q = NULL;
  GBytes *completed = NULL;

  g_return_val_if_fail (pdf != NULL, NULL);
  g_return_val_if_fail (LS_IS_DOC (doc), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (ls_lazy_library_load (&libqpdf) != LS_LAZY_LIBRARY_LOADED)
    {
      g_set_error (error, LS_DOC_LAYOUT_ERROR, LS_DOC_LAYOUT_ERROR_FAILED,
                   /* Translators: the first %s is the file name of the PDF library (libqpdf.so.29),
                    * the second the package to install (libqpdf29). */
                   _("The PDF could not be completed for screen readers: the PDF library %s is missing "
                     "or too old; install the package %s"),
                   libqpdf.file_name, LIBQPDF_PACKAGE);
      return NULL;
    }
  q = qpdf_init ();
  /* Errors are checked here, not printed by qpdf. */
  qpdf_silence_errors (q);
  if (complete (q, pdf, doc, error))
    completed = g_bytes_new (qpdf_get_buffer (q), qpdf_get_buffer_length (q));
  while (qpdf_more_warnings (q))
    g_debug ("qpdf: %s", qpdf_get_error_full_text (q, qpdf_next_warning (q)));
  qpdf_cleanup (&q);
  return completed;
}

GBytes *
ls_pdf_accessible_render (LsDocLayout  *layout,
                          GError      **error)
{
  g_autoptr(GBytes) plain = NULL;

  g_return_val_if_fail (LS_IS_DOC_LAYOUT (layout), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plain = ls_doc_pdf_write_bytes (layout, error);
  return plain != NULL ? ls_pdf_accessible_complete (plain, ls_doc_layout_get_doc (layout), error) : NULL;
}
