-- Schema version 3: the supplier and production-location register (S2.3).

CREATE TABLE supplier (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- Normalised name and address, for finding duplicates.
    name_key        TEXT NOT NULL,
    address         TEXT,
    address_key     TEXT,
    country         TEXT CHECK (country IS NULL OR length(country) = 2),
    sector          TEXT,
    products        TEXT,
    workers_min     INTEGER CHECK (workers_min IS NULL OR workers_min >= 0),
    workers_max     INTEGER,
    parent_company  TEXT,
    facility_type   TEXT,
    lat             REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lng             REAL CHECK (lng IS NULL OR lng BETWEEN -180 AND 180),
    tier            INTEGER NOT NULL DEFAULT 1 CHECK (tier BETWEEN 1 AND 10),
    has_contract    INTEGER CHECK (has_contract IN (0, 1)),
    code_of_conduct TEXT NOT NULL DEFAULT 'not_sent'
                      CHECK (code_of_conduct IN ('not_sent', 'sent', 'signed')),
    notes           TEXT,
    CHECK (workers_max IS NULL OR workers_min IS NULL OR workers_max >= workers_min)
) STRICT;

CREATE INDEX supplier_name_country ON supplier (name_key, country);
CREATE INDEX supplier_address ON supplier (address_key);
