package id.gerai.koperasi;

import id.gerai.shared.MasukanTidakSah;
import java.math.BigDecimal;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one imported statements row: which cooperative (by id, else Nomor Induk Koperasi, else
 * legal entity number), the year, and the figures, checked by {@link LaporanKeuanganPeriksa}
 * exactly as the form's. A figure whose column the file lacks, or whose cell is blank, is blank, as
 * on the form. Every problem is reported by row and column; none stops the file.
 */
final class LaporanKeuanganImporBaris {

  static final String K = "koperasi.keuangan.impor.";

  /** How a row names its cooperative: the column used and the value as cleaned. */
  record Identitas(LaporanKeuanganImporKolom kolom, String nilai) {}

  /** A row read: its cooperative and year when readable, its figures, and its problems. */
  record Hasil(
      Identitas identitas,
      Integer tahun,
      Map<String, BigDecimal> angka,
      List<LaporanKeuanganImporGalat> galat) {
    boolean sah() {
      return galat.stream().allMatch(LaporanKeuanganImporGalat::peringatan);
    }
  }

  private final Map<LaporanKeuanganImporKolom, Integer> posisi;
  private final List<String> judul;
  private final List<LaporanKeuanganImporGalat> peringatanKepala;

  private LaporanKeuanganImporBaris(
      Map<LaporanKeuanganImporKolom, Integer> posisi,
      List<String> judul,
      List<LaporanKeuanganImporGalat> peringatanKepala) {
    this.posisi = posisi;
    this.judul = judul;
    this.peringatanKepala = peringatanKepala;
  }

  /**
   * Reads the header. The file is refused without a year column, without any column naming the
   * cooperative, or without any figure column; a header it does not know is a warning (row 1), so
   * that a misspelt figure is not silently left blank.
   */
  static LaporanKeuanganImporBaris kepala(List<String> baris) {
    Map<LaporanKeuanganImporKolom, Integer> posisi = new LinkedHashMap<>();
    List<LaporanKeuanganImporGalat> peringatan = new ArrayList<>();
    for (int i = 0; i < baris.size(); i++) {
      String teks = baris.get(i) == null ? "" : baris.get(i).replace("\uFEFF", "").strip();
      if (teks.isEmpty()) {
        continue;
      }
      Optional<LaporanKeuanganImporKolom> k = LaporanKeuanganImporKolom.dari(teks);
      if (k.isEmpty() || posisi.putIfAbsent(k.get(), i) != null) {
        peringatan.add(
            new LaporanKeuanganImporGalat(1, teks, K + "kolom-diabaikan", null, List.of(), true));
      }
    }
    if (!posisi.containsKey(LaporanKeuanganImporKolom.TAHUN)) {
      throw new MasukanTidakSah(K + "kolom-kurang", LaporanKeuanganImporKolom.TAHUN.judul());
    }
    if (identitasKolom().stream().noneMatch(posisi::containsKey)) {
      throw new MasukanTidakSah(K + "kolom-koperasi-kurang");
    }
    if (posisi.keySet().stream().noneMatch(k -> k.pos() != null)) {
      throw new MasukanTidakSah(K + "kolom-angka-kurang");
    }
    return new LaporanKeuanganImporBaris(posisi, List.copyOf(baris), List.copyOf(peringatan));
  }

  List<LaporanKeuanganImporGalat> peringatanKepala() {
    return peringatanKepala;
  }

  private static List<LaporanKeuanganImporKolom> identitasKolom() {
    return List.of(
        LaporanKeuanganImporKolom.ID,
        LaporanKeuanganImporKolom.NOMOR_INDUK,
        LaporanKeuanganImporKolom.NOMOR_BADAN_HUKUM);
  }

