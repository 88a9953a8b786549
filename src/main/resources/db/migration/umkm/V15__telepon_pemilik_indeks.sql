-- The duplicate check on entry looks owners up by phone (same phone and a similar name); without
-- an index that is a scan of every owner on each registration.
CREATE INDEX pelaku_usaha_telepon ON pelaku_usaha (telepon);
