/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a document is made of, read from the store: the person, the
 * decision, the sketches, the plan, the evaluation or the week, as
 * ls_pdf_exporter_load_content() and _load_layout() give them to the
 * renderer. Reads only; issuing and writing are in ls-pdf-export.c. */
#define G_LOG_DOMAIN "ls-pdf-export"

#include <inttypes.h>
#include <glib/gi18n.h>

#include "ls-catalog.h"
#include "ls-pdf-document.h"
#include "ls-pdf-export-private.h"
#include "ls-store-bookings.h"
#include "ls-store-cases.h"
#include "ls-store-decisions.h"
#include "ls-store-followup.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-store-teams.h"

/* Everything one document is built from; owns what it loaded. */
typedef struct
{
  LsPerson      *person;
  LsCase        *case_;
  LsDecision    *decision;
  LsSketch      *sketch;
  LsSketch      *previous_sketch;
  LsServicePlan *plan;
  GDate         *previous_decision_date;
  LsDecision    *previous_decision;
  LsEvaluation  *evaluation;
  LsBookedWeek  *week;
} Loaded;

static void
loaded_clear (Loaded *loaded)
{
  g_clear_object (&loaded->person);
  g_clear_object (&loaded->case_);
  g_clear_object (&loaded->decision);
  g_clear_object (&loaded->sketch);
  g_clear_object (&loaded->previous_sketch);
  g_clear_object (&loaded->plan);
  g_clear_pointer (&loaded->previous_decision_date, g_date_free);
  g_clear_object (&loaded->previous_decision);
  g_clear_object (&loaded->evaluation);
  g_clear_pointer (&loaded->week, ls_booked_week_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loaded, loaded_clear)

/* The Monday of the week "Min uke" shows. */
static GDate
week_monday (LsPdfExporter *self)
{
  g_autoptr(GDateTime) now = NULL;
  GDate today, monday;
  guint minute;

  if (g_date_valid (&self->week))
    return self->week;
  now = g_date_time_new_now_utc ();
  ls_booking_local_now (now, &today, &minute);
  ls_iso_week_monday (&today, &monday);
  return monday;
}

static GListModel *
domains_for (LsPdfExporter *self,
             LsPerson      *person)
{
  const char *lang = ls_legal_texts_normalize_language (ls_person_get_written_language (person));
  guint index = g_str_equal (lang, "nn") ? 1 : 0;

  if (self->domains[index] == NULL)
    self->domains[index] = ls_catalog_load_domains (lang, NULL);
  return G_LIST_MODEL (self->domains[index]);
}

/* The sketch @sketch_id (none when 0) and the one before it, fully
 * loaded. */
static gboolean
load_sketches (LsPdfExporter *self,
               gint64         person_id,
               gint64         sketch_id,
               Loaded        *loaded,
               GError       **error)
{
  g_autoptr(GPtrArray) sketches = NULL;
  int at = -1;

  if (sketch_id == 0)
    return TRUE;
  sketches = ls_store_list_sketches (self->store, person_id, error);
  if (sketches == NULL)
    return FALSE;
  for (guint i = 0; i < sketches->len; i++)
    if (ls_sketch_get_id (g_ptr_array_index (sketches, i)) == sketch_id)
      at = (int) i;
  if (at < 0)
    return TRUE;
  loaded->sketch = ls_store_load_sketch (self->store, sketch_id, error);
  if (loaded->sketch == NULL)
    return FALSE;
  if (at > 0)
    {
      loaded->previous_sketch = ls_store_load_sketch (self->store,
                                                      ls_sketch_get_id (g_ptr_array_index (sketches, at - 1)), error);
      if (loaded->previous_sketch == NULL)
        return FALSE;
    }
  return TRUE;
}

/* The newest evaluation of @decision_id, if any. */
static gboolean
load_evaluation (LsPdfExporter *self,
                 gint64         decision_id,
                 Loaded        *loaded,
                 GError       **error)
{
  g_autoptr(GPtrArray) evaluations = ls_store_list_evaluations (self->store, decision_id, error);

  if (evaluations == NULL)
    return FALSE;
  if (evaluations->len > 0)
    loaded->evaluation = g_object_ref (g_ptr_array_index (evaluations, evaluations->len - 1));
  return TRUE;
}

static gboolean
load_decision (LsPdfExporter *self,
               gint64         id,
               Loaded        *loaded,
               GError       **error)
{
  gint64 case_id, previous_id;

  loaded->decision = ls_store_load_decision (self->store, id, error);
  if (loaded->decision == NULL || !ls_store_name_decision_staff (self->store, loaded->decision, error))
    return FALSE;
  case_id = ls_decision_get_case_id (loaded->decision);
  if (case_id != 0 && (loaded->case_ = ls_store_load_case (self->store, case_id, error)) == NULL)
    return FALSE;
  previous_id = ls_decision_get_previous_id (loaded->decision);
  if (previous_id != 0)
    {
      LsDecision *previous = ls_store_load_decision (self->store, previous_id, error);

      if (previous == NULL)
        return FALSE;
      loaded->previous_decision = previous;
      if (ls_decision_get_issued_date (previous) != NULL)
        loaded->previous_decision_date = g_date_copy (ls_decision_get_issued_date (previous));
      if (!load_evaluation (self, previous_id, loaded, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load (LsPdfExporter  *self,
      LsDocumentKind  kind,
      gint64          id,
      Loaded         *loaded,
      GError        **error)
{
  gint64 person_id = 0, sketch_id = 0;

  switch (kind)
    {
    case LS_DOCUMENT_DECISION:
    case LS_DOCUMENT_EASY_READ:
    case LS_DOCUMENT_ADVANCE_NOTICE:
      if (!load_decision (self, id, loaded, error))
        return FALSE;
      person_id = ls_decision_get_person_id (loaded->decision);
      /* The sketch chosen when it was drafted, never a later one. */
      sketch_id = ls_decision_get_sketch_id (loaded->decision);
      break;
    case LS_DOCUMENT_SERVICE_PLAN:
      loaded->plan = ls_store_load_service_plan (self->store, id, error);
      if (loaded->plan == NULL)
        return FALSE;
      person_id = ls_service_plan_get_person_id (loaded->plan);
      if (ls_service_plan_get_decision_id (loaded->plan) != 0 &&
          !load_decision (self, ls_service_plan_get_decision_id (loaded->plan), loaded, error))
        return FALSE;
      sketch_id = loaded->decision != NULL ? ls_decision_get_sketch_id (loaded->decision)
                                           : ls_store_latest_finished_sketch (self->store, person_id, error);
      if (sketch_id < 0)
        return FALSE;
      break;
    case LS_DOCUMENT_SKETCH:
    case LS_DOCUMENT_MY_SKETCH:
      {
        g_autoptr(LsSketch) sketch = ls_store_load_sketch (self->store, id, error);

        if (sketch == NULL)
          return FALSE;
        person_id = ls_sketch_get_person_id (sketch);
        sketch_id = id;
        if (ls_sketch_get_case_id (sketch) != 0 &&
            (loaded->case_ = ls_store_load_case (self->store, ls_sketch_get_case_id (sketch), error)) == NULL)
          return FALSE;
      }
      break;
    case LS_DOCUMENT_MY_WEEK:
      {
        GDate monday = week_monday (self);

        person_id = id;
        loaded->week = ls_store_load_booked_week (self->store, person_id, &monday, error);
        if (loaded->week == NULL)
          return FALSE;
      }
      break;
    default:
      g_return_val_if_reached (FALSE);
    }
  loaded->person = ls_store_load_person (self->store, person_id, error);
  if (loaded->person == NULL)
    return FALSE;
  return load_sketches (self, person_id, sketch_id, loaded, error);
}

LsLetterContent *
ls_pdf_exporter_load_content (LsPdfExporter  *self,
                              LsDocumentKind  kind,
                              gint64          id,
                              GError        **error)
{
  g_auto(Loaded) loaded = { 0 };
  LsLetterSources sources = { 0 };

  g_return_val_if_fail (self != NULL, NULL);

  if (!load (self, kind, id, &loaded, error))
    return NULL;
  sources.person = loaded.person;
  sources.case_ = loaded.case_;
  sources.decision = loaded.decision;
  sources.sketch = loaded.sketch;
  sources.previous_sketch = loaded.previous_sketch;
  sources.plan = loaded.plan;
  sources.domains = domains_for (self, loaded.person);
  sources.previous_decision_date = loaded.previous_decision_date;
  sources.previous_decision = loaded.previous_decision;
  sources.evaluation = loaded.evaluation;
  sources.previous_goals = loaded.previous_decision != NULL
                           ? G_LIST_MODEL (ls_decision_get_goals (loaded.previous_decision)) : NULL;
  sources.week = loaded.week;
  sources.letterhead = self->letterhead;
  sources.legal = self->legal;

  switch (kind)
    {
    case LS_DOCUMENT_DECISION:
      return ls_letter_content_new_decision (&sources);
    case LS_DOCUMENT_EASY_READ:
      return ls_letter_content_new_easy_read (&sources);
    case LS_DOCUMENT_ADVANCE_NOTICE:
      if (loaded.previous_decision == NULL)
        {
          /* The decision is there: not "not found", which a caller would
           * turn into "there is no decision". */
          g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                       _("Decision %" PRId64 " follows no earlier decision, so there is nothing to give advance notice of"),
                       id);
          return NULL;
        }
      return ls_letter_content_new_advance_notice (&sources);
    case LS_DOCUMENT_SERVICE_PLAN:
      return ls_letter_content_new_service_plan (&sources);
    case LS_DOCUMENT_MY_WEEK:
      return ls_letter_content_new_my_week (&sources);
    case LS_DOCUMENT_SKETCH:
    case LS_DOCUMENT_MY_SKETCH:
    default:
      if (loaded.sketch == NULL)
        {
          g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_FOUND, _("No such life sketch: %" PRId64), id);
          return NULL;
        }
      return kind == LS_DOCUMENT_MY_SKETCH ? ls_letter_content_new_my_sketch (&sources)
                                           : ls_letter_content_new_sketch_report (&sources);
    }
}

LsDocLayout *
ls_pdf_exporter_load_layout (LsPdfExporter  *self,
                             LsDocumentKind  kind,
                             gint64          id,
                             GError        **error)
{
  g_autoptr(LsLetterContent) content = ls_pdf_exporter_load_content (self, kind, id, error);

  return content != NULL ? ls_pdf_layout_new (content, self->legal) : NULL;
}
