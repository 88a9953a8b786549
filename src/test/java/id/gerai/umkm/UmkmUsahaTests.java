package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The business aggregate: products, channels, KBLI version and verification. */
class UmkmUsahaTests {

  @Test
  void aNewBusinessIsActiveWithItsProductsChannelsAndKbliVersion() {
    Usaha u =
        Usaha.daftarkan(
            1L,
            PelakuUsahaTests.perintah(
                PelakuUsahaDasar.PERSETUJUAN, List.of("Wingko", "lumpia", "Wingko")),
            null);
    UsahaRekaman r = u.rekaman();
    assertThat(u.status()).isEqualTo(UsahaStatus.AKTIF);
    assertThat(u.statusVerifikasi()).isEqualTo(VerifikasiStatus.BELUM);
    assertThat(r.nama()).isEqualTo("Lumpia Bu Siti");
    assertThat(r.produk()).containsExactly("lumpia", "Wingko");
    assertThat(r.saluranPenjualan()).isEqualTo("OFFLINE,MEDIA_SOSIAL");
    assertThat(UsahaSaluran.urai(r.saluranPenjualan()))
        .containsExactly(UsahaSaluran.OFFLINE, UsahaSaluran.MEDIA_SOSIAL);
  }

  @Test
  void anOfficersEntryIsVerifiedAndAnOwnEditMakesItUnverified() {
    Usaha u =
        Usaha.daftarkan(
            1L, PelakuUsahaTests.perintah(PelakuUsahaDasar.PERSETUJUAN, List.of()), "petugas");
    assertThat(u.statusVerifikasi()).isEqualTo(VerifikasiStatus.TERVERIFIKASI);
    u.ubah(PelakuUsahaTests.perintah(PelakuUsahaDasar.PERSETUJUAN, List.of("Bakpia")));
    u.tandaiBelumTerverifikasi();
    assertThat(u.statusVerifikasi()).isEqualTo(VerifikasiStatus.BELUM);
    assertThat(u.produk()).containsExactly("Bakpia");
  }

  @Test
  void noChannelsIsNoValue() {
    assertThat(UsahaSaluran.gabung(List.of())).isNull();
    assertThat(UsahaSaluran.urai(null)).isEmpty();
  }
}
