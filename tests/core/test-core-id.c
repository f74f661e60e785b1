/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Norwegian id numbers. Valid examples come from a small reference
 * implementation written independently below, plus fixed synthetic numbers
 * checked by hand. Non-synthetic examples use birth year 2039 (individual
 * numbers 500-999), a date no living person has and which the old scheme
 * will not reach, so no example can belong to a real person; they are
 * checked as on TEST_TODAY, and the birth date after today is refused as on
 * a fixed day and on the real one. */
#include <string.h>
#include <time.h>

#include <glib.h>

#include "ls-national-id.h"

/* The day the examples are checked on: after every example's birth date. */
static GDate *
test_today (void)
{
  static GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, G_DATE_JANUARY, 2040);
  return &today;
}

static GDate *
real_today (void)
{
  static GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  return &today;
}

/* Reference: the control digit for the digits of @stem with @weights,
 * -1 when it would be 10. */
static int
ref_control (const char *stem,
             const char *weights)
{
  int sum = 0;
  int k;

  for (int i = 0; weights[i] != '\0'; i++)
    sum += (stem[i] - '0') * (weights[i] - '0');
  k = (11 - sum % 11) % 11;
  return k == 10 ? -1 : k;
}

/* Appends both control digits to a nine-digit @stem; NULL when impossible. */
static char *
ref_complete (const char *stem)
{
  char buf[12];
  int k1, k2;

  g_assert_cmpuint (strlen (stem), ==, 9);
  memcpy (buf, stem, 9);
  k1 = ref_control (buf, "376189452");
  if (k1 < 0)
    return NULL;
  buf[9] = '0' + k1;
  k2 = ref_control (buf, "5432765432");
  if (k2 < 0)
    return NULL;
  buf[10] = '0' + k2;
  buf[11] = '\0';
  return g_strdup (buf);
}

static void
assert_clean_message (const GError *error,
                      const char   *input)
{
  g_autofree char *digits = ls_national_id_normalize (input);

  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
  /* Too short an input would match by chance ("1" in "11 digits"). */
  if (strlen (input) >= 5)
    g_assert_null (strstr (error->message, input));
  if (digits != NULL)
    {
      g_assert_null (strstr (error->message, digits));
      /* nor the birth date part */
      digits[6] = '\0';
      g_assert_null (strstr (error->message, digits));
    }
}

static void
assert_invalid (const char *number,
                int         code)
{
  g_autoptr(GError) error = NULL;
  LsNationalIdKind kind = (LsNationalIdKind) 99;

  g_assert_false (ls_national_id_validate_on (number, test_today (), &kind, NULL, &error));
  g_assert_error (error, LS_NATIONAL_ID_ERROR, code);
  g_assert_cmpint (kind, ==, 99);
  assert_clean_message (error, number);
  g_assert_false (ls_national_id_is_synthetic (number));
}

