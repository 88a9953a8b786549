package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of a merge, run inside the service's transaction. Class changes are rebuilt for the kept
 * business from its yearly figures after the merged business's years moved over.
 */
@Component
class DuplikatPenggabung {

  static final String AKSI = "GABUNG";

  private static final List<String> PINDAH = List.of("produk", "legalitas", "binaan", "tonggak");

  /** A business's state before the merge. */
  record Keadaan(long id, String status, Long digabungKe) {}

  private final JdbcClient jdbc;
  private final AngkaTahunanPenyimpanan angka;
  private final GabungBukti bukti;
  private final ApplicationEventPublisher events;

  DuplikatPenggabung(
      JdbcClient jdbc,
      AngkaTahunanPenyimpanan angka,
      GabungBukti bukti,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.angka = angka;
    this.bukti = bukti;
    this.events = events;
  }

  void gabungkan(long tetapId, long hapusId, Cakupan cakupan) {
    Keadaan tetap = keadaan(tetapId, cakupan);
    Keadaan hapus = keadaan(hapusId, cakupan);
    if (tetapId == hapusId) {
      throw new MasukanTidakSah("umkm.duplikat.galat.sama");
    }
    if (tetap.digabungKe() != null || hapus.digabungKe() != null) {
      throw new MasukanTidakSah("umkm.duplikat.galat.sudah-digabung");
    }
    pindahkan(tetapId, hapusId);
    bukti.pindahkan(tetapId, hapusId);
    susunUlangKelas(tetapId, hapusId);
    jdbc.sql(
            "UPDATE usaha SET status = 'TUTUP', digabung_ke = :tetap, diubah_pada = :kini,"
                + " versi = versi + 1 WHERE id = :hapus")
        .param("tetap", tetapId)
        .param("hapus", hapusId)
        .param("kini", Timestamp.from(Instant.now()))
        .update();
    jejak(tetapId, hapusId, hapus.status());
  }

  private void jejak(long tetapId, long hapusId, String statusSebelum) {
    DuplikatKeadaan sebelum = new DuplikatKeadaan(tetapId, hapusId, statusSebelum, null);
    DuplikatKeadaan sesudah = new DuplikatKeadaan(tetapId, hapusId, "TUTUP", tetapId);
    for (long id : new long[] {hapusId, tetapId}) {
      events.publishEvent(new Jejak(AKSI, Usaha.JENIS_JEJAK, String.valueOf(id), sebelum, sesudah));
    }
  }

  private Keadaan keadaan(long id, Cakupan cakupan) {
    Map<String, Object> params = new HashMap<>(Map.of("id", id));
    String sql =
        "SELECT u.id, u.status, u.digabung_ke FROM usaha u JOIN pelaku_usaha p"
            + " ON p.id = u.pelaku_usaha_id WHERE u.id = :id AND "
            + PencarianUmkm.syarat(cakupan, params)
            + " FOR UPDATE";
    return jdbc.sql(sql)
        .params(params)
        .query(Keadaan.class)
        .optional()
        .orElseThrow(() -> new TidakDitemukan("umkm.register.tidak-ditemukan", String.valueOf(id)));
  }

  private void pindahkan(long tetapId, long hapusId) {
    for (String tabel : PINDAH) {
      ubah("UPDATE " + tabel + " SET usaha_id = :tetap WHERE usaha_id = :hapus", tetapId, hapusId);
    }
    ubah(
        "DELETE FROM angka_tahunan WHERE usaha_id = :hapus AND tahun IN"
            + " (SELECT tahun FROM angka_tahunan WHERE usaha_id = :tetap)",
        tetapId,
        hapusId);
    ubah("UPDATE angka_tahunan SET usaha_id = :tetap WHERE usaha_id = :hapus", tetapId, hapusId);
    ubah(
        "DELETE FROM tangga_usaha WHERE usaha_id = :hapus AND EXISTS"
            + " (SELECT 1 FROM tangga_usaha t WHERE t.usaha_id = :tetap)",
        tetapId,
        hapusId);
    ubah("UPDATE tangga_usaha SET usaha_id = :tetap WHERE usaha_id = :hapus", tetapId, hapusId);
  }

  private void susunUlangKelas(long tetapId, long hapusId) {
    ubah("DELETE FROM naik_kelas WHERE usaha_id = :hapus", tetapId, hapusId);
    angka.susunUlang(tetapId, OffsetDateTime.now(ZoneOffset.UTC));
    angka.kelasTerakhir(hapusId);
  }

  private void ubah(String sql, long tetapId, long hapusId) {
    Map<String, Object> params = new HashMap<>();
    if (sql.contains(":tetap")) {
      params.put("tetap", tetapId);
    }
    params.put("hapus", hapusId);
    jdbc.sql(sql).params(params).update();
  }
}
