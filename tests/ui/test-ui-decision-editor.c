/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decision editor on screen: built from a sketch, the issue button
 * stays insensitive with a visible reason while the end date is missing,
 * an issue the store refuses says why, and an issued decision is
 * read-only. */
#include <string.h>

#include "ls-decision-draft.h"
#include "ls-decision-editor-private.h"
#include "ls-goal-row.h"
#include "ls-measure-row.h"
#include "ls-ui-util.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-store-teams.h"
#include "ls-test-display.h"
#include "ls-test-labels.h"
#include "ls-test-util.h"

typedef struct
{
  char             *dir;
  LsStore          *store;
  gint64            person_id;
  GtkWindow        *window;
  LsDecisionEditor *editor;
  GSettings        *settings;
} Fixture;

static void
make_sketch (Fixture *f)
{
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(GDate) date = g_date_new_dmy (10, 1, 2026);
  g_autoptr(LsSketchEntry) need = ls_sketch_entry_new_with ("leisure", LS_ENTRY_SUPPORT_NEED,
                                                            LS_ENTRY_AUTHOR_PERSON,
                                                            "Someone to go to football with");
  g_autoptr(LsSketchEntry) wish = ls_sketch_entry_new_with ("home", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON,
                                                            "I want to cook for my friends");
  const char *priorities[] = { "leisure", "home", NULL };
  g_autoptr(GError) error = NULL;

  ls_sketch_set_person_id (sketch, f->person_id);
  ls_sketch_set_date (sketch, date);
  ls_sketch_set_status (sketch, LS_SKETCH_FINISHED);
  g_list_store_append (ls_sketch_get_entries (sketch), need);
  g_list_store_append (ls_sketch_get_entries (sketch), wish);
  ls_sketch_set_priorities (sketch, priorities);
  g_assert_true (ls_store_save_sketch (f->store, sketch, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();

  f->dir = ls_test_mkdtemp ();
  path = g_build_filename (f->dir, "t.db", NULL);
  f->store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_person_set_given_name (person, "Ola");
  ls_person_set_family_name (person, "Testesen");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  f->person_id = ls_person_get_id (person);
  make_sketch (f);
  f->settings = g_settings_new ("org.livsskisse.Livsskisse");
  g_settings_set_boolean (f->settings, "decision-maker", TRUE);
  g_settings_set_boolean (f->settings, "four-eyes", FALSE);

  f->editor = LS_DECISION_EDITOR (ls_decision_editor_new_draft (f->store, f->person_id, &error));
  g_assert_no_error (error);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 800);
  gtk_window_set_child (f->window, GTK_WIDGET (f->editor));
  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->settings);
  g_clear_object (&f->store);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

/* Every descendant of @widget of @type, depth first. */
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

static GtkWidget *
button_labelled (GtkWidget *root, const char *text)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *child = gtk_button_get_child (g_ptr_array_index (buttons, i));
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return g_ptr_array_index (buttons, i);
    }
  return NULL;
}

static GtkWidget *
date_entry (Fixture *f, const char *which)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  collect (GTK_WIDGET (f->editor), GTK_TYPE_ENTRY, entries);
  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (g_object_get_data (g_ptr_array_index (entries, i), "which"), which) == 0)
      return g_ptr_array_index (entries, i);
  return NULL;
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

/* Two goals from the needs with all levels written, two measures. */
static void
fill_draft (Fixture *f)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();

  click (button_labelled (GTK_WIDGET (f->editor), "Add as Goal"));
  click (button_labelled (GTK_WIDGET (f->editor), "Add as Goal"));
  collect (GTK_WIDGET (f->editor), LS_TYPE_GOAL_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(GPtrArray) entries = g_ptr_array_new ();

      collect (g_ptr_array_index (rows, i), GTK_TYPE_ENTRY, entries);
      g_assert_cmpuint (entries->len, ==, 6);   /* the goal and its five levels */
      for (guint j = 1; j < entries->len; j++)
        gtk_editable_set_text (g_ptr_array_index (entries, j), "A level in words");
    }
  click (button_labelled (GTK_WIDGET (f->editor), "Add a Measure"));
  click (button_labelled (GTK_WIDGET (f->editor), "Add a Measure"));
  g_ptr_array_set_size (rows, 0);
  collect (GTK_WIDGET (f->editor), LS_TYPE_MEASURE_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    collect (g_ptr_array_index (rows, i), GTK_TYPE_SPIN_BUTTON, spins);
  for (guint i = 0; i < spins->len; i++)
    gtk_spin_button_set_value (g_ptr_array_index (spins, i), 3);
}

