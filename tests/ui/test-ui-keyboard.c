/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The app with the keyboard only (issue 17, items 4–7): the conversation
 * moves focus to the first field of every step it shows, has keys for the
 * next and previous step, and takes few tab stops per life area (a rating
 * row is one stop, the arrows move inside it); finishing with skipped life
 * areas asks first; the caseload is one tab stop; every accessible name
 * holds the label a sighted user sees. Focus moves through GTK's own focus
 * chain (gtk_widget_child_focus), as Tab and the arrows do. */
#include "ls-caseload-view.h"
#include "ls-conversation-page-private.h"
#include "ls-domain-step.h"
#include "ls-evaluation-page.h"
#include "ls-person-page.h"
#include "ls-store-decisions.h"
#include "ls-store-sketches.h"
#include "ls-focus-group.h"
#include "ls-store-persons.h"
#include "ls-test-display.h"
#include "ls-test-util.h"
#include "ls-wheel-view.h"
#include "ls-window.h"

typedef struct
{
  char               *dir;
  LsStore            *store;
  gint64              person_id;
  GtkWindow          *window;
  LsConversationPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = ls_test_mkdtemp ();
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_person_set_given_name (person, "Ingrid");
  ls_person_set_family_name (person, "Testesen");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  f->person_id = ls_person_get_id (person);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1100, 800);
  gtk_window_present (f->window);
  f->page = LS_CONVERSATION_PAGE (ls_conversation_page_new (f->store, f->person_id, 0));
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->store);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

static GtkWidget *
focus (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

static GtkWidget *
step (Fixture    *f,
      const char *name)
{
  return _ls_conversation_page_get_step (f->page, name);
}

/* Focus is on a field of step @name that is not a rating. */
static void
assert_focus_in_step (Fixture    *f,
                      const char *name)
{
  GtkWidget *widget = focus (f);

  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_is_ancestor (widget, step (f, name)));
  g_assert_false (GTK_IS_TOGGLE_BUTTON (widget));
}

static GtkWidget *
find_labelled (GtkWidget  *root,
               const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0
          && gtk_widget_is_drawable (child))
        return child;
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), label) == 0
          && gtk_widget_get_ancestor (child, GTK_TYPE_BUTTON) != NULL && gtk_widget_is_drawable (child))
        return gtk_widget_get_ancestor (child, GTK_TYPE_BUTTON);
      if ((hit = find_labelled (child, label)) != NULL)
        return hit;
    }
  return NULL;
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
activate_shortcut (GtkWidget          *widget,
                   GtkShortcutTrigger *trigger,
                   GtkPropagationPhase phase,
                   gboolean           *found)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !*found; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller)
          || gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) != phase)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !*found; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger))
            {
              *found = TRUE;
              return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                   gtk_shortcut_get_arguments (shortcut));
            }
        }
    }
  return FALSE;
}

/* A key pressed where the keyboard is: the first shortcut for it on the
 * way from the window down to the focus (capture), then back up (bubble),
 * as GTK delivers a key. */
static gboolean
press (GtkWidget  *focused,
       const char *keys)
{
  g_autoptr(GtkShortcutTrigger) trigger = gtk_shortcut_trigger_parse_string (keys);
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  gboolean found = FALSE;
  gboolean done = FALSE;

  for (GtkWidget *widget = focused; widget != NULL; widget = gtk_widget_get_parent (widget))
    g_ptr_array_insert (chain, 0, widget);
  for (guint i = 0; i < chain->len && !found; i++)
    done = activate_shortcut (g_ptr_array_index (chain, i), trigger, GTK_PHASE_CAPTURE, &found);
  for (guint i = chain->len; i > 0 && !found; i--)
    done = activate_shortcut (g_ptr_array_index (chain, i - 1), trigger, GTK_PHASE_BUBBLE, &found);
  return done;
}

/* Tab stops from the first control of @page (a life area) until the
 * keyboard leaves it. */
