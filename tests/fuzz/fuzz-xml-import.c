/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target for the case importer: any bytes go through the safe
 * reader and the full import into a real (temporary) database, which is
 * undone after every input. Files the reader accepts must also survive
 * write -> read -> write unchanged. Built and run by build-aux/fuzz. */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <string.h>

#include "ls-xml-import.h"
#include "ls-xml-writer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

typedef struct
{
  LsXmlWriter *writer;
  gboolean     begun;
} Copy;

static gboolean
copy_node (LsXmlNode *node,
           gpointer   user_data,
           guint     *line,
           GError   **error)
{
  Copy *copy = user_data;
  gboolean header = strcmp (ls_xml_node_get_name (node), "export") == 0;

  if (!copy->begun)
    {
      copy->begun = TRUE;
      if (!ls_xml_writer_begin (copy->writer, header ? node : NULL, error))
        return FALSE;
    }
  return header || ls_xml_writer_write_node (copy->writer, node, error);
}

/* Reads @data and writes what was read; NULL when the reader refuses. */
static GBytes *
rewrite (const char *data,
         gsize       size)
{
  Copy copy = { ls_xml_writer_new_for_memory (NULL), FALSE };
  GBytes *out = NULL;

  if (ls_xml_read_memory (data, size, "fuzz.xml", NULL, copy_node, &copy, NULL)
      && (copy.begun || ls_xml_writer_begin (copy.writer, NULL, NULL)))
    out = ls_xml_writer_finish_bytes (copy.writer, NULL);
  ls_xml_writer_free (copy.writer);
  return out;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static LsStore *store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) once = NULL;

  if (store == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("livsskisse-fuzz-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "fuzz.db", NULL);

      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
    }

  ls_xml_import_memory (store, (const char *) data, size, "fuzz.xml", NULL,
                        LS_XML_IMPORT_MERGE | LS_XML_IMPORT_CHECK_ONLY, NULL, &error);
  g_clear_error (&error);

  once = rewrite ((const char *) data, size);
  if (once != NULL)
    {
      gsize n;
      const char *bytes = g_bytes_get_data (once, &n);
      g_autoptr(GBytes) twice = rewrite (bytes, n);

      /* What the writer wrote, the reader reads back to the same. */
      g_assert_nonnull (twice);
      g_assert_true (g_bytes_equal (once, twice));
    }
  return 0;
}
