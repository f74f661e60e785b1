/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-preferences-window"

#include <glib/gi18n.h>

#include "ls-preferences-window.h"
#include "ls-team-database-page.h"
#include "ls-ui-util.h"

#define SAVE_DELAY_MS 400

struct _LsPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwPreferencesGroup  *sender_group;
  AdwPreferencesGroup  *appeal_group;
  AdwPreferencesGroup  *contact_group;
  AdwActionRow         *logo_row;
  GtkWidget            *logo_button;
  GtkWidget            *logo_clear_button;
  GtkSpinButton        *weeks_spin;

  LsLetterhead         *letterhead;
  char                 *path;
  guint                 save_source;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (LsPreferencesWindow, ls_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The text rows, in the order they are shown in their group. */
static const struct
{
  LsLetterheadField field;
  const char       *title;
  int               group;     /* 0 sender, 1 appeal, 2 contact */
  gboolean          nynorsk;   /* the field's nynorsk text */
} rows[] = {
  { LS_LETTERHEAD_MUNICIPALITY, N_("Municipality"), 0 },
  { LS_LETTERHEAD_MUNICIPALITY, N_("Municipality in nynorsk (empty: as above)"), 0, TRUE },
  { LS_LETTERHEAD_UNIT, N_("Unit"), 0 },
  { LS_LETTERHEAD_UNIT, N_("Unit in nynorsk (empty: as above)"), 0, TRUE },
  { LS_LETTERHEAD_ADDRESS, N_("Address"), 0 },
  { LS_LETTERHEAD_POSTAL_ADDRESS, N_("Postcode and place"), 0 },
  { LS_LETTERHEAD_PHONE, N_("Phone"), 0 },
  { LS_LETTERHEAD_EMAIL, N_("Email"), 0 },
  { LS_LETTERHEAD_WEBSITE, N_("Website"), 0 },
  { LS_LETTERHEAD_APPEAL_BODY, N_("Appeal body"), 1 },
  { LS_LETTERHEAD_APPEAL_BODY, N_("Appeal body in nynorsk (empty: as above)"), 1, TRUE },
  { LS_LETTERHEAD_CONTACT_NAME, N_("Contact person"), 2 },
  { LS_LETTERHEAD_CONTACT_PHONE, N_("Contact phone (empty: the unit's)"), 2 },
  { LS_LETTERHEAD_CONTACT_EMAIL, N_("Contact email (empty: the unit's)"), 2 },
  { LS_LETTERHEAD_SIGNATURE_NAME, N_("Signed by"), 2 },
  { LS_LETTERHEAD_SIGNATURE_TITLE, N_("Title of the signer"), 2 },
  { LS_LETTERHEAD_SIGNATURE_TITLE, N_("Title of the signer in nynorsk (empty: as above)"), 2, TRUE },
};

gboolean
ls_preferences_window_save (LsPreferencesWindow *self,
                            GError             **error)
{
  g_return_val_if_fail (LS_IS_PREFERENCES_WINDOW (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  return ls_letterhead_save (self->letterhead, self->path, error);
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  LsPreferencesWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  self->save_source = 0;
  if (!ls_letterhead_save (self->letterhead, self->path, &error))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
  return G_SOURCE_REMOVE;
}

static void
queue_save (LsPreferencesWindow *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
entry_changed_cb (GtkEditable         *editable,
                  LsPreferencesWindow *self)
{
  guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "ls-row"));

  if (rows[row].nynorsk)
    ls_letterhead_set_nynorsk (self->letterhead, rows[row].field, gtk_editable_get_text (editable));
  else
    ls_letterhead_set (self->letterhead, rows[row].field, gtk_editable_get_text (editable));
  queue_save (self);
}

static void
weeks_changed_cb (GtkSpinButton       *spin,
                  LsPreferencesWindow *self)
{
  ls_letterhead_set_appeal_weeks (self->letterhead, (guint) gtk_spin_button_get_value_as_int (spin));
  queue_save (self);
}

static void
update_logo_row (LsPreferencesWindow *self)
{
  const char *logo = ls_letterhead_get (self->letterhead, LS_LETTERHEAD_LOGO_PATH);

  adw_action_row_set_subtitle (self->logo_row, logo[0] != '\0' ? logo : _("No logo"));
  gtk_widget_set_sensitive (self->logo_clear_button, logo[0] != '\0');
}

static void
chooser_response_cb (LsPreferencesWindow  *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;
  ls_letterhead_set (self->letterhead, LS_LETTERHEAD_LOGO_PATH, path);
  update_logo_row (self);
  queue_save (self);
}

static void
logo_clicked_cb (LsPreferencesWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  self->chooser = gtk_file_chooser_native_new (_("Choose a Logo"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PNG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
logo_clear_clicked_cb (LsPreferencesWindow *self)
{
  ls_letterhead_set (self->letterhead, LS_LETTERHEAD_LOGO_PATH, "");
  update_logo_row (self);
  queue_save (self);
}

static void
add_rows (LsPreferencesWindow *self)
{
  AdwPreferencesGroup *groups[] = { self->sender_group, self->appeal_group, self->contact_group };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkWidget *row = adw_entry_row_new ();
      const char *title = _(rows[i].title);
      /* "unit", "unit-nn", …: what a test finds a row by. */
      g_autofree char *name = g_strconcat (ls_letterhead_field_key (rows[i].field), rows[i].nynorsk ? "-nn" : "", NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_editable_set_text (GTK_EDITABLE (row), rows[i].nynorsk ? ls_letterhead_get_nynorsk (self->letterhead, rows[i].field)
                                                                 : ls_letterhead_get (self->letterhead, rows[i].field));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      gtk_widget_set_name (row, name);
      g_object_set_data (G_OBJECT (row), "ls-row", GUINT_TO_POINTER (i));
      g_signal_connect (row, "changed", G_CALLBACK (entry_changed_cb), self);
      adw_preferences_group_add (groups[rows[i].group], row);
    }
}

static gboolean
ls_preferences_window_close_request (GtkWindow *window)
{
  LsPreferencesWindow *self = LS_PREFERENCES_WINDOW (window);

  if (self->save_source != 0)
    {
      g_autoptr(GError) error = NULL;

      if (!ls_preferences_window_save (self, &error))
        g_warning ("%s", error->message);
    }
  return GTK_WINDOW_CLASS (ls_preferences_window_parent_class)->close_request (window);
}

static void
ls_preferences_window_dispose (GObject *object)
{
  LsPreferencesWindow *self = LS_PREFERENCES_WINDOW (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->letterhead);
  g_clear_pointer (&self->path, g_free);
  G_OBJECT_CLASS (ls_preferences_window_parent_class)->dispose (object);
}

static void
ls_preferences_window_class_init (LsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ls_preferences_window_dispose;
  window_class->close_request = ls_preferences_window_close_request;

  g_type_ensure (LS_TYPE_TEAM_DATABASE_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/livsskisse/Livsskisse/ls-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LsPreferencesWindow, sender_group);
  gtk_widget_class_bind_template_child (widget_class, LsPreferencesWindow, appeal_group);
  gtk_widget_class_bind_template_child (widget_class, LsPreferencesWindow, contact_group);
  gtk_widget_class_bind_template_child (widget_class, LsPreferencesWindow, logo_row);
  gtk_widget_class_bind_template_child (widget_class, LsPreferencesWindow, logo_button);
  gtk_widget_class_bind_template_child (widget_class, LsPreferencesWindow, logo_clear_button);
  gtk_widget_class_bind_template_child (widget_class, LsPreferencesWindow, weeks_spin);
  /* For tests, with gtk_widget_get_template_child(). */
  gtk_widget_class_bind_template_child_full (widget_class, "team_page", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, logo_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, logo_clear_clicked_cb);
}

static void
ls_preferences_window_init (LsPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ls_preferences_window_new (GtkWindow  *parent,
                           const char *path)
{
  LsPreferencesWindow *self = g_object_new (LS_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  g_autoptr(GError) error = NULL;

  self->path = g_strdup (path);
  self->letterhead = ls_letterhead_new ();
  if (!ls_letterhead_load (self->letterhead, path, &error))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
  add_rows (self);
  update_logo_row (self);
  gtk_spin_button_set_value (self->weeks_spin, MAX (1, ls_letterhead_get_appeal_weeks (self->letterhead)));
  ls_ui_wheel_changes_only_focused (GTK_WIDGET (self->weeks_spin));
  g_signal_connect (self->weeks_spin, "value-changed", G_CALLBACK (weeks_changed_cb), self);
  return GTK_WIDGET (self);
}

void
ls_preferences_window_present (GtkWindow *parent)
{
  gtk_window_present (GTK_WINDOW (ls_preferences_window_new (parent, NULL)));
}

LsLetterhead *
ls_preferences_window_get_letterhead (LsPreferencesWindow *self)
{
  g_return_val_if_fail (LS_IS_PREFERENCES_WINDOW (self), NULL);
  return self->letterhead;
}
