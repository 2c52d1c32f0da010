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
