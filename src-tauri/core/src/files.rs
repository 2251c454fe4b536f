//! Writing files so that a failure never leaves half of one: the bytes go to a new
//! temporary file beside the target, are flushed to the disk, and only then take the
//! target's name. A full disk, a crash or a kill leaves the old state (no file, or the
//! old file) and at most a temporary file, which a later write never mistakes for
//! anything. A new file never replaces what is there, a symbolic link included, and no
//! link is followed to write it.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Writes `bytes` as the new file `path`. Fails with `AlreadyExists` when anything is
/// at `path`, also a link that points nowhere.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    write_new_with(path, |tmp| write_bytes(tmp, bytes))
}

/// Like [`write_new`], with `fill` writing the file at the temporary path it is given
/// (which does not exist yet), for writers that make their own file, such as SQLite's
/// `VACUUM INTO`.
pub fn write_new_with(path: &Path, fill: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    if std::fs::symlink_metadata(path).is_ok() {
        return Err(Error::AlreadyExists {
            path: path.display().to_string(),
        });
    }
    let tmp = filled_temp(path, fill)?;
    // A hard link gives the file its name only if the name is free, in one step; the
    // temporary name then goes. File systems without hard links (FAT, exFAT) get a
    // rename after one more look.
    let linked = match std::fs::hard_link(&tmp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(Error::AlreadyExists {
            path: path.display().to_string(),
        }),
        Err(_) if std::fs::symlink_metadata(path).is_err() => {
            std::fs::rename(&tmp, path).map_err(|e| Error::from_io(path, &e))
        }
        Err(_) => Err(Error::AlreadyExists {
            path: path.display().to_string(),
        }),
    };
    let _ = std::fs::remove_file(&tmp);
    linked?;
    sync_dir(path);
    Ok(())
}

/// Writes `bytes` to `path`, replacing what is there in one step (the user chose to).
/// A link at `path` is replaced itself; the file it pointed to is left alone.
pub fn replace(path: &Path, bytes: &[u8]) -> Result<()> {
    replace_with(path, |tmp| write_bytes(tmp, bytes))
}

fn replace_with(path: &Path, fill: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let tmp = filled_temp(path, fill)?;
    if let Err(e) = std::fs::rename(&tmp, path) {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::from_io(path, &e));
    }
    sync_dir(path);
    Ok(())
}

/// Writes `bytes` as a new file named `name` in `dir`; when that name is taken the file
/// gets " (2)", " (3)", … before its extension. An existing file is never replaced.
pub fn write_new_in(dir: &Path, name: &str, bytes: &[u8]) -> Result<PathBuf> {
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s.to_string(), format!(".{e}")),
        _ => (name.to_string(), String::new()),
    };
    for n in 1..1000 {
        let candidate = if n == 1 {
            dir.join(name)
        } else {
            dir.join(format!("{stem} ({n}){ext}"))
        };
        match write_new(&candidate, bytes) {
            Err(Error::AlreadyExists { .. }) => continue,
            other => return other.map(|()| candidate),
        }
    }
    Err(Error::AlreadyExists {
        path: dir.join(name).display().to_string(),
    })
}

/// Makes a new folder named `name` in `dir`; when that name is taken the folder gets
/// " (2)", " (3)", … An existing folder is never reused.
pub fn new_folder_in(dir: &Path, name: &str) -> Result<PathBuf> {
    for n in 1..1000 {
        let candidate = if n == 1 {
            dir.join(name)
        } else {
            dir.join(format!("{name} ({n})"))
        };
        check_length(&candidate)?;
        match std::fs::create_dir(&candidate) {
            Ok(()) => {
                sync_dir(&candidate);
                return Ok(candidate);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::from_io(&candidate, &e)),
        }
    }
    Err(Error::AlreadyExists {
        path: dir.join(name).display().to_string(),
    })
}

