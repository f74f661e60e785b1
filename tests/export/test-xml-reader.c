/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The safe reader on its own: valid files, and every kind of hostile or
 * broken file refused with the file, the line and the cause. */
#include <glib/gstdio.h>
#include <string.h>

#include "ls-test-util.h"
#include "ls-xml-reader.h"
#include "ls-xml-schema.h"

#define MARKER "LS-SECRET-MARKER-4711"

typedef struct
{
  guint    persons;
  guint    exports;
  GString *seen;      /* every attribute and text the callback got */
} Seen;

static void
collect (const LsXmlNode *node,
         GString         *out)
{
  const char *text = ls_xml_node_get_text (node);

  g_string_append_printf (out, "<%s>", ls_xml_node_get_name (node));
  if (text != NULL)
    g_string_append (out, text);
  for (const LsXmlNode *c = ls_xml_node_get_first_child (node); c; c = ls_xml_node_get_next (c))
    collect (c, out);
}

static gboolean
on_node (LsXmlNode *node,
         gpointer   user_data,
         guint     *line,
         GError   **error)
{
  Seen *seen = user_data;

  if (g_str_equal (ls_xml_node_get_name (node), "person"))
    seen->persons++;
  else
    seen->exports++;
  collect (node, seen->seen);
  return TRUE;
}

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "export", "xml", name, NULL);
}

