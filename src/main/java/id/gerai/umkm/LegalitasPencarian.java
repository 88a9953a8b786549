package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.SyaratSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL read side of permits and the ladder. Every query joins the business and its owner and
 * ANDs the caller's scope, so a business outside it is simply not there.
 */
@Component
class LegalitasPencarian {

  private static final String DARI =
      " FROM legalitas l JOIN usaha u ON u.id = l.usaha_id"
          + " JOIN pelaku_usaha p ON p.id = u.pelaku_usaha_id";
  private static final String KOLOM =
      "SELECT l.id, l.usaha_id, u.nama AS nama_usaha, l.jenis, l.nomor, l.tanggal_terbit,"
          + " l.berlaku_sampai";

  /**
   * A permit superseded by a later one of the same kind (a renewal) is no longer expiring: the
   * business already acted on it.
   */
  private static final String BELUM_DIPERBARUI =
      " AND NOT EXISTS (SELECT 1 FROM legalitas b WHERE b.usaha_id = l.usaha_id"
          + " AND b.jenis = l.jenis AND b.tanggal_terbit > l.tanggal_terbit"
          + " AND (b.berlaku_sampai IS NULL OR b.berlaku_sampai > l.berlaku_sampai))";

  private final JdbcClient jdbc;

  LegalitasPencarian(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The business's name, NIB and sales channels, if the caller's scope reaches it. */
  Optional<UsahaDasar> usaha(long usahaId, Cakupan cakupan) {
    SyaratSql s = syarat(cakupan);
    return jdbc.sql(
            "SELECT u.id, u.nama, u.nib, u.saluran_penjualan FROM usaha u"
                + " JOIN pelaku_usaha p ON p.id = u.pelaku_usaha_id WHERE u.id = :id AND "
                + s.sql())
        .param("id", usahaId)
        .params(s.params())
        .query(
            (rs, i) ->
                new UsahaDasar(
                    rs.getLong("id"),
                    rs.getString("nama"),
                    rs.getString("nib"),
                    rs.getString("saluran_penjualan")))
        .optional();
  }

  List<LegalitasRingkas> daftar(long usahaId, Cakupan cakupan, LocalDate hariIni, int ambang) {
    SyaratSql s = syarat(cakupan);
    return jdbc.sql(
            KOLOM
                + DARI
                + " WHERE l.usaha_id = :usahaId AND "
                + s.sql()
                + " ORDER BY l.jenis, l.tanggal_terbit DESC, l.id DESC")
        .param("usahaId", usahaId)
        .params(s.params())
        .query((rs, i) -> baris(rs, hariIni, ambang))
        .list();
  }

  Halaman<LegalitasRingkas> akanKedaluwarsa(
      Cakupan cakupan, LocalDate batas, int nomor, int ukuran, LocalDate hariIni, int ambang) {
    SyaratSql s = syarat(cakupan);
    String where =
        DARI
            + " WHERE l.berlaku_sampai IS NOT NULL AND l.berlaku_sampai <= :batas"
            + " AND u.status <> 'TUTUP'"
            + BELUM_DIPERBARUI
            + " AND "
            + s.sql();
    long total =
        jdbc.sql("SELECT COUNT(*)" + where)
            .param("batas", batas)
            .params(s.params())
            .query(Long.class)
            .single();
    List<LegalitasRingkas> isi =
        jdbc.sql(
                KOLOM + where + " ORDER BY l.berlaku_sampai, l.id LIMIT :batasBaris OFFSET :lewati")
            .param("batas", batas)
            .param("batasBaris", ukuran)
            .param("lewati", (long) nomor * ukuran)
            .params(s.params())
            .query((rs, i) -> baris(rs, hariIni, ambang))
            .list();
    return new Halaman<>(isi, nomor, ukuran, total);
  }

  /** The kinds of permit still valid today (no expiry, or an expiry today or later). */
  Set<LegalitasJenis> jenisBerlaku(long usahaId, LocalDate hariIni) {
    List<String> jenis =
        jdbc.sql(
                "SELECT DISTINCT jenis FROM legalitas WHERE usaha_id = :usahaId"
                    + " AND (berlaku_sampai IS NULL OR berlaku_sampai >= :hariIni)")
            .param("usahaId", usahaId)
            .param("hariIni", hariIni)
            .query(String.class)
            .list();
    Set<LegalitasJenis> hasil = EnumSet.noneOf(LegalitasJenis.class);
    jenis.forEach(j -> hasil.add(LegalitasJenis.valueOf(j)));
    return hasil;
  }

  private static SyaratSql syarat(Cakupan cakupan) {
    return cakupan.syarat("u.kode_wilayah", "u.gerai_id", "p.akun_id");
  }

  private static LegalitasRingkas baris(ResultSet rs, LocalDate hariIni, int ambang)
      throws SQLException {
    LocalDate sampai = rs.getObject("berlaku_sampai", LocalDate.class);
    return new LegalitasRingkas(
        rs.getLong("id"),
        rs.getLong("usaha_id"),
        rs.getString("nama_usaha"),
        LegalitasJenis.valueOf(rs.getString("jenis")),
        rs.getString("nomor"),
        rs.getObject("tanggal_terbit", LocalDate.class),
        sampai,
        LegalitasKeadaan.pada(sampai, hariIni, ambang),
        sampai == null ? null : ChronoUnit.DAYS.between(hariIni, sampai));
  }

  /** What the permit pages and the ladder need of a business. */
  record UsahaDasar(long id, String nama, String nib, String saluranPenjualan) {}
}
