-- Officers and member cooperatives get a stable id (kode), so removing one names that row and not
-- its position in the list (which a concurrent change can shift). Existing rows get an id built
-- from their cooperative and position at migration time; new rows get a random UUID.
ALTER TABLE koperasi_pengurus ADD COLUMN kode VARCHAR(36);
UPDATE koperasi_pengurus SET kode = CAST(koperasi_id AS VARCHAR(20)) || '-' || CAST(urutan AS VARCHAR(10));
ALTER TABLE koperasi_pengurus ALTER COLUMN kode SET NOT NULL;
CREATE UNIQUE INDEX koperasi_pengurus_kode ON koperasi_pengurus (koperasi_id, kode);

ALTER TABLE koperasi_anggota_koperasi ADD COLUMN kode VARCHAR(36);
UPDATE koperasi_anggota_koperasi SET kode = CAST(koperasi_id AS VARCHAR(20)) || '-' || CAST(urutan AS VARCHAR(10));
ALTER TABLE koperasi_anggota_koperasi ALTER COLUMN kode SET NOT NULL;
CREATE UNIQUE INDEX koperasi_anggota_koperasi_kode ON koperasi_anggota_koperasi (koperasi_id, kode);
