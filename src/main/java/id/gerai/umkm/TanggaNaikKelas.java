package id.gerai.umkm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The naik kelas ladder beyond size: legal (has an NIB), certified (P-IRT, halal or BPOM MD),
 * digital (sells through a marketplace, social media or its own website), keeps books, has formal
 * credit (such as KUR), and employs people beyond the owner. The current rung is the highest one
 * reached with every rung below it reached; the next step is the first rung not reached. Workers
 * unknown make the last rung unknown, and its step asks for the number. Pure Java: no Spring.
 */
public final class TanggaNaikKelas {

  /** The sales channels that count as selling online. */
  public static final Set<String> SALURAN_DARING =
      Set.of("MARKETPLACE", "MEDIA_SOSIAL", "SITUS_SENDIRI");

  /** The step shown when every rung is reached. */
  public static final String LANGKAH_SELESAI = "umkm.tangga.langkah.selesai";

  /** The step shown when only the number of workers is missing to judge the last rung. */
  public static final String LANGKAH_TENAGA_KERJA = "umkm.tangga.langkah.MEMPEKERJAKAN.isi";

  private TanggaNaikKelas() {}

  /** The ladder with the size-class rung too. */
  public static TanggaHasil nilai(KondisiUsaha k, TanggaKelas kelas) {
    TanggaHasil h = nilai(k);
    return new TanggaHasil(h.jenjang(), h.sekarang(), h.berikutnya(), h.langkahBerikutnya(), kelas);
  }

  public static TanggaHasil nilai(KondisiUsaha k) {
    List<TanggaHasil.Capaian> capaian = new ArrayList<>();
    for (TanggaJenjang j : TanggaJenjang.values()) {
      capaian.add(new TanggaHasil.Capaian(j, status(j, k), j.kunciNama()));
    }
    TanggaJenjang sekarang = null;
    TanggaJenjang berikutnya = null;
    for (TanggaHasil.Capaian c : capaian) {
      if (c.status() != TanggaStatus.TERCAPAI) {
        berikutnya = c.jenjang();
        break;
      }
      sekarang = c.jenjang();
    }
    return new TanggaHasil(capaian, sekarang, berikutnya, langkah(berikutnya, capaian));
  }

  static TanggaStatus status(TanggaJenjang j, KondisiUsaha k) {
    return switch (j) {
      case LEGAL -> ya(k.legalitas().contains(LegalitasJenis.NIB));
      case BERSERTIFIKAT -> ya(k.legalitas().stream().anyMatch(LegalitasJenis::sertifikatProduk));
      case DIGITAL -> ya(k.saluranPenjualan().stream().anyMatch(SALURAN_DARING::contains));
      case PEMBUKUAN -> ya(k.pembukuan());
      case PEMBIAYAAN -> ya(k.pembiayaanFormal());
      case MEMPEKERJAKAN ->
          k.tenagaKerja() == null ? TanggaStatus.TIDAK_DIKETAHUI : ya(k.tenagaKerja() > 1);
    };
  }

  private static String langkah(TanggaJenjang berikutnya, List<TanggaHasil.Capaian> capaian) {
    if (berikutnya == null) {
      return LANGKAH_SELESAI;
    }
    boolean tidakDiketahui =
        capaian.get(berikutnya.ordinal()).status() == TanggaStatus.TIDAK_DIKETAHUI;
    return tidakDiketahui ? LANGKAH_TENAGA_KERJA : berikutnya.kunciLangkah();
  }

  private static TanggaStatus ya(boolean b) {
    return b ? TanggaStatus.TERCAPAI : TanggaStatus.BELUM;
  }
}
