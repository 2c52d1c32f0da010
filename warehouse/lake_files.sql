-- Every file the lake's catalog lists, of any snapshot not yet expired (data files
-- and delete files), as the full path DuckLake reads it: the data path, then the
-- schema's, the table's and the file's paths, each relative to the one before
-- unless marked absolute. `newsledger sql` may read these files and no other.
WITH root AS (
    SELECT rtrim(value, '/') || '/' AS data_path
    FROM __ducklake_metadata_newsledger.ducklake_metadata
    WHERE key = 'data_path' AND scope IS NULL
),
schemas AS (
    SELECT DISTINCT s.schema_id,
           CASE WHEN coalesce(s.path_is_relative::BOOLEAN, true)
                THEN root.data_path || coalesce(s.path, '') ELSE s.path END AS path
    FROM __ducklake_metadata_newsledger.ducklake_schema AS s, root
),
tables AS (
    SELECT DISTINCT t.table_id,
           CASE WHEN coalesce(t.path_is_relative::BOOLEAN, true)
                THEN s.path || coalesce(t.path, '') ELSE t.path END AS path
    FROM __ducklake_metadata_newsledger.ducklake_table AS t
    JOIN schemas AS s USING (schema_id)
),
files AS (
    SELECT table_id, path, path_is_relative FROM __ducklake_metadata_newsledger.ducklake_data_file
    UNION ALL
    SELECT table_id, path, path_is_relative FROM __ducklake_metadata_newsledger.ducklake_delete_file
)
SELECT DISTINCT CASE WHEN coalesce(f.path_is_relative::BOOLEAN, true)
                     THEN t.path || f.path ELSE f.path END AS path
FROM files AS f
JOIN tables AS t USING (table_id)
ORDER BY path;
