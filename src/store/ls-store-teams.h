/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-decision.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* Who is who (issue 14): teams, caseworkers, a person's team and
 * responsible caseworker, handovers, emergency access. On a team's
 * PostgreSQL server the server enforces who sees what
 * (docs/team-roles.md); on one desk's file there is one team. */

/* One row of `team list`: a team and one of its caseworkers (login NULL
 * for a team without any). */
typedef struct
{
  char *team;
  char *login;
  char *name;
  char *role;    /* "caseworker", "decision-maker", "lead" or "admin" */
} LsTeamMember;

void ls_team_member_free (LsTeamMember *member);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsTeamMember, ls_team_member_free)

/* One opening of a person outside one's team, with its reason. */
typedef struct
{
  gint64  id;
  gint64  person_id;
  char   *login;
  char   *reason;
  char   *at;
} LsEmergencyAccess;

void ls_emergency_access_free (LsEmergencyAccess *access);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsEmergencyAccess, ls_emergency_access_free)

/* TRUE for "caseworker", "decision-maker", "lead" and "admin". */
gboolean    ls_team_role_is_valid          (const char  *role);

/* The login the store works under: on PostgreSQL the server's
 * current_user, on a desk the operating-system user. */
const char *ls_store_get_login             (LsStore     *self);

/* Who this login is, as a new LsTeamMember (NULL with @error when it
 * could not be read): on PostgreSQL the caseworkers row of current_user
 * (a login without one, such as the schema's owner, has only its login
 * and name); on a desk the file's caseworkers row of the operating-system
 * user, else that user with their real name in the desk's one team and
 * role NULL (the desk's own preferences say whether they issue). */
LsTeamMember *ls_store_get_me              (LsStore     *self,
                                            GError     **error);

/* What a login may do with a draft decision. */
typedef enum
{
  LS_DECISION_ACT_ISSUE,
  LS_DECISION_ACT_APPROVE,
} LsDecisionAct;

typedef enum
{
  LS_MAY_YES,
  LS_MAY_NO,          /* *reason says why, in one sentence */
  LS_MAY_NOT_NEEDED,  /* nothing to do: not a draft, or an approval the
                       * municipality's rule does not ask for or that is given */
  LS_MAY_FAILED,      /* the decision could not be read: @error */
} LsMay;

/* Whether this login may @act on decision @decision_id now, by the rules
 * the team's server enforces (docs/team-roles.md, "Four eyes"): only a
 * decision-maker issues or approves, never approves what they drafted,
 * and under the municipality's four-eyes rule issues only what a second
 * decision-maker approved. A login without a role (a desk's user not in
 * its caseworkers, the schema's owner) may issue: the desk's preferences
 * decide there. */
LsMay       ls_store_may_act_on_decision   (LsStore      *self,
                                            gint64        decision_id,
                                            LsDecisionAct act,
                                            char        **reason,
                                            GError      **error);

/* The team and responsible caseworker of person @person_id, as an
 * LsTeamMember: team (on a desk a person without one is in the default
 * team), login and name of the caseworker (NULL when there is none; the
 * login as name when the caseworker has no row) and their role; NULL
 * with @error when the person cannot be read. */
LsTeamMember *ls_store_get_person_responsible (LsStore  *self,
                                               gint64    person_id,
                                               GError  **error);

/* Adds @login to @team (made when missing) with @role. On PostgreSQL it
 * also creates the login role with @password (NULL: none yet) as a member
 * of the role's group, which needs the rights to create roles (the schema
 * owner or the server's administrator); on a desk @password must be NULL. */
gboolean    ls_store_add_caseworker        (LsStore     *self,
                                            const char  *login,
                                            const char  *name,
                                            const char  *team,
                                            const char  *role,
                                            const char  *password,
                                            GError     **error);
/* Every team with its caseworkers, by team name and login; NULL on error. */
GPtrArray  *ls_store_list_team_members     (LsStore     *self,
                                            GError     **error);
/* Gives the default team (where persons stored without one go) @name. */
gboolean    ls_store_name_default_team     (LsStore     *self,
                                            const char  *name,
                                            GError     **error);
/* Hands @person_id over to @team and @caseworker (NULL: none), recorded
 * as a handover by this login. On PostgreSQL only a lead of the person's
 * team (or the owner) may. @from is who the caller read as responsible
 * (ls_store_get_person_responsible(); its team and login are compared):
 * when the person's team or caseworker is no longer that, because someone
 * else handed them over since, nothing is written and the error is
 * LS_STORE_ERROR_CONFLICT naming who did it and when. NULL: no
 * expectation, for a caller that has read nothing (the command line).
 * A handover does not change the person's row version, and saving the
 * person never writes their team or caseworker, so neither undoes the
 * other nor makes it conflict. */
gboolean    ls_store_move_person           (LsStore     *self,
                                            gint64       person_id,
                                            const LsTeamMember *from,
                                            const char  *team,
                                            const char  *caseworker,
                                            GError     **error);
/* Opens @person_id outside this login's team ("break the glass"): records
 * @reason (required), after which the person can be read for a working
 * day. Audited. */
gboolean    ls_store_open_in_emergency     (LsStore     *self,
                                            gint64       person_id,
                                            const char  *reason,
                                            GError     **error);
/* The emergency openings this login may see (a lead: those of the team's
 * persons; anyone: their own), newest first; NULL on error. */
GPtrArray  *ls_store_list_emergency_access (LsStore     *self,
                                            GError     **error);
/* One opening of a person's data, from the audit: who, when and what
 * kind of thing (never its content). */
typedef struct
{
  char *login;
  char *name;    /* the caseworker's name, else the name the audit row gives, else NULL */
  char *at;
  char *kind;    /* the audit's object type: "person", "sketch", "decision", … */
  char *action;  /* "read" or "export" */
} LsPersonRead;

void ls_person_read_free (LsPersonRead *read);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsPersonRead, ls_person_read_free)

/* Who opened person @person_id's data ("read" and "export" rows of the
 * audit), newest first; NULL on error. On PostgreSQL the server shows
 * the audit of the persons this login sees. The listing is itself
 * audited (object type "person-reads"). */
GPtrArray  *ls_store_list_person_reads     (LsStore     *self,
                                            gint64       person_id,
                                            GError     **error);
/* Approves the draft @decision under this login, only while its row
 * still has the version @decision was read or last saved with (else
 * LS_STORE_ERROR_CONFLICT: one approves what one has seen); @decision gets
 * the new version. On PostgreSQL the server allows it to a decision-maker
 * who did not draft it, only. */
gboolean    ls_store_approve_decision      (LsStore     *self,
                                            LsDecision  *decision,
                                            GError     **error);
/* Names who prepared, approved and issued @decision as its record has
 * them: the logins that drafted (drafted_login), approved
 * (approved_login) and issued it become the names of their caseworkers
 * rows, so that the letter names people, not logins; a login without a
 * row, or a name recorded without a login, stays as it is. Only
 * @decision changes (for a letter; it is not written back). */
gboolean    ls_store_name_decision_staff   (LsStore     *self,
                                            LsDecision  *decision,
                                            GError     **error);
/* The municipality's rule: whether a decision needs a second
 * decision-maker's approval before it is issued (enforced by the server). */
gboolean    ls_store_set_four_eyes_rule    (LsStore     *self,
                                            gboolean     required,
                                            GError     **error);

G_END_DECLS
