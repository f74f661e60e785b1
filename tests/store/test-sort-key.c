/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ICU sort keys for names: the full Norwegian order of a fixture of names
 * (Æ Ø Å, Ü Ä Ö, "Aa", accents, case, hyphens, no given name), compared as
 * bytes the way SQLite compares a BLOB and PostgreSQL a bytea. */
#include <string.h>

#include "ls-sort-key.h"

typedef struct
{
  const char *family;
  const char *given;
} Name;

/* In the order they must sort. Each pair is strictly before the next. */
static const Name expected_order[] = {
  { "", "Kari" },                 /* no family name: first */
  { "Aune", "Per" },
  { "Berg", "" },                 /* no given name: before every given name */
  { "Berg", "Anne" },
  { "berg", "Ola" },              /* the given name decides before case does */
  { "Berg", "Ola" },              /* a tie but for case: lower case first */
  { "Berg-Hansen", "Anne" },      /* the family name "Berg" is done before a hyphen */
  { "Bergan", "Anne" },
  { "Bergan", "Ola" },
  { "Elstad", "Renate" },
  { "Elstad", "Rene" },
  { "Elstad", "René" },           /* é with e; the accent only breaks the tie */
  { "Éng", "Eva" },               /* with E, not after Z */
  { "Hagen", "Liv" },
  { "Hansen", "Ola" },
  { "Hyllestad", "Siri" },
  { "Håland", "Erling" },         /* å after y */
  { "Haaland", "Erling" },        /* "aa" is "å"; on a tie "å" first */
  { "Ueland", "Tor" },
  { "Yri", "Mari" },
  { "Üstün", "Ayşe" },            /* Ü is Y */
  { "Yttri", "Jon" },
  { "Zahl", "Nils" },
  { "Ämter", "Anna" },            /* Ä is Æ */
  { "Ærø", "Kjell" },
  { "Øberg", "Ida" },
  { "Öberg", "Ida" },             /* Ö is Ø; the accent only breaks the tie */
  { "Ødegård", "Arne" },
  { "Øvre", "Kari" },
  { "Åsen", "Knut" },             /* Å last */
  { "Aasen", "Knut" },            /* Aa with Å, after Øvre */
  { "Åvik", "Lise" },
  { "Aavik", "Lise" },
};

/* SQLite's BLOB and PostgreSQL's bytea order: memcmp, then the shorter. */
static int
compare_bytes (GBytes *a,
               GBytes *b)
{
  gsize len_a = 0, len_b = 0;
  const guint8 *data_a = g_bytes_get_data (a, &len_a);
  const guint8 *data_b = g_bytes_get_data (b, &len_b);
  int cmp = memcmp (data_a, data_b, MIN (len_a, len_b));

  if (cmp != 0)
    return cmp < 0 ? -1 : 1;
  return len_a == len_b ? 0 : (len_a < len_b ? -1 : 1);
}

static int
compare_keys_of (gconstpointer a,
                 gconstpointer b)
{
  return compare_bytes (*(GBytes * const *) a, *(GBytes * const *) b);
}

static char *
name_of (const Name *name)
{
  return g_strdup_printf ("%s, %s", name->family, name->given);
}

static void
test_fixture_pairs_in_order (void)
{
  for (guint i = 0; i + 1 < G_N_ELEMENTS (expected_order); i++)
    {
      g_autoptr(GBytes) a = ls_sort_key_for_name (expected_order[i].family, expected_order[i].given);
      g_autoptr(GBytes) b = ls_sort_key_for_name (expected_order[i + 1].family,
                                                  expected_order[i + 1].given);

      if (compare_bytes (a, b) >= 0)
        {
          g_autofree char *first = name_of (&expected_order[i]);
          g_autofree char *second = name_of (&expected_order[i + 1]);

          g_error ("\"%s\" does not sort before \"%s\"", first, second);
        }
    }
}

/* The fixture shuffled and sorted by its keys comes out in the expected order. */
static void
test_fixture_sorts_by_bytes (void)
{
  guint n = G_N_ELEMENTS (expected_order);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GHashTable) index_of_key = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);

  for (guint i = 0; i < n; i++)
    {
      GBytes *key = ls_sort_key_for_name (expected_order[i].family, expected_order[i].given);

      g_ptr_array_add (keys, key);
      g_hash_table_insert (index_of_key, key, GUINT_TO_POINTER (i));
    }
  for (guint i = n - 1; i > 0; i--)
    {
      guint j = g_rand_int_range (rand, 0, i + 1);
      gpointer swap = keys->pdata[i];

      keys->pdata[i] = keys->pdata[j];
      keys->pdata[j] = swap;
    }
  g_ptr_array_sort (keys, compare_keys_of);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (index_of_key, keys->pdata[i])), ==, i);
}

/* The letters of single strings in the order ICU's Norwegian rules give. */
static void
test_text_letters (void)
{
  static const char *order[] = {
    "a", "A", "b", "e", "é", "É", "u", "y", "ü", "Ü", "z", "æ", "Æ", "ä", "Ä",
    "ø", "Ø", "ö", "Ö", "å", "Å", "aa", "Aa", "AA",
  };

  for (guint i = 0; i + 1 < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(GBytes) a = ls_sort_key_for_text (order[i]);
      g_autoptr(GBytes) b = ls_sort_key_for_text (order[i + 1]);

      if (compare_bytes (a, b) >= 0)
        g_error ("\"%s\" does not sort before \"%s\"", order[i], order[i + 1]);
    }
}

