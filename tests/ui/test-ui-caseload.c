/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The caseload on 10 000 invented persons: the list loads lazily, search
 * and filters answer from the worker thread, stale answers are dropped,
 * the person page shows (and audits) the chosen person, and no page that
 * reads a person's data waits on the main thread for another program. */
#include <math.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ls-caseload-query.h"
#include "ls-caseload-row.h"
#include "ls-caseload-view.h"
#include "ls-conversation-page.h"
#include "ls-db-sqlite-private.h"
#include "ls-decision-editor.h"
#include "ls-evaluation-page.h"
#include "ls-national-id.h"
#include "ls-person-list.h"
#include "ls-person-dialog.h"
#include "ls-person-page.h"
#include "ls-service-plan-editor.h"
#include "ls-store-caseload.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-store-teams.h"
#include "ls-test-display.h"
#include "ls-test-util.h"
#include "ls-timeline.h"
#include "ls-window.h"

#define N_PERSONS 10000

static char *dir;
static char *path;
static LsStore *store;

static GtkWidget *
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static LsCaseloadView *
caseload_of (LsWindow *window)
{
  return LS_CASELOAD_VIEW (child (window, LS_TYPE_WINDOW, "caseload_view"));
}

/* The window's person page, made when a person was first shown. */
static LsPersonPage *
person_page_of (LsWindow *window)
{
  GtkWidget *page = gtk_stack_get_child_by_name (GTK_STACK (child (window, LS_TYPE_WINDOW, "content_stack")), "person");

  g_assert_true (LS_IS_PERSON_PAGE (page));
  return LS_PERSON_PAGE (page);
}

static void
count_cb (LsCaseloadView *view,
          guint          *count)
{
  (*count)++;
}

/* Runs the main loop until *count answers were shown and none is pending. */
static void
wait_for_count (LsCaseloadView *view,
                guint          *count)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while ((*count == 0 || ls_caseload_view_is_busy (view)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (*count, >, 0);
  g_assert_false (ls_caseload_view_is_busy (view));
}

/* Runs the main loop until the view has shown a new answer. */
static void
wait_for_answer (LsCaseloadView *view)
{
  guint count = 0;
  gulong id = g_signal_connect (view, "query-done", G_CALLBACK (count_cb), &count);

  wait_for_count (view, &count);
  g_signal_handler_disconnect (view, id);
}

/* The person at @position of @model, once read: the whole list reads a
 * page on a worker and shows a placeholder (id 0) until it arrives. */
static LsPerson *
person_at (GListModel *model,
           guint       position)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  LsPerson *person = g_list_model_get_item (model, position);

  while (person != NULL && ls_person_get_id (person) == 0 && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, TRUE);
      g_object_unref (person);
      person = g_list_model_get_item (model, position);
    }
  g_assert_nonnull (person);
  g_assert_cmpint (ls_person_get_id (person), !=, 0);
  return person;
}

/* A window whose caseload shows the whole list. */
static LsWindow *
open_window (void)
{
  LsWindow *window = g_object_new (LS_TYPE_WINDOW, "default-width", 1000, "default-height", 700, NULL);
  LsCaseloadView *view = caseload_of (window);
  guint count = 0;
  gulong id = g_signal_connect (view, "query-done", G_CALLBACK (count_cb), &count);

  ls_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_count (view, &count);
  g_signal_handler_disconnect (view, id);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

/* Audit rows that say a list of persons was read. */
static gint64
count_list_reads (const char *db)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT count(*) FROM audit WHERE action = 'read'"
                                               " AND object_type = 'person-list' AND person_id IS NULL",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  return n;
}

static void
test_lazy_list (void)
{
  LsWindow *window = open_window ();
  LsCaseloadView *view = caseload_of (window);
  GListModel *model = ls_caseload_view_get_model (view);
  GtkWidget *list = child (view, LS_TYPE_CASELOAD_VIEW, "list_view");
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));

  g_assert_true (LS_IS_PERSON_LIST (model));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_PERSONS);
  /* Only what is on screen (and a little around it) was read. */
  g_assert_cmpuint (ls_person_list_get_n_cached_pages (LS_PERSON_LIST (model)), <=, 3);

  /* Jump to the end: still only a few pages in memory. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpuint (ls_person_list_get_n_cached_pages (LS_PERSON_LIST (model)), <=, 8);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* At "query-done" of a new window: the rows GTK 4.8's list view makes
 * for its first frame, read by now. */
static void
start_read_cb (LsCaseloadView *view,
               guint          *placeholders)
{
  GListModel *model = ls_caseload_view_get_model (view);
  guint n = MIN (g_list_model_get_n_items (model), LS_CASELOAD_ROWS_MADE);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsPerson) person = g_list_model_get_item (model, i);

      if (ls_person_get_id (person) == 0)
        (*placeholders)++;
    }
}

/* The window's first answer holds every person its list view makes a row
 * for before the first frame (read with the count, in whole pages), so no
 * row is bound to a placeholder and bound again when its page arrives. */
