/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "ls-decision.h"

G_BEGIN_DECLS

/* What a decision changes in the one it follows (its previous-id), measure
 * by measure, and the rules that follow from it: a change to the person's
 * disadvantage needs a recorded advance notice (forhåndsvarsel, fvl § 16)
 * before it is issued, and every decision needs the caseworker's own
 * assessment (fvl § 25 third paragraph). */

/* One service's extent before and after; a service not granted on one
 * side has granted FALSE there (refused or not in the decision). */
typedef struct
{
  char     *service_key;
  gboolean  before_granted;
  double    before_extent;
  char     *before_unit;
  gboolean  after_granted;
  double    after_extent;
  char     *after_unit;
} LsMeasureChange;

void       ls_measure_change_free            (LsMeasureChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsMeasureChange, ls_measure_change_free)

/* Each service of @before or @after, in @before's order then the new ones,
 * once; only those that change (granted or not, extent, unit). An array
 * of LsMeasureChange. */
GPtrArray *ls_decision_change_measures       (LsDecision *before,
                                              LsDecision *after);

/* Whether @change leaves the person with less: granted before and now
 * refused, ended, or less of the same unit. */
gboolean   ls_measure_change_is_reduction    (const LsMeasureChange *change);

/* Whether @after takes from the person something @before granted. */
gboolean   ls_decision_change_is_reduction   (LsDecision *before,
                                              LsDecision *after);

/* Whether @decision's advance notice is complete for issue on @today: sent,
 * with a deadline, and answered or the deadline passed by @today. */
gboolean   ls_decision_notice_is_complete    (LsDecision  *decision,
                                              const GDate *today);

/* Records @decision's advance notice: @sent and @deadline (NULL: keep
 * what is recorded), and then @answer (the person's words) or, with
 * @no_answer, that the deadline passed without one, which is refused
 * before the deadline has passed by @today. */
gboolean   ls_decision_record_notice         (LsDecision  *decision,
                                              const GDate *sent,
                                              const GDate *deadline,
                                              const char  *answer,
                                              gboolean     no_answer,
                                              const GDate *today,
                                              GError     **error);

/* The rules at issue: @before (the decision @after follows, or NULL) and
 * @after, issued on @today; an empty assessment, a reduction without a
 * complete advance notice, or a date before the decision it follows was
 * issued or before its advance notice was sent, is refused with one
 * sentence. */
gboolean   ls_decision_check_grounds_for_issue (LsDecision  *before,
                                                LsDecision  *after,
                                                const GDate *today,
                                                GError     **error);

G_END_DECLS
