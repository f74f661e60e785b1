/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>

#include "ls-edit-history.h"

/* A stand-in for a form: field name -> current value. */
typedef struct
{
  GHashTable *fields;
  guint       n_applied;
  gboolean    fail;
} Form;

static gboolean
form_apply (const char *field,
            GVariant   *value,
            gpointer    user_data,
            GError    **error)
{
  Form *form = user_data;

  if (form->fail)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "disk full");
      return FALSE;
    }
  form->n_applied++;
  if (value == NULL)
    g_hash_table_remove (form->fields, field);
  else
    g_hash_table_replace (form->fields, g_strdup (field), g_variant_ref (value));
  return TRUE;
}

static void
form_init (Form *form)
{
  form->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_variant_unref);
  form->n_applied = 0;
  form->fail = FALSE;
}

static const char *
form_text (Form       *form,
           const char *field)
{
  GVariant *value = g_hash_table_lookup (form->fields, field);

  return value != NULL ? g_variant_get_string (value, NULL) : NULL;
}

/* The form edits a text and records it, as the conversation page does. */
static void
edit_text (LsEditHistory *history,
           Form          *form,
           const char    *field,
           const char    *text,
           gboolean       merge)
{
  const char *old = form_text (form, field);
  GVariant *old_value = old != NULL ? g_variant_new_string (old) : NULL;

  ls_edit_history_push (history, field, old_value, g_variant_new_string (text), merge);
  g_hash_table_replace (form->fields, g_strdup (field), g_variant_ref_sink (g_variant_new_string (text)));
}

static void
test_undo_redo (void)
{
  Form form;
  g_autoptr(LsEditHistory) history = NULL;

  form_init (&form);
  history = ls_edit_history_new (form_apply, &form, NULL);
  g_assert_false (ls_edit_history_can_undo (history));
  g_assert_false (ls_edit_history_undo (history, NULL));

  edit_text (history, &form, "agreements", "Meet again", FALSE);
  edit_text (history, &form, "rating:home", "7", FALSE);
  g_assert_cmpuint (ls_edit_history_get_n_undo (history), ==, 2);
  g_assert_cmpstr (ls_edit_history_peek_undo_field (history), ==, "rating:home");

  g_assert_null (ls_edit_history_peek_redo_field (history));
  g_assert_true (ls_edit_history_undo (history, NULL));
  g_assert_null (form_text (&form, "rating:home"));
  g_assert_cmpstr (ls_edit_history_peek_redo_field (history), ==, "rating:home");
  g_assert_true (ls_edit_history_can_redo (history));
  g_assert_true (ls_edit_history_undo (history, NULL));
  g_assert_null (form_text (&form, "agreements"));
  g_assert_false (ls_edit_history_can_undo (history));

  g_assert_true (ls_edit_history_redo (history, NULL));
  g_assert_cmpstr (form_text (&form, "agreements"), ==, "Meet again");
  g_assert_true (ls_edit_history_redo (history, NULL));
  g_assert_cmpstr (form_text (&form, "rating:home"), ==, "7");
  g_assert_false (ls_edit_history_redo (history, NULL));
  g_assert_cmpuint (form.n_applied, ==, 4);
  g_hash_table_unref (form.fields);
}

static void
test_merge_typing (void)
{
  Form form;
  g_autoptr(LsEditHistory) history = NULL;

  form_init (&form);
  history = ls_edit_history_new (form_apply, &form, NULL);
  edit_text (history, &form, "entry:1", "I", TRUE);
  edit_text (history, &form, "entry:1", "I like", TRUE);
  edit_text (history, &form, "entry:1", "I like cooking", TRUE);
  g_assert_cmpuint (ls_edit_history_get_n_undo (history), ==, 1);

  /* Another field, then back: a new step. */
  edit_text (history, &form, "entry:2", "Stairs", TRUE);
  edit_text (history, &form, "entry:1", "I like cooking pasta", TRUE);
  g_assert_cmpuint (ls_edit_history_get_n_undo (history), ==, 3);

  /* Sealed: the next keystroke starts a new step. */
  ls_edit_history_seal (history);
  edit_text (history, &form, "entry:1", "I like cooking pasta!", TRUE);
  g_assert_cmpuint (ls_edit_history_get_n_undo (history), ==, 4);

  g_assert_true (ls_edit_history_undo (history, NULL));
  g_assert_cmpstr (form_text (&form, "entry:1"), ==, "I like cooking pasta");
  g_assert_true (ls_edit_history_undo (history, NULL));
  g_assert_cmpstr (form_text (&form, "entry:1"), ==, "I like cooking");
  g_assert_true (ls_edit_history_undo (history, NULL));
  g_assert_null (form_text (&form, "entry:2"));
  g_assert_true (ls_edit_history_undo (history, NULL));
  g_assert_null (form_text (&form, "entry:1"));
  g_hash_table_unref (form.fields);
}

static void
test_merge_back_to_start (void)
{
  Form form;
  g_autoptr(LsEditHistory) history = NULL;

  form_init (&form);
  history = ls_edit_history_new (form_apply, &form, NULL);
  edit_text (history, &form, "f", "a", FALSE);
  edit_text (history, &form, "f", "ab", TRUE);
  edit_text (history, &form, "f", "a", TRUE);
  /* "a" -> "ab" -> "a" is no change at all. */
  g_assert_cmpuint (ls_edit_history_get_n_undo (history), ==, 1);
  edit_text (history, &form, "f", "a", FALSE);
  g_assert_cmpuint (ls_edit_history_get_n_undo (history), ==, 1);
  g_hash_table_unref (form.fields);
}