static void
test_issue_needs_end_date (Fixture *f, gconstpointer data)
{
  LsDecision *decision = ls_decision_editor_get_decision (f->editor);
  GtkWidget *issue;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gboolean reason_shown = FALSE;

  /* the grounds were drafted from the person's words */
  g_assert_nonnull (strstr (ls_decision_get_grounds (decision), "«Someone to go to football with»"));
  fill_draft (f);
  g_assert_nonnull (ls_decision_get_legal_basis (decision));

  issue = button_labelled (GTK_WIDGET (f->editor), "Issue Decision");
  g_assert_nonnull (issue);
  g_assert_false (gtk_widget_get_sensitive (issue));
  g_assert_cmpstr (ls_decision_editor_get_issue_blocker (f->editor), ==, "A trial decision needs an end date");
  collect (GTK_WIDGET (f->editor), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), "A trial decision needs an end date") == 0
        && gtk_widget_is_visible (g_ptr_array_index (labels, i)))
      reason_shown = TRUE;
  g_assert_true (reason_shown);

  /* an end date suggests the evaluation date, and the decision can be issued */
  gtk_editable_set_text (GTK_EDITABLE (date_entry (f, "start")), "01.02.2026");
  gtk_editable_set_text (GTK_EDITABLE (date_entry (f, "end")), "31.07.2026");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_entry (f, "evaluation"))), ==, "17.07.2026");
  g_assert_null (ls_decision_editor_get_issue_blocker (f->editor));
  g_assert_true (gtk_widget_get_sensitive (issue));

  /* not a decision-maker: insensitive again, with the reason */
  g_settings_set_boolean (f->settings, "decision-maker", FALSE);
  g_assert_false (gtk_widget_get_sensitive (issue));
  g_assert_nonnull (strstr (ls_decision_editor_get_issue_blocker (f->editor), "decision-maker"));
}

static GtkLabel *label_starting (GtkWidget *root, const char *prefix);

/* Buttons in GNOME header capitalisation ("Issue Decision", "Add a Goal"). */
static void
test_header_caps (Fixture *f, gconstpointer data)
{
  ls_test_assert_header_caps (GTK_WIDGET (f->editor));
}

static void
test_issued_is_read_only (Fixture *f, gconstpointer data)
{
  LsDecision *decision = ls_decision_editor_get_decision (f->editor);
  g_autoptr(GDate) today = g_date_new_dmy (20, 1, 2026);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  GtkWidget *editor;

  fill_draft (f);
  gtk_editable_set_text (GTK_EDITABLE (date_entry (f, "end")), "31.12.2026");
  g_assert_true (ls_decision_editor_flush (f->editor, &error));
  g_assert_true (ls_store_issue_decision (f->store, decision, "lead", today, FALSE, &error));
  g_assert_no_error (error);

  editor = ls_decision_editor_new (f->store, ls_decision_get_id (decision), &error);
  g_assert_no_error (error);
  gtk_window_set_child (f->window, editor);
  f->editor = LS_DECISION_EDITOR (editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  g_assert_true (ls_decision_editor_get_read_only (f->editor));
  g_assert_null (button_labelled (editor, "Issue Decision"));
  g_assert_null (button_labelled (editor, "Add a Measure"));
  g_assert_nonnull (button_labelled (editor, "Make a Correction"));
  g_assert_nonnull (button_labelled (editor, "Evaluate"));
  collect (editor, GTK_TYPE_ENTRY, entries);
  for (guint i = 0; i < entries->len; i++)
    {
      g_assert_false (gtk_editable_get_editable (g_ptr_array_index (entries, i)));
      /* and looks like text, not a field */
      g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (entries, i), "read-only"));
    }
  g_ptr_array_set_size (entries, 0);
  /* The goals, their levels and the measures' fields are text that wraps,
   * never cut off at a narrow window's edge. */
  collect (editor, GTK_TYPE_LABEL, entries);
  {
    guint texts = 0;

    for (guint i = 0; i < entries->len; i++)
      {
        GtkLabel *label = g_ptr_array_index (entries, i);

        if (!gtk_widget_has_css_class (GTK_WIDGET (label), "read-only"))
          continue;
        texts++;
        g_assert_true (gtk_label_get_wrap (label));
      }
    g_assert_cmpuint (texts, >, 10);
  }
  g_ptr_array_set_size (entries, 0);
  collect (editor, GTK_TYPE_TEXT_VIEW, entries);
  for (guint i = 0; i < entries->len; i++)
    g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (entries, i), "read-only"));
  /* no prompt to write what can no longer be written */
  g_assert_null (label_starting (editor, "Write all five levels now"));
  ls_test_assert_header_caps (editor);
}

