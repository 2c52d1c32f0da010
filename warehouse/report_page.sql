-- Queries behind the HTML report (`newsledger report`). `-- page: name` starts one.
-- $batch limits the report to one ingest batch; NULL means every batch. Each fact
-- comes with the sentence that holds it (its evidence).

-- page: articles
SELECT article_id, headline, author, published_date, site_name, source_url
FROM articles WHERE $batch IS NULL OR batch = $batch
ORDER BY published_date NULLS LAST, headline;

-- page: places
SELECT e.entity_id, e.entity_type, e.canonical_name, e.place_kind, e.country_code, e.admin1,
       e.latitude, e.longitude, e.geo_precision, count(*) AS mentions,
       min(s.sentence_id) AS sentence_id
FROM mentions m
JOIN entities e USING (entity_id)
LEFT JOIN sentences s ON s.sentence_id = m.sentence_id
WHERE e.entity_type IN ('PLACE', 'COUNTRY') AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL
  AND ($batch IS NULL OR m.batch = $batch)
GROUP BY ALL
ORDER BY mentions DESC, e.canonical_name;

-- page: timeline
SELECT t.event_id, t.date_start, t.date_end, t.precision, t.text_date, t.description,
       a.headline, s.sentence_id
FROM timeline t
JOIN articles a USING (article_id)
LEFT JOIN sentences s ON s.article_id = t.article_id
     AND s.char_start <= t.char_start AND t.char_start < s.char_end
WHERE $batch IS NULL OR t.batch = $batch
ORDER BY t.date_start, t.event_id;

-- page: claims
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
WHERE $batch IS NULL OR c.batch = $batch
ORDER BY c.claim_kind, side_name NULLS LAST, claimant, c.claim_id;

-- page: quotes
SELECT q.quote_id, coalesce(e.canonical_name, q.speaker_surface, 'unnamed source') AS speaker,
       q.cue, q.text, q.is_partial, s.sentence_id
FROM quotes q
LEFT JOIN entities e ON e.entity_id = q.speaker_id
LEFT JOIN sentences s ON s.article_id = q.article_id
     AND s.char_start <= q.char_start AND q.char_start < s.char_end
WHERE $batch IS NULL OR q.batch = $batch
ORDER BY speaker, q.article_id, q.char_start;

-- page: reactions
SELECT r.reaction_id, coalesce(ae.canonical_name, r.actor_id) AS actor, r.stance,
       coalesce(te.canonical_name, r.target_id) AS target, r.cameo_code, s.sentence_id
FROM reactions r
LEFT JOIN entities ae ON ae.entity_id = r.actor_id
LEFT JOIN entities te ON te.entity_id = r.target_id
LEFT JOIN sentences s ON s.article_id = r.article_id
     AND s.char_start <= r.char_start AND r.char_start < s.char_end
WHERE $batch IS NULL OR r.batch = $batch
ORDER BY actor, r.stance, r.reaction_id;

-- page: sentences
SELECT s.sentence_id, s.text, a.headline, a.published_date
FROM sentences s JOIN articles a USING (article_id)
WHERE $batch IS NULL OR s.batch = $batch
ORDER BY a.published_date NULLS LAST, a.headline, s.ordinal;
