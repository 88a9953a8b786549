package id.gerai.umkm;

import id.gerai.shared.MasukanTidakSah;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rules of a milestone: a kind and a day not in the future; a value for the kinds that need one
 * (never negative for capital raised), fitting NUMERIC(18,2); texts fitting their columns. A broken
 * rule is a {@link MasukanTidakSah} whose key names the field ({@code
 * umkm.tonggak.<field>.<reason>}).
 */
final class TonggakPeriksa {

  static final int PANJANG_KETERANGAN = 500;
  static final int PANJANG_ATRIBUSI = 200;
  private static final BigDecimal BATAS = new BigDecimal("10000000000000000");

  private TonggakPeriksa() {}

  static void periksa(TonggakBaru t, LocalDate hariIni) {
    if (t.jenis() == null) {
      throw new MasukanTidakSah("umkm.tonggak.jenis.wajib");
    }
    if (t.tanggal() == null) {
      throw new MasukanTidakSah("umkm.tonggak.tanggal.wajib");
    }
    if (t.tanggal().isAfter(hariIni)) {
      throw new MasukanTidakSah("umkm.tonggak.tanggal.masa-depan");
    }
    periksaNilai(t.jenis(), t.nilai());
    panjang(t.keterangan(), PANJANG_KETERANGAN, "umkm.tonggak.keterangan.panjang");
    panjang(t.atribusi(), PANJANG_ATRIBUSI, "umkm.tonggak.atribusi.panjang");
  }

  private static void periksaNilai(TonggakJenis jenis, BigDecimal nilai) {
    if (nilai == null) {
      if (jenis.perluNilai()) {
        throw new MasukanTidakSah("umkm.tonggak.nilai.wajib");
      }
      return;
    }
    if (nilai.abs().compareTo(BATAS) >= 0 || nilai.stripTrailingZeros().scale() > 2) {
      throw new MasukanTidakSah("umkm.tonggak.nilai.tidak-sah");
    }
    if (jenis == TonggakJenis.MODAL_DIPEROLEH && nilai.signum() < 0) {
      throw new MasukanTidakSah("umkm.tonggak.nilai.negatif");
    }
  }

  private static void panjang(String teks, int batas, String kode) {
    String t = BinaanPeriksa.rapi(teks);
    if (t != null && t.length() > batas) {
      throw new MasukanTidakSah(kode, batas);
    }
  }
}
