package id.gerai.koperasi;

import id.gerai.shared.Cakupan;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The RAT read side: one cooperative's meetings, and the scoped rows the compliance rule needs. */
@Component
class PencarianRat {

  /** A cooperative as the compliance rule sees it. */
  record Dasar(
      long id, String nama, BentukKoperasi bentuk, String kodeWilayah, LocalDate tanggalBerdiri) {}

  /** One held RAT. */
  record Diadakan(long koperasiId, int tahunBuku, LocalDate tanggal) {}

  private final JdbcClient jdbc;

  PencarianRat(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<RatRekaman> untuk(long koperasiId) {
    return jdbc.sql(
            "SELECT koperasi_id, tahun_buku, tanggal, anggota_hadir, kuorum, laporan_disahkan,"
                + " notulen_nama, notulen_sha256, status_verifikasi, diverifikasi_oleh, dicatat_oleh FROM rat"
                + " WHERE koperasi_id = :id ORDER BY tahun_buku DESC")
        .param("id", koperasiId)
        .query(
            (rs, i) ->
                new RatRekaman(
                    rs.getLong("koperasi_id"),
                    rs.getInt("tahun_buku"),
                    rs.getObject("tanggal", LocalDate.class),
                    rs.getObject("anggota_hadir", Integer.class),
                    rs.getObject("kuorum", Boolean.class),
                    rs.getObject("laporan_disahkan", Boolean.class),
                    rs.getString("notulen_nama"),
                    rs.getString("notulen_sha256"),
                    StatusVerifikasi.valueOf(rs.getString("status_verifikasi")),
                    rs.getString("diverifikasi_oleh"),
                    rs.getString("dicatat_oleh")))
        .list();
  }

  /** The cooperatives in scope that are not dissolved, by name. */
  List<Dasar> koperasi(Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>();
    String syarat = PencarianKoperasi.syarat(cakupan, params);
    return jdbc.sql(
            "SELECT k.id, k.nama, k.bentuk, k.kode_wilayah, k.tanggal_berdiri FROM koperasi k"
                + " WHERE k.status <> 'BUBAR' AND "
                + syarat
                + " ORDER BY LOWER(k.nama), k.id")
        .params(params)
        .query(
            (rs, i) ->
                new Dasar(
                    rs.getLong("id"),
                    rs.getString("nama"),
                    BentukKoperasi.valueOf(rs.getString("bentuk")),
                    rs.getString("kode_wilayah"),
                    rs.getObject("tanggal_berdiri", LocalDate.class)))
        .list();
  }

  /** The RAT held by cooperatives in scope for fiscal years from {@code dari}. */
  List<Diadakan> diadakan(Cakupan cakupan, int dari) {
    Map<String, Object> params = new HashMap<>(Map.of("dari", dari));
    String syarat = PencarianKoperasi.syarat(cakupan, params);
    return jdbc.sql(
            "SELECT r.koperasi_id, r.tahun_buku, r.tanggal FROM rat r JOIN koperasi k"
                + " ON k.id = r.koperasi_id WHERE r.tahun_buku >= :dari AND "
                + syarat)
        .params(params)
        .query(
            (rs, i) ->
                new Diadakan(
                    rs.getLong("koperasi_id"),
                    rs.getInt("tahun_buku"),
                    rs.getObject("tanggal", LocalDate.class)))
        .list();
  }
}
