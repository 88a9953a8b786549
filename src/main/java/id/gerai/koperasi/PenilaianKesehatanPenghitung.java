package id.gerai.koperasi;

import id.gerai.koperasi.kesehatan.HasilPenilaian;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored outcome of each assessment in step, inside the transaction of the change: when a
 * year's statements are recorded, that year; when a rubric version is published, every year.
 */
@Component
class PenilaianKesehatanPenghitung {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final LaporanKeuanganPenyimpanan laporan;
  private final RubrikService rubrik;
  private final PenilaianKesehatanPenyimpanan simpanan;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

  PenilaianKesehatanPenghitung(
      LaporanKeuanganPenyimpanan laporan,
      RubrikService rubrik,
      PenilaianKesehatanPenyimpanan simpanan,
      org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    this.laporan = laporan;
    this.rubrik = rubrik;
    this.simpanan = simpanan;
    this.jdbc = jdbc;
  }

  @EventListener
  void laporanDicatat(LaporanKeuanganDicatat e) {
    hitung(e.koperasiId(), e.tahun());
  }

  @EventListener
  void rubrikDiterbitkan(RubrikDiterbitkan e) {
    for (long[] kunci : laporan.semuaKunci()) {
      hitung(kunci[0], (int) kunci[1]);
    }
  }

  private void hitung(long koperasiId, int tahun) {
    KesehatanKoperasi k = koperasi(koperasiId);
    LaporanKeuangan l = laporan.baca(koperasiId, tahun).orElse(null);
    RubrikTersimpan r = rubrik.untuk(k.kelompok(), tahun).orElse(null);
    PenilaianKesehatan p = PenilaianKesehatanService.nilai(k, tahun, l, r);
    HasilPenilaian h = p.hasil();
    simpanan.simpan(
        koperasiId,
        tahun,
        r == null ? null : r.id(),
        h != null && h.lengkap(),
        h == null ? null : h.total(),
        h == null ? null : h.predikat(),
        OffsetDateTime.now(WIB));
  }

  /** The cooperative without a scope check: this runs for a change already authorised. */
  private KesehatanKoperasi koperasi(long id) {
    return jdbc.sql("SELECT id, nama, kelompok, bentuk, kode_wilayah FROM koperasi WHERE id = :id")
        .param("id", id)
        .query(
            (rs, i) ->
                new KesehatanKoperasi(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)))
        .single();
  }
}
