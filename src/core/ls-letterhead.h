/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The municipality's letterhead and the facts every letter needs about the
 * sender: who, where, how to reach them, the appeal body, who signs. Kept in
 * a key file ($XDG_CONFIG_HOME/livsskisse/letterhead.ini, mode 0600) so that
 * nothing about a municipality is in the code. Every text field is a string
 * property named like its key in the file ("municipality", "logo-path", …). */

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

/* The plain-text lines of the letterhead: municipality, unit, address,
 * postal address, phone and e-mail (empty fields left out). */
GStrv         ls_letterhead_dup_lines       (LsLetterhead *self);

G_END_DECLS
