-- The sixteen checks of FORMAT.md as of ${day}: one row, a column per check code holding its
-- number of violations. Reads business_day and cadre_day (day.sql), grade_levels (grade,
-- cadre_level) and entry_deadlines (year, quarter, entry_deadline) for every year visited.
WITH per_business AS (
  SELECT
    count(*) FILTER (WHERE in_base AND active_relations = 0) AS uncovered,
    count(*) FILTER (WHERE active_relations >= 2) AS double_relation,
    -- One violation per active relation of a known business outside the base.
    coalesce(sum(active_relations) FILTER (WHERE NOT in_base), 0) AS stale_relation,
    count(*) FILTER (WHERE in_base AND NOT credit_code_valid) AS invalid_credit_code,
    count(*) FILTER (WHERE in_base AND NOT license_form_valid) AS invalid_license,
    count(*) FILTER (WHERE in_base AND mandatory AND NOT director) AS director_missing,
    count(*) FILTER (WHERE in_base AND NOT small_operator AND NOT officer) AS officer_missing
  FROM business_day
),
duplicates AS (
  SELECT coalesce(sum(holders), 0) AS duplicate_credit_code
  FROM (SELECT count(*) AS holders FROM business_day WHERE in_base AND credit_code <> ''
        GROUP BY credit_code HAVING count(*) > 1)
),
dangling AS (
  SELECT count(*) AS dangling_relation
  FROM relations r
  LEFT JOIN cadres c ON c.id = r.cadre_id
  LEFT JOIN businesses b ON b.id = r.business_id
  WHERE c.id IS NULL OR b.id IS NULL
),
known_relations AS (
  SELECT
    count(*) FILTER (WHERE NOT (c.active_from <= ${day} AND (c.active_to IS NULL OR c.active_to >= ${day}))) AS inactive_cadre,
    count(*) FILTER (WHERE c.level <> g.cadre_level) AS level_mismatch,
    -- The closure holds known divisions only; equal codes are "the cadre's division" even when unknown.
    count(*) FILTER (WHERE b.division_code <> c.division_code AND cl.ancestor IS NULL) AS out_of_jurisdiction
  FROM relations r
  JOIN businesses b ON b.id = r.business_id
  JOIN cadres c ON c.id = r.cadre_id
  JOIN grade_levels g ON g.grade = b.grade
  LEFT JOIN division_closure cl ON cl.ancestor = c.division_code AND cl.descendant = b.division_code
  WHERE r.valid_from <= ${day} AND (r.valid_to IS NULL OR r.valid_to >= ${day})
),
documents_missing AS (
  SELECT coalesce(sum(${documentKinds} - kinds), 0) AS missing_document FROM cadre_day
),
entries AS (
  SELECT
    count(*) FILTER (WHERE s.entry_day > e.entry_deadline) AS late_entry,
    count(*) FILTER (WHERE s.entry_day < s.visit_date) AS entered_before_visit
  FROM supervisions s
  JOIN entry_deadlines e ON e.year = year(s.visit_date) AND e.quarter = quarter(s.visit_date)
  WHERE s.entry_day <= ${day}
),
out_of_period AS (
  -- Decorrelated by DuckDB into one anti hash join on (cadre, business) with the range as residue.
  SELECT count(*) AS out_of_period
  FROM supervisions s
  WHERE s.entry_day <= ${day}
    AND NOT EXISTS (SELECT 1 FROM relations r
                    WHERE r.cadre_id = s.cadre_id AND r.business_id = s.business_id
                      AND r.valid_from <= s.visit_date AND (r.valid_to IS NULL OR r.valid_to >= s.visit_date))
)
SELECT * FROM per_business, duplicates, dangling, known_relations, documents_missing, entries, out_of_period;
