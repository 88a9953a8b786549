package id.gerai.demo;

import id.gerai.gerai.AnggotaForumBaru;
import id.gerai.gerai.AnggotaForumPeran;
import id.gerai.gerai.AnggotaForumService;
import id.gerai.gerai.GeraiJenis;
import id.gerai.gerai.GeraiRingkas;
import id.gerai.gerai.GeraiService;
import id.gerai.gerai.LaporanGeraiAngka;
import id.gerai.gerai.LaporanGeraiService;
import id.gerai.gerai.Periode;
import id.gerai.gerai.SaringGerai;
import id.gerai.umkm.UmkmSingkat;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Forum members joined through a few gerai, and their monthly reports for the last three periods
 * with realistic gaps: some gerai report every period (a past one late, after staff reopened it),
 * some skip one, some never report; the current period is saved or submitted by a few only.
 */
@Component
class GeraiDemo {

  /** How many gerai get members and reports (the first by name in the city). */
  static final int JUMLAH_GERAI = 6;

  private static final String[] NAMA = {
    "Sri Lestari", "Joko Santoso", "Ani Kusuma", "Dewi Anggraini", "Budi Hartono", "Rina Wati"
  };

  private final GeraiService gerai;
  private final AnggotaForumService anggota;
  private final LaporanGeraiService laporan;

  GeraiDemo(GeraiService gerai, AnggotaForumService anggota, LaporanGeraiService laporan) {
    this.gerai = gerai;
    this.anggota = anggota;
    this.laporan = laporan;
  }

  /** Returns the number of forum members made; owners of the first businesses become members. */
  int isi(List<UmkmSingkat> usaha) {
    return SebagaiStaf.jalankan(
        () -> {
          List<Long> geraiIds = geraiDemo();
          int n = 0;
          LocalDate hariIni = laporan.hariIni();
          for (int g = 0; g < geraiIds.size(); g++) {
            long id = geraiIds.get(g);
            for (int i = 0; i <= g % 3 + 2; i++) {
              // Owners of the first demo businesses are members (their business page says so).
              int k = g * 4 + i;
              UmkmSingkat u = i < 2 && k < usaha.size() ? usaha.get(k) : null;
              if (u != null && anggota.anggotaAktif(u.pelakuUsahaId())) {
                u = null;
              }
              anggota.daftarkan(
                  new AnggotaForumBaru(
                      id,
                      u != null ? u.namaPemilik() : NAMA[(g + i) % NAMA.length],
                      u != null ? u.pelakuUsahaId() : null,
                      null,
                      i == 0 ? AnggotaForumPeran.KOORDINATOR : AnggotaForumPeran.ANGGOTA,
                      hariIni.minusMonths(6 + i)),
                  SebagaiStaf.KOTA,
                  "demo");
              n++;
            }
            laporan(id, g);
          }
          return n;
        });
  }

  /**
   * Gerai 0 and 1 report every past period (0 approved), 2 skips the middle one, 3 only the latest,
   * 4 and 5 never; in the current period gerai 0 saved a draft.
   */
  private void laporan(long geraiId, int g) {
    List<Periode> periode = laporan.periodeTerakhir(4);
    for (int p = 1; p < periode.size(); p++) {
      boolean lapor = g <= 1 || (g == 2 && p != 2) || (g == 3 && p == 1);
      if (!lapor) {
        continue;
      }
      String kode = periode.get(p).kode();
      var ringkas = laporan.ambil(geraiId, kode, SebagaiStaf.KOTA).laporan();
      if (ringkas.terkunci()) {
        laporan.bukaKembali(geraiId, kode, "Data demo: laporan susulan", SebagaiStaf.KOTA, "demo");
      }
      laporan.simpan(geraiId, kode, angka(g, p), "Pertemuan rutin forum", SebagaiStaf.KOTA, "demo");
      laporan.kirim(geraiId, kode, SebagaiStaf.KOTA);
      if (g == 0) {
        laporan.setujui(geraiId, kode, SebagaiStaf.KOTA, "demo");
      }
    }
    if (g == 0) {
      laporan.simpan(
          geraiId,
          periode.get(0).kode(),
          new LaporanGeraiAngka(1, 2, 1, 0, 1, 0, 1, 1),
          null,
          SebagaiStaf.KOTA,
          "demo");
    }
  }

  private static LaporanGeraiAngka angka(int g, int p) {
    return new LaporanGeraiAngka(1 + p % 2, 2, g + p, p % 2, 2 + g, 1, 1 + p, 1 + g % 2);
  }

  private List<Long> geraiDemo() {
    SaringGerai saring =
        new SaringGerai(AkunDemo.KOTA, GeraiJenis.KELURAHAN, null, null, 0, JUMLAH_GERAI - 1);
    List<Long> ids = new java.util.ArrayList<>();
    // The demo gerai officer's gerai (Sekayu) first, so demo-gerai sees members and reports.
    ids.addAll(
        gerai
            .cari(
                new SaringGerai(AkunDemo.KELURAHAN_GERAI, GeraiJenis.KELURAHAN, null, null, 0, 1),
                SebagaiStaf.KOTA)
            .isi()
            .stream()
            .map(GeraiRingkas::id)
            .toList());
    gerai.cari(saring, SebagaiStaf.KOTA).isi().stream()
        .map(GeraiRingkas::id)
        .filter(id -> !ids.contains(id))
        .forEach(ids::add);
    return ids;
  }
}
