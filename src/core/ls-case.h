/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Where the case stands: application received, life-sketch conversation,
 * goals and measures, decision issued, under evaluation, closed. */
typedef enum
{
  LS_CASE_RECEIVED,
  LS_CASE_MAPPING,
  LS_CASE_PLANNING,
  LS_CASE_DECIDED,
  LS_CASE_EVALUATING,
  LS_CASE_CLOSED,
} LsCaseStatus;

/* Stable keys for storage: "received", "mapping", "planning", "decided", "evaluating", "closed". */
const char *ls_case_status_to_string (LsCaseStatus value);
gboolean ls_case_status_from_string (const char *key, LsCaseStatus *value);

#define LS_TYPE_CASE (ls_case_get_type ())
G_DECLARE_FINAL_TYPE (LsCase, ls_case, LS, CASE, GObject)

LsCase *ls_case_new (void);

gint64 ls_case_get_id (LsCase *self);
void ls_case_set_id (LsCase *self, gint64 id);
gint64 ls_case_get_person_id (LsCase *self);
void ls_case_set_person_id (LsCase *self, gint64 person_id);
const char *ls_case_get_case_number (LsCase *self);
void ls_case_set_case_number (LsCase *self, const char *case_number);
/* when the application came in */
const GDate *ls_case_get_received (LsCase *self);
void ls_case_set_received (LsCase *self, const GDate *received);
const char *ls_case_get_applied_for (LsCase *self);
void ls_case_set_applied_for (LsCase *self, const char *applied_for);
/* the person, a representative, a referral */
const char *ls_case_get_applied_by (LsCase *self);
void ls_case_set_applied_by (LsCase *self, const char *applied_by);
/* "form", "letter", "phone", "meeting", "digital" */
const char *ls_case_get_channel (LsCase *self);
void ls_case_set_channel (LsCase *self, const char *channel);
LsCaseStatus ls_case_get_status (LsCase *self);
void ls_case_set_status (LsCase *self, LsCaseStatus status);

G_END_DECLS
