-- Cross-table checks on the warehouse. Each check is a query that returns the
-- offending rows; it passes when it returns none. `-- check: name` starts one.
--
-- `new_<table>` holds the rows the published warehouse does not read yet (all
-- rows on a first build, after a reprocess, or when entities lost an ID; see
-- newsledger.warehouse.new_files). The published rows passed these checks, so
-- each check looks at the new rows against the whole tables: a build costs
-- what was added, not what the lake holds.

-- check: sections_article_exists
SELECT s.section_id, s.article_id FROM new_sections s ANTI JOIN articles a USING (article_id);

-- check: sentences_section_exists
SELECT s.sentence_id, s.section_id FROM new_sentences s ANTI JOIN sections c USING (section_id);

-- check: sentences_article_exists
SELECT s.sentence_id, s.article_id FROM new_sentences s ANTI JOIN articles a USING (article_id);

-- check: article_ids_unique
SELECT article_id, count(*) AS n FROM articles
WHERE article_id IN (SELECT article_id FROM new_articles)
GROUP BY article_id HAVING count(*) > 1;

-- check: mentions_entity_exists
SELECT m.mention_id, m.entity_id FROM new_mentions m ANTI JOIN entities e USING (entity_id);

-- check: mentions_article_exists
SELECT m.mention_id, m.article_id FROM new_mentions m ANTI JOIN articles a USING (article_id);

-- check: person_roles_person_exists
SELECT r.article_id, r.person_id FROM new_person_roles r
WHERE r.person_id NOT IN (SELECT entity_id FROM entities);

-- check: country_codes_iso3
SELECT e.entity_id, e.country_code FROM new_entities e
WHERE e.country_code IS NOT NULL AND NOT regexp_full_match(e.country_code, '[A-Z]{3}');

-- check: coordinates_in_range
SELECT entity_id, latitude, longitude FROM new_entities
WHERE latitude NOT BETWEEN -90 AND 90 OR longitude NOT BETWEEN -180 AND 180;

-- check: quote_text_matches_article
SELECT q.quote_id FROM new_quotes q JOIN articles a USING (article_id)
WHERE substr(a.text, q.char_start + 1, q.char_end - q.char_start) <> q.text;

-- check: speakers_claimants_actors_exist
SELECT 'quote' AS kind, quote_id AS id, speaker_id AS entity_id FROM new_quotes
WHERE speaker_id IS NOT NULL AND speaker_id NOT IN (SELECT entity_id FROM entities)
UNION ALL
SELECT 'claim', claim_id, claimant_id FROM new_claims
WHERE claimant_id IS NOT NULL AND claimant_id NOT IN (SELECT entity_id FROM entities)
UNION ALL
SELECT 'reaction', reaction_id, actor_id FROM new_reactions
WHERE actor_id NOT IN (SELECT entity_id FROM entities);

-- check: claim_quantities_ordered
SELECT claim_id FROM new_claims WHERE quantity_min > quantity_max;

-- check: timeline_dates_ordered
SELECT event_id FROM new_timeline WHERE date_start > date_end;
