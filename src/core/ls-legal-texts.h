/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The legal references and the standard wording of letters, from
 * data/catalog/legal.ini (a resource) and, if present, the municipality's
 * own copy at $XDG_CONFIG_HOME/livsskisse/legal.ini whose keys win.
 *
 * Why a key file and not gettext: a letter is written in the person's
 * language (bokmål or nynorsk), which is not the caseworker's UI language,
 * and a batch writes letters in both. gettext picks its language from the
 * process locale; switching it per call is global state and not safe in
 * threads. Keys with a [nn] variant are looked up directly, and the texts
 * stay editable data, as the law requires of section numbers. Languages:
 * "nb" (the plain key) and "nn" (Key[nn]); anything else reads as "nb".
 *
 * Also reads the service catalog (services.ini) for service names and their
 * legal basis. Safe to share between threads once made. */

#define LS_TYPE_LEGAL_TEXTS (ls_legal_texts_get_type ())
G_DECLARE_FINAL_TYPE (LsLegalTexts, ls_legal_texts, LS, LEGAL_TEXTS, GObject)

/* @override_path: NULL = $XDG_CONFIG_HOME/livsskisse/legal.ini. A missing
 * override file is fine; an unreadable one is an error. */
LsLegalTexts *ls_legal_texts_new            (const char   *override_path,
                                             GError      **error);

/* $XDG_CONFIG_HOME/livsskisse/legal.ini */
char         *ls_legal_texts_default_override_path (void);

/* "nb" or "nn" for any language tag ("nn_NO", "nno" and "nn" give "nn"). */
const char   *ls_legal_texts_normalize_language (const char *language);

/* The raw text of @group/@key in @language, or NULL when no such key. */
const char   *ls_legal_texts_lookup         (LsLegalTexts *self,
                                             const char   *group,
                                             const char   *key,
                                             const char   *language);

/* @template with its placeholders filled: "{ref:Key}" from [references],
 * "{name}" from @vars (string -> string, may be NULL). Unknown placeholders
 * are left as they are, so a typo shows in the letter rather than hiding. */
char         *ls_legal_texts_expand         (LsLegalTexts *self,
                                             const char   *template_text,
                                             const char   *language,
                                             GHashTable   *vars);
/* ls_legal_texts_expand() of @group/@key; a missing key gives "[group/key]". */
char         *ls_legal_texts_format         (LsLegalTexts *self,
                                             const char   *group,
                                             const char   *key,
                                             const char   *language,
                                             GHashTable   *vars);

/* [appeal] Weeks: the deadline for health and care services (4). */
guint         ls_legal_texts_get_appeal_weeks (LsLegalTexts *self);
/* [appeal] Body in @language. */
const char   *ls_legal_texts_get_appeal_body  (LsLegalTexts *self,
                                               const char   *language);

/* "23. november 2026"; NULL or an invalid date gives [common] NotSet. */
char         *ls_legal_texts_format_date    (LsLegalTexts *self,
                                             const GDate  *date,
                                             const char   *language);

/* "tirsdag 5. januar": a day in a week, without the year ([dates]
 * Weekdays, Monday first). */
char         *ls_legal_texts_format_day     (LsLegalTexts *self,
                                             const GDate  *date,
                                             const char   *language);

/* From the service catalog: the name in @language (the key itself when
 * unknown) and the legal basis in @language (NULL when unknown). */
const char   *ls_legal_texts_service_name   (LsLegalTexts *self,
                                             const char   *service_key,
                                             const char   *language);
char         *ls_legal_texts_service_basis  (LsLegalTexts *self,
                                             const char   *service_key,
                                             const char   *language);
/* The service's plain-language name for easy-read documents ("Hjelp med
 * medisinene" for "Medisineringsstøtte"): PlainName in the catalog, else
 * ls_legal_texts_service_name(). */
const char   *ls_legal_texts_service_plain_name (LsLegalTexts *self,
                                                 const char   *service_key,
                                                 const char   *language);
/* @reference (a legal basis kept as one bokmål text, as a decision and the
 * service catalog keep it) with the names of laws in @language: each
 * [laws] name in bokmål is replaced by its nynorsk name for "nn". */
char         *ls_legal_texts_localize_reference (LsLegalTexts *self,
                                                 const char   *reference,
                                                 const char   *language);
/* "6 timer per uke", "1 time per uke" for an extent in @unit ("hours",
 * "visits", "days"); the unit after the number 1 is [units] @unit.one. */
char         *ls_legal_texts_format_extent  (LsLegalTexts *self,
                                             double        extent,
                                             const char   *unit,
                                             const char   *language);

G_END_DECLS
