-- The class filter with a kecamatan (kode_wilayah LIKE '33.74.01.%') needs the pattern operator
-- class, the database collation not being C (as usaha_wilayah_pola in V15_1); it carries
-- digabung_ke and id so that the capped count of a class in an area reads no table rows.
DROP INDEX IF EXISTS usaha_kelas_terakhir;
CREATE INDEX usaha_kelas_terakhir_pola ON usaha
  (kelas_omzet_terakhir, kode_wilayah varchar_pattern_ops) INCLUDE (digabung_ke, id);
