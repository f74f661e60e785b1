/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ls-booking.h"
#include "ls-case.h"
#include "ls-decision.h"
#include "ls-evaluation.h"
#include "ls-legal-texts.h"
#include "ls-letterhead.h"
#include "ls-person.h"
#include "ls-service-plan.h"
#include "ls-sketch.h"

G_BEGIN_DECLS

/* WHAT a document says, as a plain value with no layout: sections of
 * paragraphs, lists, tables and the wheel, each section marked with the
 * point of the law it answers (REFERENCE.md §7 for a decision letter, §8 for
 * a service plan), so a test can check that nothing required is missing.
 * src/export turns it into an LsDoc. All texts are plain (not markup) and in
 * the person's written language (ls_person_get_written_language()). */

typedef enum
{
  LS_LETTER_DECISION,
  LS_LETTER_EASY_READ,
  LS_LETTER_SERVICE_PLAN,
  LS_LETTER_SKETCH_REPORT,
  LS_LETTER_MY_SKETCH,            /* easy-read: the person's own life sketch */
  LS_LETTER_ADVANCE_NOTICE,       /* forhåndsvarsel (fvl § 16) of a planned change */
  LS_LETTER_MY_WEEK,              /* easy-read: the person's booked week */
} LsLetterKind;

typedef enum
{
  LS_LETTER_PART_NONE,
  /* Decision letter, REFERENCE §7. */
  LS_LETTER_PART_DECISION,        /* 2: what is granted or refused, extent, start, end */
  LS_LETTER_PART_TRIAL,           /* 2: trial period, evaluation date, what is evaluated */
  LS_LETTER_PART_CHANGE,          /* 3: after an evaluation: its result, what changes, why */
  LS_LETTER_PART_RULES,           /* 3: the rules (§ 25 first paragraph) */
  LS_LETTER_PART_FACTS,           /* 3: the facts (§ 25 second paragraph) */
  LS_LETTER_PART_ASSESSMENT,      /* 3: the main considerations (§ 25 third paragraph) */
  LS_LETTER_PART_APPEAL,          /* 4: right, deadline, body, how */
  LS_LETTER_PART_ACCESS,          /* 5: right to see the documents */
  LS_LETTER_PART_CONTACT,         /* 6: who decided, contact, date, case number */
  LS_LETTER_PART_SIGNATURE,
  LS_LETTER_PART_LAW,             /* 1 and "the law in short" */
  /* Easy-read letter. */
  LS_LETTER_PART_NEXT,            /* what happens next */
  LS_LETTER_PART_MEET,            /* when we meet again */
  LS_LETTER_PART_CALL,            /* who to call */
  LS_LETTER_PART_WHEEL,           /* the person's own wheel */
  /* Service plan, REFERENCE §8 (forskrift § 19), in order 1-9. */
  LS_LETTER_PART_PLAN_GOALS,
  LS_LETTER_PART_PLAN_PARTICIPANTS,
  LS_LETTER_PART_PLAN_COORDINATOR,
  LS_LETTER_PART_PLAN_CONTRIBUTIONS,
  LS_LETTER_PART_PLAN_MEASURES,
  LS_LETTER_PART_PLAN_IMPLEMENTATION,
  LS_LETTER_PART_PLAN_PERIOD,
  LS_LETTER_PART_PLAN_CONSENT,
  LS_LETTER_PART_PLAN_COOPERATION,
  /* Life-sketch report. */
  LS_LETTER_PART_SKETCH_PRIORITIES,
  LS_LETTER_PART_SKETCH_DOMAIN,
  LS_LETTER_PART_SKETCH_AGREEMENTS,
  /* Advance notice, fvl § 16. */
  LS_LETTER_PART_NOTICE_PLANNED,  /* what we plan to decide */
  LS_LETTER_PART_NOTICE_WHY,      /* why */
  LS_LETTER_PART_NOTICE_ANSWER,   /* your right to answer, the deadline */
  /* "Min uke". */
  LS_LETTER_PART_WEEK_TIMES,      /* the booked times of the week */
  LS_LETTER_PART_WEEK_LEFT,       /* the time left to book */
} LsLetterPart;

typedef enum
{
  LS_LETTER_ITEM_PARAGRAPH,
  LS_LETTER_ITEM_LEAD,            /* larger text (easy-read) */
  LS_LETTER_ITEM_CALLOUT,         /* boxed: trial period, deadlines */
  LS_LETTER_ITEM_QUOTE,           /* the person's own words */
  LS_LETTER_ITEM_SMALL,           /* references, footnotes */
  LS_LETTER_ITEM_SUBHEADING,
  LS_LETTER_ITEM_LIST,
  LS_LETTER_ITEM_NUMBERED_LIST,
  LS_LETTER_ITEM_TABLE,
  LS_LETTER_ITEM_WHEEL,
} LsLetterItemKind;

/* One domain of the wheel; owns its label. Mirrors render's LsWheelSegment
 * (core does not depend on render). */
