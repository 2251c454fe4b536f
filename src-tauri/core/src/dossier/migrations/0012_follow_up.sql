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

-- Whether a grievance was upheld and whether the matter was resolved for the people who
-- raised it are two separate facts (S6.1): the decision becomes upheld, partly upheld or
-- not upheld, and closing records whether it was resolved. A former "resolved" decision
-- was both upheld and resolved. The table is rebuilt for its CHECK constraint, with
-- foreign keys off around the update and checked before it commits (ADR 0012).
CREATE TABLE grievance_12 (
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
    decision              TEXT CHECK (decision IS NULL OR decision IN
                            ('upheld', 'partly_upheld', 'not_upheld')),
    closed_on             TEXT,
    resolved              INTEGER CHECK (resolved IS NULL OR resolved IN (0, 1)),
    outcome               TEXT,
    remedy                TEXT,
    lessons               TEXT
) STRICT;
INSERT INTO grievance_12 (id, received_on, channel, reporter, reporter_contact, theme,
        supplier_id, risk_id, country, description, assessed_by, assessment,
        acknowledged_on, assessment_started_on, decided_on, decision, closed_on, resolved,
        outcome, remedy, lessons)
    SELECT id, received_on, channel, reporter, reporter_contact, theme, supplier_id,
           risk_id, country, description, assessed_by, assessment, acknowledged_on,
           assessment_started_on, decided_on,
           CASE decision WHEN 'resolved' THEN 'upheld' ELSE decision END,
           closed_on,
           CASE WHEN closed_on IS NULL THEN NULL
                WHEN decision = 'resolved' THEN 1 END,
           outcome, remedy, lessons
      FROM grievance;
DROP TABLE grievance;
ALTER TABLE grievance_12 RENAME TO grievance;

-- The reminders look up deferred risks whose review is due on every start: an index of
-- only those keeps that from reading every risk of a large dossier.
CREATE INDEX risk_review_due ON risk (review_date) WHERE decision = 'deferred';
