-- Schema version 12: what step 4 follows per supplier and what the company takes part in.

-- An audit names its scheme and its result; a self-assessment its score (0–100), so
-- that a supplier's scores can be compared year by year (S4.3).
ALTER TABLE supplier_audit ADD COLUMN scheme TEXT CHECK (scheme IS NULL OR scheme IN
    ('smeta', 'amfori_bsci', 'sa8000', 'rba', 'ics', 'own', 'other'));
ALTER TABLE supplier_audit ADD COLUMN result TEXT CHECK (result IS NULL OR result IN
    ('no_findings', 'minor_findings', 'major_findings', 'critical_findings'));
ALTER TABLE supplier_audit ADD COLUMN score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100);

-- Once a year per supplier: were the purchasing agreements of step 1 kept (S4.1)?
CREATE TABLE agreement_check (
    supplier_id      INTEGER NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
    year             INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    paid_on_time     TEXT NOT NULL CHECK (paid_on_time IN ('kept', 'partly', 'not_kept')),
    order_changes    TEXT NOT NULL CHECK (order_changes IN ('kept', 'partly', 'not_kept')),
    code_followed_up TEXT NOT NULL CHECK (code_followed_up IN ('kept', 'partly', 'not_kept')),
    note             TEXT,
    PRIMARY KEY (supplier_id, year)
) STRICT;

-- Sector agreements and initiatives the company takes part in.
CREATE TABLE company_initiative (
    position INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(name) >= 1)
) STRICT;

-- The mechanism's criteria gain the two effectiveness criteria of the UN Guiding
-- Principles (principle 31) that were missing: equitable (access to information, advice
-- and expertise) and engagement and dialogue with the people it is meant for. Nothing
-- points at this table, so it is rebuilt in place.
CREATE TABLE mechanism_criterion_12 (
    code        TEXT PRIMARY KEY CHECK (code IN
                  ('known', 'accessible', 'confidential', 'trusted', 'protects_reporters',
                   'records_all', 'transparent_procedure', 'international_law',
                   'equitable', 'engagement_dialogue')),
    assessment  TEXT NOT NULL CHECK (assessment IN ('met', 'partly', 'not_met')),
    explanation TEXT
) STRICT;
INSERT INTO mechanism_criterion_12 (code, assessment, explanation)
    SELECT code, assessment, explanation FROM mechanism_criterion;
DROP TABLE mechanism_criterion;
ALTER TABLE mechanism_criterion_12 RENAME TO mechanism_criterion;

-- A responsible disengagement: why now, and the questions of a responsible exit (S3.4).
CREATE TABLE action_exit (
    action_id INTEGER PRIMARY KEY REFERENCES action (id) ON DELETE CASCADE,
    reason    TEXT,
    severity  TEXT,
    crucial   TEXT,
    notice    TEXT,
    workers   TEXT,
    informed  TEXT,
    ends_on   TEXT
) STRICT;
