/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Placeholder until the PostgreSQL schema lands. */
#include "ls-store-private.h"

const char _ls_store_pg_schema_8[] = "";

LsDb *
ls_db_pg_open (const char       *uri,
               LsStoreOpenFlags  flags,
               GError          **error)
{
  g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN, "not yet");
  return NULL;
}