static guint
count_tab_stops (Fixture   *f,
                 GtkWidget *page)
{
  guint n = 0;

  /* The first control of a life area; Tab must reach it, too (from the
   * step list). */
  g_assert_true (gtk_widget_grab_focus (find_labelled (page, "Skip for Now")));
  while (focus (f) != NULL && gtk_widget_is_ancestor (focus (f), page) && n < 200)
    {
      n++;
      g_test_message ("stop %u: %s %s", n, G_OBJECT_TYPE_NAME (focus (f)),
                      GTK_IS_BUTTON (focus (f)) && gtk_button_get_label (GTK_BUTTON (focus (f)))
                      ? gtk_button_get_label (GTK_BUTTON (focus (f))) : "");
      gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD);
    }
  return n;
}

static void
test_tab_stops_per_area (Fixture       *f,
                         gconstpointer  data)
{
  guint n;

  _ls_conversation_page_go_to (f->page, "domain:home");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  n = count_tab_stops (f, step (f, "domain:home"));
  g_test_message ("tab stops in an empty life area: %u", n);
  /* Skip, own rating, pictures, six "Add …", caseworker's rating. */
  g_assert_cmpuint (n, <=, 10);
  /* And Tab into the life area from the steps lands on its first control. */
  g_assert_true (gtk_widget_grab_focus (find_labelled (GTK_WIDGET (f->page), "Home and daily life")));
  gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD);
  g_assert_true (focus (f) == find_labelled (step (f, "domain:home"), "Skip for Now"));
}

static void
test_rating_row_arrows (Fixture       *f,
                        gconstpointer  data)
{
  LsDomainStep *home = LS_DOMAIN_STEP (step (f, "domain:home"));
  GtkWidget *one = ls_domain_step_get_rating_button (home, 1);
  GtkWidget *row = gtk_widget_get_ancestor (one, LS_TYPE_FOCUS_GROUP);

  _ls_conversation_page_go_to (f->page, "domain:home");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (one));
  /* The arrows move along the row... */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_RIGHT));
  g_assert_true (focus (f) == ls_domain_step_get_rating_button (home, 2));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_LEFT));
  g_assert_true (focus (f) == one);
  /* ...and stop at its end. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_LEFT));
  g_assert_true (focus (f) == one);
  /* Tab leaves the row, Shift+Tab comes back to the chosen rating. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ls_domain_step_get_rating_button (home, 6)), TRUE);
  gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD);
  g_assert_false (gtk_widget_is_ancestor (focus (f), row));
  gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_BACKWARD);
  g_assert_true (focus (f) == ls_domain_step_get_rating_button (home, 6));
}

static void
test_start_focus (Fixture       *f,
                  gconstpointer  data)
{
  /* A new conversation starts with the keyboard in its first field. */
  g_assert_cmpstr (_ls_conversation_page_get_current (f->page), ==, "participants");
  assert_focus_in_step (f, "participants");
}

static void
test_next_previous_focus (Fixture       *f,
                          gconstpointer  data)
{
  _ls_conversation_page_go_to (f->page, "matters");
  click (find_labelled (GTK_WIDGET (f->page), "Next Step"));
  g_assert_cmpstr (_ls_conversation_page_get_current (f->page), ==, "domain:home");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  assert_focus_in_step (f, "domain:home");
  click (find_labelled (GTK_WIDGET (f->page), "Previous Step"));
  g_assert_cmpstr (_ls_conversation_page_get_current (f->page), ==, "matters");
  assert_focus_in_step (f, "matters");
  g_assert_true (GTK_IS_TEXT_VIEW (focus (f)));
}

static void
test_skip_focus (Fixture       *f,
                 gconstpointer  data)
{
  _ls_conversation_page_go_to (f->page, "domain:home");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  click (find_labelled (step (f, "domain:home"), "Skip for Now"));
  g_assert_cmpstr (_ls_conversation_page_get_current (f->page), ==, "domain:selfcare");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  assert_focus_in_step (f, "domain:selfcare");
}

static void
test_stepper_focus (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *button = find_labelled (GTK_WIDGET (f->page), "Agreements");

  g_assert_true (gtk_widget_grab_focus (button));
  /* Enter on a step: the keyboard goes with it. */
  click (button);
  g_assert_cmpstr (_ls_conversation_page_get_current (f->page), ==, "agreements");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  assert_focus_in_step (f, "agreements");
}

