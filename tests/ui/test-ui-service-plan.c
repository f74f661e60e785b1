/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The service plan editor: drafted from the decision the first time, with
 * a field for every point of § 19; edits saved; opened again, the same
 * plan (not a second one). */
#include "ls-service-plan-editor.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-test-display.h"
#include "ls-test-util.h"

static void
collect (GtkWidget *widget, GType type, GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

static gboolean
has_label (GtkWidget *widget, const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

static void
test_plan (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "t.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsDecision) decision = ls_decision_new ();
  g_autoptr(LsGoal) goal = ls_goal_new ();
  g_autoptr(LsMeasure) measure = ls_measure_new ();
  g_autoptr(GDate) start = g_date_new_dmy (1, 2, 2026);
  g_autoptr(GDate) end = g_date_new_dmy (31, 7, 2026);
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(LsServicePlan) saved = NULL;
  GtkWindow *window;
  GtkWidget *editor, *again;
  const char *sections[] = {
    "1. Goals, resources and need for services", "2 and 4. Who takes part, and what each contributes",
    "3. Coordinator", "5 and 6. Measures, extent, who is responsible and how they are carried out",
    "7. Plan period and revision", "8. Consent", "9. Cooperation with other providers or agencies",
  };

  g_assert_no_error (error);
  ls_person_set_given_name (person, "Ola");
  ls_person_set_family_name (person, "Testesen");
  g_assert_true (ls_store_save_person (store, person, &error));
  ls_decision_set_person_id (decision, ls_person_get_id (person));
  ls_decision_set_decision_type (decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_start (decision, start);
  ls_decision_set_end (decision, end);
  ls_goal_set_text (goal, "Football twice a month");
  g_list_store_append (ls_decision_get_goals (decision), goal);
  ls_measure_set_service_key (measure, "personal_assistance");
  ls_measure_set_extent (measure, 6);
  ls_measure_set_unit (measure, "hours");
  ls_measure_set_provider (measure, "Sone nord");
  g_list_store_append (ls_decision_get_measures (decision), measure);
  g_assert_true (ls_store_save_decision (store, decision, &error));

  editor = ls_service_plan_editor_new (store, ls_decision_get_id (decision), &error);
  g_assert_no_error (error);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 900, 900);
  gtk_window_set_child (window, editor);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    g_assert_true (has_label (editor, sections[i]));
  g_assert_nonnull (strstr (ls_service_plan_get_implementation (ls_service_plan_editor_get_plan (LS_SERVICE_PLAN_EDITOR (editor))),
                            "6 hours per week, provided by Sone nord"));

  /* the coordinator entry is the only one outside the participant rows with
   * an empty text; type into it and save */
  collect (editor, GTK_TYPE_ENTRY, entries);
  for (guint i = 0; i < entries->len; i++)
    if (g_object_get_data (g_ptr_array_index (entries, i), "setter") == (gpointer) ls_service_plan_set_coordinator)
      gtk_editable_set_text (g_ptr_array_index (entries, i), "Kari Koordinator");
  g_assert_true (ls_service_plan_editor_flush (LS_SERVICE_PLAN_EDITOR (editor), &error));
  plans = ls_store_list_service_plans (store, ls_person_get_id (person), &error);
  g_assert_cmpuint (plans->len, ==, 1);
  saved = ls_store_load_service_plan (store, ls_service_plan_get_id (g_ptr_array_index (plans, 0)), &error);
  g_assert_cmpstr (ls_service_plan_get_coordinator (saved), ==, "Kari Koordinator");
  g_assert_false (ls_service_plan_get_consent_plan (saved));
  g_assert_cmpuint (ls_service_plan_get_participants (saved)->len, ==, 1);

  /* opened again: the same plan */
  again = ls_service_plan_editor_new (store, ls_decision_get_id (decision), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ls_service_plan_get_id (ls_service_plan_editor_get_plan (LS_SERVICE_PLAN_EDITOR (again))), ==,
                   ls_service_plan_get_id (saved));
  g_object_ref_sink (again);
  g_object_unref (again);
  gtk_window_destroy (window);
  g_clear_object (&store);
  ls_test_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);
  g_test_add_func ("/service-plan-editor/draft-edit-reopen", test_plan);
  return g_test_run ();
}
