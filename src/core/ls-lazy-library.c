/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-core"

#include <gmodule.h>

#include "ls-lazy-library.h"

static LsLazyLibraryResult
load (LsLazyLibrary *library)
{
  GModule *module = g_module_open (library->file_name, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

  if (module == NULL)
    {
      g_debug ("%s not loaded: %s", library->file_name, g_module_error ());
      return LS_LAZY_LIBRARY_MISSING;
    }
  for (guint i = 0; i < library->n_symbols; i++)
    if (!g_module_symbol (module, library->symbols[i].name, library->symbols[i].slot)
        || *library->symbols[i].slot == NULL)
      {
        library->lacking = library->symbols[i].name;
        for (guint j = 0; j < library->n_symbols; j++)
          *library->symbols[j].slot = NULL;
        g_module_close (module);
        return LS_LAZY_LIBRARY_TOO_OLD;
      }
  g_module_make_resident (module);
  return LS_LAZY_LIBRARY_LOADED;
}

LsLazyLibraryResult
ls_lazy_library_load (LsLazyLibrary *library)
{
  if (g_once_init_enter (&library->result))
    g_once_init_leave (&library->result, load (library));
  return (LsLazyLibraryResult) library->result;
}
