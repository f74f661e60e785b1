/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The letterhead settings: defaults, a round trip through the key file, and
 * the file's private mode. */
#include <glib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "ls-letterhead.h"
#include "ls-test-util.h"

static void
test_defaults (void)
{
  g_autoptr(LsLetterhead) letterhead = ls_letterhead_new ();
  g_auto(GStrv) lines = ls_letterhead_dup_lines (letterhead, "nb");

  g_assert_cmpstr (ls_letterhead_get (letterhead, LS_LETTERHEAD_MUNICIPALITY), ==, "Eksempel kommune");
  g_assert_cmpuint (ls_letterhead_get_appeal_weeks (letterhead), ==, 4);
  g_assert_cmpstr (ls_letterhead_get (letterhead, LS_LETTERHEAD_APPEAL_BODY), ==, "");
  g_assert_cmpstr (lines[0], ==, "Eksempel kommune");
  /* No website by default: empty fields are not lines. */
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_cmpstr (lines[i], !=, "");
}

static void
test_round_trip (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "sub", "letterhead.ini", NULL);
  g_autoptr(LsLetterhead) letterhead = ls_letterhead_new ();
  g_autoptr(LsLetterhead) loaded = ls_letterhead_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *unit = NULL;
  GStatBuf st;

  ls_letterhead_set (letterhead, LS_LETTERHEAD_MUNICIPALITY, "  Øvre Åsen kommune ");
  ls_letterhead_set (letterhead, LS_LETTERHEAD_LOGO_PATH, "/nowhere/logo.png");
  g_object_set (letterhead, "unit", "Tildeling; helse", NULL);
  ls_letterhead_set_appeal_weeks (letterhead, 6);
  g_assert_true (ls_letterhead_save (letterhead, path, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (ls_letterhead_load (loaded, path, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ls_letterhead_get (loaded, LS_LETTERHEAD_MUNICIPALITY), ==, "Øvre Åsen kommune");
  g_assert_cmpstr (ls_letterhead_get (loaded, LS_LETTERHEAD_LOGO_PATH), ==, "/nowhere/logo.png");
  g_object_get (loaded, "unit", &unit, NULL);
  g_assert_cmpstr (unit, ==, "Tildeling; helse");
  g_assert_cmpuint (ls_letterhead_get_appeal_weeks (loaded), ==, 6);
  ls_test_rmdir (dir);
}

/* The nynorsk texts and the staff list are saved and read back; a field
 * without a nynorsk text of its own reads the same in both languages. */
static void
test_nynorsk_and_staff (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "letterhead.ini", NULL);
  g_autoptr(LsLetterhead) letterhead = ls_letterhead_new ();
  g_autoptr(LsLetterhead) loaded = ls_letterhead_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines_nn = NULL;
  const char *name = NULL;
  const char *title = NULL;

  g_assert_true (ls_letterhead_field_has_nynorsk (LS_LETTERHEAD_UNIT));
  g_assert_false (ls_letterhead_field_has_nynorsk (LS_LETTERHEAD_ADDRESS));
  ls_letterhead_set (letterhead, LS_LETTERHEAD_UNIT, "Helse og mestring");
  ls_letterhead_set_nynorsk (letterhead, LS_LETTERHEAD_UNIT, " Helse og meistring ");
  ls_letterhead_set_nynorsk (letterhead, LS_LETTERHEAD_SIGNATURE_TITLE, "Einingsleiar");
  ls_letterhead_set_staff (letterhead, "kari", "Kari Nordmann", "rådgiver; tildeling", "rådgjevar; tildeling");
  ls_letterhead_set_staff (letterhead, "per", "Per Hansen", "", NULL);
  g_assert_true (ls_letterhead_save (letterhead, path, &error));
  g_assert_no_error (error);
  g_assert_true (ls_letterhead_load (loaded, path, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (ls_letterhead_get_nynorsk (loaded, LS_LETTERHEAD_UNIT), ==, "Helse og meistring");
  g_assert_cmpstr (ls_letterhead_get_in (loaded, LS_LETTERHEAD_UNIT, "nb"), ==, "Helse og mestring");
  g_assert_cmpstr (ls_letterhead_get_in (loaded, LS_LETTERHEAD_UNIT, "nn_NO"), ==, "Helse og meistring");
  g_assert_cmpstr (ls_letterhead_get_in (loaded, LS_LETTERHEAD_SIGNATURE_TITLE, "nn"), ==, "Einingsleiar");
  g_assert_cmpstr (ls_letterhead_get_in (loaded, LS_LETTERHEAD_SIGNATURE_TITLE, "nb"), ==, "Leder, tildelingskontoret");
  g_assert_cmpstr (ls_letterhead_get_in (loaded, LS_LETTERHEAD_ADDRESS, "nn"), ==, "Postboks 100");
  lines_nn = ls_letterhead_dup_lines (loaded, "nn");
  g_assert_cmpstr (lines_nn[1], ==, "Helse og meistring");

  g_assert_true (ls_letterhead_lookup_staff (loaded, "kari", "nb", &name, &title));
  g_assert_cmpstr (name, ==, "Kari Nordmann");
  g_assert_cmpstr (title, ==, "rådgiver; tildeling");
  g_assert_true (ls_letterhead_lookup_staff (loaded, "kari", "nn", &name, &title));
  g_assert_cmpstr (title, ==, "rådgjevar; tildeling");
  g_assert_true (ls_letterhead_lookup_staff (loaded, "per", "nn", &name, &title));
  g_assert_cmpstr (name, ==, "Per Hansen");
  g_assert_cmpstr (title, ==, "");
  g_assert_false (ls_letterhead_lookup_staff (loaded, "ola", "nb", &name, &title));
  ls_test_rmdir (dir);
}

static void
test_missing_and_broken (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *missing = g_build_filename (dir, "none.ini", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.ini", NULL);
  g_autoptr(LsLetterhead) letterhead = ls_letterhead_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (ls_letterhead_load (letterhead, missing, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ls_letterhead_get (letterhead, LS_LETTERHEAD_MUNICIPALITY), ==, "Eksempel kommune");

  g_assert_true (g_file_set_contents (broken, "this is [not a key file", -1, NULL));
  g_assert_false (ls_letterhead_load (letterhead, broken, &error));
  g_assert_nonnull (error);
  ls_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/letterhead/defaults", test_defaults);
  g_test_add_func ("/core/letterhead/round-trip", test_round_trip);
  g_test_add_func ("/core/letterhead/nynorsk-and-staff", test_nynorsk_and_staff);
  g_test_add_func ("/core/letterhead/missing-and-broken", test_missing_and_broken);
  return g_test_run ();
}
