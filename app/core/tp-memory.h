/* tp-memory.h — buffers of many megabytes
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gpointer     tp_malloc_large             (gsize           size);
gpointer     tp_realloc_large            (gpointer        mem,
                                          gsize           old_size,
                                          gsize           new_size);

G_END_DECLS
