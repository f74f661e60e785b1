/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-sketch.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* Saves the whole session: its fields, participants, priorities, readings
 * and entries (new entries get their ids; entries no longer in the sketch
 * are deleted). The sketch's person-id must be set. */
gboolean   ls_store_save_sketch         (LsStore          *self,
                                         LsSketch         *sketch,
                                         GError          **error);
/* Only the session's own fields, participants and priorities. */
gboolean   ls_store_save_sketch_details (LsStore          *self,
                                         LsSketch         *sketch,
                                         GError          **error);
/* The whole session with readings and entries. */
LsSketch  *ls_store_load_sketch         (LsStore          *self,
                                         gint64            id,
                                         GError          **error);
/* The sessions of @person_id, oldest first, without readings and entries
 * (load one with ls_store_load_sketch()). */
GPtrArray *ls_store_list_sketches       (LsStore          *self,
                                         gint64            person_id,
                                         GError          **error);
gboolean   ls_store_delete_sketch       (LsStore          *self,
                                         gint64            id,
                                         GError          **error);

/* Saving as the caseworker types: one entry, one text, one rating. Each is
 * its own small transaction. */
gboolean   ls_store_save_entry          (LsStore          *self,
                                         LsSketchEntry    *entry,
                                         GError          **error);
gboolean   ls_store_save_entry_text     (LsStore          *self,
                                         gint64            entry_id,
                                         const char       *text,
                                         GError          **error);
gboolean   ls_store_delete_entry        (LsStore          *self,
                                         gint64            entry_id,
                                         GError          **error);
gboolean   ls_store_save_reading        (LsStore          *self,
                                         gint64            sketch_id,
                                         LsDomainReading  *reading,
                                         GError          **error);

G_END_DECLS
