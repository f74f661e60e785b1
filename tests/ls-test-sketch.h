/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the tests of a conversation's entry seen from two places (the
 * watch, the window, the main-thread guard, a server that goes away). */

#include "ls-store-persons.h"
#include "ls-store-sketches.h"

#define LS_TEST_ENTRY_TEXT "bo for meg selv"

/* Saves "Åse Bakkeli" with a life sketch of one entry (a wish for home,
 * LS_TEST_ENTRY_TEXT, in the person's words) in @store; their ids. */
static inline void
ls_test_save_person_with_entry (LsStore *store,
                                gint64  *person_id,
                                gint64  *sketch_id,
                                gint64  *entry_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with ("home", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON,
                                                             LS_TEST_ENTRY_TEXT);

  ls_person_set_given_name (person, "Åse");
  ls_person_set_family_name (person, "Bakkeli");
  g_assert_true (ls_store_save_person (store, person, &error));
  g_assert_no_error (error);
  ls_sketch_set_person_id (sketch, ls_person_get_id (person));
  g_list_store_append (ls_sketch_get_entries (sketch), entry);
  g_assert_true (ls_store_save_sketch (store, sketch, &error));
  g_assert_no_error (error);
  *person_id = ls_person_get_id (person);
  *sketch_id = ls_sketch_get_id (sketch);
  *entry_id = ls_sketch_entry_get_id (entry);
}
