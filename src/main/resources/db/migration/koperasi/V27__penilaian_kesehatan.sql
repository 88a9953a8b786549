-- The outcome of each year's assessment, kept so that lists (supervision, predicate filters) are
-- plain SQL. Recomputed whenever the statements change or a rubric version is published; the
-- worksheet itself is always computed afresh from the statements and the rubric.
CREATE TABLE penilaian_kesehatan (
  koperasi_id BIGINT NOT NULL REFERENCES koperasi (id),
  tahun INT NOT NULL,
  rubrik_id BIGINT REFERENCES rubrik_kesehatan (id),
  lengkap BOOLEAN NOT NULL,
  total_skor NUMERIC(7, 2),
  predikat VARCHAR(30),
  dihitung_pada TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (koperasi_id, tahun),
  CONSTRAINT penilaian_kesehatan_predikat_ck CHECK (predikat IN
    ('SEHAT', 'CUKUP_SEHAT', 'DALAM_PENGAWASAN', 'DALAM_PENGAWASAN_KHUSUS'))
);
CREATE INDEX penilaian_kesehatan_predikat ON penilaian_kesehatan (predikat);
