/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "ls-decision.h"
#include "ls-evaluation.h"
#include "ls-legal-texts.h"
#include "ls-goal.h"
#include "ls-measure.h"
#include "ls-service-plan.h"
#include "ls-sketch.h"

G_BEGIN_DECLS

/* The decision editor as pure "values -> state" rules, tested without
 * widgets: what the sketch offers, what a draft still lacks, and what the
 * next decision after an evaluation starts from. */

/* One prioritised need offered to the editor: a domain (@entry_id 0) or a
 * support-need entry, with its words (the person's own when theirs). */
typedef struct
{
  char     *domain_key;
  gint64    entry_id;
  char     *text;
  gboolean  own_words;
} LsDraftNeed;

void         ls_draft_need_free             (LsDraftNeed *need);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsDraftNeed, ls_draft_need_free)

/* The needs in the sketch's priority order, then the remaining support
 * needs; each domain or entry once. An array of LsDraftNeed. */
GPtrArray   *ls_decision_draft_needs        (LsSketch    *sketch);

/* A new goal answering @need: its text as a start, baseline -1, weight 1. */
LsGoal      *ls_decision_draft_goal_for_need (const LsDraftNeed *need);

/* Whether a goal of @decision already answers @need (then it is not
 * offered again): a goal for the same support-need entry, or for a domain
 * need a goal of that domain answering no entry. */
gboolean     ls_decision_draft_need_answered (LsDecision        *decision,
                                              const LsDraftNeed *need);
/* Adds a goal after the others: one answering @need, or (@need NULL) an
 * empty one, baseline -1 and weight 1 either way. Returns it (borrowed). */
LsGoal      *ls_decision_draft_add_goal      (LsDecision        *decision,
                                              const LsDraftNeed *need);
/* Adds a measure after the others: @service_key granted for the
 * decision's period, counted in @unit ("hours" when NULL). Returns it
 * (borrowed). */
LsMeasure   *ls_decision_draft_add_measure   (LsDecision        *decision,
                                              const char        *service_key,
                                              const char        *unit);

/* Help for the assessment ("Vår vurdering"), drafted from the sketch in
 * the letter's @language ("nb" or "nn", texts from @legal): what the
 * person said (their own words, quoted) in the prioritised domains, then
 * the caseworker's notes on challenges and support needs. @domain_name
 * maps a key to a name in @language (NULL: the key is shown). Editable
 * text, never issued as is. */
typedef const char *(*LsDomainNameFunc) (const char *domain_key,
                                         gpointer    user_data);
char        *ls_decision_draft_grounds      (LsSketch         *sketch,
                                             LsLegalTexts     *legal,
                                             const char       *language,
                                             LsDomainNameFunc  domain_name,
                                             gpointer          user_data);

/* What "Draft again from the sketch" leaves in the assessment: @drafted
 * when the caseworker has written nothing (or only the draft itself),
 * else what they wrote (@written) with the draft added below it, so
 * nothing of theirs is replaced. */
char        *ls_decision_draft_add_grounds  (const char       *written,
                                             const char       *drafted);

/* The legal bases of the granted measures' services, from the catalog
 * (services.ini group -> LegalBasis), each once, one per line; NULL when
 * none is known. */
char        *ls_decision_draft_legal_basis  (LsDecision  *decision,
                                             GKeyFile    *services);

/* What a draft lacks before it can be issued, as translated sentences in
 * the order the editor shows its fields; empty when complete. Checks goals
 * (text, the five levels), measures (service, extent), refusal grounds,
 * dates by type, grounds and legal basis. */
GPtrArray   *ls_decision_draft_missing      (LsDecision  *decision);

/* Whether @issuer may issue @decision now: complete (first missing item as
 * the message) and allowed by ls_decision_check_issue(). */
gboolean     ls_decision_draft_check_issue  (LsDecision  *decision,
                                             const char  *issuer,
                                             gboolean     four_eyes,
                                             gboolean     issuer_is_decision_maker,
                                             GError     **error);

/* Marks @decision issued by @issuer on @today, after the check. */
gboolean     ls_decision_draft_issue        (LsDecision  *decision,
                                             const char  *issuer,
                                             gboolean     four_eyes,
                                             gboolean     issuer_is_decision_maker,
                                             const GDate *today,
                                             GError     **error);

/* An evaluation may start only on an issued decision. */
gboolean     ls_decision_draft_check_evaluate (LsDecision *decision,
                                               GError    **error);

/* Scores @goal (its weight) in @evaluation; -2..+2. */
void         ls_decision_draft_score_goal   (LsEvaluation *evaluation,
                                             LsGoal       *goal,
                                             int           score);

/* The next decision after @evaluation of @evaluated: a draft linked by
 * previous-id, of the type the outcome gives, with the goals and measures
 * copied (new, unsaved), dates following on from the evaluated period, the
 * grounds and legal basis carried over. NULL for "end". */
LsDecision  *ls_decision_draft_next         (LsDecision   *evaluated,
                                             LsEvaluation *evaluation,
                                             const char   *prepared_by);

/* A correction of an issued decision: the same content as a new draft that
 * refers to it. */
LsDecision  *ls_decision_draft_correction   (LsDecision   *issued,
                                             const char   *prepared_by);

/* What changed from @before to @after, as short translated lines (goals
 * added or removed, hours per week, type, dates); empty when nothing. */
GPtrArray   *ls_decision_draft_changes      (LsDecision   *before,
                                             LsDecision   *after);

/* A service plan drafted from @decision and @sketch (may be NULL), with
 * every point of the individual-plan regulation § 19 started: goals,
 * resources and needs; the person (@person_name) and the sketch's
 * participants; the measures with extent and provider; the plan period
 * (the decision's) and revision date (its evaluation date). Consent is
 * left unset: it must be asked for. @services: the catalog (names). */
LsServicePlan *ls_decision_draft_service_plan (LsDecision *decision,
                                               LsSketch   *sketch,
                                               const char *person_name,
                                               GKeyFile   *services);

/* Dates as the editor shows them: "dd.mm.yyyy"; parsing also takes
 * "d.m.yyyy" and "yyyy-mm-dd". NULL (parse) or "" (format) when not a date. */
GDate       *ls_decision_draft_parse_date   (const char   *text);
char        *ls_decision_draft_format_date  (const GDate  *date);

G_END_DECLS
