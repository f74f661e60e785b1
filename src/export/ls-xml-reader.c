/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-xml-reader"

#include "config.h"

#include <inttypes.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ls-held-files.h"
#include "ls-xml-libxml.h"
#include "ls-xml-reader.h"
#include "ls-xml-spec.h"

/* The SAX2 push parser rather than xmlTextReader: it gives the exact line
 * of every start tag (the reader's nodes store lines only up to 65535), it
 * builds no libxml2 tree at all, and every limit is checked the moment it
 * is passed. Options: XML_PARSE_NONET only; never NOENT, DTDLOAD or HUGE. */

#define CHUNK_SIZE (256 * 1024)

typedef struct
{
  xmlParserCtxtPtr   ctxt;
  const LsXmlLimits *limits;
  LsXmlNodeFunc      func;
  gpointer           user_data;
  GError            *error;
  guint              error_line;
  guint              depth;
  LsXmlNode         *root;      /* attributes of <livsskisse>; never has children */
  LsXmlNode         *current;   /* innermost open element below the root */
  GString           *text;
  guint              person_nodes;
  gsize              person_text;
} ReadState;

void
ls_xml_limits_init_default (LsXmlLimits *limits)
{
  g_return_if_fail (limits != NULL);
  limits->max_file_size = G_GINT64_CONSTANT (4) << 30;
  limits->max_depth = 32;
  limits->max_text = 1 << 20;
  limits->max_person_nodes = 1000000;
  limits->max_person_text = 256 << 20;
}

static xmlParserInputPtr
deny_all_loader (const char       *url,
                 const char       *id,
                 xmlParserCtxtPtr  ctxt)
{
  return NULL;
}

static void
silent_error (void       *ctx,
              const char *msg,
              ...)
{
}

/* Whatever has no handler of its own (the writer's I/O, a parser outside
 * the reader) ends here, never on stderr: the callers turn the failure
 * into their own sentence. */
static void
silent_structured_error (void        *user_data,
                         xmlErrorPtr  err)
{
}

gboolean
ls_xml_reader_init (GError **error)
{
  static gsize done = 0;

  if (!_ls_xml_libxml_load (error))
    return FALSE;
  if (g_once_init_enter (&done))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (deny_all_loader);
      g_once_init_leave (&done, 1);
    }
  /* Per thread in libxml2: nothing of a file may reach stderr. */
  xmlSetGenericErrorFunc (NULL, silent_error);
  xmlSetStructuredErrorFunc (NULL, silent_structured_error);
  return TRUE;
}

static guint
current_line (ReadState *st)
{
  return (guint) MAX (xmlSAX2GetLineNumber (st->ctxt), 0);
}

/* The first error wins; the parser stops there. */
static void G_GNUC_PRINTF (4, 5)
fail (ReadState  *st,
      guint       line,
      LsXmlError  code,
      const char *format,
      ...)
{
  va_list args;

  if (st->error != NULL)
    return;
  va_start (args, format);
  st->error = g_error_new_valist (LS_XML_ERROR, code, format, args);
  va_end (args);
  st->error_line = line;
  xmlStopParser (st->ctxt);
}

static void
fail_error (ReadState *st,
            guint      line,
            GError    *error)
{
  if (st->error == NULL)
    {
      st->error = error;
      st->error_line = line;
      xmlStopParser (st->ctxt);
    }
  else
    g_error_free (error);
}

