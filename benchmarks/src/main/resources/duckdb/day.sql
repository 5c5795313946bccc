-- The facts of day ${day} that both the checks and the metrics read, computed once as grouped
-- hash joins (no per-row subqueries). The table mandates (category, always, large_or_medium,
-- diners_at_least, diners_more_than) holds the director mandate in force on the day.

-- One row per known business: in the base or not, its active relations, staff and mandate.
CREATE OR REPLACE TEMP TABLE business_day AS
WITH latest AS (
  -- At most one status change per business and day (FORMAT.md), so the latest is unique.
  SELECT business_id, arg_max(status, effective_from) AS status
  FROM status_changes WHERE effective_from <= ${day}
  GROUP BY business_id
),
active_relations AS (
  SELECT r.business_id, count(*) AS relations,
    bool_or(c.id IS NOT NULL) AS to_known_cadre,
    bool_or(c.active_from <= ${day} AND (c.active_to IS NULL OR c.active_to >= ${day})) AS to_active_cadre
  FROM relations r LEFT JOIN cadres c ON c.id = r.cadre_id
  WHERE r.valid_from <= ${day} AND (r.valid_to IS NULL OR r.valid_to >= ${day})
  GROUP BY r.business_id
),
active_staff AS (
  SELECT business_id, bool_or(role = 'DIRECTOR') AS director, bool_or(role = 'OFFICER') AS officer
  FROM staff WHERE appointed_on <= ${day} AND (ended_on IS NULL OR ended_on >= ${day})
  GROUP BY business_id
)
SELECT b.id, b.division_code, b.credit_code, b.credit_code_valid, b.license_form_valid, b.small_operator,
  b.license_issued <= ${day} AND (b.license_expires IS NULL OR b.license_expires >= ${day})
      AND coalesce(l.status, 'OPERATING') = 'OPERATING' AS in_base,
  coalesce(a.relations, 0) AS active_relations,
  coalesce(a.to_known_cadre, false) AS to_known_cadre,
  coalesce(a.to_active_cadre, false) AS to_active_cadre,
  coalesce(s.director, false) AS director,
  coalesce(s.officer, false) AS officer,
  -- A missing threshold is NULL and drops out of the OR.
  coalesce(m.always OR (m.large_or_medium AND b.size IN ('LARGE', 'MEDIUM'))
      OR b.diners >= m.diners_at_least OR b.diners > m.diners_more_than, false) AS mandatory
FROM businesses b
LEFT JOIN latest l ON l.business_id = b.id
LEFT JOIN active_relations a ON a.business_id = b.id
LEFT JOIN active_staff s ON s.business_id = b.id
LEFT JOIN mandates m ON m.category = b.category;

-- One row per active cadre holding an active relation to a known business, with the number of
-- document kinds it holds a valid document of.
CREATE OR REPLACE TEMP TABLE cadre_day AS
WITH holding AS (
  SELECT DISTINCT r.cadre_id FROM relations r SEMI JOIN businesses b ON b.id = r.business_id
  WHERE r.valid_from <= ${day} AND (r.valid_to IS NULL OR r.valid_to >= ${day})
),
valid_documents AS (
  SELECT cadre_id, count(DISTINCT kind) AS kinds
  FROM documents WHERE signed_on <= ${day} AND valid_through >= ${day}
  GROUP BY cadre_id
)
SELECT c.id, c.division_code, coalesce(v.kinds, 0) AS kinds
FROM cadres c
JOIN holding h ON h.cadre_id = c.id
LEFT JOIN valid_documents v ON v.cadre_id = c.id
WHERE c.active_from <= ${day} AND (c.active_to IS NULL OR c.active_to >= ${day});
