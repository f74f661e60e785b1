/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-letter-content.h"

G_BEGIN_DECLS

/* An invented person with a synthetic id number (month + 80), a case, a
 * trial decision with granted and refused measures and goals, two sketches
 * and a service plan, for the letter and PDF tests. Nothing here belongs to
 * a real person. */
typedef struct
{
  LsPerson      *person;
  LsCase        *case_;
  LsDecision    *decision;
  LsSketch      *sketch;
  LsSketch      *previous_sketch;
  LsServicePlan *plan;
  GListStore    *domains;
  LsLetterhead  *letterhead;
  LsLegalTexts  *legal;
  GDate         *today;
  LsLetterSources sources;
} LsTestLetters;

LsTestLetters *ls_test_letters_new  (const char    *language);
void           ls_test_letters_free (LsTestLetters *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsTestLetters, ls_test_letters_free)

G_END_DECLS