static void
test_step_keys (Fixture       *f,
                gconstpointer  data)
{
  _ls_conversation_page_go_to (f->page, "matters");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  _ls_conversation_focus_step (step (f, "matters"));
  /* Even while typing in a text box. */
  g_assert_true (GTK_IS_TEXT_VIEW (focus (f)));
  g_assert_true (press (focus (f), "<Alt>Right"));
  g_assert_cmpstr (_ls_conversation_page_get_current (f->page), ==, "domain:home");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  assert_focus_in_step (f, "domain:home");
  g_assert_true (press (focus (f), "<Control>Page_Down"));
  g_assert_cmpstr (_ls_conversation_page_get_current (f->page), ==, "domain:selfcare");
  g_assert_true (press (focus (f), "<Control>Page_Up"));
  g_assert_cmpstr (_ls_conversation_page_get_current (f->page), ==, "domain:home");
  g_assert_true (press (focus (f), "<Alt>Left"));
  g_assert_cmpstr (_ls_conversation_page_get_current (f->page), ==, "matters");
}

static void
response (GtkWidget  *dialog,
          const char *id)
{
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), id);
}

/* The message dialog open over the window, if any. */
static GtkWidget *
question (Fixture *f)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

static void
done_cb (LsConversationPage *page,
         gboolean           *done)
{
  *done = TRUE;
}

/* Finish saves on the session's worker first, then the page is done. */
static gboolean
wait_done (gboolean *done)
{
  for (gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC; !*done && g_get_monotonic_time () < until;)
    g_main_context_iteration (NULL, FALSE);
  return *done;
}

static void
test_finish_with_skipped (Fixture       *f,
                          gconstpointer  data)
{
  LsConversationSession *session = _ls_conversation_page_get_session (f->page);
  gboolean done = FALSE;
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  g_signal_connect (f->page, "done", G_CALLBACK (done_cb), &done);
  ls_conversation_session_set_skipped (session, "selfcare", TRUE);
  ls_conversation_session_set_skipped (session, "work", TRUE);
  _ls_conversation_page_go_to (f->page, "agreements");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  click (find_labelled (step (f, "agreements"), "Finish Conversation"));
  /* Not finished: asked, with the areas named. */
  g_assert_false (done);
  dialog = question (f);
  g_assert_nonnull (dialog);
  body = g_strdup (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_nonnull (strstr (body, "Self-care and health"));
  g_assert_nonnull (strstr (body, "School, work and money"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "back"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "finish"));
  /* Back to the first skipped area. */
  response (dialog, "back");
  g_assert_false (done);
  g_assert_cmpstr (_ls_conversation_page_get_current (f->page), ==, "domain:selfcare");
  g_assert_cmpint (ls_sketch_get_status (ls_conversation_session_get_sketch (session)), ==, LS_SKETCH_IN_PROGRESS);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  /* Or finish anyway. */
  _ls_conversation_page_go_to (f->page, "agreements");
  click (find_labelled (step (f, "agreements"), "Finish Conversation"));
  response (question (f), "finish");
  g_assert_true (wait_done (&done));
  g_assert_cmpint (ls_sketch_get_status (ls_conversation_session_get_sketch (session)), ==, LS_SKETCH_FINISHED);
}

static void
test_finish_without_skipped (Fixture       *f,
                             gconstpointer  data)
{
  gboolean done = FALSE;

  g_signal_connect (f->page, "done", G_CALLBACK (done_cb), &done);
  _ls_conversation_page_go_to (f->page, "agreements");
  click (find_labelled (step (f, "agreements"), "Finish Conversation"));
  g_assert_true (wait_done (&done));
  g_assert_null (question (f));
}

/* The accessible name set on @widget, or NULL. */
static char *
accessible_name (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  /* Gives the value when it is not the one asked for. */
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                             "\x01 no name is this");
}

