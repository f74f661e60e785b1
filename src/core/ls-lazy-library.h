/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* A shared library loaded when the work that needs it is first done, not
 * when the program starts: every library a program links costs the
 * dynamic loader's relocations in every process, a single letter's too.
 * Its functions are called through a table of pointers filled once for
 * the whole program (whichever thread comes first) by GModule; the
 * library then stays loaded. Used for libpq (src/store/ls-db-pg-libpq.c),
 * librsvg (src/render/ls-pictogram.c), libical (src/export/ls-ics-export.c),
 * libqpdf (src/export/ls-pdf-accessible.c), libxml2
 * (src/export/ls-xml-libxml.h), ICU (src/store/ls-sort-key.c) and
 * libsecret (src/ui/ls-team-connection.c).
 *
 * A user keeps one table (a struct of pointers, each with the library's
 * own type, __typeof__ (name) *name) and one LsLazyLibrary naming each
 * pointer's symbol; LS_LAZY_SYMBOL (table, name) is one entry. With the
 * functions in a list, LIST (X, table) being X (table, name) for each,
 *   LS_LAZY_LIBRARY_DEFINE (LIST, t, library, "libfoo.so.1");
 * declares the table (static struct { LIST (LS_LAZY_MEMBER, t) } t), its
 * symbols (LIST (LS_LAZY_ENTRY, t)) and the LsLazyLibrary @library; a
 * table shared by several files (libpq's, libxml2's) uses the two macros
 * itself. A name that is a macro, as ICU's versioned ones, is looked up as
 * what it stands for. */

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;
  gpointer   *slot;
} LsLazySymbol;

#define LS_LAZY_SYMBOL(table, name) { #name, (gpointer *) &(table).name }
#define LS_LAZY_MEMBER(table, name) __typeof__ (name) *name;
#define LS_LAZY_ENTRY(table, name) LS_LAZY_SYMBOL (table, name),
#define LS_LAZY_LIBRARY_DEFINE(LIST, table, library, file_name) \
  static struct { LIST (LS_LAZY_MEMBER, table) } table; \
  static const LsLazySymbol table##_symbols[] = { LIST (LS_LAZY_ENTRY, table) }; \
  static LsLazyLibrary library = { file_name, table##_symbols, G_N_ELEMENTS (table##_symbols), 0, NULL }

typedef enum
{
  LS_LAZY_LIBRARY_LOADED = 1,
  LS_LAZY_LIBRARY_MISSING,     /* no such file, or it could not be loaded */
  LS_LAZY_LIBRARY_TOO_OLD,     /* loaded, but a symbol is missing */
} LsLazyLibraryResult;

typedef struct
{
  const char         *file_name;   /* e.g. "libpq.so.5"; tests may change it before the first load */
  const LsLazySymbol *symbols;
  guint               n_symbols;
  /* Set by the first load. */
  gsize               result;
  const char         *lacking;     /* TOO_OLD: the first symbol not found */
} LsLazyLibrary;

/* Loads @library and fills its table the first time; afterwards gives
 * the first time's result, without loading again. Only when LOADED may the
 * table be used. */
LsLazyLibraryResult ls_lazy_library_load (LsLazyLibrary *library);

G_END_DECLS
