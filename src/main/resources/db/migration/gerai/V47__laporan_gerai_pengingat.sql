-- The report-due reminders already sent: one per gerai and period, so the daily check does not
-- repeat itself.
CREATE TABLE laporan_gerai_pengingat (
  gerai_id BIGINT NOT NULL REFERENCES gerai (id),
  periode VARCHAR(7) NOT NULL,
  penerima INT NOT NULL,
  diberitahu_pada TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT laporan_gerai_pengingat_pk PRIMARY KEY (gerai_id, periode)
);
