-- At most one active live-written relation per business, whatever the concurrency: an
-- exclusion constraint (btree_gist lets a gist index compare business ids with =). Imported
-- relations are facts and may overlap, so only live rows are constrained. Where btree_gist cannot
-- be installed (no superuser, a PostgreSQL-compatible engine without it) the migration carries on
-- without the constraint: live writes still lock the business row before they check for an
-- overlap (JdbcStore.bind), which is the protocol on MariaDB and H2 too.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS btree_gist;
  ALTER TABLE relations ADD CONSTRAINT relations_one_active_live
    EXCLUDE USING gist (business_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&) WHERE (live);
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'relations_one_active_live not created (%); the row-locking protocol still applies', SQLERRM;
END
$$;
