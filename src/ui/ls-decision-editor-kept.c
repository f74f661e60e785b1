/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A draft decision that could not be saved, kept on this computer
 * (ls_document_saver_keep_unsaved()) and offered again when the editor
 * opens it next: the decision's own values with its goals and measures,
 * (a{sv}aa{sv}aa{sv}), each as ls-object-variant.h gives them. */
#define G_LOG_DOMAIN "ls-decision-editor"

#include "config.h"

#include "ls-decision-editor-private.h"
#include "ls-object-variant.h"
#include "ls-unsaved-file.h"

#define KEPT_TYPE "(a{sv}aa{sv}aa{sv})"

static GVariant *
list_to_variant (GListStore *list)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("aa{sv}"));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_variant_builder_add_value (&builder, ls_object_to_variant (item));
    }
  return g_variant_builder_end (&builder);
}

GVariant *
_ls_decision_editor_keep (gpointer document)
{
  return g_variant_new ("(@a{sv}@aa{sv}@aa{sv})", ls_object_to_variant (document),
                        list_to_variant (ls_decision_get_goals (document)),
                        list_to_variant (ls_decision_get_measures (document)));
}

static void
list_from_variant (GListStore *list,
                   GType       type,
                   GVariant   *items)
{
  GVariantIter iter;
  GVariant *values;

  g_list_store_remove_all (list);
  g_variant_iter_init (&iter, items);
  while ((values = g_variant_iter_next_value (&iter)) != NULL)
    {
      g_autoptr(GObject) item = g_object_new (type, NULL);

      ls_object_set_from_variant (item, values);
      g_list_store_append (list, item);
      g_variant_unref (values);
    }
}

/* The kept draft becomes the decision shown, with the row version it was
 * typed on: saved now, someone else's change since then is a conflict,
 * never overwritten. */
static void
restore_cb (LsDecisionEditor *self)
{
  g_autoptr(GVariant) decision = NULL, goals = NULL, measures = NULL;
  g_autoptr(GVariant) kept = g_object_steal_data (G_OBJECT (self), "ls-kept");
  GtkWidget *offer = g_object_steal_data (G_OBJECT (self), "ls-kept-offer");

  if (offer != NULL)
    gtk_revealer_set_reveal_child (GTK_REVEALER (offer), FALSE);
  if (kept == NULL)
    return;
  g_variant_get (kept, "(@a{sv}@aa{sv}@aa{sv})", &decision, &goals, &measures);
  ls_object_set_from_variant (self->decision, decision);
  list_from_variant (ls_decision_get_goals (self->decision), LS_TYPE_GOAL, goals);
  list_from_variant (ls_decision_get_measures (self->decision), LS_TYPE_MEASURE, measures);
  ls_document_saver_end_offer (self->saver, FALSE);
  _ls_decision_editor_rebuild (self);
  self->unsaved = TRUE;
  ls_document_saver_save_soon (self->saver, self->decision);
}

static void
discard_cb (LsDecisionEditor *self)
{
  GtkWidget *offer = g_object_steal_data (G_OBJECT (self), "ls-kept-offer");

  if (offer != NULL)
    gtk_revealer_set_reveal_child (GTK_REVEALER (offer), FALSE);
  g_object_set_data (G_OBJECT (self), "ls-kept", NULL);
  ls_document_saver_end_offer (self->saver, TRUE);
}

void
_ls_decision_editor_offer_kept (LsDecisionEditor *self)
{
  g_autoptr(GVariant) kept = NULL;
  GtkWidget *offer;
  gint64 when = 0;

  ls_document_saver_keep_unsaved (self->saver, "decision", _ls_decision_editor_keep);
  if (ls_decision_editor_get_read_only (self) || ls_decision_get_id (self->decision) == 0)
    return;
  kept = ls_document_saver_take_kept (self->saver, ls_decision_get_id (self->decision), &when);
  if (kept == NULL)
    return;
  if (!g_variant_is_of_type (kept, G_VARIANT_TYPE (KEPT_TYPE)))
    {
      g_warning ("The unsaved decision kept on this computer is not one this version can read");
      ls_document_saver_end_offer (self->saver, FALSE);
      return;
    }
  offer = ls_unsaved_offer_new (when, G_CALLBACK (restore_cb), G_CALLBACK (discard_cb), self);
  gtk_widget_set_name (offer, "decision-kept-offer");
  g_object_set_data_full (G_OBJECT (self), "ls-kept", g_steal_pointer (&kept), (GDestroyNotify) g_variant_unref);
  g_object_set_data (G_OBJECT (self), "ls-kept-offer", offer);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->title_label))), offer,
                              GTK_WIDGET (self->based_on_label));
}
