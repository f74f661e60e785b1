/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include "ls-participant.h"

G_BEGIN_DECLS

#define LS_TYPE_SERVICE_PLAN (ls_service_plan_get_type ())
G_DECLARE_FINAL_TYPE (LsServicePlan, ls_service_plan, LS, SERVICE_PLAN, GObject)

LsServicePlan *ls_service_plan_new (void);

gint64 ls_service_plan_get_id (LsServicePlan *self);
void ls_service_plan_set_id (LsServicePlan *self, gint64 id);
gint64 ls_service_plan_get_person_id (LsServicePlan *self);
void ls_service_plan_set_person_id (LsServicePlan *self, gint64 person_id);
/* the decision whose measures the plan carries out, or 0 */
gint64 ls_service_plan_get_decision_id (LsServicePlan *self);
void ls_service_plan_set_decision_id (LsServicePlan *self, gint64 decision_id);
/* 1: the person's goals, resources and need for services */
const char *ls_service_plan_get_goals (LsServicePlan *self);
void ls_service_plan_set_goals (LsServicePlan *self, const char *goals);
/* 3: who is responsible for coordination and progress */
const char *ls_service_plan_get_coordinator (LsServicePlan *self);
void ls_service_plan_set_coordinator (LsServicePlan *self, const char *coordinator);
/* 5-6: how the measures are carried out, who is responsible */
const char *ls_service_plan_get_implementation (LsServicePlan *self);
void ls_service_plan_set_implementation (LsServicePlan *self, const char *implementation);
/* 7: the plan period */
const GDate *ls_service_plan_get_period_start (LsServicePlan *self);
void ls_service_plan_set_period_start (LsServicePlan *self, const GDate *period_start);
const GDate *ls_service_plan_get_period_end (LsServicePlan *self);
void ls_service_plan_set_period_end (LsServicePlan *self, const GDate *period_end);
/* 7: when the plan is revised */
const GDate *ls_service_plan_get_revision_date (LsServicePlan *self);
void ls_service_plan_set_revision_date (LsServicePlan *self, const GDate *revision_date);
/* 8: consent to the plan */
gboolean ls_service_plan_get_consent_plan (LsServicePlan *self);
void ls_service_plan_set_consent_plan (LsServicePlan *self, gboolean consent_plan);
/* 8: consent to participants seeing confidential information */
gboolean ls_service_plan_get_consent_share (LsServicePlan *self);
void ls_service_plan_set_consent_share (LsServicePlan *self, gboolean consent_share);
/* 9: cooperation needed with other providers or agencies */
const char *ls_service_plan_get_cooperation (LsServicePlan *self);
void ls_service_plan_set_cooperation (LsServicePlan *self, const char *cooperation);

/* 2 and 4: who takes part in the planning and what each contributes
 * (LsParticipant: name, role, contribution), the person first. */
GPtrArray *ls_service_plan_get_participants (LsServicePlan *self);
void ls_service_plan_add_participant (LsServicePlan *self, const char *name, const char *role, const char *contribution);

G_END_DECLS
