/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A draft decision that could not be saved, kept on this computer
 * (ls_document_saver_keep_unsaved()) and offered again when the editor
 * opens it next: the decision's own values with its goals and measures,
 * (a{sv}aa{sv}aa{sv}), each as ls-object-variant.h gives them. */
#define G_LOG_DOMAIN "ls-decision-editor"

#include "config.h"

#include "ls-decision-editor-private.h"
#include "ls-object-variant.h"

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

static GVariant *
keep (gpointer document)
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
static gpointer
restore (gpointer  editor,
         GVariant *kept)
{
  LsDecisionEditor *self = editor;
  g_autoptr(GVariant) decision = NULL, goals = NULL, measures = NULL;

  g_variant_get (kept, "(@a{sv}@aa{sv}@aa{sv})", &decision, &goals, &measures);
  ls_object_set_from_variant (self->decision, decision);
  list_from_variant (ls_decision_get_goals (self->decision), LS_TYPE_GOAL, goals);
  list_from_variant (ls_decision_get_measures (self->decision), LS_TYPE_MEASURE, measures);
  _ls_decision_editor_rebuild (self);
  self->unsaved = TRUE;
  return self->decision;
}

void
_ls_decision_editor_offer_kept (LsDecisionEditor *self)
{
  GtkWidget *offer;

  ls_document_saver_keep_unsaved (self->saver, "decision", keep);
  if (ls_decision_editor_get_read_only (self))
    return;
  offer = ls_document_saver_offer_kept (self->saver, ls_decision_get_id (self->decision), G_VARIANT_TYPE (KEPT_TYPE),
                                        restore, self);
  if (offer != NULL)
    gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->title_label))), offer,
                                GTK_WIDGET (self->based_on_label));
}
