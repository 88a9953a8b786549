package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "uji-impor", roles = "ADMIN_DINAS")
class ImporCsvTests {

  static final Cakupan KOTA = Cakupan.wilayah("33.74");

  @Autowired ImporService impor;
  @Autowired JdbcClient jdbc;

  @Test
  void pratinjauMelaporkanTiapBarisBurukDanTidakMenulisApaPun() throws IOException {
    ImporUji f = new ImporUji();
    ImporLaporan l = impor.periksa(new ImporBerkas(f.csvBerkas(), false), KOTA);

    assertThat(l.dibaca()).isEqualTo(7);
    assertThat(l.sah()).isEqualTo(3);
    assertThat(l.ditolak()).isEqualTo(4);
    assertThat(ImporUji.kunci(l))
        .containsExactly(
            "4|NIK|umkm.nik.panjang",
            "5|KELURAHAN|impor.kelurahan.tidak-ada",
            "6|KELURAHAN|impor.kelurahan.ganda",
            "8|Omset per Tahun|impor.uang-tidak-terbaca");
    assertThat(l.galat().get(1).argumen()).contains("Sekayu (Semarang Tengah)");
    assertThat(l.galat().get(2).argumen())
        .isEqualTo("Mangunharjo (Tembalang) / Mangunharjo (Tugu)");
    assertThat(l.kolomTakDikenal()).containsExactly("Catatan Petugas");
    assertThat(l.disimpan()).isFalse();
    assertThat(f.jumlahUsaha(jdbc)).isZero();
    assertThat(f.jumlahPelaku(jdbc)).isZero();
  }

  @Test
  void simpanMenulisTepatBarisYangSahDanImporUlangTidakMengubahApaPun() throws IOException {
    ImporUji f = new ImporUji();
    Path berkas = f.csvBerkas();
    ImporLaporan l = impor.simpan(new ImporBerkas(berkas, false), KOTA);

    assertThat(l.ditambahkan()).isEqualTo(3);
    assertThat(l.dilewati()).isZero();
    assertThat(f.jumlahUsaha(jdbc)).isEqualTo(3);
    assertThat(kelurahan("Mangunharjo Tugu " + f.u)).isEqualTo("33.74.16.1007");
    assertThat(kelurahan("Toko Purwodinatan " + f.u)).isEqualTo("33.74.01.1011");
    assertThat(
            jdbc.sql("SELECT alamat FROM usaha WHERE nama = :n")
                .param("n", "Warung Sekayu " + f.u)
                .query(String.class)
                .single())
        .isEqualTo("Jl. Pemuda No. 5 \u2013 Sekayu");
    assertThat(
            jdbc.sql(
                    "SELECT a.omzet_tahunan FROM angka_tahunan a JOIN usaha u ON u.id = a.usaha_id"
                        + " WHERE u.nama = :n AND a.tahun = 2024")
                .param("n", "Warung Sekayu " + f.u)
                .query(java.math.BigDecimal.class)
                .single())
        .isEqualByComparingTo("1500000");

    long jejak = jdbc.sql("SELECT COUNT(*) FROM jejak_audit").query(Long.class).single();
    ImporLaporan lagi = impor.simpan(new ImporBerkas(berkas, false), KOTA);
    assertThat(lagi.ditambahkan()).isZero();
    assertThat(lagi.dilewati()).isEqualTo(3);
    assertThat(f.jumlahUsaha(jdbc)).isEqualTo(3);
    assertThat(f.jumlahPelaku(jdbc)).isEqualTo(3);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM jejak_audit").query(Long.class).single())
        .isEqualTo(jejak);
  }

  @Test
  void pengurusGeraiTidakBolehMengimporDiLuarWilayahGerainya() throws IOException {
    ImporUji f = new ImporUji();
    ImporLaporan l =
        impor.periksa(new ImporBerkas(f.csvBerkas(), false), Cakupan.gerai(1, "33.74.01"));
    assertThat(ImporUji.kunci(l)).contains("7|KELURAHAN|impor.di-luar-cakupan");
    assertThat(l.sah()).isEqualTo(2);
  }

