package id.gerai.umkm.impor;

import id.gerai.shared.Cakupan;
import id.gerai.umkm.AngkaTahunan;
import id.gerai.umkm.CatatAngkaTahunan;
import id.gerai.umkm.DaftarkanUmkm;
import id.gerai.umkm.HasilPeriksa;
import id.gerai.umkm.ImporGalat;
import id.gerai.umkm.Nib;
import id.gerai.umkm.Nik;
import id.gerai.umkm.PelakuUsahaDasar;
import id.gerai.umkm.Telepon;
import id.gerai.umkm.UangIndonesia;
import id.gerai.wilayah.DaftarKelurahan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks one data row with the register's own rules (NIK, phone, NIB, KBLI, kelurahan of the home
 * area, the importer's scope) and reads its money the Indonesian way, never guessing.
 */
public final class PemeriksaBaris {

  private static final int TAHUN_PALING_AWAL = 1990;

  private final Kepala kepala;
  private final DaftarKelurahan kelurahan;
  private final Function<String, HasilPeriksa> kbli;
  private final Map<String, HasilPeriksa> kbliTersimpan = new HashMap<>();
  private final Nik.Wilayah nikWilayah;
  private final Cakupan cakupan;
  private final int tahunBawaan = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() - 1;

  public PemeriksaBaris(
      Kepala kepala,
      DaftarKelurahan kelurahan,
      Function<String, HasilPeriksa> kbli,
      Nik.Wilayah nikWilayah,
      Cakupan cakupan) {
    this.kepala = kepala;
    this.kelurahan = kelurahan;
    this.kbli = kbli;
    this.nikWilayah = nikWilayah;
    this.cakupan = cakupan;
  }

  public BarisImpor periksa(int nomor, List<String> baris) {
    Catatan c = new Catatan(nomor, kepala);
    String namaUsaha = wajib(c, baris, Kolom.NAMA_USAHA, 200);
    String pemilik = wajib(c, baris, Kolom.NAMA_PEMILIK, 160);
    String alamat = panjang(c, baris, Kolom.ALAMAT, 300);
    String kel = kelurahan(c, baris);
    String nik = Nik.rapikan(nilai(baris, Kolom.NIK));
    if (nik != null) {
      c.hasil(Kolom.NIK, Nik.periksa(nik, nikWilayah));
    }
    String telepon = nilai(baris, Kolom.TELEPON);
    if (telepon != null) {
      c.hasil(Kolom.TELEPON, Telepon.periksa(telepon));
    }
    String nib = Nib.rapikan(nilai(baris, Kolom.NIB));
    if (nib != null) {
      c.hasil(Kolom.NIB, Nib.periksa(nib));
    }
    String kode = nilai(baris, Kolom.KBLI);
    if (kode != null) {
      c.hasil(Kolom.KBLI, kbli(kode));
    }
    CatatAngkaTahunan angka = angka(c, baris);
    DaftarkanUmkm perintah =
        new DaftarkanUmkm(
            nik,
            pemilik,
            null,
            null,
            telepon,
            null,
            kel,
            alamat,
            PelakuUsahaDasar.PELAYANAN_PUBLIK,
            namaUsaha,
            nib,
            kode,
            null,
            kel,
            alamat,
            null,
            null,
            List.of(),
            List.of());
    return new BarisImpor(nomor, perintah, angka, c.galat, c.peringatan);
  }

  /** KBLI codes are few: each is looked up once per file (unknown ones up to a bound). */
  private HasilPeriksa kbli(String kode) {
    HasilPeriksa h = kbliTersimpan.get(kode);
    if (h == null) {
      h = kbli.apply(kode);
      if (kbliTersimpan.size() < 10_000) {
        kbliTersimpan.put(kode, h);
      }
    }
    return h;
  }

