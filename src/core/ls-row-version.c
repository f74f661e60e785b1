/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The row version every stored domain object carries (see the header).
 * Kept beside the object, one rule for all of them, rather than a
 * property repeated in ten classes. */
#define G_LOG_DOMAIN "ls-row-version"

#include "ls-row-version.h"

static GQuark
row_version_quark (void)
{
  return g_quark_from_static_string ("ls-row-version");
}

gint64
ls_row_version_get (gpointer object)
{
  gint64 *version;

  g_return_val_if_fail (G_IS_OBJECT (object), 0);

  version = g_object_get_qdata (object, row_version_quark ());
  return version != NULL ? *version : 0;
}

void
ls_row_version_set (gpointer object,
                    gint64   version)
{
  gint64 *stored;

  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (version >= 0);

  stored = g_new (gint64, 1);
  *stored = version;
  g_object_set_qdata_full (object, row_version_quark (), stored, g_free);
}
