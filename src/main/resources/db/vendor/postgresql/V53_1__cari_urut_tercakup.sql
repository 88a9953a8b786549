-- The list's name order walks an index until a page is full; a name search filters that walk by
-- the matching ids, and the scope and merge state by kode_wilayah, gerai_id and digabung_ke.
-- Carrying those columns lets the walk read the index alone (PencarianUmkm.cari picks the page's
-- ids first), instead of one table row per business passed over: on 1,000,000 businesses a
-- common fragment passes over some 30,000 before its page is full. nama itself is carried too:
-- PostgreSQL reads LOWER(nama) from an index alone only when nama is there as well.
DROP INDEX IF EXISTS usaha_nama_urut;
CREATE INDEX usaha_nama_urut ON usaha (LOWER(nama), id)
  INCLUDE (nama, kode_wilayah, gerai_id, digabung_ke, pelaku_usaha_id);
DROP INDEX IF EXISTS usaha_gerai_nama;
CREATE INDEX usaha_gerai_nama ON usaha (gerai_id, LOWER(nama), id)
  INCLUDE (nama, kode_wilayah, digabung_ke, pelaku_usaha_id);