static void
on_structured_error (void        *user_data,
                     xmlErrorPtr  err)
{
  ReadState *st = user_data;
  guint line = (guint) MAX (err->line, 0);

  if (err->level < XML_ERR_ERROR || st->error != NULL || err->code == XML_ERR_USER_STOP)
    return;

  /* libxml2's own messages may quote the file; ours never do. */
  switch (err->code)
    {
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_INVALID_CHARREF:
    case XML_ERR_INVALID_DEC_CHARREF:
    case XML_ERR_INVALID_HEX_CHARREF:
      fail (st, line, LS_XML_ERROR_ENCODING,
            _("the file is not valid UTF-8, or holds a character XML does not allow"));
      break;
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
      fail (st, line, LS_XML_ERROR_ENCODING, _("the file must be encoded as UTF-8"));
      break;
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_IS_EXTERNAL:
    case XML_ERR_ENTITY_IS_PARAMETER:
    case XML_ERR_ENTITY_PROCESSING:
    case XML_ERR_ENTITY_BOUNDARY:
    case XML_ERR_PEREF_IN_PROLOG:
    case XML_ERR_PEREF_IN_EPILOG:
      fail (st, line, LS_XML_ERROR_FORBIDDEN,
            _("the file uses an entity; only the five predefined ones and character references are allowed"));
      break;
    case XML_ERR_DOCUMENT_END:
      fail (st, line, LS_XML_ERROR_MALFORMED,
            _("the document ends too early, or something follows its end"));
      break;
    case XML_ERR_DOCUMENT_EMPTY:
      fail (st, line, LS_XML_ERROR_MALFORMED, _("the file is empty or is not XML"));
      break;
    case XML_ERR_TAG_NAME_MISMATCH:
    case XML_ERR_TAG_NOT_FINISHED:
      fail (st, line, LS_XML_ERROR_MALFORMED,
            _("the file is not well-formed XML: an element here is not closed, or closed with another name"));
      break;
    case XML_ERR_LT_IN_ATTRIBUTE:
    case XML_ERR_ATTRIBUTE_NOT_STARTED:
    case XML_ERR_ATTRIBUTE_WITHOUT_VALUE:
    case XML_ERR_ATTRIBUTE_REDEFINED:
    case XML_ERR_GT_REQUIRED:
      fail (st, line, LS_XML_ERROR_MALFORMED,
            _("the file is not well-formed XML: an attribute here is written wrongly or given twice"));
      break;
    default:
      /* libxml2 refuses any text or attribute over XML_MAX_TEXT_LENGTH
       * (without XML_PARSE_HUGE, which stays off), under several codes. */
      if (err->message != NULL && (strstr (err->message, "too long") != NULL
                                   || strstr (err->message, "huge") != NULL
                                   || strstr (err->message, "Huge") != NULL))
        fail (st, line, LS_XML_ERROR_LIMIT, _("a text or an attribute on this line is too large (over %d MB)"),
              XML_MAX_TEXT_LENGTH / 1000000);
      else if (err->domain == XML_FROM_IO)
        fail (st, line, LS_XML_ERROR_FORBIDDEN, _("the file refers to another file or to the network"));
      else
        fail (st, line, LS_XML_ERROR_MALFORMED, _("the file is not well-formed XML"));
      break;
    }
}

static void
on_internal_subset (void          *user_data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  ReadState *st = user_data;

  fail (st, current_line (st), LS_XML_ERROR_FORBIDDEN,
        _("the file has a document type declaration (DOCTYPE), which exchange files never have"));
}

static void
on_entity_decl (void          *user_data,
                const xmlChar *name,
                int            type,
                const xmlChar *public_id,
                const xmlChar *system_id,
                xmlChar       *content)
{
  ReadState *st = user_data;

  fail (st, current_line (st), LS_XML_ERROR_FORBIDDEN, _("the file declares entities"));
}

static xmlEntityPtr
on_get_entity (void          *user_data,
               const xmlChar *name)
{
  return xmlGetPredefinedEntity (name);
}

static xmlEntityPtr
on_get_parameter_entity (void          *user_data,
                         const xmlChar *name)
{
  return NULL;
}

static xmlParserInputPtr
on_resolve_entity (void          *user_data,
                   const xmlChar *public_id,
                   const xmlChar *system_id)
{
  ReadState *st = user_data;

  fail (st, current_line (st), LS_XML_ERROR_FORBIDDEN,
        _("the file refers to another file or to the network"));
  return NULL;
}

