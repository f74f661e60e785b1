/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-letter-content.h"

G_BEGIN_DECLS

/* g_strv_builder_take() is GLib 2.80. */
static inline void
_ls_strv_take (GStrvBuilder *builder,
               char         *value)
{
  g_strv_builder_add (builder, value);
  g_free (value);
}

/* Shared by the builders of each kind of document. */
typedef struct
{
  const LsLetterSources *src;
  LsLetterContent       *content;
  const char            *lang;
  GHashTable            *vars;   /* placeholder -> text, both owned */
} LsLetterBuilder;

void              _ls_letter_builder_init    (LsLetterBuilder       *b,
                                              LsLetterKind           kind,
                                              const LsLetterSources *src);
LsLetterContent  *_ls_letter_builder_finish  (LsLetterBuilder       *b);

void              _ls_letter_set_var         (LsLetterBuilder *b,
                                              const char      *name,
                                              const char      *value);
void              _ls_letter_set_date_var    (LsLetterBuilder *b,
                                              const char      *name,
                                              const GDate     *date);
/* @group/@key of the legal texts with the builder's placeholders filled. */
char             *_ls_letter_text            (LsLetterBuilder *b,
                                              const char      *group,
                                              const char      *key);
char             *_ls_letter_date            (LsLetterBuilder *b,
                                              const GDate     *date);
const char       *_ls_letter_domain_name     (LsLetterBuilder *b,
                                              const char      *domain_key);
/* Wheel segments of the sketch in domain order (earlier ratings from the
 * previous sketch); NULL without a sketch. */
GArray           *_ls_letter_wheel_segments  (LsLetterBuilder *b);
/* A one-line summary of the ratings for the wheel's alt text. */
char             *_ls_letter_wheel_summary   (LsLetterBuilder *b,
                                              GArray          *segments);

LsLetterSection  *_ls_letter_add_section     (LsLetterBuilder *b,
                                              LsLetterPart     part,
                                              const char      *heading);
/* Takes @text and @strong (may be NULL). */
LsLetterItem     *_ls_letter_add_text        (LsLetterSection  *section,
                                              LsLetterItemKind  kind,
                                              char             *text,
                                              char             *strong);
/* Takes @items (a NULL-terminated vector); an empty list is not added. */
LsLetterItem     *_ls_letter_add_list        (LsLetterSection *section,
                                              gboolean         numbered,
                                              GStrv            items);
/* A line leading into a list ("Dette endres fra vedtaket av …:") and the
 * list, the line kept on the page where the list starts, as a heading is;
 * takes both. An empty list is not added, the line is. */
LsLetterItem     *_ls_letter_add_lead_in_list (LsLetterSection *section,
                                               char            *lead_in,
                                               gboolean         numbered,
                                               GStrv            items);
LsLetterItem     *_ls_letter_add_table       (LsLetterSection  *section,
                                              const char *const *header,
                                              const double     *widths);
/* Takes @cells. */
void              _ls_letter_table_add_row   (LsLetterItem *table,
                                              GStrv         cells);
/* Takes @segments, @alt and @caption. */
LsLetterItem     *_ls_letter_add_wheel       (LsLetterSection *section,
                                              GArray          *segments,
                                              char            *alt,
                                              char            *caption);

/* The measure table (service, extent, period, provider, result) used by the
 * decision letter and the plan. */
LsLetterItem     *_ls_letter_add_measure_table (LsLetterBuilder *b,
                                                LsLetterSection *section,
                                                GListModel      *measures,
                                                gboolean         with_result);

/* The person's own words as every document prints them: inside «». */
char             *_ls_letter_quote           (const char      *words);

/* The text of a sketch entry as a document prints it: the person's own
 * words inside «», a caseworker's note as it stands. */
char             *_ls_letter_entry_text      (LsSketchEntry   *entry);

/* What @b's decision changes in the one before, one line per service:
 * "Praktisk bistand: 6 timer per uke → 3 timer per uke"; NULL when there
 * is no decision before or nothing changes. */
GStrv             _ls_letter_change_lines    (LsLetterBuilder *b);

/* How each goal of the decision before went in the evaluation, in the
 * letter's words for the GAS level: "Lage middag selv: nådd som forventet
 * – Lager middag to dager i uka" (ls-letter-content-decision.c). */
GStrv             _ls_letter_goal_results    (LsLetterBuilder *b);
/* The evaluation the letter follows, if any: its date, each goal's result
 * as a list led in by "Evaluated", and the person's own view quoted. */
void              _ls_letter_add_evaluation_result (LsLetterBuilder *b,
                                                    LsLetterSection *section);

/* "Kopi til: Name, verge" under the signature when the person has a
 * guardian or relative on record (ls-letter-content-decision.c). */
void              _ls_letter_add_copy_to     (LsLetterBuilder *b,
                                              LsLetterSection *section);

/* Whether the document belongs to a decision not issued yet. */
gboolean          _ls_letter_is_draft        (LsLetterBuilder *b);

typedef enum
{
  LS_LETTER_REFS_NATIONAL_ID     = 1 << 0, /* letters that identify the person */
  LS_LETTER_REFS_CORRESPONDENCE  = 1 << 1, /* our ref., your ref., caseworker */
} LsLetterRefs;

/* The reference line: "Vår ref." (the case number), "Deres ref.",
 * "Saksbehandler" with @refs & CORRESPONDENCE, else "Saksnummer" when
 * there is a case; then "Dato" (not for a draft, whose title and mark
 * say it is one), and the national id number in its display form with
 * @refs & NATIONAL_ID. Also the footer. */
void              _ls_letter_set_references  (LsLetterBuilder *b,
                                              LsLetterRefs     refs);
/* "Praktisk bistand" inside a sentence reads "praktisk bistand"; "BPA" and
 * names like "NAV" stay as they are. */
char             *_ls_letter_sentence_case_inside (const char *text);
/* @name if it is a full name (has a space; the store may keep a user name
 * like "leder"), else @fallback. */
const char       *_ls_letter_full_name_or    (const char      *name,
                                              const char      *fallback);
/* Who @recorded is (a decision records who prepared, approved and issued it
 * as a user name or a full name): the letterhead's staff list gives the full
 * name and title in the letter's language; the letterhead's signer's full
 * name gives the signer's title; anything else is named as recorded, with
 * no title. FALSE (and nothing set) when nothing is recorded. */
gboolean          _ls_letter_staff           (LsLetterBuilder *b,
                                              const char      *recorded,
                                              const char     **name,
                                              const char     **title);
/* "Name (title)", "Name" without a title; NULL when nothing is recorded. */
char             *_ls_letter_staff_text      (LsLetterBuilder *b,
                                              const char      *recorded);
/* The closing: "With kind regards", who signs (@recorded as for
 * _ls_letter_staff, the letterhead's signer when nothing is recorded) with
 * their title, the municipality. *@strong is the name, set in bold. */
char             *_ls_letter_signature       (LsLetterBuilder *b,
                                              const char      *recorded,
                                              char           **strong);

G_END_DECLS