static void
test_start_fills_rows (void)
{
  LsWindow *window = g_object_new (LS_TYPE_WINDOW, "default-width", 1000, "default-height", 700, NULL);
  LsCaseloadView *view = caseload_of (window);
  GtkWidget *list = child (view, LS_TYPE_CASELOAD_VIEW, "list_view");
  guint count = 0, placeholders = 0, rows = 0;
  gulong id = g_signal_connect (view, "query-done", G_CALLBACK (start_read_cb), &placeholders);
  gulong counting = g_signal_connect (view, "query-done", G_CALLBACK (count_cb), &count);

  ls_window_set_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_count (view, &count);
  g_signal_handler_disconnect (view, id);
  g_signal_handler_disconnect (view, counting);
  g_assert_cmpuint (placeholders, ==, 0);
  /* Three pages of 100, and no more read for the first frame. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpuint (ls_person_list_get_n_cached_pages (LS_PERSON_LIST (ls_caseload_view_get_model (view))), ==,
                    (LS_CASELOAD_ROWS_MADE + LS_PERSON_LIST_PAGE_SIZE - 1) / LS_PERSON_LIST_PAGE_SIZE);
  /* GTK made about 200 rows, each showing one of those persons. */
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *label = gtk_widget_get_first_child (row);
      GtkListItem *item = label != NULL ? g_object_get_data (G_OBJECT (label), "ls-list-item") : NULL;

      if (item == NULL)
        continue;
      rows++;
      g_assert_cmpuint (gtk_list_item_get_position (item), <, LS_CASELOAD_ROWS_MADE);
      g_assert_cmpint (ls_person_get_id (gtk_list_item_get_item (item)), !=, 0);
    }
  g_assert_cmpuint (rows, >=, 200);
  g_assert_cmpuint (rows, <=, LS_CASELOAD_ROWS_MADE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first row's label, after the window drew: the person's list name
 * over their details. */
static PangoAttrList *
first_row_attributes (LsWindow    *window,
                      GtkWidget  **row_label,
                      const char **text)
{
  GtkWidget *list = child (caseload_of (window), LS_TYPE_CASELOAD_VIEW, "list_view");
  GtkWidget *label = NULL;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  for (GtkWidget *row = gtk_widget_get_first_child (list); row && label == NULL; row = gtk_widget_get_next_sibling (row))
    if (LS_IS_CASELOAD_ROW (gtk_widget_get_first_child (row)) && gtk_widget_get_mapped (row))
      label = gtk_widget_get_first_child (row);
  g_assert_nonnull (label);
  *row_label = label;
  *text = pango_layout_get_text (ls_caseload_row_get_layout (LS_CASELOAD_ROW (label)));
  return pango_layout_get_attributes (ls_caseload_row_get_layout (LS_CASELOAD_ROW (label)));
}

/* The attribute of @type over byte @index of the label, or NULL. */
static PangoAttribute *
attribute_at (PangoAttrList *attributes,
              PangoAttrType  type,
              guint          index)
{
  g_autoptr(PangoAttrIterator) it = pango_attr_list_get_iterator (attributes);

  do
    {
      int start, end;

      pango_attr_iterator_range (it, &start, &end);
      if ((guint) start <= index && index < (guint) end)
        return pango_attr_iterator_get (it, type);
    }
  while (pango_attr_iterator_next (it));
  return NULL;
}

/* The alpha the details of the first row are drawn with. */
static guint
details_alpha (LsWindow *window)
{
  GtkWidget *label = NULL;
  const char *text = NULL;
  PangoAttrList *attributes = first_row_attributes (window, &label, &text);
  const char *details = strchr (text, '\n');
  PangoAttribute *alpha;

  g_assert_nonnull (details);
  alpha = attribute_at (attributes, PANGO_ATTR_FOREGROUND_ALPHA, details + 1 - text);
  g_assert_nonnull (alpha);
  return ((PangoAttrInt *) alpha)->value;
}

/* The alpha of the first row's details once the rows have taken the
 * style now in use: GTK gives the widgets a new style while it lays out
 * a frame, and the rows are shown again after it. A few frames at most;
 * a row never shown again keeps the old alpha and fails the caller. */
static double
details_alpha_settled (LsWindow *window,
                       double    expected)
{
  double alpha = details_alpha (window) / 65535.0;

  for (guint frames = 0; frames < 10 && fabs (alpha - expected) > 0.001; frames++)
    alpha = details_alpha (window) / 65535.0;
  return alpha;
}

/* A row is one text of two lines: the name in the heading style, then the details
 * in 9 pt and not bold, dimmed as a dim-label is (0.55 of the text's own
 * alpha, in the light and the dark style), not at all in high contrast. */
static void
test_row_text (void)
{
  LsWindow *window = open_window ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *label = NULL;
  const char *text = NULL;
  PangoAttrList *attributes = first_row_attributes (window, &label, &text);
  const char *details = strchr (text, '\n');
  PangoAttribute *weight, *size;
  GdkRGBA color;
  g_autoptr(GSettings) a11y = NULL;
  g_autoptr(GSettingsSchema) schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                                                       "org.gnome.desktop.a11y.interface", TRUE);

  g_assert_true (gtk_widget_has_css_class (label, "heading"));
  g_assert_nonnull (details);
  g_assert_nonnull (strchr (details + 1, ' '));
  g_assert_null (attribute_at (attributes, PANGO_ATTR_WEIGHT, 0));
  weight = attribute_at (attributes, PANGO_ATTR_WEIGHT, details + 1 - text);
  g_assert_nonnull (weight);
  g_assert_cmpint (((PangoAttrInt *) weight)->value, ==, PANGO_WEIGHT_NORMAL);
  size = attribute_at (attributes, PANGO_ATTR_SIZE, details + 1 - text);
  g_assert_nonnull (size);
  g_assert_cmpint (((PangoAttrSize *) size)->size, ==, 9 * PANGO_SCALE);
  g_assert_null (attribute_at (attributes, PANGO_ATTR_FOREGROUND_ALPHA, 0));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (label), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_cmpfloat_with_epsilon (details_alpha_settled (window, color.alpha * 0.55), color.alpha * 0.55, 0.001);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));
  g_assert_cmpfloat_with_epsilon (details_alpha_settled (window, 0.55), 0.55, 0.001);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_cmpfloat_with_epsilon (details_alpha_settled (window, color.alpha * 0.55), color.alpha * 0.55, 0.001);

  if (schema == NULL || !g_settings_schema_has_key (schema, "high-contrast"))
    {
      g_test_message ("no org.gnome.desktop.a11y.interface schema: high contrast not checked");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_settings_set_boolean (a11y, "high-contrast", TRUE);
  while (!adw_style_manager_get_high_contrast (style))
    g_main_context_iteration (NULL, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (label), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_cmpfloat_with_epsilon (details_alpha_settled (window, color.alpha), color.alpha, 0.001);
  g_settings_reset (a11y, "high-contrast");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Large text (the desktop's text scaling makes GTK's DPI larger): the
 * rows are laid out in the larger fonts and grow with them, both lines
 * still shown. */
static void
test_row_large_text (void)
{
  LsWindow *window = open_window ();
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWidget *label = NULL;
  const char *text = NULL;
  PangoRectangle lines[2];
  PangoLayoutIter *iter;
  int dpi, height, layout_height;

  first_row_attributes (window, &label, &text);
  height = gtk_widget_get_height (label);
  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  if (dpi <= 0)
    dpi = 96 * 1024;
  g_object_set (settings, "gtk-xft-dpi", dpi * 3 / 2, NULL);
  first_row_attributes (window, &label, &text);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_test_message ("row text %d px high, %d px with text at 150 %%", height, gtk_widget_get_height (label));
  g_assert_cmpint (gtk_widget_get_height (label), >=, height * 14 / 10);
  /* The laid-out text: two lines, each one line, within the row. */
  g_assert_cmpint (pango_layout_get_line_count (ls_caseload_row_get_layout (LS_CASELOAD_ROW (label))), ==, 2);
  iter = pango_layout_get_iter (ls_caseload_row_get_layout (LS_CASELOAD_ROW (label)));
  pango_layout_iter_get_line_extents (iter, NULL, &lines[0]);
  g_assert_true (pango_layout_iter_next_line (iter));
  pango_layout_iter_get_line_extents (iter, NULL, &lines[1]);
  pango_layout_iter_free (iter);
  layout_height = PANGO_PIXELS_CEIL (lines[1].y + lines[1].height);
  g_assert_cmpint (layout_height, <=, gtk_widget_get_height (label));
  g_assert_cmpint (layout_height, >=, gtk_widget_get_height (label) - 1);
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
name_starts_with (LsPerson   *person,
                  const char *prefix)
{
  g_autofree char *given = g_utf8_casefold (ls_person_get_given_name (person), -1);
  g_autofree char *family = g_utf8_casefold (ls_person_get_family_name (person), -1);
  g_autofree char *folded = g_utf8_casefold (prefix, -1);

  return g_str_has_prefix (given, folded) || g_str_has_prefix (family, folded)
         || strstr (given, folded) != NULL || strstr (family, folded) != NULL;
}

static void
get_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* The list shows exactly what the store answers, in the same order, after
 * the rows were changed in place. */
static void
assert_shows_search (LsCaseloadView *view,
                     const char     *text)
{
  GListModel *model = ls_caseload_view_get_model (view);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  get_today (&today);
  expected = ls_store_search_caseload (store, text, LS_CASELOAD_ALL, &today, 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(LsPerson) shown = g_list_model_get_item (model, i);

      g_assert_cmpint (ls_person_get_id (shown), ==, ls_person_get_id (g_ptr_array_index (expected, i)));
    }
}

static void
test_search_filters_list (void)
{
  LsWindow *window = open_window ();
  LsCaseloadView *view = caseload_of (window);
  GtkEditable *search = GTK_EDITABLE (child (view, LS_TYPE_CASELOAD_VIEW, "search_entry"));
  g_autoptr(LsPerson) someone = person_at (ls_caseload_view_get_model (view), 4321);
  g_autofree char *prefix = g_utf8_substring (ls_person_get_family_name (someone), 0, 4);
  GListModel *model;
  gboolean found = FALSE;

  g_assert_nonnull (prefix);

  /* "search-changed" comes after the entry's short delay (and at once
   * when the text is emptied, as set_text() does first): ask now. */
  gtk_editable_set_text (search, prefix);
  g_signal_emit_by_name (search, "search-changed");
  wait_for_answer (view);
  model = ls_caseload_view_get_model (view);
  g_assert_false (LS_IS_PERSON_LIST (model));
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), <=, 50);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LsPerson) person = g_list_model_get_item (model, i);

      g_assert_true (name_starts_with (person, prefix));
      found |= ls_person_get_id (person) == ls_person_get_id (someone);
    }
  /* Many share a family name: the one we took need not be in the first 50. */
  if (g_list_model_get_n_items (model) < 50)
    g_assert_true (found);
  assert_shows_search (view, prefix);

  /* Typing on narrows the list in place. */
  {
    g_autofree char *longer = g_strdup_printf ("%s %.2s", ls_person_get_family_name (someone),
                                               ls_person_get_given_name (someone));

    gtk_editable_set_text (search, longer);
    g_signal_emit_by_name (search, "search-changed");
    wait_for_answer (view);
    assert_shows_search (view, longer);
    g_assert_cmpuint (g_list_model_get_n_items (ls_caseload_view_get_model (view)), >, 0);
  }

  /* A stale answer never overwrites a newer one: type on before it came. */
  gtk_editable_set_text (search, "a");
  g_signal_emit_by_name (search, "search-changed");
  gtk_editable_set_text (search, "Zzqx");
  g_signal_emit_by_name (search, "search-changed");
  wait_for_answer (view);
  g_assert_cmpuint (g_list_model_get_n_items (ls_caseload_view_get_model (view)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (view, LS_TYPE_CASELOAD_VIEW, "list_stack"))),
                   ==, "empty");

  /* Clearing the search gives back the whole lazy list. */
  gtk_editable_set_text (search, "");
  g_signal_emit_by_name (search, "search-changed");
  wait_for_answer (view);
  g_assert_true (LS_IS_PERSON_LIST (ls_caseload_view_get_model (view)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_filters (void)
{
  LsWindow *window = open_window ();
  LsCaseloadView *view = caseload_of (window);
  GtkDropDown *filter = GTK_DROP_DOWN (child (view, LS_TYPE_CASELOAD_VIEW, "filter_dropdown"));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  for (guint f = LS_CASELOAD_IN_CONVERSATION; f < LS_CASELOAD_N_FILTERS; f++)
    {
      g_autoptr(GError) error = NULL;
      gint64 expected = ls_store_count_caseload (store, f, &today, &error);
      GListModel *model;

      g_assert_no_error (error);
      gtk_drop_down_set_selected (filter, f);
      wait_for_answer (view);
      g_assert_false (LS_IS_PERSON_LIST (ls_caseload_view_get_model (view)));
      model = ls_caseload_view_get_model (view);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, MIN (expected, 1000));
      g_test_message ("filter %u: %" G_GINT64_FORMAT " persons", f, expected);
      g_assert_cmpint (expected, >, 0);
      g_assert_cmpint (expected, <, N_PERSONS);
    }
  gtk_drop_down_set_selected (filter, LS_CASELOAD_ALL);
  wait_for_answer (view);
  g_assert_true (LS_IS_PERSON_LIST (ls_caseload_view_get_model (view)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each list shown writes one audit row, before it is shown: the whole
 * list, a search's answer, a filter's; scrolling (rows drawn) writes none. */
static void
test_list_audit (void)
{
  gint64 before = count_list_reads (path);
  LsWindow *window = open_window ();
  LsCaseloadView *view = caseload_of (window);
  GtkEditable *search = GTK_EDITABLE (child (view, LS_TYPE_CASELOAD_VIEW, "search_entry"));
  GtkDropDown *filter = GTK_DROP_DOWN (child (view, LS_TYPE_CASELOAD_VIEW, "filter_dropdown"));
  GtkWidget *list = child (view, LS_TYPE_CASELOAD_VIEW, "list_view");
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));

  g_assert_cmpint (count_list_reads (path), ==, before + 1);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (count_list_reads (path), ==, before + 1);

  gtk_editable_set_text (search, "an");
  g_signal_emit_by_name (search, "search-changed");
  wait_for_answer (view);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (count_list_reads (path), ==, before + 2);

  gtk_editable_set_text (search, "");
  g_signal_emit_by_name (search, "search-changed");
  wait_for_answer (view);
  g_assert_cmpint (count_list_reads (path), ==, before + 3);

  gtk_drop_down_set_selected (filter, LS_CASELOAD_DRAFTS);
  wait_for_answer (view);
  g_assert_cmpint (count_list_reads (path), ==, before + 4);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The list's worker connection is made from the view's store, never by
 * the path: with the database moved away, showing the list or searching
 * creates no new database where it was (each says it could not). */
static void
test_worker_connection (void)
{
  g_autofree char *folder = g_build_filename (dir, "moving", NULL);
  g_autofree char *moved = g_build_filename (dir, "moved", NULL);
  g_autofree char *db = g_build_filename (folder, "small.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) small = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();
  GtkWidget *view = ls_caseload_view_new ();
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  g_object_ref_sink (view);
  small = ls_store_open (db, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_person_set_given_name (person, "Anna");
  ls_person_set_family_name (person, "Berg");
  g_assert_true (ls_store_save_person (small, person, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_rename (folder, moved), ==, 0);
  g_test_expect_message ("ls-caseload-view", G_LOG_LEVEL_WARNING, "*Could not search the caseload*");
  ls_caseload_view_set_store (LS_CASELOAD_VIEW (view), small);
  g_test_expect_message ("ls-caseload-view", G_LOG_LEVEL_WARNING, "*Could not search the caseload*");
  while (ls_caseload_view_is_busy (LS_CASELOAD_VIEW (view)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (child (view, LS_TYPE_CASELOAD_VIEW, "search_entry")), "Berg");
  g_signal_emit_by_name (child (view, LS_TYPE_CASELOAD_VIEW, "search_entry"), "search-changed");
  while (ls_caseload_view_is_busy (LS_CASELOAD_VIEW (view)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
  g_test_assert_expected_messages ();
  g_object_unref (view);
}

/* Runs the main loop until the window's content is page @name. */
static void
wait_for_content (LsWindow   *window,
                  const char *name,
                  int         seconds)
{
  GtkStack *stack = GTK_STACK (child (window, LS_TYPE_WINDOW, "content_stack"));
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (g_strcmp0 (gtk_stack_get_visible_child_name (stack), name) != 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, name);
}

static void
activated_cb (LsCaseloadView *view,
              gint64          id,
              gint64         *out)
{
  *out = id;
}

/* Choosing a person shows the page and writes one "read" audit row. */
static void
test_person_page (void)
{
  LsWindow *window = open_window ();
  LsCaseloadView *view = caseload_of (window);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_widget_get_template_child (GTK_WIDGET (view),
                                                                                    LS_TYPE_CASELOAD_VIEW,
                                                                                    "selection"));
  g_autoptr(LsPerson) person = person_at (ls_caseload_view_get_model (view), 7);
  g_autofree char *name = ls_person_dup_display_name (person);
  gint64 id = ls_person_get_id (person);
  gint64 activated = 0;
  guint reads = ls_store_count_audit (store, id, LS_AUDIT_READ, NULL);
  g_autofree char *formatted = ls_national_id_format (ls_person_get_national_id (person));
  GtkWidget *id_label, *reveal;
  LsPersonPage *page;

  /* No person page until a person is shown: the first frame has none. */
  g_assert_null (gtk_stack_get_child_by_name (GTK_STACK (child (window, LS_TYPE_WINDOW, "content_stack")), "person"));
  g_signal_connect (view, "person-activated", G_CALLBACK (activated_cb), &activated);
  gtk_single_selection_set_selected (selection, 7);
  g_assert_cmpint (activated, ==, id);
  wait_for_content (window, "person", 20);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  page = person_page_of (window);
  id_label = child (page, LS_TYPE_PERSON_PAGE, "id_label");
  reveal = child (page, LS_TYPE_PERSON_PAGE, "id_reveal");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (page, LS_TYPE_PERSON_PAGE, "name_label"))), ==, name);
  g_assert_cmpuint (ls_store_count_audit (store, id, LS_AUDIT_READ, NULL), >, reads);

  /* The whole id number only on request. */
  g_assert_null (strstr (gtk_label_get_label (GTK_LABEL (id_label)), formatted));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (reveal), TRUE);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (id_label)), formatted));
  gtk_test_accessible_assert_property (reveal, GTK_ACCESSIBLE_PROPERTY_LABEL, "Hide the id number");
  gtk_window_destroy (GTK_WINDOW (window));
}

static LsPersonDialog *
find_person_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (LS_IS_PERSON_DIALOG (window))
        return LS_PERSON_DIALOG (window);
    }
  return NULL;
}

