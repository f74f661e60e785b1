/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LS_TYPE_MEASURE (ls_measure_get_type ())
G_DECLARE_FINAL_TYPE (LsMeasure, ls_measure, LS, MEASURE, GObject)

LsMeasure *ls_measure_new (void);

gint64 ls_measure_get_id (LsMeasure *self);
void ls_measure_set_id (LsMeasure *self, gint64 id);
gint64 ls_measure_get_decision_id (LsMeasure *self);
void ls_measure_set_decision_id (LsMeasure *self, gint64 decision_id);
guint ls_measure_get_position (LsMeasure *self);
void ls_measure_set_position (LsMeasure *self, guint position);
/* a key of the service catalog */
const char *ls_measure_get_service_key (LsMeasure *self);
void ls_measure_set_service_key (LsMeasure *self, const char *service_key);
/* per week, in units */
double ls_measure_get_extent (LsMeasure *self);
void ls_measure_set_extent (LsMeasure *self, double extent);
/* "hours", "visits" or "days" */
const char *ls_measure_get_unit (LsMeasure *self);
void ls_measure_set_unit (LsMeasure *self, const char *unit);
/* the provider unit */
const char *ls_measure_get_provider (LsMeasure *self);
void ls_measure_set_provider (LsMeasure *self, const char *provider);
const GDate *ls_measure_get_start (LsMeasure *self);
void ls_measure_set_start (LsMeasure *self, const GDate *start);
const GDate *ls_measure_get_end (LsMeasure *self);
void ls_measure_set_end (LsMeasure *self, const GDate *end);
gboolean ls_measure_get_granted (LsMeasure *self);
void ls_measure_set_granted (LsMeasure *self, gboolean granted);
/* why it was refused, when not granted */
const char *ls_measure_get_refusal_grounds (LsMeasure *self);
void ls_measure_set_refusal_grounds (LsMeasure *self, const char *refusal_grounds);

G_END_DECLS