static void
on_start_document (void *user_data)
{
  ReadState *st = user_data;
  xmlParserCtxtPtr ctxt = st->ctxt;

  /* Declared as something else, or detected from a byte order mark. */
  if ((ctxt->encoding != NULL && g_ascii_strcasecmp ((const char *) ctxt->encoding, "UTF-8") != 0
       && g_ascii_strcasecmp ((const char *) ctxt->encoding, "UTF8") != 0)
      || (ctxt->input != NULL && ctxt->input->buf != NULL && ctxt->input->buf->encoder != NULL))
    fail (st, current_line (st), LS_XML_ERROR_ENCODING, _("the file must be encoded as UTF-8"));
}

/* SAX2 hands over "&" in attribute values as "&#38;" when entities are not
 * substituted; any other '&' cannot occur. */
static char *
decode_attr (const xmlChar *value,
             const xmlChar *end)
{
  GString *s = g_string_sized_new (end - value);
  const char *p = (const char *) value;
  const char *e = (const char *) end;

  while (p < e)
    {
      if (*p == '&' && e - p >= 5 && memcmp (p, "&#38;", 5) == 0)
        {
          g_string_append_c (s, '&');
          p += 5;
        }
      else
        g_string_append_c (s, *p++);
    }
  return g_string_free (s, FALSE);
}

static gboolean
read_attributes (ReadState      *st,
                 LsXmlNode      *node,
                 int             n_attributes,
                 const xmlChar **attributes)
{
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **a = attributes + 5 * i;
      g_autofree char *value = NULL;
      GError *error = NULL;
      int index;

      if (a[2] != NULL)
        {
          fail (st, node->line, LS_XML_ERROR_STRUCTURE,
                _("“%s” has an attribute from another namespace"), node->spec->name);
          return FALSE;
        }
      index = ls_xml_spec_attr_index (node->spec, (const char *) a[0]);
      if (index < 0)
        {
          fail (st, node->line, LS_XML_ERROR_STRUCTURE,
                _("“%s” has an attribute that does not belong to it"), node->spec->name);
          return FALSE;
        }
      if ((gsize) (a[4] - a[3]) > st->limits->max_text)
        {
          fail (st, node->line, LS_XML_ERROR_LIMIT,
                _("an attribute of “%s” is longer than %" PRIu64 " bytes"),
                node->spec->name, (guint64) st->limits->max_text);
          return FALSE;
        }
      value = decode_attr (a[3], a[4]);
      if (!g_utf8_validate (value, -1, NULL))
        {
          fail (st, node->line, LS_XML_ERROR_ENCODING,
                _("the file is not valid UTF-8, or holds a character XML does not allow"));
          return FALSE;
        }
      if (!ls_xml_spec_check_attr (node->spec, index, value, &error))
        {
          fail_error (st, node->line, error);
          return FALSE;
        }
      node->attrs[index] = g_steal_pointer (&value);
    }
  return TRUE;
}

/* Where @name may go under the open element (or the root): allowed, in
 * order, not too often. Returns the child's spec, or NULL after failing. */
static const LsXmlElementSpec *
place_child (ReadState  *st,
             LsXmlNode  *parent,
             const char *name,
             guint       line)
{
  const LsXmlElementSpec *pspec = parent->spec;
  int index;

  if (pspec->flags & LS_XML_TEXT)
    {
      fail (st, line, LS_XML_ERROR_STRUCTURE, _("“%s” holds text, not elements"), pspec->name);
      return NULL;
    }
  index = ls_xml_spec_child_index (pspec, name);
  if (index < 0)
    {
      fail (st, line, LS_XML_ERROR_STRUCTURE,
            _("an element that does not belong inside “%s”"), pspec->name);
      return NULL;
    }
  if (index < parent->last_index)
    {
      fail (st, line, LS_XML_ERROR_STRUCTURE,
            _("“%s” is out of order inside “%s”"), pspec->children[index].spec->name, pspec->name);
      return NULL;
    }
  parent->run = index == parent->last_index ? parent->run + 1 : 1;
  parent->last_index = index;
  if (pspec->children[index].max != 0 && parent->run > pspec->children[index].max)
    {
      fail (st, line, LS_XML_ERROR_STRUCTURE,
            _("“%s” appears too often inside “%s”"), pspec->children[index].spec->name, pspec->name);
      return NULL;
    }
  return pspec->children[index].spec;
}