static GtkLabel *
label_starting (GtkWidget *root, const char *prefix)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), prefix))
      return g_ptr_array_index (labels, i);
  return NULL;
}

/* Someone else saved the draft while it was open: the editor's next save
 * is refused as a conflict, shown beside the issue button, and nothing of
 * the other's text is overwritten. Its own saves before never conflicted
 * with each other (the version came back from each). */
static void
test_stale_save_conflicts (Fixture *f, gconstpointer data)
{
  LsDecision *decision = ls_decision_editor_get_decision (f->editor);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) other = NULL;
  g_autoptr(LsDecision) at_other = NULL;
  g_autoptr(LsDecision) back = NULL;
  g_autofree char *path = g_build_filename (f->dir, "t.db", NULL);

  fill_draft (f);
  g_assert_true (ls_decision_editor_flush (f->editor, &error));
  g_assert_no_error (error);
  gtk_editable_set_text (GTK_EDITABLE (date_entry (f, "end")), "30.11.2026");
  g_assert_true (ls_decision_editor_flush (f->editor, &error));
  g_assert_no_error (error);

  other = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_store_set_actor (other, "Kari Kollega");
  at_other = ls_store_load_decision (other, ls_decision_get_id (decision), &error);
  g_assert_no_error (error);
  ls_decision_set_grounds (at_other, "Kari wrote these grounds.");
  g_assert_true (ls_store_save_decision (other, at_other, &error));
  g_assert_no_error (error);

  gtk_editable_set_text (GTK_EDITABLE (date_entry (f, "end")), "31.12.2026");
  g_assert_false (ls_decision_editor_flush (f->editor, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_assert_nonnull (label_starting (GTK_WIDGET (f->editor), "Someone else changed this in the meantime (Kari Kollega"));
  g_clear_error (&error);

  back = ls_store_load_decision (other, ls_decision_get_id (decision), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_decision_get_grounds (back), ==, "Kari wrote these grounds.");
  g_assert_cmpint (g_date_get_day (ls_decision_get_end (back)), ==, 30);
}

/* The editor names the conversation the decision is based on: the one
 * finished when it was drafted, also after a later conversation. */
static void
test_based_on (Fixture *f, gconstpointer data)
{
  LsDecision *decision = ls_decision_editor_get_decision (f->editor);
  g_autoptr(LsSketch) later = ls_sketch_new ();
  g_autoptr(GDate) later_date = g_date_new_dmy (20, 2, 2026);
  g_autoptr(GError) error = NULL;
  GtkWidget *editor;
  GtkLabel *label = label_starting (GTK_WIDGET (f->editor), "Based on the conversation of");

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  g_assert_nonnull (strstr (gtk_label_get_text (label), "10.01.2026"));
  g_assert_true (ls_decision_editor_flush (f->editor, &error));
  g_assert_no_error (error);

  ls_sketch_set_person_id (later, f->person_id);
  ls_sketch_set_date (later, later_date);
  ls_sketch_set_status (later, LS_SKETCH_FINISHED);
  g_assert_true (ls_store_save_sketch (f->store, later, &error));
  editor = ls_decision_editor_new (f->store, ls_decision_get_id (decision), &error);
  g_assert_no_error (error);
  gtk_window_set_child (f->window, editor);
  f->editor = LS_DECISION_EDITOR (editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  label = label_starting (editor, "Based on the conversation of");
  g_assert_nonnull (label);
  g_assert_nonnull (strstr (gtk_label_get_text (label), "10.01.2026"));
}

/* The text view whose text holds @needle. */
static GtkTextBuffer *
buffer_holding (GtkWidget *root, const char *needle)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  collect (root, GTK_TYPE_TEXT_VIEW, views);
  for (guint i = 0; i < views->len; i++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (g_ptr_array_index (views, i));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      if (strstr (text, needle) != NULL)
        return buffer;
    }
  return NULL;
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Issue 11 item 3 / issue 17 item 3: "Draft Again From the Sketch" never
 * replaces what the caseworker wrote (the help goes below it, one Undo
 * step), and it writes in the letter's language, not the screen's. */
static void
test_draft_again_keeps_text (Fixture *f, gconstpointer data)
{
  LsDecision *decision = ls_decision_editor_get_decision (f->editor);
  GtkTextBuffer *buffer = buffer_holding (GTK_WIDGET (f->editor), "«Someone to go to football with»");
  g_autofree char *text = NULL;
  g_autoptr(LsPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *editor;

  g_assert_nonnull (buffer);
  /* The help is in the person's written language (bokmål), while the
   * screen speaks English. */
  text = buffer_text (buffer);
  g_assert_nonnull (strstr (text, "Det du fortalte oss i samtalen om livsskissen:"));
  g_assert_null (strstr (text, "What you told us"));
  g_clear_pointer (&text, g_free);

  gtk_text_buffer_set_text (buffer, "Vi legger vekt på at du vil lage mat til vennene dine.", -1);
  click (button_labelled (GTK_WIDGET (f->editor), "Draft Again From the Sketch"));
  text = buffer_text (buffer);
  g_assert_true (g_str_has_prefix (text, "Vi legger vekt på at du vil lage mat til vennene dine.\n\n"));
  g_assert_nonnull (strstr (text, "«Someone to go to football with»"));
  g_assert_cmpstr (ls_decision_get_grounds (decision), ==, text);
  g_clear_pointer (&text, g_free);
  /* Asked twice: nothing more is added. */
  click (button_labelled (GTK_WIDGET (f->editor), "Draft Again From the Sketch"));
  text = buffer_text (buffer);
  g_assert_true (strstr (text, "«Someone to go to football with»") == g_strrstr (text, "«Someone to go to football with»"));
  g_clear_pointer (&text, g_free);
  /* One Undo brings back exactly what the caseworker wrote. */
  g_assert_true (gtk_text_buffer_get_can_undo (buffer));
  gtk_text_buffer_undo (buffer);
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, "Vi legger vekt på at du vil lage mat til vennene dine.");
  g_clear_pointer (&text, g_free);

  /* A person who writes nynorsk gets the help in nynorsk. */
  person = ls_store_load_person (f->store, f->person_id, &error);
  g_assert_no_error (error);
  ls_person_set_written_language (person, "nn");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  g_assert_no_error (error);
  editor = ls_decision_editor_new_draft (f->store, f->person_id, &error);
  g_assert_no_error (error);
  gtk_window_set_child (f->window, editor);
  f->editor = LS_DECISION_EDITOR (editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  buffer = buffer_holding (editor, "«Someone to go to football with»");
  g_assert_nonnull (buffer);
  text = buffer_text (buffer);
  g_assert_nonnull (strstr (text, "Det du fortalde oss i samtalen om livsskissa:"));
  g_assert_nonnull (strstr (text, "Vurderinga vår av behova dine:"));
}

static GtkWidget *
check_labelled (GtkWidget *root, const char *text)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();

  collect (root, GTK_TYPE_CHECK_BUTTON, checks);
  for (guint i = 0; i < checks->len; i++)
    if (g_strcmp0 (gtk_check_button_get_label (g_ptr_array_index (checks, i)), text) == 0)
      return g_ptr_array_index (checks, i);
  return NULL;
}

/* A caption beside a field breaks between words only, however narrow:
 * "Tjenesteyter" (Provider unit) broke as "Tjenesteyt-er" at 360 px. */
static void
test_caption_whole_words (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *caption = ls_ui_caption_new ("Tjenesteyter");
  GtkWidget *entry = gtk_entry_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 16);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_grid_attach (GTK_GRID (grid), caption, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), entry, 1, 0, 1, 1);
  gtk_window_set_child (GTK_WINDOW (window), grid);
  gtk_window_set_default_size (GTK_WINDOW (window), 100, -1);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (caption))), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A drop-down's list shows each name whole, wrapped where the window is
 * narrow; only its button shortens the chosen one with "…" (before, the
 * list cut "Personal assistance, includ…" at 360 px too). */
