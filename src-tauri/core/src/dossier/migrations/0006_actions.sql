-- Schema version 6: step 3 — action plans per risk, responsible purchasing practices per
-- supplier and the ending of a relationship (S3.1–S3.4) — and step 4 — progress updates
-- with evidence files, corrective-action-plan items of audits and the context log
-- (S4.2–S4.5).

CREATE TABLE action (
    id           INTEGER PRIMARY KEY,
    risk_id      INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
    title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    measure      TEXT NOT NULL CHECK (measure IN
                   ('stop_activity', 'stop_contribution', 'use_leverage', 'increase_leverage',
                    'corrective_action_plan', 'supplier_training', 'chain_project',
                    'sector_initiative', 'certification', 'alternative_sourcing',
                    'responsible_disengagement')),
    owner        TEXT,
    people       TEXT,
    budget_eur   INTEGER CHECK (budget_eur IS NULL OR budget_eur >= 0),
    start_on     TEXT,
    deadline     TEXT,
    status       TEXT NOT NULL DEFAULT 'planned'
                   CHECK (status IN ('planned', 'in_progress', 'done', 'stopped')),
    goal         TEXT,
    kpi_id       INTEGER REFERENCES kpi (id) ON DELETE SET NULL,
    stakeholders TEXT,
    supplier_id  INTEGER REFERENCES supplier (id) ON DELETE SET NULL
) STRICT;

CREATE INDEX action_by_risk ON action (risk_id);

-- Dated progress of an action with a judgement of its effectiveness (S4.2).
CREATE TABLE action_update (
    id            INTEGER PRIMARY KEY,
    action_id     INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    written_on    TEXT NOT NULL,
    progress      TEXT NOT NULL CHECK (length(progress) >= 1),
    effectiveness TEXT NOT NULL DEFAULT 'not_judged'
                    CHECK (effectiveness IN
                      ('not_judged', 'not_effective', 'partly_effective', 'effective'))
) STRICT;

-- Evidence files, kept inside the dossier so that it stays one file.
CREATE TABLE evidence (
    id         INTEGER PRIMARY KEY,
    action_id  INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    size       INTEGER NOT NULL CHECK (size >= 0),
    content    BLOB NOT NULL,
    added_on   TEXT NOT NULL
) STRICT;

CREATE INDEX evidence_by_action ON evidence (action_id);

-- Responsible purchasing practices per supplier relationship (S3.3).
CREATE TABLE purchasing_practice (
    supplier_id INTEGER NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
    practice    TEXT NOT NULL,
    applied     INTEGER NOT NULL CHECK (applied IN (0, 1)),
    note        TEXT,
    PRIMARY KEY (supplier_id, practice)
) STRICT;

-- Ending a relationship, with the assessment of its impact on workers (S3.4).
ALTER TABLE supplier ADD COLUMN ended_on TEXT;
ALTER TABLE supplier ADD COLUMN exit_impact TEXT;

-- Corrective-action-plan items of an audit, with deadlines (S4.3).
CREATE TABLE cap_item (
    id          INTEGER PRIMARY KEY,
    audit_id    INTEGER NOT NULL REFERENCES supplier_audit (id) ON DELETE CASCADE,
    description TEXT NOT NULL CHECK (length(description) >= 1),
    deadline    TEXT,
    done_on     TEXT
) STRICT;

-- What happens around a chain or in a country: tension, disasters, strikes (S4.5).
CREATE TABLE context_entry (
    id          INTEGER PRIMARY KEY,
    noted_on    TEXT NOT NULL,
    country     TEXT CHECK (country IS NULL OR length(country) = 2),
    item_id     INTEGER REFERENCES purchased_item (id) ON DELETE SET NULL,
    description TEXT NOT NULL CHECK (length(description) >= 1)
) STRICT;
