/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Unsaved text kept on this computer (ls-unsaved-file.h). The text is
 * the person's data: the file is private and never named after anyone,
 * and no message here holds its content. */
#define G_LOG_DOMAIN "ls-unsaved-file"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ls-private-file.h"
#include "ls-unsaved-file.h"

char *
ls_unsaved_file_dup_path (LsStore    *store,
                          const char *kind,
                          gint64      id)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, ls_store_get_path (store), -1);
  g_autofree char *name = NULL;

  if (kind == NULL)
    name = g_strdup_printf ("%.16s-%" G_GINT64_FORMAT ".gvariant", hash, id);
  else
    name = g_strdup_printf ("%.16s-%s-%" G_GINT64_FORMAT ".gvariant", hash, kind, id);
  return g_build_filename (g_get_user_data_dir (), "livsskisse", "unsaved", name, NULL);
}

gboolean
ls_unsaved_file_write (const char *path,
                       GVariant   *value,
                       GError    **error)
{
  g_autoptr(GVariant) sunk = g_variant_ref_sink (value);
  g_autoptr(LsPrivateFile) file = NULL;
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *text = g_variant_print (sunk, TRUE);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not make the folder for unsaved text on this computer: %s"), g_strerror (saved));
      return FALSE;
    }
  file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, error);
  return file != NULL && ls_private_file_write (file, text, strlen (text), error)
         && ls_private_file_commit (file, error);
}

GVariant *
ls_unsaved_file_read (const char         *path,
                      const GVariantType *type,
                      GError            **error)
{
  g_autofree char *contents = NULL;
  GVariant *value;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;
  value = g_variant_parse (type, contents, NULL, NULL, NULL);
  if (value == NULL)
    g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                         _("The unsaved text kept on this computer could not be read (the file is damaged)"));
  return value;
}

void
ls_unsaved_file_remove (const char *path)
{
  if (g_remove (path) != 0 && errno != ENOENT)
    g_warning ("Could not remove the unsaved text kept on this computer: %s", g_strerror (errno));
}

void
ls_unsaved_file_keep (const char *path,
                      GVariant   *value)
{
  g_autoptr(GError) error = NULL;

  if (!ls_unsaved_file_write (path, g_variant_new ("(xv)", g_get_real_time () / G_USEC_PER_SEC, value), &error))
    g_warning ("The unsaved text could not be kept on this computer: %s", error->message);
}

GVariant *
ls_unsaved_file_read_kept (const char         *path,
                           const GVariantType *type,
                           gint64             *when)
{
  g_autoptr(GVariant) kept = NULL;
  g_autoptr(GVariant) value = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;
  kept = ls_unsaved_file_read (path, G_VARIANT_TYPE ("(xv)"), &error);
  if (kept == NULL)
    {
      /* a damaged file is left for someone to look at, and not offered */
      g_warning ("%s", error->message);
      return NULL;
    }
  g_variant_get (kept, "(xv)", when, &value);
  if (!g_variant_is_of_type (value, type))
    {
      g_warning ("The unsaved text kept on this computer is not of a kind this version can read");
      return NULL;
    }
  return g_steal_pointer (&value);
}

typedef struct
{
  char                *path;
  GVariantType        *type;
  LsUnsavedRestoreFunc restore;
  LsUnsavedRestoreFunc discarded;
  gpointer             owner;
  GDestroyNotify       free_owner;
} Offer;

static void
offer_free (gpointer data)
{
  Offer *offer = data;

  g_free (offer->path);
  g_variant_type_free (offer->type);
  if (offer->free_owner != NULL)
    offer->free_owner (offer->owner);
  g_free (offer);
}

static void
offer_restore_cb (GtkRevealer *banner)
{
  Offer *offer = g_object_get_data (G_OBJECT (banner), "ls-offer");
  gint64 when;
  g_autoptr(GVariant) value = ls_unsaved_file_read_kept (offer->path, offer->type, &when);

  gtk_revealer_set_reveal_child (banner, FALSE);
  if (value != NULL)
    offer->restore (offer->owner, value);
}

static void
offer_discard_cb (GtkRevealer *banner)
{
  Offer *offer = g_object_get_data (G_OBJECT (banner), "ls-offer");

  gtk_revealer_set_reveal_child (banner, FALSE);
  ls_unsaved_file_remove (offer->path);
  if (offer->discarded != NULL)
    offer->discarded (offer->owner, NULL);
}

GtkWidget *
ls_unsaved_offer_kept (const char          *path,
                       const GVariantType  *type,
                       LsUnsavedRestoreFunc restore,
                       LsUnsavedRestoreFunc discarded,
                       gpointer             owner,
                       GDestroyNotify       free_owner)
{
  g_autoptr(GVariant) value = NULL;
  GtkWidget *banner;
  Offer *offer;
  gint64 when = 0;

  value = ls_unsaved_file_read_kept (path, type, &when);
  if (value == NULL)
    {
      if (free_owner != NULL)
        free_owner (owner);
      return NULL;
    }
  banner = ls_unsaved_offer_new (when, G_CALLBACK (offer_restore_cb), G_CALLBACK (offer_discard_cb), NULL);
  offer = g_new0 (Offer, 1);
  offer->path = g_strdup (path);
  offer->type = g_variant_type_copy (type);
  offer->restore = restore;
  offer->discarded = discarded;
  offer->owner = owner;
  offer->free_owner = free_owner;
  g_object_set_data_full (G_OBJECT (banner), "ls-offer", offer, offer_free);
  return banner;
}

GtkWidget *
ls_unsaved_offer_new (gint64    when,
                      GCallback restore,
                      GCallback discard,
                      gpointer  instance)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (when);
  g_autofree char *date = time != NULL ? g_date_time_format (time, "%x %H:%M") : g_strdup ("?");
  g_autofree char *text = NULL;
  GtkWidget *revealer, *box, *label, *restore_button, *discard_button;

  /* Translators: %s is a date and time. */
  text = g_strdup_printf (_("You have text from %s that was not saved. Restore it to save it now, or discard it."),
                          date);
  revealer = gtk_revealer_new ();
  if (instance == NULL)
    instance = revealer;
  box = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT,
                      "orientation", GTK_ORIENTATION_HORIZONTAL, "spacing", 12, NULL);
  gtk_widget_add_css_class (box, "save-failed-banner");
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_margin_start (label, 12);
  restore_button = gtk_button_new_with_mnemonic (_("_Restore"));
  discard_button = gtk_button_new_with_mnemonic (_("_Discard"));
  gtk_widget_add_css_class (restore_button, "suggested-action");
  g_signal_connect_object (restore_button, "clicked", restore, instance, G_CONNECT_SWAPPED);
  g_signal_connect_object (discard_button, "clicked", discard, instance, G_CONNECT_SWAPPED);
  gtk_widget_set_name (restore_button, "unsaved-restore");
  gtk_widget_set_name (discard_button, "unsaved-discard");
  gtk_widget_set_margin_top (restore_button, 6);
  gtk_widget_set_margin_bottom (restore_button, 6);
  gtk_widget_set_margin_top (discard_button, 6);
  gtk_widget_set_margin_bottom (discard_button, 6);
  gtk_widget_set_margin_end (discard_button, 12);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), restore_button);
  gtk_box_append (GTK_BOX (box), discard_button);
  gtk_revealer_set_child (GTK_REVEALER (revealer), box);
  gtk_revealer_set_reveal_child (GTK_REVEALER (revealer), TRUE);
  return revealer;
}
