/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Norwegian identity numbers: DDMMYY III K1 K2 with two mod-11 control
 * digits. A new number scheme is planned around 2032 (more individual
 * numbers, other control digit rules); every rule lives here, in one
 * replaceable module, and nowhere else in the program. */
#define G_LOG_DOMAIN "ls-national-id"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-national-id.h"
#include "ls-value.h"

/* The mod-11 weights: K1 over digits 1-9, K2 over digits 1-10. */
static const guint k1_weights[9] = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };
static const guint k2_weights[10] = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

#define D_NUMBER_DAY_OFFSET      40
#define H_NUMBER_MONTH_OFFSET    40
#define SYNTHETIC_MONTH_OFFSET   80
#define IMPOSSIBLE               10

G_DEFINE_QUARK (ls-national-id-error-quark, ls_national_id_error)

/* 0-9, or IMPOSSIBLE when no digit satisfies the weights. */
static guint
control_digit (const guint8 *digits,
               const guint  *weights,
               guint         n)
{
  guint sum = 0;
  guint k;

  for (guint i = 0; i < n; i++)
    sum += digits[i] * weights[i];
  k = 11 - sum % 11;
  return k == 11 ? 0 : k;
}

/* Reads digits, skipping blanks. FALSE when another character appears.
 * Counts every digit but stores only the first LS_NATIONAL_ID_LENGTH. */
static gboolean
collect_digits (const char *number,
                guint8      digits[LS_NATIONAL_ID_LENGTH],
                guint      *n_digits)
{
  *n_digits = 0;
  for (const char *p = number; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t')
        continue;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      if (*n_digits < LS_NATIONAL_ID_LENGTH)
        digits[*n_digits] = *p - '0';
      (*n_digits)++;
    }
  return TRUE;
}

/* The century follows from the individual number (digits 7-9). */
static gboolean
full_year (guint      yy,
           guint      individual,
           GDateYear *year)
{
  if (individual <= 499)
    *year = 1900 + yy;
  else if (individual >= 900 && yy >= 40)
    *year = 1900 + yy;
  else if (yy <= 39)
    *year = 2000 + yy;
  else if (individual <= 749 && yy >= 54)
    *year = 1800 + yy;
  else
    return FALSE;
  return TRUE;
}

/* Takes the D-, H- and synthetic offsets off @day and @month. FALSE when
 * the number claims to be a D- and an H-number at once. */
static gboolean
strip_offsets (guint            *day,
               guint            *month,
               LsNationalIdKind *kind)
{
  gboolean d_number = *day > D_NUMBER_DAY_OFFSET;

  if (d_number)
    *day -= D_NUMBER_DAY_OFFSET;
  /* A synthetic D-number is synthetic: test data first. */
  if (*month > SYNTHETIC_MONTH_OFFSET)
    {
      *month -= SYNTHETIC_MONTH_OFFSET;
      *kind = LS_NATIONAL_ID_SYNTHETIC;
    }
  else if (*month > H_NUMBER_MONTH_OFFSET)
    {
      *month -= H_NUMBER_MONTH_OFFSET;
      *kind = LS_NATIONAL_ID_H_NUMBER;
      return !d_number;
    }
  else
    *kind = d_number ? LS_NATIONAL_ID_D_NUMBER : LS_NATIONAL_ID_FNR;
  return TRUE;
}