static void
test_drop_down_list_whole (void)
{
  const char *names[] = { "Home nursing",
                          "Personal assistance, including practical help, training and support contact", NULL };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *dropdown = ls_ui_drop_down_new (names);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint in_list = 0, on_button = 0;

  gtk_window_set_child (GTK_WINDOW (window), dropdown);
  gtk_window_set_default_size (GTK_WINDOW (window), 200, -1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  g_signal_emit_by_name (dropdown, "activate");
  gtk_test_widget_wait_for_draw (window);
  collect (dropdown, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_label (label), names[1]) != 0)
        continue;
      if (gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_POPOVER) != NULL)
        {
          in_list++;
          g_assert_true (gtk_label_get_wrap (label));
          g_assert_cmpint (gtk_label_get_ellipsize (label), ==, PANGO_ELLIPSIZE_NONE);
          g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
        }
      else
        {
          on_button++;
          g_assert_cmpint (gtk_label_get_ellipsize (label), ==, PANGO_ELLIPSIZE_END);
        }
    }
  g_assert_cmpuint (in_list, ==, 1);
  g_assert_cmpuint (on_button, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A refused measure's grounds are the letter's reasons, often several
 * sentences: a text area of their own, named, kept with the draft line
 * breaks and all (before: a one-line entry). */
static void
test_refusal_grounds (Fixture *f, gconstpointer data)
{
  LsDecision *decision = ls_decision_editor_get_decision (f->editor);
  const char *grounds = "Du har ikke rett til dette tiltaket.\nVi har lagt vekt på at du klarer det selv.";
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autoptr(LsDecision) back = NULL;
  g_autoptr(LsMeasure) measure = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *refused, *view = NULL;

  fill_draft (f);
  collect (GTK_WIDGET (f->editor), LS_TYPE_MEASURE_ROW, rows);
  refused = check_labelled (g_ptr_array_index (rows, 0), "Refused");
  g_assert_nonnull (refused);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (refused), TRUE);
  collect (g_ptr_array_index (rows, 0), GTK_TYPE_TEXT_VIEW, views);
  for (guint i = 0; i < views->len; i++)
    if (gtk_widget_is_visible (g_ptr_array_index (views, i)))
      view = g_ptr_array_index (views, i);
  g_assert_nonnull (view);
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_LABEL, "Measure 1, grounds for the refusal");
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), grounds, -1);
  g_assert_true (ls_decision_editor_flush (f->editor, &error));
  g_assert_no_error (error);

  back = ls_store_load_decision (f->store, ls_decision_get_id (decision), &error);
  g_assert_no_error (error);
  measure = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_measures (back)), 0);
  g_assert_false (ls_measure_get_granted (measure));
  g_assert_cmpstr (ls_measure_get_refusal_grounds (measure), ==, grounds);
}