  @Test
  void kolomWajibYangHilangMenolakBerkas() throws IOException {
    Path p = Files.createTempFile("impor", ".csv");
    Files.writeString(p, "\uFEFFNama Usaha,Nama Pemilik\nA,B\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> impor.periksa(new ImporBerkas(p, false), KOTA))
        .isInstanceOf(MasukanTidakSah.class)
        .hasMessage("impor.berkas.kolom-wajib");
  }

  @Test
  void csvUtf8DenganBomDanKomaJugaTerbaca() throws IOException {
    Path p = Files.createTempFile("impor", ".csv");
    Files.writeString(
        p,
        "\uFEFFnama usaha,Nama Pemilik,Kelurahan,Omzet\nKopi,Sri,pekunden,\"1.500.000,50\"\n",
        StandardCharsets.UTF_8);
    ImporLaporan l = impor.periksa(new ImporBerkas(p, false), KOTA);
    assertThat(l.sah()).isEqualTo(1);
    assertThat(l.galat()).isEmpty();
  }

  @Test
  void xlsxDiimporSamaDenganCsv() throws IOException {
    ImporUji f = new ImporUji();
    ImporLaporan csv = impor.periksa(new ImporBerkas(f.csvBerkas(), false), KOTA);
    ImporLaporan xlsx = impor.periksa(new ImporBerkas(f.xlsxBerkas(), true), KOTA);
    assertThat(ImporUji.kunci(xlsx)).isEqualTo(ImporUji.kunci(csv));
    assertThat(xlsx.sah()).isEqualTo(3);

    ImporLaporan l = impor.simpan(new ImporBerkas(f.xlsxBerkas(), true), KOTA);
    assertThat(l.ditambahkan()).isEqualTo(3);
    assertThat(kelurahan("Mangunharjo Tugu " + f.u)).isEqualTo("33.74.16.1007");
  }

  @Test
  void xlsxTanpaKolomWajibDitolakDenganPesannya() throws IOException {
    Path p = Files.createTempFile("impor", ".xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        OutputStream out = Files.newOutputStream(p)) {
      var row = wb.createSheet("A").createRow(0);
      row.createCell(0).setCellValue("Nama Usaha");
      row.createCell(1).setCellValue("Kelurahan");
      wb.write(out);
    }
    assertThatThrownBy(() -> impor.periksa(new ImporBerkas(p, true), KOTA))
        .isInstanceOf(MasukanTidakSah.class)
        .hasMessage("impor.berkas.kolom-wajib");
  }

  @Test
  void peringatanNikTidakMenolakBarisTetapiNibKbliDanTeleponYangSalahMenolak() throws IOException {
    Path p = Files.createTempFile("impor", ".csv");
    Files.writeString(
        p,
        "Nama Usaha,Nama Pemilik,NIK,Kelurahan,NIB,KBLI,Telepon\n"
            + "A,B,3399015505900001,Sekayu,,,\n"
            + "C,D,,Sekayu,123,,\n"
            + "E,F,,Sekayu,,99999,\n"
            + "G,H,,Sekayu,,,12\n",
        StandardCharsets.UTF_8);
    ImporLaporan l = impor.periksa(new ImporBerkas(p, false), KOTA);
    assertThat(l.sah()).isEqualTo(1);
    assertThat(l.peringatan())
        .extracting(ImporGalat::baris, ImporGalat::kolom)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "NIK"));
    assertThat(l.galat())
        .extracting(ImporGalat::baris, ImporGalat::kolom)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "NIB"),
            org.assertj.core.groups.Tuple.tuple(4, "KBLI"),
            org.assertj.core.groups.Tuple.tuple(5, "Telepon"));
  }

  @Test
  void bomZipDitolak() throws IOException {
    Path p = Files.createTempFile("bom", ".xlsx");
    try (OutputStream out = Files.newOutputStream(p);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] nol = new byte[1 << 20];
      for (int i = 0; i < 210; i++) {
        zip.write(nol);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(p)).isLessThan(1_000_000);
    assertThatThrownBy(() -> impor.periksa(new ImporBerkas(p, true), KOTA))
        .isInstanceOf(MasukanTidakSah.class)
        .hasMessage("impor.berkas.terlalu-besar");
  }

  @Test
  void bukanXlsxDenganNamaXlsxDitolak() throws IOException {
    ImporUji f = new ImporUji();
    Path p = Files.createTempFile("palsu", ".xlsx");
    Files.write(p, f.csv());
    assertThatThrownBy(() -> impor.periksa(ImporBerkas.dari(p, "data.XLSX"), KOTA))
        .isInstanceOf(MasukanTidakSah.class)
        .hasMessage("impor.berkas.rusak");
  }

  private String kelurahan(String namaUsaha) {
    return jdbc.sql("SELECT kode_wilayah FROM usaha WHERE nama = :n")
        .param("n", namaUsaha)
        .query(String.class)
        .single();
  }
}
