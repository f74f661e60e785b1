/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Documents as PDF from the database, one or a batch: what an issued
 * decision keeps, writing one file, a batch of letters. What a document is
 * made of is read in ls-pdf-export-load.c. */
#define G_LOG_DOMAIN "ls-pdf-export"

#include <inttypes.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ls-pdf-document.h"
#include "ls-pdf-export-private.h"
#include "ls-store-decisions.h"

/* Decisions found at a time by a batch of letters. */
#define BATCH_PAGE 256

G_DEFINE_QUARK (ls-pdf-export-error-quark, ls_pdf_export_error)

LsPdfExporter *
ls_pdf_exporter_new (LsStore       *store,
                     LsLetterhead  *letterhead,
                     LsLegalTexts  *legal,
                     GError       **error)
{
  g_autoptr(LsPdfExporter) self = g_new0 (LsPdfExporter, 1);

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  g_date_clear (&self->week, 1);
  if (letterhead != NULL)
    self->letterhead = g_object_ref (letterhead);
  else
    {
      self->letterhead = ls_letterhead_new ();
      if (!ls_letterhead_load (self->letterhead, NULL, error))
        return NULL;
    }
  self->legal = legal != NULL ? g_object_ref (legal) : ls_legal_texts_new (NULL, error);
  if (self->legal == NULL)
    return NULL;
  return g_steal_pointer (&self);
}

void
ls_pdf_exporter_free (LsPdfExporter *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->store);
  g_clear_object (&self->letterhead);
  g_clear_object (&self->legal);
  g_clear_object (&self->domains[0]);
  g_clear_object (&self->domains[1]);
  g_free (self);
}

void
ls_pdf_exporter_set_refuse_drafts (LsPdfExporter *self,
                                   gboolean       refuse)
{
  g_return_if_fail (self != NULL);

  self->refuse_drafts = refuse;
}

LsLegalTexts *
ls_pdf_exporter_get_legal (LsPdfExporter *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->legal;
}

void
ls_pdf_exporter_set_week (LsPdfExporter *self,
                          const GDate   *monday)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (monday == NULL || (g_date_valid (monday) && g_date_get_weekday (monday) == G_DATE_MONDAY));

  if (monday != NULL)
    self->week = *monday;
  else
    g_date_clear (&self->week, 1);
}

static const char *
object_type (LsDocumentKind kind)
{
  switch (kind)
    {
    case LS_DOCUMENT_SERVICE_PLAN:
      return "service-plan";
    case LS_DOCUMENT_SKETCH:
    case LS_DOCUMENT_MY_SKETCH:
      return "sketch";
    case LS_DOCUMENT_MY_WEEK:
      return "booking";
    case LS_DOCUMENT_DECISION:
    case LS_DOCUMENT_EASY_READ:
    default:
      return "decision";
    }
}

/* The name an issued decision's stored copy of @kind goes by; NULL for a
 * life-sketch report, which belongs to no decision. */
static const char *
issued_kind (LsDocumentKind kind)
{
  switch (kind)
    {
    case LS_DOCUMENT_DECISION:
      return "decision";
    case LS_DOCUMENT_EASY_READ:
      return "easy-read";
    case LS_DOCUMENT_SERVICE_PLAN:
      return "service-plan";
    case LS_DOCUMENT_SKETCH:
    case LS_DOCUMENT_MY_SKETCH:
    default:
      return NULL;
    }
}

/* The decision document @id belongs to (0 when none), its person and its
 * status. */
static gboolean
document_decision (LsPdfExporter    *self,
                   LsDocumentKind    kind,
                   gint64            id,
                   gint64           *decision_id,
                   gint64           *person_id,
                   LsDecisionStatus *status,
                   GError          **error)
{
  g_autoptr(LsDecision) decision = NULL;

  *decision_id = 0;
  *person_id = 0;
  *status = LS_DECISION_DRAFT;
  if (kind == LS_DOCUMENT_DECISION || kind == LS_DOCUMENT_EASY_READ)
    *decision_id = id;
  else if (kind == LS_DOCUMENT_SERVICE_PLAN)
    {
      g_autoptr(LsServicePlan) plan = ls_store_load_service_plan (self->store, id, error);

      if (plan == NULL)
        return FALSE;
      *decision_id = ls_service_plan_get_decision_id (plan);
    }
  if (*decision_id == 0)
    return TRUE;
  decision = ls_store_load_decision (self->store, *decision_id, error);
  if (decision == NULL)
    return FALSE;
  *person_id = ls_decision_get_person_id (decision);
  *status = ls_decision_get_status (decision);
  return TRUE;
}

