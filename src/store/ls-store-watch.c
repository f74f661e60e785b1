/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Being told of other caseworkers' changes (ls-store-watch.h): the engine
 * listens on a connection of its own (ls-db.h, listen), which is opened
 * on a worker thread — connecting may wait on the network — and whose
 * socket is then read in the main loop without waiting. A lost
 * connection is opened again after a pause that doubles each time. */
#define G_LOG_DOMAIN "ls-store"

#include "config.h"

#include <glib-unix.h>

#include "ls-store-private.h"
#include "ls-store-watch.h"

#define FIRST_RETRY_MS 250
#define LAST_RETRY_MS  30000

struct _LsStoreWatch
{
  GObject       parent_instance;
  LsStore      *store;
  GMainContext *context;
  GCancellable *cancellable;
  LsDbListener *listener;
  GSource      *read_source;
  GSource      *retry_source;
  guint         retry_ms;
  gboolean      listened;   /* before: a new connection may have missed changes */
};

G_DEFINE_FINAL_TYPE (LsStoreWatch, ls_store_watch, G_TYPE_OBJECT)

enum { PROP_0, PROP_LISTENING, N_PROPS };
static GParamSpec *properties[N_PROPS];
enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void start_listening (LsStoreWatch *self);

static const LsDbEngine *
engine (LsStoreWatch *self)
{
  return _ls_store_get_db (self->store)->engine;
}

static void
destroy_source (GSource **source)
{
  if (*source != NULL)
    {
      g_source_destroy (*source);
      g_clear_pointer (source, g_source_unref);
    }
}

/* "KIND:PERSON_ID:ID" → the signal; what it does not understand (a newer
 * schema's kind) is said as ALL. */
static void
notified (const char *payload,
          gboolean    own,
          gpointer    user_data)
{
  static const char * const kinds[] = {
    [LS_STORE_CHANGE_ALL] = "all", [LS_STORE_CHANGE_PERSON] = "person", [LS_STORE_CHANGE_CASE] = "case",
    [LS_STORE_CHANGE_SKETCH] = "sketch", [LS_STORE_CHANGE_DECISION] = "decision", [LS_STORE_CHANGE_PLAN] = "plan",
  };
  g_auto(GStrv) parts = g_strsplit (payload, ":", 3);
  LsStoreChange kind = LS_STORE_CHANGE_ALL;
  gint64 person_id = 0, id = 0;

  if (g_strv_length (parts) == 3
      && g_ascii_string_to_signed (parts[1], 10, 0, G_MAXINT64, &person_id, NULL)
      && g_ascii_string_to_signed (parts[2], 10, 0, G_MAXINT64, &id, NULL))
    for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
      if (g_strcmp0 (parts[0], kinds[i]) == 0)
        kind = i;
  if (kind == LS_STORE_CHANGE_ALL)
    person_id = id = 0;
  g_signal_emit (user_data, signals[CHANGED], 0, (int) kind, person_id, id, own);
}

static gboolean
retry_cb (gpointer data)
{
  LsStoreWatch *self = data;

  g_clear_pointer (&self->retry_source, g_source_unref);
  start_listening (self);
  return G_SOURCE_REMOVE;
}

/* Tries again after a pause, twice as long as the one before. */
static void
retry_later (LsStoreWatch *self)
{
  self->retry_source = g_timeout_source_new (self->retry_ms);
  g_source_set_callback (self->retry_source, retry_cb, self, NULL);
  g_source_set_static_name (self->retry_source, "[livsskisse] watch: connect again");
  g_source_attach (self->retry_source, self->context);
  self->retry_ms = MIN (self->retry_ms * 2, LAST_RETRY_MS);
}

static void
stop_listening (LsStoreWatch *self)
{
  destroy_source (&self->read_source);
  if (self->listener != NULL)
    engine (self)->listener_close (g_steal_pointer (&self->listener));
}

