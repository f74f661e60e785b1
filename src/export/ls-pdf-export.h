/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ls-doc-layout.h"
#include "ls-legal-texts.h"
#include "ls-letter-content.h"
#include "ls-decision.h"
#include "ls-letterhead.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* The documents as PDF straight from the database: what the CLI, the app's
 * "Export PDF…" and the benchmark call. Each export writes an audit row
 * (LS_AUDIT_EXPORT) for the person. A decision's documents quote the life
 * sketch it is based on (ls_decision_get_sketch_id()); once it is issued
 * they are the PDFs stored when it was issued (or first printed, for one
 * issued before they were kept), byte for byte. */

typedef enum
{
  LS_DOCUMENT_DECISION,     /* id: a decision */
  LS_DOCUMENT_EASY_READ,    /* id: a decision */
  LS_DOCUMENT_SERVICE_PLAN, /* id: a service plan */
  LS_DOCUMENT_SKETCH,       /* id: a life sketch (conversation) */
  LS_DOCUMENT_MY_SKETCH,    /* id: a life sketch; "Min livsskisse", easy-read, for the person */
  LS_DOCUMENT_ADVANCE_NOTICE, /* id: a draft decision; the forhåndsvarsel of the change it makes */
  LS_DOCUMENT_MY_WEEK,      /* id: a person; "Min uke", easy-read, their booked times of a week
                             * (ls_pdf_exporter_set_week()) */
} LsDocumentKind;

#define LS_PDF_EXPORT_ERROR (ls_pdf_export_error_quark ())

typedef enum
{
  LS_PDF_EXPORT_ERROR_DRAFT,  /* the document belongs to a draft, and drafts were refused */
} LsPdfExportError;

GQuark ls_pdf_export_error_quark (void);

/* What a batch shares: the letterhead, the legal texts and the domain
 * names, loaded once. */
typedef struct _LsPdfExporter LsPdfExporter;

/* @letterhead and @legal: NULL = load them from the user's settings
 * (ls_letterhead_load(), ls_legal_texts_new()). */
LsPdfExporter   *ls_pdf_exporter_new          (LsStore       *store,
                                               LsLetterhead  *letterhead,
                                               LsLegalTexts  *legal,
                                               GError       **error);
void             ls_pdf_exporter_free         (LsPdfExporter *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsPdfExporter, ls_pdf_exporter_free)

/* With @refuse, ls_pdf_exporter_write() of a document that belongs to a
 * draft decision writes nothing and fails with LS_PDF_EXPORT_ERROR_DRAFT,
 * found in the same transaction as the document's own reads (a
 * ls_pdf_exporter_is_draft() before it is a transaction more). */
void             ls_pdf_exporter_set_refuse_drafts (LsPdfExporter *self,
                                                    gboolean       refuse);
LsLegalTexts    *ls_pdf_exporter_get_legal    (LsPdfExporter *self);
/* The ISO week "Min uke" shows, by its Monday (default: the current week,
 * Europe/Oslo). */
void             ls_pdf_exporter_set_week     (LsPdfExporter *self,
                                               const GDate   *monday);

/* What the document says, from the database. */
LsLetterContent *ls_pdf_exporter_load_content (LsPdfExporter  *self,
                                               LsDocumentKind  kind,
                                               gint64          id,
                                               GError        **error);
/* The laid-out document (for a preview or GtkPrintOperation). */
LsDocLayout     *ls_pdf_exporter_load_layout  (LsPdfExporter  *self,
                                               LsDocumentKind  kind,
                                               gint64          id,
                                               GError        **error);
/* Whether document @id belongs to a decision not issued yet (its PDF is
 * then marked as a draft on every page). */
gboolean         ls_pdf_exporter_is_draft     (LsPdfExporter  *self,
                                               LsDocumentKind  kind,
                                               gint64          id,
                                               gboolean       *draft,
                                               GError        **error);
/* Issues @decision (ls_store_issue_decision(), with @supersede
 * ls_store_issue_and_supersede()) and, in the same transaction, stores
 * the decision letter, the easy-read letter and its service plan as they
 * are sent: every later export of them gives these same bytes, whatever
 * happens to sketches, letterhead or catalogs afterwards. */
gboolean         ls_pdf_exporter_issue        (LsPdfExporter  *self,
                                               LsDecision     *decision,
                                               const char     *issued_by,
                                               const GDate    *issued_date,
                                               gboolean        four_eyes,
                                               gboolean        supersede,
                                               GError        **error);
/* One-shot form of the above with the user's settings. */
gboolean         ls_pdf_issue_decision        (LsStore        *store,
                                               LsDecision     *decision,
                                               const char     *issued_by,
                                               const GDate    *issued_date,
                                               gboolean        four_eyes,
                                               gboolean        supersede,
                                               GError        **error);
/* Writes the PDF (private, never through a link, all or nothing: see
 * ls-private-file.h), in place only once its audit rows are committed;
 * @warnings as for ls_pdf_write_content(). */
gboolean         ls_pdf_exporter_write        (LsPdfExporter  *self,
                                               LsDocumentKind  kind,
                                               gint64          id,
                                               const char     *path,
                                               GPtrArray     **warnings,
                                               GError        **error);

/* One-shot form of the above with the user's settings. */
gboolean         ls_pdf_export                (LsStore        *store,
                                               LsDocumentKind  kind,
                                               gint64          id,
                                               const char     *path,
                                               GPtrArray     **warnings,
                                               GError        **error);

/* Called after each letter of a batch (@done of @total). */
typedef void (*LsPdfProgressFunc) (guint    done,
                                   guint    total,
                                   gpointer user_data);

/* Writes the letter of every issued decision (with @drafts, every
 * decision, drafts marked as such) into @dir as "vedtak-ID.pdf" (no
 * personal data in file names), in id order and in one database batch:
 * the decisions are found a page at a time as the letters are written.
 * The letters are renamed into place after the batch's audit rows are
 * committed, with one sync of their file system for all of them; the
 * first error stops it and leaves no letter behind. */
gboolean         ls_pdf_write_all_decision_letters (LsStore           *store,
                                                    gboolean           drafts,
                                                    const char        *dir,
                                                    LsPdfProgressFunc  progress,
                                                    gpointer           user_data,
                                                    GError           **error);

/* "vedtak-12.pdf", "lettlest-12.pdf", "tjenesteplan-3.pdf", "livsskisse-7.pdf",
 * "min-livsskisse-7.pdf", "forhandsvarsel-12.pdf", "min-uke-4.pdf". */
char            *ls_pdf_default_file_name     (LsDocumentKind  kind,
                                               gint64          id);

G_END_DECLS