static void
start_root (ReadState      *st,
            const char     *name,
            const char     *uri,
            int             n_attributes,
            const xmlChar **attributes)
{
  guint line = current_line (st);
  GError *error = NULL;

  if (uri == NULL || strcmp (uri, LS_XML_NAMESPACE) != 0)
    {
      fail (st, line, LS_XML_ERROR_FORMAT,
            _("this is not a Livsskisse case file (the root element is not in the namespace %s)"),
            LS_XML_NAMESPACE);
      return;
    }
  if (strcmp (name, ls_xml_spec_root ()->name) != 0)
    {
      fail (st, line, LS_XML_ERROR_FORMAT, _("this is not a Livsskisse case file (wrong root element)"));
      return;
    }
  st->root = ls_xml_node_new (name);
  st->root->line = line;
  if (read_attributes (st, st->root, n_attributes, attributes)
      && !ls_xml_spec_check_node (st->root, &line, &error))
    fail_error (st, line, error);
}

static void
on_start_element (void           *user_data,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  ReadState *st = user_data;
  LsXmlNode *parent = st->current ? st->current : st->root;
  const LsXmlElementSpec *spec;
  LsXmlNode *node;
  guint line = current_line (st);

  if (st->error != NULL)
    return;
  if (++st->depth > st->limits->max_depth)
    {
      fail (st, line, LS_XML_ERROR_LIMIT, _("elements are nested deeper than %u levels"),
            st->limits->max_depth);
      return;
    }
  if (st->depth == 1)
    {
      start_root (st, (const char *) localname, (const char *) uri, n_attributes, attributes);
      return;
    }
  if (uri == NULL || strcmp ((const char *) uri, LS_XML_NAMESPACE) != 0)
    {
      fail (st, line, LS_XML_ERROR_FORMAT,
            _("an element from another namespace inside “%s”"), parent->spec->name);
      return;
    }
  if ((spec = place_child (st, parent, (const char *) localname, line)) == NULL)
    return;
  if (st->current != NULL && ++st->person_nodes > st->limits->max_person_nodes)
    {
      fail (st, line, LS_XML_ERROR_LIMIT, _("one person holds more than %u elements"),
            st->limits->max_person_nodes);
      return;
    }

  node = g_new0 (LsXmlNode, 1);
  node->spec = spec;
  node->line = line;
  node->last_index = -1;
  if (st->current != NULL)
    ls_xml_node_append (st->current, node);
  st->current = node;
  if (spec->flags & LS_XML_TEXT)
    g_string_truncate (st->text, 0);
  read_attributes (st, node, n_attributes, attributes);
}

static void
on_characters (void          *user_data,
               const xmlChar *ch,
               int            len)
{
  ReadState *st = user_data;

  if (st->error != NULL || len <= 0)
    return;
  if (st->current != NULL && (st->current->spec->flags & LS_XML_TEXT))
    {
      st->person_text += len;
      if (st->text->len + len > st->limits->max_text)
        fail (st, current_line (st), LS_XML_ERROR_LIMIT,
              _("a text in “%s” is longer than %" PRIu64 " bytes"),
              st->current->spec->name, (guint64) st->limits->max_text);
      else if (st->person_text > st->limits->max_person_text)
        fail (st, current_line (st), LS_XML_ERROR_LIMIT,
              _("one person holds more than %" PRIu64 " bytes of text"),
              (guint64) st->limits->max_person_text);
      else
        g_string_append_len (st->text, (const char *) ch, len);
      return;
    }
  for (int i = 0; i < len; i++)
    if (ch[i] != ' ' && ch[i] != '\t' && ch[i] != '\n' && ch[i] != '\r')
      {
        fail (st, current_line (st), LS_XML_ERROR_STRUCTURE, _("text is not allowed inside “%s”"),
              st->current ? st->current->spec->name : ls_xml_spec_root ()->name);
        return;
      }
}

