//! The compound file (MS-CFB) that holds an Excel 97-2003 workbook: a small file system
//! of sectors chained through an allocation table. Only what reading one stream needs is
//! read. Every sector number is checked against the file, every chain is followed at most
//! as many steps as the file has sectors, so a stream can never be larger than the file
//! and a loop in a chain ends; what the header *declares* (table sizes, stream sizes)
//! never sizes an allocation.

use super::bad;
use crate::error::Result;

pub(in crate::exchange) const MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
const FREE: u32 = 0xFFFF_FFFF;
/// Sector numbers from here up are markers, not sectors.
const MAX_SECTOR: u32 = 0xFFFF_FFFA;

pub(super) struct Compound<'a> {
    bytes: &'a [u8],
    sector: usize,
    /// The allocation table: per sector, the next sector of its chain.
    fat: Vec<u32>,
    mini_fat: Vec<u32>,
    /// The stream that holds the small streams, in mini sectors.
    mini_stream: Vec<u8>,
    mini_sector: usize,
    mini_cutoff: u64,
    /// (name, is a stream, first sector, size)
    entries: Vec<Entry>,
}

pub(super) struct Entry {
    pub name: String,
    stream: bool,
    start: u32,
    size: u64,
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

impl<'a> Compound<'a> {
    pub(super) fn open(bytes: &'a [u8]) -> Result<Compound<'a>> {
        if bytes.len() < 512 || !bytes.starts_with(MAGIC) {
            return Err(bad("not a compound file".into()));
        }
        let sector = match u16_at(bytes, 30) {
            9 => 512,
            12 => 4096,
            other => return Err(bad(format!("sector shift {other}"))),
        };
        // The header takes one sector; a file without a sector after it holds nothing.
        if bytes.len() < 2 * sector {
            return Err(bad("the compound file is shorter than two sectors".into()));
        }
        let mini_sector = match u16_at(bytes, 32) {
            6 => 64,
            other => return Err(bad(format!("mini sector shift {other}"))),
        };
        let mut file = Compound {
            bytes,
            sector,
            fat: Vec::new(),
            mini_fat: Vec::new(),
            mini_stream: Vec::new(),
            mini_sector,
            mini_cutoff: u64::from(u32_at(bytes, 56)),
            entries: Vec::new(),
        };
        // The sectors of the allocation table: 109 in the header, more in a chain of
        // DIFAT sectors, each ending with the number of the next.
        let mut fat_sectors: Vec<u32> = (0..109)
            .map(|i| u32_at(bytes, 76 + 4 * i))
            .filter(|s| *s <= MAX_SECTOR)
            .collect();
        let mut difat = u32_at(bytes, 68);
        let mut steps = 0;
        while difat <= MAX_SECTOR {
            steps += 1;
            if steps > file.sectors() {
                return Err(bad("a loop in the DIFAT chain".into()));
            }
            let data = file.sector_data(difat)?;
            let per = sector / 4 - 1;
            fat_sectors.extend(
                (0..per)
                    .map(|i| u32_at(data, 4 * i))
                    .filter(|s| *s <= MAX_SECTOR),
            );
            difat = u32_at(data, 4 * per);
        }
        if fat_sectors.len() > file.sectors() {
            return Err(bad("more table sectors than the file holds".into()));
        }
        let mut fat = Vec::with_capacity(fat_sectors.len() * sector / 4);
        for s in fat_sectors {
            let data = file.sector_data(s)?;
            fat.extend((0..sector / 4).map(|i| u32_at(data, 4 * i)));
        }
        file.fat = fat;

        let directory = file.chain(u32_at(bytes, 48))?;
        for raw in directory.chunks_exact(128) {
            let kind = raw[66];
            let name_bytes = usize::from(u16_at(raw, 64)).min(64);
            let units: Vec<u16> = (0..name_bytes.saturating_sub(2) / 2)
                .map(|i| u16_at(raw, 2 * i))
                .collect();
            let size = if sector == 512 {
                u64::from(u32_at(raw, 120))
            } else {
                u64::from(u32_at(raw, 120)) | (u64::from(u32_at(raw, 124)) << 32)
            };
            file.entries.push(Entry {
                name: String::from_utf16_lossy(&units),
                stream: kind == 2 || kind == 5,
                start: u32_at(raw, 116),
                size,
            });
        }
        let root = file
            .entries
            .first()
            .map(|e| e.start)
            .ok_or_else(|| bad("no root entry".into()))?;
        let mini_fat = file.chain(u32_at(bytes, 60))?;
        file.mini_fat = (0..mini_fat.len() / 4)
            .map(|i| u32_at(&mini_fat, 4 * i))
            .collect();
        file.mini_stream = file.chain(root)?;
        Ok(file)
    }

    /// Whole sectors after the header.
    fn sectors(&self) -> usize {
        self.bytes.len() / self.sector - 1
    }

    fn sector_data(&self, n: u32) -> Result<&'a [u8]> {
        let at = (n as usize + 1) * self.sector;
        self.bytes
            .get(at..at + self.sector)
            .ok_or_else(|| bad(format!("sector {n} lies beyond the end of the file")))
    }

    /// The data of the chain that starts at `first`.
    fn chain(&self, first: u32) -> Result<Vec<u8>> {
        let mut data = Vec::new();
        let mut at = first;
        let mut steps = 0;
        while at != END_OF_CHAIN && at != FREE {
            steps += 1;
            if steps > self.sectors() || at > MAX_SECTOR {
                return Err(bad("a broken sector chain".into()));
            }
            data.extend_from_slice(self.sector_data(at)?);
            at = *self
                .fat
                .get(at as usize)
                .ok_or_else(|| bad(format!("sector {at} is not in the table")))?;
        }
        Ok(data)
    }

    /// The data of a chain in the mini stream.
    fn mini_chain(&self, first: u32) -> Result<Vec<u8>> {
        let mut data = Vec::new();
        let mut at = first;
        let mut steps = 0;
        let count = self.mini_stream.len() / self.mini_sector;
        while at != END_OF_CHAIN && at != FREE {
            steps += 1;
            let from = at as usize * self.mini_sector;
            let sector = self
                .mini_stream
                .get(from..from + self.mini_sector)
                .filter(|_| steps <= count)
                .ok_or_else(|| bad("a broken mini sector chain".into()))?;
            data.extend_from_slice(sector);
            at = *self
                .mini_fat
                .get(at as usize)
                .ok_or_else(|| bad(format!("mini sector {at} is not in the table")))?;
        }
        Ok(data)
    }

    pub(super) fn has(&self, name: &str) -> bool {
        self.entries
            .iter()
            .any(|e| e.name.eq_ignore_ascii_case(name))
    }

    /// The stream `name`, cut to its declared size.
    pub(super) fn stream(&self, name: &str) -> Result<Option<Vec<u8>>> {
        let Some(entry) = self
            .entries
            .iter()
            .skip(1)
            .find(|e| e.stream && e.name.eq_ignore_ascii_case(name))
        else {
            return Ok(None);
        };
        let mut data = if entry.size < self.mini_cutoff {
            self.mini_chain(entry.start)?
        } else {
            self.chain(entry.start)?
        };
        if (data.len() as u64) < entry.size {
            return Err(bad(format!("the stream {name} is shorter than it says")));
        }
        data.truncate(entry.size as usize);
        Ok(Some(data))
    }
}