static void
assert_valid (const char       *number,
              LsNationalIdKind  expected_kind,
              guint             day,
              guint             month,
              guint             year)
{
  g_autoptr(GError) error = NULL;
  LsNationalIdKind kind;
  GDate birth;

  g_date_clear (&birth, 1);
  g_assert_true (ls_national_id_validate_on (number, test_today (), &kind, &birth, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kind, ==, expected_kind);
  g_assert_true (g_date_valid (&birth));
  g_assert_cmpuint (g_date_get_day (&birth), ==, day);
  g_assert_cmpuint (g_date_get_month (&birth), ==, month);
  g_assert_cmpuint (g_date_get_year (&birth), ==, year);
  /* is_synthetic() checks as on the real day: not born yet is not valid. */
  g_assert_cmpint (ls_national_id_is_synthetic (number), ==,
                   expected_kind == LS_NATIONAL_ID_SYNTHETIC && g_date_compare (&birth, real_today ()) <= 0);
}

static void
assert_stem_valid (const char       *stem,
                   LsNationalIdKind  kind,
                   guint             day,
                   guint             month,
                   guint             year)
{
  g_autofree char *number = ref_complete (stem);

  g_assert_nonnull (number);
  assert_valid (number, kind, day, month, year);
}

/* A number whose only fault is its date part. */
static void
assert_stem_bad_date (const char *stem)
{
  g_autofree char *number = ref_complete (stem);

  g_assert_nonnull (number);
  assert_invalid (number, LS_NATIONAL_ID_ERROR_DATE);
}

static const char * const fixed[] = {
  "15839512357", "01810451390", "31859949897", "29820060006", "52839011121",
  "12033977776", "55033950097", "15433950086",
};

static void
test_fixed (void)
{
  /* Worked by hand: 15.03.1995, individual 123:
   * K1 = 11 - (1·3+5·7+8·6+3·1+9·8+5·9+1·4+2·5+3·2) mod 11 = 11 - 226 mod 11 = 11 - 6 = 5
   * K2 = 11 - (1·5+5·4+8·3+3·2+9·7+5·6+1·5+2·4+3·3+5·2) mod 11 = 11 - 180 mod 11 = 11 - 4 = 7 */
  assert_valid ("15839512357", LS_NATIONAL_ID_SYNTHETIC, 15, 3, 1995);
  assert_valid ("01810451390", LS_NATIONAL_ID_SYNTHETIC, 1, 1, 2004);
  assert_valid ("31859949897", LS_NATIONAL_ID_SYNTHETIC, 31, 5, 1999);
  assert_valid ("29820060006", LS_NATIONAL_ID_SYNTHETIC, 29, 2, 2000); /* leap year */
  assert_valid ("52839011121", LS_NATIONAL_ID_SYNTHETIC, 12, 3, 1990); /* synthetic D-number */
  assert_valid ("12033977776", LS_NATIONAL_ID_FNR, 12, 3, 2039);
  assert_valid ("55033950097", LS_NATIONAL_ID_D_NUMBER, 15, 3, 2039);
  assert_valid ("15433950086", LS_NATIONAL_ID_H_NUMBER, 15, 3, 2039);

  /* The reference implementation agrees with the fixed numbers. */
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    {
      g_autofree char *stem = g_strndup (fixed[i], 9);
      g_autofree char *completed = ref_complete (stem);

      g_assert_cmpstr (completed, ==, fixed[i]);
    }
}

static void
test_kinds_from_reference (void)
{
  assert_stem_valid ("010139501", LS_NATIONAL_ID_FNR, 1, 1, 2039);
  assert_stem_valid ("311239999", LS_NATIONAL_ID_FNR, 31, 12, 2039);
  assert_stem_valid ("410139501", LS_NATIONAL_ID_D_NUMBER, 1, 1, 2039);
  assert_stem_valid ("711239502", LS_NATIONAL_ID_D_NUMBER, 31, 12, 2039);
  assert_stem_valid ("014139503", LS_NATIONAL_ID_H_NUMBER, 1, 1, 2039);
  assert_stem_valid ("315239504", LS_NATIONAL_ID_H_NUMBER, 31, 12, 2039);
  assert_stem_valid ("018195005", LS_NATIONAL_ID_SYNTHETIC, 1, 1, 1995);
  assert_stem_valid ("319206900", LS_NATIONAL_ID_SYNTHETIC, 31, 12, 2006);
  assert_stem_valid ("719206901", LS_NATIONAL_ID_SYNTHETIC, 31, 12, 2006); /* synthetic D */
}

static void
test_century (void)
{
  assert_stem_valid ("018160600", LS_NATIONAL_ID_SYNTHETIC, 1, 1, 1860);  /* 500-749, 54-99 */
  assert_stem_valid ("018145950", LS_NATIONAL_ID_SYNTHETIC, 1, 1, 1945);  /* 900-999, 40-99 */
  assert_stem_valid ("018145499", LS_NATIONAL_ID_SYNTHETIC, 1, 1, 1945);  /* 000-499 */
  assert_stem_valid ("018139998", LS_NATIONAL_ID_SYNTHETIC, 1, 1, 2039);  /* 500-999, 00-39 */
  /* The edges of each range. */
  assert_stem_valid ("018140900", LS_NATIONAL_ID_SYNTHETIC, 1, 1, 1940);  /* 900-999 from 40 */
  assert_stem_valid ("018154749", LS_NATIONAL_ID_SYNTHETIC, 1, 1, 1854);  /* 500-749 from 54 */
  assert_stem_valid ("018100998", LS_NATIONAL_ID_SYNTHETIC, 1, 1, 2000);  /* 500-999 from 00 */
  assert_stem_valid ("018139500", LS_NATIONAL_ID_SYNTHETIC, 1, 1, 2039);  /* 500-999 to 39 */
  assert_stem_bad_date ("018153700");  /* 500-749 with 53: before 1854 */
  assert_stem_bad_date ("018145800");  /* 750-899 with 40-99: no century */
  assert_stem_bad_date ("018150600");  /* 500-749 with 40-53: no century */
}

static void
test_spaces (void)
{
  assert_valid ("158395 123 57", LS_NATIONAL_ID_SYNTHETIC, 15, 3, 1995);
  assert_valid (" 158395 12357\t", LS_NATIONAL_ID_SYNTHETIC, 15, 3, 1995);
  assert_invalid ("158395-12357", LS_NATIONAL_ID_ERROR_NOT_DIGITS);
}

static void
test_length (void)
{
  g_autoptr(GError) error = NULL;

  assert_invalid ("", LS_NATIONAL_ID_ERROR_LENGTH);
  assert_invalid ("   ", LS_NATIONAL_ID_ERROR_LENGTH);
  assert_invalid ("1", LS_NATIONAL_ID_ERROR_LENGTH);
  assert_invalid ("1583951235", LS_NATIONAL_ID_ERROR_LENGTH);
  assert_invalid ("158395123570", LS_NATIONAL_ID_ERROR_LENGTH);
  assert_invalid ("15839512357158395123571583951235715839512357", LS_NATIONAL_ID_ERROR_LENGTH);

  g_assert_false (ls_national_id_validate ("1583951235", NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "10 digits"));
  g_assert_nonnull (strstr (error->message, "11"));
}

static void
test_not_digits (void)
{
  assert_invalid ("1583951235a", LS_NATIONAL_ID_ERROR_NOT_DIGITS);
  assert_invalid ("abcdefghijk", LS_NATIONAL_ID_ERROR_NOT_DIGITS);
  assert_invalid ("15839512357.", LS_NATIONAL_ID_ERROR_NOT_DIGITS);
  assert_invalid ("１5839512357", LS_NATIONAL_ID_ERROR_NOT_DIGITS); /* full-width digit */
}

static void
test_dates (void)
{
  assert_stem_bad_date ("310239500");  /* 31 February */
  assert_stem_bad_date ("300282500");  /* 30 February, synthetic */
  assert_stem_bad_date ("290201502");  /* 29 February 2001, not a leap year */
  assert_stem_bad_date ("011339500");  /* month 13 */
  assert_stem_bad_date ("019339501");  /* synthetic month 13 */
  assert_stem_bad_date ("010039500");  /* month 0 */
  assert_stem_bad_date ("003339500");  /* month 33 */
  assert_stem_bad_date ("720139500");  /* D-number day 72 */
  assert_stem_bad_date ("000139500");  /* day 0 */
  assert_stem_bad_date ("320139500");  /* day 32 */
  assert_stem_bad_date ("400139500");  /* day 40 */
  assert_stem_bad_date ("310439500");  /* 31 April */
  assert_stem_bad_date ("714439500");  /* D and H at once */
  assert_stem_valid ("290236500", LS_NATIONAL_ID_FNR, 29, 2, 2036);
}

static void
test_control_digits (void)
{
  g_autofree char *good = ref_complete ("150339600");
  g_autoptr(GError) error = NULL;
  char bad[12];

  assert_valid (good, LS_NATIONAL_ID_FNR, 15, 3, 2039);

  /* Every wrong K1 is refused as such, and the message names the right one. */
  for (char c = '0'; c <= '9'; c++)
    {
      if (c == good[9])
        continue;
      g_strlcpy (bad, good, sizeof bad);
      bad[9] = c;
      assert_invalid (bad, LS_NATIONAL_ID_ERROR_CONTROL_DIGIT_1);
    }
  /* The message is the same whatever the wrong digit and whatever the right
   * one: it cannot hint at either. */
  for (guint k = 9; k <= 10; k++)
    {
      g_autofree char *first = NULL;
      g_autofree char *other = NULL;

      /* another number whose control digit @k is not good's */
      for (guint individual = 601; other == NULL || other[k] == good[k]; individual++)
        {
          g_autofree char *stem = g_strdup_printf ("150339%03u", individual);

          g_free (other);
          other = ref_complete (stem);
        }
      for (guint n = 0; n < 2; n++)
        for (char c = '0'; c <= '9'; c++)
          {
            const char *right = n == 0 ? good : other;

            if (c == right[k])
              continue;
            g_strlcpy (bad, right, sizeof bad);
            bad[k] = c;
            g_assert_false (ls_national_id_validate_on (bad, test_today (), NULL, NULL, &error));
            if (first == NULL)
              first = g_strdup (error->message);
            g_assert_cmpstr (error->message, ==, first);
            g_clear_error (&error);
          }
    }

  for (char c = '0'; c <= '9'; c++)
    {
      if (c == good[10])
        continue;
      g_strlcpy (bad, good, sizeof bad);
      bad[10] = c;
      assert_invalid (bad, LS_NATIONAL_ID_ERROR_CONTROL_DIGIT_2);
    }
}

static void
test_impossible_control (void)
{
  /* 150339500: K1 = 11 - (1·3+5·7+0·6+3·1+3·8+9·9+5·4+0·5+0·2) mod 11
   *           = 11 - 166 mod 11 = 11 - 1 = 10, so no number starts so. */
  g_assert_null (ref_complete ("150339500"));
  for (int k = 0; k < 100; k++)
    {
      g_autofree char *number = g_strdup_printf ("150339500%02d", k);

      assert_invalid (number, LS_NATIONAL_ID_ERROR_IMPOSSIBLE_CONTROL);
    }

  /* 018104512: K1 = 0, then K2 comes out as 10. */
  g_assert_cmpint (ref_control ("018104512", "376189452"), ==, 0);
  g_assert_cmpint (ref_control ("0181045120", "5432765432"), ==, -1);
  for (int k = 0; k < 10; k++)
    {
      g_autofree char *number = g_strdup_printf ("0181045120%d", k);

      assert_invalid (number, LS_NATIONAL_ID_ERROR_IMPOSSIBLE_CONTROL);
    }
}

/* A valid number for @birth with the day and month offsets of a D-, H- or
 * synthetic number, from the reference implementation. */
static char *
number_born (const GDate *birth,
             guint        day_offset,
             guint        month_offset)
{
  guint first, last;

  g_assert_true (ls_national_id_individual_range (g_date_get_year (birth), &first, &last));
  for (guint individual = first; individual <= last; individual++)
    {
      g_autofree char *stem = g_strdup_printf ("%02u%02u%02u%03u", g_date_get_day (birth) + day_offset,
                                               g_date_get_month (birth) + month_offset,
                                               g_date_get_year (birth) % 100, individual);
      char *number = ref_complete (stem);

      if (number != NULL)
        return number;
    }
  g_assert_not_reached ();
}

static void
assert_future (const char  *number,
               const GDate *today)
{
  g_autoptr(GError) error = NULL;
  LsNationalIdKind kind = (LsNationalIdKind) 99;

  g_assert_false (ls_national_id_validate_on (number, today, &kind, NULL, &error));
  g_assert_error (error, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_DATE);
  g_assert_cmpint (kind, ==, 99);
  /* Not the date, not a digit: nothing of the number. */
  for (const char *p = error->message; *p != '\0'; p++)
    g_assert_false (g_ascii_isdigit (*p));
  assert_clean_message (error, number);
}

/* Nobody has a number for a day that has not come: fødselsnummer, D-, H-
 * and synthetic numbers alike. */
static void
test_future (void)
{
  const guint offsets[][2] = { { 0, 0 }, { 40, 0 }, { 0, 40 }, { 0, 80 }, { 40, 80 } };
  const LsNationalIdKind kinds[] = { LS_NATIONAL_ID_FNR, LS_NATIONAL_ID_D_NUMBER, LS_NATIONAL_ID_H_NUMBER,
                                     LS_NATIONAL_ID_SYNTHETIC, LS_NATIONAL_ID_SYNTHETIC };
  g_autoptr(GDate) today = g_date_new_dmy (3, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) tomorrow = g_date_copy (today);
  g_autoptr(GError) error = NULL;
  GDate birth;

  /* The number of the finding: "valid fnr 2038-10-11" before. */
  assert_future ("11103853747", today);

  g_date_add_days (tomorrow, 1);
  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    {
      g_autofree char *born_today = number_born (today, offsets[i][0], offsets[i][1]);
      g_autofree char *born_tomorrow = number_born (tomorrow, offsets[i][0], offsets[i][1]);
      LsNationalIdKind kind;

      g_date_clear (&birth, 1);
      g_assert_true (ls_national_id_validate_on (born_today, today, &kind, &birth, &error));
      g_assert_no_error (error);
      g_assert_cmpint (kind, ==, kinds[i]);
      g_assert_cmpint (g_date_compare (&birth, today), ==, 0);
      assert_future (born_tomorrow, today);
    }

  /* ls_national_id_validate() checks against the real day. */
  {
    g_autoptr(GDate) real_tomorrow = g_date_copy (real_today ());
    g_autofree char *born_today = number_born (real_today (), 0, 80);
    g_autofree char *born_tomorrow = NULL;

    g_date_add_days (real_tomorrow, 1);
    born_tomorrow = number_born (real_tomorrow, 0, 80);
    g_assert_true (ls_national_id_validate (born_today, NULL, NULL, NULL));
    g_assert_true (ls_national_id_is_synthetic (born_today));
    g_assert_false (ls_national_id_validate (born_tomorrow, NULL, NULL, &error));
    g_assert_error (error, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_DATE);
    g_assert_false (ls_national_id_is_synthetic (born_tomorrow));
  }
}

/* Two numbers with the same fault get the same message: it carries nothing
 * of either number (not the day, the month or a digit). */
static void
test_messages_reveal_nothing (void)
{
  const char * const pairs[][2] = {
    { "310239500", "310439500" },  /* 31 February, 31 April */
    { "300282500", "310682500" },  /* synthetic 30 February, 31 June */
    { "290201502", "290205503" },  /* 29 February in 2001 and 2005 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *a = ref_complete (pairs[i][0]);
      g_autofree char *b = ref_complete (pairs[i][1]);
      g_autoptr(GError) error_a = NULL;
      g_autoptr(GError) error_b = NULL;

      g_assert_nonnull (a);
      g_assert_nonnull (b);
      g_assert_false (ls_national_id_validate_on (a, test_today (), NULL, NULL, &error_a));
      g_assert_false (ls_national_id_validate_on (b, test_today (), NULL, NULL, &error_b));
      g_assert_error (error_a, LS_NATIONAL_ID_ERROR, LS_NATIONAL_ID_ERROR_DATE);
      g_assert_cmpstr (error_a->message, ==, error_b->message);
      /* no day, month or year in it */
      for (const char *p = error_a->message; *p != '\0'; p++)
        g_assert_false (g_ascii_isdigit (*p));
    }
}

/* Every stem on a few days, checked against the reference. */
static void
test_against_reference (void)
{
  /* synthetic only; the last two are synthetic D-numbers */
  const char * const dates[] = { "018180", "158395", "299204", "319299", "418183", "528390" };
  guint n_valid = 0;

  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    for (guint individual = 0; individual < 1000; individual++)
      {
        g_autofree char *stem = g_strdup_printf ("%s%03u", dates[d], individual);
        g_autofree char *number = ref_complete (stem);
        g_autofree char *made = NULL;
        GDate birth;
        LsNationalIdKind kind;
        gboolean century_ok;
        guint yy = (stem[4] - '0') * 10 + (stem[5] - '0');

        century_ok = individual <= 499 || (individual >= 900 && yy >= 40) ||
                     (individual >= 500 && yy <= 39) || (individual <= 749 && yy >= 54);
        if (number == NULL)
          {
            int k1 = ref_control (stem, "376189452");
            /* K1 right when it exists, so the impossible K2 is what fails */
            g_autofree char *filled = g_strdup_printf ("%s%d0", stem, MAX (k1, 0));
            g_autoptr(GError) error = NULL;
            int code = century_ok ? LS_NATIONAL_ID_ERROR_IMPOSSIBLE_CONTROL
                                  : LS_NATIONAL_ID_ERROR_DATE;

            g_assert_false (ls_national_id_validate (filled, NULL, NULL, &error));
            g_assert_error (error, LS_NATIONAL_ID_ERROR, code);
            continue;
          }
        g_assert_cmpint (ls_national_id_validate (number, &kind, &birth, NULL), ==, century_ok);
        if (!century_ok)
          continue;
        n_valid++;
        g_assert_cmpint (kind, ==, LS_NATIONAL_ID_SYNTHETIC);
        if (stem[0] >= '4')
          continue;
        made = ls_national_id_make_synthetic (&birth, individual);
        g_assert_cmpstr (made, ==, number);
      }
  /* Roughly 9 in 11 stems give a number. */
  g_assert_cmpuint (n_valid, >, 6 * 1000 * 7 / 11);
}

static void
test_make_synthetic (void)
{
  g_autoptr(GDate) birth = g_date_new_dmy (15, G_DATE_MARCH, 1995);
  g_autoptr(GDate) birth_2039 = g_date_new_dmy (15, G_DATE_MARCH, 2039);
  g_autofree char *a = ls_national_id_make_synthetic (birth, 123);
  g_autofree char *b = ls_national_id_make_synthetic (birth, 950);  /* 900-999 also 1940-1999 */
  g_autofree char *c = ls_national_id_make_synthetic (birth, 500);  /* would be 2095 */
  g_autofree char *d = ls_national_id_make_synthetic (birth, 1000);
  g_autofree char *e = ls_national_id_make_synthetic (birth_2039, 509); /* K1 would be 10 */
  g_autofree char *f = ls_national_id_make_synthetic (birth_2039, 501); /* K2 would be 10 */
  guint first, last;

  g_assert_cmpstr (a, ==, "15839512357");
  g_assert_nonnull (b);
  g_assert_true (ls_national_id_is_synthetic (b));
  g_assert_null (c);
  g_assert_null (d);
  g_assert_null (e);
  g_assert_null (f);
  g_assert_null (ref_complete ("158339509"));
  g_assert_null (ref_complete ("158339501"));

  g_assert_true (ls_national_id_individual_range (1995, &first, &last));
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (last, ==, 499);
  g_assert_true (ls_national_id_individual_range (2008, &first, &last));
  g_assert_cmpuint (first, ==, 500);
  g_assert_cmpuint (last, ==, 999);
  g_assert_true (ls_national_id_individual_range (1880, &first, &last));
  g_assert_cmpuint (first, ==, 500);
  g_assert_cmpuint (last, ==, 749);
  g_assert_false (ls_national_id_individual_range (1853, NULL, NULL));
  g_assert_false (ls_national_id_individual_range (2040, NULL, NULL));
}

static void
test_is_synthetic (void)
{
  g_assert_true (ls_national_id_is_synthetic ("15839512357"));
  g_assert_true (ls_national_id_is_synthetic ("158395 123 57"));
  g_assert_false (ls_national_id_is_synthetic ("15839512358"));  /* wrong K2 */
  g_assert_false (ls_national_id_is_synthetic ("12033977776"));  /* fødselsnummer */
  g_assert_false (ls_national_id_is_synthetic ("15433950086"));  /* H-number */
  g_assert_false (ls_national_id_is_synthetic (""));
}

static void
test_normalize (void)
{
  g_autofree char *a = ls_national_id_normalize ("158395 123 57");
  g_autofree char *b = ls_national_id_normalize ("158395 123 5");
  g_autofree char *c = ls_national_id_normalize ("158395x12357");

  g_assert_cmpstr (a, ==, "15839512357");
  g_assert_null (b);
  g_assert_null (c);
}

static void
test_format (void)
{
  g_autofree char *a = ls_national_id_format ("15839512357");
  g_autofree char *b = ls_national_id_format (" 158 395 1235 7 ");
  g_autofree char *c = ls_national_id_format ("1583951235");

  g_assert_cmpstr (a, ==, "158395 12357");
  g_assert_cmpstr (b, ==, "158395 12357");
  g_assert_null (c);
}

static void
test_kind_keys (void)
{
  for (guint k = LS_NATIONAL_ID_FNR; k <= LS_NATIONAL_ID_SYNTHETIC; k++)
    {
      const char *key = ls_national_id_kind_to_string (k);
      LsNationalIdKind back;

      g_assert_nonnull (key);
      g_assert_true (ls_national_id_kind_from_string (key, &back));
      g_assert_cmpint (back, ==, k);
      g_assert_nonnull (ls_national_id_kind_display_name (k));
    }
  g_assert_cmpstr (ls_national_id_kind_to_string (LS_NATIONAL_ID_SYNTHETIC), ==, "synthetic");
  g_assert_false (ls_national_id_kind_from_string ("Synthetic", NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/id/fixed", test_fixed);
  g_test_add_func ("/core/id/kinds", test_kinds_from_reference);
  g_test_add_func ("/core/id/century", test_century);
  g_test_add_func ("/core/id/spaces", test_spaces);
  g_test_add_func ("/core/id/length", test_length);
  g_test_add_func ("/core/id/not-digits", test_not_digits);
  g_test_add_func ("/core/id/dates", test_dates);
  g_test_add_func ("/core/id/control-digits", test_control_digits);
  g_test_add_func ("/core/id/future", test_future);
  g_test_add_func ("/core/id/messages-reveal-nothing", test_messages_reveal_nothing);
  g_test_add_func ("/core/id/impossible-control", test_impossible_control);
  g_test_add_func ("/core/id/against-reference", test_against_reference);
  g_test_add_func ("/core/id/make-synthetic", test_make_synthetic);
  g_test_add_func ("/core/id/is-synthetic", test_is_synthetic);
  g_test_add_func ("/core/id/normalize", test_normalize);
  g_test_add_func ("/core/id/format", test_format);
  g_test_add_func ("/core/id/kind-keys", test_kind_keys);

  return g_test_run ();
}
