/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Page layout of an LsDoc: settings, and the public entry points for
 * drawing. Measuring is in ls-doc-measure.c, page breaking in
 * ls-doc-paginate.c, drawing in ls-doc-draw.c. */
#define G_LOG_DOMAIN "ls-doc-layout"

#include <glib/gi18n.h>

#include "ls-doc-layout-private.h"
#include "ls-render-style.h"

/* The default footer's height: a rule and one line of small text. */
#define DEFAULT_FOOTER_HEIGHT 28.0

G_DEFINE_QUARK (ls-doc-layout-error-quark, ls_doc_layout_error)

G_DEFINE_FINAL_TYPE (LsDocLayout, ls_doc_layout, G_TYPE_OBJECT)

static void
ls_doc_layout_finalize (GObject *object)
{
  LsDocLayout *self = LS_DOC_LAYOUT (object);

  _ls_doc_layout_clear_measure (self);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  if (self->header_destroy)
    self->header_destroy (self->header_data);
  if (self->footer_destroy)
    self->footer_destroy (self->footer_data);
  g_strfreev (self->letterhead);
  g_free (self->logo_path);
  g_free (self->footer_text);
  g_free (self->font_family);
  g_clear_pointer (&self->surface_options, cairo_font_options_destroy);
  g_clear_object (&self->doc);
  G_OBJECT_CLASS (ls_doc_layout_parent_class)->finalize (object);
}

static void
ls_doc_layout_class_init (LsDocLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ls_doc_layout_finalize;
}

static void
ls_doc_layout_init (LsDocLayout *self)
{
  self->page_width = LS_DOC_PAGE_A4_WIDTH;
  self->page_height = LS_DOC_PAGE_A4_HEIGHT;
  self->margin_top = 42.5;
  self->margin_bottom = 42.5;
  self->margin_left = 56.7;
  self->margin_right = 56.7;
  self->font_family = g_strdup (LS_RENDER_DOC_FONT_FAMILY);
  self->font_size = 10.5;
  self->footer_height = DEFAULT_FOOTER_HEIGHT;
  self->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
}

LsDocLayout *
ls_doc_layout_new (LsDoc *doc)
{
  LsDocLayout *self;

  g_return_val_if_fail (LS_IS_DOC (doc), NULL);

  self = g_object_new (LS_TYPE_DOC_LAYOUT, NULL);
  self->doc = g_object_ref (doc);
  return self;
}

LsDoc *
ls_doc_layout_get_doc (LsDocLayout *self)
{
  g_return_val_if_fail (LS_IS_DOC_LAYOUT (self), NULL);
  return self->doc;
}

void
ls_doc_layout_set_page_size (LsDocLayout *self,
                             double       width,
                             double       height)
{
  g_return_if_fail (LS_IS_DOC_LAYOUT (self));
  g_return_if_fail (width > 0 && height > 0);

  self->page_width = width;
  self->page_height = height;
  _ls_doc_layout_clear_measure (self);
}

void
ls_doc_layout_get_page_size (LsDocLayout *self,
                             double      *width,
                             double      *height)
{
  g_return_if_fail (LS_IS_DOC_LAYOUT (self));

  if (width)
    *width = self->page_width;
  if (height)
    *height = self->page_height;
}

void
ls_doc_layout_set_margins (LsDocLayout *self,
                           double       top,
                           double       right,
                           double       bottom,
                           double       left)
{
  g_return_if_fail (LS_IS_DOC_LAYOUT (self));
  g_return_if_fail (top >= 0 && right >= 0 && bottom >= 0 && left >= 0);

  self->margin_top = top;
  self->margin_right = right;
  self->margin_bottom = bottom;
  self->margin_left = left;
  _ls_doc_layout_clear_measure (self);
}

void
ls_doc_layout_set_font (LsDocLayout *self,
                        const char  *family,
                        double       size_pt)
{
  g_return_if_fail (LS_IS_DOC_LAYOUT (self));
  g_return_if_fail (size_pt > 0);

  g_free (self->font_family);
  self->font_family = g_strdup (family ? family : LS_RENDER_DOC_FONT_FAMILY);
  self->font_size = size_pt;
  _ls_doc_layout_clear_measure (self);
}

void
ls_doc_layout_set_min_text_size (LsDocLayout *self,
                                 double       size_pt)
{
  g_return_if_fail (LS_IS_DOC_LAYOUT (self));
  g_return_if_fail (size_pt >= 0);

  self->min_text_size = size_pt;
  _ls_doc_layout_clear_measure (self);
}