/* Issue 11 item 3: a draft that gives less than the decision before says
 * so, and is issued only once the advance notice and the answer (or the
 * passed deadline) are recorded in the editor. */
static void
test_advance_notice (Fixture *f, gconstpointer data)
{
  LsDecision *decision = ls_decision_editor_get_decision (f->editor);
  g_autoptr(GDate) today = g_date_new_dmy (20, 1, 2026);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) next = NULL;
  g_autoptr(LsMeasure) measure = NULL;
  GtkWidget *editor, *no_answer;

  fill_draft (f);
  gtk_editable_set_text (GTK_EDITABLE (date_entry (f, "end")), "31.12.2026");
  g_assert_true (ls_decision_editor_flush (f->editor, &error));
  g_assert_true (ls_store_issue_decision (f->store, decision, "lead", today, FALSE, &error));
  g_assert_no_error (error);

  /* The same decision again, with one hour where there were three. */
  next = ls_decision_draft_correction (decision, "kari");
  measure = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_measures (next)), 0);
  ls_measure_set_extent (measure, 1);
  g_assert_true (ls_store_save_decision (f->store, next, &error));
  g_assert_no_error (error);
  editor = ls_decision_editor_new (f->store, ls_decision_get_id (next), &error);
  g_assert_no_error (error);
  gtk_window_set_child (f->window, editor);
  f->editor = LS_DECISION_EDITOR (editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  g_assert_nonnull (label_starting (editor, "This decision gives the person less than the one before"));
  g_assert_nonnull (button_labelled (editor, "Advance Notice Letter…"));
  g_assert_nonnull (strstr (ls_decision_editor_get_issue_blocker (f->editor), "advance notice"));
  g_assert_false (gtk_widget_get_sensitive (button_labelled (editor, "Issue Decision")));

  gtk_editable_set_text (GTK_EDITABLE (date_entry (f, "notice-sent")), "01.01.2026");
  gtk_editable_set_text (GTK_EDITABLE (date_entry (f, "notice-deadline")), "15.01.2026");
  /* Sent, but neither an answer nor a passed deadline recorded yet. */
  g_assert_nonnull (strstr (ls_decision_editor_get_issue_blocker (f->editor), "advance notice"));
  no_answer = check_labelled (editor, "No answer came by the deadline");
  g_assert_nonnull (no_answer);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (no_answer), TRUE);
  g_assert_null (ls_decision_editor_get_issue_blocker (f->editor));
  g_assert_true (gtk_widget_get_sensitive (button_labelled (editor, "Issue Decision")));

  /* Kept with the draft. */
  g_assert_true (ls_decision_editor_flush (f->editor, &error));
  g_clear_object (&next);
  next = ls_store_load_decision (f->store, ls_decision_get_id (ls_decision_editor_get_decision (f->editor)), &error);
  g_assert_no_error (error);
  g_assert_true (ls_decision_get_notice_no_answer (next));
  g_assert_cmpint (g_date_get_day (ls_decision_get_notice_deadline (next)), ==, 15);
}

