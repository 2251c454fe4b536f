-- Schema version 17: a key per questionnaire request, written only in that supplier's
-- workbook, so that a returned file proves which supplier it was sent to (requests of
-- schema 16 keep none: their workbooks are recognised by the round alone); and a
-- questionnaire's language is any language code, not only the app's two.
CREATE TABLE survey_request_17 (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL REFERENCES survey_round (year) ON DELETE CASCADE,
    supplier_id INTEGER NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
    lang        TEXT NOT NULL CHECK (length(lang) BETWEEN 2 AND 8 AND lang NOT GLOB '*[^a-z-]*'),
    key         TEXT CHECK (key IS NULL OR length(key) = 32),
    sent_on     TEXT NOT NULL CHECK (length(sent_on) = 10),
    reminded_on TEXT CHECK (reminded_on IS NULL OR length(reminded_on) = 10),
    returned_on TEXT CHECK (returned_on IS NULL OR length(returned_on) = 10),
    UNIQUE (year, supplier_id)
) STRICT;

INSERT INTO survey_request_17 (id, year, supplier_id, lang, sent_on, reminded_on, returned_on)
    SELECT id, year, supplier_id, lang, sent_on, reminded_on, returned_on FROM survey_request;

DROP TABLE survey_request;
ALTER TABLE survey_request_17 RENAME TO survey_request;
