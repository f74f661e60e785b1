/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Without libxml2 (loaded with the first XML read or written,
 * ls-xml-libxml.h) no XML is read or written, one sentence says which
 * library and package, and nothing changes: no file, no person. The
 * library is loaded once per program, so this program never finds it. */
#include <string.h>

#include "ls-store-persons.h"
#include "ls-test-util.h"
#include "ls-xml-export.h"
#include "ls-xml-import.h"
#include "ls-xml-libxml.h"
#include "ls-xml-schema.h"

static void
assert_names_library (GError **error)
{
  g_assert_nonnull (*error);
  g_test_message ("%s", (*error)->message);
  g_assert_nonnull (strstr ((*error)->message, "libxml2-livsskisse-test-absent.so.2"));
  g_assert_nonnull (strstr ((*error)->message, "package libxml2"));
  g_clear_error (error);
}

static void
test_missing (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "t.db", NULL);
  g_autofree char *xml = g_build_filename (dir, "saker.xml", NULL);
  g_autofree char *given = g_build_filename (dir, "gitt.xml", NULL);
  static const char text[] = "<?xml version=\"1.0\"?><livsskisse xmlns=\"urn:x\"/>";
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  ls_person_set_given_name (person, "Åse");
  ls_person_set_family_name (person, "Ærø");
  g_assert_true (ls_store_save_person (store, person, &error));
  g_assert_no_error (error);

  /* Twice: the second time gives the same answer without loading again. */
  for (guint i = 0; i < 2; i++)
    {
      g_assert_false (ls_xml_export_file (store, xml, 0, NULL, "kari", NULL, &error));
      assert_names_library (&error);
      g_assert_false (g_file_test (xml, G_FILE_TEST_EXISTS));
    }
  bytes = ls_xml_export_bytes (store, 0, NULL, "kari", &error);
  g_assert_null (bytes);
  assert_names_library (&error);

  g_assert_true (g_file_set_contents (given, text, -1, &error));
  g_assert_false (ls_xml_import_file (store, given, LS_XML_IMPORT_DEFAULT, NULL, NULL, &error));
  assert_names_library (&error);
  g_assert_false (ls_xml_schema_validate_data (text, sizeof text - 1, &error));
  assert_names_library (&error);
  g_assert_cmpint (ls_store_count_persons (store, &error), ==, 1);
  g_assert_no_error (error);

  g_clear_object (&store);
  ls_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  _ls_xml_libxml_set_file_name ("libxml2-livsskisse-test-absent.so.2");
  g_test_add_func ("/export/xml/no-libxml", test_missing);
  return g_test_run ();
}
