-- Which overdue targets of a case were already notified to its assignee, so the hourly check
-- notifies each case and target once (TANGGAPAN: the response target, SELESAI: the resolution).
CREATE TABLE konsultasi_terlambat (
  konsultasi_id BIGINT NOT NULL REFERENCES konsultasi (id),
  sasaran VARCHAR(10) NOT NULL,
  akun_id BIGINT NOT NULL,
  diberitahu_pada TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT konsultasi_terlambat_pk PRIMARY KEY (konsultasi_id, sasaran),
  CONSTRAINT konsultasi_terlambat_sasaran_ck CHECK (sasaran IN ('TANGGAPAN', 'SELESAI'))
);
