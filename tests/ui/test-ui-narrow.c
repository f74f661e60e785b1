/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every main page works in a window 360 px wide, in English, Bokmål and
 * Nynorsk (Norwegian words are often the longer; meson runs this program
 * once for each, with LANGUAGE set): the window really gets
 * that narrow, and every control shown lies inside it (nothing cut at the
 * sides, nothing under the window's edge). */
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ls-application-dialog.h"
#include "ls-conflict-dialog.h"
#include "ls-exchange-dialog.h"
#include "ls-conversation-page-private.h"
#include "ls-export-dialog.h"
#include "ls-handover-window.h"
#include "ls-i18n.h"
#include "ls-person-dialog.h"
#include "ls-person-reads-window.h"
#include "ls-preferences-window.h"
#include "ls-presentation-window.h"
#include "ls-store-decisions.h"
#include "ls-store-sketches.h"
#include "ls-test-display.h"
#include "ls-test-util.h"
#include "ls-wheel-view.h"
#include "ls-window.h"

#define NARROW 360
#define TALL 720

static char *data_dir;
static char *config_dir;
static char *database;

static void
make_demo (void)
{
  const char *args[] = { "demo", "--persons", "10", "--database", database, NULL };

  ls_test_run_cli (args);
}

static LsStore *
open_demo (void)
{
  g_autoptr(GError) error = NULL;
  LsStore *store = ls_store_open (database, LS_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  return store;
}

static GtkWidget *
template_child (GtkWidget  *widget,
                GType       type,
                const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

/* Lets the window take its new size and lay itself out. */
static void
settle (GtkWidget *window)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 5;

  gtk_test_widget_wait_for_draw (window);
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  gtk_test_widget_wait_for_draw (window);
}

static GString *
describe (GtkWidget *widget)
{
  GString *text = g_string_new (G_OBJECT_TYPE_NAME (widget));
  g_auto(GStrv) classes = gtk_widget_get_css_classes (widget);

  for (guint i = 0; classes[i] != NULL; i++)
    g_string_append_printf (text, ".%s", classes[i]);
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, " “%s”", gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    g_string_append_printf (text, " “%s”", gtk_button_get_label (GTK_BUTTON (widget)));
  return text;
}

/* Why a window will not get narrower: the path of widgets whose minimum
 * width is the largest, down to the one that asks for it. */
static void
print_widest_path (GtkWidget *widget,
                   int        depth)
{
  GtkWidget *widest = NULL;
  int widest_min = -1;
  int min;
  g_autoptr(GString) text = describe (widget);

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_test_message ("%*s%s: min width %d", depth * 2, "", text->str, min);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      int child_min;

      if (!gtk_widget_get_visible (c) || GTK_IS_NATIVE (c))
        continue;
      gtk_widget_measure (c, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
      if (child_min > widest_min)
        widest = c, widest_min = child_min;
    }
  if (widest != NULL && widest_min > NARROW / 2)
    {
      print_widest_path (widest, depth + 1);
      return;
    }
  /* Side by side, they add up. */
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (gtk_widget_get_visible (c) && !GTK_IS_NATIVE (c))
      {
        g_autoptr(GString) child_text = describe (c);

        gtk_widget_measure (c, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
        g_test_message ("%*s%s: min width %d", depth * 2 + 2, "", child_text->str, min);
      }
}

/* A control: what can take focus, and what shows something itself (a
 * label, an icon, a drawing): the widgets without children. A scrollbar's
 * insides are its own business. */
static gboolean
is_control (GtkWidget *widget)
{
  return gtk_widget_get_focusable (widget) || gtk_widget_get_first_child (widget) == NULL;
}

/* Counts the controls of @window shown (partly) outside it; in a scrolled
 * window only the sides count (what is below is scrolled to). */
static guint
count_outside (GtkWidget  *window,
               GtkWidget  *widget,
               gboolean    scrolled,
               const char *page)
{
  guint outside = 0;
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget) || GTK_IS_SCROLLBAR (widget))
    return 0;
  if (widget != window && GTK_IS_NATIVE (widget))
    return 0;
  if (widget != window && is_control (widget) && gtk_widget_compute_bounds (widget, window, &bounds)
      && bounds.size.width > 0 && bounds.size.height > 0)
    {
      float right = bounds.origin.x + bounds.size.width;
      float bottom = bounds.origin.y + bounds.size.height;

      if (bounds.origin.x < -0.5f || right > gtk_widget_get_width (window) + 0.5f
          || (!scrolled && (bounds.origin.y < -0.5f || bottom > gtk_widget_get_height (window) + 0.5f)))
        {
          g_autoptr(GString) text = describe (widget);

          g_test_message ("%s: %s at x %.0f…%.0f, y %.0f…%.0f is outside the window (%d × %d)",
                          page, text->str, bounds.origin.x, right, bounds.origin.y, bottom,
                          gtk_widget_get_width (window), gtk_widget_get_height (window));
          outside++;
        }
    }
  scrolled = scrolled || GTK_IS_SCROLLED_WINDOW (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    outside += count_outside (window, c, scrolled, page);
  return outside;
}

/* @window is at most 360 px wide (what it needs too), and all it shows is
 * inside it. Every page is checked, and all that is wrong is reported,
 * before the test fails. */
static void
assert_fits (GtkWidget  *window,
             const char *page)
{
  guint outside;

  gtk_window_set_default_size (GTK_WINDOW (window), NARROW, TALL);
  settle (window);
  if (gtk_widget_get_width (window) > NARROW)
    {
      g_test_message ("%s: the window is %d px wide", page, gtk_widget_get_width (window));
      print_widest_path (window, 0);
      g_test_fail_printf ("%s: the window is %d px wide, not %d", page, gtk_widget_get_width (window), NARROW);
      return;
    }
  outside = count_outside (window, window, FALSE, page);
  if (outside > 0)
    g_test_fail_printf ("%s: %u widgets are outside the window", page, outside);
}

/* Runs the main loop while the window reads the page it opens. */
static void
wait_opened (LsWindow *window)
{
  GtkStack *stack = GTK_STACK (template_child (GTK_WIDGET (window), LS_TYPE_WINDOW, "content_stack"));
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "opening") == 0
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), !=, "opening");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), !=, "opening-failed");
}

