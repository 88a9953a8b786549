package id.gerai.koperasi.kesehatan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a rubric before it may be used: weights add up (aspects to 100, components to their
 * aspect), every formula names a known figure, derived quantities do not loop, every scoring table
 * covers every ratio exactly once, values stay within 0–100 and the predicate bands cover 0–100.
 */
public final class RubrikPeriksa {

  private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

  private final Rubrik r;
  private final Set<String> masukan;
  private final List<GalatRubrik> galat = new ArrayList<>();

  private RubrikPeriksa(Rubrik r, Set<String> masukan) {
    this.r = r;
    this.masukan = masukan;
  }

  /** The problems of a rubric given the statement figures that exist; empty when it is sound. */
  public static List<GalatRubrik> periksa(Rubrik r, Set<String> masukan) {
    RubrikPeriksa p = new RubrikPeriksa(r, masukan);
    p.semua();
    return List.copyOf(p.galat);
  }

  private void semua() {
    if (r.format() != 1) {
      tambah("format", "format", String.valueOf(r.format()));
    }
    if (kosong(r.kode()) || kosong(r.regulasi()) || r.berlakuMulai() == null || r.judul() == null) {
      tambah("wajib", "rubrik", "kode, regulasi, judul, berlakuMulai");
    }
    if (r.kelompokKoperasi() == null || r.kelompokKoperasi().isEmpty()) {
      tambah("wajib", "rubrik", "kelompokKoperasi");
    }
    if (r.aspek() == null || r.aspek().isEmpty() || r.predikat() == null) {
      tambah("wajib", "rubrik", "aspek, predikat");
      return;
    }
    periksaTurunan();
    periksaAspek();
    periksaPredikat();
  }

  private void periksaTurunan() {
    Set<String> nama = new HashSet<>();
    for (Turunan t : daftar(r.turunan())) {
      if (kosong(t.nama()) || masukan.contains(t.nama()) || !nama.add(t.nama())) {
        tambah("kode-ganda", "turunan", String.valueOf(t.nama()));
      }
    }
    for (Turunan t : daftar(r.turunan())) {
      periksaSuku(t.rumus(), "turunan " + t.nama());
      if (berputar(t.nama(), new HashSet<>())) {
        tambah("siklus", "turunan " + t.nama(), t.nama());
      }
    }
  }

  private boolean berputar(String nama, Set<String> jalur) {
    if (!jalur.add(nama)) {
      return true;
    }
    boolean hasil =
        r.turunan(nama).stream()
            .flatMap(t -> daftar(t.rumus()).stream())
            .filter(s -> !s.konstanta())
            .anyMatch(s -> berputar(s.x(), new HashSet<>(jalur)));
    return hasil;
  }

  private void periksaAspek() {
    BigDecimal total = BigDecimal.ZERO;
    Set<String> kode = new HashSet<>();
    for (Aspek a : r.aspek()) {
      if (a.bobot() == null || a.komponen() == null || a.komponen().isEmpty()) {
        tambah("wajib", "aspek " + a.kode(), "bobot, komponen");
        continue;
      }
      total = total.add(a.bobot());
      BigDecimal jumlah = BigDecimal.ZERO;
      for (Komponen k : a.komponen()) {
        if (!kode.add(String.valueOf(k.kode()))) {
          tambah("kode-ganda", "komponen", String.valueOf(k.kode()));
        }
        jumlah = jumlah.add(k.bobot() == null ? BigDecimal.ZERO : k.bobot());
        periksaKomponen(k);
      }
      if (jumlah.compareTo(a.bobot()) != 0) {
        tambah("bobot-aspek", "aspek " + a.kode(), jumlah + " ≠ " + a.bobot());
      }
    }
    if (total.compareTo(SERATUS) != 0) {
      tambah("bobot-total", "aspek", total.toPlainString());
    }
  }