/* Buttons with a visible label whose accessible name leaves it out. */
static void
collect_misnamed (GtkWidget *widget,
                  GPtrArray *misnamed)
{
  const char *label = GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget)) : NULL;
  g_autofree char *name = label != NULL ? accessible_name (widget) : NULL;

  if (name != NULL && strstr (name, label) == NULL)
    g_ptr_array_add (misnamed, g_strdup_printf ("“%s” named “%s”", label, name));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_misnamed (child, misnamed);
}

static void
test_names_hold_labels (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) misnamed = g_ptr_array_new_with_free_func (g_free);

  collect_misnamed (GTK_WIDGET (f->page), misnamed);
  for (guint i = 0; i < misnamed->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (misnamed, i));
  g_assert_cmpuint (misnamed->len, ==, 0);
}

/* The caseload --------------------------------------------------------- */

static GtkWidget *
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
wait_until_listed (LsCaseloadView *view,
                   guint           n)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  GListModel *model;

  while (((model = ls_caseload_view_get_model (view)) == NULL || g_list_model_get_n_items (model) < n
          || ls_caseload_view_is_busy (view))
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
}

static void
test_caseload_one_stop (Fixture       *f,
                        gconstpointer  data)
{
  LsWindow *window = g_object_new (LS_TYPE_WINDOW, "default-width", 1000, "default-height", 700, NULL);
  LsCaseloadView *view = LS_CASELOAD_VIEW (template_child (window, LS_TYPE_WINDOW, "caseload_view"));
  GtkWidget *search = template_child (view, LS_TYPE_CASELOAD_VIEW, "search_entry");
  GtkWidget *list = template_child (view, LS_TYPE_CASELOAD_VIEW, "list_view");
  GtkRoot *root = GTK_ROOT (window);

  for (int i = 0; i < 30; i++)
    {
      g_autoptr(LsPerson) person = ls_person_new ();
      g_autofree char *name = g_strdup_printf ("Person%02d", i);

      ls_person_set_given_name (person, name);
      ls_person_set_family_name (person, "Testesen");
      g_assert_true (ls_store_save_person (f->store, person, NULL));
    }
  ls_window_set_store (window, f->store);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_listed (view, 31);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Into the list with Tab, one person down with the arrow, out with Tab. */
  g_assert_true (gtk_widget_grab_focus (search));
  for (int i = 0; i < 5 && !gtk_widget_is_ancestor (gtk_root_get_focus (root), list); i++)
    gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (root), list));
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_false (gtk_widget_is_ancestor (gtk_root_get_focus (root), list));
  /* Shift+Tab leaves the search field. */
  g_assert_true (gtk_widget_grab_focus (search));
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD);
  g_assert_false (gtk_widget_is_ancestor (gtk_root_get_focus (root), search));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every option of the "Show" filter has a name. */
static void
test_filter_options_named (Fixture       *f,
                           gconstpointer  data)
{
  LsCaseloadView *view = LS_CASELOAD_VIEW (ls_caseload_view_new ());
  GtkWidget *dropdown = template_child (view, LS_TYPE_CASELOAD_VIEW, "filter_dropdown");
  GtkWidget *walk;
  guint named = 0, items = 0;
  GPtrArray *stack = g_ptr_array_new ();

  gtk_window_set_child (f->window, GTK_WIDGET (view));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_signal_emit_by_name (dropdown, "activate");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_ptr_array_add (stack, dropdown);
  while (stack->len > 0)
    {
      walk = g_ptr_array_steal_index (stack, stack->len - 1);
      if (g_str_equal (G_OBJECT_TYPE_NAME (walk), "GtkListItemWidget") && gtk_widget_get_ancestor (walk, GTK_TYPE_POPOVER))
        {
          g_autofree char *name = accessible_name (walk);

          items++;
          if (name != NULL && *name != '\0')
            named++;
        }
      for (GtkWidget *child = gtk_widget_get_first_child (walk); child; child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  g_ptr_array_unref (stack);
  /* every option of the filter (All, Mine, My team, …) shown and named */
  g_assert_cmpuint (items, ==, g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown))));
  g_assert_cmpuint (items, >=, 4);
  g_assert_cmpuint (named, ==, items);
}

