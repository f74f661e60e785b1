/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Placeholder until the PostgreSQL schema lands. */
#include "ls-store-private.h"

const char _ls_store_pg_schema_8[] = "";
