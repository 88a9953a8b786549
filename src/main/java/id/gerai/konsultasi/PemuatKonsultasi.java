package id.gerai.konsultasi;

import id.gerai.shared.TidakDitemukan;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads a case only when the caller may see it (else 404, the same as a case that does not exist),
 * and appends the rows that only grow beside it: answers and attachments.
 */
@Component
class PemuatKonsultasi {

  private final KonsultasiRepository repo;
  private final PencarianKonsultasi pencarian;
  private final JdbcClient jdbc;
  private final Clock clock;

  PemuatKonsultasi(
      KonsultasiRepository repo, PencarianKonsultasi pencarian, JdbcClient jdbc, Clock clock) {
    this.repo = repo;
    this.pencarian = pencarian;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Konsultasi muat(long id, Pemanggil p) {
    if (!pencarian.terjangkau(id, p)) {
      throw tidakDitemukan(id);
    }
    return repo.findById(id).orElseThrow(() -> tidakDitemukan(id));
  }

  Konsultasi simpan(Konsultasi k) {
    return repo.save(k);
  }

  Instant kini() {
    return clock.instant();
  }

  long tambahTanggapan(long id, String isi, Pemanggil p, Instant pada) {
    org.springframework.jdbc.support.GeneratedKeyHolder kunci =
        new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO tanggapan (konsultasi_id, isi, oleh, oleh_akun_id, dari_pelaku, pada)"
                + " VALUES (:k, :isi, :oleh, :akun, :pelaku, :pada)")
        .param("k", id)
        .param("isi", isi)
        .param("oleh", p.nama())
        .param("akun", p.akunId())
        .param("pelaku", p.pelaku())
        .param("pada", Konsultasi.wib(pada))
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }

  static TidakDitemukan tidakDitemukan(long id) {
    return new TidakDitemukan("konsultasi.tidak-ditemukan", String.valueOf(id));
  }
}
