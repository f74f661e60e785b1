/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-person.h"
#include "ls-store.h"

G_BEGIN_DECLS

#define LS_TYPE_CASELOAD_VIEW (ls_caseload_view_get_type ())
G_DECLARE_FINAL_TYPE (LsCaseloadView, ls_caseload_view, LS, CASELOAD_VIEW, GtkWidget)

GtkWidget  *ls_caseload_view_new             (void);
void        ls_caseload_view_set_store       (LsCaseloadView *self,
                                              LsStore        *store);
void        ls_caseload_view_reload          (LsCaseloadView *self);
void        ls_caseload_view_reload_choosing (LsCaseloadView *self,
                                              gint64          id);
void        ls_caseload_view_focus_search    (LsCaseloadView *self);
/* No one chosen: the next person chosen, the last one too, is opened. */
void        ls_caseload_view_unselect        (LsCaseloadView *self);
gboolean    ls_caseload_view_is_busy         (LsCaseloadView *self);
GListModel *ls_caseload_view_get_model       (LsCaseloadView *self);
gint64      ls_caseload_view_get_n_persons   (LsCaseloadView *self);

G_END_DECLS
