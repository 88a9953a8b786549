-- PostgreSQL only (loaded from classpath:db/vendor/{vendor}): the trail is append-only for everyone
-- who connects as the application. Any UPDATE, DELETE or TRUNCATE of jejak_audit fails, even one
-- that would touch no row; changing history takes dropping this trigger, which is itself visible.
CREATE FUNCTION jejak_audit_tolak_perubahan() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'jejak_audit hanya boleh ditambah: % ditolak', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER jejak_audit_hanya_tambah
  BEFORE UPDATE OR DELETE OR TRUNCATE ON jejak_audit
  FOR EACH STATEMENT EXECUTE FUNCTION jejak_audit_tolak_perubahan();
