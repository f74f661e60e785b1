/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-sketch.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* One save: copies of what was pending when it started (the widgets go
 * on changing the originals), written on a worker thread through the
 * session's own connection, one save at a time and in order; the results
 * are put back on the main thread. */
typedef struct _LsConversationSaveJob LsConversationSaveJob;

struct _LsConversationSaveJob
{
  LsStore   *origin;       /* the session's store, to open the connection from */
  LsStore   *store;        /* the session's saving connection (opened by the first save) */
  gint64     sketch_id;
  GPtrArray *entries;      /* LsSketchEntry originals */
  GPtrArray *entry_copies; /* ... and what is saved */
  GPtrArray *entry_errors; /* GError or NULL, per entry */
  GArray    *deleted_ids;  /* gint64 */
  GPtrArray *delete_errors;
  GPtrArray *reading_keys; /* char * */
  GPtrArray *readings;     /* LsDomainReading copies */
  GPtrArray *reading_errors;
  LsSketch  *details;      /* a copy, or NULL */
  GError    *details_error;
  /* Conflicts chosen whose stored row is read first (the other's text
   * and version): the originals, their ids, and what was read. */
  GPtrArray *settle_entries;
  GArray    *settle_ids;      /* gint64 */
  GPtrArray *settle_texts;    /* char * */
  GArray    *settle_versions; /* gint64 */
  GPtrArray *settle_errors;
  GError    *open_error;
  /* Set by the worker when it is done, under @lock (a flush at close
   * waits for it). */
  GMutex     lock;
  GCond      done_cond;
  gboolean   done;
  gboolean   applied;
};

/* An empty job (nothing to write yet). */
LsConversationSaveJob *ls_conversation_save_job_new          (void);
void                   ls_conversation_save_job_free         (LsConversationSaveJob *job);
/* What ls_store_save_sketch_details() writes of @sketch, copied. */
LsSketch              *ls_conversation_save_job_copy_details (LsSketch              *sketch);
/* Any thread: writes the job's copies, each its own transaction, through
 * the session's connection (opened here the first time); each result
 * goes into the job's error arrays. */
void                   ls_conversation_save_job_run          (LsConversationSaveJob *job);

G_END_DECLS