static void
finish_top (ReadState *st,
            LsXmlNode *top)
{
  GError *error = NULL;
  guint line = top->line;

  if (strcmp (top->spec->name, "person") == 0
      && !ls_xml_spec_check_references (top, &line, &error))
    fail_error (st, line, error);
  else if (st->func != NULL && !st->func (top, st->user_data, &line, &error))
    {
      if (error == NULL)
        error = g_error_new_literal (LS_XML_ERROR, LS_XML_ERROR_STORE, _("the import failed"));
      fail_error (st, line, error);
    }
  ls_xml_node_free (top);
  st->person_nodes = 0;
  st->person_text = 0;
}

static void
on_end_element (void          *user_data,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  ReadState *st = user_data;
  LsXmlNode *node = st->current;
  GError *error = NULL;
  guint line;

  if (st->error != NULL)
    return;
  st->depth--;
  if (node == NULL)
    return;  /* the root */
  if ((node->spec->flags & LS_XML_TEXT) && st->text->len > 0)
    {
      if (!g_utf8_validate (st->text->str, st->text->len, NULL))
        {
          fail (st, node->line, LS_XML_ERROR_ENCODING,
                _("the file is not valid UTF-8, or holds a character XML does not allow"));
          return;
        }
      node->text = g_strndup (st->text->str, st->text->len);
    }
  if (!ls_xml_spec_check_node (node, &line, &error))
    {
      fail_error (st, line, error);
      return;
    }
  st->current = node->parent;
  if (st->current == NULL)
    finish_top (st, node);
}

static void
init_sax (xmlSAXHandler *sax)
{
  memset (sax, 0, sizeof *sax);
  sax->initialized = XML_SAX2_MAGIC;
  sax->startDocument = on_start_document;
  sax->startElementNs = on_start_element;
  sax->endElementNs = on_end_element;
  sax->characters = on_characters;
  sax->ignorableWhitespace = on_characters;
  sax->cdataBlock = on_characters;
  sax->internalSubset = on_internal_subset;
  sax->externalSubset = on_internal_subset;
  sax->entityDecl = on_entity_decl;
  sax->getEntity = on_get_entity;
  sax->getParameterEntity = on_get_parameter_entity;
  sax->resolveEntity = on_resolve_entity;
  sax->serror = on_structured_error;
}

typedef gssize (*ReadChunkFunc) (gpointer  source,
                                 char     *buffer,
                                 gsize     size,
                                 GError  **error);

static gboolean
parse_stream (ReadChunkFunc      read_chunk,
              gpointer           source,
              const char        *display_name,
              const LsXmlLimits *limits,
              LsXmlNodeFunc      func,
              gpointer           user_data,
              goffset            size,
              LsXmlProgressFunc  progress,
              gpointer           progress_data,
              GCancellable      *cancellable,
              GError           **error)
{
  xmlSAXHandler sax;
  ReadState st = { 0 };
  LsXmlLimits defaults;
  g_autofree char *buffer = g_malloc (CHUNK_SIZE);
  goffset total = 0;
  gboolean ok;

  if (!ls_xml_reader_init (error))
    return FALSE;
  if (limits == NULL)
    {
      ls_xml_limits_init_default (&defaults);
      limits = &defaults;
    }
  init_sax (&sax);
  st.limits = limits;
  st.func = func;
  st.user_data = user_data;
  st.text = g_string_new (NULL);
  /* No file name: there is no base from which anything could be resolved. */
  st.ctxt = xmlCreatePushParserCtxt (&sax, &st, NULL, 0, NULL);
  if (st.ctxt == NULL)
    g_error ("libxml2 could not create a parser");
  xmlCtxtUseOptions (st.ctxt, XML_PARSE_NONET);

  for (;;)
    {
      GError *local = NULL;
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, &local))
        {
          fail_error (&st, 0, local);
          break;
        }
      n = read_chunk (source, buffer, CHUNK_SIZE, &local);
      if (n < 0)
        {
          fail_error (&st, 0, local);
          break;
        }
      total += n;
      if (total > limits->max_file_size)
        {
          fail (&st, current_line (&st), LS_XML_ERROR_LIMIT,
                _("the file is larger than %" PRId64 " bytes"), (gint64) limits->max_file_size);
          break;
        }
      xmlParseChunk (st.ctxt, buffer, (int) n, n == 0);
      if (st.error != NULL || n == 0)
        break;
      if (progress != NULL)
        progress ((guint64) total, (guint64) MAX (size, total), progress_data);
    }
  if (st.error == NULL && (!st.ctxt->wellFormed || st.root == NULL))
    fail (&st, current_line (&st), LS_XML_ERROR_MALFORMED, _("the file is not well-formed XML"));

  ok = st.error == NULL;
  if (!ok)
    {
      if (st.error_line > 0)
        g_prefix_error (&st.error, "%s:%u: ", display_name, st.error_line);
      else
        g_prefix_error (&st.error, "%s: ", display_name);
      g_propagate_error (error, st.error);
    }
  xmlFreeParserCtxt (st.ctxt);
  /* After a failure the open person is still in memory. */
  while (st.current != NULL && st.current->parent != NULL)
    st.current = st.current->parent;
  ls_xml_node_free (st.current);
  ls_xml_node_free (st.root);
  g_string_free (st.text, TRUE);
  return ok;
}

