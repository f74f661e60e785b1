/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-participant"

#include "ls-participant.h"

G_DEFINE_BOXED_TYPE (LsParticipant, ls_participant, ls_participant_copy, ls_participant_free)

LsParticipant *
ls_participant_new (const char *name,
                    const char *role,
                    const char *contribution)
{
  LsParticipant *self = g_new0 (LsParticipant, 1);

  self->name = g_strdup (name);
  self->role = g_strdup (role);
  self->contribution = g_strdup (contribution);
  return self;
}

LsParticipant *
ls_participant_copy (const LsParticipant *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return ls_participant_new (self->name, self->role, self->contribution);
}

void
ls_participant_free (LsParticipant *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->role);
  g_free (self->contribution);
  g_free (self);
}