/* "New Person" for someone whose name sorts last of 10 000: the list shows
 * them chosen, scrolled to, with the keyboard on their row (@search: while
 * a search that does not find them is shown). */
static void
test_new_person_chosen (gconstpointer data)
{
  gboolean search = GPOINTER_TO_INT (data);
  LsWindow *window = open_window ();
  LsCaseloadView *view = caseload_of (window);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_widget_get_template_child (GTK_WIDGET (view),
                                                                                    LS_TYPE_CASELOAD_VIEW,
                                                                                    "selection"));
  GtkWidget *list = child (view, LS_TYPE_CASELOAD_VIEW, "list_view");
  GtkWidget *scrolled = gtk_widget_get_parent (list);
  GtkWidget *search_entry = child (view, LS_TYPE_CASELOAD_VIEW, "search_entry");
  g_autofree char *family = g_strdup_printf ("Åvik%s", search ? "s" : "");
  g_autofree char *list_name = g_strdup_printf ("%s, Test", family);
  LsPersonDialog *dialog;
  LsPerson *chosen;
  GtkWidget *focus, *label;
  const char *row_text;
  graphene_rect_t bounds;
  gint64 activated = 0;
  guint answers = 0;
  gulong answered = g_signal_connect (view, "query-done", G_CALLBACK (count_cb), &answers);
  gint64 deadline;

  if (search)
    {
      gtk_editable_set_text (GTK_EDITABLE (search_entry), "Berg");
      wait_for_answer (view);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (view, LS_TYPE_CASELOAD_VIEW,
                                                                             "list_stack"))), ==, "results");
    }
  g_signal_connect (view, "person-activated", G_CALLBACK (activated_cb), &activated);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-person", NULL));
  dialog = find_person_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, LS_TYPE_PERSON_DIALOG, "given_entry")), "Test");
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, LS_TYPE_PERSON_DIALOG, "family_entry")), family);
  answers = 0;
  g_signal_emit_by_name (child (dialog, LS_TYPE_PERSON_DIALOG, "save_button"), "clicked");
  wait_for_content (window, "person", 20);
  wait_for_count (view, &answers);
  /* The answer that chose them, after any a search gave way to. */
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while ((gtk_single_selection_get_selected_item (selection) == NULL
          || ls_person_get_id (gtk_single_selection_get_selected_item (selection)) == 0)
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (view, answered);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search_entry)), ==, "");
  g_assert_true (ls_caseload_view_get_model (view) == gtk_single_selection_get_model (selection));
  chosen = gtk_single_selection_get_selected_item (selection);
  g_assert_nonnull (chosen);
  g_assert_cmpstr (ls_person_get_family_name (chosen), ==, family);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), >=, N_PERSONS - 10);
  /* Chosen here, not opened a second time. */
  g_assert_cmpint (activated, ==, 0);

  /* The keyboard is on their row, and the row is inside the visible part. */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, list));
  label = gtk_widget_get_first_child (focus);
  g_assert_true (LS_IS_CASELOAD_ROW (label));
  row_text = pango_layout_get_text (ls_caseload_row_get_layout (LS_CASELOAD_ROW (label)));
  g_assert_true (g_str_has_prefix (row_text, list_name));
  g_assert_cmpint (row_text[strlen (list_name)], ==, '\n');
  g_assert_true (gtk_widget_compute_bounds (focus, scrolled, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scrolled));
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  gint64 last;
  gint64 worst;
} Ticks;

