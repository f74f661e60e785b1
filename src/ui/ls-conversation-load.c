/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the conversation page reads before it is built: store calls only,
 * on any thread (a worker's connection); the page is built from it on the
 * main thread. */
#define G_LOG_DOMAIN "ls-conversation-page"

#include "config.h"

#include "ls-conversation-page-private.h"
#include "ls-store-persons.h"

void
ls_conversation_page_data_free (gpointer page_data)
{
  LsConversationPageData *data = page_data;

  if (data == NULL)
    return;
  g_clear_object (&data->sketch);
  g_clear_error (&data->error);
  g_free (data->person_name);
  g_free (data);
}

LsConversationPageData *
_ls_conversation_page_load_data (LsStore *store,
                                 gint64   person_id,
                                 gint64   sketch_id)
{
  LsConversationPageData *data = g_new0 (LsConversationPageData, 1);
  g_autoptr(LsPerson) person = NULL;

  data->person_id = person_id;
  data->sketch = ls_conversation_session_load_sketch (store, person_id, sketch_id, &data->error);
  if (data->sketch == NULL)
    return data;
  data->person_id = ls_sketch_get_person_id (data->sketch);
  person = ls_store_load_person (store, data->person_id, NULL);
  if (person != NULL)
    data->person_name = g_strdup (ls_person_get_given_name (person));
  return data;
}

/* For the window: NULL with @error when the sketch could not be read, so
 * that the window can say so and offer to try again. */
static gpointer
load_or_fail (LsConversationPageData  *data,
              GError   **error)
{
  if (data->sketch != NULL)
    return data;
  g_propagate_error (error, g_steal_pointer (&data->error));
  ls_conversation_page_data_free (data);
  return NULL;
}

gpointer
ls_conversation_page_load_new (LsStore  *store,
                               gint64    person_id,
                               GError  **error)
{
  return load_or_fail (_ls_conversation_page_load_data (store, person_id, 0), error);
}

gpointer
ls_conversation_page_load (LsStore  *store,
                           gint64    sketch_id,
                           GError  **error)
{
  return load_or_fail (_ls_conversation_page_load_data (store, 0, sketch_id), error);
}