static LsWindow *
open_window (LsStore *store)
{
  LsWindow *window = g_object_new (LS_TYPE_WINDOW, "store", store, "default-width", NARROW,
                                   "default-height", TALL, NULL);

  gtk_window_present (GTK_WINDOW (window));
  settle (GTK_WIDGET (window));
  return window;
}

static void
activate (LsWindow   *window,
          const char *action,
          gint64      id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, id != 0 ? "x" : NULL, id));
  wait_opened (window);
}

static void
test_caseload (void)
{
  g_autoptr(LsStore) store = open_demo ();
  LsWindow *window = open_window (store);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-caseload", NULL));
  assert_fits (GTK_WIDGET (window), "caseload");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_person_pages (void)
{
  g_autoptr(LsStore) store = open_demo ();
  LsWindow *window = open_window (store);

  /* One with a draft, one with an issued decision, one after evaluations. */
  activate (window, "win.show-person", 1);
  assert_fits (GTK_WIDGET (window), "person 1");
  activate (window, "win.show-person", 2);
  assert_fits (GTK_WIDGET (window), "person 2");
  activate (window, "win.show-person", 4);
  assert_fits (GTK_WIDGET (window), "person 4");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-decisions", NULL));
  wait_opened (window);
  assert_fits (GTK_WIDGET (window), "decisions of person 4");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first widget under @root, depth first, that @match accepts. */
static GtkWidget *
find_widget (GtkWidget *root,
             gboolean (*match) (GtkWidget *widget, gconstpointer data),
             gconstpointer data)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *hit;

      if (match (c, data))
        return c;
      if ((hit = find_widget (c, match, data)) != NULL)
        return hit;
    }
  return NULL;
}

static gboolean
has_type (GtkWidget     *widget,
          gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  return find_widget (root, has_type, GSIZE_TO_POINTER (type));
}

/* No label under @root that is shown has its text ellipsized. */
static void
assert_nothing_cut_short (GtkWidget  *root,
                          const char *what)
{
  g_assert_nonnull (root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      if (!gtk_widget_get_mapped (c))
        continue;
      if (GTK_IS_LABEL (c) && pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (c))))
        g_test_fail_printf ("%s: “%s” is cut short", what, gtk_label_get_text (GTK_LABEL (c)));
      assert_nothing_cut_short (c, what);
    }
}

