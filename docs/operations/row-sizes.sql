-- Row sizes for docs/capacity.md: rows, average row width (pg_column_size of the whole row, as stored
-- before page and index overhead) and total size per row with indexes and TOAST (pg_total_relation_size / rows).
-- psql "$DATABASE_URL" -f docs/operations/row-sizes.sql
SELECT c.relname AS "table",
       s.n_live_tup AS "rows",
       pg_size_pretty(pg_total_relation_size(c.oid)) AS "total",
       CASE WHEN s.n_live_tup > 0 THEN round(pg_total_relation_size(c.oid)::numeric / s.n_live_tup) END AS "bytes per row, all in",
       (xpath('/row/w/text()', query_to_xml(format('SELECT round(avg(pg_column_size(t.*))) AS w FROM %I t', c.relname), false, true, '')))[1]::text::numeric AS "avg row width"
  FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid
 WHERE c.relname IN ('visit', 'visit_citizen', 'referral', 'referral_consent', 'referral_event', 'referral_event_note', 'outbox',
                     'referral_timer', 'referral_appointment', 'processing_log', 'idempotency_key')
 ORDER BY pg_total_relation_size(c.oid) DESC;
