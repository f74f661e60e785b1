/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The municipality's letterhead and the facts every letter needs about the
 * sender: who, where, how to reach them, the appeal body, who signs. Kept in
 * a key file ($XDG_CONFIG_HOME/livsskisse/letterhead.ini, mode 0600) so that
 * nothing about a municipality is in the code. Every text field is a string
 * property named like its key in the file ("municipality", "logo-path", …).
 *
 * A letter is written in bokmål or nynorsk: the fields whose wording depends
 * on the language (ls_letterhead_field_has_nynorsk()) also keep a nynorsk
 * text, "unit[nn]" in the file. The staff list says
 * who a user name in a decision's record is: full name and title, the title
 * in both languages, one group per person: [staff kari] name=, title=,
 * title[nn]=. */

typedef enum
{
  LS_LETTERHEAD_MUNICIPALITY,
  LS_LETTERHEAD_UNIT,
  LS_LETTERHEAD_ADDRESS,         /* street or post box */
  LS_LETTERHEAD_POSTAL_ADDRESS,  /* postcode and place */
  LS_LETTERHEAD_PHONE,
  LS_LETTERHEAD_EMAIL,
  LS_LETTERHEAD_WEBSITE,
  LS_LETTERHEAD_LOGO_PATH,       /* a PNG file, "" = none */
  LS_LETTERHEAD_APPEAL_BODY,     /* "Statsforvalteren i …", "" = from the legal texts */
  LS_LETTERHEAD_CONTACT_NAME,
  LS_LETTERHEAD_CONTACT_PHONE,   /* "" = the unit's phone */
  LS_LETTERHEAD_CONTACT_EMAIL,   /* "" = the unit's e-mail */
  LS_LETTERHEAD_SIGNATURE_NAME,
  LS_LETTERHEAD_SIGNATURE_TITLE,
} LsLetterheadField;

#define LS_LETTERHEAD_N_FIELDS (LS_LETTERHEAD_SIGNATURE_TITLE + 1)

#define LS_TYPE_LETTERHEAD (ls_letterhead_get_type ())
G_DECLARE_FINAL_TYPE (LsLetterhead, ls_letterhead, LS, LETTERHEAD, GObject)

/* With the invented defaults ("Eksempel kommune"). */
LsLetterhead *ls_letterhead_new             (void);

const char   *ls_letterhead_get             (LsLetterhead      *self,
                                             LsLetterheadField  field);
void          ls_letterhead_set             (LsLetterhead      *self,
                                             LsLetterheadField  field,
                                             const char        *value);
/* The property (and key file key) name of @field, e.g. "logo-path". */
const char   *ls_letterhead_field_key       (LsLetterheadField  field);

/* Whether @field has a nynorsk text of its own (municipality, unit, appeal
 * body, title of the signer). */
gboolean      ls_letterhead_field_has_nynorsk (LsLetterheadField field);
/* The nynorsk text of @field as set, "" when none (a letter then takes the
 * bokmål one, or the invented nynorsk default while that is the default). */
const char   *ls_letterhead_get_nynorsk     (LsLetterhead      *self,
                                             LsLetterheadField  field);
void          ls_letterhead_set_nynorsk     (LsLetterhead      *self,
                                             LsLetterheadField  field,
                                             const char        *value);
/* The text of @field for a letter in @language ("nb" or "nn", any tag that
 * ls_legal_texts_normalize_language() reads). */
const char   *ls_letterhead_get_in          (LsLetterhead      *self,
                                             LsLetterheadField  field,
                                             const char        *language);

/* The staff list: @user (as a decision records who prepared, approved or
 * issued it) is @name with @title (bokmål) and @title_nn (nynorsk, "" = the
 * bokmål title). An empty @name removes @user. */
void          ls_letterhead_set_staff       (LsLetterhead *self,
                                             const char   *user,
                                             const char   *name,
                                             const char   *title,
                                             const char   *title_nn);
/* FALSE when @user is not on the staff list; else @name and @title (in
 * @language, "" when none) point into @self. */
gboolean      ls_letterhead_lookup_staff    (LsLetterhead  *self,
                                             const char    *user,
                                             const char    *language,
                                             const char   **name,
                                             const char   **title);

/* Weeks to appeal; 0 = take the deadline from the legal texts. */
guint         ls_letterhead_get_appeal_weeks (LsLetterhead *self);
void          ls_letterhead_set_appeal_weeks (LsLetterhead *self,
                                              guint         weeks);

/* $XDG_CONFIG_HOME/livsskisse/letterhead.ini */
char         *ls_letterhead_default_path    (void);

/* Reads @path (NULL = the default path). A missing file is no error: the
 * defaults stay. Unknown keys are ignored. */
gboolean      ls_letterhead_load            (LsLetterhead  *self,
                                             const char    *path,
                                             GError       **error);
/* Writes @path (NULL = the default path) with mode 0600, creating its
 * folder with mode 0700. */
gboolean      ls_letterhead_save            (LsLetterhead  *self,
                                             const char    *path,
                                             GError       **error);

/* The plain-text lines of the letterhead in @language: municipality, unit,
 * address, postal address, phone and e-mail (empty fields left out). */
GStrv         ls_letterhead_dup_lines       (LsLetterhead *self,
                                             const char   *language);

G_END_DECLS
