/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "ls-document-saver.h"
#include "ls-service-plan.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* The service plan of a decision, with every point of the regulation on
 * individual plans § 19: goals, resources and needs; who takes part and
 * what each contributes; the coordinator; how the measures are carried out
 * and by whom; the plan period and revision date; consent; cooperation
 * with others. The first time it is drafted from the decision and the
 * sketch; every edit is saved a moment after typing stops. */
#define LS_TYPE_SERVICE_PLAN_EDITOR (ls_service_plan_editor_get_type ())
G_DECLARE_FINAL_TYPE (LsServicePlanEditor, ls_service_plan_editor, LS, SERVICE_PLAN_EDITOR, AdwBin)

/* Reads the plan of decision @decision_id, or drafts and saves one: an
 * LsUiLoadFunc (store calls only, any thread) returning an LsServicePlan;
 * NULL with @error. */
gpointer       ls_service_plan_editor_load     (LsStore             *store,
                                                gint64               decision_id,
                                                GError             **error);
/* Main thread: the editor of @plan, saved through @store. */
GtkWidget     *ls_service_plan_editor_new_for_plan (LsStore         *store,
                                                    LsServicePlan   *plan);
/* The same, read here and now; NULL with @error. */
GtkWidget     *ls_service_plan_editor_new      (LsStore             *store,
                                                gint64               decision_id,
                                                GError             **error);
LsServicePlan *ls_service_plan_editor_get_plan (LsServicePlanEditor *self);
/* Someone else changed the plan shown (the store's watch): read again on
 * a worker and shown in place when nothing here is unsaved; otherwise
 * the next save meets the change as a conflict, never overwriting it. */
void           ls_service_plan_editor_changed_elsewhere (LsServicePlanEditor *self);
gboolean       ls_service_plan_editor_flush    (LsServicePlanEditor *self,
                                                GError             **error);
/* For tests: the editor's saver (its last save outlives the editor). */
LsDocumentSaver *_ls_service_plan_editor_get_saver (LsServicePlanEditor *self);

G_END_DECLS