/* The wheel under @root is no taller than its width and its legend's rows
 * need: no blank band above and below a disc the narrow window made small. */
static void
assert_wheel_not_padded (GtkWidget  *root,
                         const char *page)
{
  GtkWidget *wheel = find_type (root, LS_TYPE_WHEEL_VIEW);

  g_assert_nonnull (wheel);
  g_assert_cmpint (gtk_widget_get_width (wheel), >=, 240);
  if (gtk_widget_get_height (wheel) > gtk_widget_get_width (wheel) + 100)
    g_test_fail_printf ("%s: the wheel is %d px wide and %d px tall", page, gtk_widget_get_width (wheel),
                        gtk_widget_get_height (wheel));
}

static void
test_decision_pages (void)
{
  g_autoptr(LsStore) store = open_demo ();
  LsWindow *window = open_window (store);
  g_autoptr(LsDecision) later = NULL;
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                                           g_date_time_get_year (now));
  g_autoptr(GError) error = NULL;

  activate (window, "win.open-decision", 1);
  assert_fits (GTK_WIDGET (window), "draft decision");
  activate (window, "win.open-decision", 2);
  assert_fits (GTK_WIDGET (window), "issued decision");
  activate (window, "win.evaluate-decision", 12);
  assert_fits (GTK_WIDGET (window), "evaluation");
  /* The person has talked again since the decision: its wheel is shown. */
  later = ls_store_load_decision (store, 12, &error);
  g_assert_no_error (error);
  ls_sketch_set_person_id (sketch, ls_decision_get_person_id (later));
  ls_sketch_set_date (sketch, today);
  ls_sketch_set_status (sketch, LS_SKETCH_FINISHED);
  ls_domain_reading_set_self_rating (ls_sketch_ensure_reading (sketch, "home"), 6);
  g_assert_true (ls_store_save_sketch (store, sketch, &error));
  g_assert_no_error (error);
  activate (window, "win.evaluate-decision", 12);
  assert_fits (GTK_WIDGET (window), "evaluation with new readings");
  assert_wheel_not_padded (GTK_WIDGET (window), "evaluation with new readings");
  activate (window, "win.service-plan", 2);
  assert_fits (GTK_WIDGET (window), "service plan");
  activate (window, "win.team-view", 0);
  assert_fits (GTK_WIDGET (window), "team overview");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every step of a conversation continued on person 2's sketch. */
/* A shown button that runs the action named @action. */
static gboolean
runs_action (GtkWidget     *widget,
             gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* The conversation's toolbar in a window @width px wide: its title has the
 * room first (whole when @title_whole), and Show to Person and Pause show
 * their words together, or their icons at the icons' width, never an icon
 * in a button as wide as its words. */
static void
assert_toolbar (GtkWidget *window,
                GtkWidget *page,
                int        width,
                gboolean   title_whole)
{
  const char *actions[] = { "conversation.show-own-view", "conversation.pause" };
  g_autofree char *what = g_strdup_printf ("the conversation's toolbar at %d px", width);
  GtkWidget *button = NULL;
  guint words = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), width, TALL);
  settle (window);
  g_assert_cmpint (gtk_widget_get_width (window), >, width - 20);   /* (less its frame) */
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWidget *shown;
      int minimum, natural;

      button = find_widget (page, runs_action, actions[i]);
      g_assert_nonnull (button);
      shown = adw_squeezer_get_visible_child (ADW_SQUEEZER (gtk_button_get_child (GTK_BUTTON (button))));
      gtk_widget_measure (button, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
      /* (words are shown only where they fit: the squeezer's rule) */
      if (GTK_IS_LABEL (shown))
        words++;
      else if (gtk_widget_get_width (button) > minimum)
        g_test_fail_printf ("%s: %s is %d px wide for its icon (%d would do; its words need %d)", what,
                            actions[i], gtk_widget_get_width (button), minimum, natural);
    }
  if (words != 0 && words != G_N_ELEMENTS (actions))
    g_test_fail_printf ("%s: %u of the buttons show their words", what, words);
  /* (button → the buttons' box → the room they take → the toolbar) */
  if (title_whole)
    assert_nothing_cut_short (gtk_widget_get_parent (gtk_widget_get_parent (gtk_widget_get_parent (button))), what);
}

