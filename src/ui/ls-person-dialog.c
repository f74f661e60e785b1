/* SPDX-License-Identifier: GPL-3.0-or-later */
/* New person, or a stored one changed: every field checked as it is typed
 * (ls-person-form.c says what is wrong under the field); the text stays as
 * typed; Save (or Enter) only when everything is valid. The save runs on a
 * worker thread (ls_ui_write_async; the window never waits on the
 * network); a failed save keeps the dialog open. A stored person changed
 * and saved by someone else while the dialog was open is read on a worker
 * and put together with the caseworker's own: each field they changed
 * since the dialog opened, the colleague's for the rest. When both
 * changed one field, the two are shown side by side in the conflict
 * dialog, and the caseworker chooses: Keep Mine saves theirs with the
 * caseworker's own changes (as the dialog shows it), Take Theirs puts
 * theirs in the fields and saves nothing; when not, that is saved at once
 * without asking. */
#define G_LOG_DOMAIN "ls-person-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-a11y.h"
#include "ls-document-conflict.h"
#include "ls-national-id.h"
#include "ls-person-dialog.h"
#include "ls-object-variant.h"
#include "ls-person-form.h"
#include "ls-row-version.h"
#include "ls-store-persons.h"
#include "ls-ui-load.h"
#include "ls-unsaved-file.h"
#include "ls-value.h"

struct _LsPersonDialog
{
  AdwWindow       parent_instance;

  GtkWidget      *save_button;
  GtkLabel       *error_label;
  GtkEditable    *given_entry;
  GtkEditable    *family_entry;
  GtkLabel       *name_message;
  GtkEditable    *id_entry;
  GtkLabel       *id_message;
  GtkEditable    *birth_entry;
  GtkLabel       *birth_message;
  GtkEditable    *phone_entry;
  GtkEditable    *email_entry;
  GtkLabel       *email_message;
  GtkEditable    *address_entry;
  GtkEditable    *rep_entry;
  GtkDropDown    *rep_relation;
  GtkCheckButton *plain_check;
  GtkCheckButton *pictogram_check;
  GtkEditable    *interpreter_entry;
  GtkDropDown    *written_dropdown;
  GtkCheckButton *share_check;
  GtkCheckButton *plan_check;

  LsStore        *store;
  gint64          person_id;    /* 0 for a new person */
  gint64          version;      /* the stored row version the fields are from */
  GVariant       *base;         /* the stored person the fields are from, to tell which the caseworker
                                 * changed (NULL: restored from this computer, every field theirs) */
  char           *auto_birth;   /* the birth date we filled in from the id */
  gboolean        touched_name;
  gboolean        saving;       /* a save under way on a worker */
  gboolean        resolving;    /* a refused save: theirs read or shown */
  GCancellable   *cancellable;
};

G_DEFINE_FINAL_TYPE (LsPersonDialog, ls_person_dialog, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
set_message (GtkLabel   *label,
             const char *message,
             gboolean    is_error)
{
  gtk_label_set_label (label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (is_error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
    }
}

/* A valid id number fills the birth date, unless someone typed another.
 * TRUE when the text was changed (and so checked again already). */
static gboolean
fill_birth_from_id (LsPersonDialog          *self,
                    const LsPersonFormState *state)
{
  const char *typed = gtk_editable_get_text (self->birth_entry);
  g_autofree char *text = NULL;

  if (!state->id_valid || (*typed != '\0' && g_strcmp0 (typed, self->auto_birth) != 0))
    return FALSE;
  text = g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&state->birth_from_id),
                          g_date_get_month (&state->birth_from_id), g_date_get_year (&state->birth_from_id));
  if (g_strcmp0 (typed, text) == 0)
    return FALSE;
  g_free (self->auto_birth);
  self->auto_birth = g_strdup (text);
  gtk_editable_set_text (self->birth_entry, text);
  return TRUE;
}

