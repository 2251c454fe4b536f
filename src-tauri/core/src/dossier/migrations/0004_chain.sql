-- Schema version 4: the value chain (S2.1, S2.2), certifications and audits of
-- suppliers (S2.3), links from risks to the chain (S2.4) and decisions on suggested
-- risks (S2.5).

-- What the company buys. Each purchased item is one chain to map.
CREATE TABLE purchased_item (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind               TEXT NOT NULL CHECK (kind IN
                         ('raw_material', 'ingredient', 'product', 'service')),
    volume             REAL CHECK (volume IS NULL OR volume >= 0),
    volume_unit        TEXT,
    spend_eur          REAL CHECK (spend_eur IS NULL OR spend_eur >= 0),
    has_contract       INTEGER CHECK (has_contract IN (0, 1)),
    -- True when (part of) the origin is not known.
    origin_unknown     INTEGER NOT NULL DEFAULT 0 CHECK (origin_unknown IN (0, 1)),
    planned_completion TEXT,
    notes              TEXT
) STRICT;

CREATE TABLE purchased_item_origin (
    item_id INTEGER NOT NULL REFERENCES purchased_item (id) ON DELETE CASCADE,
    country TEXT NOT NULL CHECK (length(country) = 2),
    PRIMARY KEY (item_id, country)
) STRICT;

-- Goods or commodities, as named in the built-in reference data, that the item is or
-- contains; the app suggests risks for them.
CREATE TABLE purchased_item_good (
    item_id INTEGER NOT NULL REFERENCES purchased_item (id) ON DELETE CASCADE,
    good    TEXT NOT NULL CHECK (length(good) BETWEEN 1 AND 200),
    PRIMARY KEY (item_id, good)
) STRICT;

-- A supplier in an item's chain; `via` is the supplier it delivers to (NULL: to us).
CREATE TABLE purchased_item_supplier (
    item_id     INTEGER NOT NULL REFERENCES purchased_item (id) ON DELETE CASCADE,
    supplier_id INTEGER NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
    via_id      INTEGER REFERENCES supplier (id) ON DELETE SET NULL,
    PRIMARY KEY (item_id, supplier_id),
    CHECK (via_id IS NULL OR via_id <> supplier_id)
) STRICT;

CREATE INDEX purchased_item_supplier_by_supplier ON purchased_item_supplier (supplier_id);

-- What the company sells, to whom, where, how it is used and what happens after use.
CREATE TABLE sold_item (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    customers   TEXT,
    use_phase   TEXT,
    end_of_life TEXT,
    notes       TEXT
) STRICT;

CREATE TABLE sold_item_country (
    item_id INTEGER NOT NULL REFERENCES sold_item (id) ON DELETE CASCADE,
    country TEXT NOT NULL CHECK (length(country) = 2),
    PRIMARY KEY (item_id, country)
) STRICT;

CREATE TABLE supplier_certification (
    id          INTEGER PRIMARY KEY,
    supplier_id INTEGER NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
    scheme      TEXT NOT NULL CHECK (length(scheme) BETWEEN 1 AND 200),
    reference   TEXT,
    valid_until TEXT
) STRICT;

CREATE INDEX supplier_certification_by_supplier ON supplier_certification (supplier_id);

CREATE TABLE supplier_audit (
    id          INTEGER PRIMARY KEY,
    supplier_id INTEGER NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN
                  ('social_audit', 'environmental_audit', 'self_assessment', 'site_visit',
                   'other')),
    held_on     TEXT NOT NULL,
    auditor     TEXT,
    findings    TEXT
) STRICT;

CREATE INDEX supplier_audit_by_supplier ON supplier_audit (supplier_id);

ALTER TABLE risk ADD COLUMN item_id INTEGER REFERENCES purchased_item (id) ON DELETE SET NULL;
ALTER TABLE risk ADD COLUMN supplier_id INTEGER REFERENCES supplier (id) ON DELETE SET NULL;
ALTER TABLE risk ADD COLUMN sold_item_id INTEGER REFERENCES sold_item (id) ON DELETE SET NULL;

-- The user's answer to a suggested risk, by the suggestion's stable key.
CREATE TABLE suggestion_decision (
    key        TEXT PRIMARY KEY,
    decision   TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed')),
    reason     TEXT NOT NULL CHECK (length(reason) >= 1),
    decided_on TEXT NOT NULL,
    risk_id    INTEGER REFERENCES risk (id) ON DELETE SET NULL
) STRICT;
