-- What makes the register's search and list fast on PostgreSQL (bench/cari.sh measures it):
-- trigram GIN indexes serve the partial, case-insensitive name search (LOWER(x) LIKE '%frag%')
-- on businesses, owners and products; the sort key of the list (LOWER(nama), id) lets page 1
-- stop after a page of rows; a gerai officer's list walks its gerai in name order; the kecamatan
-- filter and the area scope (kode_wilayah LIKE '33.74.01.%') need a pattern index because the
-- database collation is not C. H2 keeps plain SQL and needs none of these.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX usaha_nama_trgm ON usaha USING gin (LOWER(nama) gin_trgm_ops);
CREATE INDEX pelaku_usaha_nama_trgm ON pelaku_usaha USING gin (LOWER(nama) gin_trgm_ops);
CREATE INDEX produk_nama_trgm ON produk USING gin (LOWER(nama) gin_trgm_ops);
CREATE INDEX usaha_nama_urut ON usaha (LOWER(nama), id);
CREATE INDEX usaha_gerai_nama ON usaha (gerai_id, LOWER(nama), id);
CREATE INDEX usaha_wilayah_pola ON usaha (kode_wilayah varchar_pattern_ops);
