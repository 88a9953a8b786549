-- What makes the register's search and list fast on PostgreSQL (bench/cari.sh measures it):
-- trigram GIN indexes serve the partial, case-insensitive name search (LOWER(x) LIKE '%frag%')
-- on businesses, owners and products; the sort key of the list (LOWER(nama), id) lets page 1
-- stop after a page of rows; a gerai officer's list walks its gerai in name order; the kecamatan
-- filter and the area scope (kode_wilayah LIKE '33.74.01.%') need a pattern index because the
-- database collation is not C; it carries the id so a capped count reads no table rows. H2 keeps plain SQL and needs none of these.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX usaha_nama_trgm ON usaha USING gin (LOWER(nama) gin_trgm_ops);
CREATE INDEX pelaku_usaha_nama_trgm ON pelaku_usaha USING gin (LOWER(nama) gin_trgm_ops);
CREATE INDEX produk_nama_trgm ON produk USING gin (LOWER(nama) gin_trgm_ops);
CREATE INDEX usaha_nama_urut ON usaha (LOWER(nama), id);
CREATE INDEX usaha_gerai_nama ON usaha (gerai_id, LOWER(nama), id);
CREATE INDEX usaha_wilayah_pola ON usaha (kode_wilayah varchar_pattern_ops) INCLUDE (digabung_ke, id);
-- The latest year's class and workers (class and rung filters) read from the index alone.
CREATE INDEX angka_tahunan_terakhir ON angka_tahunan (usaha_id, tahun DESC) INCLUDE (kelas_omzet, tenaga_kerja);

-- Two settings for this database, picked up by new connections:
-- * jit off: the register's lists are short queries whose plans, on a million rows, cost more
--   than jit_above_cost; PostgreSQL then spent 80 to 170 ms compiling each one (bench/cari.sh,
--   2 cores), more than the query itself.
-- * plan_cache_mode force_custom_plan: the JDBC driver prepares a statement on the server after
--   a few uses, and PostgreSQL may then switch to a generic plan that cannot see the LIKE
--   patterns ('33.74.05.%' uses the pattern index, '%posu%' the trigram one) and reads the
--   whole table instead; planning each call costs about a millisecond.
-- Without the privilege to alter the database, say so and go on.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
  EXECUTE format('ALTER DATABASE %I SET plan_cache_mode = force_custom_plan', current_database());
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'jit and plan cache unchanged: no privilege to alter database %', current_database();
END
$$;
