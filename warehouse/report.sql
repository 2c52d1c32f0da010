-- Queries behind the summary that `newsledger run` prints. `-- query: name` starts one.

-- query: totals
SELECT (SELECT count(*) FROM articles) AS articles,
       (SELECT count(*) FROM rejected_articles) AS rejected,
       (SELECT count(*) FROM sections) AS sections,
       (SELECT count(*) FROM sentences) AS sentences,
       (SELECT count(*) FROM entities) AS entities,
       (SELECT count(*) FROM quotes) AS quotes,
       (SELECT count(*) FROM claims) AS claims;

-- query: sections_by_type
SELECT section_type, count(*) AS sections FROM sections GROUP BY section_type ORDER BY section_type;

-- query: batch_articles
SELECT headline, author, published_date, word_count FROM articles WHERE batch = $batch
ORDER BY published_date NULLS LAST, headline;

-- query: batch_rejected
SELECT source_path, reason, detail FROM rejected_articles WHERE batch = $batch ORDER BY source_path;

-- query: example
SELECT a.headline, s.ordinal, s.section_type, s.heading
FROM sections s JOIN articles a USING (article_id)
ORDER BY a.headline, s.ordinal
LIMIT 10;

-- query: entities_by_type
SELECT e.entity_type, count(DISTINCT e.entity_id) AS entities, count(*) AS mentions
FROM mentions m JOIN entities e USING (entity_id)
WHERE m.batch = $batch
GROUP BY e.entity_type ORDER BY e.entity_type;

-- query: batch_quotes
SELECT coalesce(e.canonical_name, q.speaker_surface) AS speaker, q.cue, q.text
FROM quotes q LEFT JOIN entities e ON e.entity_id = q.speaker_id
WHERE q.batch = $batch
ORDER BY q.article_id, q.char_start
LIMIT 12;

-- query: batch_claims
SELECT coalesce(e.canonical_name, c.claimant_id) AS claimant, c.claim_kind,
       c.quantity_min, c.quantity_max, c.unit, c.disputes_claim_id IS NOT NULL AS disputes
FROM claims c LEFT JOIN entities e ON e.entity_id = c.claimant_id
WHERE c.batch = $batch
ORDER BY c.article_id, c.char_start
LIMIT 12;

-- query: batch_reactions
SELECT coalesce(a.canonical_name, r.actor_id) AS actor, r.stance, r.cameo_code,
       coalesce(s.canonical_name, '') AS speaker
FROM reactions r LEFT JOIN entities a ON a.entity_id = r.actor_id
LEFT JOIN entities s ON s.entity_id = r.speaker_id
WHERE r.batch = $batch
ORDER BY r.article_id, r.char_start
LIMIT 15;

-- query: batch_timeline
SELECT date_start, date_end, precision, text_date FROM timeline
WHERE batch = $batch ORDER BY date_start LIMIT 12;
