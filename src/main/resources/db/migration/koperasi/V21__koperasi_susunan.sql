-- The register's details beyond V20: manager and employees, program tags (e.g. Koperasi Kelurahan
-- Merah Putih), officers and supervisors with their terms, members by sex per year, and a secondary
-- cooperative's member cooperatives. All are children of one koperasi aggregate, saved with it.
-- The Nomor Induk Koperasi is kept as typed (warn-only check), so it gets room beyond 16 digits.
ALTER TABLE koperasi ALTER COLUMN nomor_induk_koperasi SET DATA TYPE VARCHAR(30);
ALTER TABLE koperasi ADD COLUMN nama_manajer VARCHAR(160);
ALTER TABLE koperasi ADD COLUMN jumlah_karyawan INT;
ALTER TABLE koperasi ADD CONSTRAINT koperasi_karyawan_ck CHECK (jumlah_karyawan >= 0);

CREATE TABLE koperasi_program (
  koperasi_id BIGINT NOT NULL REFERENCES koperasi (id),
  nama VARCHAR(100) NOT NULL,
  PRIMARY KEY (koperasi_id, nama)
);
CREATE INDEX koperasi_program_nama ON koperasi_program (nama);

CREATE TABLE koperasi_pengurus (
  koperasi_id BIGINT NOT NULL REFERENCES koperasi (id),
  urutan INT NOT NULL,
  kedudukan VARCHAR(10) NOT NULL,
  nama VARCHAR(160) NOT NULL,
  jabatan VARCHAR(100) NOT NULL,
  mulai DATE,
  selesai DATE,
  PRIMARY KEY (koperasi_id, urutan),
  CONSTRAINT koperasi_pengurus_kedudukan_ck CHECK (kedudukan IN ('PENGURUS', 'PENGAWAS')),
  CONSTRAINT koperasi_pengurus_masa_ck CHECK (selesai IS NULL OR mulai IS NULL OR selesai >= mulai)
);

CREATE TABLE koperasi_anggota_tahunan (
  koperasi_id BIGINT NOT NULL REFERENCES koperasi (id),
  tahun INT NOT NULL,
  laki_laki INT NOT NULL,
  perempuan INT NOT NULL,
  PRIMARY KEY (koperasi_id, tahun),
  CONSTRAINT koperasi_anggota_tahunan_ck CHECK (laki_laki >= 0 AND perempuan >= 0)
);

CREATE TABLE koperasi_anggota_koperasi (
  koperasi_id BIGINT NOT NULL REFERENCES koperasi (id),
  urutan INT NOT NULL,
  anggota_koperasi_id BIGINT REFERENCES koperasi (id),
  nama VARCHAR(200) NOT NULL,
  sejak DATE,
  PRIMARY KEY (koperasi_id, urutan)
);
