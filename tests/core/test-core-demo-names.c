/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Demo people: deterministic, invented, and only synthetic id numbers. */
#include <string.h>

#include <glib.h>

#include "ls-demo-names.h"
#include "ls-national-id.h"

#define N_PEOPLE 1000

typedef struct
{
  char  *given;
  char  *family;
  GDate  birth;
  char  *id;
} Person;

static void
person_clear (Person *p)
{
  g_free (p->given);
  g_free (p->family);
  g_free (p->id);
}

static Person *
make_people (guint32 seed,
             guint   first_index,
             guint   n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  Person *people = g_new0 (Person, n);

  for (guint i = 0; i < n; i++)
    ls_demo_person (rand, first_index + i, &people[i].given, &people[i].family,
                    &people[i].birth, &people[i].id);
  return people;
}

static void
free_people (Person *people,
             guint   n)
{
  for (guint i = 0; i < n; i++)
    person_clear (&people[i]);
  g_free (people);
}

static void
test_ids_valid_and_synthetic (void)
{
  Person *people = make_people (42, 0, N_PEOPLE);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      Person *p = &people[i];
      g_autoptr(GError) error = NULL;
      LsNationalIdKind kind;
      GDate birth;
      guint month = (p->id[2] - '0') * 10 + (p->id[3] - '0');
      guint day = (p->id[0] - '0') * 10 + (p->id[1] - '0');

      g_assert_cmpuint (strlen (p->id), ==, 11);
      g_assert_true (ls_national_id_validate (p->id, &kind, &birth, &error));
      g_assert_no_error (error);
      g_assert_cmpint (kind, ==, LS_NATIONAL_ID_SYNTHETIC);
      g_assert_true (ls_national_id_is_synthetic (p->id));
      /* Never a real-looking number: month 81-92, plain day. */
      g_assert_cmpuint (month, >=, 81);
      g_assert_cmpuint (month, <=, 92);
      g_assert_cmpuint (day, >=, 1);
      g_assert_cmpuint (day, <=, 31);
      /* The number carries the person's birth date. */
      g_assert_cmpint (g_date_compare (&birth, &p->birth), ==, 0);
      g_assert_cmpuint (g_date_get_year (&p->birth), >=, LS_DEMO_FIRST_BIRTH_YEAR);
      g_assert_cmpuint (g_date_get_year (&p->birth), <=, LS_DEMO_LAST_BIRTH_YEAR);
      /* Unique */
      g_assert_false (g_hash_table_contains (ids, p->id));
      g_hash_table_add (ids, p->id);
    }
  free_people (people, N_PEOPLE);
}

/* Indexes far apart (same birth day, later rounds) still get distinct ids. */
static void
test_ids_unique_far (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const guint n_days = 6575;  /* 1.1.1991-31.12.2008 */

  for (guint round = 0; round < 50; round++)
    for (guint k = 0; k < 20; k++)
      {
        char *id = NULL;

        ls_demo_person (rand, round * n_days + k, NULL, NULL, NULL, &id);
        g_assert_true (ls_national_id_is_synthetic (id));
        g_assert_false (g_hash_table_contains (ids, id));
        g_hash_table_add (ids, id);
      }
  g_assert_cmpuint (g_hash_table_size (ids), ==, 1000);
}

static void
test_deterministic (void)
{
  Person *a = make_people (2026, 0, N_PEOPLE);
  Person *b = make_people (2026, 0, N_PEOPLE);
  Person *c = make_people (2027, 0, N_PEOPLE);
  guint same_names = 0;

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_assert_cmpstr (a[i].given, ==, b[i].given);
      g_assert_cmpstr (a[i].family, ==, b[i].family);
      g_assert_cmpstr (a[i].id, ==, b[i].id);
      g_assert_cmpint (g_date_compare (&a[i].birth, &b[i].birth), ==, 0);
      if (g_str_equal (a[i].given, c[i].given) && g_str_equal (a[i].family, c[i].family))
        same_names++;
    }
  /* Another seed gives other people. */
  g_assert_cmpuint (same_names, <, N_PEOPLE / 10);

  free_people (a, N_PEOPLE);
  free_people (b, N_PEOPLE);
  free_people (c, N_PEOPLE);
}

/* Asking for fewer outputs does not change the people that follow. */
static void
test_outputs_optional (void)
{
  g_autoptr(GRand) r1 = g_rand_new_with_seed (99);
  g_autoptr(GRand) r2 = g_rand_new_with_seed (99);

  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *g1 = NULL, *f1 = NULL, *id1 = NULL;
      g_autofree char *g2 = NULL;

      ls_demo_person (r1, i, &g1, &f1, NULL, &id1);
      if (i % 2 == 0)
        ls_demo_person (r2, i, NULL, NULL, NULL, NULL);
      else
        ls_demo_person (r2, i, &g2, NULL, NULL, NULL);
      if (g2 != NULL)
        g_assert_cmpstr (g1, ==, g2);
    }
}

static void
test_names_varied (void)
{
  Person *people = make_people (1, 0, N_PEOPLE);
  g_autoptr(GHashTable) given = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) family = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean seen_ae = FALSE, seen_oe = FALSE, seen_aa = FALSE;

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_assert_true (g_utf8_validate (people[i].given, -1, NULL));
      g_assert_true (g_utf8_validate (people[i].family, -1, NULL));
      g_assert_cmpstr (people[i].given, !=, "");
      g_assert_cmpstr (people[i].family, !=, "");
      g_hash_table_add (given, people[i].given);
      g_hash_table_add (family, people[i].family);
      seen_ae |= g_str_has_prefix (people[i].family, "Æ");
      seen_oe |= g_str_has_prefix (people[i].family, "Ø") || g_str_has_prefix (people[i].given, "Ø");
      seen_aa |= g_str_has_prefix (people[i].family, "Å") || g_str_has_prefix (people[i].given, "Å");
    }
  g_assert_cmpuint (g_hash_table_size (given), >=, 50);
  g_assert_cmpuint (g_hash_table_size (family), >=, 50);
  g_assert_true (seen_ae && seen_oe && seen_aa);
  free_people (people, N_PEOPLE);
}

static void
test_phrases (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);

  for (LsDemoPhraseKind kind = 0; kind < LS_DEMO_N_PHRASE_KINDS; kind++)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < 2000; i++)
        {
          const char *phrase = ls_demo_phrase (rand, kind);

          g_assert_nonnull (phrase);
          g_assert_true (g_utf8_validate (phrase, -1, NULL));
          g_assert_true (g_str_has_prefix (phrase, "Jeg ") || g_str_has_prefix (phrase, "Det ") ||
                         g_strstr_len (phrase, -1, " jeg ") != NULL || g_strstr_len (phrase, -1, " meg") != NULL);
          g_assert_cmpuint (g_utf8_strlen (phrase, -1), <, 100);
          g_hash_table_add (seen, (gpointer) phrase);
        }
      g_assert_cmpuint (g_hash_table_size (seen), >=, 20);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/demo/ids-valid-and-synthetic", test_ids_valid_and_synthetic);
  g_test_add_func ("/core/demo/ids-unique-far", test_ids_unique_far);
  g_test_add_func ("/core/demo/deterministic", test_deterministic);
  g_test_add_func ("/core/demo/outputs-optional", test_outputs_optional);
  g_test_add_func ("/core/demo/names-varied", test_names_varied);
  g_test_add_func ("/core/demo/phrases", test_phrases);

  return g_test_run ();
}
