/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-xml-writer"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libxml/xmlwriter.h>
#include <string.h>
#include <unistd.h>

#include "ls-xml-reader.h"
#include "ls-xml-spec.h"
#include "ls-xml-writer.h"

struct _LsXmlWriter
{
  xmlTextWriterPtr writer;
  int              fd;          /* -1 for memory */
  char            *path;
  char            *tmp_path;
  GByteArray      *memory;
  int              write_errno; /* first failed write */
  gboolean         finished;
};

static int
on_write (void       *context,
          const char *buffer,
          int         len)
{
  LsXmlWriter *self = context;
  int done = 0;

  if (self->fd < 0 && self->memory == NULL)
    return -1;
  if (self->memory != NULL)
    {
      g_byte_array_append (self->memory, (const guint8 *) buffer, len);
      return len;
    }
  while (done < len)
    {
      ssize_t n = write (self->fd, buffer + done, len - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          if (self->write_errno == 0)
            self->write_errno = errno;
          return -1;
        }
      done += n;
    }
  return len;
}

static LsXmlWriter *
writer_new (void)
{
  LsXmlWriter *self = g_new0 (LsXmlWriter, 1);
  xmlOutputBufferPtr out;

  self->fd = -1;
  /* A failed write is our sentence (check ()), not libxml2's on stderr. */
  ls_xml_reader_init ();
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
  g_autofree char *tmp = NULL;
  LsXmlWriter *self;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  tmp = g_strdup_printf ("%s.XXXXXX", path);
  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *shown = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write “%s”: %s"), shown, g_strerror (saved));
      return NULL;
    }
  self = writer_new ();
  self->fd = fd;
  self->path = g_strdup (path);
  self->tmp_path = g_steal_pointer (&tmp);
  return self;
}

LsXmlWriter *
ls_xml_writer_new_for_memory (void)
{
  LsXmlWriter *self = writer_new ();

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
  if (self->fd >= 0)
    close (self->fd);
  if (self->tmp_path != NULL && !self->finished)
    g_unlink (self->tmp_path);
  if (self->memory != NULL)
    g_byte_array_unref (self->memory);
  g_free (self->path);
  g_free (self->tmp_path);
  g_free (self);
}

static gboolean
check (LsXmlWriter *self,
       int          rc,
       GError     **error)
{
  if (rc >= 0 && self->write_errno == 0)
    return TRUE;
  if (error != NULL && *error == NULL)
    {
      g_autofree char *shown = self->path ? g_filename_display_name (self->path) : g_strdup ("-");
      int code = self->write_errno ? self->write_errno : EIO;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (code),
                   _("Could not write “%s”: %s"), shown, g_strerror (code));
    }
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
  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);

  if (!end_document (self, error))
    return FALSE;
  if (fsync (self->fd) != 0 || close (self->fd) != 0)
    {
      self->fd = -1;
      self->write_errno = errno;
      return check (self, -1, error);
    }
  self->fd = -1;
  if (g_rename (self->tmp_path, self->path) != 0)
    {
      self->write_errno = errno;
      return check (self, -1, error);
    }
  self->finished = TRUE;
  return TRUE;
}

GBytes *
ls_xml_writer_finish_bytes (LsXmlWriter *self,
                            GError     **error)
{
  g_return_val_if_fail (self != NULL && self->memory != NULL, NULL);

  if (!end_document (self, error))
    return NULL;
  self->finished = TRUE;
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
