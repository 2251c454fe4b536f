-- Ketenkompas dossier schema, version 1. Never edit once shipped: add 0002_….sql.

CREATE TABLE dossier_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE company (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    name                TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kvk_number          TEXT CHECK (kvk_number IS NULL OR length(kvk_number) = 8),
    employees           INTEGER CHECK (employees IS NULL OR employees >= 0),
    annual_turnover_eur INTEGER CHECK (annual_turnover_eur IS NULL OR annual_turnover_eur >= 0),
    contact_name        TEXT,
    contact_email       TEXT,
    contact_phone       TEXT,
    description         TEXT
) STRICT;

CREATE TABLE company_sector (
    position INTEGER PRIMARY KEY,
    name     TEXT NOT NULL
) STRICT;

CREATE TABLE company_country (
    position INTEGER PRIMARY KEY,
    country  TEXT NOT NULL UNIQUE CHECK (length(country) = 2)
) STRICT;

CREATE TABLE reporting_year (
    year      INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    status    TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_at TEXT
) STRICT;