static void
test_valid (void)
{
  g_autofree char *path = fixture ("valid-small.xml");
  g_autoptr(GError) error = NULL;
  Seen seen = { 0, 0, g_string_new (NULL) };

  g_assert_true (ls_xml_read_file (path, NULL, NULL, on_node, &seen, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.persons, ==, 2);
  g_assert_cmpuint (seen.exports, ==, 1);
  /* Entities decoded, line breaks kept. */
  g_assert_nonnull (strstr (seen.seen->str, "<applied-for>Hjelp i hjemmet & støttekontakt"));
  g_assert_nonnull (strstr (seen.seen->str, "<entry>Jeg lager god <taco>."));
  g_assert_nonnull (strstr (seen.seen->str, "<address>Oppdiktet vei 1\n1530 Moss"));
  g_string_free (seen.seen, TRUE);

  g_assert_true (ls_xml_schema_validate_file (path, &error));
  g_assert_no_error (error);
}

typedef struct
{
  const char *file;
  LsXmlError  code;
  guint       line;
} Hostile;

static const Hostile hostile[] = {
  { "billion-laughs.xml", LS_XML_ERROR_FORBIDDEN, 2 },
  { "external-dtd.xml", LS_XML_ERROR_FORBIDDEN, 2 },
  { "parameter-entity.xml", LS_XML_ERROR_FORBIDDEN, 2 },
  { "network-entity.xml", LS_XML_ERROR_FORBIDDEN, 2 },
  { "undeclared-entity.xml", LS_XML_ERROR_FORBIDDEN, 4 },
  { "invalid-utf8.xml", LS_XML_ERROR_ENCODING, 4 },
  { "latin1.xml", LS_XML_ERROR_ENCODING, 1 },
  { "wrong-namespace.xml", LS_XML_ERROR_FORMAT, 2 },
  { "no-namespace.xml", LS_XML_ERROR_FORMAT, 2 },
  { "wrong-version.xml", LS_XML_ERROR_FORMAT, 2 },
  { "rating-out-of-range.xml", LS_XML_ERROR_VALUE, 5 },
  { "gas-out-of-range.xml", LS_XML_ERROR_VALUE, 6 },
  { "impossible-date.xml", LS_XML_ERROR_VALUE, 4 },
  { "date-out-of-range.xml", LS_XML_ERROR_VALUE, 4 },
  { "bad-national-id.xml", LS_XML_ERROR_VALUE, 3 },
  { "birth-date-not-id.xml", LS_XML_ERROR_VALUE, 3 },
  { "period-reversed.xml", LS_XML_ERROR_VALUE, 4 },
  { "dangling-reference.xml", LS_XML_ERROR_REFERENCE, 5 },
  { "wrong-kind-reference.xml", LS_XML_ERROR_REFERENCE, 5 },
  { "duplicate-id.xml", LS_XML_ERROR_REFERENCE, 5 },
  { "unknown-element.xml", LS_XML_ERROR_STRUCTURE, 5 },
  { "unknown-attribute.xml", LS_XML_ERROR_STRUCTURE, 4 },
  { "out-of-order.xml", LS_XML_ERROR_STRUCTURE, 5 },
  { "text-in-structure.xml", LS_XML_ERROR_STRUCTURE, 5 },
  { "missing-attribute.xml", LS_XML_ERROR_STRUCTURE, 4 },
  { "two-levels.xml", LS_XML_ERROR_STRUCTURE, 7 },
  { "truncated.xml", LS_XML_ERROR_MALFORMED, 5 },
};

static void
assert_refused (GError     *error,
                const char *name,
                LsXmlError  code,
                guint       line)
{
  g_autofree char *prefix = g_strdup_printf ("%s:%u: ", name, line);

  g_assert_nonnull (error);
  if (!g_str_has_prefix (error->message, prefix) || error->code != (int) code)
    g_error ("%s: expected code %d at line %u, got code %d: %s", name, code, line,
             error->code, error->message);
  g_assert_error (error, LS_XML_ERROR, (int) code);
  /* Never the content: no names or texts from the fixtures. */
  g_assert_null (strstr (error->message, "Ola"));
  g_assert_null (strstr (error->message, "taco"));
}

static void
test_hostile (gconstpointer data)
{
  const Hostile *h = data;
  g_autofree char *path = fixture (h->file);
  g_autoptr(GError) error = NULL;
  Seen seen = { 0, 0, g_string_new (NULL) };

  g_assert_false (ls_xml_read_file (path, h->file, NULL, on_node, &seen, NULL, &error));
  assert_refused (error, h->file, h->code, h->line);
  g_assert_cmpuint (seen.persons, ==, 0);
  g_string_free (seen.seen, TRUE);
}

static char *
write_secret (const char *dir)
{
  char *secret = g_build_filename (dir, "secret.txt", NULL);

  g_assert_true (g_file_set_contents (secret, MARKER "\n", -1, NULL));
  return secret;
}

static void
read_expect (const char *xml,
             LsXmlError  code,
             guint       line)
{
  g_autoptr(GError) error = NULL;
  Seen seen = { 0, 0, g_string_new (NULL) };

  g_assert_false (ls_xml_read_memory (xml, strlen (xml), "test.xml", NULL, on_node, &seen, &error));
  assert_refused (error, "test.xml", code, line);
  g_assert_null (strstr (error->message, MARKER));
  g_assert_null (strstr (seen.seen->str, MARKER));
  g_string_free (seen.seen, TRUE);
}

/* An external entity and an external DTD that point at a real file with a
 * secret in it: refused, and the secret appears nowhere. */
static void
test_external_entity_real_file (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *secret = write_secret (dir);
  g_autofree char *uri = g_filename_to_uri (secret, NULL, NULL);
  g_autofree char *entity = g_strdup_printf (
    "<?xml version=\"1.0\"?>\n<!DOCTYPE livsskisse [<!ENTITY s SYSTEM \"%s\">]>\n"
    "<livsskisse xmlns=\"https://livsskisse.org/ns/case/1\" version=\"1\">\n"
    "<person id=\"p1\" national-id=\"01810150110\"><given-name>&s;</given-name></person>\n"
    "</livsskisse>\n", uri);
  g_autofree char *plain_path = g_strdup_printf (
    "<?xml version=\"1.0\"?>\n<!DOCTYPE livsskisse [<!ENTITY s SYSTEM \"%s\">]>\n"
    "<livsskisse xmlns=\"https://livsskisse.org/ns/case/1\" version=\"1\">&s;</livsskisse>\n", secret);
  g_autofree char *dtd = g_strdup_printf (
    "<?xml version=\"1.0\"?>\n\n<!DOCTYPE livsskisse SYSTEM \"%s\">\n"
    "<livsskisse xmlns=\"https://livsskisse.org/ns/case/1\" version=\"1\"/>\n", uri);
  g_autofree char *xinclude = g_strdup_printf (
    "<?xml version=\"1.0\"?>\n<livsskisse xmlns=\"https://livsskisse.org/ns/case/1\" version=\"1\">\n"
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"%s\" parse=\"text\"/>\n"
    "</livsskisse>\n", uri);

  read_expect (entity, LS_XML_ERROR_FORBIDDEN, 2);
  read_expect (plain_path, LS_XML_ERROR_FORBIDDEN, 2);
  read_expect (dtd, LS_XML_ERROR_FORBIDDEN, 3);
  read_expect (xinclude, LS_XML_ERROR_FORMAT, 3);
  ls_test_rmdir (dir);
}

static void
test_deep_nesting (void)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n"
                               "<livsskisse xmlns=\"https://livsskisse.org/ns/case/1\" version=\"1\">\n");

  for (int i = 0; i < 10000; i++)
    g_string_append (xml, "<person>\n");
  /* The second level of nesting is already out of place. */
  read_expect (xml->str, LS_XML_ERROR_STRUCTURE, 4);
  g_string_free (xml, TRUE);

  /* The depth limit itself (the format needs five levels). */
  {
    g_autofree char *path = fixture ("valid-small.xml");
    g_autoptr(GError) error = NULL;
    LsXmlLimits limits;

    ls_xml_limits_init_default (&limits);
    limits.max_depth = 4;
    g_assert_false (ls_xml_read_file (path, "valid-small.xml", &limits, NULL, NULL, NULL, &error));
    assert_refused (error, "valid-small.xml", LS_XML_ERROR_LIMIT, 16);
  }
}

