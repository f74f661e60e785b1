/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <stdio.h>

/* Display tests skip the whole program (TAP "1..0 # SKIP") without a display. */
#define LS_TEST_INIT_DISPLAY(argc, argv)                                   \
  G_STMT_START {                                                           \
    if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL) \
      {                                                                    \
        printf ("1..0 # SKIP no display\n");                               \
        return 0;                                                          \
      }                                                                    \
    gtk_test_init (argc, argv, NULL);                                      \
    adw_init ();                                                           \
  } G_STMT_END
