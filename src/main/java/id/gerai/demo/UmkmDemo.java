package id.gerai.demo;

import id.gerai.akun.PenggunaGerai;
import id.gerai.akun.Peran;
import id.gerai.gerai.GeraiJenis;
import id.gerai.gerai.GeraiRingkas;
import id.gerai.gerai.GeraiService;
import id.gerai.gerai.SaringGerai;
import id.gerai.shared.Cakupan;
import id.gerai.umkm.AngkaTahunan;
import id.gerai.umkm.AngkaTahunanPencatat;
import id.gerai.umkm.AngkaTahunanService;
import id.gerai.umkm.CatatAngkaTahunan;
import id.gerai.umkm.DaftarkanUmkm;
import id.gerai.umkm.Nik;
import id.gerai.umkm.PelakuUsahaDasar;
import id.gerai.umkm.UmkmService;
import id.gerai.umkm.UsahaBentuk;
import id.gerai.umkm.UsahaSaluran;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import id.gerai.wilayah.WilayahTingkat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import net.datafaker.Faker;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo businesses so the register looks alive on a first run: Indonesian names (Datafaker, id
 * locale), real kelurahan of the city, two years of figures spread across the size classes (some
 * moving up), a few of them the demo business actor's own and unverified. Always the same set: the
 * random source has a fixed seed.
 */
@Component
class UmkmDemo {

  static final int JUMLAH = 70;

  /** Kinds of local business with a KBLI 2020 kelompok that fits them. */
  private static final List<String[]> JENIS =
      List.of(
          new String[] {"Keripik Tempe", "10794"},
          new String[] {"Batik Tulis", "13134"},
          new String[] {"Lumpia", "10750"},
          new String[] {"Bandeng Presto", "10750"},
          new String[] {"Roti dan Kue", "10710"},
          new String[] {"Konveksi", "14111"},
          new String[] {"Anyaman Bambu", "16291"},
          new String[] {"Warung Makan", "56101"},
          new String[] {"Sari Buah", "10330"},
          new String[] {"Kecap", "10771"});

  private final UmkmService umkm;
  private final AngkaTahunanService angka;
  private final WilayahService wilayah;
  private final GeraiService gerai;

  UmkmDemo(
      UmkmService umkm, AngkaTahunanService angka, WilayahService wilayah, GeraiService gerai) {
    this.umkm = umkm;
    this.angka = angka;
    this.wilayah = wilayah;
    this.gerai = gerai;
  }

  /** Registers the demo businesses; {@code akunPelaku} is the demo business actor's account. */
  int isi(long akunPelaku) {
    Random acak = new Random(2026);
    Faker faker = new Faker(Locale.forLanguageTag("id"), acak);
    List<Wilayah> kelurahan = wilayah.turunan(wilayah.kodeRumah(), WilayahTingkat.KELURAHAN);
    Cakupan kota = Cakupan.wilayah(wilayah.kodeRumah());
    for (int i = 0; i < JUMLAH; i++) {
      Wilayah kel = kelurahan.get(acak.nextInt(kelurahan.size()));
      int n = i;
      long id = sebagai(Peran.STAF_DINAS, kota, () -> daftarkan(faker, acak, kel, n, kota));
      catatDuaTahun(id, acak, kota);
    }
    Cakupan milik = Cakupan.milikSendiri(akunPelaku);
    Wilayah sekayu = wilayah.ambil("33.74.01.1007");
    for (int i = 0; i < 2; i++) {
      int n = JUMLAH + i;
      sebagai(Peran.PELAKU_USAHA, milik, () -> daftarkan(faker, acak, sekayu, n, milik));
    }
    return JUMLAH + 2;
  }

