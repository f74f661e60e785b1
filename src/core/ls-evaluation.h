/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include "ls-decision-status.h"

G_BEGIN_DECLS

/* The score of one goal, with the goal's weight at the time. */
typedef struct
{
  gint64 goal_id;
  int    score;
  double weight;
} LsGoalScore;

#define LS_TYPE_EVALUATION (ls_evaluation_get_type ())
G_DECLARE_FINAL_TYPE (LsEvaluation, ls_evaluation, LS, EVALUATION, GObject)

LsEvaluation *ls_evaluation_new (void);

gint64 ls_evaluation_get_id (LsEvaluation *self);
void ls_evaluation_set_id (LsEvaluation *self, gint64 id);
gint64 ls_evaluation_get_decision_id (LsEvaluation *self);
void ls_evaluation_set_decision_id (LsEvaluation *self, gint64 decision_id);
const GDate *ls_evaluation_get_date (LsEvaluation *self);
void ls_evaluation_set_date (LsEvaluation *self, const GDate *date);
/* what the person says, in their words */
const char *ls_evaluation_get_person_view (LsEvaluation *self);
void ls_evaluation_set_person_view (LsEvaluation *self, const char *person_view);
/* how the measures worked */
const char *ls_evaluation_get_measures_view (LsEvaluation *self);
void ls_evaluation_set_measures_view (LsEvaluation *self, const char *measures_view);
LsEvaluationOutcome ls_evaluation_get_outcome (LsEvaluation *self);
void ls_evaluation_set_outcome (LsEvaluation *self, LsEvaluationOutcome outcome);

/* Sets (or replaces) the score of @goal_id: -2..+2, weight >= 0. */
void ls_evaluation_set_score (LsEvaluation *self, gint64 goal_id, int score, double weight);
gboolean ls_evaluation_lookup_score (LsEvaluation *self, gint64 goal_id, int *score);
guint ls_evaluation_get_n_scores (LsEvaluation *self);
const LsGoalScore *ls_evaluation_get_score (LsEvaluation *self, guint index);
void ls_evaluation_clear_scores (LsEvaluation *self);
/* The GAS T-score over the scores (ls_gas_t_score()), NAN without scores. */
double ls_evaluation_get_t_score (LsEvaluation *self);

G_END_DECLS
