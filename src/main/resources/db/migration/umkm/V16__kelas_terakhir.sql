-- The latest class by sales of each business, kept on the business itself so that the register's
-- class filter (kecamatan + class, a rare class counted over a whole area) is an index look-up
-- instead of a search for the latest year of every business of the area. Every write of yearly
-- figures keeps it: recording a year, merging two businesses, the import's bulk write.
ALTER TABLE usaha ADD COLUMN kelas_omzet_terakhir VARCHAR(20);
ALTER TABLE usaha ADD COLUMN tahun_kelas_terakhir INT;
ALTER TABLE usaha ADD CONSTRAINT usaha_kelas_omzet_terakhir_ck
  CHECK (kelas_omzet_terakhir IN ('MIKRO', 'KECIL', 'MENENGAH', 'BESAR'));
UPDATE usaha SET
  kelas_omzet_terakhir = (SELECT a.kelas_omzet FROM angka_tahunan a WHERE a.usaha_id = usaha.id
    ORDER BY a.tahun DESC FETCH FIRST 1 ROW ONLY),
  tahun_kelas_terakhir = (SELECT MAX(a.tahun) FROM angka_tahunan a WHERE a.usaha_id = usaha.id)
WHERE EXISTS (SELECT 1 FROM angka_tahunan a WHERE a.usaha_id = usaha.id);
CREATE INDEX usaha_kelas_terakhir ON usaha (kelas_omzet_terakhir, kode_wilayah);
