/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "ls-domain-reading.h"
#include "ls-participant.h"
#include "ls-sketch-entry.h"

G_BEGIN_DECLS

typedef enum
{
  LS_SKETCH_IN_PROGRESS,
  LS_SKETCH_FINISHED,
} LsSketchStatus;

/* Stable keys for storage: "in-progress", "finished". */
const char *ls_sketch_status_to_string (LsSketchStatus value);
gboolean ls_sketch_status_from_string (const char *key, LsSketchStatus *value);

#define LS_TYPE_SKETCH (ls_sketch_get_type ())
G_DECLARE_FINAL_TYPE (LsSketch, ls_sketch, LS, SKETCH, GObject)

LsSketch *ls_sketch_new (void);

gint64 ls_sketch_get_id (LsSketch *self);
void ls_sketch_set_id (LsSketch *self, gint64 id);
gint64 ls_sketch_get_person_id (LsSketch *self);
void ls_sketch_set_person_id (LsSketch *self, gint64 person_id);
/* 0 when not tied to a case */
gint64 ls_sketch_get_case_id (LsSketch *self);
void ls_sketch_set_case_id (LsSketch *self, gint64 case_id);
const GDate *ls_sketch_get_date (LsSketch *self);
void ls_sketch_set_date (LsSketch *self, const GDate *date);
LsSketchStatus ls_sketch_get_status (LsSketch *self);
void ls_sketch_set_status (LsSketch *self, LsSketchStatus status);
/* agreements and next steps */
const char *ls_sketch_get_agreements (LsSketch *self);
void ls_sketch_set_agreements (LsSketch *self, const char *agreements);

/* Who took part (LsParticipant: name and role), in order. */
GPtrArray *ls_sketch_get_participants (LsSketch *self);
void ls_sketch_add_participant (LsSketch *self, const char *name, const char *role);

/* One LsDomainReading per domain that has been talked about. */
GListStore *ls_sketch_get_readings (LsSketch *self);
LsDomainReading *ls_sketch_get_reading (LsSketch *self, const char *domain_key);
/* The reading of @domain_key, added when missing. */
LsDomainReading *ls_sketch_ensure_reading (LsSketch *self, const char *domain_key);

/* The entries (LsSketchEntry) in all domains. */
GListStore *ls_sketch_get_entries (LsSketch *self);

/* What matters most, first first: each item a domain key or "entry:ID"
 * (ls_sketch_priority_for_entry()). Never NULL. */
const char * const *ls_sketch_get_priorities (LsSketch *self);
void ls_sketch_set_priorities (LsSketch *self, const char * const *priorities);
char *ls_sketch_priority_for_entry (gint64 entry_id);
/* The entry id of a priority item, or 0 when it names a domain. */
gint64 ls_sketch_priority_entry_id (const char *priority);

G_END_DECLS
