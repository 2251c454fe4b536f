-- A decision that goes against the method's order (deferring an actual impact or a risk
-- of severity 5, prioritising while a more severe risk has no decision) is confirmed
-- explicitly; the reason is decision_reason.
ALTER TABLE risk ADD COLUMN decision_confirmed INTEGER NOT NULL DEFAULT 0
    CHECK (decision_confirmed IN (0, 1));
