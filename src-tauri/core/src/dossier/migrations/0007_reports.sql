-- Schema version 7: reports (R1–R4, S5.2–S5.4) and closing a year (D3).

-- A risk or an action marked sensitive never appears in a public output (S5.3).
ALTER TABLE risk ADD COLUMN sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1));
ALTER TABLE action ADD COLUMN sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1));

-- What the company writes about a year in its own words: dilemmas, what did not work,
-- plans for the next year. Public by nature: it goes into the communication report.
CREATE TABLE year_review (
    year       INTEGER PRIMARY KEY REFERENCES reporting_year (year) ON DELETE CASCADE,
    dilemmas   TEXT,
    not_worked TEXT,
    next_year  TEXT
) STRICT;

-- The content of a closed year, frozen at closing as a dossier JSON document; its
-- reports are built from this and nothing else.
CREATE TABLE year_snapshot (
    year      INTEGER PRIMARY KEY REFERENCES reporting_year (year) ON DELETE CASCADE,
    closed_at TEXT NOT NULL,
    content   TEXT NOT NULL
) STRICT;