static void
test_conversation_steps (void)
{
  g_autoptr(LsStore) store = open_demo ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sketches = ls_store_list_sketches (store, 2, &error);
  LsWindow *window;
  GtkWidget *page;
  GtkStack *steps;
  g_autoptr(GListModel) pages = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (sketches->len, >, 0);
  window = open_window (store);
  activate (window, "win.show-person", 2);
  g_signal_emit_by_name (gtk_stack_get_child_by_name (GTK_STACK (template_child (GTK_WIDGET (window), LS_TYPE_WINDOW,
                                                                                "content_stack")), "person"),
                         "conversation-requested", (gint64) 2,
                         ls_sketch_get_id (g_ptr_array_index (sketches, sketches->len - 1)));
  wait_opened (window);
  page = find_type (GTK_WIDGET (window), LS_TYPE_CONVERSATION_PAGE);
  g_assert_nonnull (page);
  steps = GTK_STACK (find_type (page, GTK_TYPE_STACK));
  pages = G_LIST_MODEL (gtk_stack_get_pages (steps));
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(GObject) step = g_list_model_get_item (pages, i);
      const char *name = gtk_stack_page_get_name (GTK_STACK_PAGE (step));
      g_autofree char *what = g_strdup_printf ("conversation step “%s”", name);

      _ls_conversation_page_go_to (LS_CONVERSATION_PAGE (page), name);
      assert_fits (GTK_WIDGET (window), what);
      if (g_str_equal (name, "summary"))
        assert_wheel_not_padded (gtk_stack_get_child_by_name (steps, name), what);
    }
  assert_toolbar (GTK_WIDGET (window), page, NARROW, FALSE);
  assert_toolbar (GTK_WIDGET (window), page, 700, FALSE);
  assert_toolbar (GTK_WIDGET (window), page, 1100, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The person's own view: the wheel, each life area and the week. */
static void
test_own_view (void)
{
  g_autoptr(LsStore) store = open_demo ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sketches = ls_store_list_sketches (store, 2, &error);
  LsPresentationWindow *window;

  g_assert_no_error (error);
  window = ls_presentation_window_new_for_sketch (NULL, store,
                                                  ls_sketch_get_id (g_ptr_array_index (sketches, sketches->len - 1)),
                                                  &error);
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), NARROW, TALL);
  gtk_window_present (GTK_WINDOW (window));
  assert_fits (GTK_WIDGET (window), "own view, the wheel");
  for (int i = 0; i < 9; i++)
    {
      g_autofree char *what = g_strdup_printf ("own view, life area %d", i + 1);

      ls_presentation_window_show_domain (window, i);
      assert_fits (GTK_WIDGET (window), what);
    }
  ls_presentation_window_show_week (window);
  assert_fits (GTK_WIDGET (window), "own view, your week");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_dialog (void)
{
  g_autoptr(LsStore) store = open_demo ();
  GtkWidget *dialog = ls_export_dialog_new (NULL, store, LS_DOCUMENT_DECISION, 2);

  gtk_window_present (GTK_WINDOW (dialog));
  assert_fits (dialog, "export preview");
  /* A title cut short ("Eksporter …") reads as a second Export button. */
  assert_nothing_cut_short (find_type (dialog, ADW_TYPE_HEADER_BAR), "export preview's header");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The dialogs a caseworker meets when someone else changed the same
 * thing: the conflict dialog (theirs beside mine, three choices), the
 * person dialog and the handover. */
static void
test_conflict_dialogs (void)
{
  g_autoptr(LsStore) store = open_demo ();
  g_autoptr(GDateTime) at = g_date_time_new_local (2026, 12, 4, 18, 45, 0);
  GtkWidget *dialog = ls_conflict_dialog_new ("Phone\n22222222\n\nAddress\nStorgata 1",
                                              "Phone\n44444444\n\nAddress\nStorgata 1", "Kari Kollega", at);
  LsHandoverWindow *handover;

  gtk_window_set_default_size (GTK_WINDOW (dialog), NARROW, TALL);
  gtk_window_present (GTK_WINDOW (dialog));
  assert_fits (dialog, "conflict dialog");
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = ls_person_dialog_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (dialog), NARROW, TALL);
  gtk_window_present (GTK_WINDOW (dialog));
  assert_fits (dialog, "person dialog");
  gtk_window_destroy (GTK_WINDOW (dialog));

  handover = ls_handover_window_new (NULL, store, 2, NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (handover), NARROW, TALL);
  gtk_window_present (GTK_WINDOW (handover));
  while (ls_handover_window_is_busy (handover))
    g_main_context_iteration (NULL, TRUE);
  assert_fits (GTK_WIDGET (handover), "handover");
  gtk_window_destroy (GTK_WINDOW (handover));
}

