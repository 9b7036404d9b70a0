/* tp-memory.h — buffers of many megabytes
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gpointer     tp_malloc_large             (gsize           size);

G_END_DECLS