static void
test_new_edit_clears_redo (void)
{
  Form form;
  g_autoptr(LsEditHistory) history = NULL;

  form_init (&form);
  history = ls_edit_history_new (form_apply, &form, NULL);
  edit_text (history, &form, "a", "1", FALSE);
  edit_text (history, &form, "a", "2", FALSE);
  g_assert_true (ls_edit_history_undo (history, NULL));
  g_assert_true (ls_edit_history_can_redo (history));
  edit_text (history, &form, "a", "3", FALSE);
  g_assert_false (ls_edit_history_can_redo (history));
  g_assert_cmpuint (ls_edit_history_get_n_undo (history), ==, 2);
  g_hash_table_unref (form.fields);
}

static gboolean
echo_apply (const char *field,
            GVariant   *value,
            gpointer    user_data,
            GError    **error)
{
  LsEditHistory **history = user_data;

  /* The form's change handler fires while applying: must not be recorded. */
  ls_edit_history_push (*history, field, NULL, value, FALSE);
  g_assert_true (ls_edit_history_is_applying (*history));
  return TRUE;
}

static void
test_applying_is_not_recorded (void)
{
  LsEditHistory *history = NULL;

  history = ls_edit_history_new (echo_apply, &history, NULL);
  ls_edit_history_push (history, "a", g_variant_new_int32 (1), g_variant_new_int32 (2), FALSE);
  g_assert_true (ls_edit_history_undo (history, NULL));
  g_assert_cmpuint (ls_edit_history_get_n_undo (history), ==, 0);
  g_assert_cmpuint (ls_edit_history_get_n_redo (history), ==, 1);
  g_assert_false (ls_edit_history_is_applying (history));
  g_object_unref (history);
}

static void
test_failed_apply_keeps_step (void)
{
  Form form;
  g_autoptr(LsEditHistory) history = NULL;
  g_autoptr(GError) error = NULL;

  form_init (&form);
  history = ls_edit_history_new (form_apply, &form, NULL);
  edit_text (history, &form, "a", "1", FALSE);
  form.fail = TRUE;
  g_assert_false (ls_edit_history_undo (history, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpuint (ls_edit_history_get_n_undo (history), ==, 1);
  g_assert_false (ls_edit_history_can_redo (history));
  form.fail = FALSE;
  g_assert_true (ls_edit_history_undo (history, NULL));
  g_assert_null (form_text (&form, "a"));
  g_hash_table_unref (form.fields);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_notify_and_limit (void)
{
  Form form;
  g_autoptr(LsEditHistory) history = NULL;
  guint n_undo_notify = 0;
  guint n_redo_notify = 0;
  char value[8];

  form_init (&form);
  history = ls_edit_history_new (form_apply, &form, NULL);
  g_signal_connect (history, "notify::can-undo", G_CALLBACK (count_notify), &n_undo_notify);
  g_signal_connect (history, "notify::can-redo", G_CALLBACK (count_notify), &n_redo_notify);
  ls_edit_history_set_limit (history, 3);
  for (guint i = 0; i < 5; i++)
    {
      g_snprintf (value, sizeof value, "%u", i);
      edit_text (history, &form, "a", value, FALSE);
    }
  g_assert_cmpuint (n_undo_notify, ==, 1);
  g_assert_cmpuint (ls_edit_history_get_n_undo (history), ==, 3);
  while (ls_edit_history_undo (history, NULL))
    ;
  g_assert_cmpstr (form_text (&form, "a"), ==, "1");
  g_assert_cmpuint (n_undo_notify, ==, 2);
  g_assert_cmpuint (n_redo_notify, ==, 1);
  ls_edit_history_clear (history);
  g_assert_cmpuint (n_redo_notify, ==, 2);
  g_assert_false (ls_edit_history_can_redo (history));
  g_hash_table_unref (form.fields);
}

static void
count_destroy (gpointer data)
{
  (*(guint *) data)++;
}

static gboolean
noop_apply (const char *field,
            GVariant   *value,
            gpointer    user_data,
            GError    **error)
{
  return TRUE;
}

static void
test_destroy_notify (void)
{
  guint destroyed = 0;
  LsEditHistory *history = ls_edit_history_new (noop_apply, &destroyed, count_destroy);

  ls_edit_history_push (history, "a", NULL, g_variant_new_boolean (TRUE), FALSE);
  g_object_unref (history);
  g_assert_cmpuint (destroyed, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/edit-history/undo-redo", test_undo_redo);
  g_test_add_func ("/core/edit-history/merge-typing", test_merge_typing);
  g_test_add_func ("/core/edit-history/merge-back-to-start", test_merge_back_to_start);
  g_test_add_func ("/core/edit-history/new-edit-clears-redo", test_new_edit_clears_redo);
  g_test_add_func ("/core/edit-history/applying-is-not-recorded", test_applying_is_not_recorded);
  g_test_add_func ("/core/edit-history/failed-apply-keeps-step", test_failed_apply_keeps_step);
  g_test_add_func ("/core/edit-history/notify-and-limit", test_notify_and_limit);
  g_test_add_func ("/core/edit-history/destroy-notify", test_destroy_notify);
  return g_test_run ();
}
