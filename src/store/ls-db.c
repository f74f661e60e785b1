/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the engines share: choosing one, and preparing a statement with
 * the engine's parts put in. */
#define G_LOG_DOMAIN "ls-store"

#include <glib/gi18n.h>
#include <string.h>

#include "ls-db.h"

#define MAX_SEARCH_WORDS 16

static const char * const fragment_names[LS_DB_N_FRAGMENTS] = {
  [LS_DB_FRAGMENT_MATCHES] = "MATCHES",
  [LS_DB_FRAGMENT_MATCH_SUMMARY] = "MATCH_SUMMARY",
  [LS_DB_FRAGMENT_MATCH_ORDER] = "MATCH_ORDER",
  [LS_DB_FRAGMENT_PERSONS_BY_NAME] = "PERSONS_BY_NAME",
};

gboolean
ls_db_location_is_server (const char *location)
{
  return location != NULL
         && (g_str_has_prefix (location, "postgresql://") || g_str_has_prefix (location, "postgres://"));
}

LsDb *
ls_db_open (const char       *location,
            LsStoreOpenFlags  flags,
            gboolean          is_default,
            GError          **error)
{
  g_autofree char *scheme = g_uri_parse_scheme (location);

  if (ls_db_location_is_server (location))
    return ls_db_pg_open (location, flags, error);
  /* Some other address: never made into a file of that name. */
  if (scheme != NULL && strstr (location, "://") != NULL)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                   _("“%s:” is not a kind of database Livsskisse knows; give a file or a postgresql:// address"),
                   scheme);
      return NULL;
    }
  return ls_db_sqlite_open (location, flags, is_default, error);
}

void
ls_db_close (LsDb *db)
{
  if (db != NULL)
    db->engine->close (db);
}

/* @sql with each @NAME@ replaced by the engine's text; NULL when there is
 * none (then @sql is used as it is). */
static char *
expand_fragments (const LsDbEngine *engine,
                  const char       *sql)
{
  g_autoptr(GString) out = NULL;
  const char *p = sql, *at;

  if (strchr (sql, '@') == NULL)
    return NULL;
  out = g_string_new (NULL);
  while ((at = strchr (p, '@')) != NULL)
    {
      const char *end = strchr (at + 1, '@');
      guint i;

      g_string_append_len (out, p, at - p);
      for (i = 0; end != NULL && i < LS_DB_N_FRAGMENTS; i++)
        if (strlen (fragment_names[i]) == (gsize) (end - at - 1)
            && strncmp (at + 1, fragment_names[i], end - at - 1) == 0)
          break;
      if (end == NULL || i == LS_DB_N_FRAGMENTS)
        {
          /* Not a fragment (an @ in a literal): kept. */
          g_string_append_c (out, '@');
          p = at + 1;
          continue;
        }
      g_string_append (out, engine->fragments[i]);
      p = end + 1;
    }
  g_string_append (out, p);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

LsDbStmt *
ls_db_prepare (LsDb       *db,
               const char *sql,
               GError    **error)
{
  g_autofree char *expanded = expand_fragments (db->engine, sql);

  return db->engine->prepare (db, expanded != NULL ? expanded : sql, error);
}

gboolean
ls_db_exec (LsDb       *db,
            const char *script,
            GError    **error)
{
  return db->engine->exec (db, script, error);
}

char **
ls_db_search_words (const char *text)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) word = g_string_new (NULL);
  const char *p = text;

  for (;;)
    {
      gunichar c = *p != '\0' ? g_utf8_get_char_validated (p, -1) : 0;
      gboolean in_word = c != 0 && c != (gunichar) -1 && c != (gunichar) -2 && g_unichar_isalnum (c);

      if (in_word)
        g_string_append_unichar (word, g_unichar_tolower (c));
      else if (word->len > 0)
        {
          if (words->len < MAX_SEARCH_WORDS)
            g_ptr_array_add (words, g_strdup (word->str));
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
      p = (c == (gunichar) -1 || c == (gunichar) -2) ? p + 1 : g_utf8_next_char (p);
    }
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}
