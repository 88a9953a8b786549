-- A business merged into another (a duplicate) is kept, closed, and points at the one kept.
ALTER TABLE usaha ADD COLUMN digabung_ke BIGINT;
ALTER TABLE usaha ADD CONSTRAINT usaha_digabung_ke_fk FOREIGN KEY (digabung_ke) REFERENCES usaha (id);
CREATE INDEX usaha_digabung_ke ON usaha (digabung_ke);