gboolean
ls_pdf_exporter_is_draft (LsPdfExporter  *self,
                          LsDocumentKind  kind,
                          gint64          id,
                          gboolean       *draft,
                          GError        **error)
{
  gint64 decision_id, person_id;
  LsDecisionStatus status;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  if (!document_decision (self, kind, id, &decision_id, &person_id, &status, error))
    return FALSE;
  *draft = decision_id != 0 && status == LS_DECISION_DRAFT;
  return TRUE;
}

/* Lays out @kind of issued decision @decision_id (@plan_id: the plan, for
 * a service plan) as it reads now and stores it as what was sent. */
static GBytes *
freeze_document (LsPdfExporter  *self,
                 LsDocumentKind  kind,
                 gint64          decision_id,
                 gint64          plan_id,
                 GPtrArray     **warnings,
                 GError        **error)
{
  g_autoptr(LsLetterContent) content = NULL;
  g_autoptr(GBytes) pdf = NULL;

  content = ls_pdf_exporter_load_content (self, kind, kind == LS_DOCUMENT_SERVICE_PLAN ? plan_id : decision_id,
                                          error);
  if (content == NULL)
    return NULL;
  pdf = ls_pdf_content_to_bytes (content, self->legal, warnings, error);
  if (pdf == NULL
      || !ls_store_save_issued_document (self->store, decision_id, issued_kind (kind), plan_id, pdf, error))
    return NULL;
  return g_steal_pointer (&pdf);
}

/* What issued decision @decision_id sent as @kind (document @id): the
 * stored copy, made now if the decision was issued before copies were
 * kept. NULL without @error for a plan other than the one it sent, which
 * is printed as it reads. */
