package id.gerai.koperasi.kesehatan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a worksheet from one year's figures and a rubric. Every row: ratio = numerator ÷
 * denominator × 100; value from the table; score = value × weight ÷ 100. The total is the sum of
 * the scores rounded half-up to two decimals, and the predicate is the band of that rounded total,
 * so the predicate always agrees with the total on the page.
 *
 * <p>A zero denominator is handled explicitly: a positive numerator gives an infinite ratio (the
 * table's open-ended top row), a negative one minus infinity, and 0 ÷ 0 the component's {@code
 * nolPerNol} value when the rubric gives one, else the row is not scored. A negative denominator is
 * never scored: its ratio would read as good when it is bad. A row that is not scored makes the
 * whole assessment incomplete; nothing is ever guessed.
 */
public final class MesinPenilaian {

  private static final BigDecimal SERATUS = BigDecimal.valueOf(100);
  private static final MathContext PRESISI = MathContext.DECIMAL64;

  private final Rubrik rubrik;
  private final Map<String, BigDecimal> angka;

  private MesinPenilaian(Rubrik rubrik, Map<String, BigDecimal> angka) {
    this.rubrik = rubrik;
    this.angka = angka;
  }

  /** The worksheet of the figures (input name → amount; a blank input is absent or null). */
  public static HasilPenilaian nilai(Rubrik rubrik, Map<String, BigDecimal> angka) {
    return new MesinPenilaian(rubrik, angka).hitung();
  }

  private HasilPenilaian hitung() {
    List<HasilAspek> aspek = new ArrayList<>();
    Set<String> kurang = new LinkedHashSet<>();
    List<String> tidakTerdefinisi = new ArrayList<>();
    boolean perluVerifikasi = false;
    BigDecimal total = BigDecimal.ZERO;
    boolean lengkap = true;
    for (Aspek a : rubrik.aspek()) {
      List<HasilKomponen> baris = new ArrayList<>();
      BigDecimal sub = BigDecimal.ZERO;
      boolean aspekLengkap = true;
      for (Komponen k : a.komponen()) {
        HasilKomponen h = komponen(k);
        baris.add(h);
        perluVerifikasi |= k.perluVerifikasi();
        kurang.addAll(h.kurang());
        if (h.status() == StatusKomponen.TIDAK_TERDEFINISI) {
          tidakTerdefinisi.add(k.kode());
        }
        if (h.dihitung()) {
          sub = sub.add(h.skor());
        } else {
          aspekLengkap = false;
        }
      }
      aspek.add(new HasilAspek(a, List.copyOf(baris), aspekLengkap ? sub : null));
      lengkap &= aspekLengkap;
      total = total.add(sub);
    }
    BigDecimal dibulatkan = lengkap ? total.setScale(2, RoundingMode.HALF_UP) : null;
    return new HasilPenilaian(
        rubrik,
        List.copyOf(aspek),
        dibulatkan,
        dibulatkan == null ? null : rubrik.predikatUntuk(dibulatkan).orElse(null),
        List.copyOf(kurang),
        List.copyOf(tidakTerdefinisi),
        perluVerifikasi);
  }

  private HasilKomponen komponen(Komponen k) {
    Map<String, BigDecimal> dipakai = new LinkedHashMap<>();
    Set<String> kurang = new LinkedHashSet<>();
    BigDecimal atas = jumlah(k.pembilang(), dipakai, kurang);
    BigDecimal bawah = jumlah(k.penyebut(), dipakai, kurang);
    if (!kurang.isEmpty()) {
      return baris(
          k, StatusKomponen.KURANG_MASUKAN, dipakai, null, null, null, 0, null, kurang, "kurang");
    }
    if (bawah.signum() < 0) {
      return baris(
          k,
          StatusKomponen.TIDAK_TERDEFINISI,
          dipakai,
          atas,
          bawah,
          null,
          0,
          null,
          kurang,
          "penyebut-negatif");
    }
    if (bawah.signum() == 0) {
      return penyebutNol(k, dipakai, atas, bawah);
    }
    BigDecimal rasio = atas.multiply(SERATUS).divide(bawah, PRESISI);
    BigDecimal nilai = k.penilaian() == Penilaian.RASIO ? batasi(rasio) : dariTabel(k, rasio, 0);
    return baris(k, StatusKomponen.DIHITUNG, dipakai, atas, bawah, rasio, 0, nilai, kurang, null);
  }

  private HasilKomponen penyebutNol(
      Komponen k, Map<String, BigDecimal> dipakai, BigDecimal atas, BigDecimal bawah) {
    if (atas.signum() == 0) {
      if (k.nolPerNol() == null) {
        return baris(
            k,
            StatusKomponen.TIDAK_TERDEFINISI,
            dipakai,
            atas,
            bawah,
            null,
            0,
            null,
            Set.of(),
            "nol-per-nol");
      }
      return baris(
          k,
          StatusKomponen.DIHITUNG,
          dipakai,
          atas,
          bawah,
          null,
          0,
          k.nolPerNol(),
          Set.of(),
          "nol-per-nol");
    }
    int arah = atas.signum();
    BigDecimal nilai =
        k.penilaian() == Penilaian.RASIO
            ? (arah > 0 ? SERATUS : BigDecimal.ZERO)
            : dariTabel(k, null, arah);
    return baris(
        k,
        StatusKomponen.DIHITUNG,
        dipakai,
        atas,
        bawah,
        null,
        arah,
        nilai,
        Set.of(),
        "penyebut-nol");
  }

  /** A table's value for a finite ratio (also for tests that walk each table's edges). */
  public static BigDecimal nilaiTabel(Komponen k, BigDecimal rasio) {
    return dariTabel(k, rasio, 0);
  }

  /** The table row holding the ratio; {@code arah} ±1 picks the open-ended row at ±infinity. */
  private static BigDecimal dariTabel(Komponen k, BigDecimal rasio, int arah) {
    for (BarisTabel b : k.tabel()) {
      Rentang r = b.interval();
      boolean cocok =
          arah > 0 ? r.sampaiTakHingga() : arah < 0 ? r.dariMinusTakHingga() : r.memuat(rasio);
      if (cocok) {
        return b.nilai();
      }
    }
    // RubrikPeriksa guarantees every table covers every ratio; reaching here is a bad rubric.
    throw new IllegalStateException("table of " + k.kode() + " does not cover " + rasio);
  }

  private BigDecimal jumlah(List<Suku> rumus, Map<String, BigDecimal> dipakai, Set<String> kurang) {
    BigDecimal hasil = BigDecimal.ZERO;
    for (Suku s : rumus) {
      BigDecimal v = s.konstanta() ? BigDecimal.ONE : besaran(s.x(), dipakai, kurang);
      hasil = v == null ? hasil : hasil.add(s.k().multiply(v));
    }
    return hasil;
  }

  /** An input's amount, or a derived quantity's from its own terms; null when blank. */
  private BigDecimal besaran(String nama, Map<String, BigDecimal> dipakai, Set<String> kurang) {
    var turunan = rubrik.turunan(nama);
    if (turunan.isPresent()) {
      Set<String> kurangDiSini = new LinkedHashSet<>();
      BigDecimal v = jumlah(turunan.get().rumus(), dipakai, kurangDiSini);
      kurang.addAll(kurangDiSini);
      return kurangDiSini.isEmpty() ? v : null;
    }
    BigDecimal v = angka.get(nama);
    dipakai.put(nama, v);
    if (v == null) {
      kurang.add(nama);
    }
    return v;
  }

  private static BigDecimal batasi(BigDecimal rasio) {
    return rasio.max(BigDecimal.ZERO).min(SERATUS);
  }

  private static HasilKomponen baris(
      Komponen k,
      StatusKomponen status,
      Map<String, BigDecimal> dipakai,
      BigDecimal atas,
      BigDecimal bawah,
      BigDecimal rasio,
      int takHingga,
      BigDecimal nilai,
      Set<String> kurang,
      String alasan) {
    BigDecimal skor = nilai == null ? null : nilai.multiply(k.bobot()).divide(SERATUS, PRESISI);
    return new HasilKomponen(
        k,
        status,
        java.util.Collections.unmodifiableMap(dipakai),
        atas,
        bawah,
        rasio,
        takHingga,
        nilai,
        skor,
        List.copyOf(kurang),
        alasan);
  }
}
