-- Schema version 5: step 1 — departments, policy versions with their checklist,
-- communication and training, preconditions, code of conduct dates (S1.1–S1.5) — and
-- KPIs with their measurements (S1.6, S4.4).

-- What each department already does and its part in due diligence (S1.1).
CREATE TABLE department (
    code             TEXT PRIMARY KEY CHECK (code IN
                       ('management', 'purchasing', 'sales', 'legal', 'finance', 'hr',
                        'marketing_communication', 'it', 'quality', 'research_development',
                        'logistics', 'sustainability')),
    current_practice TEXT,
    role             TEXT,
    responsible      TEXT
) STRICT;

-- A version of the policy (S1.2): its text or a reference to the published document.
CREATE TABLE policy_version (
    id              INTEGER PRIMARY KEY,
    label           TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
    body            TEXT,
    document_ref    TEXT,
    approved_by     TEXT,
    approved_on     TEXT,
    published_where TEXT,
    published_on    TEXT,
    next_review     TEXT
) STRICT;

-- The checklist of a good policy: per element whether it is covered, and where.
CREATE TABLE policy_element (
    policy_id INTEGER NOT NULL REFERENCES policy_version (id) ON DELETE CASCADE,
    element   TEXT NOT NULL,
    covered   INTEGER NOT NULL CHECK (covered IN (0, 1)),
    location  TEXT,
    PRIMARY KEY (policy_id, element)
) STRICT;

-- The themes a policy version covers.
CREATE TABLE policy_theme (
    policy_id INTEGER NOT NULL REFERENCES policy_version (id) ON DELETE CASCADE,
    theme     TEXT NOT NULL,
    PRIMARY KEY (policy_id, theme)
) STRICT;

-- Communication and training of the policy, inside and outside the company (S1.3).
CREATE TABLE policy_communication (
    id          INTEGER PRIMARY KEY,
    held_on     TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('communication', 'training')),
    audience    TEXT NOT NULL CHECK (audience IN ('internal', 'external')),
    description TEXT NOT NULL CHECK (length(description) >= 1),
    reached     INTEGER CHECK (reached IS NULL OR reached >= 0)
) STRICT;

-- Preconditions for doing due diligence (S1.5); one row.
CREATE TABLE preconditions (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    commitment     TEXT,
    budget_eur     INTEGER CHECK (budget_eur IS NULL OR budget_eur >= 0),
    hours_per_year INTEGER CHECK (hours_per_year IS NULL OR hours_per_year >= 0),
    skills         TEXT
) STRICT;

-- When the code of conduct was sent or signed (S1.4).
ALTER TABLE supplier ADD COLUMN code_of_conduct_on TEXT;

-- SMART KPIs (S1.6) and their measurements over time (S4.4).
CREATE TABLE kpi (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    unit     TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 40),
    baseline REAL,
    target   REAL NOT NULL,
    deadline TEXT,
    owner    TEXT,
    risk_id  INTEGER REFERENCES risk (id) ON DELETE SET NULL
) STRICT;

CREATE TABLE kpi_measurement (
    id          INTEGER PRIMARY KEY,
    kpi_id      INTEGER NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL,
    value       REAL NOT NULL,
    note        TEXT
) STRICT;

CREATE INDEX kpi_measurement_by_kpi ON kpi_measurement (kpi_id, measured_on);