/* Shows @window at the narrow size and checks it. */
static void
assert_window_fits (GtkWidget  *window,
                    const char *what)
{
  gtk_window_set_default_size (GTK_WINDOW (window), NARROW, TALL);
  gtk_window_present (GTK_WINDOW (window));
  assert_fits (window, what);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The other windows a caseworker opens from the person page and the menu. */
static void
test_other_windows (void)
{
  g_autoptr(LsStore) store = open_demo ();
  g_autofree char *letterhead = g_build_filename (data_dir, "letterhead.ini", NULL);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  g_autoptr(GError) error = NULL;
  LsPersonReadsWindow *reads;

  assert_window_fits (ls_application_dialog_new (NULL, store, 2), "new application");
  assert_window_fits (GTK_WIDGET (ls_exchange_dialog_new (NULL, store, LS_EXCHANGE_EXPORT, 2)), "export case");
  assert_window_fits (GTK_WIDGET (ls_exchange_dialog_new (NULL, store, LS_EXCHANGE_IMPORT, 0)), "import cases");
  assert_window_fits (ls_preferences_window_new (NULL, letterhead), "preferences");
  /* Someone opened the person's file, so the list has a row to show. */
  g_assert_true (ls_store_audit (store, 2, "person", 2, LS_AUDIT_READ, &error));
  g_assert_no_error (error);
  reads = ls_person_reads_window_new (NULL, store, 2);
  gtk_window_set_default_size (GTK_WINDOW (reads), NARROW, TALL);
  gtk_window_present (GTK_WINDOW (reads));
  while (ls_person_reads_window_get_n_reads (reads) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (ls_person_reads_window_get_n_reads (reads), >, 0);
  assert_fits (GTK_WIDGET (reads), "who opened the person's file");
  gtk_window_destroy (GTK_WINDOW (reads));
}

/* The words of the language the run was started in, checked once: a
 * C library that ignored LANGUAGE would test English three times. */
static void
check_language (void)
{
  const char *language = g_getenv ("LANGUAGE");

  if (g_strcmp0 (language, "nb") == 0)
    g_assert_cmpstr (_("People"), ==, "Personer");
  else if (g_strcmp0 (language, "nn") == 0)
    g_assert_cmpstr (_("People"), ==, "Personar");
  else
    g_assert_cmpstr (_("People"), ==, "People");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  config_dir = ls_test_mkdtemp ();
  data_dir = ls_test_mkdtemp ();
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  database = g_build_filename (data_dir, "demo.db", NULL);

  /* LANGUAGE (meson runs this once for en, nb and nn), before any thread. */
  ls_i18n_init ();
  LS_TEST_INIT_DISPLAY (&argc, &argv);
  check_language ();
  /* Each page is checked as it ends up, not halfway through a transition. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  make_demo ();
  g_test_add_func ("/ui/narrow/caseload", test_caseload);
  g_test_add_func ("/ui/narrow/person-pages", test_person_pages);
  g_test_add_func ("/ui/narrow/decision-pages", test_decision_pages);
  g_test_add_func ("/ui/narrow/conversation-steps", test_conversation_steps);
  g_test_add_func ("/ui/narrow/own-view", test_own_view);
  g_test_add_func ("/ui/narrow/export-dialog", test_export_dialog);
  g_test_add_func ("/ui/narrow/conflict-dialogs", test_conflict_dialogs);
  g_test_add_func ("/ui/narrow/other-windows", test_other_windows);
  status = g_test_run ();
  ls_test_rmdir (config_dir);
  ls_test_rmdir (data_dir);
  return status;
}
