/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Norwegian identity numbers (fødselsnummer, D-, H- and synthetic numbers).
 * Every rule about them lives in ls-national-id.c so that the new scheme
 * planned around 2032 replaces one module. */

#define LS_NATIONAL_ID_LENGTH 11

typedef enum
{
  LS_NATIONAL_ID_FNR,        /* fødselsnummer: DDMMYY III K1 K2 */
  LS_NATIONAL_ID_D_NUMBER,   /* day + 40 */
  LS_NATIONAL_ID_H_NUMBER,   /* month + 40 */
  LS_NATIONAL_ID_SYNTHETIC,  /* month + 80 (test data; day + 40 too for a synthetic D-number) */
} LsNationalIdKind;

#define LS_NATIONAL_ID_ERROR (ls_national_id_error_quark ())

typedef enum
{
  LS_NATIONAL_ID_ERROR_LENGTH,              /* not 11 digits (or empty) */
  LS_NATIONAL_ID_ERROR_NOT_DIGITS,          /* something other than digits and spaces */
  LS_NATIONAL_ID_ERROR_DATE,                /* no such date, or no century fits */
  LS_NATIONAL_ID_ERROR_CONTROL_DIGIT_1,     /* digit 10 is not the computed one */
  LS_NATIONAL_ID_ERROR_CONTROL_DIGIT_2,     /* digit 11 is not the computed one */
  LS_NATIONAL_ID_ERROR_IMPOSSIBLE_CONTROL,  /* a control digit would be 10: no number starts so */
} LsNationalIdError;

GQuark      ls_national_id_error_quark      (void);

/* Spaces (and tabs) between groups are ignored: "010180 123 45" is read as
 * "01018012345". @kind and @birth_date_out are set only on success. A
 * birth date after today (the local date) is refused: nobody has a number
 * for a day that has not come. Error messages never contain the number or
 * any part of it (no digit, day or month of it). */
gboolean    ls_national_id_validate         (const char       *number,
                                             LsNationalIdKind *kind,
                                             GDate            *birth_date_out,
                                             GError          **error);
/* The same with @today given (tests, and callers that already have it). */
gboolean    ls_national_id_validate_on      (const char       *number,
                                             const GDate      *today,
                                             LsNationalIdKind *kind,
                                             GDate            *birth_date_out,
                                             GError          **error);

/* The 11 digits without spaces (for storage and comparison), or NULL when
 * @number holds anything but digits and spaces or not exactly 11 digits.
 * Does not check dates or control digits. */
char       *ls_national_id_normalize        (const char       *number);

/* For display: "DDMMYY IIIKK" (six digits, a space, five digits), or NULL
 * when ls_national_id_normalize() would return NULL. */
char       *ls_national_id_format           (const char       *number);

/* TRUE when @number is a valid synthetic number (month + 80), born by today. */
gboolean    ls_national_id_is_synthetic     (const char       *number);

/* The individual numbers (digits 7-9) used for people born in @year, the
 * main range only: 1854-1899 500-749, 1900-1999 000-499, 2000-2039 500-999.
 * FALSE when the scheme cannot express @year. */
gboolean    ls_national_id_individual_range (GDateYear         year,
                                             guint            *first,
                                             guint            *last);

/* A valid synthetic number (month + 80) for @birth and @individual (0-999),
 * or NULL when @individual does not belong to @birth's century or a control
 * digit would be 10 (the caller tries the next individual number). */
char       *ls_national_id_make_synthetic   (const GDate      *birth,
                                             guint             individual);

/* Stable keys for storage: "fnr", "d-number", "h-number", "synthetic". */
const char *ls_national_id_kind_to_string   (LsNationalIdKind  kind);
gboolean    ls_national_id_kind_from_string (const char       *key,
                                             LsNationalIdKind *kind);
/* Translated, for display ("Synthetic test number"). */
const char *ls_national_id_kind_display_name (LsNationalIdKind kind);

G_END_DECLS
