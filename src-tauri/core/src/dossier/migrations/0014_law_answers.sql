-- Schema version 14: the answers a company gave to the questions of the legislation
-- check (B1) that its dossier cannot answer itself, one row per question answered.
CREATE TABLE law_answer (
    question TEXT PRIMARY KEY NOT NULL CHECK (length(question) BETWEEN 1 AND 64),
    answer INTEGER NOT NULL CHECK (answer IN (0, 1))
) STRICT;