static gboolean
tick_cb (gpointer data)
{
  Ticks *ticks = data;
  gint64 now = g_get_monotonic_time ();

  ticks->worst = MAX (ticks->worst, now - ticks->last);
  ticks->last = now;
  return G_SOURCE_CONTINUE;
}

/* Another program taking the file's write lock, as an import does. It
 * waits for a write of the window's own still under way (an audit row)
 * rather than failing at once. */
static sqlite3 *
hold_write_lock (void)
{
  sqlite3 *other = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &other, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (other, 10000);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  return other;
}

/* Another program holds the database (an import, a demo run): choosing a
 * person never freezes the window. It says it is opening; when the wait
 * runs out it says why, and Try Again opens the person once it is free. */
static void
test_person_page_busy (void)
{
  LsWindow *window = open_window ();
  LsCaseloadView *view = caseload_of (window);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_widget_get_template_child (GTK_WIDGET (view),
                                                                                    LS_TYPE_CASELOAD_VIEW,
                                                                                    "selection"));
  GtkStack *stack = GTK_STACK (child (window, LS_TYPE_WINDOW, "content_stack"));
  g_autoptr(LsPerson) person = person_at (ls_caseload_view_get_model (view), 11);
  g_autofree char *name = ls_person_dup_display_name (person);
  Ticks ticks = { g_get_monotonic_time (), 0 };
  sqlite3 *other = NULL;
  guint tick_id;
  GtkWidget *failed;

  other = hold_write_lock ();
  tick_id = g_timeout_add (50, tick_cb, &ticks);
  ticks.last = g_get_monotonic_time ();
  gtk_single_selection_set_selected (selection, 11);
  for (gint64 second = g_get_monotonic_time () + G_USEC_PER_SEC; g_get_monotonic_time () < second; )
    g_main_context_iteration (NULL, TRUE);
  tick_cb (&ticks);
  g_assert_cmpint (ticks.worst, <, 500 * 1000);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "opening");
  wait_for_content (window, "opening-failed", 30);
  g_source_remove (tick_id);
  g_test_message ("longest wait of the main loop: %" G_GINT64_FORMAT " ms", ticks.worst / 1000);
  g_assert_cmpint (ticks.worst, <, 500 * 1000);
  failed = gtk_stack_get_visible_child (stack);
  g_assert_nonnull (adw_status_page_get_description (ADW_STATUS_PAGE (failed)));

  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  g_signal_emit_by_name (adw_status_page_get_child (ADW_STATUS_PAGE (failed)), "clicked");
  wait_for_content (window, "person", 20);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (person_page_of (window), LS_TYPE_PERSON_PAGE, "name_label"))),
                   ==, name);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Another program that holds the database's write lock for a while (an
 * import's chunk, a demo run), from its own thread. */
