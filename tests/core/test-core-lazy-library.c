/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A library loaded when first needed (ls-lazy-library.h): its table is
 * filled once, a missing file or symbol is told apart, and the answer is
 * kept. zlib stands in for libpq, librsvg and libical. */
#include <string.h>

#include "ls-lazy-library.h"

static struct
{
  const char *(*zlibVersion) (void);
  int         (*not_in_zlib) (void);
} zlib;

static void
test_loaded (void)
{
  static const LsLazySymbol symbols[] = { LS_LAZY_SYMBOL (zlib, zlibVersion) };
  static LsLazyLibrary library = { "libz.so.1", symbols, G_N_ELEMENTS (symbols), 0, NULL };

  zlib.zlibVersion = NULL;
  g_assert_cmpint (ls_lazy_library_load (&library), ==, LS_LAZY_LIBRARY_LOADED);
  g_assert_nonnull (zlib.zlibVersion);
  g_assert_cmpint (zlib.zlibVersion ()[0], ==, '1');
  /* Once: the second load changes nothing. */
  zlib.zlibVersion = NULL;
  g_assert_cmpint (ls_lazy_library_load (&library), ==, LS_LAZY_LIBRARY_LOADED);
  g_assert_null (zlib.zlibVersion);
}

static void
test_missing (void)
{
  static const LsLazySymbol symbols[] = { LS_LAZY_SYMBOL (zlib, zlibVersion) };
  static LsLazyLibrary library = { "libls-test-absent.so.1", symbols, G_N_ELEMENTS (symbols), 0, NULL };

  zlib.zlibVersion = NULL;
  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpint (ls_lazy_library_load (&library), ==, LS_LAZY_LIBRARY_MISSING);
      g_assert_null (zlib.zlibVersion);
    }
}

static void
test_too_old (void)
{
  static const LsLazySymbol symbols[] = {
    LS_LAZY_SYMBOL (zlib, zlibVersion),
    LS_LAZY_SYMBOL (zlib, not_in_zlib),
  };
  static LsLazyLibrary library = { "libz.so.1", symbols, G_N_ELEMENTS (symbols), 0, NULL };

  g_assert_cmpint (ls_lazy_library_load (&library), ==, LS_LAZY_LIBRARY_TOO_OLD);
  g_assert_cmpstr (library.lacking, ==, "not_in_zlib");
  /* No half-filled table. */
  g_assert_null (zlib.zlibVersion);
  g_assert_null (zlib.not_in_zlib);
}

/* Threads racing for the first load all find the table filled. */
static struct
{
  const char *(*zlibVersion) (void);
} raced;

static gpointer
load_in_thread (gpointer data)
{
  LsLazyLibrary *library = data;

  if (ls_lazy_library_load (library) != LS_LAZY_LIBRARY_LOADED || raced.zlibVersion == NULL)
    return GINT_TO_POINTER (1);
  return NULL;
}

static void
test_threads (void)
{
  static const LsLazySymbol symbols[] = { LS_LAZY_SYMBOL (raced, zlibVersion) };
  static LsLazyLibrary library = { "libz.so.1", symbols, G_N_ELEMENTS (symbols), 0, NULL };
  GThread *threads[8];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("load", load_in_thread, &library);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_null (g_thread_join (threads[i]));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/lazy-library/loaded", test_loaded);
  g_test_add_func ("/core/lazy-library/missing", test_missing);
  g_test_add_func ("/core/lazy-library/too-old", test_too_old);
  g_test_add_func ("/core/lazy-library/threads", test_threads);
  return g_test_run ();
}
