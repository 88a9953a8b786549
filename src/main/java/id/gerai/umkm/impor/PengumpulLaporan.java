package id.gerai.umkm.impor;

import id.gerai.umkm.ImporDuplikat;
import id.gerai.umkm.ImporGalat;
import id.gerai.umkm.ImporLaporan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/** Counts rows and keeps the first errors and warnings while a file streams by. */
public final class PengumpulLaporan {

  private volatile int dibaca;
  private int sah;
  private int ditambahkan;
  private int dilewati;
  private final List<ImporGalat> galat = new ArrayList<>();
  private final List<ImporGalat> peringatan = new ArrayList<>();
  private final List<ImporDuplikat> duplikat = new ArrayList<>();
  private List<String> kolomTakDikenal = List.of();
  private LongConsumer kemajuan = n -> {};

  /** Told the number of rows read after each row. */
  public void kemajuan(LongConsumer k) {
    kemajuan = k;
  }

  public void kepala(Kepala k) {
    kolomTakDikenal = k.takDikenal();
  }

  public void baris(BarisImpor b) {
    dibaca++;
    kemajuan.accept(dibaca);
    if (b.sah()) {
      sah++;
    }
    tambah(galat, b.galat());
    tambah(peringatan, b.peringatan());
  }

  public int dibaca() {
    return dibaca;
  }

  public synchronized void duplikat(List<ImporDuplikat> d) {
    for (ImporDuplikat x : d) {
      if (duplikat.size() < ImporLaporan.GALAT_MAKS) {
        duplikat.add(x);
      }
    }
  }

  public void ditambahkan() {
    ditambahkan++;
  }

  public void dilewati() {
    dilewati++;
  }

  public synchronized ImporLaporan laporan(boolean disimpan) {
    return new ImporLaporan(
        dibaca,
        sah,
        dibaca - sah,
        ditambahkan,
        dilewati,
        galat,
        peringatan,
        kolomTakDikenal,
        duplikat,
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
