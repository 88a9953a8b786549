package id.gerai.gerai;

import id.gerai.shared.Cakupan;
import id.gerai.shared.SyaratSql;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL read side of gerai reports: a gerai's reports, and per period the expected gerai with
 * their report and officer completeness, always ANDed with the caller's scope.
 */
@Component
class LaporanGeraiPencarian {

  /**
   * Active on at least one day of [mulai, selesai]: an AKTIF entry of the status history began by
   * the period's end and no later entry had replaced it by the period's start.
   */
  private static final String AKTIF_SELAMA =
      " EXISTS (SELECT 1 FROM gerai_status_riwayat r WHERE r.gerai_id = g.id"
          + " AND r.status = 'AKTIF' AND r.berlaku_sejak <= :selesai"
          + " AND NOT EXISTS (SELECT 1 FROM gerai_status_riwayat n WHERE n.gerai_id = g.id"
          + " AND n.urutan > r.urutan AND n.berlaku_sejak <= :mulai))";

  private final JdbcClient jdbc;
  private final WilayahService wilayah;
  private final PengurusProperties pengurus;

  LaporanGeraiPencarian(JdbcClient jdbc, WilayahService wilayah, PengurusProperties pengurus) {
    this.jdbc = jdbc;
    this.wilayah = wilayah;
    this.pengurus = pengurus;
  }

  List<LaporanGeraiRingkas> laporanGerai(long geraiId, LocalDate hariIni) {
    return jdbc.sql("SELECT * FROM laporan_gerai WHERE gerai_id = :id ORDER BY periode DESC")
        .param("id", geraiId)
        .query((rs, i) -> ringkas(rs, hariIni))
        .list();
  }

  LaporanGeraiTingkat tingkat(Periode p, LocalDate tenggat, Cakupan cakupan, LocalDate hariIni) {
    SyaratSql s = cakupan.syarat("g.kode_wilayah", "g.id", null);
    Map<Long, List<Jabatan>> terisi = jabatanTerisi(s, hariIni);
    Map<String, String> namaKecamatan = new HashMap<>();
    List<LaporanGeraiTingkat.Baris> baris =
        jdbc.sql(
                "SELECT g.id, g.nama, g.kode_wilayah, l.status, l.pertama_dikirim, l.tenggat"
                    + " FROM gerai g LEFT JOIN laporan_gerai l"
                    + " ON l.gerai_id = g.id AND l.periode = :periode WHERE "
                    + s.sql()
                    + " AND"
                    + AKTIF_SELAMA
                    + " ORDER BY g.kode_wilayah, g.nama, g.id")
            .params(s.params())
            .param("periode", p.kode())
            .param("mulai", p.mulai())
            .param("selesai", p.selesai())
            .query(
                (rs, i) -> {
                  String kode = rs.getString("kode_wilayah");
                  String kec = kecamatan(kode);
                  return baris(
                      rs,
                      kec == null ? null : namaKecamatan.computeIfAbsent(kec, this::nama),
                      terisi);
                })
            .list();
    Map<String, List<LaporanGeraiTingkat.Baris>> perKecamatan = new LinkedHashMap<>();
    for (LaporanGeraiTingkat.Baris b : baris) {
      perKecamatan.computeIfAbsent(kecamatan(b.kodeWilayah()), k -> new ArrayList<>()).add(b);
    }
    List<LaporanGeraiTingkat.Rekap> rekap = new ArrayList<>();
    perKecamatan.forEach(
        (kode, isi) ->
            rekap.add(
                LaporanGeraiTingkat.Rekap.dari(
                    kode, kode == null ? null : namaKecamatan.get(kode), isi)));
    String rumah = wilayah.kodeRumah();
    return new LaporanGeraiTingkat(
        p,
        tenggat,
        LaporanGeraiTingkat.Rekap.dari(rumah, nama(rumah), baris),
        rekap,
        baris,
        baris.stream().filter(b -> !b.diterima()).toList());
  }

  /** The positions filled today in each gerai of the scope. */
  private Map<Long, List<Jabatan>> jabatanTerisi(SyaratSql s, LocalDate hari) {
    Map<Long, List<Jabatan>> hasil = new HashMap<>();
    jdbc.sql(
            "SELECT p.gerai_id, p.jabatan FROM pengurus p JOIN gerai g ON g.id = p.gerai_id"
                + " WHERE p.mulai <= :hari AND (p.selesai IS NULL OR p.selesai >= :hari) AND "
                + s.sql())
        .params(s.params())
        .param("hari", hari)
        .query(
            rs -> {
              hasil
                  .computeIfAbsent(rs.getLong("gerai_id"), k -> new ArrayList<>())
                  .add(Jabatan.valueOf(rs.getString("jabatan")));
            });
    return hasil;
  }

  private LaporanGeraiTingkat.Baris baris(
      ResultSet rs, String namaKec, Map<Long, List<Jabatan>> terisi) throws SQLException {
    long id = rs.getLong("id");
    String status = rs.getString("status");
    LocalDate dikirim = tanggal(rs, "pertama_dikirim");
    LocalDate tenggat = tanggal(rs, "tenggat");
    PengurusKelengkapan k =
        PengurusKelengkapan.dari(pengurus.jabatanWajib(), terisi.getOrDefault(id, List.of()));
    return new LaporanGeraiTingkat.Baris(
        id,
        rs.getString("nama"),
        rs.getString("kode_wilayah"),
        namaKec,
        status == null ? null : LaporanGeraiStatus.valueOf(status),
        dikirim,
        dikirim == null ? null : !dikirim.isAfter(tenggat),
        k.lengkap(),
        k.kurang());
  }

  private static LaporanGeraiRingkas ringkas(ResultSet rs, LocalDate hariIni) throws SQLException {
    LaporanGeraiStatus status = LaporanGeraiStatus.valueOf(rs.getString("status"));
    LocalDate tenggat = tanggal(rs, "tenggat");
    LocalDate dikirim = tanggal(rs, "pertama_dikirim");
    boolean dibuka = rs.getBoolean("dibuka_kembali");
    return new LaporanGeraiRingkas(
        rs.getLong("id"),
        rs.getLong("gerai_id"),
        new Periode(
            rs.getString("periode"), tanggal(rs, "periode_mulai"), tanggal(rs, "periode_selesai")),
        tenggat,
        status,
        new LaporanGeraiAngka(
            rs.getInt("jumlah_pertemuan"),
            rs.getInt("anggota_hadir"),
            rs.getInt("umkm_baru"),
            rs.getInt("koperasi_baru"),
            rs.getInt("layanan_nib"),
            rs.getInt("layanan_izin"),
            rs.getInt("layanan_konsultasi"),
            rs.getInt("permasalahan")),
        rs.getString("catatan"),
        rs.getString("alasan_kembali"),
        dibuka,
        dikirim,
        dikirim == null ? null : !dikirim.isAfter(tenggat),
        status.terbuka() && hariIni.isAfter(tenggat) && !dibuka,
        rs.getInt("versi"));
  }

  /** The kecamatan code of an area code (its first three levels), or null above kecamatan. */
  static String kecamatan(String kode) {
    return kode != null && kode.length() >= 8 ? kode.substring(0, 8) : null;
  }

  private String nama(String kode) {
    return wilayah.cari(kode).map(Wilayah::nama).orElse(kode);
  }

  private static LocalDate tanggal(ResultSet rs, String kolom) throws SQLException {
    Date d = rs.getDate(kolom);
    return d == null ? null : d.toLocalDate();
  }
}
