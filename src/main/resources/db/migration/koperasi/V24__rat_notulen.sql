-- The RAT minutes PDF in the shared file store: rat.notulen_berkas (V23) holds the generated
-- name; these keep the name shown to users, the size and the SHA-256 (to check a restore).
ALTER TABLE rat ADD COLUMN notulen_nama VARCHAR(200);
ALTER TABLE rat ADD COLUMN notulen_ukuran BIGINT;
ALTER TABLE rat ADD COLUMN notulen_sha256 VARCHAR(64);
