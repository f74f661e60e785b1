/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-pdf-export.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* "Export PDF…": a preview of every page, one under the other, drawn by the
 * same code that writes the PDF (Page Down and Page Up go from page to
 * page), a save dialog, and Print through GtkPrintOperation. */

#define LS_TYPE_EXPORT_DIALOG (ls_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LsExportDialog, ls_export_dialog, LS, EXPORT_DIALOG, AdwWindow)

GtkWidget    *ls_export_dialog_new         (GtkWindow      *parent,
                                            LsStore        *store,
                                            LsDocumentKind  kind,
                                            gint64          id);
/* Makes and shows the dialog: what the pages call. */
void          ls_export_dialog_present     (GtkWindow      *parent,
                                            LsStore        *store,
                                            LsDocumentKind  kind,
                                            gint64          id);

/* For tests: the laid-out document (NULL when it could not be loaded), the
 * preview of page 1, the pictures of all pages, the page at the top of
 * the preview (from 0) and the text of the warning or error line. */
LsDocLayout  *ls_export_dialog_get_layout  (LsExportDialog *self);
GdkPaintable *ls_export_dialog_get_preview (LsExportDialog *self);
guint         ls_export_dialog_get_n_pages (LsExportDialog *self);
GtkWidget    *ls_export_dialog_get_page    (LsExportDialog *self,
                                            guint           index);
guint         ls_export_dialog_get_current_page (LsExportDialog *self);
const char   *ls_export_dialog_get_message (LsExportDialog *self);
/* Writes the PDF to @path as the save dialog would. */
gboolean      ls_export_dialog_save_to     (LsExportDialog *self,
                                            const char     *path,
                                            GError        **error);

/* Draws page @page of @layout into a new texture @width pixels wide (white
 * paper); for previews. */
GdkTexture   *ls_export_render_page        (LsDocLayout    *layout,
                                            guint           page,
                                            int             width);

G_END_DECLS
