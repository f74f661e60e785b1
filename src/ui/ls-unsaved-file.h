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

/* The editors' and forms' kept files hold (xv): when (Unix time) and
 * the value of what could not be saved. Writes @value (floating) so,
 * warning (without the text) when it cannot. */
void       ls_unsaved_file_keep     (const char   *path,
                                     GVariant     *value);
/* The value kept at @path when it is of @type (NULL otherwise, or when
 * there is none), and when it was kept. */
GVariant  *ls_unsaved_file_read_kept (const char  *path,
                                     const GVariantType *type,
                                     gint64       *when);
/* Puts what was kept back into @owner (a page, a dialog). */
typedef void (*LsUnsavedRestoreFunc) (gpointer  owner,
                                      GVariant *value);
/* The banner offering what is kept at @path, or NULL when nothing of
 * @type is: Restore gives it to @restore (the file stays until @owner
 * saves it and removes it), Discard removes the file and then calls
 * @discarded (may be NULL) with a NULL value. @owner outlives the banner,
 * or is freed with it by @free_owner (may be NULL). */
GtkWidget *ls_unsaved_offer_kept    (const char   *path,
                                     const GVariantType *type,
                                     LsUnsavedRestoreFunc restore,
                                     LsUnsavedRestoreFunc discarded,
                                     gpointer      owner,
                                     GDestroyNotify free_owner);

/* The banner offering text kept since @when (Unix time) by an earlier
 * run: Restore ("unsaved-restore") and Discard ("unsaved-discard") call
 * @restore and @discard with @instance (NULL: the banner, a GtkRevealer),
 * for as long as it lives. */
GtkWidget *ls_unsaved_offer_new     (gint64        when,
                                     GCallback     restore,
                                     GCallback     discard,
                                     gpointer      instance);

G_END_DECLS
