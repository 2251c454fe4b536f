-- Schema version 9: the communication log of step 5 (S5.1), the grievance mechanism and
-- its register (S6.1, S6.3) and remediation per actual impact (S6.2).

-- What the company told whom about its due diligence, when and how.
CREATE TABLE communication_log (
    id          INTEGER PRIMARY KEY,
    held_on     TEXT NOT NULL,
    audience    TEXT NOT NULL CHECK (audience IN ('internal', 'external')),
    recipients  TEXT NOT NULL CHECK (length(recipients) >= 1),
    channel     TEXT NOT NULL CHECK (channel IN
                  ('website', 'report', 'meeting', 'email', 'newsletter', 'social_media',
                   'intranet', 'other')),
    content     TEXT NOT NULL CHECK (length(content) >= 1),
    -- The report it shared, if any.
    report_kind TEXT CHECK (report_kind IS NULL OR report_kind IN
                  ('yearly', 'action_plan', 'communication')),
    report_year INTEGER,
    -- Never shown in a public output (S5.3).
    sensitive   INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1))
) STRICT;

-- The mechanism itself: how it works and its deadlines (one row).
CREATE TABLE grievance_mechanism (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    description      TEXT,
    acknowledge_days INTEGER NOT NULL DEFAULT 7 CHECK (acknowledge_days BETWEEN 1 AND 365),
    decide_days      INTEGER NOT NULL DEFAULT 60 CHECK (decide_days BETWEEN 1 AND 730)
) STRICT;

-- The mechanism judged against each of its eight criteria.
CREATE TABLE mechanism_criterion (
    code        TEXT PRIMARY KEY CHECK (code IN
                  ('known', 'accessible', 'confidential', 'trusted', 'protects_reporters',
                   'records_all', 'transparent_procedure', 'international_law')),
    assessment  TEXT NOT NULL CHECK (assessment IN ('met', 'partly', 'not_met')),
    explanation TEXT
) STRICT;

-- A grievance. Everything that may identify the reporter or the people concerned
-- (contact, description, assessment, outcome, remedy, lessons) is confidential: it is
-- shown only on request and never leaves the dossier except in the full backup.
CREATE TABLE grievance (
    id                    INTEGER PRIMARY KEY,
    received_on           TEXT NOT NULL,
    channel               TEXT NOT NULL CHECK (channel IN
                            ('hotline', 'email', 'letter', 'in_person', 'supplier',
                             'ngo_union', 'industry_mechanism', 'other')),
    reporter              TEXT NOT NULL CHECK (reporter IN ('anonymous', 'confidential')),
    reporter_contact      TEXT,
    theme                 TEXT,
    supplier_id           INTEGER REFERENCES supplier (id) ON DELETE SET NULL,
    risk_id               INTEGER REFERENCES risk (id) ON DELETE SET NULL,
    country               TEXT,
    description           TEXT NOT NULL CHECK (length(description) >= 1),
    assessed_by           TEXT,
    assessment            TEXT,
    acknowledged_on       TEXT,
    assessment_started_on TEXT,
    decided_on            TEXT,
    decision              TEXT CHECK (decision IS NULL OR decision IN ('resolved', 'not_upheld')),
    closed_on             TEXT,
    outcome               TEXT,
    remedy                TEXT,
    lessons               TEXT
) STRICT;

-- Remedy for an actual impact: the role the company takes (the expected role follows
-- its involvement), the form, who of the affected people was consulted, and the status.
CREATE TABLE remedy (
    id           INTEGER PRIMARY KEY,
    risk_id      INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
    grievance_id INTEGER REFERENCES grievance (id) ON DELETE SET NULL,
    form         TEXT NOT NULL CHECK (form IN
                   ('apology', 'restitution', 'rehabilitation', 'compensation',
                    'non_repetition', 'other')),
    description  TEXT NOT NULL CHECK (length(description) >= 1),
    role         TEXT NOT NULL CHECK (role IN ('provide_full', 'share_of_remedy', 'use_leverage')),
    role_reason  TEXT,
    consulted    TEXT,
    status       TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'provided', 'not_possible')),
    started_on   TEXT,
    completed_on TEXT
) STRICT;

CREATE INDEX remedy_by_risk ON remedy (risk_id);
