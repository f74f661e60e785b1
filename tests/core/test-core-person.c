/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How a person is named in lists and described under their name. */
#include "ls-person.h"

static LsPerson *
person_with (const char *given,
             const char *family)
{
  LsPerson *person = ls_person_new ();

  ls_person_set_given_name (person, given);
  ls_person_set_family_name (person, family);
  return person;
}

static void
test_list_name (void)
{
  g_autoptr(LsPerson) both = person_with ("Kari", "Nordmann");
  g_autoptr(LsPerson) given = person_with ("Kari", "");
  g_autoptr(LsPerson) family = person_with ("", "Nordmann");
  g_autoptr(LsPerson) none = ls_person_new ();
  g_autofree char *a = ls_person_dup_list_name (both);
  g_autofree char *b = ls_person_dup_list_name (given);
  g_autofree char *c = ls_person_dup_list_name (family);
  g_autofree char *d = ls_person_dup_list_name (none);

  g_assert_cmpstr (a, ==, "Nordmann, Kari");
  g_assert_cmpstr (b, ==, "Kari");
  g_assert_cmpstr (c, ==, "Nordmann");
  g_assert_cmpstr (d, ==, "");
}

/* The age turns on the birthday itself, not the day after or before. */
static void
test_age_and_birth (void)
{
  g_autoptr(LsPerson) person = person_with ("Kari", "Nordmann");
  g_autoptr(GDate) birth = g_date_new_dmy (14, G_DATE_MARCH, 1999);
  g_autoptr(GDate) day_before = g_date_new_dmy (13, G_DATE_MARCH, 2026);
  g_autoptr(GDate) birthday = g_date_new_dmy (14, G_DATE_MARCH, 2026);
  g_autoptr(GDate) first_year = g_date_new_dmy (1, G_DATE_DECEMBER, 2000);
  g_autofree char *unknown = ls_person_dup_age_and_birth (person, birthday);
  g_autofree char *before = NULL, *on = NULL, *one = NULL;

  g_assert_cmpstr (unknown, ==, "Birth date not recorded");
  ls_person_set_birth_date (person, birth);
  before = ls_person_dup_age_and_birth (person, day_before);
  on = ls_person_dup_age_and_birth (person, birthday);
  one = ls_person_dup_age_and_birth (person, first_year);
  g_assert_cmpstr (before, ==, "26 years, born 14.03.1999");
  g_assert_cmpstr (on, ==, "27 years, born 14.03.1999");
  g_assert_cmpstr (one, ==, "1 year, born 14.03.1999");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/person/list-name", test_list_name);
  g_test_add_func ("/core/person/age-and-birth", test_age_and_birth);
  return g_test_run ();
}