/* The person page --------------------------------------------------------- */

static void
store_ids (gint64     *ids,
           gint64      person_id,
           gint64      sketch_id,
           GtkWidget  *page)
{
  ids[0] = person_id;
  ids[1] = sketch_id;
}

/* An issued trial decision whose evaluation was due in June. */
static gint64
overdue_decision (Fixture *f)
{
  g_autoptr(LsDecision) decision = ls_decision_new ();
  g_autoptr(GDate) start = g_date_new_dmy (1, 1, 2026);
  g_autoptr(GDate) end = g_date_new_dmy (30, 6, 2099);
  g_autoptr(GDate) evaluation = g_date_new_dmy (15, 6, 2026);
  g_autoptr(GDate) issued = g_date_new_dmy (2, 1, 2026);
  g_autoptr(LsGoal) goal = ls_goal_new ();
  g_autoptr(GError) error = NULL;

  ls_decision_set_person_id (decision, f->person_id);
  ls_decision_set_decision_type (decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_start (decision, start);
  ls_decision_set_end (decision, end);
  ls_decision_set_evaluation_date (decision, evaluation);
  ls_decision_set_grounds (decision, "Grounds");
  ls_decision_set_legal_basis (decision, "hol § 3-2");
  ls_decision_set_prepared_by (decision, "kari");
  ls_goal_set_text (goal, "Cook dinner alone");
  for (int level = -2; level <= 2; level++)
    ls_goal_set_level_text (goal, level, level == 2 ? "Cooks three dinners a week alone" : "words");
  g_list_store_append (ls_decision_get_goals (decision), goal);
  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  g_assert_true (ls_store_issue_decision (f->store, decision, "lead", issued, FALSE, &error));
  g_assert_no_error (error);
  return ls_decision_get_id (decision);
}

static void
wait_for_content (LsWindow   *window,
                  const char *name)
{
  GtkStack *stack = GTK_STACK (template_child (window, LS_TYPE_WINDOW, "content_stack"));
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (g_strcmp0 (gtk_stack_get_visible_child_name (stack), name) != 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, name);
}

/* The row titled @title under @root. */
static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (ADW_IS_PREFERENCES_ROW (child)
          && g_str_has_suffix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title))
        return child;
      if ((hit = find_row (child, title)) != NULL)
        return hit;
    }
  return NULL;
}

static gboolean
looks_actionable (GtkWidget *row)
{
  return gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)) && gtk_widget_get_focusable (row);
}

/* Rows that look actionable act (the overdue evaluation opens from where
 * it is shown, the conversation in progress continues); the others
 * neither look it nor take focus. */
