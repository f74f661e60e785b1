/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Someone who takes part in a conversation or a plan: a name, a role
 * ("the person", "verge", "occupational therapist") and, in a plan, what
 * they contribute. A boxed value. */
typedef struct
{
  char *name;
  char *role;
  char *contribution;
} LsParticipant;

#define LS_TYPE_PARTICIPANT (ls_participant_get_type ())

GType          ls_participant_get_type (void) G_GNUC_CONST;
LsParticipant *ls_participant_new      (const char          *name,
                                        const char          *role,
                                        const char          *contribution);
LsParticipant *ls_participant_copy     (const LsParticipant *self);
void           ls_participant_free     (LsParticipant       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsParticipant, ls_participant_free)

G_END_DECLS