static gboolean
decode_date (const guint8      *digits,
             const GDate       *today,
             LsNationalIdKind  *kind,
             GDate             *birth,
             GError           **error)
{
  guint day = digits[0] * 10 + digits[1];
  guint month = digits[2] * 10 + digits[3];
  guint yy = digits[4] * 10 + digits[5];
  guint individual = digits[6] * 100 + digits[7] * 10 + digits[8];
  gboolean one_kind = strip_offsets (&day, &month, kind);
  GDateYear year;

  if (day < 1 || day > 31)
    {
      g_set_error_literal (error, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_DATE,
                           _("The day (digits 1–2) must be 01–31, or 41–71 for a D-number"));
      return FALSE;
    }
  if (month < 1 || month > 12)
    {
      g_set_error_literal (error, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_DATE,
                           _("The month (digits 3–4) must be 01–12, 41–52 for an H-number "
                             "or 81–92 for a synthetic number"));
      return FALSE;
    }
  if (!one_kind)
    {
      g_set_error_literal (error, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_DATE,
                           _("A number cannot be both a D-number (day + 40) and an H-number (month + 40)"));
      return FALSE;
    }
  if (!full_year (yy, individual, &year))
    {
      g_set_error_literal (error, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_DATE,
                           _("The individual number (digits 7–9) does not fit the birth year (digits 5–6)"));
      return FALSE;
    }
  /* The messages never say which day, month or digit: that would put part
   * of the number on screen, in logs and in error reports. */
  if (!g_date_valid_dmy (day, month, year))
    {
      g_set_error_literal (error, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_DATE,
                           _("The first six digits are not a real date: that month has no such day"));
      return FALSE;
    }
  g_date_set_dmy (birth, day, month, year);
  if (g_date_compare (birth, today) > 0)
    {
      g_set_error_literal (error, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_DATE,
                           _("The birth date in the number is after today"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_control_digits (const guint8  *digits,
                      GError       **error)
{
  guint k1 = control_digit (digits, k1_weights, G_N_ELEMENTS (k1_weights));
  guint k2;

  if (k1 == IMPOSSIBLE)
    {
      g_set_error_literal (error, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_IMPOSSIBLE_CONTROL,
                           _("No valid number starts with these nine digits: "
                             "the first control digit would be 10"));
      return FALSE;
    }
  if (k1 != digits[9])
    {
      g_set_error_literal (error, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_CONTROL_DIGIT_1,
                           _("The first control digit (digit 10) does not match the digits before it"));
      return FALSE;
    }

  k2 = control_digit (digits, k2_weights, G_N_ELEMENTS (k2_weights));
  if (k2 == IMPOSSIBLE)
    {
      g_set_error_literal (error, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_IMPOSSIBLE_CONTROL,
                           _("No valid number starts with these ten digits: "
                             "the second control digit would be 10"));
      return FALSE;
    }
  if (k2 != digits[10])
    {
      g_set_error_literal (error, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_CONTROL_DIGIT_2,
                           _("The second control digit (digit 11) does not match the digits before it"));
      return FALSE;
    }
  return TRUE;
}

gboolean
ls_national_id_validate (const char        *number,
                         LsNationalIdKind  *kind,
                         GDate             *birth_date_out,
                         GError           **error)
{
  GDate today;

  ls_date_set_today (&today);
  return ls_national_id_validate_on (number, &today, kind, birth_date_out, error);
}

gboolean
ls_national_id_validate_on (const char        *number,
                            const GDate       *today,
                            LsNationalIdKind  *kind,
                            GDate             *birth_date_out,
                            GError           **error)
{
  guint8 digits[LS_NATIONAL_ID_LENGTH];
  guint n_digits;
  LsNationalIdKind found_kind;
  GDate birth;

  g_return_val_if_fail (number != NULL, FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!collect_digits (number, digits, &n_digits))
    {
      g_set_error_literal (error, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_NOT_DIGITS,
                           _("The number may contain only digits and spaces"));
      return FALSE;
    }
  if (n_digits == 0)
    {
      g_set_error_literal (error, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_LENGTH,
                           _("The number is empty; it must have 11 digits"));
      return FALSE;
    }
  if (n_digits != LS_NATIONAL_ID_LENGTH)
    {
      g_set_error (error, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_LENGTH,
                   ngettext ("The number has %u digit; it must have 11",
                             "The number has %u digits; it must have 11", n_digits),
                   n_digits);
      return FALSE;
    }

  g_date_clear (&birth, 1);
  if (!decode_date (digits, today, &found_kind, &birth, error))
    return FALSE;
  if (!check_control_digits (digits, error))
    return FALSE;

  if (kind != NULL)
    *kind = found_kind;
  if (birth_date_out != NULL)
    *birth_date_out = birth;
  return TRUE;
}

char *
ls_national_id_normalize (const char *number)
{
  guint8 digits[LS_NATIONAL_ID_LENGTH];
  guint n_digits;
  char *out;

  g_return_val_if_fail (number != NULL, NULL);

  if (!collect_digits (number, digits, &n_digits) || n_digits != LS_NATIONAL_ID_LENGTH)
    return NULL;
  out = g_malloc (LS_NATIONAL_ID_LENGTH + 1);
  for (guint i = 0; i < LS_NATIONAL_ID_LENGTH; i++)
    out[i] = '0' + digits[i];
  out[LS_NATIONAL_ID_LENGTH] = '\0';
  return out;
}

char *
ls_national_id_format (const char *number)
{
  g_autofree char *digits = NULL;

  g_return_val_if_fail (number != NULL, NULL);

  digits = ls_national_id_normalize (number);
  if (digits == NULL)
    return NULL;
  return g_strdup_printf ("%.6s %s", digits, digits + 6);
}

gboolean
ls_national_id_is_synthetic (const char *number)
{
  LsNationalIdKind kind;

  g_return_val_if_fail (number != NULL, FALSE);

  return ls_national_id_validate (number, &kind, NULL, NULL) &&
         kind == LS_NATIONAL_ID_SYNTHETIC;
}

gboolean
ls_national_id_individual_range (GDateYear  year,
                                 guint     *first,
                                 guint     *last)
{
  guint lo, hi;

  if (year >= 1854 && year <= 1899)
    lo = 500, hi = 749;
  else if (year >= 1900 && year <= 1999)
    lo = 0, hi = 499;
  else if (year >= 2000 && year <= 2039)
    lo = 500, hi = 999;
  else
    return FALSE;

  if (first != NULL)
    *first = lo;
  if (last != NULL)
    *last = hi;
  return TRUE;
}

char *
ls_national_id_make_synthetic (const GDate *birth,
                               guint        individual)
{
  guint8 digits[LS_NATIONAL_ID_LENGTH];
  guint day, month, yy;
  GDateYear year;
  GString *out;

  g_return_val_if_fail (birth != NULL && g_date_valid (birth), NULL);

  if (individual > 999)
    return NULL;
  day = g_date_get_day (birth);
  month = g_date_get_month (birth) + SYNTHETIC_MONTH_OFFSET;
  yy = g_date_get_year (birth) % 100;
  if (!full_year (yy, individual, &year) || year != g_date_get_year (birth))
    return NULL;

  digits[0] = day / 10;
  digits[1] = day % 10;
  digits[2] = month / 10;
  digits[3] = month % 10;
  digits[4] = yy / 10;
  digits[5] = yy % 10;
  digits[6] = individual / 100;
  digits[7] = individual / 10 % 10;
  digits[8] = individual % 10;
  digits[9] = control_digit (digits, k1_weights, G_N_ELEMENTS (k1_weights));
  if (digits[9] == IMPOSSIBLE)
    return NULL;
  digits[10] = control_digit (digits, k2_weights, G_N_ELEMENTS (k2_weights));
  if (digits[10] == IMPOSSIBLE)
    return NULL;

  out = g_string_sized_new (LS_NATIONAL_ID_LENGTH + 1);
  for (guint i = 0; i < LS_NATIONAL_ID_LENGTH; i++)
    g_string_append_c (out, '0' + digits[i]);
  return g_string_free (out, FALSE);
}

static const char * const kind_keys[] = {
  [LS_NATIONAL_ID_FNR] = "fnr",
  [LS_NATIONAL_ID_D_NUMBER] = "d-number",
  [LS_NATIONAL_ID_H_NUMBER] = "h-number",
  [LS_NATIONAL_ID_SYNTHETIC] = "synthetic",
};

const char *
ls_national_id_kind_to_string (LsNationalIdKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_keys), NULL);

  return kind_keys[kind];
}

gboolean
ls_national_id_kind_from_string (const char       *key,
                                 LsNationalIdKind *kind)
{
  g_return_val_if_fail (key != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kind_keys); i++)
    if (g_str_equal (key, kind_keys[i]))
      {
        if (kind != NULL)
          *kind = (LsNationalIdKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
ls_national_id_kind_display_name (LsNationalIdKind kind)
{
  switch (kind)
    {
    case LS_NATIONAL_ID_FNR:
      return _("National identity number");
    case LS_NATIONAL_ID_D_NUMBER:
      return _("D-number");
    case LS_NATIONAL_ID_H_NUMBER:
      return _("H-number");
    case LS_NATIONAL_ID_SYNTHETIC:
      return _("Synthetic test number");
    default:
      g_return_val_if_reached (NULL);
    }
}
