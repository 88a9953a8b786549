-- Cases of a cooperative (konsultasi.koperasi_id, V35) are listed on the cooperative's page.
CREATE INDEX konsultasi_koperasi ON konsultasi (koperasi_id);
