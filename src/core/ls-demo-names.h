/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Invented people and phrases for demo databases and tests. Names are
 * combined at random from common Norwegian given and family names; id
 * numbers are synthetic (month + 80), so none can belong to a real person. */

typedef enum
{
  LS_DEMO_PHRASE_STRENGTH,
  LS_DEMO_PHRASE_CHALLENGE,
  LS_DEMO_PHRASE_WISH,
  LS_DEMO_PHRASE_SUPPORT_NEED,
} LsDemoPhraseKind;

#define LS_DEMO_N_PHRASE_KINDS (LS_DEMO_PHRASE_SUPPORT_NEED + 1)

/* The first birth year and last birth year of demo people (18-35 in 2026). */
#define LS_DEMO_FIRST_BIRTH_YEAR 1991
#define LS_DEMO_LAST_BIRTH_YEAR  2008

/* Person number @index: names drawn from @rand (same seed, same order of
 * calls -> same people); birth date and id number come from @index alone,
 * so ids are distinct for different indexes below about 300 000.
 * Every output is optional (NULL). */
void        ls_demo_person (GRand            *rand,
                            guint             index,
                            char            **given_name,
                            char            **family_name,
                            GDate            *birth,
                            char            **national_id);

/* An invented postal address for person number @index ("Bakkeveien 12\n
 * 9999 Eksempelvik"), from @index alone; free with g_free(). */
char       *ls_demo_address (guint            index);

/* A first-person phrase in Norwegian bokmål; static, do not free. */
const char *ls_demo_phrase (GRand            *rand,
                            LsDemoPhraseKind  kind);

G_END_DECLS