  private String kelurahan(Catatan c, List<String> baris) {
    String teks = nilai(baris, Kolom.KELURAHAN);
    if (teks == null) {
      c.galat(Kolom.KELURAHAN, "impor.wajib", null);
      return null;
    }
    DaftarKelurahan.Hasil h = kelurahan.cari(teks, nilai(baris, Kolom.KECAMATAN));
    if (h.kode() == null) {
      c.galat(Kolom.KELURAHAN, h.kunciGalat(), h.saran());
      return null;
    }
    if (!dalamCakupan(h.kode())) {
      c.galat(Kolom.KELURAHAN, "impor.di-luar-cakupan", null);
    }
    return h.kode();
  }

  private boolean dalamCakupan(String kode) {
    return switch (cakupan.jenis()) {
      case WILAYAH -> cakupan.mencakupWilayah(kode);
      case GERAI ->
          cakupan.kodeWilayah() == null
              || Cakupan.wilayah(cakupan.kodeWilayah()).mencakupWilayah(kode);
      case MILIK_SENDIRI, TIDAK_ADA -> false;
    };
  }

  private CatatAngkaTahunan angka(Catatan c, List<String> baris) {
    BigDecimal omzet = uang(c, baris, Kolom.OMZET);
    BigDecimal aset = uang(c, baris, Kolom.ASET);
    Integer tenaga = bulat(c, baris, Kolom.TENAGA_KERJA, 0, 1_000_000);
    Integer tahun = bulat(c, baris, Kolom.TAHUN, TAHUN_PALING_AWAL, tahunBawaan + 1);
    if (omzet == null) {
      if (aset != null || tenaga != null) {
        c.galat(Kolom.OMZET, "impor.omzet-wajib", null);
      }
      return null;
    }
    return new CatatAngkaTahunan(
        tahun == null ? tahunBawaan : tahun,
        omzet,
        aset,
        null,
        tenaga,
        AngkaTahunan.Sumber.LAPORAN);
  }

  private BigDecimal uang(Catatan c, List<String> baris, Kolom k) {
    String teks = nilai(baris, k);
    if (teks == null) {
      return null;
    }
    return UangIndonesia.baca(teks)
        .orElseGet(
            () -> {
              c.galat(k, "impor.uang-tidak-terbaca", teks);
              return null;
            });
  }

  private Integer bulat(Catatan c, List<String> baris, Kolom k, int min, int maks) {
    String teks = nilai(baris, k);
    if (teks == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(teks.replace(".", ""));
      if (n >= min && n <= maks) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    c.galat(k, "impor.angka-tidak-sah", teks);
    return null;
  }

  private String wajib(Catatan c, List<String> baris, Kolom k, int maks) {
    String v = panjang(c, baris, k, maks);
    if (v == null) {
      c.galat(k, "impor.wajib", null);
    }
    return v;
  }

  private String panjang(Catatan c, List<String> baris, Kolom k, int maks) {
    String v = nilai(baris, k);
    if (v != null && v.length() > maks) {
      c.galat(k, "impor.terlalu-panjang", String.valueOf(maks));
    }
    return v;
  }

  private String nilai(List<String> baris, Kolom k) {
    return kepala.nilai(baris, k);
  }

  /** A row's errors and warnings as they are found. */
  private static final class Catatan {
    final int nomor;
    final Kepala kepala;
    final List<ImporGalat> galat = new ArrayList<>();
    final List<ImporGalat> peringatan = new ArrayList<>();

    Catatan(int nomor, Kepala kepala) {
      this.nomor = nomor;
      this.kepala = kepala;
    }

    void galat(Kolom k, String kunci, String argumen) {
      galat.add(new ImporGalat(nomor, kepala.judul(k), kunci, argumen));
    }

    void hasil(Kolom k, HasilPeriksa h) {
      h.galat().forEach(g -> galat(k, g, null));
      h.peringatan().forEach(p -> peringatan.add(new ImporGalat(nomor, kepala.judul(k), p, null)));
    }
  }
}