typedef struct
{
  GMutex   mutex;
  GCond    cond;
  gboolean holding;
  guint    hold_ms;
} Holder;

static gpointer
hold_thread (gpointer data)
{
  Holder *holder = data;
  sqlite3 *other = NULL;

  other = hold_write_lock ();
  g_mutex_lock (&holder->mutex);
  holder->holding = TRUE;
  g_cond_signal (&holder->cond);
  g_mutex_unlock (&holder->mutex);
  g_usleep (holder->hold_ms * 1000);
  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  return NULL;
}

/* Returns once another connection holds the write lock for @ms. */
static GThread *
hold_lock (Holder *holder,
           guint   ms)
{
  GThread *thread;

  g_mutex_init (&holder->mutex);
  g_cond_init (&holder->cond);
  holder->holding = FALSE;
  holder->hold_ms = ms;
  thread = g_thread_new ("holder", hold_thread, holder);
  g_mutex_lock (&holder->mutex);
  while (!holder->holding)
    g_cond_wait (&holder->cond, &holder->mutex);
  g_mutex_unlock (&holder->mutex);
  return thread;
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *hit = find_widget (c, type);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

/* A demo person with an issued trial decision (which has, or gets, a
 * service plan and can be evaluated). */
static void
find_issued_trial (LsWindow *window,
                   gint64   *person_id,
                   gint64   *decision_id)
{
  GListModel *persons = ls_caseload_view_get_model (caseload_of (window));

  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr(LsPerson) person = person_at (persons, i);
      g_autoptr(GPtrArray) decisions = ls_store_list_decisions (store, ls_person_get_id (person), NULL);

      for (guint j = 0; decisions != NULL && j < decisions->len; j++)
        {
          LsDecision *decision = g_ptr_array_index (decisions, j);

          if (ls_decision_get_status (decision) == LS_DECISION_ISSUED
              && ls_decision_get_decision_type (decision) == LS_DECISION_TYPE_TRIAL)
            {
              *person_id = ls_person_get_id (person);
              *decision_id = ls_decision_get_id (decision);
              return;
            }
        }
    }
  g_assert_not_reached ();
}

