-- Duplicate checks (on entry and on import) look owners up by phone; an import asks for thousands
-- of phones a chunk at a time, which without an index reads the whole owner table each time.
CREATE INDEX pelaku_usaha_telepon ON pelaku_usaha (telepon);