  private void periksaKomponen(Komponen k) {
    String di = "komponen " + k.kode();
    if (k.nama() == null || k.bobot() == null || k.penilaian() == null || k.rumus() == null) {
      tambah("wajib", di, "nama, bobot, rumus, penilaian");
      return;
    }
    if (daftar(k.pembilang()).isEmpty() || daftar(k.penyebut()).isEmpty()) {
      tambah("wajib", di, "pembilang, penyebut");
    }
    periksaSuku(k.pembilang(), di);
    periksaSuku(k.penyebut(), di);
    if (k.nolPerNol() != null && !dalamNilai(k.nolPerNol())) {
      tambah("nilai", di, k.nolPerNol().toPlainString());
    }
    if (k.penilaian() == Penilaian.TABEL) {
      periksaTabel(k, di);
    }
  }

  private void periksaTabel(Komponen k, String di) {
    List<Rentang> rentang = new ArrayList<>();
    for (BarisTabel b : k.tabel()) {
      try {
        rentang.add(b.interval());
      } catch (IllegalArgumentException e) {
        tambah("rentang", di, String.valueOf(b.rentang()));
        return;
      }
      if (b.nilai() == null || !dalamNilai(b.nilai())) {
        tambah("nilai", di, String.valueOf(b.nilai()));
      }
    }
    if (!menutupSemua(rentang)) {
      tambah("cakupan-tabel", di, k.kode());
    }
  }

  private void periksaPredikat() {
    List<Rentang> rentang = new ArrayList<>();
    Set<Object> predikat = new HashSet<>();
    for (PitaPredikat p : r.predikat()) {
      try {
        rentang.add(p.interval());
      } catch (IllegalArgumentException e) {
        tambah("rentang", "predikat", String.valueOf(p.rentang()));
        return;
      }
      if (p.predikat() == null || !predikat.add(p.predikat())) {
        tambah("kode-ganda", "predikat", String.valueOf(p.predikat()));
      }
    }
    rentang.sort(urutan());
    boolean baik =
        !rentang.isEmpty()
            && bersambung(rentang)
            && rentang.get(0).bawah() != null
            && rentang.get(0).bawah().signum() == 0
            && rentang.get(0).bawahInklusif()
            && rentang.get(rentang.size() - 1).atas() != null
            && rentang.get(rentang.size() - 1).atas().compareTo(SERATUS) == 0
            && rentang.get(rentang.size() - 1).atasInklusif();
    if (!baik) {
      tambah("cakupan-predikat", "predikat", "0–100");
    }
  }

  private static boolean menutupSemua(List<Rentang> rentang) {
    if (rentang.isEmpty()) {
      return false;
    }
    rentang.sort(urutan());
    return rentang.get(0).dariMinusTakHingga()
        && rentang.get(rentang.size() - 1).sampaiTakHingga()
        && bersambung(rentang);
  }

  private static boolean bersambung(List<Rentang> rentang) {
    for (int i = 0; i + 1 < rentang.size(); i++) {
      if (!rentang.get(i).bersambungDengan(rentang.get(i + 1))) {
        return false;
      }
    }
    return true;
  }

  /** Lower bound first (minus infinity before any number; at a tie, an inclusive one first). */
  private static Comparator<Rentang> urutan() {
    return Comparator.comparing(
            Rentang::bawah, Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
        .thenComparing(x -> !x.bawahInklusif());
  }

  private void periksaSuku(List<Suku> suku, String di) {
    for (Suku s : daftar(suku)) {
      if (s.k() == null) {
        tambah("wajib", di, "k");
      } else if (!s.konstanta() && !masukan.contains(s.x()) && r.turunan(s.x()).isEmpty()) {
        tambah("nama-tak-dikenal", di, s.x());
      }
    }
  }

  private static boolean dalamNilai(BigDecimal n) {
    return n.signum() >= 0 && n.compareTo(SERATUS) <= 0;
  }

  private static boolean kosong(String s) {
    return s == null || s.isBlank();
  }

  private static <T> List<T> daftar(List<T> l) {
    return l == null ? List.of() : l;
  }

  private void tambah(String kode, String di, String rincian) {
    galat.add(new GalatRubrik(kode, di, rincian));
  }
}
