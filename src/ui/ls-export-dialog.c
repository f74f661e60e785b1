/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-export-dialog.h"

#define PREVIEW_WIDTH 1100

struct _LsExportDialog
{
  AdwWindow       parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkWidget       *close_button;
  GtkWidget       *export_button;
  GtkWidget       *print_button;
  GtkLabel        *message_label;
  GtkLabel        *pages_label;
  GtkScrolledWindow *scroller;
  GtkWidget       *pages_box;
  GPtrArray       *pages;        /* GtkPicture, one for each page */
  guint            current;      /* the page at the top of the preview */

  LsStore         *store;
  LsDocumentKind   kind;
  gint64           id;
  LsPdfExporter   *exporter;
  LsDocLayout     *layout;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (LsExportDialog, ls_export_dialog, ADW_TYPE_WINDOW)

GdkTexture *
ls_export_render_page (LsDocLayout *layout,
                       guint        page,
                       int          width)
{
  int height = (int) (width * LS_DOC_PAGE_A4_HEIGHT / LS_DOC_PAGE_A4_WIDTH + 0.5);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) bytes = NULL;
  int stride;

  g_return_val_if_fail (LS_IS_DOC_LAYOUT (layout), NULL);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, width / LS_DOC_PAGE_A4_WIDTH, width / LS_DOC_PAGE_A4_WIDTH);
  ls_doc_layout_render_page (layout, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * height);
  cairo_surface_destroy (surface);
  /* cairo's ARGB32 is premultiplied native-endian: GDK_MEMORY_DEFAULT. */
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

static void
show_message (LsExportDialog *self,
              const char     *message)
{
  gtk_label_set_text (self->message_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL && message[0] != '\0');
}

/* Where page @index begins in the scrolled preview. */
static double
page_top (LsExportDialog *self,
          guint           index)
{
  graphene_point_t point;

  if (!gtk_widget_compute_point (g_ptr_array_index (self->pages, index), self->pages_box,
                                 &GRAPHENE_POINT_INIT (0, 0), &point))
    return 0;
  /* with the margin above the first page, so it shows whole */
  return MAX (point.y - gtk_widget_get_margin_top (self->pages_box), 0);
}

/* The page at the top of the preview; the last one when it is scrolled
 * to the end (the last page may be too short to reach the top). */
static guint
page_shown (LsExportDialog *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double value = gtk_adjustment_get_value (adjustment);
  guint shown = 0;

  /* not laid out yet: the top of the document */
  if (self->pages->len == 0 || gtk_widget_get_height (self->pages_box) <= 0)
    return 0;
  if (value >= gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) - 1
      && value > 0)
    return self->pages->len - 1;
  for (guint i = 1; i < self->pages->len; i++)
    if (page_top (self, i) <= value + 1)
      shown = i;
  return shown;
}

static void
update_page_label (LsExportDialog *self)
{
  g_autofree char *text = NULL;

  self->current = page_shown (self);
  /* Translators: above the preview; the page at the top and how many
   * there are, "Page 2 of 3". */
  text = g_strdup_printf (_("Page %u of %u"), self->current + 1, self->pages->len);
  gtk_label_set_text (self->pages_label, text);
}

/* Scrolls page @index to the top of the preview. */
static void
show_page (LsExportDialog *self,
           guint           index)
{
  if (self->pages->len == 0)
    return;
  index = MIN (index, self->pages->len - 1);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), page_top (self, index));
  update_page_label (self);
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LsExportDialog *self = LS_EXPORT_DIALOG (widget);

  if (self->current + 1 < self->pages->len)
    show_page (self, self->current + 1);
}

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LsExportDialog *self = LS_EXPORT_DIALOG (widget);

  if (self->current > 0)
    show_page (self, self->current - 1);
}

static void
add_page (LsExportDialog *self,
          guint           index,
          guint           n_pages)
{
  g_autoptr(GdkTexture) texture = ls_export_render_page (self->layout, index, PREVIEW_WIDTH);
  GtkWidget *picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
  /* Translators: the accessible description of a page of the preview:
   * "Page 2 of 3: Vedtak om …". */
  g_autofree char *alt = g_strdup_printf (_("Page %u of %u: %s"), index + 1, n_pages,
                                          ls_doc_get_title (ls_doc_layout_get_doc (self->layout)));

  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_picture_set_alternative_text (GTK_PICTURE (picture), alt);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL, alt, -1);
  gtk_widget_add_css_class (picture, "card");
  gtk_box_append (GTK_BOX (self->pages_box), picture);
  g_ptr_array_add (self->pages, picture);
}

