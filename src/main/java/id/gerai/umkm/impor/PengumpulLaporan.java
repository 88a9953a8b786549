package id.gerai.umkm.impor;

import id.gerai.umkm.ImporGalat;
import id.gerai.umkm.ImporLaporan;
import java.util.ArrayList;
import java.util.List;

/** Counts rows and keeps the first errors and warnings while a file streams by. */
public final class PengumpulLaporan {

  private volatile int dibaca;
  private int sah;
  private int ditambahkan;
  private int dilewati;
  private final List<ImporGalat> galat = new ArrayList<>();
  private final List<ImporGalat> peringatan = new ArrayList<>();
  private List<String> kolomTakDikenal = List.of();

  public void kepala(Kepala k) {
    kolomTakDikenal = k.takDikenal();
  }

  public void baris(BarisImpor b) {
    dibaca++;
    if (b.sah()) {
      sah++;
    }
    tambah(galat, b.galat());
    tambah(peringatan, b.peringatan());
  }

  public int dibaca() {
    return dibaca;
  }

  public void ditambahkan() {
    ditambahkan++;
  }

  public void dilewati() {
    dilewati++;
  }

  public ImporLaporan laporan(boolean disimpan) {
    return new ImporLaporan(
        dibaca,
        sah,
        dibaca - sah,
        ditambahkan,
        dilewati,
        galat,
        peringatan,
        kolomTakDikenal,
        disimpan);
  }

  private static void tambah(List<ImporGalat> ke, List<ImporGalat> dari) {
    for (ImporGalat g : dari) {
      if (ke.size() < ImporLaporan.GALAT_MAKS) {
        ke.add(g);
      }
    }
  }
}
