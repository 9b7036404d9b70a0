/* test-disk-failure.c — the window when the database stops taking writes
 *
 * A full disk and a file system gone read-only are made where SQLite
 * meets them: a VFS in front of the real one fails writes with the codes
 * the Unix VFS returns for ENOSPC (SQLITE_FULL) and EROFS
 * (SQLITE_IOERR_WRITE), until the test lets them through again. A
 * database SQLite will only read (SQLITE_READONLY) comes from query_only
 * on the store's own connection. Running as root cannot take write access
 * away from a file the store already holds open, so chmod would test
 * nothing here.
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tp-store-private.h"
#include "tp-window.h"
#include "tp-window-private.h"
#include "tp-test-ui.h"

/* The VFS that fails writes */

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;   /* follows this struct in the same allocation */
} FailingFile;

static sqlite3_vfs *real_vfs;
static int          write_failure = SQLITE_OK;

#define REAL(file) (((FailingFile *)(file))->real)

static int
failing_close (sqlite3_file *file)
{
  return REAL (file)->pMethods->xClose (REAL (file));
}

static int
failing_read (sqlite3_file *file, void *buf, int amount, sqlite3_int64 offset)
{
  return REAL (file)->pMethods->xRead (REAL (file), buf, amount, offset);
}

static int
failing_write (sqlite3_file *file, const void *buf, int amount, sqlite3_int64 offset)
{
  if (write_failure != SQLITE_OK)
    return write_failure;

  return REAL (file)->pMethods->xWrite (REAL (file), buf, amount, offset);
}

static int
failing_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  if (write_failure != SQLITE_OK)
    return write_failure;

  return REAL (file)->pMethods->xTruncate (REAL (file), size);
}

static int
failing_sync (sqlite3_file *file, int flags)
{
  return REAL (file)->pMethods->xSync (REAL (file), flags);
}

static int
failing_file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  return REAL (file)->pMethods->xFileSize (REAL (file), size);
}

static int
failing_lock (sqlite3_file *file, int lock)
{
  return REAL (file)->pMethods->xLock (REAL (file), lock);
}

static int
failing_unlock (sqlite3_file *file, int lock)
{
  return REAL (file)->pMethods->xUnlock (REAL (file), lock);
}

static int
failing_check_reserved_lock (sqlite3_file *file, int *out)
{
  return REAL (file)->pMethods->xCheckReservedLock (REAL (file), out);
}

static int
failing_file_control (sqlite3_file *file, int op, void *arg)
{
  return REAL (file)->pMethods->xFileControl (REAL (file), op, arg);
}

static int
failing_sector_size (sqlite3_file *file)
{
  return REAL (file)->pMethods->xSectorSize (REAL (file));
}

static int
failing_device_characteristics (sqlite3_file *file)
{
  return REAL (file)->pMethods->xDeviceCharacteristics (REAL (file));
}

static int
failing_shm_map (sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
  return REAL (file)->pMethods->xShmMap (REAL (file), page, size, extend, out);
}

static int
failing_shm_lock (sqlite3_file *file, int offset, int n, int flags)
{
  return REAL (file)->pMethods->xShmLock (REAL (file), offset, n, flags);
}

static void
failing_shm_barrier (sqlite3_file *file)
{
  REAL (file)->pMethods->xShmBarrier (REAL (file));
}

static int
failing_shm_unmap (sqlite3_file *file, int delete)
{
  return REAL (file)->pMethods->xShmUnmap (REAL (file), delete);
}

static int
failing_fetch (sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
  return REAL (file)->pMethods->xFetch (REAL (file), offset, amount, out);
}

static int
failing_unfetch (sqlite3_file *file, sqlite3_int64 offset, void *page)
{
  return REAL (file)->pMethods->xUnfetch (REAL (file), offset, page);
}

static const sqlite3_io_methods failing_io_methods = {
  3,
  failing_close,
  failing_read,
  failing_write,
  failing_truncate,
  failing_sync,
  failing_file_size,
  failing_lock,
  failing_unlock,
  failing_check_reserved_lock,
  failing_file_control,
  failing_sector_size,
  failing_device_characteristics,
  failing_shm_map,
  failing_shm_lock,
  failing_shm_barrier,
  failing_shm_unmap,
  failing_fetch,
  failing_unfetch,
};

static int
failing_open (sqlite3_vfs  *vfs,
              const char   *name,
              sqlite3_file *file,
              int           flags,
              int          *out_flags)
{
  FailingFile *failing = (FailingFile *)file;
  int rc;

  failing->real = (sqlite3_file *)&failing[1];
  rc = real_vfs->xOpen (real_vfs, name, failing->real, flags, out_flags);
  /* SQLite calls xClose only when pMethods is set. */
  file->pMethods = failing->real->pMethods != NULL ? &failing_io_methods : NULL;

  return rc;
}

