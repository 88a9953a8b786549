package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ladder from a table of conditions: permits held (space-separated), sales channels,
 * bookkeeping, formal credit and workers (blank = unknown), and the current rung, the next rung and
 * the step each must give.
 */
class TanggaNaikKelasTests {

  @ParameterizedTest(name = "{0} | {1} | books {2} | credit {3} | workers {4} -> {5}, next {6}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // permits       | channels                  | books | credit | workers | current       |
        // next
        "-               | -                         | false | false  | -       | -             | LEGAL",
        "-               | MARKETPLACE               | true  | true   | 5       | -             | LEGAL",
        "PIRT HALAL      | MEDIA_SOSIAL              | true  | true   | 3       | -             | LEGAL",
        "NIB             | -                         | false | false  | -       | LEGAL         | BERSERTIFIKAT",
        "NIB SNI MEREK   | SITUS_SENDIRI             | true  | true   | 4       | LEGAL         | BERSERTIFIKAT",
        "NIB PIRT        | OFFLINE                   | true  | true   | 4       | BERSERTIFIKAT | DIGITAL",
        "NIB HALAL       | OFFLINE,MARKETPLACE       | false | true   | 4       | DIGITAL       | PEMBUKUAN",
        "NIB BPOM_MD     | media_sosial              | true  | false  | 4       | PEMBUKUAN     | PEMBIAYAAN",
        "NIB PIRT        | SITUS_SENDIRI             | true  | true   | 1       | PEMBIAYAAN    | MEMPEKERJAKAN",
        "NIB PIRT        | SITUS_SENDIRI             | true  | true   | -       | PEMBIAYAAN    | MEMPEKERJAKAN",
        "NIB PIRT        | MARKETPLACE               | true  | true   | 2       | MEMPEKERJAKAN | -",
        "NIB HALAL PIRT  | OFFLINE, MEDIA_SOSIAL     | true  | true   | 12      | MEMPEKERJAKAN | -",
      })
  void theLadderFromATableOfConditions(
      String izin,
      String saluran,
      boolean pembukuan,
      boolean pembiayaan,
      Integer tenagaKerja,
      TanggaJenjang sekarang,
      TanggaJenjang berikutnya) {
    KondisiUsaha k =
        new KondisiUsaha(
            jenis(izin), KondisiUsaha.saluran(saluran), pembukuan, pembiayaan, tenagaKerja);
    TanggaHasil h = TanggaNaikKelas.nilai(k);
    assertThat(h.sekarang()).isEqualTo(sekarang);
    assertThat(h.berikutnya()).isEqualTo(berikutnya);
    assertThat(h.jenjang())
        .extracting(TanggaHasil.Capaian::jenjang)
        .containsExactly(TanggaJenjang.values());
  }

  @Test
  void theNextStepIsThePlainWordsOfTheFirstRungNotReached() {
    TanggaHasil kosong =
        TanggaNaikKelas.nilai(new KondisiUsaha(Set.of(), Set.of(), false, false, null));
    assertThat(kosong.langkahBerikutnya()).isEqualTo("umkm.tangga.langkah.LEGAL");

    TanggaHasil punyaNib =
        TanggaNaikKelas.nilai(
            new KondisiUsaha(KondisiUsaha.jenis(LegalitasJenis.NIB), Set.of(), true, true, 3));
    assertThat(punyaNib.langkahBerikutnya()).isEqualTo("umkm.tangga.langkah.BERSERTIFIKAT");
  }

  @Test
  void higherRungsReachedDoNotSkipAMissingLowerOne() {
    TanggaHasil h =
        TanggaNaikKelas.nilai(
            new KondisiUsaha(
                KondisiUsaha.jenis(LegalitasJenis.NIB), Set.of("MARKETPLACE"), true, true, 5));
    assertThat(h.sekarang()).isEqualTo(TanggaJenjang.LEGAL);
    assertThat(h.status(TanggaJenjang.DIGITAL)).isEqualTo(TanggaStatus.TERCAPAI);
    assertThat(h.status(TanggaJenjang.BERSERTIFIKAT)).isEqualTo(TanggaStatus.BELUM);
  }

  @Test
  void unknownWorkersMakeTheLastRungUnknownAndAskForTheNumber() {
    KondisiUsaha semua =
        new KondisiUsaha(
            KondisiUsaha.jenis(LegalitasJenis.NIB, LegalitasJenis.PIRT),
            Set.of("MARKETPLACE"),
            true,
            true,
            null);
    TanggaHasil h = TanggaNaikKelas.nilai(semua);
    assertThat(h.status(TanggaJenjang.MEMPEKERJAKAN)).isEqualTo(TanggaStatus.TIDAK_DIKETAHUI);
    assertThat(h.langkahBerikutnya()).isEqualTo(TanggaNaikKelas.LANGKAH_TENAGA_KERJA);
  }

  @Test
  void theTopOfTheLadderSaysSo() {
    KondisiUsaha semua =
        new KondisiUsaha(
            KondisiUsaha.jenis(LegalitasJenis.NIB, LegalitasJenis.BPOM_MD),
            Set.of("SITUS_SENDIRI"),
            true,
            true,
            2);
    assertThat(TanggaNaikKelas.nilai(semua).langkahBerikutnya())
        .isEqualTo(TanggaNaikKelas.LANGKAH_SELESAI);
  }

  @Test
  void salesChannelsAreReadFromTheRegisterCommaList() {
    assertThat(KondisiUsaha.saluran(" offline, MARKETPLACE ,,"))
        .containsExactlyInAnyOrder("OFFLINE", "MARKETPLACE");
    assertThat(KondisiUsaha.saluran(null)).isEmpty();
  }

  private static Set<LegalitasJenis> jenis(String izin) {
    if (izin == null) {
      return Set.of();
    }
    return Arrays.stream(izin.trim().split("\\s+"))
        .map(LegalitasJenis::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(LegalitasJenis.class)));
  }
}
