-- FORMAT.md's CSV folder into DuckDB tables, keeping the columns the checks and metrics read and
-- deriving what depends on a record alone (validity of codes, document ends, entry days), as the
-- JDBC adapter's import and our index build do. ${folder} is the folder; the table categories
-- (category, small_operator, licence_form) is created beforehand from the Category enum.
-- The files are read as DataSetWriter writes them: FORMAT.md's columns in FORMAT.md's order.

-- The day of a time is its calendar day in UTC+8, and a time without an offset is in UTC+8:
-- a fixed-offset session zone gives both through plain casts (Etc/GMT-8 is UTC+8, POSIX sign).
SET TimeZone = 'Etc/GMT-8';

-- GB 32100: 18 characters of the 31-character alphabet, the last being the check character of
-- the first 17 (weights 3^i mod 31).
CREATE OR REPLACE MACRO gb32100_valid(code) AS
  regexp_full_match(code, '[0-9A-HJ-NP-RTUWXY]{18}')
  AND substr('0123456789ABCDEFGHJKLMNPQRTUWXY',
      (31 - CAST(list_sum(list_transform(range(17), lambda i:
          (instr('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, i + 1, 1)) - 1)
          * [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28][i + 1])) AS INTEGER) % 31) % 31 + 1, 1)
      = substr(code, 18, 1);

CREATE OR REPLACE TABLE divisions AS
SELECT code, name, level, parent_code
FROM read_csv('${folder}/divisions.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'code': 'VARCHAR', 'name': 'VARCHAR', 'level': 'VARCHAR', 'parent_code': 'VARCHAR'});

-- Every (ancestor, descendant) pair, each division its own ancestor: "the scope's division or below it".
CREATE OR REPLACE TABLE division_closure AS
WITH RECURSIVE up(ancestor, descendant) AS (
  SELECT code, code FROM divisions
  UNION ALL
  SELECT d.parent_code, up.descendant FROM up JOIN divisions d ON d.code = up.ancestor WHERE d.parent_code IS NOT NULL
)
SELECT ancestor, descendant FROM up;

CREATE OR REPLACE TABLE businesses AS
SELECT b.id, b.division_code, b.category, b.size, b.grade,
  coalesce(b.diners, 0) AS diners,
  coalesce(b.high_risk, false) AS high_risk,
  coalesce(b.credit_code, '') AS credit_code,
  b.license_issued, b.license_expires,
  k.small_operator,
  CASE WHEN coalesce(b.credit_code, '') = '' THEN k.small_operator ELSE gb32100_valid(b.credit_code) END AS credit_code_valid,
  CASE k.licence_form
    WHEN 'PRODUCTION' THEN regexp_full_match(coalesce(b.license_no, ''), 'SC[0-9]{14}')
    WHEN 'TRADE' THEN regexp_full_match(coalesce(b.license_no, ''), 'JY[0-9]{14}')
    ELSE coalesce(b.license_no, '') <> ''
  END AS license_form_valid
FROM read_csv('${folder}/businesses.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id': 'VARCHAR', 'name': 'VARCHAR', 'credit_code': 'VARCHAR', 'license_no': 'VARCHAR',
        'license_issued': 'DATE', 'license_expires': 'DATE', 'category': 'VARCHAR', 'size': 'VARCHAR',
        'grade': 'VARCHAR', 'division_code': 'VARCHAR', 'diners': 'INTEGER', 'high_risk': 'BOOLEAN'}) b
JOIN categories k ON k.category = b.category;

CREATE OR REPLACE TABLE status_changes AS
SELECT business_id, status, effective_from
FROM read_csv('${folder}/status_changes.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'business_id': 'VARCHAR', 'status': 'VARCHAR', 'effective_from': 'DATE'});

CREATE OR REPLACE TABLE cadres AS
SELECT id, level, division_code, active_from, active_to
FROM read_csv('${folder}/cadres.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id': 'VARCHAR', 'name': 'VARCHAR', 'level': 'VARCHAR', 'division_code': 'VARCHAR', 'post': 'VARCHAR',
        'active_from': 'DATE', 'active_to': 'DATE', 'phone': 'VARCHAR'});

CREATE OR REPLACE TABLE relations AS
SELECT id, cadre_id, business_id, valid_from, valid_to
FROM read_csv('${folder}/relations.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id': 'VARCHAR', 'cadre_id': 'VARCHAR', 'business_id': 'VARCHAR', 'valid_from': 'DATE', 'valid_to': 'DATE'});

-- Valid through signed_on.plusYears(1).minusDays(1): DuckDB clamps 29 February as java.time does.
CREATE OR REPLACE TABLE documents AS
SELECT cadre_id, kind, signed_on, CAST(signed_on + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE) AS valid_through
FROM read_csv('${folder}/documents.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id': 'VARCHAR', 'cadre_id': 'VARCHAR', 'kind': 'VARCHAR', 'signed_on': 'DATE', 'scan_sha256': 'VARCHAR'});

-- OffsetDateTime.toString() leaves out zero seconds (2023-05-01T10:15+08:00), which DuckDB's
-- timestamp cast needs: they are put back before the cast.
CREATE OR REPLACE TABLE supervisions AS
SELECT id, cadre_id, business_id, visit_date,
  CAST(CAST(CASE WHEN substr(entered_at, 17, 1) = ':' THEN entered_at
      ELSE substr(entered_at, 1, 16) || ':00' || substr(entered_at, 17) END AS TIMESTAMPTZ) AS DATE) AS entry_day,
  mode
FROM read_csv('${folder}/supervisions.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id': 'VARCHAR', 'cadre_id': 'VARCHAR', 'business_id': 'VARCHAR', 'visit_date': 'DATE',
        'entered_at': 'VARCHAR', 'mode': 'VARCHAR', 'problems_found': 'INTEGER'});

CREATE OR REPLACE TABLE problems AS
SELECT business_id, found_on, closed_on
FROM read_csv('${folder}/problems.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id': 'VARCHAR', 'supervision_id': 'VARCHAR', 'business_id': 'VARCHAR', 'found_on': 'DATE',
        'referred_on': 'DATE', 'rectified_on': 'DATE', 'closed_on': 'DATE'});

CREATE OR REPLACE TABLE staff AS
SELECT business_id, role, appointed_on, ended_on
FROM read_csv('${folder}/staff.csv', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id': 'VARCHAR', 'business_id': 'VARCHAR', 'role': 'VARCHAR', 'person_name': 'VARCHAR',
        'appointed_on': 'DATE', 'ended_on': 'DATE'});
