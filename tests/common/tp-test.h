/* tp-test.h — what every test program needs: a main loop to wait on, a
 * temporary directory to clean up, and a look at the rows it wrote
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* How long a test waits for something the main loop should bring. */
#define TP_TEST_WAIT_SECONDS 10

typedef gboolean (*TpTestCondition) (gpointer data);

void tp_test_run_pending (void);
void tp_test_wait_until  (TpTestCondition  condition,
                          gpointer         data,
                          const char      *what);
void tp_test_remove_tree (const char      *path);
char *tp_test_query_text (const char      *path,
                          const char      *sql);
char *tp_test_db_text    (sqlite3         *db,
                          const char      *sql);

G_END_DECLS
