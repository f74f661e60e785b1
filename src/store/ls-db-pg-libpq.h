/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* libpq, loaded when the first PostgreSQL location is opened rather than
 * when the program starts: a desk that only ever opens an SQLite file
 * never loads it (nor the Kerberos, LDAP and TLS libraries it brings).
 *
 * The engine's files include this header instead of <libpq-fe.h> and call
 * libpq's functions by their own names; each name below is a macro for
 * the pointer of the same name in one table, filled once by
 * _ls_db_pg_libpq_load() (ls-lazy-library.h). Nothing links against
 * libpq: a PQ function missing from the table fails to link the programs.
 * Every path into the engine (ls_db_pg_open) loads the table before its
 * first call. */

#include <glib.h>
#include <libpq-fe.h>

#include "ls-lazy-library.h"

G_BEGIN_DECLS

/* The functions of libpq the engine calls, each with libpq's own type. */
#define LS_PQ_FUNCTIONS(X, table) \
  X (table, PQbackendPID) \
  X (table, PQclear) \
  X (table, PQcmdStatus) \
  X (table, PQcmdTuples) \
  X (table, PQconnectPoll) \
  X (table, PQconnectStartParams) \
  X (table, PQconnectionNeedsPassword) \
  X (table, PQconninfoFree) \
  X (table, PQconninfoParse) \
  X (table, PQconsumeInput) \
  X (table, PQerrorMessage) \
  X (table, PQexec) \
  X (table, PQexecParams) \
  X (table, PQexecPrepared) \
  X (table, PQfinish) \
  X (table, PQfreemem) \
  X (table, PQgetisnull) \
  X (table, PQgetvalue) \
  X (table, PQnfields) \
  X (table, PQnotifies) \
  X (table, PQntuples) \
  X (table, PQprepare) \
  X (table, PQresultErrorField) \
  X (table, PQresultErrorMessage) \
  X (table, PQresultStatus) \
  X (table, PQsetErrorVerbosity) \
  X (table, PQsetNoticeProcessor) \
  X (table, PQsetnonblocking) \
  X (table, PQsocket) \
  X (table, PQstatus) \
  X (table, PQtransactionStatus) \
  X (table, PQunescapeBytea)

typedef struct
{
  LS_PQ_FUNCTIONS (LS_LAZY_MEMBER, _ls_pq)
} LsPq;

/* Filled by _ls_db_pg_libpq_load(); read only after it returned TRUE. */
extern LsPq _ls_pq;

/* Loads libpq (libpq.so.5) and fills the table, once for the whole
 * program, whichever thread comes first; FALSE (every time after a
 * failure) with one sentence naming @location (shown without a password)
 * and saying the PostgreSQL client library is missing,
 * LS_STORE_ERROR_CANNOT_OPEN. */
gboolean _ls_db_pg_libpq_load          (const char  *location,
                                        GError     **error);

/* For tests only: load @file_name instead of libpq.so.5; before the
 * first load. */
void     _ls_db_pg_libpq_set_file_name (const char  *file_name);

G_END_DECLS

/* The loader itself (ls-db-pg-libpq.c) names the table's members. */
#ifndef LS_PQ_NO_NAMES
#define PQbackendPID              (_ls_pq.PQbackendPID)
#define PQclear                   (_ls_pq.PQclear)
#define PQcmdStatus               (_ls_pq.PQcmdStatus)
#define PQcmdTuples               (_ls_pq.PQcmdTuples)
#define PQconnectPoll             (_ls_pq.PQconnectPoll)
#define PQconnectStartParams      (_ls_pq.PQconnectStartParams)
#define PQconnectionNeedsPassword (_ls_pq.PQconnectionNeedsPassword)
#define PQconninfoFree            (_ls_pq.PQconninfoFree)
#define PQconninfoParse           (_ls_pq.PQconninfoParse)
#define PQconsumeInput            (_ls_pq.PQconsumeInput)
#define PQerrorMessage            (_ls_pq.PQerrorMessage)
#define PQexec                    (_ls_pq.PQexec)
#define PQexecParams              (_ls_pq.PQexecParams)
#define PQexecPrepared            (_ls_pq.PQexecPrepared)
#define PQfinish                  (_ls_pq.PQfinish)
#define PQfreemem                 (_ls_pq.PQfreemem)
#define PQgetisnull               (_ls_pq.PQgetisnull)
#define PQgetvalue                (_ls_pq.PQgetvalue)
#define PQnfields                 (_ls_pq.PQnfields)
#define PQnotifies                (_ls_pq.PQnotifies)
#define PQntuples                 (_ls_pq.PQntuples)
#define PQprepare                 (_ls_pq.PQprepare)
#define PQresultErrorField        (_ls_pq.PQresultErrorField)
#define PQresultErrorMessage      (_ls_pq.PQresultErrorMessage)
#define PQresultStatus            (_ls_pq.PQresultStatus)
#define PQsetErrorVerbosity       (_ls_pq.PQsetErrorVerbosity)
#define PQsetNoticeProcessor      (_ls_pq.PQsetNoticeProcessor)
#define PQsetnonblocking          (_ls_pq.PQsetnonblocking)
#define PQsocket                  (_ls_pq.PQsocket)
#define PQstatus                  (_ls_pq.PQstatus)
#define PQtransactionStatus       (_ls_pq.PQtransactionStatus)
#define PQunescapeBytea           (_ls_pq.PQunescapeBytea)
#endif
