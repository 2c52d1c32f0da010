-- newsledger macros: part of the user's API, defined by warehouse/attach.sql
-- (and by `newsledger sql`) for the session, over the lake's tables.

-- The words of an article between two offsets: every fact's evidence. The inner columns
-- are renamed so that a caller's own article_id ("FROM articles") binds outside.
CREATE OR REPLACE TEMP MACRO evidence(aid, s, e) AS
    (SELECT substr(ev_text, s + 1, e - s)
     FROM (SELECT article_id AS ev_id, text AS ev_text FROM articles)
     WHERE ev_id = aid);

-- Every mention of one entity, with its article's date and headline.
CREATE OR REPLACE TEMP MACRO mentions_of(eid) AS TABLE
    SELECT m.entity_id, m.surface, m.mention_kind, a.published_date, a.headline,
           m.article_id, m.char_start, m.char_end
    FROM mentions m JOIN articles a USING (article_id)
    WHERE m.entity_id = eid
    ORDER BY a.published_date, m.article_id, m.char_start;