/* Each way into a page that reads a person's data, and what it shows. */
typedef enum
{
  BUSY_TIMELINE,
  BUSY_DECISION,
  BUSY_EVALUATION,
  BUSY_SERVICE_PLAN,
  BUSY_CONVERSATION,
  BUSY_PERSON_RELOAD,
} BusyKind;

static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
}

/* Clicks or activates @kind; returns the page name and type it shows. */
static const char *
open_kind (LsWindow *window,
           BusyKind  kind,
           gint64    decision_id,
           GType    *type)
{
  LsPersonPage *page = person_page_of (window);
  GListModel *toplevels = gtk_window_get_toplevels ();

  switch (kind)
    {
    case BUSY_TIMELINE:
      *type = LS_TYPE_TIMELINE;
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-decisions", NULL));
      return "decisions";
    case BUSY_DECISION:
      *type = LS_TYPE_DECISION_EDITOR;
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-decision", "x", decision_id));
      return "decisions";
    case BUSY_EVALUATION:
      *type = LS_TYPE_EVALUATION_PAGE;
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.evaluate-decision", "x", decision_id));
      return "decisions";
    case BUSY_SERVICE_PLAN:
      *type = LS_TYPE_SERVICE_PLAN_EDITOR;
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.service-plan", "x", decision_id));
      return "decisions";
    case BUSY_CONVERSATION:
      *type = LS_TYPE_CONVERSATION_PAGE;
      click (child (page, LS_TYPE_PERSON_PAGE, "conversation_button"));
      return "conversation";
    case BUSY_PERSON_RELOAD:
      *type = LS_TYPE_PERSON_PAGE;
      click (child (page, LS_TYPE_PERSON_PAGE, "application_button"));
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) dialog = g_list_model_get_item (toplevels, i);

          if (g_strcmp0 (G_OBJECT_TYPE_NAME (dialog), "LsApplicationDialog") != 0)
            continue;
          /* as if the application had been saved */
          g_signal_emit_by_name (dialog, "saved", (gint64) 0);
          gtk_window_destroy (dialog);
          return "person";
        }
      g_assert_not_reached ();
    default:
      g_assert_not_reached ();
    }
}

