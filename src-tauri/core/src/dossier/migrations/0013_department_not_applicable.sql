-- Schema version 13: a department that a company does not have, or that has no part in
-- due diligence, can be marked "not applicable" instead of staying open for ever (S1.1).
ALTER TABLE department ADD COLUMN not_applicable INTEGER NOT NULL DEFAULT 0
    CHECK (not_applicable IN (0, 1));
