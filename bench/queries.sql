-- Five typical analyst questions, timed by bench/bench_pipeline.py through the
-- warehouse views and, as the baseline, on raw Parquet globs of the lake.
-- `-- query: name` starts a timed query; `-- param: name` starts an untimed
-- query whose single value fills `$name` in the timed ones.

-- param: place
SELECT m.entity_id FROM mentions m
WHERE m.entity_id LIKE 'place:%'
GROUP BY m.entity_id ORDER BY count(*) DESC, m.entity_id LIMIT 1;

-- param: speaker
SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL
GROUP BY speaker_id ORDER BY count(*) DESC, speaker_id LIMIT 1;

-- param: person
SELECT entity_id FROM mentions WHERE entity_id LIKE 'person:%'
GROUP BY entity_id ORDER BY count(*) DESC, entity_id LIMIT 1;

-- param: country
SELECT entity_id FROM mentions WHERE entity_id LIKE 'country:%'
GROUP BY entity_id ORDER BY count(*) DESC, entity_id LIMIT 1;

-- query: claims_by_claimant
-- Who claims what: claims per claimant and kind, with the quantities summed.
SELECT coalesce(e.canonical_name, c.claimant_id, '(unattributed)') AS claimant,
       c.claim_kind, count(*) AS claims,
       sum(c.quantity_min) AS quantity_min, sum(c.quantity_max) AS quantity_max
FROM claims c LEFT JOIN entities e ON e.entity_id = c.claimant_id
GROUP BY ALL ORDER BY claims DESC, claimant, c.claim_kind LIMIT 50;

-- query: place_over_time
-- Mentions of one place per month of publication.
SELECT date_trunc('month', a.published_date) AS month,
       count(*) AS mentions, count(DISTINCT m.article_id) AS articles
FROM mentions m JOIN articles a USING (article_id)
WHERE m.entity_id = $place
GROUP BY month ORDER BY month;

-- query: quotes_by_speaker
-- What one person said, newest first, with the article it appeared in.
SELECT a.published_date, a.headline, q.cue, q.text
FROM quotes q JOIN articles a USING (article_id)
WHERE q.speaker_id = $speaker
ORDER BY a.published_date DESC, q.article_id, q.char_start LIMIT 100;

-- query: co_occurrence
-- Sentences that mention both a person and a country, per month.
SELECT date_trunc('month', a.published_date) AS month,
       count(DISTINCT p.sentence_id) AS sentences, count(DISTINCT p.article_id) AS articles
FROM mentions p
JOIN mentions c ON c.sentence_id = p.sentence_id AND c.entity_id = $country
JOIN articles a ON a.article_id = p.article_id
WHERE p.entity_id = $person
GROUP BY month ORDER BY month;

-- query: reactions_by_country
-- Stances of foreign states.
SELECT e.canonical_name AS country, r.stance, count(*) AS reactions,
       count(DISTINCT r.article_id) AS articles
FROM reactions r JOIN entities e ON e.entity_id = r.actor_id
WHERE e.entity_type = 'COUNTRY'
GROUP BY ALL ORDER BY reactions DESC, country, r.stance;