static void
test_huge_text (void)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n"
                               "<livsskisse xmlns=\"https://livsskisse.org/ns/case/1\" version=\"1\">\n"
                               "<person id=\"p1\" national-id=\"01810150110\">\n<given-name>");
  char *attr;

  for (int i = 0; i < (2 << 20) / 8; i++)
    g_string_append (xml, "abcdefg ");
  g_string_append (xml, "</given-name></person></livsskisse>\n");
  read_expect (xml->str, LS_XML_ERROR_LIMIT, 4);

  attr = g_strnfill (2 << 20, 'x');
  g_string_printf (xml, "<?xml version=\"1.0\"?>\n"
                   "<livsskisse xmlns=\"https://livsskisse.org/ns/case/1\" version=\"1\">\n"
                   "<export time=\"2026-01-01T00:00:00Z\" scope=\"all\" user=\"%s\"/></livsskisse>\n", attr);
  read_expect (xml->str, LS_XML_ERROR_LIMIT, 3);
  g_free (attr);
  g_string_free (xml, TRUE);
}

static void
test_file_limits (void)
{
  g_autofree char *path = fixture ("valid-small.xml");
  g_autoptr(GError) error = NULL;
  LsXmlLimits limits;

  ls_xml_limits_init_default (&limits);
  limits.max_file_size = 1000;
  g_assert_false (ls_xml_read_file (path, "valid-small.xml", &limits, NULL, NULL, NULL, &error));
  g_assert_error (error, LS_XML_ERROR, LS_XML_ERROR_LIMIT);
  g_clear_error (&error);

  ls_xml_limits_init_default (&limits);
  limits.max_person_nodes = 10;
  g_assert_false (ls_xml_read_file (path, "valid-small.xml", &limits, NULL, NULL, NULL, &error));
  g_assert_error (error, LS_XML_ERROR, LS_XML_ERROR_LIMIT);
  g_clear_error (&error);

  /* Not a regular file. */
  g_assert_false (ls_xml_read_file ("/dev/zero", NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, LS_XML_ERROR, LS_XML_ERROR_IO);
  g_clear_error (&error);

  read_expect ("", LS_XML_ERROR_MALFORMED, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/xml-reader/valid", test_valid);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *name = g_strdup_printf ("/xml-reader/hostile/%s", hostile[i].file);

      g_test_add_data_func (name, &hostile[i], test_hostile);
    }
  g_test_add_func ("/xml-reader/external-entity-real-file", test_external_entity_real_file);
  g_test_add_func ("/xml-reader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/xml-reader/huge-text", test_huge_text);
  g_test_add_func ("/xml-reader/file-limits", test_file_limits);
  return g_test_run ();
}
