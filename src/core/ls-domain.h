/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

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

/* The name of life area @key in @domains (a GListModel of LsDomain, may
 * be NULL), or @key itself when it is not there. The list keeps the
 * string. */
const char *ls_domain_name_in    (GListModel *domains,
                                  const char *key);

G_END_DECLS
