/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Undo/redo as data: two stacks of (field, old, new) steps and a callback
 * that puts a value back. Kept free of widgets so it is tested alone. */
#define G_LOG_DOMAIN "ls-edit-history"

#include "ls-edit-history.h"

typedef struct
{
  char     *field;
  GVariant *old_value;  /* NULL = did not exist */
  GVariant *new_value;
} Step;

struct _LsEditHistory
{
  GObject          parent_instance;
  LsEditApplyFunc  apply;
  gpointer         user_data;
  GDestroyNotify   destroy;
  GQueue           undo;   /* Step *, newest at the head */
  GQueue           redo;
  guint            limit;
  gboolean         sealed;
  gboolean         applying;
};

G_DEFINE_FINAL_TYPE (LsEditHistory, ls_edit_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
step_free (gpointer data)
{
  Step *step = data;

  g_free (step->field);
  g_clear_pointer (&step->old_value, g_variant_unref);
  g_clear_pointer (&step->new_value, g_variant_unref);
  g_free (step);
}

static gboolean
values_equal (GVariant *a,
              GVariant *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_variant_equal (a, b);
}

/* Runs @body and notifies whichever of can-undo/can-redo changed. */
typedef struct
{
  gboolean can_undo;
  gboolean can_redo;
} Snapshot;

static Snapshot
snapshot (LsEditHistory *self)
{
  Snapshot s = { self->undo.length > 0, self->redo.length > 0 };

  return s;
}

static void
notify_changes (LsEditHistory *self,
                Snapshot       before)
{
  if (before.can_undo != (self->undo.length > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before.can_redo != (self->redo.length > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
clear_queue (GQueue *queue)
{
  g_queue_clear_full (queue, step_free);
}

static void
ls_edit_history_finalize (GObject *object)
{
  LsEditHistory *self = LS_EDIT_HISTORY (object);

  clear_queue (&self->undo);
  clear_queue (&self->redo);
  if (self->destroy != NULL)
    self->destroy (self->user_data);
  G_OBJECT_CLASS (ls_edit_history_parent_class)->finalize (object);
}

static void
ls_edit_history_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LsEditHistory *self = LS_EDIT_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, ls_edit_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, ls_edit_history_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_edit_history_class_init (LsEditHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ls_edit_history_finalize;
  object_class->get_property = ls_edit_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ls_edit_history_init (LsEditHistory *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
  self->limit = 500;
  self->sealed = TRUE;
}

LsEditHistory *
ls_edit_history_new (LsEditApplyFunc apply,
                     gpointer        user_data,
                     GDestroyNotify  destroy)
{
  LsEditHistory *self;

  g_return_val_if_fail (apply != NULL, NULL);

  self = g_object_new (LS_TYPE_EDIT_HISTORY, NULL);
  self->apply = apply;
  self->user_data = user_data;
  self->destroy = destroy;
  return self;
}

static void
trim (LsEditHistory *self)
{
  while (self->undo.length > self->limit)
    step_free (g_queue_pop_tail (&self->undo));
}

void
ls_edit_history_push (LsEditHistory *self,
                      const char    *field,
                      GVariant      *old_value,
                      GVariant      *new_value,
                      gboolean       merge)
{
  Snapshot before;
  Step *top;
  Step *step;

  g_return_if_fail (LS_IS_EDIT_HISTORY (self));
  g_return_if_fail (field != NULL);

  if (old_value != NULL)
    g_variant_ref_sink (old_value);
  if (new_value != NULL)
    g_variant_ref_sink (new_value);

  /* The owner echoes applied values back as edits: not new steps. */
  if (self->applying)
    goto out;

  before = snapshot (self);
  top = g_queue_peek_head (&self->undo);
  if (merge && !self->sealed && top != NULL && g_str_equal (top->field, field))
    {
      g_clear_pointer (&top->new_value, g_variant_unref);
      top->new_value = new_value != NULL ? g_variant_ref (new_value) : NULL;
      /* Typed and then erased again: no step at all. */
      if (values_equal (top->old_value, top->new_value))
        step_free (g_queue_pop_head (&self->undo));
    }
  else if (!values_equal (old_value, new_value))
    {
      step = g_new0 (Step, 1);
      step->field = g_strdup (field);
      step->old_value = old_value != NULL ? g_variant_ref (old_value) : NULL;
      step->new_value = new_value != NULL ? g_variant_ref (new_value) : NULL;
      g_queue_push_head (&self->undo, step);
      trim (self);
    }
  clear_queue (&self->redo);
  self->sealed = !merge;
  notify_changes (self, before);

out:
  g_clear_pointer (&old_value, g_variant_unref);
  g_clear_pointer (&new_value, g_variant_unref);
}

void
ls_edit_history_seal (LsEditHistory *self)
{
  g_return_if_fail (LS_IS_EDIT_HISTORY (self));
  self->sealed = TRUE;
}

/* Moves the newest step of @from to @to after applying its @use_old value. */
static gboolean
move_step (LsEditHistory *self,
           GQueue        *from,
           GQueue        *to,
           gboolean       use_old,
           GError       **error)
{
  Snapshot before = snapshot (self);
  Step *step = g_queue_peek_head (from);
  gboolean ok;

  if (step == NULL)
    return FALSE;

  self->applying = TRUE;
  ok = self->apply (step->field, use_old ? step->old_value : step->new_value,
                    self->user_data, error);
  self->applying = FALSE;
  if (!ok)
    return FALSE;

  g_queue_push_head (to, g_queue_pop_head (from));
  self->sealed = TRUE;
  notify_changes (self, before);
  return TRUE;
}

gboolean
ls_edit_history_undo (LsEditHistory *self,
                      GError       **error)
{
  g_return_val_if_fail (LS_IS_EDIT_HISTORY (self), FALSE);
  return move_step (self, &self->undo, &self->redo, TRUE, error);
}

gboolean
ls_edit_history_redo (LsEditHistory *self,
                      GError       **error)
{
  g_return_val_if_fail (LS_IS_EDIT_HISTORY (self), FALSE);
  return move_step (self, &self->redo, &self->undo, FALSE, error);
}

gboolean
ls_edit_history_can_undo (LsEditHistory *self)
{
  g_return_val_if_fail (LS_IS_EDIT_HISTORY (self), FALSE);
  return self->undo.length > 0;
}

gboolean
ls_edit_history_can_redo (LsEditHistory *self)
{
  g_return_val_if_fail (LS_IS_EDIT_HISTORY (self), FALSE);
  return self->redo.length > 0;
}

guint
ls_edit_history_get_n_undo (LsEditHistory *self)
{
  g_return_val_if_fail (LS_IS_EDIT_HISTORY (self), 0);
  return self->undo.length;
}

guint
ls_edit_history_get_n_redo (LsEditHistory *self)
{
  g_return_val_if_fail (LS_IS_EDIT_HISTORY (self), 0);
  return self->redo.length;
}

const char *
ls_edit_history_peek_undo_field (LsEditHistory *self)
{
  Step *step;

  g_return_val_if_fail (LS_IS_EDIT_HISTORY (self), NULL);
  step = g_queue_peek_head (&self->undo);
  return step != NULL ? step->field : NULL;
}

const char *
ls_edit_history_peek_redo_field (LsEditHistory *self)
{
  Step *step;

  g_return_val_if_fail (LS_IS_EDIT_HISTORY (self), NULL);
  step = g_queue_peek_head (&self->redo);
  return step != NULL ? step->field : NULL;
}

gboolean
ls_edit_history_is_applying (LsEditHistory *self)
{
  g_return_val_if_fail (LS_IS_EDIT_HISTORY (self), FALSE);
  return self->applying;
}

void
ls_edit_history_set_limit (LsEditHistory *self,
                           guint          limit)
{
  Snapshot before;

  g_return_if_fail (LS_IS_EDIT_HISTORY (self));
  g_return_if_fail (limit > 0);

  before = snapshot (self);
  self->limit = limit;
  trim (self);
  notify_changes (self, before);
}

void
ls_edit_history_clear (LsEditHistory *self)
{
  Snapshot before;

  g_return_if_fail (LS_IS_EDIT_HISTORY (self));

  before = snapshot (self);
  clear_queue (&self->undo);
  clear_queue (&self->redo);
  self->sealed = TRUE;
  notify_changes (self, before);
}