  private long daftarkan(Faker faker, Random acak, Wilayah kel, int nomor, Cakupan cakupan) {
    String[] jenis = JENIS.get(acak.nextInt(JENIS.size()));
    boolean perempuan = acak.nextBoolean();
    String nama = perempuan ? faker.name().femaleFirstName() : faker.name().maleFirstName();
    nama = nama + " " + faker.name().lastName();
    LocalDate lahir =
        LocalDate.of(1960 + acak.nextInt(40), 1 + acak.nextInt(12), 1 + acak.nextInt(28));
    DaftarkanUmkm d =
        new DaftarkanUmkm(
            nik(kel.kode(), lahir, perempuan, nomor),
            nama,
            perempuan ? Nik.JenisKelamin.P : Nik.JenisKelamin.L,
            lahir,
            "08" + (1_100_000_000L + acak.nextInt(800_000_000)),
            null,
            kel.kode(),
            faker.address().streetAddress(),
            PelakuUsahaDasar.PELAYANAN_PUBLIK,
            jenis[0] + " " + nama.split(" ")[0],
            acak.nextInt(3) == 0 ? null : String.format("%013d", 1_200_000_000_000L + nomor),
            jenis[1],
            UsahaBentuk.PERORANGAN,
            kel.kode(),
            faker.address().streetAddress(),
            geraiKelurahan(kel.kode()).orElse(null),
            1995 + acak.nextInt(29),
            acak.nextBoolean() ? List.of(UsahaSaluran.OFFLINE) : List.of(UsahaSaluran.values()),
            List.of(jenis[0]));
    return umkm.daftarkan(d, cakupan).usahaId();
  }

  /** 2024 and 2025: mostly micro, some small, a few medium; a third grow a lot. */
  private void catatDuaTahun(long usahaId, Random acak, Cakupan kota) {
    double r = acak.nextDouble();
    long omzet =
        r < 0.75
            ? 24_000_000L + acak.nextInt(1_700_000_000)
            : r < 0.95 ? 2_500_000_000L : 20_000_000_000L;
    long pertumbuhan = acak.nextInt(3) == 0 ? 2 : 1;
    AngkaTahunanPencatat pencatat = new AngkaTahunanPencatat("demo", true);
    for (int tahun = 2024; tahun <= 2025; tahun++) {
      long o = tahun == 2025 ? omzet * pertumbuhan : omzet;
      CatatAngkaTahunan cmd =
          new CatatAngkaTahunan(
              tahun,
              BigDecimal.valueOf(o),
              BigDecimal.valueOf(o / 4),
              null,
              1 + acak.nextInt(8),
              AngkaTahunan.Sumber.TERVERIFIKASI);
      sebagai(Peran.STAF_DINAS, kota, () -> angka.catat(usahaId, cmd, kota, pencatat));
    }
  }

  /** The gerai kelurahan of an area, as the gerai seeding left it. */
  Optional<Long> geraiKelurahan(String kode) {
    SaringGerai saring = new SaringGerai(kode, GeraiJenis.KELURAHAN, null, null, 0, 1);
    return gerai.cari(saring, Cakupan.wilayah(kode)).isi().stream()
        .findFirst()
        .map(GeraiRingkas::id);
  }

  /** A NIK whose kecamatan, birth date (+40 for women) and serial are real in shape. */
  private static String nik(String kelurahan, LocalDate lahir, boolean perempuan, int nomor) {
    String kecamatan = kelurahan.substring(0, 8).replace(".", "");
    int hari = lahir.getDayOfMonth() + (perempuan ? 40 : 0);
    return String.format(
        "%s%02d%02d%02d%04d",
        kecamatan, hari, lahir.getMonthValue(), lahir.getYear() % 100, 1 + nomor);
  }

  /** Runs a service call as a demo user of the given role: the services check roles. */
  private static <T> T sebagai(Peran peran, Cakupan cakupan, Supplier<T> kerja) {
    PenggunaGerai demo = new PenggunaGerai(0, "demo", "Data demo", peran, cakupan, "", true);
    var konteks = SecurityContextHolder.createEmptyContext();
    konteks.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(demo, null, demo.getAuthorities()));
    SecurityContextHolder.setContext(konteks);
    try {
      return kerja.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
