package id.gerai.kegiatan;

import id.gerai.umkm.Telepon;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Participants' rows: written and read with SQL, always through their activity's id. */
@Component
class PesertaPenyimpanan {

  private static final String KOLOM = "SELECT * FROM peserta p WHERE p.kegiatan_id = :k";

  private final JdbcClient jdbc;

  PesertaPenyimpanan(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Integer kapasitas(long kegiatanId) {
    Object v =
        jdbc.sql("SELECT kapasitas FROM kegiatan WHERE id = :k")
            .param("k", kegiatanId)
            .query()
            .singleRow()
            .get("kapasitas");
    return v == null ? null : ((Number) v).intValue();
  }

  long jumlahTerdaftar(long kegiatanId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM peserta WHERE kegiatan_id = :k AND status = 'TERDAFTAR'"
                + " AND peran = 'PESERTA'")
        .param("k", kegiatanId)
        .query(Long.class)
        .single();
  }

  boolean usahaAktif(long kegiatanId, long usahaId) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM peserta WHERE kegiatan_id = :k AND usaha_id = :u"
                    + " AND status <> 'BATAL'")
            .param("k", kegiatanId)
            .param("u", usahaId)
            .query(Long.class)
            .single()
        > 0;
  }

  long tambah(
      long kegiatanId,
      PesertaPeran peran,
      Long usahaId,
      Long koperasiId,
      String nama,
      String telepon,
      PesertaStatus status,
      String oleh,
      Instant pada) {
    // A new random code; another try in the unlikely case it is taken.
    for (int coba = 0; ; coba++) {
      try {
        GeneratedKeyHolder kunci = new GeneratedKeyHolder();
        jdbc.sql(
                "INSERT INTO peserta (kegiatan_id, peran, usaha_id, koperasi_id, nama, telepon,"
                    + " status, kode, didaftarkan_oleh, didaftarkan_pada, versi) VALUES (:k,"
                    + " :peran, :u, :kop, :nama, :telepon, :status, :kode, :oleh, :pada, 0)")
            .param("k", kegiatanId)
            .param("peran", peran.name())
            .param("u", usahaId)
            .param("kop", koperasiId)
            .param("nama", nama)
            .param("telepon", telepon)
            .param("status", status.name())
            .param("kode", KodeQr.baru())
            .param("oleh", oleh)
            .param("pada", KegiatanWaktu.param(pada))
            .update(kunci, "id");
        return kunci.getKey().longValue();
      } catch (DuplicateKeyException e) {
        if (coba >= 3) {
          throw e;
        }
      }
    }
  }

  Optional<PesertaRingkas> ambil(long kegiatanId, long id) {
    return jdbc.sql(KOLOM + " AND p.id = :id")
        .param("k", kegiatanId)
        .param("id", id)
        .query(PesertaPenyimpanan::ringkas)
        .optional();
  }

  Optional<PesertaRingkas> denganKode(long kegiatanId, String kode) {
    return jdbc.sql(KOLOM + " AND p.kode = :kode")
        .param("k", kegiatanId)
        .param("kode", kode)
        .query(PesertaPenyimpanan::ringkas)
        .optional();
  }

  Optional<PesertaRingkas> pertamaMenunggu(long kegiatanId) {
    return jdbc.sql(KOLOM + " AND p.status = 'MENUNGGU' ORDER BY p.didaftarkan_pada, p.id LIMIT 1")
        .param("k", kegiatanId)
        .query(PesertaPenyimpanan::ringkas)
        .optional();
  }

  /** All participants, or those whose name contains {@code q} (then at most 30, not cancelled). */
  List<PesertaRingkas> daftar(long kegiatanId, String q) {
    if (q == null) {
      return jdbc.sql(KOLOM + " ORDER BY p.status DESC, p.didaftarkan_pada, p.id")
          .param("k", kegiatanId)
          .query(PesertaPenyimpanan::ringkas)
          .list();
    }
    String pola = "%" + q.toLowerCase().replaceAll("([\\\\%_])", "\\\\$1") + "%";
    return jdbc.sql(
            KOLOM
                + " AND p.status <> 'BATAL' AND LOWER(p.nama) LIKE :q ESCAPE '\\'"
                + " ORDER BY LOWER(p.nama), p.id LIMIT 30")
        .param("k", kegiatanId)
        .param("q", pola)
        .query(PesertaPenyimpanan::ringkas)
        .list();
  }

  void ubahStatus(long id, PesertaStatus status) {
    jdbc.sql("UPDATE peserta SET status = :s, versi = versi + 1 WHERE id = :id")
        .param("s", status.name())
        .param("id", id)
        .update();
  }

  void tandaiHadir(long id, Instant pada) {
    jdbc.sql(
            "UPDATE peserta SET hadir_pada = :pada, versi = versi + 1 WHERE id = :id"
                + " AND hadir_pada IS NULL")
        .param("pada", KegiatanWaktu.param(pada))
        .param("id", id)
        .update();
  }

  private static PesertaRingkas ringkas(ResultSet rs, int i) throws SQLException {
    return new PesertaRingkas(
        rs.getLong("id"),
        rs.getLong("kegiatan_id"),
        PesertaPeran.valueOf(rs.getString("peran")),
        KegiatanPencarian.panjangAtauNull(rs, "usaha_id"),
        rs.getString("nama"),
        Telepon.samarkan(rs.getString("telepon")),
        PesertaStatus.valueOf(rs.getString("status")),
        rs.getString("kode"),
        KegiatanPencarian.waktu(rs, "hadir_pada"),
        KegiatanPencarian.waktu(rs, "didaftarkan_pada"));
  }
}