static void
check (LsPersonDialog *self)
{
  LsPersonFormValues values = {
    .given_name = gtk_editable_get_text (self->given_entry),
    .family_name = gtk_editable_get_text (self->family_entry),
    .national_id = gtk_editable_get_text (self->id_entry),
    .birth_date = gtk_editable_get_text (self->birth_entry),
    .email = gtk_editable_get_text (self->email_entry),
  };
  LsPersonFormState state;
  GDate now;

  ls_date_set_today (&now);
  ls_person_form_check (&values, &now, &state);
  if (fill_birth_from_id (self, &state))
    {
      /* check() ran again through "changed", with the new date. */
      ls_person_form_state_clear (&state);
      return;
    }
  /* Names are asked for only after someone started typing one. */
  set_message (self->name_message, self->touched_name ? state.name_message : NULL, TRUE);
  set_message (self->id_message, state.id_message, state.id_error);
  set_message (self->birth_message, state.birth_message, state.birth_error);
  set_message (self->email_message, state.email_message, TRUE);
  gtk_widget_set_sensitive (self->save_button, state.can_save && !self->saving && !self->resolving);
  ls_person_form_state_clear (&state);
}

static void
changed_cb (LsPersonDialog *self,
            GtkEditable    *editable)
{
  if (editable == self->given_entry || editable == self->family_entry)
    self->touched_name = TRUE;
  check (self);
}

static char *
text_or_null (GtkEditable *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static LsPerson *
person_from_form (LsPersonDialog *self)
{
  LsPerson *person = ls_person_new ();
  g_autofree char *given = text_or_null (self->given_entry);
  g_autofree char *family = text_or_null (self->family_entry);
  g_autofree char *id = text_or_null (self->id_entry);
  g_autofree char *phone = text_or_null (self->phone_entry);
  g_autofree char *email = text_or_null (self->email_entry);
  g_autofree char *address = text_or_null (self->address_entry);
  g_autofree char *rep = text_or_null (self->rep_entry);
  g_autofree char *interpreter = text_or_null (self->interpreter_entry);
  GDate birth;

  ls_person_set_given_name (person, given);
  ls_person_set_family_name (person, family);
  ls_person_set_national_id (person, id);
  if (ls_parse_date (gtk_editable_get_text (self->birth_entry), &birth))
    ls_person_set_birth_date (person, &birth);
  ls_person_set_phone (person, phone);
  ls_person_set_email (person, email);
  ls_person_set_address (person, address);
  ls_person_set_representative_name (person, rep);
  if (rep != NULL)
    ls_person_set_representative_relation (person, gtk_drop_down_get_selected (self->rep_relation) == 0
                                                   ? "guardian" : "relative");
  ls_person_set_plain_language (person, gtk_check_button_get_active (self->plain_check));
  ls_person_set_pictograms (person, gtk_check_button_get_active (self->pictogram_check));
  ls_person_set_interpreter_language (person, interpreter);
  ls_person_set_written_language (person, gtk_drop_down_get_selected (self->written_dropdown) == 1 ? "nn" : "nb");
  ls_person_set_consent_share (person, gtk_check_button_get_active (self->share_check));
  ls_person_set_consent_plan (person, gtk_check_button_get_active (self->plan_check));
  if (self->person_id != 0)
    {
      ls_person_set_id (person, self->person_id);
      ls_row_version_set (person, self->version);
    }
  return person;
}

/* The fields show @person as stored, and a save goes against its version. */
static void
fill_form (LsPersonDialog *self,
           LsPerson       *person)
{
  const GDate *birth = ls_person_get_birth_date (person);
  g_autofree char *birth_text = NULL;

  if (birth != NULL && g_date_valid (birth))
    birth_text = g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (birth), g_date_get_month (birth),
                                  g_date_get_year (birth));
  self->person_id = ls_person_get_id (person);
  self->version = ls_row_version_get (person);
  g_clear_pointer (&self->base, g_variant_unref);
  self->base = g_variant_ref_sink (ls_object_to_variant (person));
  self->touched_name = TRUE;
  gtk_editable_set_text (self->given_entry, ls_person_get_given_name (person) ?: "");
  gtk_editable_set_text (self->family_entry, ls_person_get_family_name (person) ?: "");
  /* The stored date first, so the id number does not replace it. */
  g_clear_pointer (&self->auto_birth, g_free);
  gtk_editable_set_text (self->birth_entry, birth_text ?: "");
  gtk_editable_set_text (self->id_entry, ls_person_get_national_id (person) ?: "");
  gtk_editable_set_text (self->phone_entry, ls_person_get_phone (person) ?: "");
  gtk_editable_set_text (self->email_entry, ls_person_get_email (person) ?: "");
  gtk_editable_set_text (self->address_entry, ls_person_get_address (person) ?: "");
  gtk_editable_set_text (self->rep_entry, ls_person_get_representative_name (person) ?: "");
  gtk_drop_down_set_selected (self->rep_relation,
                              g_strcmp0 (ls_person_get_representative_relation (person), "relative") == 0 ? 1 : 0);
  gtk_check_button_set_active (self->plain_check, ls_person_get_plain_language (person));
  gtk_check_button_set_active (self->pictogram_check, ls_person_get_pictograms (person));
  gtk_editable_set_text (self->interpreter_entry, ls_person_get_interpreter_language (person) ?: "");
  gtk_drop_down_set_selected (self->written_dropdown,
                              g_strcmp0 (ls_person_get_written_language (person), "nn") == 0 ? 1 : 0);
  gtk_check_button_set_active (self->share_check, ls_person_get_consent_share (person));
  gtk_check_button_set_active (self->plan_check, ls_person_get_consent_plan (person));
  check (self);
}

