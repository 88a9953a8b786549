-- An activity organised by the forum (a forum meeting, an event the forum runs). Forum officers
-- see and run only these: their scope condition adds k.oleh_forum = TRUE (see docs/cakupan.md).
ALTER TABLE kegiatan ADD COLUMN oleh_forum BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX kegiatan_oleh_forum ON kegiatan (oleh_forum, mulai);
