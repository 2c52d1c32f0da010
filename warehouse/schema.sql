-- newsledger warehouse: the user's API.
--
-- Views over the Parquet lake, rebuilt by the `warehouse` asset into a new
-- database file that replaces the old one atomically, so readers never block
-- the pipeline and never see half a batch. A table name in double braces
-- stands for the table's
-- live Parquet parts (absolute paths, so the views work from any directory).
-- Column COMMENTs come from newsledger/schemas.py, the one place that knows
-- the table schemas.

CREATE OR REPLACE VIEW articles AS SELECT * FROM {{articles}};
CREATE OR REPLACE VIEW rejected_articles AS SELECT * FROM {{rejected_articles}};
CREATE OR REPLACE VIEW sections AS SELECT * FROM {{sections}};
CREATE OR REPLACE VIEW sentences AS SELECT * FROM {{sentences}};
CREATE OR REPLACE VIEW entities AS SELECT * FROM {{entities}};
CREATE OR REPLACE VIEW mentions AS SELECT * FROM {{mentions}};
CREATE OR REPLACE VIEW person_roles AS SELECT * FROM {{person_roles}};
CREATE OR REPLACE VIEW quotes AS SELECT * FROM {{quotes}};
CREATE OR REPLACE VIEW claims AS SELECT * FROM {{claims}};
CREATE OR REPLACE VIEW reactions AS SELECT * FROM {{reactions}};
CREATE OR REPLACE VIEW timeline AS SELECT * FROM {{timeline}};

-- The words of an article between two offsets: every fact's evidence.
CREATE OR REPLACE MACRO evidence(aid, s, e) AS
    (SELECT substr(text, s + 1, e - s) FROM articles WHERE article_id = aid);

-- Every mention of one entity, with its article's date and headline.
CREATE OR REPLACE MACRO mentions_of(eid) AS TABLE
    SELECT m.entity_id, m.surface, m.mention_kind, a.published_date, a.headline,
           m.article_id, m.char_start, m.char_end
    FROM mentions m JOIN articles a USING (article_id)
    WHERE m.entity_id = eid
    ORDER BY a.published_date, m.article_id, m.char_start;
