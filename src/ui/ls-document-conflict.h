/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ls-document-saver.h"
#include "ls-ui-load.h"

G_BEGIN_DECLS

/* Someone else saved an editor's document (a draft decision, a service
 * plan) first: its save met the row version and was refused
 * (LS_STORE_ERROR_CONFLICT). The other's document is read on a worker,
 * then shown beside the caseworker's own in the conflict dialog
 * (LsConflictDialog), with who saved it and when, and the caseworker
 * chooses: Keep Mine saves theirs over it knowingly (against the version
 * just shown), Take Theirs hands theirs to the editor and nothing of
 * its own is saved or kept. One dialog at a time per saver. */

/* The document as the caseworker reads it, for the dialog. */
typedef char *(*LsDocumentDescribeFunc) (gpointer document,
                                         gpointer user_data);
/* The editor shows @theirs instead of its own document (main thread). */
typedef void  (*LsDocumentTakeFunc)     (gpointer theirs,
                                         gpointer user_data);

/* @editor is the widget the dialog belongs to and @user_data for the
 * functions; nothing happens once it is gone. @load reads the document
 * @id on a worker; @kind is how the audit names it ("decision", "plan"). */
void ls_document_conflict_show (GtkWidget              *editor,
                                LsStore                *store,
                                LsDocumentSaver        *saver,
                                const char             *kind,
                                gint64                  id,
                                LsUiLoadFunc            load,
                                GDestroyNotify          free_document,
                                LsDocumentDescribeFunc  describe,
                                LsDocumentTakeFunc      take);

/* For a description: "LABEL\nVALUE\n\n" and "LABEL: DATE\n" ("–" when
 * there is none). */
void ls_document_describe_text (GString     *text,
                                const char  *label,
                                const char  *value);
void ls_document_describe_date (GString     *text,
                                const char  *label,
                                const GDate *date);

G_END_DECLS
