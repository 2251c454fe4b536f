-- Schema version 16: supplier questionnaire rounds (B4). One round per year with the
-- token written hidden in its workbooks; per supplier the request with its dates; the
-- answers that came back, as read and as typed.
CREATE TABLE survey_round (
    year       INTEGER PRIMARY KEY REFERENCES reporting_year (year) ON DELETE CASCADE,
    token      TEXT NOT NULL UNIQUE CHECK (length(token) = 32),
    started_on TEXT NOT NULL CHECK (length(started_on) = 10),
    due_on     TEXT NOT NULL CHECK (length(due_on) = 10)
) STRICT;

CREATE TABLE survey_request (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL REFERENCES survey_round (year) ON DELETE CASCADE,
    supplier_id INTEGER NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
    lang        TEXT NOT NULL CHECK (lang IN ('nl', 'en')),
    sent_on     TEXT NOT NULL CHECK (length(sent_on) = 10),
    reminded_on TEXT CHECK (reminded_on IS NULL OR length(reminded_on) = 10),
    returned_on TEXT CHECK (returned_on IS NULL OR length(returned_on) = 10),
    UNIQUE (year, supplier_id)
) STRICT;

CREATE TABLE survey_answer (
    request_id  INTEGER NOT NULL REFERENCES survey_request (id) ON DELETE CASCADE,
    question    TEXT NOT NULL CHECK (length(question) BETWEEN 1 AND 64),
    value       TEXT CHECK (value IS NULL OR length(value) <= 1000),
    raw         TEXT NOT NULL CHECK (length(raw) <= 1000),
    explanation TEXT CHECK (explanation IS NULL OR length(explanation) <= 1000),
    PRIMARY KEY (request_id, question)
) STRICT;
