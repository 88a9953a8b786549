package id.gerai.koperasi;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.impor.KepalaKolom;
import id.gerai.wilayah.DaftarKelurahan;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one imported row the way the register form would (required fields, lengths, dates not in
 * the future, the kelurahan in the area and in the importer's scope) and builds its registration.
 * Every problem is reported by row and column; none stops the file.
 */
final class KoperasiImporBaris {

  /** A row checked: the registration and its status when valid, and its errors and warnings. */
  record Hasil(DaftarkanKoperasi perintah, StatusKoperasi status, List<KoperasiImporGalat> galat) {
    boolean sah() {
      return galat.stream().allMatch(KoperasiImporGalat::peringatan);
    }
  }

  private static final List<DateTimeFormatter> TANGGAL =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("d/M/uuuu"),
          DateTimeFormatter.ofPattern("d-M-uuuu"),
          DateTimeFormatter.ofPattern("d.M.uuuu"));

  private final Map<KoperasiImporKolom, Integer> posisi;
  private final List<String> judul;
  private final DaftarKelurahan kelurahan;
  private final Cakupan cakupan;

  private KoperasiImporBaris(
      Map<KoperasiImporKolom, Integer> posisi,
      List<String> judul,
      DaftarKelurahan kelurahan,
      Cakupan cakupan) {
    this.posisi = posisi;
    this.judul = judul;
    this.kelurahan = kelurahan;
    this.cakupan = cakupan;
  }

  /** Reads the header; a missing required column refuses the whole file. */
  static KoperasiImporBaris kepala(List<String> baris, DaftarKelurahan kel, Cakupan cakupan) {
    Map<KoperasiImporKolom, Integer> posisi = new EnumMap<>(KoperasiImporKolom.class);
    for (int i = 0; i < baris.size(); i++) {
      int indeks = i;
      KoperasiImporKolom.dari(baris.get(i)).ifPresent(k -> posisi.putIfAbsent(k, indeks));
    }
    for (KoperasiImporKolom k : KoperasiImporKolom.values()) {
      if (k.wajib() && !posisi.containsKey(k)) {
        throw new MasukanTidakSah("koperasi.impor.kolom-kurang", k.judul());
      }
    }
    return new KoperasiImporBaris(posisi, List.copyOf(baris), kel, cakupan);
  }

  Hasil periksa(int nomor, List<String> baris) {
    List<KoperasiImporGalat> galat = new ArrayList<>();
    Pencatat c =
        (k, kunci, arg, warn) ->
            galat.add(new KoperasiImporGalat(nomor, judul(k), kunci, arg, warn));
    String nama = panjang(nilai(baris, KoperasiImporKolom.NAMA), 200, KoperasiImporKolom.NAMA, c);
    if (nama == null) {
      c.catat(KoperasiImporKolom.NAMA, "koperasi.validasi.wajib", null, false);
    }
    String bh =
        panjang(
            NomorKoperasi.rapikan(nilai(baris, KoperasiImporKolom.NOMOR_BADAN_HUKUM)),
            100,
            KoperasiImporKolom.NOMOR_BADAN_HUKUM,
            c);
    String nik =
        panjang(
            NomorKoperasi.rapikanNik(nilai(baris, KoperasiImporKolom.NOMOR_INDUK)),
            16,
            KoperasiImporKolom.NOMOR_INDUK,
            c);
    if (galat.isEmpty()) {
      for (String p : NomorKoperasi.peringatan(bh, nik)) {
        c.catat(
            p.endsWith("badan-hukum")
                ? KoperasiImporKolom.NOMOR_BADAN_HUKUM
                : KoperasiImporKolom.NOMOR_INDUK,
            p,
            null,
            true);
      }
    }
    JenisKoperasi jenis = pilihan(JenisKoperasi.values(), baris, KoperasiImporKolom.JENIS, null, c);
    KelompokKoperasi kelompok =
        pilihan(KelompokKoperasi.values(), baris, KoperasiImporKolom.KELOMPOK, null, c);
    BentukKoperasi bentuk =
        pilihan(
            BentukKoperasi.values(), baris, KoperasiImporKolom.BENTUK, BentukKoperasi.PRIMER, c);
    StatusKoperasi status =
        pilihan(StatusKoperasi.values(), baris, KoperasiImporKolom.STATUS, StatusKoperasi.AKTIF, c);
    LocalDate tglBh = tanggal(baris, KoperasiImporKolom.TANGGAL_BADAN_HUKUM, c);
    LocalDate tglBerdiri = tanggal(baris, KoperasiImporKolom.TANGGAL_BERDIRI, c);
    String alamat =
        panjang(
            NomorKoperasi.rapikan(nilai(baris, KoperasiImporKolom.ALAMAT)),
            300,
            KoperasiImporKolom.ALAMAT,
            c);
    String kode = kelurahan(baris, c);
    List<String> program = program(baris, c);
    DaftarkanKoperasi d =
        new DaftarkanKoperasi(
            nama,
            bh,
            tglBh,
            nik,
            jenis,
            kelompok,
            bentuk,
            kode,
            alamat,
            null,
            null,
            tglBerdiri,
            null,
            null,
            program);
    return new Hasil(d, status, List.copyOf(galat));
  }

  private interface Pencatat {
    void catat(KoperasiImporKolom k, String kunci, String arg, boolean peringatan);
  }

  private String kelurahan(List<String> baris, Pencatat c) {
    String teks = nilai(baris, KoperasiImporKolom.KELURAHAN);
    if (teks == null) {
      c.catat(KoperasiImporKolom.KELURAHAN, "koperasi.validasi.wajib", null, false);
      return null;
    }
    DaftarKelurahan.Hasil h = kelurahan.cari(teks, nilai(baris, KoperasiImporKolom.KECAMATAN));
    if (h.kode() == null) {
      String kunci =
          "impor.kelurahan.ganda".equals(h.kunciGalat())
              ? "koperasi.impor.kelurahan-ganda"
              : "koperasi.impor.kelurahan-tidak-ada";
      c.catat(
          KoperasiImporKolom.KELURAHAN,
          kunci,
          h.saran() == null || h.saran().isBlank() ? teks : h.saran(),
          false);
      return null;
    }
    boolean terjangkau =
        cakupan.jenis() == Cakupan.Jenis.WILAYAH && cakupan.mencakupWilayah(h.kode());
    if (!terjangkau) {
      c.catat(KoperasiImporKolom.KELURAHAN, "koperasi.impor.di-luar-cakupan", teks, false);
    }
    return h.kode();
  }

  private <E extends Enum<E>> E pilihan(
      E[] nilai, List<String> baris, KoperasiImporKolom k, E bawaan, Pencatat c) {
    String teks = nilai(baris, k);
    if (teks == null) {
      if (bawaan == null) {
        c.catat(k, "koperasi.validasi.wajib", null, false);
      }
      return bawaan;
    }
    String cari = kunciPilihan(teks);
    for (E e : nilai) {
      if (kunciPilihan(e.name()).equals(cari)) {
        return e;
      }
    }
    c.catat(
        k,
        "koperasi.impor.pilihan-tidak-dikenal",
        teks
            + " → "
            + Arrays.stream(nilai).map(Enum::name).reduce((a, b) -> a + ", " + b).orElse(""),
        false);
    return null;
  }

  /** Simpan Pinjam, SIMPAN_PINJAM, simpan-pinjam and Koperasi Simpan Pinjam all match. */
  private static String kunciPilihan(String s) {
    String r = KepalaKolom.rapikan(s.replace('_', ' ').replace('-', ' ')).replaceAll("\\s+", " ");
    return r.startsWith("koperasi ") ? r.substring(9) : r;
  }

  private LocalDate tanggal(List<String> baris, KoperasiImporKolom k, Pencatat c) {
    String teks = nilai(baris, k);
    if (teks == null) {
      return null;
    }
    for (DateTimeFormatter f : TANGGAL) {
      try {
        LocalDate t = LocalDate.parse(teks, f);
        if (t.isAfter(LocalDate.now(ZoneId.of("Asia/Jakarta")))) {
          c.catat(k, "koperasi.validasi.tanggal-lampau", teks, false);
        }
        return t;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    c.catat(k, "koperasi.impor.tanggal-salah", teks, false);
    return null;
  }

  private List<String> program(List<String> baris, Pencatat c) {
    String teks = nilai(baris, KoperasiImporKolom.PROGRAM);
    if (teks == null) {
      return List.of();
    }
    List<String> p =
        Arrays.stream(teks.split("[,;]"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .distinct()
            .toList();
    if (p.size() > 20 || p.stream().anyMatch(s -> s.length() > 100)) {
      c.catat(KoperasiImporKolom.PROGRAM, "koperasi.validasi.program", null, false);
    }
    return p;
  }

  private static String panjang(String s, int maks, KoperasiImporKolom k, Pencatat c) {
    if (s != null && s.length() > maks) {
      c.catat(k, "koperasi.impor.terlalu-panjang", String.valueOf(maks), false);
    }
    return s;
  }

  private String nilai(List<String> baris, KoperasiImporKolom k) {
    Integer i = posisi.get(k);
    if (i == null || i >= baris.size() || baris.get(i) == null || baris.get(i).isBlank()) {
      return null;
    }
    return baris.get(i).strip();
  }

  /** The column's header as the file writes it, else the template's. */
  String judul(KoperasiImporKolom k) {
    Integer i = posisi.get(k);
    return i == null ? k.judul() : judul.get(i).replace("\uFEFF", "").strip();
  }
}
