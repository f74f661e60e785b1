/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LS_TYPE_DOMAIN (ls_domain_get_type ())
G_DECLARE_FINAL_TYPE (LsDomain, ls_domain, LS, DOMAIN, GObject)

LsDomain   *ls_domain_new        (const char *key,
                                  const char *name,
                                  const char *prompt,
                                  const char *icf,
                                  guint       position);
const char *ls_domain_get_key    (LsDomain *self);
const char *ls_domain_get_name   (LsDomain *self);
const char *ls_domain_get_prompt (LsDomain *self);
const char *ls_domain_get_icf    (LsDomain *self);
guint       ls_domain_get_position (LsDomain *self);

G_END_DECLS
