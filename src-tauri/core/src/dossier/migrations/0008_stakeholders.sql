-- Schema version 8: stakeholders and the engagement log (SH1).

CREATE TABLE stakeholder (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind       TEXT NOT NULL CHECK (kind IN
                 ('supplier', 'customer', 'investor', 'employee', 'works_council', 'union',
                  'ngo', 'community', 'expert', 'government', 'other')),
    interest   TEXT,
    influence  TEXT CHECK (influence IS NULL OR influence IN ('low', 'medium', 'high')),
    contact    TEXT,
    -- Speaks for people in a vulnerable position (workers without a voice, children,
    -- migrants, indigenous peoples).
    vulnerable INTEGER NOT NULL DEFAULT 0 CHECK (vulnerable IN (0, 1)),
    -- Never named in a public output (S5.3).
    sensitive  INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1))
) STRICT;

-- A conversation or consultation in one of the six steps: who, about what, what they
-- said, and what the company did with it.
CREATE TABLE engagement (
    id             INTEGER PRIMARY KEY,
    stakeholder_id INTEGER NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    held_on        TEXT NOT NULL,
    step           INTEGER NOT NULL CHECK (step BETWEEN 1 AND 6),
    about          TEXT NOT NULL CHECK (length(about) >= 1),
    risk_id        INTEGER REFERENCES risk (id) ON DELETE SET NULL,
    action_id      INTEGER REFERENCES action (id) ON DELETE SET NULL,
    said           TEXT,
    follow_up      TEXT,
    followed_up_on TEXT
) STRICT;

CREATE INDEX engagement_by_stakeholder ON engagement (stakeholder_id);