typedef struct
{
  const char *data;
  gsize       length;
  gsize       offset;
} MemorySource;

static gssize
read_memory (gpointer  source,
             char     *buffer,
             gsize     size,
             GError  **error)
{
  MemorySource *m = source;
  gsize n = MIN (size, m->length - m->offset);

  memcpy (buffer, m->data + m->offset, n);
  m->offset += n;
  return (gssize) n;
}

gboolean
ls_xml_read_memory (const char        *data,
                    gsize              length,
                    const char        *display_name,
                    const LsXmlLimits *limits,
                    LsXmlNodeFunc      func,
                    gpointer           user_data,
                    GError           **error)
{
  MemorySource source = { data, length, 0 };

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  return parse_stream (read_memory, &source, display_name ? display_name : "-", limits,
                       func, user_data, (goffset) length, NULL, NULL, NULL, error);
}

static gssize
read_fd (gpointer  source,
         char     *buffer,
         gsize     size,
         GError  **error)
{
  int fd = GPOINTER_TO_INT (source);
  gssize n;

  do
    n = read (fd, buffer, size);
  while (n < 0 && errno == EINTR);
  if (n < 0)
    {
      int saved = errno;

      g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_IO, _("could not read the file: %s"),
                   g_strerror (saved));
    }
  return n;
}

gboolean
ls_xml_read_file (const char        *path,
                  const char        *display_name,
                  const LsXmlLimits *limits,
                  LsXmlNodeFunc      func,
                  gpointer           user_data,
                  GCancellable      *cancellable,
                  GError           **error)
{
  return ls_xml_read_file_with_progress (path, display_name, limits, func, user_data,
                                         NULL, NULL, cancellable, error);
}

gboolean
ls_xml_read_file_with_progress (const char        *path,
                                const char        *display_name,
                                const LsXmlLimits *limits,
                                LsXmlNodeFunc      func,
                                gpointer           user_data,
                                LsXmlProgressFunc  progress,
                                gpointer           progress_data,
                                GCancellable      *cancellable,
                                GError           **error)
{
  g_autofree char *shown = NULL;
  struct stat info;
  gboolean ok;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  shown = display_name ? g_strdup (display_name) : g_filename_display_name (path);
  /* Opening and closing an open database here would drop its locks. */
  if (ls_held_file_is_held (path))
    {
      g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_IO, _("%s: this is the open database, not a case file"), shown);
      return FALSE;
    }
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_IO, "%s: %s", shown, g_strerror (saved));
      return FALSE;
    }
  /* Not a FIFO or a device: those never end or block. */
  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode))
    {
      g_set_error (error, LS_XML_ERROR, LS_XML_ERROR_IO, _("%s: not a regular file"), shown);
      close (fd);
      return FALSE;
    }
  ok = parse_stream (read_fd, GINT_TO_POINTER (fd), shown, limits, func, user_data,
                     info.st_size, progress, progress_data, cancellable, error);
  close (fd);
  return ok;
}
