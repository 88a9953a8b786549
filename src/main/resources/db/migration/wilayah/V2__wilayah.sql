-- The Kemendagri area tree. tingkat: 1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 kelurahan/desa.
CREATE TABLE wilayah (
  kode VARCHAR(13) PRIMARY KEY,
  induk VARCHAR(13),
  nama VARCHAR(120) NOT NULL,
  tingkat SMALLINT NOT NULL
);
CREATE INDEX wilayah_induk ON wilayah (induk);

-- Which code list is loaded, so a new Kepmendagri list is loaded once and the old one is known.
CREATE TABLE wilayah_versi (
  versi VARCHAR(120) PRIMARY KEY,
  dimuat_pada TIMESTAMP WITH TIME ZONE NOT NULL,
  jumlah INT NOT NULL
);
