/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ICU sort keys for the Norwegian name order (docs/sorting.md).
 *
 * The rules are ICU's collator for "nb" at its default (tertiary) strength,
 * untailored: letters decide first, then accents, then case (lower before
 * upper). CLDR's Norwegian rules, as ICU 72 applies them: … X Y Z Æ Ø Å;
 * Ü sorts as Y, Ä as Æ, Ö as Ø, é with e; and "aa" sorts as "å" anywhere in
 * a word (Aasen after Øvre, Haaland beside Håland; on a tie "å" comes
 * first). That is Norwegian telephone-directory practice for names, and it is
 * what PostgreSQL 15's "nb-NO-x-icu" does, so we follow it rather than our
 * own idea.
 *
 * A person's key is the key of "family U+FFFE given". ICU gives U+FFFE the
 * lowest primary weight there is, below space, hyphen and every letter, for
 * exactly this: the family name decides before the given name is looked at
 * ("Berg, Ola" < "Berg-Hansen, Anne" < "Bergan, Anne"), and the order equals
 * that of ucol_mergeSortkeys() on the two keys (ICU's documentation of
 * ucol_mergeSortkeys). A control character such as U+0001 would not do: ICU
 * ignores it, so "Bergan, Anne" would sort before "Berg, Ola". A comma would
 * not do either: "-" sorts before ",", putting Berg-Hansen before Berg. Since
 * the separator is an ordinary character, PostgreSQL can sort the same
 * string, family || U&'\FFFE' || given COLLATE "nb-NO-x-icu", the same way.
 *
 * Keys are ucol_getSortKey() without its closing zero byte (a key holds no
 * other zero byte, so comparing with or without it gives the same order).
 * A UCollator may not be used by two threads at once: each thread clones
 * its own from one opened once, and closes it when the thread ends.
 *
 * ICU is loaded with the first key made (ls-lazy-library.h), not at start:
 * a letter, the window's first frame and every command that saves no name
 * never need it. Its functions are called through the table icu; ICU's
 * headers rename each function with the version (ucol_open is
 * ucol_open_72), and the table's members and the symbols looked up are
 * those names. */
#define G_LOG_DOMAIN "ls-store"

#include <string.h>
#include <unicode/ucol.h>
#include <unicode/uversion.h>

#include "ls-lazy-library.h"
#include "ls-sort-key.h"

#define LS_ICU_FUNCTIONS(X, table) \
  X (table, u_errorName) \
  X (table, u_versionToString) \
  X (table, ucol_clone) \
  X (table, ucol_close) \
  X (table, ucol_getSortKey) \
  X (table, ucol_getVersion) \
  X (table, ucol_open)

/* The collation library of the ICU built against; it brings libicuuc,
 * where u_errorName and u_versionToString are found. */
LS_LAZY_LIBRARY_DEFINE (LS_ICU_FUNCTIONS, icu, libicu, "libicui18n.so." G_STRINGIFY (U_ICU_VERSION_MAJOR_NUM));

#define MERGE_SEPARATOR ((gunichar2) 0xFFFE)

static const UCollator *
shared_collator (void)
{
  static UCollator *collator;

  if (g_once_init_enter (&collator))
    {
      UErrorCode status = U_ZERO_ERROR;
      UCollator *opened;

      /* As below: without ICU no name can be put in order. */
      if (ls_lazy_library_load (&libicu) != LS_LAZY_LIBRARY_LOADED)
        g_error ("ICU's library %s is missing or too old; reinstall ICU (libicu%d)", libicu.file_name,
                 U_ICU_VERSION_MAJOR_NUM);
      opened = icu.ucol_open ("nb", &status);

      /* ICU falls back from "nb" to its parent "no"; falling back to the
       * root rules would put Å before B and break the order silently. */
      if (U_FAILURE (status) || status == U_USING_DEFAULT_WARNING)
        g_error ("ICU has no Norwegian collation rules (%s); reinstall ICU's data (libicu)",
                 icu.u_errorName (status));
      g_once_init_leave (&collator, opened);
    }
  return collator;
}

static void
close_collator (gpointer collator)
{
  icu.ucol_close (collator);
}

static GPrivate thread_collator = G_PRIVATE_INIT (close_collator);

static const UCollator *
collator_for_this_thread (void)
{
  UCollator *collator = g_private_get (&thread_collator);

  if (collator == NULL)
    {
      /* The first collator loads ICU: the table is read only after it. */
      const UCollator *shared = shared_collator ();
      UErrorCode status = U_ZERO_ERROR;

      collator = icu.ucol_clone (shared, &status);
      if (U_FAILURE (status))
        g_error ("Could not copy ICU's Norwegian collator (%s)", icu.u_errorName (status));
      g_private_set (&thread_collator, collator);
    }
  return collator;
}

/* @text as UTF-16, invalid UTF-8 replaced by U+FFFD, and a U+FFFE inside a
 * name made U+FFFD so that only our separator separates. */
static gunichar2 *
to_utf16 (const char *text,
          glong      *length)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  gunichar2 *utf16 = g_utf8_to_utf16 (valid, -1, NULL, length, NULL);

  g_assert (utf16 != NULL);
  for (glong i = 0; i < *length; i++)
    if (utf16[i] == MERGE_SEPARATOR)
      utf16[i] = 0xFFFD;
  return utf16;
}

static GBytes *
key_for_utf16 (const gunichar2 *text,
               glong            length)
{
  const UCollator *collator = collator_for_this_thread ();
  guint8 stack[256];
  guint8 *key = stack;
  int32_t size;

  g_assert (length <= G_MAXINT32);
  size = icu.ucol_getSortKey (collator, text, (int32_t) length, key, sizeof stack);
  if (size > (int32_t) sizeof stack)
    {
      key = g_malloc (size);
      icu.ucol_getSortKey (collator, text, (int32_t) length, key, size);
    }
  g_assert (size >= 1 && key[size - 1] == 0);
  if (key == stack)
    return g_bytes_new (key, size - 1);
  return g_bytes_new_take (key, size - 1);
}

GBytes *
ls_sort_key_for_text (const char *text)
{
  glong length = 0;
  g_autofree gunichar2 *utf16 = to_utf16 (text, &length);

  return key_for_utf16 (utf16, length);
}

GBytes *
ls_sort_key_for_name (const char *family_name,
                      const char *given_name)
{
  glong family_length = 0, given_length = 0;
  g_autofree gunichar2 *family = to_utf16 (family_name, &family_length);
  g_autofree gunichar2 *given = to_utf16 (given_name, &given_length);
  g_autofree gunichar2 *both = g_new (gunichar2, family_length + 1 + given_length);

  memcpy (both, family, family_length * sizeof (gunichar2));
  both[family_length] = MERGE_SEPARATOR;
  memcpy (both + family_length + 1, given, given_length * sizeof (gunichar2));
  return key_for_utf16 (both, family_length + 1 + given_length);
}

const char *
ls_sort_key_collator_version (void)
{
  static char *version;

  if (g_once_init_enter (&version))
    {
      const UCollator *shared = shared_collator ();   /* loads ICU */
      UVersionInfo info;
      char text[U_MAX_VERSION_STRING_LENGTH];

      icu.ucol_getVersion (shared, info);
      icu.u_versionToString (info, text);
      g_once_init_leave (&version, g_strdup (text));
    }
  return version;
}
