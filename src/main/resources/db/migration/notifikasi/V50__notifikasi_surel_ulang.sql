-- Durable email: each notification that should be mailed keeps its attempts, the last error, when
-- it was last tried and when it is due again (surel_coba_lagi). A scheduled job sends every
-- MENUNGGU or GAGAL row that is due and has attempts left, so an email survives a failing SMTP
-- server and a restart. A claim raises surel_percobaan only if it still holds the value read, so
-- two instances never send the same attempt. Rows from before this version have no due time and
-- are due at once.
ALTER TABLE notifikasi ADD COLUMN surel_percobaan INT DEFAULT 0 NOT NULL;
ALTER TABLE notifikasi ADD COLUMN surel_galat VARCHAR(500);
ALTER TABLE notifikasi ADD COLUMN surel_dicoba_pada TIMESTAMP WITH TIME ZONE;
ALTER TABLE notifikasi ADD COLUMN surel_coba_lagi TIMESTAMP WITH TIME ZONE;
CREATE INDEX notifikasi_surel_ulang_idx ON notifikasi (surel_status, surel_coba_lagi);
-- Emails that failed before this version get their retries; a GAGAL row without a due time is one
-- that has given up.
UPDATE notifikasi SET surel_coba_lagi = CURRENT_TIMESTAMP WHERE surel_status = 'GAGAL';
