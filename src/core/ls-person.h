/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LS_TYPE_PERSON (ls_person_get_type ())
G_DECLARE_FINAL_TYPE (LsPerson, ls_person, LS, PERSON, GObject)

LsPerson *ls_person_new (void);

/* 0 until the store has saved the person */
gint64 ls_person_get_id (LsPerson *self);
void ls_person_set_id (LsPerson *self, gint64 id);
const char *ls_person_get_given_name (LsPerson *self);
void ls_person_set_given_name (LsPerson *self, const char *given_name);
const char *ls_person_get_family_name (LsPerson *self);
void ls_person_set_family_name (LsPerson *self, const char *family_name);
const GDate *ls_person_get_birth_date (LsPerson *self);
void ls_person_set_birth_date (LsPerson *self, const GDate *birth_date);
/* 11 digits, validated with ls_national_id_validate() */
const char *ls_person_get_national_id (LsPerson *self);
void ls_person_set_national_id (LsPerson *self, const char *national_id);
const char *ls_person_get_phone (LsPerson *self);
void ls_person_set_phone (LsPerson *self, const char *phone);
const char *ls_person_get_email (LsPerson *self);
void ls_person_set_email (LsPerson *self, const char *email);
const char *ls_person_get_address (LsPerson *self);
void ls_person_set_address (LsPerson *self, const char *address);
const char *ls_person_get_representative_name (LsPerson *self);
void ls_person_set_representative_name (LsPerson *self, const char *representative_name);
/* "guardian" (verge), "relative" (pårørende) or NULL */
const char *ls_person_get_representative_relation (LsPerson *self);
void ls_person_set_representative_relation (LsPerson *self, const char *representative_relation);
gboolean ls_person_get_plain_language (LsPerson *self);
void ls_person_set_plain_language (LsPerson *self, gboolean plain_language);
gboolean ls_person_get_pictograms (LsPerson *self);
void ls_person_set_pictograms (LsPerson *self, gboolean pictograms);
/* NULL when no interpreter is needed */
const char *ls_person_get_interpreter_language (LsPerson *self);
void ls_person_set_interpreter_language (LsPerson *self, const char *interpreter_language);
/* consent to share information with providers */
gboolean ls_person_get_consent_share (LsPerson *self);
void ls_person_set_consent_share (LsPerson *self, gboolean consent_share);
/* consent to an individual plan */
gboolean ls_person_get_consent_plan (LsPerson *self);
void ls_person_set_consent_plan (LsPerson *self, gboolean consent_plan);
/* "nb" or "nn"; "nb" by default */
const char *ls_person_get_written_language (LsPerson *self);
void ls_person_set_written_language (LsPerson *self, const char *written_language);

/* "Given Family", for display. */
char *ls_person_dup_display_name (LsPerson *self);
/* "Family, Given", as lists are sorted (one of them alone when the other
 * is empty). */
char *ls_person_dup_list_name (LsPerson *self);
/* The age on @today and the birth date ("27 years, born 14.03.1999"),
 * never the id number; says so when no birth date is recorded. */
char *ls_person_dup_age_and_birth (LsPerson    *self,
                                   const GDate *today);

G_END_DECLS
