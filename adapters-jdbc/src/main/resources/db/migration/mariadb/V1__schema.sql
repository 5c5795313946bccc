-- utf8mb4 so that Chinese names and rare characters are stored as given; binary collation so
-- that ids compare as the core compares them.
-- The FORMAT.md record kinds, stored as given (unknown ids and invalid codes are data), plus
-- what the adapter derives for SQL evaluation: the division closure, validity flags computed by
-- the core when a row is written, and the change log and outbox.

CREATE TABLE divisions (
  code VARCHAR(32) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  level VARCHAR(16) NOT NULL,
  parent_code VARCHAR(32)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every (ancestor, descendant) pair of the division tree, itself included; refreshed on import.
CREATE TABLE division_closure (
  ancestor VARCHAR(32) NOT NULL,
  descendant VARCHAR(32) NOT NULL,
  PRIMARY KEY (ancestor, descendant)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX division_closure_descendant ON division_closure (descendant);

CREATE TABLE businesses (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  name VARCHAR(400) NOT NULL,
  credit_code VARCHAR(64) NOT NULL,
  license_no VARCHAR(100) NOT NULL,
  license_issued DATE NOT NULL,
  license_expires DATE,
  category VARCHAR(32) NOT NULL,
  size VARCHAR(16) NOT NULL,
  grade CHAR(1) NOT NULL,
  division_code VARCHAR(32) NOT NULL,
  diners INTEGER NOT NULL,
  high_risk BOOLEAN NOT NULL,
  credit_code_valid BOOLEAN NOT NULL,
  license_form_valid BOOLEAN NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX businesses_division ON businesses (division_code);

CREATE TABLE status_changes (
  business_id VARCHAR(64) NOT NULL,
  status VARCHAR(16) NOT NULL,
  effective_from DATE NOT NULL,
  PRIMARY KEY (business_id, effective_from)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE cadres (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  level VARCHAR(16) NOT NULL,
  division_code VARCHAR(32) NOT NULL,
  post VARCHAR(200),
  active_from DATE NOT NULL,
  active_to DATE,
  phone VARCHAR(64)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE relations (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  cadre_id VARCHAR(64) NOT NULL,
  business_id VARCHAR(64) NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE,
  live BOOLEAN NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX relations_business ON relations (business_id);
CREATE INDEX relations_cadre ON relations (cadre_id);

CREATE TABLE documents (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  cadre_id VARCHAR(64) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  signed_on DATE NOT NULL,
  valid_through DATE NOT NULL,
  scan_sha256 VARCHAR(128)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX documents_cadre ON documents (cadre_id);

CREATE TABLE supervisions (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  cadre_id VARCHAR(64) NOT NULL,
  business_id VARCHAR(64) NOT NULL,
  visit_date DATE NOT NULL,
  entered_at VARCHAR(64) NOT NULL,
  entered_utc DATETIME NOT NULL,
  mode VARCHAR(16) NOT NULL,
  problems_found INTEGER
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX supervisions_business ON supervisions (business_id);

CREATE TABLE problems (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  supervision_id VARCHAR(64),
  business_id VARCHAR(64) NOT NULL,
  found_on DATE NOT NULL,
  referred_on DATE,
  rectified_on DATE,
  closed_on DATE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX problems_business ON problems (business_id);

CREATE TABLE staff (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  business_id VARCHAR(64) NOT NULL,
  role VARCHAR(16) NOT NULL,
  person_name VARCHAR(200) NOT NULL,
  appointed_on DATE NOT NULL,
  ended_on DATE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX staff_business ON staff (business_id);

CREATE TABLE self_checks (
  seq BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  business_id VARCHAR(64) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  check_date DATE NOT NULL,
  findings MEDIUMTEXT
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX self_checks_business ON self_checks (business_id);

-- Append-only log of every write, each entry chained to the one before by its hash.
CREATE TABLE change_log (
  seq BIGINT NOT NULL PRIMARY KEY,
  logged_at DATETIME NOT NULL,
  actor VARCHAR(200) NOT NULL,
  operation VARCHAR(32) NOT NULL,
  record_kind VARCHAR(32) NOT NULL,
  record_id VARCHAR(64) NOT NULL,
  previous_state MEDIUMTEXT,
  new_state MEDIUMTEXT,
  previous_hash CHAR(64) NOT NULL,
  entry_hash CHAR(64) NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Records waiting for the platform (the outbox hand-off).
CREATE TABLE outbox (
  id VARCHAR(128) NOT NULL PRIMARY KEY,
  seq BIGINT NOT NULL AUTO_INCREMENT UNIQUE,
  record_kind VARCHAR(32) NOT NULL,
  record_id VARCHAR(64) NOT NULL,
  payload MEDIUMTEXT NOT NULL,
  enqueued_at DATETIME NOT NULL,
  state VARCHAR(16) NOT NULL,
  attempts INTEGER NOT NULL,
  not_before DATETIME NOT NULL,
  last_error MEDIUMTEXT
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX outbox_due ON outbox (state, not_before);

-- The end of the change log: locked by every writer, so entries are chained one at a time, and
-- compared by verify() so that a removed last entry is found.
CREATE TABLE change_log_head (
  id INTEGER NOT NULL PRIMARY KEY,
  last_seq BIGINT NOT NULL,
  last_hash CHAR(64) NOT NULL
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO change_log_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