/* An editor of the fixture's draft, read again (after a role changed). */
static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ls_decision_get_id (ls_decision_editor_get_decision (f->editor));

  f->editor = LS_DECISION_EDITOR (ls_decision_editor_new (f->store, id, &error));
  g_assert_no_error (error);
  gtk_window_set_child (f->window, GTK_WIDGET (f->editor));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

/* Issue and Approve appear only for a login whose role may use them, by
 * the store's rules; otherwise the editor says why in one sentence. */
static void
test_buttons_by_role (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *editor = GTK_WIDGET (f->editor);

  /* A desk's user outside its caseworkers: the desk's preference. */
  g_assert_nonnull (button_labelled (editor, "Issue Decision"));
  g_assert_null (button_labelled (editor, "Approve Decision"));

  g_assert_true (ls_store_add_caseworker (f->store, ls_store_get_login (f->store), "Ola", "Team 1", "caseworker",
                                          NULL, &error));
  g_assert_no_error (error);
  reopen (f);
  editor = GTK_WIDGET (f->editor);
  g_assert_null (button_labelled (editor, "Issue Decision"));
  g_assert_null (button_labelled (editor, "Approve Decision"));
  g_assert_nonnull (label_starting (editor, "Only a decision-maker may issue a decision"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label_starting (editor, "Only a decision-maker may issue"))));
}

static gboolean
spin_until_sensitive (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!gtk_widget_get_sensitive (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  return gtk_widget_get_sensitive (widget);
}

/* Issue Now runs on a worker: meanwhile the page is insensitive and says
 * "Saving…"; when the store refuses (a colleague issued the decision
 * first, through another connection) the page says the store's sentence,
 * can be used again, and nothing more is issued. */
static void
test_issue_refused (Fixture *f, gconstpointer data)
{
  LsDecision *decision = ls_decision_editor_get_decision (f->editor);
  g_autoptr(GDate) today = g_date_new_dmy (20, 1, 2026);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) colleague = NULL;
  g_autoptr(LsDecision) theirs = NULL;
  g_autoptr(LsDecision) stored = NULL;
  g_autofree char *path = g_build_filename (f->dir, "t.db", NULL);
  GtkLabel *message;
  GtkWidget *confirm;
  const char *said;

  fill_draft (f);
  gtk_editable_set_text (GTK_EDITABLE (date_entry (f, "end")), "31.12.2026");
  g_assert_true (ls_decision_editor_flush (f->editor, &error));
  g_assert_no_error (error);
  colleague = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  theirs = ls_store_load_decision (colleague, ls_decision_get_id (decision), &error);
  g_assert_no_error (error);
  g_assert_true (ls_store_issue_decision (colleague, theirs, "lead", today, FALSE, &error));
  g_assert_no_error (error);

  g_signal_emit_by_name (button_labelled (GTK_WIDGET (f->editor), "Issue Decision"), "clicked");
  g_signal_emit_by_name (button_labelled (GTK_WIDGET (f->editor), "Issue Now"), "clicked");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (f->editor)));
  /* the line below the buttons says it, and then says the refusal */
  message = label_starting (GTK_WIDGET (f->editor), "Saving…");
  g_assert_nonnull (message);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_true (spin_until_sensitive (GTK_WIDGET (f->editor)));
  said = gtk_label_get_text (message);
  g_test_message ("refused: %s", said);
  g_assert_cmpstr (said, !=, "Saving…");
  g_assert_cmpstr (said, !=, "");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (message), "error"));
  /* the confirmation is gone; the page is for the next try */
  confirm = button_labelled (GTK_WIDGET (f->editor), "Issue Now");
  while (confirm != NULL && !gtk_widget_has_css_class (confirm, "card"))
    confirm = gtk_widget_get_parent (confirm);
  g_assert_nonnull (confirm);
  g_assert_false (gtk_widget_get_visible (confirm));
  stored = ls_store_load_decision (f->store, ls_decision_get_id (decision), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_decision_get_issued_by (stored), ==, "lead");
}