/* Another program holds the database for 1.5 s while a page that reads
 * the person's data is opened: the window says it is opening and stays
 * responsive, and shows the page once the database is free. (The same
 * wait on the main thread froze the window for as long.) */
static void
test_page_busy (gconstpointer data)
{
  BusyKind kind = GPOINTER_TO_INT (data);
  LsWindow *window = open_window ();
  GtkStack *stack = GTK_STACK (child (window, LS_TYPE_WINDOW, "content_stack"));
  Ticks ticks = { 0, 0 };
  gint64 person_id = 0, decision_id = 0;
  const char *name;
  GType type = G_TYPE_INVALID;
  GThread *holder_thread;
  Holder holder;
  guint tick_id;

  find_issued_trial (window, &person_id, &decision_id);
  g_signal_emit_by_name (caseload_of (window), "person-activated", person_id);
  wait_for_content (window, "person", 20);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  holder_thread = hold_lock (&holder, 1500);
  tick_id = g_timeout_add (50, tick_cb, &ticks);
  ticks.last = g_get_monotonic_time ();
  name = open_kind (window, kind, decision_id, &type);
  tick_cb (&ticks);
  g_test_message ("the click took %" G_GINT64_FORMAT " ms", ticks.worst / 1000);
  g_assert_cmpint (ticks.worst, <, 500 * 1000);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "opening");
  wait_for_content (window, name, 20);
  tick_cb (&ticks);
  g_source_remove (tick_id);
  g_thread_join (holder_thread);
  g_mutex_clear (&holder.mutex);
  g_cond_clear (&holder.cond);
  g_test_message ("longest wait of the main loop: %" G_GINT64_FORMAT " ms", ticks.worst / 1000);
  g_assert_cmpint (ticks.worst, <, 500 * 1000);
  g_assert_nonnull (find_widget (gtk_stack_get_visible_child (stack), type));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The database stays busy past the wait: the page says what could not be
 * opened and why, and Try Again opens that page (not the person) once it
 * is free. */
static void
test_page_busy_retry (void)
{
  LsWindow *window = open_window ();
  GtkStack *stack = GTK_STACK (child (window, LS_TYPE_WINDOW, "content_stack"));
  Ticks ticks = { 0, 0 };
  gint64 person_id = 0, decision_id = 0;
  GType type = G_TYPE_INVALID;
  sqlite3 *other = NULL;
  GtkWidget *failed;
  guint tick_id;

  find_issued_trial (window, &person_id, &decision_id);
  g_signal_emit_by_name (caseload_of (window), "person-activated", person_id);
  wait_for_content (window, "person", 20);

  other = hold_write_lock ();
  tick_id = g_timeout_add (50, tick_cb, &ticks);
  ticks.last = g_get_monotonic_time ();
  open_kind (window, BUSY_DECISION, decision_id, &type);
  wait_for_content (window, "opening-failed", 30);
  tick_cb (&ticks);
  g_source_remove (tick_id);
  g_assert_cmpint (ticks.worst, <, 500 * 1000);
  failed = gtk_stack_get_visible_child (stack);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (failed)), ==, "The Decision Could Not Be Opened");
  g_assert_nonnull (adw_status_page_get_description (ADW_STATUS_PAGE (failed)));

  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  click (adw_status_page_get_child (ADW_STATUS_PAGE (failed)));
  wait_for_content (window, "decisions", 20);
  g_assert_nonnull (find_widget (gtk_stack_get_visible_child (stack), LS_TYPE_DECISION_EDITOR));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The names in the caseload's model, in order, joined by ", ". */
static char *
shown_names (LsCaseloadView *view)
{
  GListModel *model = ls_caseload_view_get_model (view);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LsPerson) person = person_at (model, i);

      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", ls_person_get_given_name (person));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* "Mine" and "My team" in the caseload's Show list: on a desk the persons
 * without a responsible caseworker are its user's; a handover to a
 * colleague in another team leaves both lists, one to a colleague in the
 * desk's team leaves Mine only. */
