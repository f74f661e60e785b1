/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ls-store.h"
#include "ls-ui-load.h"

G_BEGIN_DECLS

/* Someone else saved what an editor shows (a draft decision, a service
 * plan, a person) first: its save met the row version and was refused
 * (LS_STORE_ERROR_CONFLICT). The other's version is read on a worker,
 * then shown beside the caseworker's own in the conflict dialog
 * (LsConflictDialog), with who saved it and when, and the caseworker
 * chooses: Keep Mine saves ours over it knowingly (against the version
 * just shown), Take Theirs shows theirs instead. An editor that can tell
 * what it changed (merge) saves changes that fit together without asking. One dialog at a time per
 * editor; nothing happens once the editor is gone. */
typedef struct
{
  const char     *kind;          /* as the audit names it: "decision", "service-plan", "person" */
  LsUiLoadFunc    load;          /* reads theirs on a worker */
  GDestroyNotify  free_document;
  /* ours now (a new reference, freed with free_document) */
  gpointer      (*mine)        (gpointer editor);
  /* the document as the caseworker reads it, for the dialog */
  char         *(*describe)    (gpointer document,
                                gpointer editor);
  /* the choices, with theirs (the editor takes its own reference) */
  void          (*keep_mine)   (gpointer editor,
                                gpointer theirs);
  void          (*take_theirs) (gpointer editor,
                                gpointer theirs);
  /* optional: the dialog went, or theirs could not be read */
  void          (*ended)       (gpointer editor);
  /* optional: theirs with each value the editor changed since it read
   * the document (a new reference), NULL when it cannot tell; @clash set
   * when both changed one value. Without a clash the two fit together:
   * keep_mine is called at once, without asking; with one, the dialog
   * shows this as mine, as Keep Mine would save it. */
  gpointer      (*merge)       (gpointer  editor,
                                gpointer  theirs,
                                gboolean *clash);
} LsDocumentConflict;

void ls_document_conflict_show (GtkWidget                *editor,
                                LsStore                  *store,
                                gint64                    id,
                                const LsDocumentConflict *conflict);

/* For a description: "LABEL\nVALUE\n\n" and "LABEL: DATE\n" ("–" when
 * there is none). */
void ls_document_describe_text (GString     *text,
                                const char  *label,
                                const char  *value);
void ls_document_describe_date (GString     *text,
                                const char  *label,
                                const GDate *date);

G_END_DECLS
