/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ls-due.h"

G_BEGIN_DECLS

/* The person page's overview as plain values, built without widgets: what
 * happened (applications, conversations, decisions, evaluations) in date
 * order, and what is due next. */

typedef enum
{
  LS_TIMELINE_APPLICATION,
  LS_TIMELINE_SKETCH,
  LS_TIMELINE_DECISION,
  LS_TIMELINE_EVALUATION,
  LS_TIMELINE_DUE_EVALUATION,
  LS_TIMELINE_DUE_END,
} LsTimelineKind;

typedef struct
{
  LsTimelineKind kind;
  GDate          date;        /* cleared when not known */
  gint64         id;          /* of the case, sketch, decision or evaluation */
  char          *title;
  char          *detail;
  LsDueState     due;         /* for the due kinds */
} LsTimelineItem;

void       ls_timeline_item_free      (LsTimelineItem *item);

/* @cases (LsCase), @sketches (LsSketch), @decisions (LsDecision) and
 * @evaluations (LsEvaluation) of one person; any may be NULL. Items without
 * a date come last. */
GPtrArray *ls_person_timeline_build   (GPtrArray   *cases,
                                       GPtrArray   *sketches,
                                       GPtrArray   *decisions,
                                       GPtrArray   *evaluations);
/* Evaluations of issued decisions and the ends of trial periods, soonest first; the
 * detail is ls_due_phrase() and overdue items say so in words. */
GPtrArray *ls_person_timeline_due     (GPtrArray   *decisions,
                                       const GDate *today);

/* "14.03.1999", or a dash when @date is NULL or invalid. */
char      *ls_format_date             (const GDate *date);

G_END_DECLS
