package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The register's text search is written in several shapes, picked by how many names match
 * (PencarianUmkm.BentukTeks); every shape must select the same businesses: by their own name, their
 * owner's name or a product's name, never a merged one or one outside the scope, in either order.
 */
@SpringBootTest
class UmkmBentukTeksTests {

  static final String SEKAYU = "33.74.01.1005";
  static final String SRONDOL_WETAN = "33.74.11.1007";

  @Autowired PencarianUmkm pencarian;
  @Autowired JdbcClient jdbc;

  String token;
  long diNama;
  long diPemilik;
  long diProduk;
  long diLuar;

  @BeforeEach
  void siapkan() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    StringBuilder b = new StringBuilder("qz");
    for (int i = 0; i < 6; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    token = b.toString();
    diNama = usaha("Warung " + token.toUpperCase() + " Jaya", "Sri Wahyuni", SEKAYU);
    diPemilik = usaha("Toko Makmur", "Budi " + token, SEKAYU);
    diProduk = usaha("Kedai Sentosa", "Siti Aminah", SEKAYU);
    jdbc.sql("INSERT INTO produk (usaha_id, nama) VALUES (:u, :n)")
        .param("u", diProduk)
        .param("n", "Keripik " + token)
        .update();
    usaha("Toko Lain", "Agus", SEKAYU);
    long digabung = usaha("Warung " + token, "Rina", SEKAYU);
    jdbc.sql("UPDATE usaha SET digabung_ke = :k WHERE id = :id")
        .param("k", diNama)
        .param("id", digabung)
        .update();
    diLuar = usaha("Warung " + token + " Srondol", "Dewi", SRONDOL_WETAN);
  }

  @Test
  void everyShapeSelectsTheSameBusinesses() {
    for (PencarianUmkm.BentukTeks bentuk : PencarianUmkm.BentukTeks.values()) {
      for (String urut : List.of("nama", "terbaru")) {
        Halaman<UmkmRingkas> kecamatan =
            pencarian.cari(saringan(token, urut), Cakupan.wilayah("33.74.01"), bentuk);
        assertThat(id(kecamatan))
            .as(bentuk + " " + urut)
            .isEqualTo(Set.of(diNama, diPemilik, diProduk));
        assertThat(kecamatan.total()).as(bentuk + " " + urut).isEqualTo(3);
        Halaman<UmkmRingkas> kota =
            pencarian.cari(saringan(token.toUpperCase(), urut), Cakupan.wilayah("33.74"), bentuk);
        assertThat(id(kota))
            .as(bentuk + " " + urut)
            .isEqualTo(Set.of(diNama, diPemilik, diProduk, diLuar));
      }
    }
  }

  @Test
  void theShapePickedForTheTextSelectsAsTheyAll() {
    assertThat(id(pencarian.cari(saringan(token, "nama"), Cakupan.wilayah("33.74.01"))))
        .isEqualTo(Set.of(diNama, diPemilik, diProduk));
  }

  static UmkmSaringan saringan(String q, String urut) {
    return new UmkmSaringan(
        q, null, null, null, null, null, null, null, null, null, null, null, urut, 0, 20);
  }

  static Set<Long> id(Halaman<UmkmRingkas> h) {
    return h.isi().stream().map(UmkmRingkas::id).collect(Collectors.toSet());
  }

  long usaha(String nama, String pemilik, String kelurahan) {
    Timestamp kini = Timestamp.from(Instant.now());
    GeneratedKeyHolder k = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO pelaku_usaha (nama, kode_wilayah, dasar_pemrosesan, status_verifikasi,"
                + " dibuat_pada, versi) VALUES (:nama, :kode, 'PELAYANAN_PUBLIK', 'TERVERIFIKASI',"
                + " :kini, 0)")
        .param("nama", pemilik)
        .param("kode", kelurahan)
        .param("kini", kini)
        .update(k, "id");
    long pelaku = k.getKey().longValue();
    GeneratedKeyHolder ku = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO usaha (pelaku_usaha_id, nama, kode_wilayah, status, status_verifikasi,"
                + " dibuat_pada, diubah_pada, versi) VALUES (:p, :nama, :kode, 'AKTIF',"
                + " 'TERVERIFIKASI', :kini, :kini, 0)")
        .param("p", pelaku)
        .param("nama", nama)
        .param("kode", kelurahan)
        .param("kini", kini)
        .update(ku, "id");
    return ku.getKey().longValue();
  }
}
