/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "ls-measure.h"

G_BEGIN_DECLS

/* One measure in the decision editor: a service from the catalog, its
 * extent per week, the provider unit, start and end, and whether it is
 * granted or refused (with the grounds for the refusal). @services is the
 * catalog (ls_store_load_services()). Edits go straight into the
 * LsMeasure; "changed" and "remove" as in LsGoalRow. */
#define LS_TYPE_MEASURE_ROW (ls_measure_row_get_type ())
G_DECLARE_FINAL_TYPE (LsMeasureRow, ls_measure_row, LS, MEASURE_ROW, AdwBin)

GtkWidget *ls_measure_row_new         (LsMeasure *measure,
                                       GKeyFile  *services,
                                       guint      number,
                                       gboolean   editable);
LsMeasure *ls_measure_row_get_measure (LsMeasureRow *self);

/* "hours per week", "visits per week", "days per week", translated. */
const char *ls_measure_unit_per_week  (const char *unit);

G_END_DECLS