static void
test_equal_names_equal_keys (void)
{
  g_autoptr(GBytes) a = ls_sort_key_for_name ("Ødegård", "Ola");
  g_autoptr(GBytes) b = ls_sort_key_for_name ("Ødegård", "Ola");
  /* "é" written as "e" and a combining acute accent is the same name. */
  g_autoptr(GBytes) composed = ls_sort_key_for_text ("René");
  g_autoptr(GBytes) decomposed = ls_sort_key_for_text ("Rene\xcc\x81");
  g_autoptr(GBytes) null_name = ls_sort_key_for_name (NULL, NULL);
  g_autoptr(GBytes) empty_name = ls_sort_key_for_name ("", "");
  g_autoptr(GBytes) null_text = ls_sort_key_for_text (NULL);
  g_autoptr(GBytes) empty_text = ls_sort_key_for_text ("");

  g_assert_true (g_bytes_equal (a, b));
  g_assert_true (g_bytes_equal (composed, decomposed));
  g_assert_true (g_bytes_equal (null_name, empty_name));
  g_assert_true (g_bytes_equal (null_text, empty_text));
  g_assert_cmpuint (g_bytes_get_size (a), >, 0);
  /* No zero byte: a key survives being handled as a C string. */
  g_assert_null (memchr (g_bytes_get_data (a, NULL), 0, g_bytes_get_size (a)));
}

static void
test_invalid_utf8 (void)
{
  /* A stray byte is a replacement character, not a crash or a refusal. */
  g_autoptr(GBytes) bad = ls_sort_key_for_name ("Berg\xff", "Ol\xc3");
  g_autoptr(GBytes) repaired = ls_sort_key_for_name ("Berg\xef\xbf\xbd", "Ol\xef\xbf\xbd");
  g_autoptr(GBytes) bad_text = ls_sort_key_for_text ("\xc3\x28\xa0\xa1");
  /* U+FFFE inside a name does not act as the separator between the names. */
  g_autoptr(GBytes) inside = ls_sort_key_for_name ("Berg\xef\xbf\xbe" "Anne", "");
  g_autoptr(GBytes) apart = ls_sort_key_for_name ("Berg", "Anne");

  g_assert_true (g_bytes_equal (bad, repaired));
  g_assert_cmpuint (g_bytes_get_size (bad_text), >, 0);
  g_assert_false (g_bytes_equal (inside, apart));
}

static void
test_long_name (void)
{
  g_autoptr(GString) family = g_string_new (NULL);
  g_autoptr(GBytes) key = NULL;
  g_autoptr(GBytes) shorter = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append (family, "Ærø-");
  key = ls_sort_key_for_name (family->str, "Kari");
  g_string_truncate (family, family->len - 1);
  shorter = ls_sort_key_for_name (family->str, "Kari");
  g_assert_cmpuint (g_bytes_get_size (key), >, 256);
  g_assert_cmpint (compare_bytes (shorter, key), <, 0);
}

static gpointer
keys_in_thread (gpointer data)
{
  GPtrArray *keys = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  for (guint round = 0; round < 200; round++)
    for (guint i = 0; i < G_N_ELEMENTS (expected_order); i++)
      {
        GBytes *key = ls_sort_key_for_name (expected_order[i].family, expected_order[i].given);

        if (round == 0)
          g_ptr_array_add (keys, key);
        else
          g_bytes_unref (key);
      }
  return keys;
}

/* Worker threads make the same keys at the same time as each other. */
static void
test_threads (void)
{
  GThread *threads[4];

  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    threads[t] = g_thread_new ("sort-key", keys_in_thread, NULL);
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    {
      g_autoptr(GPtrArray) keys = g_thread_join (threads[t]);

      g_assert_cmpuint (keys->len, ==, G_N_ELEMENTS (expected_order));
      for (guint i = 0; i < keys->len; i++)
        {
          g_autoptr(GBytes) here = ls_sort_key_for_name (expected_order[i].family,
                                                         expected_order[i].given);

          g_assert_true (g_bytes_equal (here, keys->pdata[i]));
        }
    }
}

static void
test_collator_version (void)
{
  const char *version = ls_sort_key_collator_version ();
  g_auto(GStrv) parts = g_strsplit (version, ".", -1);

  g_assert_cmpuint (g_strv_length (parts), >=, 2);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_assert_cmpstr (parts[i], !=, "");
      for (const char *p = parts[i]; *p != '\0'; p++)
        g_assert_true (g_ascii_isdigit (*p));
    }
  g_assert_true (version == ls_sort_key_collator_version ());
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sort-key/fixture-pairs-in-order", test_fixture_pairs_in_order);
  g_test_add_func ("/sort-key/fixture-sorts-by-bytes", test_fixture_sorts_by_bytes);
  g_test_add_func ("/sort-key/text-letters", test_text_letters);
  g_test_add_func ("/sort-key/equal-names-equal-keys", test_equal_names_equal_keys);
  g_test_add_func ("/sort-key/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/sort-key/long-name", test_long_name);
  g_test_add_func ("/sort-key/threads", test_threads);
  g_test_add_func ("/sort-key/collator-version", test_collator_version);

  return g_test_run ();
}
