-- Schema version 15: the company's own judgement of its maturity per step and year (B3):
-- the level it confirmed or chose, the level suggested then, and why it differs.
CREATE TABLE maturity (
    year        INTEGER NOT NULL REFERENCES reporting_year (year) ON DELETE CASCADE,
    step        INTEGER NOT NULL CHECK (step BETWEEN 1 AND 6),
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    suggested   INTEGER NOT NULL CHECK (suggested BETWEEN 1 AND 5),
    reason      TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 2000),
    assessed_on TEXT NOT NULL CHECK (length(assessed_on) = 10),
    PRIMARY KEY (year, step)
) STRICT;
