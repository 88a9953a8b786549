package id.gerai.konsultasi;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import id.gerai.wilayah.WilayahService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing table, as data an administrator edits: where a new case goes by its category and
 * area. The most specific row wins (a category over any category, a longer area code over a shorter
 * one); no row, and the case waits as new for someone to assign it by hand.
 */
@Service
@Transactional
public class RuteService {

  static final String JENIS = "rute_konsultasi";
  public static final String PENGATUR = "hasAnyRole('ADMIN_DINAS','STAF_DINAS')";

  private static final String KOLOM =
      "SELECT id, kategori, prefiks_wilayah, akun_id, nama, peran FROM rute_konsultasi r";

  private final JdbcClient jdbc;
  private final WilayahService wilayah;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final PilihAkunTujuan pilihAkun;

  RuteService(
      JdbcClient jdbc,
      WilayahService wilayah,
      ApplicationEventPublisher events,
      Clock clock,
      PilihAkunTujuan pilihAkun) {
    this.jdbc = jdbc;
    this.wilayah = wilayah;
    this.events = events;
    this.clock = clock;
    this.pilihAkun = pilihAkun;
  }

  @Transactional(readOnly = true)
  public List<RuteRingkas> daftar() {
    return jdbc.sql(KOLOM + " ORDER BY kategori, prefiks_wilayah, id")
        .query(RuteService::baris)
        .list();
  }

  /**
   * Adds a row. A person is checked like an assignment (an active account that can take cases,
   * within the caller's reach) and stored with the account's own name and role.
   */
  @PreAuthorize(PENGATUR)
  public long tambah(RuteBaru baru, Cakupan cakupan) {
    String prefiks = prefiks(baru.prefiksWilayah());
    Tugaskan tujuan = pilihAkun.lengkapi(new Tugaskan(baru.akunId(), null, baru.peran()), cakupan);
    tujuan.periksa();
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO rute_konsultasi (kategori, prefiks_wilayah, akun_id, nama, peran,"
                + " dibuat_pada) VALUES (:kat, :prefiks, :akun, :nama, :peran, :pada)")
        .param("kat", baru.kategori() == null ? null : baru.kategori().name())
        .param("prefiks", prefiks)
        .param("akun", tujuan.akunId())
        .param("nama", tujuan.nama())
        .param("peran", tujuan.peran().name())
        .param("pada", Konsultasi.wib(clock.instant()))
        .update(kunci, "id");
    long id = kunci.getKey().longValue();
    events.publishEvent(
        Jejak.dibuat(
            JENIS,
            id,
            new RuteRingkas(
                id, baru.kategori(), prefiks, tujuan.akunId(), tujuan.nama(), tujuan.peran())));
    return id;
  }

  @PreAuthorize(PENGATUR)
  public void hapus(long id) {
    RuteRingkas r =
        jdbc.sql(KOLOM + " WHERE id = :id")
            .param("id", id)
            .query(RuteService::baris)
            .optional()
            .orElseThrow(() -> new TidakDitemukan("konsultasi.rute.tidak-ditemukan", id));
    jdbc.sql("DELETE FROM rute_konsultasi WHERE id = :id").param("id", id).update();
    events.publishEvent(new Jejak("HAPUS", JENIS, String.valueOf(id), r, null));
  }

  /** Where a new case of this category in this kelurahan goes, if anywhere. */
  Optional<Tugaskan> tujuan(KategoriMasalah kategori, String kodeWilayah) {
    return jdbc.sql(
            KOLOM
                + " WHERE (r.kategori IS NULL OR r.kategori = :kat) AND (r.prefiks_wilayah IS NULL"
                + " OR r.prefiks_wilayah = :kode OR :kode LIKE r.prefiks_wilayah || '.%')"
                + " ORDER BY CASE WHEN r.kategori IS NULL THEN 1 ELSE 0 END,"
                + " LENGTH(COALESCE(r.prefiks_wilayah, '')) DESC, r.id LIMIT 1")
        .param("kat", kategori.name())
        .param("kode", kodeWilayah)
        .query(RuteService::baris)
        .optional()
        .map(RuteRingkas::tujuan);
  }

  private String prefiks(String kode) {
    if (kode == null || kode.isBlank()) {
      return null;
    }
    return wilayah
        .cari(kode.strip())
        .map(w -> w.kode())
        .orElseThrow(() -> new MasukanTidakSah("konsultasi.rute.wilayah-salah", kode.strip()));
  }

  private static RuteRingkas baris(ResultSet rs, int i) throws SQLException {
    String kat = rs.getString("kategori");
    String peran = rs.getString("peran");
    return new RuteRingkas(
        rs.getLong("id"),
        kat == null ? null : KategoriMasalah.valueOf(kat),
        rs.getString("prefiks_wilayah"),
        (Long) rs.getObject("akun_id", Long.class),
        rs.getString("nama"),
        peran == null ? null : PeranTujuan.valueOf(peran));
  }
}
