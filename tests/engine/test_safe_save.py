"""Saving replaces files safely: through symlinks, keeping hard links and permissions, never over a FIFO or a
device, and cleaning up the temporary files of a killed save (only ours, only stale ones)."""
import os
import stat
import subprocess
import sys
import time

import numpy as np
import pytest

from nnstudio.engine.files import (STALE_TEMP_SECONDS, NotRegularFileError, read_npz, remove_stale_temp_files,
                                write_file_atomically, write_npz)

posix = pytest.mark.skipif(os.name != "posix", reason="symlinks, hard links, modes and FIFOs as on POSIX")


def save(path, value):
    write_npz(path, {"format": "test", "version": 1}, {"a": np.array([value])})


def saved_value(path):
    return int(read_npz(path, "test")[1]["a"][0])


@posix
def test_a_symlink_is_saved_through_and_stays_a_link(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "project.npz"
    save(target, 1)
    link = tmp_path / "link.npz"
    link.symlink_to(target)
    save(link, 2)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert saved_value(target) == 2 and saved_value(link) == 2
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["project.npz"]   # no temporary left
    dangling = tmp_path / "dangling.npz"
    dangling.symlink_to(tmp_path / "real" / "new.npz")     # a link to a file not written yet
    save(dangling, 3)
    assert dangling.is_symlink() and saved_value(tmp_path / "real" / "new.npz") == 3


@posix
def test_hard_links_keep_seeing_the_file(tmp_path):
    first = tmp_path / "a.npz"
    save(first, 1)
    second = tmp_path / "b.npz"
    os.link(first, second)
    save(first, 2)
    assert os.stat(first).st_ino == os.stat(second).st_ino and os.stat(first).st_nlink == 2
    assert saved_value(second) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.npz", "b.npz"]


@posix
def test_permissions_are_kept_and_new_files_follow_the_umask(tmp_path):
    path = tmp_path / "private.npz"
    save(path, 1)
    os.chmod(path, 0o600)
    save(path, 2)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    os.chmod(path, 0o640)
    save(path, 3)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    umask = os.umask(0o022)
    try:
        save(tmp_path / "new.npz", 1)
    finally:
        os.umask(umask)
    assert stat.S_IMODE(os.stat(tmp_path / "new.npz").st_mode) == 0o644


@posix
def test_a_fifo_or_a_device_is_never_replaced(tmp_path):
    fifo = tmp_path / "pipe.npz"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFileError, match="pipe.npz: it is a named pipe \\(FIFO\\), not a regular file"):
        save(fifo, 1)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    # as root, the old code replaced /dev/null itself; through a link it must not even try
    null_link = tmp_path / "null.npz"
    null_link.symlink_to(os.devnull)
    with pytest.raises(NotRegularFileError, match="it is a device"):
        save(null_link, 1)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode) and null_link.is_symlink()
    with pytest.raises(IsADirectoryError, match="it is a folder"):
        save(tmp_path, 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null.npz", "pipe.npz"]


def dead_pid():
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@posix
def test_temporary_files_of_killed_saves_are_cleaned_up_carefully(tmp_path):
    path = tmp_path / "p.nnsproj"
    save(path, 1)
    old = time.time() - STALE_TEMP_SECONDS - 60
    orphan = tmp_path / f".p.nnsproj.nnstudio-{dead_pid()}-abcd_123.tmp"      # its process was killed
    old_style = tmp_path / ".p.nnsproj.k2j4h5g6.tmp"                           # an older version's, old
    young = tmp_path / ".p.nnsproj.zz99yy88.tmp"                               # maybe a save running now
    mine_running = tmp_path / f".p.nnsproj.nnstudio-{os.getpid()}-runn1ng_.tmp"  # this process, saving
    other_file = tmp_path / ".q.nnsproj.k2j4h5g6.tmp"                          # another file's
    not_ours = tmp_path / ".p.nnsproj.notes.tmp"                               # not our pattern
    for p in (orphan, old_style, young, mine_running, other_file, not_ours):
        p.write_bytes(b"x" * 100)
    for p in (old_style, other_file, not_ours):
        os.utime(p, (old, old))
    save(path, 2)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted(p.name for p in (path, young, mine_running, other_file, not_ours))
    assert saved_value(path) == 2
    os.utime(young, (old, old))
    assert remove_stale_temp_files(path) == [young]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "m.npz"
    save(path, 1)

    def fail(f):
        f.write(b"half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_file_atomically(path, fail)
    assert saved_value(path) == 1 and sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]


@posix
def test_a_save_killed_half_way_leaves_the_old_file_and_the_next_save_cleans_up(tmp_path):
    path = tmp_path / "m.npz"
    save(path, 1)
    code = ("import sys, time\nfrom nnstudio.engine.files import write_file_atomically\n"
            "def slow(f):\n    f.write(b'x' * 1000); f.flush(); print('writing', flush=True); time.sleep(60)\n"
            f"write_file_atomically({str(path)!r}, slow)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    proc.kill()
    proc.wait()
    assert saved_value(path) == 1 and len(list(tmp_path.iterdir())) == 2      # the killed save's temporary
    save(path, 2)
    assert saved_value(path) == 2 and [p.name for p in tmp_path.iterdir()] == ["m.npz"]
