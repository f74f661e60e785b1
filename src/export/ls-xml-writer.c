/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-xml-writer"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ls-private-file.h"
#include "ls-xml-libxml.h"
#include "ls-xml-reader.h"
#include "ls-xml-spec.h"
#include "ls-xml-writer.h"

struct _LsXmlWriter
{
  xmlTextWriterPtr writer;
  LsPrivateFile   *file;        /* NULL for memory */
  GByteArray      *memory;
};

static int
on_write (void       *context,
          const char *buffer,
          int         len)
{
  LsXmlWriter *self = context;

  if (self->memory != NULL)
    {
      g_byte_array_append (self->memory, (const guint8 *) buffer, len);
      return len;
    }
  /* A failure is kept by the file and reported by check(). */
  return ls_private_file_write (self->file, buffer, len, NULL) ? len : -1;
}

static LsXmlWriter *
writer_new (GError **error)
{
  LsXmlWriter *self;
  xmlOutputBufferPtr out;

  /* A failed write is our sentence (check ()), not libxml2's on stderr. */
  if (!ls_xml_reader_init (error))
    return NULL;
  self = g_new0 (LsXmlWriter, 1);
  out = xmlOutputBufferCreateIO (on_write, NULL, self, NULL);
  self->writer = xmlNewTextWriter (out);
  if (self->writer == NULL)
    g_error ("libxml2 could not create a writer");
  xmlTextWriterSetIndent (self->writer, 1);
  xmlTextWriterSetIndentString (self->writer, BAD_CAST "  ");
  return self;
}

LsXmlWriter *
ls_xml_writer_new_for_path (const char  *path,
                            GError     **error)
{
  LsPrivateFile *file;
  LsXmlWriter *self;

  g_return_val_if_fail (path != NULL, NULL);

  file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, error);
  if (file == NULL)
    return NULL;
  self = writer_new (error);
  if (self == NULL)
    {
      ls_private_file_free (file);   /* leaves nothing */
      return NULL;
    }
  self->file = file;
  return self;
}

LsXmlWriter *
ls_xml_writer_new_for_memory (GError **error)
{
  LsXmlWriter *self = writer_new (error);

  if (self != NULL)
    self->memory = g_byte_array_new ();
  return self;
}

void
ls_xml_writer_free (LsXmlWriter *self)
{
  if (self == NULL)
    return;
  if (self->writer != NULL)
    xmlFreeTextWriter (self->writer);
  g_clear_pointer (&self->file, ls_private_file_free);
  if (self->memory != NULL)
    g_byte_array_unref (self->memory);
  g_free (self);
}

static gboolean
check (LsXmlWriter *self,
       int          rc,
       GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (self->file == NULL || ls_private_file_check (self->file, NULL))
    {
      if (rc >= 0)
        return TRUE;
      /* libxml2 itself failed (out of memory). */
      local_error = g_error_new_literal (G_FILE_ERROR, G_FILE_ERROR_IO,
                                         _("The exchange file could not be written"));
    }
  else  /* a failed write says why (the disk is full) */
    ls_private_file_check (self->file, &local_error);
  if (error != NULL && *error == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* Valid UTF-8 with only the characters XML 1.0 allows. */
static char *
sanitize (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

static int
write_attributes (LsXmlWriter     *self,
                  const LsXmlNode *node)
{
  for (guint i = 0; i < node->spec->n_attrs; i++)
    {
      g_autofree char *value = NULL;
      int rc;

      if (node->attrs[i] == NULL)
        continue;
      value = sanitize (node->attrs[i]);
      rc = xmlTextWriterWriteAttribute (self->writer, BAD_CAST node->spec->attrs[i].name,
                                        BAD_CAST value);
      if (rc < 0)
        return rc;
    }
  return 0;
}

static int
write_node (LsXmlWriter     *self,
            const LsXmlNode *node)
{
  int rc;

  rc = xmlTextWriterStartElement (self->writer, BAD_CAST node->spec->name);
  if (rc >= 0)
    rc = write_attributes (self, node);
  if (rc >= 0 && node->text != NULL)
    {
      g_autofree char *text = sanitize (node->text);

      rc = xmlTextWriterWriteString (self->writer, BAD_CAST text);
    }
  for (const LsXmlNode *c = node->first_child; c != NULL && rc >= 0; c = c->next)
    rc = write_node (self, c);
  if (rc >= 0)
    rc = xmlTextWriterEndElement (self->writer);
  return rc;
}

gboolean
ls_xml_writer_begin (LsXmlWriter     *self,
                     const LsXmlNode *header,
                     GError         **error)
{
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);

  rc = xmlTextWriterStartDocument (self->writer, "1.0", "UTF-8", NULL);
  if (rc >= 0)
    rc = xmlTextWriterStartElementNS (self->writer, NULL, BAD_CAST ls_xml_spec_root ()->name,
                                      BAD_CAST LS_XML_NAMESPACE);
  if (rc >= 0)
    rc = xmlTextWriterWriteAttribute (self->writer, BAD_CAST "version", BAD_CAST LS_XML_VERSION);
  if (rc >= 0 && header != NULL)
    rc = write_node (self, header);
  return check (self, rc, error);
}

gboolean
ls_xml_writer_write_node (LsXmlWriter     *self,
                          const LsXmlNode *node,
                          GError         **error)
{
  g_return_val_if_fail (self != NULL && node != NULL, FALSE);
  return check (self, write_node (self, node), error);
}

static gboolean
end_document (LsXmlWriter *self,
              GError     **error)
{
  int rc = xmlTextWriterEndDocument (self->writer);

  if (rc >= 0)
    rc = xmlTextWriterFlush (self->writer);
  /* Freeing the writer closes its output: nothing may be written later. */
  xmlFreeTextWriter (self->writer);
  self->writer = NULL;
  return check (self, rc, error);
}

gboolean
ls_xml_writer_finish (LsXmlWriter *self,
                      GError     **error)
{
  g_return_val_if_fail (self != NULL && self->file != NULL, FALSE);

  return end_document (self, error) && ls_private_file_commit (self->file, error);
}

GBytes *
ls_xml_writer_finish_bytes (LsXmlWriter *self,
                            GError     **error)
{
  g_return_val_if_fail (self != NULL && self->memory != NULL, NULL);

  if (!end_document (self, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&self->memory));
}

char *
ls_xml_format_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (time != NULL, NULL);
  utc = g_date_time_to_utc (time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}
