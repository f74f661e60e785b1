/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Pictograms from the resource bundle, drawn with librsvg (no GTK),
 * which is loaded with the first pictogram drawn (ls-lazy-library.h): a
 * letter without pictograms never loads it. */
#define G_LOG_DOMAIN "ls-pictogram"

#include <gio/gio.h>
#include <librsvg/rsvg.h>
#include <string.h>

#include "ls-lazy-library.h"
#include "ls-pictogram.h"
#include "ls-pictogram-resources.h"

#define LS_RSVG_FUNCTIONS(X, table) \
  X (table, rsvg_handle_new_from_data) \
  X (table, rsvg_handle_render_document)

LS_LAZY_LIBRARY_DEFINE (LS_RSVG_FUNCTIONS, rsvg, librsvg, "librsvg-2.so.2");

#define RESOURCE_PATH "/org/livsskisse/Livsskisse/pictograms/"

static char *
resource_path (const char *name)
{
  return g_strconcat (RESOURCE_PATH, name, ".svg", NULL);
}

gboolean
ls_pictogram_exists (const char *name)
{
  g_autofree char *path = NULL;

  if (name == NULL || name[0] == '\0')
    return FALSE;
  path = resource_path (name);
  return g_resource_get_info (ls_pictograms_get_resource (), path, 0, NULL, NULL, NULL);
}

const char *
ls_pictogram_resolve (const char *name)
{
  static const char *const kinds[] = { "service", "domain", "part", "face" };
  const char *dash;

  if (ls_pictogram_exists (name))
    return name;
  dash = name != NULL ? strchr (name, '-') : NULL;
  if (dash == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (strlen (kinds[i]) == (gsize) (dash - name) && strncmp (name, kinds[i], dash - name) == 0)
      return ls_pictogram_exists (kinds[i]) ? kinds[i] : NULL;
  return NULL;
}

gboolean
ls_pictogram_draw (cairo_t    *cr,
                   const char *name,
                   double      x,
                   double      y,
                   double      size)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  RsvgHandle *handle;
  g_autoptr(GError) error = NULL;
  RsvgRectangle viewport = { x, y, size, size };
  gsize length = 0;
  gconstpointer data;

  g_return_val_if_fail (cr != NULL, FALSE);

  if (name == NULL || name[0] == '\0')
    return FALSE;
  path = resource_path (name);
  bytes = g_resource_lookup_data (ls_pictograms_get_resource (), path, 0, NULL);
  if (bytes == NULL)
    return FALSE;
  /* Without librsvg the document is drawn without its pictograms (the
   * build's dependencies install it: a packaging mistake). */
  if (ls_lazy_library_load (&librsvg) != LS_LAZY_LIBRARY_LOADED)
    {
      g_warning ("Pictogram %s not drawn: %s could not be loaded", name, librsvg.file_name);
      return FALSE;
    }
  data = g_bytes_get_data (bytes, &length);
  handle = rsvg.rsvg_handle_new_from_data (data, length, &error);
  /* The bundle is the program's own: a broken file is a build mistake. */
  if (handle == NULL)
    {
      g_warning ("Pictogram %s could not be read: %s", name, error->message);
      return FALSE;
    }
  cairo_save (cr);
  if (!rsvg.rsvg_handle_render_document (handle, cr, &viewport, &error))
    g_warning ("Pictogram %s could not be drawn: %s", name, error->message);
  cairo_restore (cr);
  g_object_unref (handle);
  return error == NULL;
}