/* Issue Decision asks in place, below itself, and the keyboard goes to
 * Issue Now: the question is scrolled into view with it, as a keyboard
 * user would otherwise press a button they cannot see. */
static void
test_confirm_in_view (Fixture *f, gconstpointer data)
{
  GtkWidget *issue, *confirm;
  g_autoptr(GError) error = NULL;

  gtk_window_set_default_size (f->window, 900, 500);
  fill_draft (f);
  gtk_editable_set_text (GTK_EDITABLE (date_entry (f, "end")), "31.12.2026");
  g_assert_true (ls_decision_editor_flush (f->editor, &error));
  g_assert_no_error (error);
  issue = button_labelled (GTK_WIDGET (f->editor), "Issue Decision");
  g_assert_true (gtk_widget_get_sensitive (issue));
  ls_test_settle_scroll (issue);
  gtk_widget_grab_focus (issue);
  ls_test_settle_scroll (issue);
  g_assert_true (ls_test_shown_in_scroller (issue));

  g_signal_emit_by_name (issue, "clicked");
  confirm = button_labelled (GTK_WIDGET (f->editor), "Issue Now");
  ls_test_settle_scroll (confirm);
  /* the window's focus (it need not be the active window) */
  g_assert_true (gtk_widget_is_focus (confirm));
  g_assert_true (ls_test_shown_in_scroller (confirm));
}

int
main (int argc, char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);
  g_test_add ("/decision-editor/issue-needs-end-date", Fixture, NULL, fixture_set_up,
              test_issue_needs_end_date, fixture_tear_down);
  g_test_add ("/decision-editor/issued-is-read-only", Fixture, NULL, fixture_set_up,
              test_issued_is_read_only, fixture_tear_down);
  g_test_add ("/decision-editor/confirm-in-view", Fixture, NULL, fixture_set_up, test_confirm_in_view,
              fixture_tear_down);
  g_test_add ("/decision-editor/issue-refused", Fixture, NULL, fixture_set_up, test_issue_refused,
              fixture_tear_down);
  g_test_add ("/decision-editor/buttons-by-role", Fixture, NULL, fixture_set_up, test_buttons_by_role,
              fixture_tear_down);
  g_test_add ("/decision-editor/header-caps", Fixture, NULL, fixture_set_up, test_header_caps, fixture_tear_down);
  g_test_add ("/decision-editor/stale-save-conflicts", Fixture, NULL, fixture_set_up, test_stale_save_conflicts,
              fixture_tear_down);
  g_test_add_func ("/decision-editor/caption-whole-words", test_caption_whole_words);
  g_test_add_func ("/decision-editor/drop-down-list-whole", test_drop_down_list_whole);
  g_test_add ("/decision-editor/refusal-grounds", Fixture, NULL, fixture_set_up, test_refusal_grounds,
              fixture_tear_down);
  g_test_add ("/decision-editor/based-on", Fixture, NULL, fixture_set_up, test_based_on, fixture_tear_down);
  g_test_add ("/decision-editor/draft-again-keeps-text", Fixture, NULL, fixture_set_up,
              test_draft_again_keeps_text, fixture_tear_down);
  g_test_add ("/decision-editor/advance-notice", Fixture, NULL, fixture_set_up, test_advance_notice,
              fixture_tear_down);
  return g_test_run ();
}