static GBytes *
issued_document (LsPdfExporter  *self,
                 LsDocumentKind  kind,
                 gint64          id,
                 gint64          decision_id,
                 GPtrArray     **warnings,
                 GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  gint64 stored_plan = 0;

  pdf = ls_store_load_issued_document (self->store, decision_id, issued_kind (kind), &stored_plan, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (pdf != NULL)
    return kind != LS_DOCUMENT_SERVICE_PLAN || stored_plan == id ? g_steal_pointer (&pdf) : NULL;
  return freeze_document (self, kind, decision_id, kind == LS_DOCUMENT_SERVICE_PLAN ? id : 0, warnings, error);
}

/* Writes the document into @file, its reads' and its export's audit rows
 * in the store's current batch (or one of its own). @file is left
 * uncommitted: the caller renames it into place only once the audit rows
 * are committed, so no document leaves the store unlogged. A document of
 * an issued decision is the one stored when it was issued. */
static gboolean
write_document (LsPdfExporter  *self,
                LsDocumentKind  kind,
                gint64          id,
                LsPrivateFile  *file,
                GPtrArray     **warnings,
                GError        **error)
{
  g_autoptr(LsLetterContent) content = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 decision_id, person_id;
  LsDecisionStatus status;
  gboolean written;

  /* The reads' audit rows and the export's in one transaction: one disk
   * sync per letter instead of one per row. */
  if (!ls_store_begin_batch (self->store, error))
    return FALSE;
  if (!document_decision (self, kind, id, &decision_id, &person_id, &status, error))
    {
      ls_store_cancel_batch (self->store);
      return FALSE;
    }
  /* Refused in the transaction that would have written it, which its
   * rollback leaves without a trace: nothing was exported. */
  if (self->refuse_drafts && decision_id != 0 && status == LS_DECISION_DRAFT)
    {
      ls_store_cancel_batch (self->store);
      g_set_error_literal (error, LS_PDF_EXPORT_ERROR, LS_PDF_EXPORT_ERROR_DRAFT,
                           _("The decision is a draft, not issued yet"));
      return FALSE;
    }
  if (decision_id != 0 && status != LS_DECISION_DRAFT)
    {
      pdf = issued_document (self, kind, id, decision_id, warnings, &local_error);
      if (local_error != NULL)
        {
          ls_store_cancel_batch (self->store);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  if (pdf != NULL)
    {
      gsize size = 0;
      gconstpointer data = g_bytes_get_data (pdf, &size);

      written = ls_private_file_write (file, data, size, &local_error);
      if (warnings != NULL && *warnings == NULL)
        *warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
    }
  else
    {
      content = ls_pdf_exporter_load_content (self, kind, id, error);
      if (content == NULL)
        {
          ls_store_cancel_batch (self->store);
          return FALSE;
        }
      person_id = content->person_id;
      written = ls_pdf_write_content_to (content, self->legal, file, warnings, &local_error);
    }
  if (!written)
    {
      ls_store_cancel_batch (self->store);
      /* The file's own errors already name it. */
      if (local_error->domain == G_FILE_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        {
          g_autofree char *name = g_filename_display_name (ls_private_file_get_path (file));

          g_set_error (error, local_error->domain, local_error->code, _("Could not write “%s”: %s"),
                       name, local_error->message);
        }
      return FALSE;
    }
  /* "Min uke" exports the person's bookings, as the calendar file does. */
  if (!ls_store_audit (self->store, person_id, object_type (kind), kind == LS_DOCUMENT_MY_WEEK ? 0 : id,
                       LS_AUDIT_EXPORT, error))
    {
      ls_store_cancel_batch (self->store);
      return FALSE;
    }
  return ls_store_end_batch (self->store, error);
}

/* Stores the documents of a decision being issued: the letter, the
 * easy-read letter and the first service plan made for it, if any. */
typedef struct
{
  LsPdfExporter *exporter;
  gint64         person_id;
} Issue;

static gboolean
freeze_issued (LsStore  *store,
               gint64    decision_id,
               gpointer  user_data,
               GError  **error)
{
  Issue *issue = user_data;
  g_autoptr(GBytes) letter = NULL;
  g_autoptr(GBytes) easy_read = NULL;
  g_autoptr(GBytes) plan = NULL;
  g_autoptr(GPtrArray) plans = NULL;

  letter = freeze_document (issue->exporter, LS_DOCUMENT_DECISION, decision_id, 0, NULL, error);
  if (letter == NULL)
    return FALSE;
  easy_read = freeze_document (issue->exporter, LS_DOCUMENT_EASY_READ, decision_id, 0, NULL, error);
  if (easy_read == NULL)
    return FALSE;
  plans = ls_store_list_service_plans (store, issue->person_id, error);
  if (plans == NULL)
    return FALSE;
  for (guint i = 0; i < plans->len; i++)
    {
      LsServicePlan *candidate = g_ptr_array_index (plans, i);

      if (ls_service_plan_get_decision_id (candidate) == decision_id)
        {
          plan = freeze_document (issue->exporter, LS_DOCUMENT_SERVICE_PLAN, decision_id,
                                  ls_service_plan_get_id (candidate), NULL, error);
          return plan != NULL;
        }
    }
  return TRUE;
}

gboolean
ls_pdf_exporter_issue (LsPdfExporter *self,
                       LsDecision    *decision,
                       const char    *issued_by,
                       const GDate   *issued_date,
                       gboolean       four_eyes,
                       gboolean       supersede,
                       GError       **error)
{
  Issue issue = { self, 0 };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (LS_IS_DECISION (decision), FALSE);

  issue.person_id = ls_decision_get_person_id (decision);
  return ls_store_issue_decision_frozen (self->store, decision, issued_by, issued_date, four_eyes, supersede,
                                         freeze_issued, &issue, error);
}

gboolean
ls_pdf_issue_decision (LsStore      *store,
                       LsDecision   *decision,
                       const char   *issued_by,
                       const GDate  *issued_date,
                       gboolean      four_eyes,
                       gboolean      supersede,
                       GError      **error)
{
  g_autoptr(LsPdfExporter) exporter = ls_pdf_exporter_new (store, NULL, NULL, error);

  return exporter != NULL
         && ls_pdf_exporter_issue (exporter, decision, issued_by, issued_date, four_eyes, supersede, error);
}

gboolean
ls_pdf_exporter_write (LsPdfExporter  *self,
                       LsDocumentKind  kind,
                       gint64          id,
                       const char     *path,
                       GPtrArray     **warnings,
                       GError        **error)
{
  g_autoptr(LsPrivateFile) file = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, error);
  return file != NULL
         && write_document (self, kind, id, file, warnings, error)
         && ls_private_file_commit (file, error);
}

gboolean
ls_pdf_export (LsStore        *store,
               LsDocumentKind  kind,
               gint64          id,
               const char     *path,
               GPtrArray     **warnings,
               GError        **error)
{
  g_autoptr(LsPdfExporter) exporter = ls_pdf_exporter_new (store, NULL, NULL, error);

  return exporter != NULL && ls_pdf_exporter_write (exporter, kind, id, path, warnings, error);
}

char *
ls_pdf_default_file_name (LsDocumentKind kind,
                          gint64         id)
{
  static const char *const names[] = { "vedtak", "lettlest", "tjenesteplan", "livsskisse", "min-livsskisse", "forhandsvarsel", "min-uke" };

  g_return_val_if_fail (kind < G_N_ELEMENTS (names), NULL);
  return g_strdup_printf ("%s-%" G_GINT64_FORMAT ".pdf", names[kind], id);
}

/* Writes the letter of decision @id into @dir (closed, not synced:
 * ls_private_files_commit() syncs the batch at once) and adds its file to
 * @files. */
static gboolean
write_batch_letter (LsPdfExporter  *exporter,
                    gint64          id,
                    const char     *dir,
                    GPtrArray      *files,
                    GError        **error)
{
  g_autofree char *name = ls_pdf_default_file_name (LS_DOCUMENT_DECISION, id);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  LsPrivateFile *file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, error);

  if (file == NULL)
    return FALSE;
  g_ptr_array_add (files, file);
  /* Closed at once: a batch of thousands holds no descriptor each. */
  return write_document (exporter, LS_DOCUMENT_DECISION, id, file, NULL, error)
         && ls_private_file_close_unsynced (file, error);
}

gboolean
ls_pdf_write_all_decision_letters (LsStore           *store,
                                   gboolean           drafts,
                                   const char        *dir,
                                   LsPdfProgressFunc  progress,
                                   gpointer           user_data,
                                   GError           **error)
{
  g_autoptr(LsPdfExporter) exporter = NULL;
  g_autoptr(GPtrArray) files = NULL;
  gint64 total, after = 0;
  guint done = 0;

  g_return_val_if_fail (LS_IS_STORE (store), FALSE);
  g_return_val_if_fail (dir != NULL, FALSE);

  if (g_file_test (dir, G_FILE_TEST_EXISTS) && !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *name = g_filename_display_name (dir);

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR,
                   _("“%s” is not a folder: a batch's letters are written into a folder"), name);
      return FALSE;
    }
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_autofree char *name = g_filename_display_name (dir);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno),
                   _("Could not create the folder “%s”: %s"), name, g_strerror (errno));
      return FALSE;
    }
  exporter = ls_pdf_exporter_new (store, NULL, NULL, error);
  if (exporter == NULL)
    return FALSE;
  files = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_private_file_free);
  /* One transaction for every audit row of the batch; the letters appear
   * only after it is committed, and a failure leaves none of them. The
   * decisions are found a page at a time as the letters are written, so
   * the first letter waits for one page, not for all of them. */
  if (!ls_store_begin_batch (store, error))
    return FALSE;
  total = ls_store_count_decisions (store, drafts, error);
  while (total >= 0)
    {
      g_autoptr(GArray) page = ls_store_list_decision_ids (store, after, BATCH_PAGE, drafts, error);

      if (page == NULL)
        break;
      for (guint i = 0; i < page->len; i++)
        {
          if (!write_batch_letter (exporter, g_array_index (page, gint64, i), dir, files, error))
            {
              ls_store_cancel_batch (store);
              return FALSE;
            }
          /* A decision made during the batch is not in its count. */
          done++;
          if (progress != NULL)
            progress (done, MAX ((guint) total, done), user_data);
        }
      if (page->len < BATCH_PAGE)
        return ls_store_end_batch (store, error) && ls_private_files_commit (files, error);
      after = g_array_index (page, gint64, page->len - 1);
    }
  ls_store_cancel_batch (store);
  return FALSE;
}