void
ls_doc_layout_set_letterhead (LsDocLayout       *self,
                              const char *const *lines,
                              const char        *logo_png_path)
{
  g_return_if_fail (LS_IS_DOC_LAYOUT (self));

  g_strfreev (self->letterhead);
  self->letterhead = g_strdupv ((char **) lines);
  g_free (self->logo_path);
  self->logo_path = g_strdup (logo_png_path);
  _ls_doc_layout_clear_measure (self);
}

void
ls_doc_layout_set_footer_text (LsDocLayout *self,
                               const char  *text)
{
  g_return_if_fail (LS_IS_DOC_LAYOUT (self));

  g_free (self->footer_text);
  self->footer_text = g_strdup (text);
}

/* Frees the old header or footer callback's data and installs the new one. */
static void
replace_page_func (LsDocPageFunc  *slot_func,
                   gpointer       *slot_data,
                   GDestroyNotify *slot_destroy,
                   LsDocPageFunc   func,
                   gpointer        user_data,
                   GDestroyNotify  destroy)
{
  if (*slot_destroy)
    (*slot_destroy) (*slot_data);
  *slot_func = func;
  *slot_data = user_data;
  *slot_destroy = destroy;
}

void
ls_doc_layout_set_header_func (LsDocLayout   *self,
                               double         height,
                               LsDocPageFunc  func,
                               gpointer       user_data,
                               GDestroyNotify destroy)
{
  g_return_if_fail (LS_IS_DOC_LAYOUT (self));
  g_return_if_fail (height >= 0);

  replace_page_func (&self->header_func, &self->header_data, &self->header_destroy,
                     func, user_data, destroy);
  self->header_height = func ? height : 0;
  _ls_doc_layout_clear_measure (self);
}

void
ls_doc_layout_set_footer_func (LsDocLayout   *self,
                               double         height,
                               LsDocPageFunc  func,
                               gpointer       user_data,
                               GDestroyNotify destroy)
{
  g_return_if_fail (LS_IS_DOC_LAYOUT (self));
  g_return_if_fail (height >= 0);

  replace_page_func (&self->footer_func, &self->footer_data, &self->footer_destroy,
                     func, user_data, destroy);
  self->footer_height = func ? height : DEFAULT_FOOTER_HEIGHT;
  _ls_doc_layout_clear_measure (self);
}

static void
ensure_pages (LsDocLayout *self)
{
  if (self->measured)
    return;
  _ls_doc_layout_measure (self);
  _ls_doc_layout_paginate (self);
  self->measured = TRUE;
}

guint
ls_doc_layout_get_n_pages (LsDocLayout *self)
{
  g_return_val_if_fail (LS_IS_DOC_LAYOUT (self), 0);

  ensure_pages (self);
  return self->pages->len;
}

void
ls_doc_layout_render_page (LsDocLayout *self,
                           cairo_t     *cr,
                           guint        page)
{
  g_return_if_fail (LS_IS_DOC_LAYOUT (self));
  g_return_if_fail (cr != NULL);

  ensure_pages (self);
  g_return_if_fail (page < self->pages->len);

  cairo_save (cr);
  _ls_doc_layout_draw_page (self, cr, page);
  /* The path is not part of what cairo_restore() restores: leave none. */
  cairo_new_path (cr);
  cairo_restore (cr);
}

gboolean
ls_doc_layout_render (LsDocLayout *self,
                      cairo_t     *cr,
                      GError     **error)
{
  guint i;

  g_return_val_if_fail (LS_IS_DOC_LAYOUT (self), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!self->measured)
    {
      g_clear_pointer (&self->surface_options, cairo_font_options_destroy);
      self->surface_options = cairo_font_options_create ();
      cairo_surface_get_font_options (cairo_get_target (cr), self->surface_options);
    }
  ensure_pages (self);
  cairo_tag_begin (cr, "Document", NULL);
  for (i = 0; i < self->pages->len; i++)
    {
      ls_doc_layout_render_page (self, cr, i);
      if (i + 1 == self->pages->len)
        cairo_tag_end (cr, "Document");
      cairo_show_page (cr);
    }

  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, LS_DOC_LAYOUT_ERROR, LS_DOC_LAYOUT_ERROR_FAILED,
                   _("The document could not be drawn: %s"),
                   cairo_status_to_string (cairo_status (cr)));
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
ls_doc_layout_get_warnings (LsDocLayout *self)
{
  g_return_val_if_fail (LS_IS_DOC_LAYOUT (self), NULL);

  ensure_pages (self);
  return self->warnings;
}

void
_ls_doc_layout_warn (LsDocLayout *self,
                     int          code,
                     const char  *format,
                     ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (self->warnings, g_error_new_valist (LS_DOC_LAYOUT_ERROR, code, format, args));
  va_end (args);
}
