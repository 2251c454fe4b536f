-- Schema version 2: the risk register of step 2 (S2.4–S2.7).

CREATE TABLE risk (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    theme             TEXT NOT NULL,
    description       TEXT,
    location          TEXT NOT NULL CHECK (location IN
                        ('own_operations', 'supplier', 'country', 'product', 'customer_use')),
    country           TEXT CHECK (country IS NULL OR length(country) = 2),
    item              TEXT,
    actual            INTEGER NOT NULL DEFAULT 0 CHECK (actual IN (0, 1)),
    scale             INTEGER CHECK (scale BETWEEN 1 AND 5),
    scope             INTEGER CHECK (scope BETWEEN 1 AND 5),
    irremediability   INTEGER CHECK (irremediability BETWEEN 1 AND 5),
    likelihood        INTEGER CHECK (likelihood BETWEEN 1 AND 5),
    involvement       TEXT CHECK (involvement IN ('causes', 'contributes', 'directly_linked')),
    own_contribution  TEXT,
    consulted         TEXT,
    decision          TEXT NOT NULL DEFAULT 'open'
                        CHECK (decision IN ('open', 'prioritised', 'deferred')),
    decision_reason   TEXT,
    review_date       TEXT,
    override_position INTEGER CHECK (override_position IS NULL OR override_position >= 1),
    override_reason   TEXT,
    CHECK (decision <> 'deferred' OR review_date IS NOT NULL),
    CHECK ((override_position IS NULL) = (override_reason IS NULL))
) STRICT;

CREATE TABLE risk_affected_group (
    risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
    grp     TEXT NOT NULL,
    PRIMARY KEY (risk_id, grp)
) STRICT;

CREATE TABLE risk_source (
    risk_id INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
    source  TEXT NOT NULL,
    PRIMARY KEY (risk_id, source)
) STRICT;
