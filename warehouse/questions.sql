-- newsledger question macros: common questions, as table macros over the contract's views.
--
-- warehouse/attach.sql, `newsledger sql` and `newsledger report` define them on
-- their read-only connection; in a duckdb session, `.read warehouse/questions.sql`
-- does the same once the lake is attached.
-- An entity is named by its ID ('country:AZE', 'person:ilham_aliyev') or by
-- its name (case-insensitive); a parameter left out (NULL) matches everything.
-- Every row carries `evidence`, the sentence of the article it comes from.

-- The sentence of an article that holds an offset.
CREATE OR REPLACE TEMP MACRO _sentence_at(aid, offset_) AS
    (SELECT first(s.text ORDER BY s.char_start) FROM sentences s
     WHERE s.article_id = aid AND s.char_start <= offset_ AND offset_ < s.char_end);

-- Who is an entity: its ID, or the ID of the entities with that name.
CREATE OR REPLACE TEMP MACRO _is_entity(eid, who) AS
    who IS NULL OR eid = who OR eid IN (
        SELECT entity_id FROM entities
        WHERE lower(canonical_name) = lower(who)
           OR list_contains(list_transform(aliases, lambda a: lower(a)), lower(who))
    );

-- Claims made by a claimant about a place within a period of publication dates.
-- A claim is about a place when it names it (place_ids) or its article mentions it.
--   SELECT * FROM claims_by('person:anar_eyvazov', 'Fuzuli', DATE '2020-01-01', DATE '2020-12-31');
CREATE OR REPLACE TEMP MACRO claims_by(claimant := NULL, place := NULL, date_from := NULL, date_to := NULL) AS TABLE
    SELECT a.published_date, c.claimant_id, ce.canonical_name AS claimant, c.claim_kind, c.side,
           c.quantity_min, c.quantity_max, c.unit, c.place_ids, c.disputes_claim_id,
           substr(a.text, c.char_start + 1, c.char_end - c.char_start) AS words,
           _sentence_at(c.article_id, c.char_start) AS evidence,
           a.headline, c.claim_id, c.article_id
    FROM claims c
    JOIN articles a USING (article_id)
    LEFT JOIN entities ce ON ce.entity_id = c.claimant_id
    WHERE _is_entity(c.claimant_id, claimant)
      AND (place IS NULL
           OR list_has_any(c.place_ids, (SELECT list(entity_id) FROM entities
                                         WHERE entity_type = 'PLACE' AND _is_entity(entity_id, place)))
           OR EXISTS (SELECT 1 FROM mentions m
                      WHERE m.article_id = c.article_id AND m.entity_id LIKE 'place:%'
                        AND _is_entity(m.entity_id, place)))
      AND (date_from IS NULL OR a.published_date >= date_from)
      AND (date_to IS NULL OR a.published_date <= date_to)
    ORDER BY a.published_date, c.article_id, c.char_start;

-- Who reacted how to whom: each reaction with its actor, stance and target by name.
--   SELECT * FROM reactions_by(target := 'country:AZE');
CREATE OR REPLACE TEMP MACRO reactions_by(actor := NULL, target := NULL, stance_is := NULL) AS TABLE
    SELECT a.published_date, r.actor_id, ae.canonical_name AS actor, r.stance, r.cameo_code,
           r.target_id, te.canonical_name AS target, se.canonical_name AS speaker,
           substr(a.text, r.char_start + 1, r.char_end - r.char_start) AS words,
           _sentence_at(r.article_id, r.char_start) AS evidence,
           a.headline, r.reaction_id, r.article_id
    FROM reactions r
    JOIN articles a USING (article_id)
    LEFT JOIN entities ae ON ae.entity_id = r.actor_id
    LEFT JOIN entities te ON te.entity_id = r.target_id
    LEFT JOIN entities se ON se.entity_id = r.speaker_id
    WHERE _is_entity(r.actor_id, actor)
      AND (target IS NULL OR _is_entity(r.target_id, target))
      AND (stance_is IS NULL OR r.stance = stance_is)
    ORDER BY a.published_date, r.article_id, r.char_start;

-- What a person (or an organization, a state) is quoted as saying.
--   SELECT * FROM quotes_of('Ilham Aliyev');
CREATE OR REPLACE TEMP MACRO quotes_of(speaker := NULL) AS TABLE
    SELECT a.published_date, q.speaker_id, se.canonical_name AS speaker, q.cue, q.text,
           q.is_partial, _sentence_at(q.article_id, q.char_start) AS evidence,
           a.headline, q.quote_id, q.article_id, q.char_start, q.char_end
    FROM quotes q
    JOIN articles a USING (article_id)
    LEFT JOIN entities se ON se.entity_id = q.speaker_id
    WHERE _is_entity(q.speaker_id, speaker)
    ORDER BY a.published_date, q.article_id, q.char_start;