static void
test_mine_and_team (void)
{
  g_autofree char *folder = ls_test_mkdtemp ();
  g_autofree char *db = g_build_filename (folder, "mine.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) small = ls_store_open (db, LS_STORE_OPEN_DEFAULT, &error);
  const char *names[] = { "Anna", "Bjørn", "Cecilie" };
  gint64 ids[G_N_ELEMENTS (names)];
  GtkWidget *view = g_object_ref_sink (ls_caseload_view_new ());
  GtkDropDown *filter = GTK_DROP_DOWN (child (view, LS_TYPE_CASELOAD_VIEW, "filter_dropdown"));
  GtkStringList *items = GTK_STRING_LIST (gtk_drop_down_get_model (filter));
  g_autofree char *shown = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(LsPerson) person = ls_person_new ();

      ls_person_set_given_name (person, names[i]);
      ls_person_set_family_name (person, "Hansen");
      g_assert_true (ls_store_save_person (small, person, &error));
      g_assert_no_error (error);
      ids[i] = ls_person_get_id (person);
    }
  g_assert_true (ls_store_add_caseworker (small, "ola", "Ola", "Team 1", "caseworker", NULL, &error));
  g_assert_true (ls_store_add_caseworker (small, "kari", "Kari", "Team B", "caseworker", NULL, &error));
  g_assert_true (ls_store_move_person (small, ids[0], NULL, "Team 1", "ola", &error));
  g_assert_true (ls_store_move_person (small, ids[1], NULL, "Team B", "kari", &error));
  g_assert_no_error (error);

  g_assert_cmpstr (gtk_string_list_get_string (items, LS_CASELOAD_MINE), ==, "Mine");
  g_assert_cmpstr (gtk_string_list_get_string (items, LS_CASELOAD_MY_TEAM), ==, "My team");
  ls_caseload_view_set_store (LS_CASELOAD_VIEW (view), small);
  gtk_drop_down_set_selected (filter, LS_CASELOAD_MINE);
  wait_for_answer (LS_CASELOAD_VIEW (view));
  shown = shown_names (LS_CASELOAD_VIEW (view));
  g_assert_cmpstr (shown, ==, "Cecilie");
  g_clear_pointer (&shown, g_free);
  gtk_drop_down_set_selected (filter, LS_CASELOAD_MY_TEAM);
  wait_for_answer (LS_CASELOAD_VIEW (view));
  shown = shown_names (LS_CASELOAD_VIEW (view));
  g_assert_cmpstr (shown, ==, "Anna, Cecilie");
  g_object_unref (view);
  g_clear_object (&small);
  ls_test_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *count = g_strdup_printf ("%d", N_PERSONS);
  const char *cli = g_getenv ("LIVSSKISSE_CLI");
  int status = 0, result;

  LS_TEST_INIT_DISPLAY (&argc, &argv);
  /* The tests hold the file's write lock on purpose: a save waits out a 1.5 s hold, and gives up after 3 s instead of 10. */
  _ls_db_sqlite_set_busy_timeout (3000);

  dir = ls_test_mkdtemp ();
  path = g_build_filename (dir, "caseload.db", NULL);
  if (cli != NULL)
    {
      const char *args[] = { cli, "demo", "--persons", count, "--database", path, NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) args, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   NULL, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, &error));
    }
  else
    g_test_skip ("LIVSSKISSE_CLI is not set");
  store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/caseload/lazy-list", test_lazy_list);
  g_test_add_func ("/ui/caseload/start-fills-rows", test_start_fills_rows);
  g_test_add_func ("/ui/caseload/row-text", test_row_text);
  g_test_add_func ("/ui/caseload/row-large-text", test_row_large_text);
  g_test_add_func ("/ui/caseload/search-filters-list", test_search_filters_list);
  g_test_add_func ("/ui/caseload/filters", test_filters);
  g_test_add_func ("/ui/caseload/mine-and-team", test_mine_and_team);
  g_test_add_func ("/ui/caseload/person-page", test_person_page);
  g_test_add_func ("/ui/caseload/list-audit", test_list_audit);
  g_test_add_data_func ("/ui/caseload/new-person-chosen", GINT_TO_POINTER (FALSE), test_new_person_chosen);
  g_test_add_data_func ("/ui/caseload/new-person-chosen-search", GINT_TO_POINTER (TRUE),
                        test_new_person_chosen);
  g_test_add_func ("/ui/caseload/person-page-busy", test_person_page_busy);
  g_test_add_func ("/ui/caseload/worker-connection", test_worker_connection);
  g_test_add_data_func ("/ui/caseload/busy/timeline", GINT_TO_POINTER (BUSY_TIMELINE), test_page_busy);
  g_test_add_data_func ("/ui/caseload/busy/decision", GINT_TO_POINTER (BUSY_DECISION), test_page_busy);
  g_test_add_data_func ("/ui/caseload/busy/evaluation", GINT_TO_POINTER (BUSY_EVALUATION), test_page_busy);
  g_test_add_data_func ("/ui/caseload/busy/service-plan", GINT_TO_POINTER (BUSY_SERVICE_PLAN), test_page_busy);
  g_test_add_data_func ("/ui/caseload/busy/conversation", GINT_TO_POINTER (BUSY_CONVERSATION), test_page_busy);
  g_test_add_data_func ("/ui/caseload/busy/person-reload", GINT_TO_POINTER (BUSY_PERSON_RELOAD), test_page_busy);
  g_test_add_func ("/ui/caseload/busy/failed-retry", test_page_busy_retry);
  result = g_test_run ();
  g_clear_object (&store);
  ls_test_rmdir (dir);
  g_free (path);
  g_free (dir);
  return result;
}