static gboolean
readable_cb (int          fd,
             GIOCondition condition,
             gpointer     data)
{
  LsStoreWatch *self = data;

  if (engine (self)->listener_read (self->listener, notified, self))
    return G_SOURCE_CONTINUE;
  g_debug ("The watch's connection was lost; connecting again in %u ms", self->retry_ms);
  g_clear_pointer (&self->read_source, g_source_unref);
  stop_listening (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LISTENING]);
  retry_later (self);
  return G_SOURCE_REMOVE;
}

static void
listen_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  LsDb *db = _ls_store_get_db (task_data);
  GError *error = NULL;
  LsDbListener *listener = db->engine->listen (db, &error);

  if (listener == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, listener, NULL);
}

static void
listening_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  LsStoreWatch *self = LS_STORE_WATCH (source);
  g_autoptr(GError) error = NULL;
  LsDbListener *listener = g_task_propagate_pointer (G_TASK (result), &error);
  gboolean again = self->listened;

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      if (listener != NULL)
        engine (self)->listener_close (listener);
      return;
    }
  if (listener == NULL)
    {
      g_debug ("The watch could not connect (%s); trying again in %u ms", error->message, self->retry_ms);
      retry_later (self);
      return;
    }
  self->listener = listener;
  self->listened = TRUE;
  self->retry_ms = FIRST_RETRY_MS;
  self->read_source = g_unix_fd_source_new (engine (self)->listener_fd (listener), G_IO_IN | G_IO_HUP | G_IO_ERR);
  g_source_set_callback (self->read_source, G_SOURCE_FUNC (readable_cb), self, NULL);
  g_source_set_static_name (self->read_source, "[livsskisse] watch: notifications");
  g_source_attach (self->read_source, self->context);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LISTENING]);
  /* What changed while nobody listened is unknown. */
  if (again)
    g_signal_emit (self, signals[CHANGED], 0, (int) LS_STORE_CHANGE_ALL, (gint64) 0, (gint64) 0, FALSE);
}

static void
start_listening (LsStoreWatch *self)
{
  g_autoptr(GTask) task = NULL;

  g_main_context_push_thread_default (self->context);
  task = g_task_new (self, NULL, listening_cb, NULL);
  g_main_context_pop_thread_default (self->context);
  g_task_set_source_tag (task, start_listening);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, g_object_ref (self->store), g_object_unref);
  g_task_run_in_thread (task, listen_thread);
}

LsStoreWatch *
ls_store_watch (LsStore      *store,
                GMainContext *context)
{
  LsStoreWatch *self;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  self = g_object_new (LS_TYPE_STORE_WATCH, NULL);
  self->store = g_object_ref (store);
  self->context = context != NULL ? g_main_context_ref (context) : g_main_context_ref_thread_default ();
  if (engine (self)->listen != NULL)
    start_listening (self);
  return self;
}

gboolean
ls_store_watch_get_listening (LsStoreWatch *self)
{
  g_return_val_if_fail (LS_IS_STORE_WATCH (self), FALSE);
  return self->listener != NULL;
}

static void
ls_store_watch_dispose (GObject *object)
{
  LsStoreWatch *self = LS_STORE_WATCH (object);

  g_cancellable_cancel (self->cancellable);
  destroy_source (&self->retry_source);
  if (self->store != NULL)
    stop_listening (self);
  G_OBJECT_CLASS (ls_store_watch_parent_class)->dispose (object);
}

static void
ls_store_watch_finalize (GObject *object)
{
  LsStoreWatch *self = LS_STORE_WATCH (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->context, g_main_context_unref);
  G_OBJECT_CLASS (ls_store_watch_parent_class)->finalize (object);
}

static void
ls_store_watch_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_LISTENING:
      g_value_set_boolean (value, ls_store_watch_get_listening (LS_STORE_WATCH (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_store_watch_class_init (LsStoreWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ls_store_watch_dispose;
  object_class->finalize = ls_store_watch_finalize;
  object_class->get_property = ls_store_watch_get_property;

  properties[PROP_LISTENING] = g_param_spec_boolean ("listening", NULL, NULL, FALSE,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 4, G_TYPE_INT, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_BOOLEAN);
}

static void
ls_store_watch_init (LsStoreWatch *self)
{
  self->cancellable = g_cancellable_new ();
  self->retry_ms = FIRST_RETRY_MS;
}