static gboolean
save_person (LsStore  *store,
             gpointer  input,
             GError  **error)
{
  return ls_store_save_person (store, input, error);
}

static void show_conflict (LsPersonDialog *self);

/* What could not be saved is kept on this computer (ls-unsaved-file.h):
 * the person as typed (ls-object-variant.h), per person, or for a new
 * one. */

static char *
kept_path (LsPersonDialog *self)
{
  return ls_unsaved_file_dup_path (self->store, "person", self->person_id);
}

static void
person_saved_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(LsPerson) person = user_data;
  g_autoptr(GError) error = NULL;
  LsPersonDialog *self;

  if (!ls_ui_write_finish (result, &error) && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = LS_PERSON_DIALOG (source);
  self->saving = FALSE;
  check (self);
  if (error != NULL)
    {
      /* Keep everything typed (on screen, and on this computer); say what
       * went wrong. */
      g_autofree char *text = g_strdup_printf (_("The person was not saved: %s"), error->message);
      g_autofree char *path = kept_path (self);

      ls_unsaved_file_keep (path, ls_object_to_variant (person));

      gtk_label_set_label (self->error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      if (g_error_matches (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT) && self->person_id != 0)
        show_conflict (self);
      return;
    }
  {
    g_autofree char *path = kept_path (self);

    ls_unsaved_file_remove (path);
  }
  self->person_id = ls_person_get_id (person);
  self->version = ls_row_version_get (person);
  g_signal_emit (self, signals[SAVED], 0, ls_person_get_id (person));
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_clicked_cb (LsPersonDialog *self)
{
  LsPerson *person;

  self->touched_name = TRUE;
  check (self);
  if (!gtk_widget_get_sensitive (self->save_button) || self->saving || self->resolving)
    return;
  person = person_from_form (self);
  self->saving = TRUE;
  gtk_widget_set_sensitive (self->save_button, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  ls_ui_write_async (self, self->store, save_person, g_object_ref (person), g_object_unref, self->cancellable,
                     person_saved_cb, person);
}

/* A label as read, without its mnemonic underscore. */
static char *
without_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] != '\0')
        p++;
      g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

static void
describe_field (GString    *text,
                const char *mnemonic_label,
                const char *value)
{
  g_autofree char *label = without_mnemonic (mnemonic_label);

  ls_document_describe_text (text, label, value);
}

/* The person as the conflict dialog shows it: the fields of this dialog,
 * under the labels it has. */
static char *
describe_person (LsPerson *person)
{
  GString *text = g_string_new (NULL);
  g_autofree char *birth = without_mnemonic (_("_Birth date"));
  const char *relation = NULL;

  if (ls_person_get_representative_name (person) != NULL)
    relation = g_strcmp0 (ls_person_get_representative_relation (person), "relative") == 0
               ? _("Relative (pårørende)") : _("Guardian (verge)");
  describe_field (text, _("_Given name"), ls_person_get_given_name (person));
  describe_field (text, _("_Family name"), ls_person_get_family_name (person));
  describe_field (text, _("_Id number"), ls_person_get_national_id (person));
  ls_document_describe_date (text, birth, ls_person_get_birth_date (person));
  g_string_append_c (text, '\n');
  describe_field (text, _("_Phone"), ls_person_get_phone (person));
  describe_field (text, _("_Email"), ls_person_get_email (person));
  describe_field (text, _("_Address"), ls_person_get_address (person));
  describe_field (text, _("_Name of guardian or relative"), ls_person_get_representative_name (person));
  describe_field (text, _("_Relation"), relation);
  describe_field (text, _("Prefers plain language"), ls_person_get_plain_language (person) ? _("Yes") : _("No"));
  describe_field (text, _("Uses pictograms"), ls_person_get_pictograms (person) ? _("Yes") : _("No"));
  describe_field (text, _("In_terpreter language, if needed"), ls_person_get_interpreter_language (person));
  describe_field (text, _("_Written language"),
                  g_strcmp0 (ls_person_get_written_language (person), "nn") == 0 ? _("Nynorsk") : _("Bokmål"));
  describe_field (text, _("Consents to sharing information with service providers"),
                  ls_person_get_consent_share (person) ? _("Yes") : _("No"));
  describe_field (text, _("Consents to an individual plan"), ls_person_get_consent_plan (person) ? _("Yes") : _("No"));
  return g_strstrip (g_string_free (text, FALSE));
}

static gpointer
load_person (LsStore *store,
             gint64   id,
             GError **error)
{
  return ls_store_load_person (store, id, error);
}

static gpointer
mine_person (gpointer dialog)
{
  return person_from_form (dialog);
}

/* Theirs with each field the caseworker changed since the fields were
 * filled (ls_object_variant_merge); NULL when that cannot be told (the
 * fields were restored from this computer). */
static gpointer
merge_person (gpointer  dialog,
              gpointer  theirs,
              gboolean *clash)
{
  LsPersonDialog *self = dialog;
  g_autoptr(LsPerson) mine = NULL;
  g_autoptr(GVariant) mine_values = NULL;
  g_autoptr(GVariant) theirs_values = NULL;
  g_autoptr(GVariant) merged = NULL;
  LsPerson *person;

  if (self->base == NULL)
    return NULL;
  mine = person_from_form (self);
  mine_values = g_variant_ref_sink (ls_object_to_variant (mine));
  theirs_values = g_variant_ref_sink (ls_object_to_variant (theirs));
  merged = g_variant_ref_sink (ls_object_variant_merge (self->base, mine_values, theirs_values, clash));
  person = ls_person_new ();
  ls_object_set_from_variant (person, merged);
  return person;
}

static char *
describe_cb (gpointer person,
             gpointer dialog)
{
  return describe_person (person);
}

/* Saved over theirs, knowingly, against the version just shown: theirs
 * with the caseworker's changes, which the fields then show. */
static void
keep_mine_cb (gpointer dialog,
              gpointer theirs)
{
  LsPersonDialog *self = dialog;
  gboolean clash;
  g_autoptr(LsPerson) merged = merge_person (self, theirs, &clash);

  if (merged != NULL)
    {
      fill_form (self, merged);
      g_clear_pointer (&self->base, g_variant_unref);
      self->base = g_variant_ref_sink (ls_object_to_variant (theirs));
    }
  self->version = ls_row_version_get (theirs);
  self->resolving = FALSE;
  save_clicked_cb (self);
}

static void
take_theirs_cb (gpointer dialog,
                gpointer theirs)
{
  LsPersonDialog *self = dialog;

  self->resolving = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  fill_form (self, theirs);
}

/* The dialog went, or theirs could not be read: the refused save's
 * sentence stays, and Save tries again. */
static void
conflict_ended_cb (gpointer dialog)
{
  LsPersonDialog *self = dialog;

  self->resolving = FALSE;
  check (self);
}

static const LsDocumentConflict person_conflict = {
  "person", load_person, g_object_unref, mine_person, describe_cb, keep_mine_cb, take_theirs_cb, conflict_ended_cb,
  merge_person,
};

/* The save met a newer row: theirs is read on a worker, then shown. */
static void
show_conflict (LsPersonDialog *self)
{
  if (self->resolving)
    return;
  self->resolving = TRUE;
  check (self);
  ls_document_conflict_show (GTK_WIDGET (self), self->store, self->person_id, &person_conflict);
}

static void
ls_person_dialog_dispose (GObject *object)
{
  LsPersonDialog *self = LS_PERSON_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->auto_birth, g_free);
  g_clear_pointer (&self->base, g_variant_unref);
  G_OBJECT_CLASS (ls_person_dialog_parent_class)->dispose (object);
}