static void
test_person_rows (Fixture       *f,
                  gconstpointer  data)
{
  LsWindow *window = g_object_new (LS_TYPE_WINDOW, "default-width", 1000, "default-height", 800, NULL);
  GtkStack *stack = GTK_STACK (template_child (window, LS_TYPE_WINDOW, "content_stack"));
  gint64 decision_id = overdue_decision (f);
  GtkWidget *page, *due, *history, *contact, *conversation;
  gint64 requested[2] = { -1, -1 };

  ls_window_set_store (window, f->store);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_emit_by_name (template_child (window, LS_TYPE_WINDOW, "caseload_view"), "person-activated", f->person_id);
  wait_for_content (window, "person");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  page = gtk_stack_get_child_by_name (stack, "person");

  due = find_row (page, "Evaluation of the trial decision");
  g_assert_nonnull (due);
  g_assert_true (looks_actionable (due));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (due)), ==, "win.evaluate-decision");
  history = find_row (page, ": Trial decision");
  g_assert_nonnull (history);
  g_assert_true (looks_actionable (history));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (history)), ==, "win.open-decision");
  contact = find_row (page, "Contact");
  g_assert_nonnull (contact);
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (contact)));
  g_assert_false (gtk_widget_get_focusable (contact));

  /* Enter on the overdue evaluation opens it. */
  g_signal_emit_by_name (due, "activate");
  wait_for_content (window, "decisions");
  {
    GtkWidget *shown = gtk_stack_get_visible_child (stack);
    GtkWidget *found = NULL;
    GPtrArray *todo = g_ptr_array_new ();

    g_ptr_array_add (todo, shown);
    while (todo->len > 0 && found == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (todo, todo->len - 1);

        if (LS_IS_EVALUATION_PAGE (w))
          found = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (todo, c);
      }
    g_ptr_array_unref (todo);
    g_assert_nonnull (found);
  }
  (void) decision_id;

  /* A conversation in progress: its due row continues it. */
  {
    g_autoptr(LsSketch) sketch = ls_sketch_new ();
    g_autoptr(GDate) today = g_date_new_dmy (1, 12, 2026);

    ls_sketch_set_person_id (sketch, f->person_id);
    ls_sketch_set_date (sketch, today);
    g_assert_true (ls_store_save_sketch (f->store, sketch, NULL));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-person", "x", f->person_id));
  wait_for_content (window, "person");
  conversation = find_row (page, "Finish the life-sketch conversation");
  g_assert_nonnull (conversation);
  g_assert_true (looks_actionable (conversation));
  g_signal_connect_swapped (page, "conversation-requested", G_CALLBACK (store_ids), requested);
  g_signal_emit_by_name (conversation, "activate");
  g_assert_cmpint (requested[0], ==, f->person_id);
  g_assert_cmpint (requested[1], >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each level of a goal reads its goal and its words, as shown. */
static void
test_goal_level_names (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *page = ls_evaluation_page_new (f->store, overdue_decision (f), &error);
  GPtrArray *todo = g_ptr_array_new ();
  guint levels = 0;

  g_assert_no_error (error);
  gtk_window_set_child (f->window, page);
  g_ptr_array_add (todo, page);
  while (todo->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (todo, todo->len - 1);
      const char *text = g_object_get_data (G_OBJECT (w), "text");

      if (GTK_IS_TOGGLE_BUTTON (w) && g_object_get_data (G_OBJECT (w), "goal") != NULL && text != NULL)
        {
          g_autofree char *name = accessible_name (w);

          g_test_message ("%s", name);
          g_assert_nonnull (name);
          g_assert_true (g_str_has_prefix (name, "Goal 1: Cook dinner alone — level "));
          g_assert_nonnull (strstr (name, text));
          if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (w), "score")) == 2)
            g_assert_nonnull (strstr (name, "Cooks three dinners a week alone"));
          levels++;
        }
      for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (todo, c);
    }
  g_ptr_array_unref (todo);
  g_assert_cmpuint (levels, ==, 5);
}

/* The level buttons of the first goal under @root, +2 first. */
static void
collect_levels (GtkWidget *root,
                GPtrArray *levels)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      if (GTK_IS_TOGGLE_BUTTON (c) && g_object_get_data (G_OBJECT (c), "goal") != NULL)
        g_ptr_array_add (levels, c);
      collect_levels (c, levels);
    }
}

/* A goal's five levels are one tab stop; the arrows move between them,
 * and coming back lands on the chosen level. */
