-- Queries behind the HTML report (`newsledger report`, the `report` asset).
-- `-- page: name` starts a page's rows, `-- total: name` the count they are taken from.
-- $batch limits the report to one ingest batch; NULL means every batch. $limit caps
-- each list at its most recent rows (by publication date), so a page's cost and size
-- do not grow with the batch or the lake; the page says when rows were left out.
-- Each fact comes with the sentence that holds it (its evidence).

-- page: articles
SELECT article_id, headline, author, published_date, site_name, source_url
FROM articles WHERE $batch IS NULL OR batch = $batch
ORDER BY published_date DESC NULLS LAST, headline, article_id
LIMIT $limit;

-- total: articles
SELECT count(*) FROM articles WHERE $batch IS NULL OR batch = $batch;

-- page: places
SELECT * FROM (
    SELECT e.entity_id, e.entity_type, e.canonical_name, e.place_kind, e.country_code, e.admin1,
           e.latitude, e.longitude, e.geo_precision, count(*) AS mentions,
           min(s.sentence_id) AS sentence_id
    FROM mentions m
    JOIN entities e USING (entity_id)
    LEFT JOIN sentences s ON s.sentence_id = m.sentence_id AND ($batch IS NULL OR s.batch = $batch)
    WHERE e.entity_type IN ('PLACE', 'COUNTRY') AND e.latitude IS NOT NULL
      AND e.longitude IS NOT NULL AND ($batch IS NULL OR m.batch = $batch)
    GROUP BY ALL
)
ORDER BY mentions DESC, canonical_name, entity_id
LIMIT $limit;

-- total: places
SELECT count(DISTINCT e.entity_id)
FROM mentions m JOIN entities e USING (entity_id)
WHERE e.entity_type IN ('PLACE', 'COUNTRY') AND e.latitude IS NOT NULL
  AND e.longitude IS NOT NULL AND ($batch IS NULL OR m.batch = $batch);

-- page: timeline
SELECT * FROM (
    SELECT t.event_id, t.date_start, t.date_end, t.precision, t.text_date, t.description,
           a.headline, s.sentence_id
    FROM timeline t
    JOIN articles a USING (article_id)
    LEFT JOIN sentences s ON s.article_id = t.article_id
         AND s.char_start <= t.char_start AND t.char_start < s.char_end
         AND ($batch IS NULL OR s.batch = $batch)
    WHERE $batch IS NULL OR t.batch = $batch
    ORDER BY a.published_date DESC NULLS LAST, t.event_id
    LIMIT $limit
)
ORDER BY date_start, event_id;

-- total: timeline
SELECT count(*) FROM timeline WHERE $batch IS NULL OR batch = $batch;

-- page: claims
SELECT * FROM (
    SELECT c.claim_id, c.claim_kind, c.side, coalesce(se.canonical_name, c.side) AS side_name,
           c.claimant_id, coalesce(ce.canonical_name, 'unnamed source') AS claimant,
           c.quantity_min, c.quantity_max, c.is_approximate, c.unit,
           (SELECT string_agg(pe.canonical_name, ', ') FROM entities pe
            WHERE list_contains(c.place_ids, pe.entity_id)) AS places,
           c.disputes_claim_id, s.sentence_id, a.published_date
    FROM claims c
    JOIN articles a USING (article_id)
    LEFT JOIN entities ce ON ce.entity_id = c.claimant_id
    LEFT JOIN entities se ON se.entity_id = c.side
    LEFT JOIN sentences s ON s.article_id = c.article_id
         AND s.char_start <= c.char_start AND c.char_start < s.char_end
         AND ($batch IS NULL OR s.batch = $batch)
    WHERE $batch IS NULL OR c.batch = $batch
    ORDER BY a.published_date DESC NULLS LAST, c.claim_id
    LIMIT $limit
)
ORDER BY claim_kind, side_name NULLS LAST, claimant, claim_id;

-- total: claims
SELECT count(*) FROM claims WHERE $batch IS NULL OR batch = $batch;

-- page: quotes
SELECT quote_id, speaker, cue, text, is_partial, sentence_id FROM (
    SELECT q.quote_id, coalesce(e.canonical_name, q.speaker_surface, 'unnamed source') AS speaker,
           q.cue, q.text, q.is_partial, s.sentence_id, q.article_id, q.char_start
    FROM quotes q
    JOIN articles a USING (article_id)
    LEFT JOIN entities e ON e.entity_id = q.speaker_id
    LEFT JOIN sentences s ON s.article_id = q.article_id
         AND s.char_start <= q.char_start AND q.char_start < s.char_end
         AND ($batch IS NULL OR s.batch = $batch)
    WHERE $batch IS NULL OR q.batch = $batch
    ORDER BY a.published_date DESC NULLS LAST, q.quote_id
    LIMIT $limit
)
ORDER BY speaker, article_id, char_start;

-- total: quotes
SELECT count(*) FROM quotes WHERE $batch IS NULL OR batch = $batch;

-- page: reactions
SELECT reaction_id, actor, stance, target, cameo_code, sentence_id FROM (
    SELECT r.reaction_id, coalesce(ae.canonical_name, r.actor_id) AS actor, r.stance,
           coalesce(te.canonical_name, r.target_id) AS target, r.cameo_code, s.sentence_id
    FROM reactions r
    JOIN articles a USING (article_id)
    LEFT JOIN entities ae ON ae.entity_id = r.actor_id
    LEFT JOIN entities te ON te.entity_id = r.target_id
    LEFT JOIN sentences s ON s.article_id = r.article_id
         AND s.char_start <= r.char_start AND r.char_start < s.char_end
         AND ($batch IS NULL OR s.batch = $batch)
    WHERE $batch IS NULL OR r.batch = $batch
    ORDER BY a.published_date DESC NULLS LAST, r.reaction_id
    LIMIT $limit
)
ORDER BY actor, stance, reaction_id;

-- total: reactions
SELECT count(*) FROM reactions WHERE $batch IS NULL OR batch = $batch;

-- evidence: sentences
-- The sentences the page's facts link to ($ids), nothing else.
SELECT s.sentence_id, s.text, a.headline, a.published_date
FROM sentences s JOIN articles a USING (article_id)
WHERE s.sentence_id IN (SELECT unnest($ids)) AND ($batch IS NULL OR s.batch = $batch)
ORDER BY a.published_date NULLS LAST, a.headline, s.ordinal;
