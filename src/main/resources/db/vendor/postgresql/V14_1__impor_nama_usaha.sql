-- PostgreSQL only: the import asks, a chunk at a time, whether a business without NIB or owner NIK
-- is already registered by its name (case ignored). Without this index that question reads the
-- whole usaha table once per chunk. H2 (tests, small data) has no expression indexes.
CREATE INDEX usaha_nama_kecil ON usaha (LOWER(nama));