static void
test_goal_levels_one_stop (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *page = ls_evaluation_page_new (f->store, overdue_decision (f), &error);
  g_autoptr(GPtrArray) levels = g_ptr_array_new ();
  GtkWidget *top, *group;

  g_assert_no_error (error);
  gtk_window_set_child (f->window, page);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  collect_levels (page, levels);
  g_assert_cmpuint (levels->len, ==, 5);
  top = g_ptr_array_index (levels, 0);
  group = gtk_widget_get_ancestor (top, LS_TYPE_FOCUS_GROUP);
  g_assert_nonnull (group);

  g_assert_true (gtk_widget_grab_focus (top));
  /* Tab leaves the goal's levels at once. */
  gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD);
  g_assert_nonnull (focus (f));
  g_assert_false (gtk_widget_is_ancestor (focus (f), group));
  /* The arrows move down and up the levels. */
  g_assert_true (gtk_widget_grab_focus (top));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_DOWN));
  g_assert_true (focus (f) == g_ptr_array_index (levels, 1));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_UP));
  g_assert_true (focus (f) == top);
  /* Shift+Tab from after the levels comes back to the chosen one. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (g_ptr_array_index (levels, 2)), TRUE);
  gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD);
  g_assert_false (gtk_widget_is_ancestor (focus (f), group));
  gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_BACKWARD);
  g_assert_true (focus (f) == g_ptr_array_index (levels, 2));
}

static GtkWidget *
find_wheel (GtkWidget *root)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *hit;

      if (LS_IS_WHEEL_VIEW (c))
        return c;
      if ((hit = find_wheel (c)) != NULL)
        return hit;
    }
  return NULL;
}

/* The person page's wheel is one tab stop; the arrows go round it. */
static void
test_wheel_one_stop (Fixture       *f,
                     gconstpointer  data)
{
  LsWindow *window = g_object_new (LS_TYPE_WINDOW, "default-width", 1000, "default-height", 800, NULL);
  GtkStack *stack = GTK_STACK (template_child (window, LS_TYPE_WINDOW, "content_stack"));
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(GDate) today = g_date_new_dmy (1, 12, 2026);
  LsWheelView *wheel;
  GtkWidget *first;

  ls_sketch_set_person_id (sketch, f->person_id);
  ls_sketch_set_date (sketch, today);
  ls_sketch_set_status (sketch, LS_SKETCH_FINISHED);
  g_assert_true (ls_store_save_sketch (f->store, sketch, NULL));
  ls_window_set_store (window, f->store);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_emit_by_name (template_child (window, LS_TYPE_WINDOW, "caseload_view"), "person-activated", f->person_id);
  wait_for_content (window, "person");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  wheel = LS_WHEEL_VIEW (find_wheel (gtk_stack_get_child_by_name (stack, "person")));
  g_assert_nonnull (wheel);
  g_assert_cmpuint (ls_wheel_view_get_n_segments (wheel), >, 2);
  first = ls_wheel_view_get_segment_widget (wheel, 0);

  g_assert_true (gtk_widget_grab_focus (first));
  /* Tab leaves the wheel at once... */
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_nonnull (gtk_root_get_focus (GTK_ROOT (window)));
  g_assert_false (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (wheel)));
  /* ...and Shift+Tab comes back into it. */
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (wheel)));
  /* The arrows go round the segments, both ways. */
  g_assert_true (gtk_widget_grab_focus (first));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_RIGHT));
  g_assert_cmpint (ls_wheel_view_get_focused_segment (wheel), ==, 1);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_LEFT));
  g_assert_cmpint (ls_wheel_view_get_focused_segment (wheel), ==, 0);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_UP));
  g_assert_cmpint (ls_wheel_view_get_focused_segment (wheel), ==,
                   (int) ls_wheel_view_get_n_segments (wheel) - 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/keyboard/tab-stops-per-area", test_tab_stops_per_area);
  ADD ("/ui/keyboard/rating-row-arrows", test_rating_row_arrows);
  ADD ("/ui/keyboard/start-focus", test_start_focus);
  ADD ("/ui/keyboard/next-previous-focus", test_next_previous_focus);
  ADD ("/ui/keyboard/skip-focus", test_skip_focus);
  ADD ("/ui/keyboard/stepper-focus", test_stepper_focus);
  ADD ("/ui/keyboard/step-keys", test_step_keys);
  ADD ("/ui/keyboard/finish-with-skipped", test_finish_with_skipped);
  ADD ("/ui/keyboard/finish-without-skipped", test_finish_without_skipped);
  ADD ("/ui/keyboard/names-hold-labels", test_names_hold_labels);
  ADD ("/ui/keyboard/caseload-one-stop", test_caseload_one_stop);
  ADD ("/ui/keyboard/filter-options-named", test_filter_options_named);
  ADD ("/ui/keyboard/person-rows", test_person_rows);
  ADD ("/ui/keyboard/goal-level-names", test_goal_level_names);
  ADD ("/ui/keyboard/goal-levels-one-stop", test_goal_levels_one_stop);
  ADD ("/ui/keyboard/wheel-one-stop", test_wheel_one_stop);
#undef ADD
  return g_test_run ();
}