typedef struct
{
  char     *key;                /* the domain's key */
  char     *label;
  int       self_rating;        /* 1..10, 0 = not rated */
  int       caseworker_rating;  /* 1..10, 0 = none */
  int       earlier_rating;     /* 1..10, 0 = none */
  guint     n_strengths;
  guint     n_challenges;
  gboolean  skipped;
} LsLetterWheelSegment;

typedef struct
{
  LsLetterItemKind  kind;
  char             *text;       /* paragraph text; the wheel's alt text */
  char             *strong;     /* a part of @text to set in bold, or NULL */
  GStrv             lines;      /* list items; a table's header cells */
  GPtrArray        *rows;       /* table rows (GStrv), NULL otherwise */
  GArray           *widths;     /* relative column widths (double), or NULL */
  GArray           *wheel;      /* LsLetterWheelSegment, NULL otherwise */
  char             *caption;    /* visible caption of the wheel */
  char             *pictogram;  /* beside the text (easy-read): "service-bpa", or NULL */
  gboolean          keep_with_next;  /* leads into the next item: never a page break after it */
} LsLetterItem;

typedef struct
{
  LsLetterPart  part;
  char         *heading;        /* NULL = no heading */
  char         *pictogram;      /* beside the heading (easy-read), or NULL */
  GPtrArray    *items;          /* LsLetterItem */
} LsLetterSection;

typedef struct
{
  LsLetterKind  kind;
  gint64        person_id;      /* whom it is about (for the audit log) */
  char         *language;       /* "nb" or "nn" */
  char         *title;
  char         *subject;
  char         *author;         /* the municipality */
  char         *keywords;
  GStrv         letterhead;     /* lines for the first page's header */
  char         *logo_path;      /* NULL = none */
  GStrv         recipient;      /* name and address lines, may be empty */
  /* The reference line: labels ("Vår ref.", "Deres ref.", "Saksbehandler",
   * "Dato") and their values ("2026/12", "–", …), the same length. */
  GStrv         reference_labels;
  GStrv         reference_values;
  char         *footer;         /* on every page */
  char         *draft_mark;     /* on every page of a draft, else NULL */
  GDate        *date;           /* the document's date */
  GPtrArray    *sections;       /* LsLetterSection */
} LsLetterContent;

/* What a document is built from. Only the fields a kind needs must be set
 * (decision: person, decision; plan: person, plan; sketch: person, sketch);
 * letterhead and legal texts are always needed. */
typedef struct
{
  LsPerson       *person;
  LsCase         *case_;             /* may be NULL */
  LsDecision     *decision;
  LsSketch       *sketch;            /* the latest reading, may be NULL */
  LsSketch       *previous_sketch;   /* the one before, may be NULL */
  LsServicePlan  *plan;
  GListModel     *domains;           /* LsDomain in the letter's language, may be NULL */
  const GDate    *previous_decision_date; /* the decision this one replaces, may be NULL */
  LsDecision     *previous_decision; /* the decision this one follows, may be NULL */
  LsEvaluation   *evaluation;        /* the evaluation of @previous_decision, may be NULL */
  GListModel     *previous_goals;    /* @previous_decision's goals (LsGoal), for @evaluation's scores */
  const GDate    *today;             /* NULL = the decision's issue date, else today */
  const LsBookedWeek *week;          /* the booked week ("Min uke"), else NULL */
  LsLetterhead   *letterhead;
  LsLegalTexts   *legal;
} LsLetterSources;

void              ls_letter_content_free       (LsLetterContent *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsLetterContent, ls_letter_content_free)

LsLetterContent  *ls_letter_content_new_decision     (const LsLetterSources *sources);
LsLetterContent  *ls_letter_content_new_easy_read    (const LsLetterSources *sources);
LsLetterContent  *ls_letter_content_new_service_plan (const LsLetterSources *sources);
LsLetterContent  *ls_letter_content_new_sketch_report (const LsLetterSources *sources);
/* "Min livsskisse", easy-read, for the person to take home: their own
 * words per life area, their ratings and what matters most to them, with
 * pictograms (needs person and sketch). */
LsLetterContent  *ls_letter_content_new_my_sketch    (const LsLetterSources *sources);
/* "Min uke", easy-read, for the person: each booked time of @week with
 * the service's pictogram, and the time left to book (needs person and
 * week). */
LsLetterContent  *ls_letter_content_new_my_week      (const LsLetterSources *sources);
/* The advance notice (forhåndsvarsel) of the change @decision makes to
 * @previous_decision (needs person, decision, previous_decision): what is
 * planned, why, the deadline to answer and whom to contact. */
LsLetterContent  *ls_letter_content_new_advance_notice (const LsLetterSources *sources);
/* Whether @kind is an easy-read document (large text and pictograms). */
gboolean          ls_letter_kind_is_easy_read        (LsLetterKind kind);

/* The first section answering @part, or NULL. */
LsLetterSection  *ls_letter_content_find_part  (LsLetterContent *self,
                                                LsLetterPart     part);
/* Every text of a section (heading, paragraphs, list items, table cells,
 * alt text), one per line; for tests and plain-text export. */
char             *ls_letter_section_to_text    (LsLetterSection *section);
char             *ls_letter_content_to_text    (LsLetterContent *self);

G_END_DECLS
