-- Two measure types (S3.1, S3.4): preventing harm by changing the company's own
-- practice, which fits an impact it may cause as well as stopping the activity does, and
-- suspending a relationship on conditions, the step before ending it. SQLite cannot
-- change a CHECK constraint, so the table is rebuilt; the migration runs with foreign
-- keys off and checks them before it commits (ADR 0012).
CREATE TABLE action_new (
    id           INTEGER PRIMARY KEY,
    risk_id      INTEGER NOT NULL REFERENCES risk (id) ON DELETE CASCADE,
    title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    measure      TEXT NOT NULL CHECK (measure IN
                   ('stop_activity', 'stop_contribution', 'change_own_practice',
                    'use_leverage', 'increase_leverage', 'corrective_action_plan',
                    'supplier_training', 'chain_project', 'sector_initiative',
                    'certification', 'alternative_sourcing', 'suspend_with_conditions',
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
    supplier_id  INTEGER REFERENCES supplier (id) ON DELETE SET NULL,
    sensitive    INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1))
) STRICT;

INSERT INTO action_new (id, risk_id, title, measure, owner, people, budget_eur, start_on,
        deadline, status, goal, kpi_id, stakeholders, supplier_id, sensitive)
    SELECT id, risk_id, title, measure, owner, people, budget_eur, start_on, deadline,
        status, goal, kpi_id, stakeholders, supplier_id, sensitive
    FROM action;

DROP TABLE action;
ALTER TABLE action_new RENAME TO action;
CREATE INDEX action_by_risk ON action (risk_id);

-- The notes of an action, newest first: the dashboard reads the latest judgements of
-- every action in one walk.
CREATE INDEX action_update_by_action ON action_update (action_id, written_on, id);
