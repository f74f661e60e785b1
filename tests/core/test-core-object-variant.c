/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A domain object's values kept as a GVariant and set again
 * (ls-object-variant.h): what an editor keeps on this computer when a
 * save fails must come back exactly, and a damaged or older file must
 * not set anything it does not understand. */
#include "ls-decision.h"
#include "ls-goal.h"
#include "ls-object-variant.h"
#include "ls-person.h"
#include "ls-row-version.h"

static LsDecision *
make_decision (void)
{
  LsDecision *decision = ls_decision_new ();
  g_autoptr(GDate) start = g_date_new_dmy (3, G_DATE_DECEMBER, 2026);

  ls_decision_set_id (decision, 41);
  ls_decision_set_person_id (decision, 7);
  ls_decision_set_decision_type (decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_start (decision, start);
  ls_decision_set_grounds (decision, "Grunngiving med «æøå» og\nto linjer");
  ls_decision_set_notice_no_answer (decision, TRUE);
  ls_row_version_set (decision, 5);
  return decision;
}

static void
test_round_trip (void)
{
  g_autoptr(LsDecision) decision = make_decision ();
  g_autoptr(LsDecision) back = ls_decision_new ();
  g_autoptr(GVariant) values = g_variant_ref_sink (ls_object_to_variant (decision));
  g_autofree char *text = g_variant_print (values, TRUE);
  g_autoptr(GVariant) parsed = g_variant_parse (G_VARIANT_TYPE_VARDICT, text, NULL, NULL, NULL);

  /* through its text form, as the file keeps it */
  g_assert_nonnull (parsed);
  ls_object_set_from_variant (back, parsed);
  g_assert_cmpint (ls_decision_get_id (back), ==, 41);
  g_assert_cmpint (ls_decision_get_person_id (back), ==, 7);
  g_assert_cmpint (ls_decision_get_decision_type (back), ==, LS_DECISION_TYPE_TRIAL);
  g_assert_cmpstr (ls_decision_get_grounds (back), ==, "Grunngiving med «æøå» og\nto linjer");
  g_assert_true (ls_decision_get_notice_no_answer (back));
  g_assert_nonnull (ls_decision_get_start (back));
  g_assert_cmpint (g_date_compare (ls_decision_get_start (back), ls_decision_get_start (decision)), ==, 0);
  g_assert_null (ls_decision_get_end (back));
  g_assert_null (ls_decision_get_legal_basis (back));
  g_assert_cmpint (ls_row_version_get (back), ==, 5);
}

/* Values of the wrong type, unknown names and enum values this version
 * does not know leave the object as it was. */
static void
test_foreign_values_skipped (void)
{
  g_autoptr(LsDecision) decision = make_decision ();
  g_autoptr(GVariant) values = g_variant_ref_sink (g_variant_parse (G_VARIANT_TYPE_VARDICT,
      "{'grounds': <int32 3>, 'decision-type': <int32 999>, 'no-such-thing': <'x'>,"
      " 'start': <uint32 4294967295>, 'person-id': <int64 8>}", NULL, NULL, NULL));

  g_assert_nonnull (values);
  ls_object_set_from_variant (decision, values);
  g_assert_cmpstr (ls_decision_get_grounds (decision), ==, "Grunngiving med «æøå» og\nto linjer");
  g_assert_cmpint (ls_decision_get_decision_type (decision), ==, LS_DECISION_TYPE_TRIAL);
  g_assert_cmpint (g_date_get_year (ls_decision_get_start (decision)), ==, 2026);
  g_assert_cmpint (g_date_get_day (ls_decision_get_start (decision)), ==, 3);
  g_assert_cmpint (ls_decision_get_person_id (decision), ==, 8);
}

static void
test_goal (void)
{
  g_autoptr(LsGoal) goal = ls_goal_new ();
  g_autoptr(LsGoal) back = ls_goal_new ();
  g_autoptr(GVariant) values = NULL;

  ls_goal_set_text (goal, "Handle sjølv");
  ls_goal_set_level_text (goal, 2, "Handlar kvar veke");
  ls_goal_set_weight (goal, 2.5);
  values = g_variant_ref_sink (ls_object_to_variant (goal));
  ls_object_set_from_variant (back, values);
  g_assert_cmpstr (ls_goal_get_text (back), ==, "Handle sjølv");
  g_assert_cmpstr (ls_goal_get_level_text (back, 2), ==, "Handlar kvar veke");
  g_assert_cmpfloat (ls_goal_get_weight (back), ==, 2.5);
}

static GVariant *
person_values (const char *phone,
               const char *address,
               gint64      version)
{
  g_autoptr(LsPerson) person = ls_person_new ();

  ls_person_set_id (person, 3);
  ls_person_set_given_name (person, "Ingrid");
  ls_person_set_phone (person, phone);
  ls_person_set_address (person, address);
  ls_row_version_set (person, version);
  return g_variant_ref_sink (ls_object_to_variant (person));
}

static void
check_merge (GVariant   *base,
             GVariant   *mine,
             GVariant   *theirs,
             gboolean    clash,
             const char *phone,
             const char *address)
{
  g_autoptr(LsPerson) merged = ls_person_new ();
  g_autoptr(GVariant) values = NULL;
  gboolean clashed = !clash;

  values = g_variant_ref_sink (ls_object_variant_merge (base, mine, theirs, &clashed));
  ls_object_set_from_variant (merged, values);
  g_assert_cmpint (clashed, ==, clash);
  g_assert_cmpstr (ls_person_get_phone (merged), ==, phone);
  g_assert_cmpstr (ls_person_get_address (merged), ==, address);
  g_assert_cmpstr (ls_person_get_given_name (merged), ==, "Ingrid");
  g_assert_cmpint (ls_person_get_id (merged), ==, 3);
  g_assert_cmpint (ls_row_version_get (merged), ==, 6);   /* saved against theirs */
}

/* Two people changed one person: what each changed is kept; only a value
 * both changed, differently, is a clash. A value emptied is a change too. */
static void
test_merge (void)
{
  g_autoptr(GVariant) base = person_values ("11111111", "Gata 2", 5);
  g_autoptr(GVariant) my_phone = person_values ("22222222", "Gata 2", 5);
  g_autoptr(GVariant) no_address = person_values ("11111111", NULL, 5);
  g_autoptr(GVariant) their_address = person_values ("11111111", "Storgata 1", 6);
  g_autoptr(GVariant) their_phone = person_values ("44444444", "Storgata 1", 6);
  g_autoptr(GVariant) same_phone = person_values ("22222222", "Gata 2", 6);

  check_merge (base, my_phone, their_address, FALSE, "22222222", "Storgata 1");
  check_merge (base, my_phone, their_phone, TRUE, "22222222", "Storgata 1");
  check_merge (base, my_phone, same_phone, FALSE, "22222222", "Gata 2");
  check_merge (base, no_address, their_phone, TRUE, "44444444", NULL);
  check_merge (base, base, their_phone, FALSE, "44444444", "Storgata 1");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/object-variant/round-trip", test_round_trip);
  g_test_add_func ("/core/object-variant/foreign-values-skipped", test_foreign_values_skipped);
  g_test_add_func ("/core/object-variant/goal", test_goal);
  g_test_add_func ("/core/object-variant/merge", test_merge);
  return g_test_run ();
}