#define FORWARD_VFS(name, ...) real_vfs->name (real_vfs, __VA_ARGS__)

static int
failing_delete (sqlite3_vfs *vfs, const char *name, int sync_dir)
{
  return FORWARD_VFS (xDelete, name, sync_dir);
}

static int
failing_access (sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
  return FORWARD_VFS (xAccess, name, flags, out);
}

static int
failing_full_pathname (sqlite3_vfs *vfs, const char *name, int size, char *out)
{
  return FORWARD_VFS (xFullPathname, name, size, out);
}

static int
failing_randomness (sqlite3_vfs *vfs, int size, char *out)
{
  return FORWARD_VFS (xRandomness, size, out);
}

static int
failing_sleep (sqlite3_vfs *vfs, int microseconds)
{
  return FORWARD_VFS (xSleep, microseconds);
}

static int
failing_current_time (sqlite3_vfs *vfs, double *out)
{
  return FORWARD_VFS (xCurrentTime, out);
}

static int
failing_get_last_error (sqlite3_vfs *vfs, int size, char *out)
{
  return FORWARD_VFS (xGetLastError, size, out);
}

static int
failing_current_time_int64 (sqlite3_vfs *vfs, sqlite3_int64 *out)
{
  return FORWARD_VFS (xCurrentTimeInt64, out);
}

static void
install_failing_vfs (void)
{
  static sqlite3_vfs vfs;

  real_vfs = sqlite3_vfs_find (NULL);
  g_assert_nonnull (real_vfs);
  g_assert_cmpint (real_vfs->iVersion, >=, 2);

  vfs.iVersion = 2;
  vfs.szOsFile = sizeof (FailingFile) + real_vfs->szOsFile;
  vfs.mxPathname = real_vfs->mxPathname;
  vfs.zName = "touchpoint-failing";
  vfs.xOpen = failing_open;
  vfs.xDelete = failing_delete;
  vfs.xAccess = failing_access;
  vfs.xFullPathname = failing_full_pathname;
  vfs.xRandomness = failing_randomness;
  vfs.xSleep = failing_sleep;
  vfs.xCurrentTime = failing_current_time;
  vfs.xGetLastError = failing_get_last_error;
  vfs.xCurrentTimeInt64 = failing_current_time_int64;

  /* The default, so the store opens through it without knowing. */
  g_assert_cmpint (sqlite3_vfs_register (&vfs, 1), ==, SQLITE_OK);
}

/* The window */

typedef struct
{
  char     *dir;
  char     *path;
  TpStore  *store;
  TpWindow *window;
} Fixture;

static GtkWidget *
part (Fixture      *fixture,
      TpWindowPart  which)
{
  return tp_window_get_part (fixture->window, which);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  write_failure = SQLITE_OK;
  fixture->dir = g_dir_make_tmp ("touchpoint-disk-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "touchpoint.db", NULL);
  fixture->store = tp_store_new (fixture->path, &error);
  g_assert_no_error (error);

  fixture->window = g_object_ref (tp_window_new (fixture->store, NULL, NULL));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
  tp_test_present_and_wait (GTK_WIDGET (fixture->window));

  /* What Ctrl+N does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-workshop", NULL));
  g_assert_nonnull (tp_window_get_workshop (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  write_failure = SQLITE_OK;
  tp_test_close_and_finalize (fixture->window);
  g_assert_finalize_object (fixture->store);

  tp_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static GListModel *
shown_ideas (Fixture *fixture)
{
  return G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (part (fixture, TP_WINDOW_PART_IDEAS_VIEW))));
}

static const char *
entry_text (Fixture *fixture)
{
  return gtk_editable_get_text (GTK_EDITABLE (part (fixture, TP_WINDOW_PART_CAPTURE_ENTRY)));
}

/* Puts @text in the capture entry and presses Enter. */
static void
type_idea (Fixture    *fixture,
           const char *text)
{
  GtkWidget *entry = part (fixture, TP_WINDOW_PART_CAPTURE_ENTRY);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  tp_test_run_pending ();
}

/* Enter again on whatever the entry holds. */
static void
press_enter (Fixture *fixture)
{
  g_signal_emit_by_name (part (fixture, TP_WINDOW_PART_CAPTURE_ENTRY), "activate");
  tp_test_run_pending ();
}

static const char *
shown_error (Fixture *fixture)
{
  GtkWidget *revealer = part (fixture, TP_WINDOW_PART_CAPTURE_ERROR);
  GtkWidget *entry = part (fixture, TP_WINDOW_PART_CAPTURE_ENTRY);

  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)))
    return NULL;

  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  return gtk_widget_get_tooltip_text (entry);
}

/* Counts the ideas of the open workshop on a connection of the test's
 * own, so what the window believes is checked against the file. */
