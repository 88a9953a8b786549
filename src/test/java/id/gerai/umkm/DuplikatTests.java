package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Detecting likely duplicates by NIB, NIK and phone, and merging two businesses. */
@SpringBootTest
@AutoConfigureMockMvc
class DuplikatTests {

  static final Cakupan KOTA = Cakupan.wilayah("33.74");

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DuplikatService duplikat;

  UmkmFixture data;
  String nama;

  @BeforeEach
  void siapkan() {
    data = new UmkmFixture(jdbc);
    nama = UmkmFixture.unik("Lumpia");
  }

  static String nibUnik() {
    return String.valueOf(
        ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
  }

  static String teleponUnik() {
    return "+62812" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
  }

  long usaha(long pelaku, String namaUsaha, String kode) {
    return data.usaha(pelaku, namaUsaha, kode, null, null, "BELUM");
  }

  void nib(long usaha, String nib) {
    jdbc.sql("UPDATE usaha SET nib = :n WHERE id = :id")
        .param("n", nib)
        .param("id", usaha)
        .update();
  }

  @Test
  void findsTheSameNibWhateverTheName() {
    String nib = nibUnik();
    long a =
        usaha(data.pelaku("Ani", null, null, UmkmFixture.SEKAYU, null), nama, UmkmFixture.SEKAYU);
    long b =
        usaha(
            data.pelaku("Budi", null, null, UmkmFixture.SEKAYU, null),
            "Bengkel",
            UmkmFixture.SEKAYU);
    nib(a, nib);
    nib(b, nib);
    assertThat(duplikat.calon(a, KOTA))
        .singleElement()
        .satisfies(c -> assertThat(c.id()).isEqualTo(b))
        .satisfies(c -> assertThat(c.alasan()).isEqualTo(DuplikatAlasan.NIB));
  }

  @Test
  void findsTheSameOwnerNikWithASimilarNameOnly() {
    long p = data.pelaku("Cici", UmkmFixture.nikUnik(), null, UmkmFixture.SEKAYU, null);
    long a = usaha(p, "Toko " + nama, UmkmFixture.SEKAYU);
    long b = usaha(p, nama.toUpperCase() + " Semarang", UmkmFixture.SEKAYU);
    long lain = usaha(p, UmkmFixture.unik("Bengkel"), UmkmFixture.SEKAYU);
    assertThat(duplikat.calon(a, KOTA))
        .extracting(DuplikatCalon::id, DuplikatCalon::alasan)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(b, DuplikatAlasan.NIK));
    assertThat(duplikat.calon(lain, KOTA)).isEmpty();
  }

  @Test
  void findsTheSamePhoneWithASimilarNameButNotADifferentName() {
    String tel = teleponUnik();
    long a =
        usaha(
            data.pelaku("Dodi", null, tel, UmkmFixture.SEKAYU, null),
            "UD " + nama,
            UmkmFixture.SEKAYU);
    long b =
        usaha(
            data.pelaku("Dedi", null, tel, UmkmFixture.PURWODINATAN, null),
            nama + ".",
            UmkmFixture.PURWODINATAN);
    long c =
        usaha(
            data.pelaku("Didi", null, tel, UmkmFixture.SEKAYU, null),
            UmkmFixture.unik("Jamu"),
            UmkmFixture.SEKAYU);
    assertThat(duplikat.calon(a, KOTA))
        .extracting(DuplikatCalon::id, DuplikatCalon::alasan)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(b, DuplikatAlasan.TELEPON));
    assertThat(duplikat.calon(c, KOTA)).isEmpty();
    assertThat(duplikat.calon(a, Cakupan.wilayah("33.74.01.1007"))).isEmpty();
  }

  @Test
  void checksABusinessAboutToBeRegistered() {
    String tel = teleponUnik();
    long a =
        usaha(data.pelaku("Eka", null, tel, UmkmFixture.SEKAYU, null), nama, UmkmFixture.SEKAYU);
    DaftarkanUmkm baru =
        new DaftarkanUmkm(
            null,
            "Eka",
            null,
            null,
            "0" + tel.substring(3),
            null,
            UmkmFixture.SEKAYU,
            null,
            PelakuUsahaDasar.PERSETUJUAN,
            "Warung " + nama,
            null,
            null,
            null,
            UmkmFixture.SEKAYU,
            null,
            null,
            null,
            null,
            null);
    assertThat(duplikat.periksa(baru, KOTA)).extracting(DuplikatCalon::id).containsExactly(a);
  }

  @Test
  void theStaffListShowsPairsInScope() {
    String nib = nibUnik();
    long a =
        usaha(data.pelaku("Fani", null, null, UmkmFixture.SEKAYU, null), nama, UmkmFixture.SEKAYU);
    long b =
        usaha(
            data.pelaku("Fina", null, null, UmkmFixture.SEKAYU, null),
            nama + " 2",
            UmkmFixture.SEKAYU);
    nib(a, nib);
    nib(b, nib);
    assertThat(mvc.get().uri("/api/v1/umkm/duplikat?ukuran=200").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("\"idA\":" + a + ",");
    assertThat(
            mvc.get()
                .uri("/api/v1/umkm/duplikat?ukuran=200")
                .with(sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.02"))))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("\"idA\":" + a + ",");
    assertThat(mvc.get().uri("/umkm/duplikat?lang=en").with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Likely duplicates");
    assertThat(
            mvc.get()
                .uri("/umkm/duplikat")
                .with(sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(1L, UmkmFixture.SEKAYU))))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void theBusinessPageSpeaksEnglishAndOffersTheMerge() {
    String nib = nibUnik();
    long a =
        usaha(data.pelaku("Gita", null, null, UmkmFixture.SEKAYU, null), nama, UmkmFixture.SEKAYU);
    long b =
        usaha(
            data.pelaku("Gina", null, null, UmkmFixture.SEKAYU, null),
            nama + " B",
            UmkmFixture.SEKAYU);
    nib(a, nib);
    nib(b, nib);
    assertThat(mvc.get().uri("/umkm/{id}/duplikat?lang=en", a).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("Likely duplicates of this business", "Same NIB", nama + " B", "Merge");
  }

  @Test
  void theApiListsCandidatesOnlyInScope() {
    String nib = nibUnik();
    long a =
        usaha(
            data.pelaku("Hana", null, null, UmkmFixture.TANJUNG_MAS, null),
            nama,
            UmkmFixture.TANJUNG_MAS);
    assertThat(
            mvc.get()
                .uri("/api/v1/umkm/{id}/duplikat", a)
                .with(sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.01"))))
        .hasStatus(HttpStatus.NOT_FOUND);
    nib(a, nib);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/duplikat", a).with(stafKota()))
        .hasStatusOk()
        .bodyJson()
        .isLenientlyEqualTo("[]");
  }
}