  Hasil periksa(int nomor, List<String> baris) {
    List<LaporanKeuanganImporGalat> galat = new ArrayList<>();
    Identitas identitas = identitas(nomor, baris, galat);
    Integer tahun = tahun(nomor, baris, galat);
    Map<String, BigDecimal> angka = LaporanKeuangan.kosong();
    boolean terbaca = true;
    for (LaporanKeuanganPos p : LaporanKeuanganPos.values()) {
      LaporanKeuanganImporKolom k = LaporanKeuanganImporKolom.dariPos(p);
      String teks = nilai(baris, k);
      if (teks == null) {
        continue;
      }
      Optional<BigDecimal> v = LaporanKeuanganImporAngka.baca(teks);
      if (v.isPresent()) {
        angka.put(p.kode(), v.get());
      } else {
        terbaca = false;
        galat.add(galat(nomor, k, "koperasi.kesehatan.galat.bukan-angka", p.kode()));
      }
    }
    if (terbaca) {
      for (LaporanKeuanganGalat g : LaporanKeuanganPeriksa.periksa(angka)) {
        LaporanKeuanganImporKolom k =
            LaporanKeuanganImporKolom.dariPos(LaporanKeuanganPos.dariKode(g.pos()).orElseThrow());
        List<String> arg = java.util.Arrays.stream(g.argumen()).map(String::valueOf).toList();
        galat.add(
            new LaporanKeuanganImporGalat(nomor, judul(k), g.kodePesan(), g.pos(), arg, false));
      }
    }
    return new Hasil(identitas, tahun, angka, List.copyOf(galat));
  }

  private Identitas identitas(int nomor, List<String> baris, List<LaporanKeuanganImporGalat> g) {
    String id = nilai(baris, LaporanKeuanganImporKolom.ID);
    if (id != null) {
      if (!id.matches("\\d{1,18}")) {
        g.add(galat(nomor, LaporanKeuanganImporKolom.ID, K + "id-salah", null, id));
        return null;
      }
      return new Identitas(LaporanKeuanganImporKolom.ID, id);
    }
    String nik = NomorKoperasi.rapikanNik(nilai(baris, LaporanKeuanganImporKolom.NOMOR_INDUK));
    if (nik != null) {
      return new Identitas(LaporanKeuanganImporKolom.NOMOR_INDUK, nik);
    }
    String bh = NomorKoperasi.rapikan(nilai(baris, LaporanKeuanganImporKolom.NOMOR_BADAN_HUKUM));
    if (bh != null) {
      return new Identitas(LaporanKeuanganImporKolom.NOMOR_BADAN_HUKUM, bh);
    }
    LaporanKeuanganImporKolom pertama =
        identitasKolom().stream().filter(posisi::containsKey).findFirst().orElseThrow();
    g.add(galat(nomor, pertama, K + "koperasi-kosong", null));
    return null;
  }

  private Integer tahun(int nomor, List<String> baris, List<LaporanKeuanganImporGalat> g) {
    String teks = nilai(baris, LaporanKeuanganImporKolom.TAHUN);
    if (teks == null) {
      g.add(galat(nomor, LaporanKeuanganImporKolom.TAHUN, K + "tahun-wajib", null));
      return null;
    }
    // A number cell of a workbook may read 2024.0.
    String t = teks.endsWith(".0") ? teks.substring(0, teks.length() - 2) : teks;
    if (!t.matches("\\d{4}")) {
      g.add(galat(nomor, LaporanKeuanganImporKolom.TAHUN, K + "tahun-salah", null, teks));
      return null;
    }
    int tahun = Integer.parseInt(t);
    int tahunIni = Year.now(ZoneId.of("Asia/Jakarta")).getValue();
    if (tahun < LaporanKeuanganService.TAHUN_PALING_AWAL || tahun > tahunIni) {
      g.add(
          galat(
              nomor,
              LaporanKeuanganImporKolom.TAHUN,
              K + "tahun-di-luar",
              null,
              teks,
              String.valueOf(LaporanKeuanganService.TAHUN_PALING_AWAL),
              String.valueOf(tahunIni)));
      return null;
    }
    return tahun;
  }

  LaporanKeuanganImporGalat galat(
      int nomor, LaporanKeuanganImporKolom k, String kunci, String pos, String... argumen) {
    return new LaporanKeuanganImporGalat(nomor, judul(k), kunci, pos, List.of(argumen), false);
  }

  private String nilai(List<String> baris, LaporanKeuanganImporKolom k) {
    Integer i = posisi.get(k);
    if (i == null || i >= baris.size() || baris.get(i) == null || baris.get(i).isBlank()) {
      return null;
    }
    return baris.get(i).strip();
  }

  /** The column's header as the file writes it, else the template's. */
  String judul(LaporanKeuanganImporKolom k) {
    Integer i = posisi.get(k);
    return i == null ? k.judul() : judul.get(i).replace("\uFEFF", "").strip();
  }
}
