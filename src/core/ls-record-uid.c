/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The uid a record brings from a file (see the header), kept beside the
 * object as its row version is (ls-row-version.c). */
#define G_LOG_DOMAIN "ls-record-uid"

#include "ls-record-uid.h"

static GQuark
record_uid_quark (void)
{
  return g_quark_from_static_string ("ls-record-uid");
}

const char *
ls_record_uid_get (gpointer object)
{
  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  return g_object_get_qdata (object, record_uid_quark ());
}

void
ls_record_uid_set (gpointer    object,
                   const char *uid)
{
  g_return_if_fail (G_IS_OBJECT (object));

  g_object_set_qdata_full (object, record_uid_quark (), g_strdup (uid), g_free);
}
