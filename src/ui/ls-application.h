/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-store.h"

G_BEGIN_DECLS

#define LS_TYPE_APPLICATION (ls_application_get_type ())
G_DECLARE_FINAL_TYPE (LsApplication, ls_application, LS, APPLICATION, AdwApplication)

LsApplication *ls_application_new               (void);
const char    *ls_application_get_database_path (LsApplication *self);
LsStore       *ls_application_get_store         (LsApplication *self);
const GError  *ls_application_get_store_error   (LsApplication *self);
gboolean       ls_application_wants_team_database (LsApplication *self);
gboolean       ls_application_is_connecting     (LsApplication *self);
gboolean       ls_application_is_on_server      (LsApplication *self);
gboolean       ls_application_use_store         (LsApplication *self,
                                                 LsStore       *store,
                                                 GError       **error);
gboolean       ls_application_use_local_file    (LsApplication *self,
                                                 GError       **error);

G_END_DECLS