static guint
ideas_in_file (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TpStore) store = tp_store_new (fixture->path, &error);
  g_autoptr(TpWorkshop) workshop = NULL;
  guint n;

  g_assert_no_error (error);
  workshop = g_object_ref (tp_store_lookup_workshop (store, tp_workshop_get_id (tp_window_get_workshop (fixture->window))));
  n = g_list_model_get_n_items (tp_store_get_ideas (store, workshop));
  g_clear_object (&workshop);
  g_assert_finalize_object (g_steal_pointer (&store));

  return n;
}

/* With writes failing (through the VFS when @failure is not SQLITE_OK),
 * Enter must leave the text where it was, add nothing and say why. */
static void
check_refused (Fixture    *fixture,
               int         failure,
               const char *must_mention)
{
  const char *text = "Print the boarding pass at the gate";
  guint shown_before = g_list_model_get_n_items (shown_ideas (fixture));
  guint saved_before;
  const char *message;

  write_failure = SQLITE_OK;
  saved_before = ideas_in_file (fixture);
  g_assert_cmpuint (saved_before, ==, shown_before);

  /* Only now: ideas_in_file () opens its store through the VFS too. */
  write_failure = failure;

  type_idea (fixture, text);

  message = shown_error (fixture);
  g_assert_nonnull (message);
  g_test_message ("The window said: %s", message);
  g_assert_nonnull (strstr (message, "not saved"));
  g_assert_nonnull (strstr (message, must_mention));
  g_assert_cmpstr (entry_text (fixture), ==, text);
  g_assert_cmpuint (g_list_model_get_n_items (shown_ideas (fixture)), ==, shown_before);

  /* Enter again while the cause is still there changes nothing. */
  press_enter (fixture);
  g_assert_nonnull (shown_error (fixture));
  g_assert_cmpstr (entry_text (fixture), ==, text);
  g_assert_cmpuint (g_list_model_get_n_items (shown_ideas (fixture)), ==, shown_before);

  write_failure = SQLITE_OK;
  g_assert_cmpuint (ideas_in_file (fixture), ==, saved_before);
  write_failure = failure;
}

static void
check_retry_saves (Fixture *fixture)
{
  g_autofree char *text = g_strdup (entry_text (fixture));
  guint shown_before = g_list_model_get_n_items (shown_ideas (fixture));
  g_autoptr(TpIdea) idea = NULL;

  press_enter (fixture);

  g_assert_null (shown_error (fixture));
  g_assert_cmpstr (entry_text (fixture), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (shown_ideas (fixture)), ==, shown_before + 1);
  idea = g_list_model_get_item (shown_ideas (fixture), 0);
  g_assert_cmpstr (tp_idea_get_title (idea), ==, text);
  g_assert_cmpuint (ideas_in_file (fixture), ==, shown_before + 1);
}

static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  type_idea (fixture, "Board by row number");
  g_assert_cmpuint (g_list_model_get_n_items (shown_ideas (fixture)), ==, 1);

  check_refused (fixture, SQLITE_FULL, "disk is full");

  write_failure = SQLITE_OK;
  check_retry_saves (fixture);
}

static void
test_read_only_database (Fixture       *fixture,
                         gconstpointer  data)
{
  sqlite3 *db = tp_store_get_db (fixture->store);

  type_idea (fixture, "Board by row number");

  /* What SQLite answers for a file it could only open for reading. */
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA query_only = ON", NULL, NULL, NULL), ==, SQLITE_OK);
  check_refused (fixture, SQLITE_OK, "cannot be written");

  g_assert_cmpint (sqlite3_exec (db, "PRAGMA query_only = OFF", NULL, NULL, NULL), ==, SQLITE_OK);
  check_retry_saves (fixture);
}

static void
test_read_only_file_system (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *text = "Print the boarding pass at the gate";
  const char *message;

  type_idea (fixture, "Board by row number");

  /* What the Unix VFS answers when write () fails with EROFS. */
  write_failure = SQLITE_IOERR_WRITE;
  type_idea (fixture, text);

  message = shown_error (fixture);
  g_assert_nonnull (message);
  g_test_message ("The window said: %s", message);
  g_assert_nonnull (strstr (message, "not saved"));
  g_assert_cmpstr (entry_text (fixture), ==, text);
  g_assert_cmpuint (g_list_model_get_n_items (shown_ideas (fixture)), ==, 1);

  write_failure = SQLITE_OK;
  check_retry_saves (fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_setenv ("GTK_A11Y", "none", FALSE);

  if (!tp_test_init_display ())
    return 77;
  install_failing_vfs ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/crash/disk/full", test_full_disk);
  ADD ("/crash/disk/read-only-database", test_read_only_database);
  ADD ("/crash/disk/read-only-file-system", test_read_only_file_system);

#undef ADD

  return g_test_run ();
}
