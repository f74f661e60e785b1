/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  LS_ENTRY_STRENGTH,
  LS_ENTRY_CHALLENGE,
  LS_ENTRY_WISH,
  LS_ENTRY_SUPPORT_NEED,
  LS_ENTRY_FACILITATOR,
  LS_ENTRY_BARRIER,
} LsEntryKind;

/* Stable keys for storage: "strength", "challenge", "wish", "support-need", "facilitator", "barrier". */
const char *ls_entry_kind_to_string (LsEntryKind value);
gboolean ls_entry_kind_from_string (const char *key, LsEntryKind *value);

/* Whose words these are: the person's own words are shown as quotes. */
typedef enum
{
  LS_ENTRY_AUTHOR_PERSON,
  LS_ENTRY_AUTHOR_CASEWORKER,
} LsEntryAuthor;

/* Stable keys for storage: "person", "caseworker". */
const char *ls_entry_author_to_string (LsEntryAuthor value);
gboolean ls_entry_author_from_string (const char *key, LsEntryAuthor *value);

/* ICF environmental chapter of a facilitator or barrier: e1 products and
 * technology, e3 support and relationships, e4 attitudes, e5 services. */
typedef enum
{
  LS_ENVIRONMENT_NONE,
  LS_ENVIRONMENT_E1,
  LS_ENVIRONMENT_E3,
  LS_ENVIRONMENT_E4,
  LS_ENVIRONMENT_E5,
} LsEnvironmentFactor;

/* Stable keys for storage: "none", "e1", "e3", "e4", "e5". */
const char *ls_environment_factor_to_string (LsEnvironmentFactor value);
gboolean ls_environment_factor_from_string (const char *key, LsEnvironmentFactor *value);

#define LS_TYPE_SKETCH_ENTRY (ls_sketch_entry_get_type ())
G_DECLARE_FINAL_TYPE (LsSketchEntry, ls_sketch_entry, LS, SKETCH_ENTRY, GObject)

LsSketchEntry *ls_sketch_entry_new (void);

gint64 ls_sketch_entry_get_id (LsSketchEntry *self);
void ls_sketch_entry_set_id (LsSketchEntry *self, gint64 id);
gint64 ls_sketch_entry_get_sketch_id (LsSketchEntry *self);
void ls_sketch_entry_set_sketch_id (LsSketchEntry *self, gint64 sketch_id);
const char *ls_sketch_entry_get_domain_key (LsSketchEntry *self);
void ls_sketch_entry_set_domain_key (LsSketchEntry *self, const char *domain_key);
LsEntryKind ls_sketch_entry_get_kind (LsSketchEntry *self);
void ls_sketch_entry_set_kind (LsSketchEntry *self, LsEntryKind kind);
const char *ls_sketch_entry_get_text (LsSketchEntry *self);
void ls_sketch_entry_set_text (LsSketchEntry *self, const char *text);
/* Whether anything but white space is written: an entry added and left
 * empty is never quoted as something said. */
gboolean ls_sketch_entry_has_text (LsSketchEntry *self);
LsEntryAuthor ls_sketch_entry_get_author (LsSketchEntry *self);
void ls_sketch_entry_set_author (LsSketchEntry *self, LsEntryAuthor author);
/* for facilitators and barriers */
LsEnvironmentFactor ls_sketch_entry_get_environment (LsSketchEntry *self);
void ls_sketch_entry_set_environment (LsSketchEntry *self, LsEnvironmentFactor environment);
/* order within its domain and kind */
guint ls_sketch_entry_get_position (LsSketchEntry *self);
void ls_sketch_entry_set_position (LsSketchEntry *self, guint position);

LsSketchEntry *ls_sketch_entry_new_with (const char *domain_key,
                                         LsEntryKind kind,
                                         LsEntryAuthor author,
                                         const char *text);

G_END_DECLS
