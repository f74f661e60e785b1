/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ls-store.h"

G_BEGIN_DECLS

/* Text that could not be saved, kept on this computer until it is: one
 * private file (0600, folder 0700, written whole or not at all through
 * ls-private-file.h) per thing being edited, named by ids only,
 * $XDG_DATA_HOME/livsskisse/unsaved/<database hash>-[<kind>-]<id>.gvariant,
 * holding a GVariant in text form. The conversation keeps its entries
 * this way (ls-unsaved-keeper.h), the decision and service plan editors
 * their document (ls-document-saver.h). */

/* The file for @id of @kind ("decision", "plan"; NULL for a sketch) in
 * @store's database; it need not exist. */
char      *ls_unsaved_file_dup_path (LsStore      *store,
                                     const char   *kind,
                                     gint64        id);
gboolean   ls_unsaved_file_write    (const char   *path,
                                     GVariant     *value,
                                     GError      **error);
/* The value kept at @path, of @type; NULL with @error when there is none
 * or it is damaged. */
GVariant  *ls_unsaved_file_read     (const char   *path,
                                     const GVariantType *type,
                                     GError      **error);
void       ls_unsaved_file_remove   (const char   *path);

/* The banner offering text kept since @when (Unix time) by an earlier
 * run: Restore ("unsaved-restore") and Discard ("unsaved-discard") call
 * @restore and @discard with @instance (NULL: the banner, a GtkRevealer),
 * for as long as it lives. */
GtkWidget *ls_unsaved_offer_new     (gint64        when,
                                     GCallback     restore,
                                     GCallback     discard,
                                     gpointer      instance);

G_END_DECLS
