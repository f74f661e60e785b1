/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LS_TYPE_GOAL (ls_goal_get_type ())
G_DECLARE_FINAL_TYPE (LsGoal, ls_goal, LS, GOAL, GObject)

LsGoal *ls_goal_new (void);

gint64 ls_goal_get_id (LsGoal *self);
void ls_goal_set_id (LsGoal *self, gint64 id);
gint64 ls_goal_get_decision_id (LsGoal *self);
void ls_goal_set_decision_id (LsGoal *self, gint64 decision_id);
guint ls_goal_get_position (LsGoal *self);
void ls_goal_set_position (LsGoal *self, guint position);
/* SMART: activity, support needed, measure, time period */
const char *ls_goal_get_text (LsGoal *self);
void ls_goal_set_text (LsGoal *self, const char *text);
const char *ls_goal_get_level_minus_2 (LsGoal *self);
void ls_goal_set_level_minus_2 (LsGoal *self, const char *level_minus_2);
const char *ls_goal_get_level_minus_1 (LsGoal *self);
void ls_goal_set_level_minus_1 (LsGoal *self, const char *level_minus_1);
const char *ls_goal_get_level_0 (LsGoal *self);
void ls_goal_set_level_0 (LsGoal *self, const char *level_0);
const char *ls_goal_get_level_plus_1 (LsGoal *self);
void ls_goal_set_level_plus_1 (LsGoal *self, const char *level_plus_1);
const char *ls_goal_get_level_plus_2 (LsGoal *self);
void ls_goal_set_level_plus_2 (LsGoal *self, const char *level_plus_2);
/* usually -1 */
int ls_goal_get_baseline (LsGoal *self);
void ls_goal_set_baseline (LsGoal *self, int baseline);
/* 1, or importance × difficulty */
double ls_goal_get_weight (LsGoal *self);
void ls_goal_set_weight (LsGoal *self, double weight);
/* the life domain the goal belongs to */
const char *ls_goal_get_domain_key (LsGoal *self);
void ls_goal_set_domain_key (LsGoal *self, const char *domain_key);
/* the support-need entry it answers, or 0 */
gint64 ls_goal_get_need_entry_id (LsGoal *self);
void ls_goal_set_need_entry_id (LsGoal *self, gint64 need_entry_id);

/* The text of GAS level @level (-2..+2). */
const char *ls_goal_get_level_text (LsGoal *self, int level);
void ls_goal_set_level_text (LsGoal *self, int level, const char *text);

G_END_DECLS