static void
ls_person_dialog_class_init (LsPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_person_dialog_dispose;

  /* The person's id, after it was saved. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/livsskisse/Livsskisse/ls-person-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, LsPersonDialog, name)
  BIND (save_button);
  BIND (error_label);
  BIND (given_entry);
  BIND (family_entry);
  BIND (name_message);
  BIND (id_entry);
  BIND (id_message);
  BIND (birth_entry);
  BIND (birth_message);
  BIND (phone_entry);
  BIND (email_entry);
  BIND (email_message);
  BIND (address_entry);
  BIND (rep_entry);
  BIND (rep_relation);
  BIND (plain_check);
  BIND (pictogram_check);
  BIND (interpreter_entry);
  BIND (written_dropdown);
  BIND (share_check);
  BIND (plan_check);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ls_person_dialog_init (LsPersonDialog *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->given_entry));
  ls_a11y_name_drop_down (self->rep_relation, _("Relation"));
  ls_a11y_name_drop_down (self->written_dropdown, _("Written language"));
  check (self);
}

static LsPersonDialog *
dialog_new (GtkWindow *parent,
            LsStore   *store)
{
  LsPersonDialog *self = g_object_new (LS_TYPE_PERSON_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  return self;
}

/* Saved against the version it was typed on; the file goes once saved. */
static void
kept_restore (gpointer  owner,
              GVariant *values)
{
  g_autoptr(LsPerson) person = ls_person_new ();

  ls_object_set_from_variant (person, values);
  fill_form (owner, person);
  /* not as stored: a colleague's later change is not merged into it */
  g_clear_pointer (&((LsPersonDialog *) owner)->base, g_variant_unref);
}

/* A person an earlier run could not save: offered above the fields. */
static void
offer_kept (LsPersonDialog *self)
{
  g_autofree char *path = kept_path (self);
  GtkWidget *banner = ls_unsaved_offer_kept (path, G_VARIANT_TYPE_VARDICT, kept_restore, NULL, self, NULL);

  if (banner != NULL)
    gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->error_label))), banner,
                                GTK_WIDGET (self->error_label));
}

GtkWidget *
ls_person_dialog_new (GtkWindow *parent,
                      LsStore   *store)
{
  LsPersonDialog *self;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  self = dialog_new (parent, store);
  offer_kept (self);
  return GTK_WIDGET (self);
}

GtkWidget *
ls_person_dialog_new_for_person (GtkWindow *parent,
                                 LsStore   *store,
                                 LsPerson  *person)
{
  LsPersonDialog *self;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);
  g_return_val_if_fail (LS_IS_PERSON (person), NULL);

  self = dialog_new (parent, store);
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Person"));
  fill_form (self, person);
  offer_kept (self);
  return GTK_WIDGET (self);
}
