/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing an LsDocLayout to a tagged PDF with cairo's PDF surface. */
#define G_LOG_DOMAIN "ls-doc-pdf"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "ls-doc-pdf.h"

void
ls_doc_pdf_apply_metadata (LsDoc           *doc,
                           cairo_surface_t *pdf_surface)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  GDateTime *created;

  g_return_if_fail (LS_IS_DOC (doc));
  g_return_if_fail (pdf_surface != NULL);

  if (ls_doc_get_title (doc))
    cairo_pdf_surface_set_metadata (pdf_surface, CAIRO_PDF_METADATA_TITLE, ls_doc_get_title (doc));
  if (ls_doc_get_author (doc))
    cairo_pdf_surface_set_metadata (pdf_surface, CAIRO_PDF_METADATA_AUTHOR, ls_doc_get_author (doc));
  if (ls_doc_get_subject (doc))
    cairo_pdf_surface_set_metadata (pdf_surface, CAIRO_PDF_METADATA_SUBJECT, ls_doc_get_subject (doc));
  if (ls_doc_get_keywords (doc))
    cairo_pdf_surface_set_metadata (pdf_surface, CAIRO_PDF_METADATA_KEYWORDS, ls_doc_get_keywords (doc));
  cairo_pdf_surface_set_metadata (pdf_surface, CAIRO_PDF_METADATA_CREATOR, "Livsskisse");

  created = ls_doc_get_creation_date (doc);
  if (created == NULL)
    created = now = g_date_time_new_now_local ();
  /* cairo takes ISO 8601. */
  date = g_date_time_format (created, "%Y-%m-%dT%H:%M:%S%:z");
  cairo_pdf_surface_set_metadata (pdf_surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  /* cairo 1.16 cannot write /Lang: src/export/ls-pdf-accessible.c adds it. */
}

void
ls_doc_pdf_show_paragraph (cairo_t     *cr,
                           PangoLayout *layout)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  cairo_tag_begin (cr, "P", NULL);
  pango_cairo_show_layout (cr, layout);
  cairo_tag_end (cr, "P");
}

static gboolean
write_to_surface (LsDocLayout     *layout,
                  cairo_surface_t *surface,
                  GError         **error)
{
  LsDoc *doc = ls_doc_layout_get_doc (layout);
  cairo_t *cr;
  gboolean ok;

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, LS_DOC_LAYOUT_ERROR, LS_DOC_LAYOUT_ERROR_FAILED,
                   _("The PDF could not be created: %s"),
                   cairo_status_to_string (cairo_surface_status (surface)));
      return FALSE;
    }
  ls_doc_pdf_apply_metadata (doc, surface);
  cr = cairo_create (surface);
  ok = ls_doc_layout_render (layout, cr, error);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (ok && cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, LS_DOC_LAYOUT_ERROR, LS_DOC_LAYOUT_ERROR_FAILED,
                   _("The PDF could not be written: %s"),
                   cairo_status_to_string (cairo_surface_status (surface)));
      ok = FALSE;
    }
  return ok;
}

static cairo_status_t
write_private (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return ls_private_file_write (closure, data, length, NULL)
         ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

gboolean
ls_doc_pdf_write_private (LsDocLayout   *layout,
                          LsPrivateFile *file,
                          GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *surface;
  double width, height;
  gboolean ok;

  g_return_val_if_fail (LS_IS_DOC_LAYOUT (layout), FALSE);
  g_return_val_if_fail (file != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ls_doc_layout_get_page_size (layout, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_private, file, width, height);
  ok = write_to_surface (layout, surface, &local_error);
  cairo_surface_destroy (surface);
  /* A failed write says why (the disk is full) better than cairo can. */
  if (!ls_private_file_check (file, error))
    return FALSE;
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

gboolean
ls_doc_pdf_write_file (LsDocLayout *layout,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(LsPrivateFile) file = NULL;

  g_return_val_if_fail (LS_IS_DOC_LAYOUT (layout), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, error);
  return file != NULL
         && ls_doc_pdf_write_private (layout, file, error)
         && ls_private_file_commit (file, error);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

GBytes *
ls_doc_pdf_write_bytes (LsDocLayout *layout,
                        GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  double width, height;
  gboolean ok;

  g_return_val_if_fail (LS_IS_DOC_LAYOUT (layout), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ls_doc_layout_get_page_size (layout, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
  ok = write_to_surface (layout, surface, error);
  cairo_surface_destroy (surface);
  return ok ? g_byte_array_free_to_bytes (g_steal_pointer (&bytes)) : NULL;
}
