/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sketch a conversation is about, read or begun before the session is
 * made: store calls only, on any thread (the page reads it on a worker,
 * ls-conversation-load.c). */
#define G_LOG_DOMAIN "ls-conversation-session"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-conversation-session.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-value.h"

static char *
person_display_name (LsStore *store,
                     gint64   person_id)
{
  g_autoptr(LsPerson) person = ls_store_load_person (store, person_id, NULL);

  return person != NULL ? ls_person_dup_display_name (person) : NULL;
}

static LsSketch *
create_sketch (LsStore  *store,
               gint64    person_id,
               GError  **error)
{
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autofree char *name = person_display_name (store, person_id);
  GDate today;

  ls_date_set_today (&today);
  ls_sketch_set_person_id (sketch, person_id);
  ls_sketch_set_date (sketch, &today);
  ls_sketch_set_status (sketch, LS_SKETCH_IN_PROGRESS);
  if (name != NULL && *name != '\0')
    ls_sketch_add_participant (sketch, name, _("The person"));
  if (!ls_store_save_sketch (store, sketch, error))
    return NULL;
  return g_steal_pointer (&sketch);
}

LsSketch *
ls_conversation_session_load_sketch (LsStore  *store,
                                     gint64    person_id,
                                     gint64    sketch_id,
                                     GError  **error)
{
  g_return_val_if_fail (LS_IS_STORE (store), NULL);
  g_return_val_if_fail (person_id > 0 || sketch_id > 0, NULL);

  if (sketch_id > 0)
    return ls_store_load_sketch (store, sketch_id, error);
  return create_sketch (store, person_id, error);
}
