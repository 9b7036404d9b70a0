/* bench-common.h — a realistic library to measure against, and statistics
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tp-store.h"

G_BEGIN_DECLS

#define BENCH_WORKSHOPS 50
#define BENCH_IDEAS 10000
#define BENCH_LARGEST 1000

/* bench_temp_db() makes a folder of its own for the library;
 * bench_remove_db() removes it with everything the store and the app
 * wrote beside the library: its journal, its backups. */

/* Fills @path with BENCH_IDEAS ideas across BENCH_WORKSHOPS workshops; the
 * last one created (the one a window opens first) is the largest. */
void    bench_fill_library (const char *path);
double  bench_percentile   (GArray     *values_ms,
                            double      fraction);
char   *bench_temp_db      (void);
void    bench_remove_db    (const char *path);

G_END_DECLS
