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

G_END_DECLS
