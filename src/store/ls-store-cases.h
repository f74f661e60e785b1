/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-case.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* Cases (sak) of a person. Inserts when the id is 0. */
gboolean   ls_store_save_case  (LsStore  *self,
                                LsCase   *kase,
                                GError  **error);
LsCase    *ls_store_load_case  (LsStore  *self,
                                gint64    id,
                                GError  **error);
/* The cases of @person_id, oldest first. */
GPtrArray *ls_store_list_cases (LsStore  *self,
                                gint64    person_id,
                                GError  **error);

G_END_DECLS
