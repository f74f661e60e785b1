/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A fresh private folder for one test, removed again by ls_test_rmdir(). */
char *ls_test_mkdtemp (void);
void  ls_test_rmdir   (const char *path);

G_END_DECLS