/// A temporary file beside `path` (same folder, so the same file system) that `fill`
/// wrote and that is flushed to the disk; removed again when anything fails.
fn filled_temp(path: &Path, fill: impl FnOnce(&Path) -> Result<()>) -> Result<PathBuf> {
    let tmp = free_temp_name(path)?;
    let filled = fill(&tmp).and_then(|()| {
        std::fs::File::open(&tmp)
            .and_then(|f| f.sync_all())
            .map_err(|e| Error::from_io(path, &e))
    });
    match filled {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// A name beside `path` that nothing has: hidden, with this process and a clock
/// reading in it, ending in `.part`.
fn free_temp_name(path: &Path) -> Result<PathBuf> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let base = path
        .file_name()
        .map(|n| n.to_string_lossy().chars().take(40).collect::<String>())
        .unwrap_or_default();
    let nonce = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    (0..100u32)
        .map(|attempt| {
            dir.join(format!(
                ".{base}.{}-{nonce:08x}-{attempt}.part",
                std::process::id()
            ))
        })
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .ok_or_else(|| Error::Io {
            path: path.display().to_string(),
            detail: "no free temporary name".into(),
        })
}

/// Writes `bytes` as the new file `tmp`; `create_new` never opens an existing file
/// or follows a link.
fn write_bytes(tmp: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(tmp)
        .map_err(|e| Error::from_io(tmp, &e))?;
    file.write_all(bytes).map_err(|e| Error::from_io(tmp, &e))
}

/// Flushes the folder's entry for `path` to the disk, where the system allows it, so
/// that the new name survives a power cut too.
fn sync_dir(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// The longest name of one file or folder that the common file systems take (NTFS,
/// APFS, ext4: 255 bytes or UTF-16 units).
const NAME_MAX: usize = 255;
/// The longest whole path: Windows without long-path support stops at 259 characters,
/// Linux at 4,095 bytes.
#[cfg(windows)]
const PATH_MAX: usize = 259;
#[cfg(not(windows))]
const PATH_MAX: usize = 4095;

/// Refuses a path that the file system would refuse for its length, before SQLite
/// turns that into "unable to open database file".
pub fn check_length(path: &Path) -> Result<()> {
    let too_long = Error::PathTooLong {
        path: path.display().to_string(),
    };
    if path.as_os_str().len() > PATH_MAX {
        return Err(too_long);
    }
    if path
        .components()
        .any(|c| name_units(c.as_os_str()) > NAME_MAX)
    {
        return Err(too_long);
    }
    Ok(())
}

/// The length of a name as its file system counts it.
#[cfg(windows)]
fn name_units(name: &std::ffi::OsStr) -> usize {
    use std::os::windows::ffi::OsStrExt;
    name.encode_wide().count()
}

#[cfg(not(windows))]
fn name_units(name: &std::ffi::OsStr) -> usize {
    name.len()
}

/// Data the binary carries compressed (`build.rs`: the report fonts, the message files),
/// as it was. The bytes were made when the core was built, so reading them cannot fail.
pub(crate) fn inflate(deflated: &[u8]) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::new();
    let _ = flate2::read::DeflateDecoder::new(deflated).read_to_end(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_never_replaces_a_file_or_a_link() {
        let dir = tempfile::tempdir().expect("dir");
        let p = dir.path().join("verslag.pdf");
        write_new(&p, b"een").expect("first");
        assert_eq!(
            write_new(&p, b"twee").expect_err("taken").code(),
            "dossier.already_exists"
        );
        assert_eq!(std::fs::read(&p).expect("read"), b"een");
        #[cfg(unix)]
        {
            let target = dir.path().join("elders.txt");
            let link = dir.path().join("link.pdf");
            std::os::unix::fs::symlink(&target, &link).expect("dangling link");
            assert_eq!(
                write_new(&link, b"drie").expect_err("a link").code(),
                "dossier.already_exists"
            );
            assert!(!target.exists(), "the link was not followed");
        }
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().to_string())
            .collect();
        assert!(names.iter().all(|n| !n.ends_with(".part")), "{names:?}");
    }

    #[test]
    fn replacing_swaps_the_whole_file_and_leaves_a_linked_file_alone() {
        let dir = tempfile::tempdir().expect("dir");
        let p = dir.path().join("kopie.json");
        std::fs::write(&p, "oud en lang genoeg").expect("old");
        replace(&p, b"nieuw").expect("replace");
        assert_eq!(std::fs::read(&p).expect("read"), b"nieuw");
        #[cfg(unix)]
        {
            let target = dir.path().join("doel.json");
            std::fs::write(&target, "doel").expect("target");
            let link = dir.path().join("link.json");
            std::os::unix::fs::symlink(&target, &link).expect("link");
            replace(&link, b"via link").expect("replace link");
            assert_eq!(std::fs::read(&target).expect("target"), b"doel");
            assert_eq!(std::fs::read(&link).expect("link"), b"via link");
        }
    }

    #[test]
    fn a_write_that_fails_halfway_leaves_the_old_file_whole_and_no_temporary_file() {
        let dir = tempfile::tempdir().expect("dir");
        let p = dir.path().join("kopie.json");
        std::fs::write(&p, "oud").expect("old");
        let half = |tmp: &Path| -> Result<()> {
            std::fs::write(tmp, "nieu").expect("half");
            Err(Error::DiskFull {
                path: tmp.display().to_string(),
            })
        };
        assert_eq!(
            replace_with(&p, half).expect_err("full").code(),
            "disk.full"
        );
        let fresh = dir.path().join("nieuw.json");
        assert_eq!(
            write_new_with(&fresh, half).expect_err("full").code(),
            "disk.full"
        );
        assert_eq!(std::fs::read(&p).expect("read"), b"oud");
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().to_string())
            .collect();
        assert_eq!(names, vec!["kopie.json".to_string()]);
    }

    #[test]
    fn numbered_names_follow_a_taken_one() {
        let dir = tempfile::tempdir().expect("dir");
        let first = write_new_in(dir.path(), "Jaarverslag 2025.pdf", b"1").expect("1");
        let second = write_new_in(dir.path(), "Jaarverslag 2025.pdf", b"2").expect("2");
        assert_eq!(first, dir.path().join("Jaarverslag 2025.pdf"));
        assert_eq!(second, dir.path().join("Jaarverslag 2025 (2).pdf"));
    }
}
