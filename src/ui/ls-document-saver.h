/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ls-store.h"

G_BEGIN_DECLS

/* The autosave of an editor's document (a decision, a service plan) that
 * never waits on the network: a change starts a short delay, then a copy of
 * the document is saved on a worker thread with the editor's own
 * connection (LsStoreWorker), one save at a time and in order, and the
 * result (new row version, new ids) is handed back on the main thread
 * while the editor goes on changing the original. Before the window
 * leaves the editor, ls_document_saver_flush_async() saves what is left
 * on the same worker; closing the editor hands what is still pending to a
 * last save that outlives it. */
#define LS_TYPE_DOCUMENT_SAVER (ls_document_saver_get_type ())
G_DECLARE_FINAL_TYPE (LsDocumentSaver, ls_document_saver, LS, DOCUMENT_SAVER, GObject)

/* A copy of @document for a worker to save, made on the main thread. */
typedef gpointer (*LsDocumentCopyFunc)  (gpointer document);
/* Saves @copy with @store (any thread; store calls only). */
typedef gboolean (*LsDocumentSaveFunc)  (LsStore  *store,
                                         gpointer  copy,
                                         GError  **error);
/* On the main thread once a save of @copy (made from @document) ended:
 * with @error NULL it was saved and the store set the new version and ids
 * on @copy, for the editor to copy back into @document. */
typedef void     (*LsDocumentSavedFunc) (gpointer      document,
                                         gpointer      copy,
                                         const GError *error,
                                         gpointer      user_data);

LsDocumentSaver *ls_document_saver_new          (LsStore             *store,
                                                 guint                delay_ms,
                                                 LsDocumentCopyFunc   copy,
                                                 GDestroyNotify       free_copy,
                                                 LsDocumentSaveFunc   save,
                                                 LsDocumentSavedFunc  saved,
                                                 gpointer             user_data);
/* @document changed: saved after the delay. */
void             ls_document_saver_changed      (LsDocumentSaver     *self,
                                                 gpointer             document);
/* Saves what changed in @document now, on the worker. */
void             ls_document_saver_save_soon    (LsDocumentSaver     *self,
                                                 gpointer             document);
/* Waits for a save under way and saves what is left of @document on the
 * calling thread; FALSE with @error when it was not saved. For tests and
 * the desk's own actions: the window never waits here. */
gboolean         ls_document_saver_flush        (LsDocumentSaver     *self,
                                                 gpointer             document,
                                                 GError             **error);
/* An action on the editor's document (approve, issue): store calls only,
 * on the worker; what it returns (freed with the free_result given), or
 * NULL with @error. */
typedef gpointer (*LsDocumentRunFunc)   (LsStore  *store,
                                         gpointer  input,
                                         GError  **error);
/* Saves what changed in @document, then runs @run (@input) on the same
 * worker connection, after any save under way: the action never sees the
 * document older than it is on screen. The save's result comes to the
 * saved callback first; then @callback, on the main thread, where
 * ls_document_saver_run_finish() gives what @run returned, or the error of
 * the save before it or of @run. The editor stays insensitive meanwhile. */
void             ls_document_saver_run_async    (LsDocumentSaver     *self,
                                                 gpointer             source_object,
                                                 gpointer             document,
                                                 LsDocumentRunFunc    run,
                                                 gpointer             input,
                                                 GDestroyNotify       free_input,
                                                 GDestroyNotify       free_result,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gpointer         ls_document_saver_run_finish   (GAsyncResult        *result,
                                                 GError             **error);
/* Saves what changed in @document on the worker, after any save under
 * way, without waiting; the task holds @source_object and the saver until
 * it ends. ls_document_saver_flush_finish() says whether all was saved. */
void             ls_document_saver_flush_async  (LsDocumentSaver     *self,
                                                 gpointer             source_object,
                                                 gpointer             document,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean         ls_document_saver_flush_finish (GAsyncResult        *result,
                                                 GError             **error);
/* Changed since the last save that succeeded (or a save under way). */
gboolean         ls_document_saver_get_unsaved  (LsDocumentSaver     *self);
gboolean         ls_document_saver_is_saving    (LsDocumentSaver     *self);
/* The editor is going: no more callbacks. What is still pending is saved
 * once more on the worker (the saver, its store and the document are held
 * until then, never the editor); when that fails it is kept on this
 * computer as any failed save is. */
void             ls_document_saver_close        (LsDocumentSaver     *self);
/* What could not be saved, kept on this computer (ls-unsaved-file.h):
 * from now on, as soon as a save fails, @keep's value of the whole
 * document (a floating GVariant) goes into the private file for @kind and
 * the document's "id", and again at every change until a save succeeds;
 * once everything is saved the file goes. A document never saved (id 0)
 * is not kept. */
typedef GVariant *(*LsDocumentKeepFunc) (gpointer document);
void             ls_document_saver_keep_unsaved (LsDocumentSaver     *self,
                                                 const char          *kind,
                                                 LsDocumentKeepFunc   keep);
/* Sets what an earlier run kept (the @keep value) into the editor's
 * document (its values with the row version it was typed on) and returns
 * that document, to be saved. */
typedef gpointer (*LsDocumentRestoreFunc) (gpointer  editor,
                                           GVariant *kept);
/* The banner (ls_unsaved_offer_kept()) offering what an earlier run kept
 * for document @id, or NULL when nothing of @type is kept: Restore gives
 * it to @restore and saves the document; Discard removes the file. Until
 * the choice that file is left as it is. */
GtkWidget       *ls_document_saver_offer_kept   (LsDocumentSaver     *self,
                                                 gint64               id,
                                                 const GVariantType  *type,
                                                 LsDocumentRestoreFunc restore,
                                                 gpointer             editor);
/* The editor took someone else's version @document instead of its own
 * (a conflict's choice): nothing of the old one is saved or kept. */
void             ls_document_saver_forget       (LsDocumentSaver     *self,
                                                 gpointer             document);

/* The connection the saves use (for other worker tasks of the editor). */
LsStore         *ls_document_saver_lock_store   (LsDocumentSaver     *self,
                                                 GError             **error);
void             ls_document_saver_unlock_store (LsDocumentSaver     *self);

/* A copy of @object's read-write properties and row version, for a worker
 * thread to save while the original is edited: the one copy the editors'
 * saves and the conversation's saves make. */
gpointer         ls_document_copy_properties    (gpointer             object);

G_END_DECLS
