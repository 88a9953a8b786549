package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The business actor's own rules: who entered it decides verification; an own edit undoes it. */
class PelakuUsahaTests {

  static DaftarkanUmkm perintah(PelakuUsahaDasar dasar, List<String> produk) {
    return new DaftarkanUmkm(
        "3374015508850001",
        " Siti Aminah ",
        Nik.JenisKelamin.P,
        null,
        "+6281234567890",
        null,
        "33.74.01.1007",
        null,
        dasar,
        " Lumpia Bu Siti ",
        null,
        "10794",
        UsahaBentuk.PERORANGAN,
        "33.74.01.1007",
        null,
        null,
        2019,
        List.of(UsahaSaluran.MEDIA_SOSIAL, UsahaSaluran.OFFLINE),
        produk);
  }

  @Test
  void enteredByAnOfficerItStartsVerified() {
    PelakuUsaha p =
        PelakuUsaha.daftarkan(
            perintah(PelakuUsahaDasar.PELAYANAN_PUBLIK, List.of()), null, "petugas");
    assertThat(p.statusVerifikasi()).isEqualTo(VerifikasiStatus.TERVERIFIKASI);
  }

  @Test
  void enteredByTheBusinessActorItIsUnverifiedAndTheirs() {
    PelakuUsaha p =
        PelakuUsaha.daftarkan(perintah(PelakuUsahaDasar.PERSETUJUAN, List.of()), 77L, null);
    assertThat(p.statusVerifikasi()).isEqualTo(VerifikasiStatus.BELUM);
    assertThat(p.milik(77L)).isTrue();
    assertThat(p.milik(78L)).isFalse();
  }

  @Test
  void verifyingAndAnOwnEditMoveTheState() {
    PelakuUsaha p =
        PelakuUsaha.daftarkan(perintah(PelakuUsahaDasar.PERSETUJUAN, List.of()), 77L, null);
    p.verifikasi("petugas");
    assertThat(p.statusVerifikasi()).isEqualTo(VerifikasiStatus.TERVERIFIKASI);
    p.tandaiBelumTerverifikasi();
    assertThat(p.statusVerifikasi()).isEqualTo(VerifikasiStatus.BELUM);
  }

  @Test
  void theTrailKeepsTheNikAndPhoneMasked() {
    PelakuUsaha p =
        PelakuUsaha.daftarkan(perintah(PelakuUsahaDasar.PERSETUJUAN, List.of()), null, null);
    PelakuUsahaRekaman r = p.rekaman();
    assertThat(r.nikSamaran()).isEqualTo("3374********0001");
    assertThat(r.teleponSamaran()).isEqualTo("+62812****7890");
    assertThat(r.nama()).isEqualTo("Siti Aminah");
  }
}
