/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LS_TYPE_SERVICE (ls_service_get_type ())
G_DECLARE_FINAL_TYPE (LsService, ls_service, LS, SERVICE, GObject)

LsService *ls_service_new (void);

const char *ls_service_get_key (LsService *self);
void ls_service_set_key (LsService *self, const char *key);
const char *ls_service_get_name (LsService *self);
void ls_service_set_name (LsService *self, const char *name);
/* the legal reference, as configured */
const char *ls_service_get_legal_basis (LsService *self);
void ls_service_set_legal_basis (LsService *self, const char *legal_basis);
/* "hours", "visits" or "days" (per week) */
const char *ls_service_get_unit (LsService *self);
void ls_service_set_unit (LsService *self, const char *unit);
guint ls_service_get_position (LsService *self);
void ls_service_set_position (LsService *self, guint position);

G_END_DECLS
