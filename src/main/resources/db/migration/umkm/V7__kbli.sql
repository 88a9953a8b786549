-- Klasifikasi Baku Lapangan Usaha Indonesia, every level, per version (KBLI 2020, later 2025).
-- tingkat: kategori, golongan_pokok, golongan, subgolongan, kelompok (the 5-digit level OSS uses).
CREATE TABLE kbli (
  versi VARCHAR(10) NOT NULL,
  kode VARCHAR(5) NOT NULL,
  tingkat VARCHAR(20) NOT NULL,
  induk VARCHAR(5),
  judul VARCHAR(600) NOT NULL,
  PRIMARY KEY (versi, kode)
);
CREATE INDEX kbli_induk ON kbli (versi, induk);
