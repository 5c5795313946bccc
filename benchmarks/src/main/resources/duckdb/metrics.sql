-- The eight metrics of FORMAT.md as of ${day}, supervision-completion for the quarter whose
-- window is ${first}..${last} (${windowOpen}: the window has a day) with entries counted up to
-- ${enteredBy} (the earlier of the entry deadline and the day). Each record is counted at its
-- division code, then summed: over everything (township NULL), and for every TOWNSHIP over its
-- closure (a township's total counts records at or below it). Reads business_day and cadre_day
-- (day.sql) and grade_levels (grade, cadre_level, needed).
WITH business_counts AS (
  SELECT division_code,
    count(*) FILTER (WHERE to_active_cadre) AS coverage,
    count(*) AS in_base,
    count(*) FILTER (WHERE mandatory AND director AND officer) AS staffed,
    count(*) FILTER (WHERE mandatory AND director) AS with_director,
    count(*) FILTER (WHERE mandatory AND officer) AS with_officer,
    count(*) FILTER (WHERE mandatory) AS mandatory,
    count(*) FILTER (WHERE credit_code_valid AND license_form_valid AND to_known_cadre) AS collected
  FROM business_day WHERE in_base
  GROUP BY division_code
),
tasks AS (
  SELECT r.id, r.cadre_id, r.business_id, r.valid_from, r.valid_to, b.division_code, b.grade, b.high_risk
  FROM relations r JOIN businesses b ON b.id = r.business_id
  WHERE ${windowOpen} AND r.valid_from <= ${last} AND (r.valid_to IS NULL OR r.valid_to >= ${first})
),
qualifying AS (
  SELECT t.id, count(*) AS supervisions
  FROM tasks t
  JOIN supervisions s ON s.business_id = t.business_id AND s.cadre_id = t.cadre_id
  WHERE s.visit_date BETWEEN ${first} AND ${last}
    AND s.visit_date >= t.valid_from AND (t.valid_to IS NULL OR s.visit_date <= t.valid_to)
    AND s.entry_day <= ${enteredBy}
    AND (NOT t.high_risk OR NOT ${onSiteForHighRisk} OR s.mode = 'ON_SITE')
  GROUP BY t.id
),
own AS (
  SELECT division_code, 'coverage' AS metric, coverage AS n, in_base AS d FROM business_counts
  UNION ALL SELECT division_code, 'staffing', staffed, mandatory FROM business_counts
  UNION ALL SELECT division_code, 'staffing-director', with_director, mandatory FROM business_counts
  UNION ALL SELECT division_code, 'staffing-officer', with_officer, mandatory FROM business_counts
  UNION ALL SELECT division_code, 'data-collection', collected, in_base FROM business_counts
  UNION ALL
  SELECT division_code, 'documents', count(*) FILTER (WHERE kinds = ${documentKinds}), count(*)
  FROM cadre_day GROUP BY division_code
  UNION ALL
  SELECT b.division_code, 'problem-disposal', count(*) FILTER (WHERE p.closed_on <= ${day}), count(*)
  FROM problems p JOIN businesses b ON b.id = p.business_id
  WHERE p.found_on <= ${day}
  GROUP BY b.division_code
  UNION ALL
  SELECT t.division_code, 'supervision-completion', count(*) FILTER (WHERE coalesce(q.supervisions, 0) >= g.needed), count(*)
  FROM tasks t JOIN grade_levels g ON g.grade = t.grade LEFT JOIN qualifying q ON q.id = t.id
  GROUP BY t.division_code
),
metric_keys AS (
  SELECT * FROM (VALUES ('coverage'), ('staffing'), ('staffing-director'), ('staffing-officer'), ('data-collection'),
      ('documents'), ('problem-disposal'), ('supervision-completion')) v(metric)
),
township_totals AS (
  SELECT cl.ancestor AS township, own.metric, sum(own.n) AS n, sum(own.d) AS d
  FROM own
  JOIN division_closure cl ON cl.descendant = own.division_code
  JOIN divisions dv ON dv.code = cl.ancestor AND dv.level = 'TOWNSHIP'
  GROUP BY cl.ancestor, own.metric
)
SELECT NULL AS township, NULL AS name, k.metric, coalesce(sum(own.n), 0) AS numerator, coalesce(sum(own.d), 0) AS denominator
FROM metric_keys k LEFT JOIN own ON own.metric = k.metric
GROUP BY k.metric
UNION ALL
SELECT dv.code, dv.name, k.metric, coalesce(t.n, 0), coalesce(t.d, 0)
FROM divisions dv CROSS JOIN metric_keys k
LEFT JOIN township_totals t ON t.township = dv.code AND t.metric = k.metric
WHERE dv.level = 'TOWNSHIP'
ORDER BY township NULLS FIRST, metric;
