/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>

#include "ls-test-poppler.h"

char *
ls_test_poppler (const char *program,
                 const char *pdf)
{
  g_autofree char *path = g_find_program_in_path (program);
  const char *argv_text[] = { path, "-enc", "UTF-8", pdf, "-", NULL };
  const char *argv_other[] = { path, pdf, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (path == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return NULL;
    }
  g_spawn_sync (NULL, (char **) (g_str_equal (program, "pdftotext") ? argv_text : argv_other), NULL,
                G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

char *
ls_test_pdf_text (const char *pdf)
{
  g_autofree char *raw = ls_test_poppler ("pdftotext", pdf);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  if (raw == NULL)
    return NULL;
  return g_regex_replace_literal (space, raw, -1, 0, " ", 0, NULL);
}

guint
ls_test_pdf_pages (const char *pdf)
{
  g_autofree char *info = ls_test_poppler ("pdfinfo", pdf);
  const char *pages = info != NULL ? strstr (info, "\nPages:") : NULL;

  if (info == NULL)
    return 1;  /* skipped: no poppler-utils */
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:") + strspn (pages + strlen ("\nPages:"), " "), NULL, 10);
}

/* The stdout of a poppler-utils program run with @args; NULL (and the test
 * skipped) without poppler-utils. */
static char *
run_poppler (const char *const *args)
{
  g_autofree char *path = g_find_program_in_path (args[0]);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (path == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return NULL;
    }
  g_ptr_array_add (argv, path);
  for (guint i = 1; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

GStrv
ls_test_pdf_page_lines (const char *pdf,
                        guint       page)
{
  g_autofree char *n = g_strdup_printf ("%u", page);
  const char *args[] = { "pdftotext", "-layout", "-enc", "UTF-8", "-f", n, "-l", n, pdf, "-", NULL };
  g_autofree char *text = run_poppler (args);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return NULL;
  lines = g_strsplit_set (text, "\n\f", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_strstrip (lines[i])[0] != '\0')
      g_strv_builder_add (builder, lines[i]);
  return g_strv_builder_end (builder);
}

GStrv
ls_test_pdf_headings (const char *pdf)
{
  const char *args[] = { "pdfinfo", "-struct-text", pdf, NULL };
  g_autofree char *text = run_poppler (args);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GRegex) heading = g_regex_new ("^\\s*H[1-3] ", 0, 0, NULL);
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return NULL;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    if (g_regex_match (heading, lines[i], 0, NULL))
      {
        char *line = g_strstrip (lines[i + 1]);
        gsize len = strlen (line);

        /* "Kontakt" in quotes */
        if (len >= 2 && line[0] == '"' && line[len - 1] == '"')
          {
            line[len - 1] = '\0';
            line++;
          }
        g_strv_builder_add (builder, line);
      }
  return g_strv_builder_end (builder);
}

void
ls_test_assert_fonts_embedded (const char *pdf)
{
  g_autofree char *fonts = ls_test_poppler ("pdffonts", pdf);
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
  guint n_fonts = 0;

  /* name type encoding emb sub uni object ID: "emb" is the 4th column from
   * the right (names have no spaces in cairo's output). */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = g_regex_split_simple ("\\s+", g_strstrip (lines[i]), 0, 0);
      guint n = g_strv_length (columns);

      if (n < 7)
        continue;
      if (!g_str_equal (columns[n - 5], "yes"))
        g_error ("font not embedded: %s", lines[i]);
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

static char *
without_space (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '-')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* White space and hyphens are ignored: pdftotext puts a line break where
 * the layout wrapped ("§ 7-" / "2"), and drops a hyphen at the end of a
 * line ("pasient-" / "og" becomes "pasientog"). */
void
ls_test_assert_contains (const char *haystack,
                         const char *needle)
{
  g_autofree char *hay = without_space (haystack);
  g_autofree char *pin = without_space (needle);

  if (strstr (hay, pin) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

void
ls_test_keep_pdf (const char *pdf,
                  const char *name)
{
  const char *dir = g_getenv ("LIVSSKISSE_KEEP_PDF");
  g_autofree char *target = NULL;
  g_autoptr(GFile) from = g_file_new_for_path (pdf);
  g_autoptr(GFile) to = NULL;

  if (dir == NULL)
    return;
  target = g_build_filename (dir, name, NULL);
  to = g_file_new_for_path (target);
  g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
}