static void
load (LsExportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) warnings = g_string_new (NULL);
  GPtrArray *found;
  guint n_pages;

  self->exporter = ls_pdf_exporter_new (self->store, NULL, NULL, &error);
  if (self->exporter != NULL)
    self->layout = ls_pdf_exporter_load_layout (self->exporter, self->kind, self->id, &error);
  if (self->layout == NULL)
    {
      show_message (self, error->message);
      gtk_widget_set_sensitive (self->export_button, FALSE);
      gtk_widget_set_sensitive (self->print_button, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->pages_label), FALSE);
      return;
    }

  n_pages = ls_doc_layout_get_n_pages (self->layout);
  for (guint i = 0; i < n_pages; i++)
    add_page (self, i, n_pages);
  update_page_label (self);

  found = ls_doc_layout_get_warnings (self->layout);
  for (guint i = 0; found != NULL && i < found->len; i++)
    g_string_append_printf (warnings, "%s%s", i > 0 ? "\n" : "", ((GError *) g_ptr_array_index (found, i))->message);
  show_message (self, warnings->str);
}

gboolean
ls_export_dialog_save_to (LsExportDialog *self,
                          const char     *path,
                          GError        **error)
{
  g_return_val_if_fail (LS_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (self->exporter != NULL, FALSE);

  return ls_pdf_exporter_write (self->exporter, self->kind, self->id, path, NULL, error);
}

static void
chooser_response_cb (LsExportDialog       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;
  if (!ls_export_dialog_save_to (self, path, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  {
    g_autofree char *name = g_file_get_basename (file);
    /* Translators: a toast after saving; %s is the file name. */
    g_autofree char *text = g_strdup_printf (_("Saved “%s”"), name);

    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
  }
}

static void
export_clicked_cb (LsExportDialog *self)
{
  g_autofree char *name = ls_pdf_default_file_name (self->kind, self->id);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  self->chooser = gtk_file_chooser_native_new (_("Export PDF"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              LsDocLayout       *layout)
{
  ls_doc_layout_render_page (layout, gtk_print_context_get_cairo_context (context), (guint) page);
}

static void
print_clicked_cb (LsExportDialog *self)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The layout draws its own margins, in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, (int) ls_doc_layout_get_n_pages (self->layout));
  gtk_print_operation_set_job_name (operation, ls_doc_get_title (ls_doc_layout_get_doc (self->layout)));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), self->layout, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
ls_export_dialog_dispose (GObject *object)
{
  LsExportDialog *self = LS_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->exporter, ls_pdf_exporter_free);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ls_export_dialog_parent_class)->dispose (object);
}

static void
ls_export_dialog_class_init (LsExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/livsskisse/Livsskisse/ls-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LsExportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LsExportDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, LsExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, LsExportDialog, print_button);
  gtk_widget_class_bind_template_child (widget_class, LsExportDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, LsExportDialog, pages_label);
  gtk_widget_class_bind_template_child (widget_class, LsExportDialog, scroller);
  gtk_widget_class_bind_template_child (widget_class, LsExportDialog, pages_box);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, previous_page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Down, 0, "preview.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Up, 0, "preview.previous-page", NULL);
}

static void
ls_export_dialog_init (LsExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->pages = g_ptr_array_new ();
  /* scrolled, or laid out anew (a resized window) */
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (update_page_label), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "changed",
                           G_CALLBACK (update_page_label), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ls_export_dialog_new (GtkWindow      *parent,
                      LsStore        *store,
                      LsDocumentKind  kind,
                      gint64          id)
{
  LsExportDialog *self;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  self = g_object_new (LS_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->kind = kind;
  self->id = id;
  load (self);
  return GTK_WIDGET (self);
}

void
ls_export_dialog_present (GtkWindow      *parent,
                          LsStore        *store,
                          LsDocumentKind  kind,
                          gint64          id)
{
  gtk_window_present (GTK_WINDOW (ls_export_dialog_new (parent, store, kind, id)));
}

LsDocLayout *
ls_export_dialog_get_layout (LsExportDialog *self)
{
  g_return_val_if_fail (LS_IS_EXPORT_DIALOG (self), NULL);
  return self->layout;
}

GdkPaintable *
ls_export_dialog_get_preview (LsExportDialog *self)
{
  g_return_val_if_fail (LS_IS_EXPORT_DIALOG (self), NULL);
  return self->pages->len > 0 ? gtk_picture_get_paintable (g_ptr_array_index (self->pages, 0)) : NULL;
}

guint
ls_export_dialog_get_n_pages (LsExportDialog *self)
{
  g_return_val_if_fail (LS_IS_EXPORT_DIALOG (self), 0);
  return self->pages->len;
}

GtkWidget *
ls_export_dialog_get_page (LsExportDialog *self,
                           guint           index)
{
  g_return_val_if_fail (LS_IS_EXPORT_DIALOG (self), NULL);
  g_return_val_if_fail (index < self->pages->len, NULL);
  return g_ptr_array_index (self->pages, index);
}

guint
ls_export_dialog_get_current_page (LsExportDialog *self)
{
  g_return_val_if_fail (LS_IS_EXPORT_DIALOG (self), 0);
  return self->current;
}

const char *
ls_export_dialog_get_message (LsExportDialog *self)
{
  g_return_val_if_fail (LS_IS_EXPORT_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->message_label)) ? gtk_label_get_text (self->message_label) : NULL;
}
