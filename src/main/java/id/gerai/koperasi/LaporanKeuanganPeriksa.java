package id.gerai.koperasi;

import static id.gerai.koperasi.LaporanKeuanganPos.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds statements that cannot be right: an unknown figure, a negative balance where none can be, a
 * questionnaire count outside 0 to its number of questions, and parts larger than their totals
 * (cash or own capital above total assets, capital parts above own capital, troubled or at-risk
 * loans above loans given, staff costs above operating expenses, the members' share above the
 * surplus). A blank figure is allowed: the assessment names it as missing. Cross checks run only
 * when the total they compare against is given.
 */
final class LaporanKeuanganPeriksa {

  private static final int DIGIT_MAKS = 16;
  private static final String G = "koperasi.kesehatan.galat.";
  private static final List<LaporanKeuanganPos> BAGIAN_MODAL =
      List.of(
          SIMPANAN_POKOK,
          SIMPANAN_WAJIB,
          SIMPANAN_BERKARAKTER_WAJIB,
          HIBAH,
          CADANGAN,
          MODAL_PENYERTAAN);

  private final Map<String, BigDecimal> angka;
  private final List<LaporanKeuanganGalat> galat = new ArrayList<>();

  private LaporanKeuanganPeriksa(Map<String, BigDecimal> angka) {
    this.angka = angka;
  }

  static List<LaporanKeuanganGalat> periksa(Map<String, BigDecimal> angka) {
    LaporanKeuanganPeriksa p = new LaporanKeuanganPeriksa(angka);
    p.satuPerSatu();
    if (p.galat.isEmpty()) {
      p.antarPos();
    }
    return List.copyOf(p.galat);
  }

  private void satuPerSatu() {
    for (Map.Entry<String, BigDecimal> e : angka.entrySet()) {
      var pos = LaporanKeuanganPos.dariKode(e.getKey());
      BigDecimal v = e.getValue();
      if (pos.isEmpty()) {
        galat.add(new LaporanKeuanganGalat(e.getKey(), G + "pos-tak-dikenal", e.getKey()));
      } else if (v != null) {
        periksaAngka(pos.get(), v);
      }
    }
  }

  private void periksaAngka(LaporanKeuanganPos pos, BigDecimal v) {
    if (pos.kuesioner()) {
      if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(pos.maks()) > 0) {
        tolak(pos, "kuesioner", pos.jumlahPertanyaan());
      }
    } else if (v.signum() < 0 && !pos.bolehNegatif()) {
      tolak(pos, "negatif");
    } else if (v.stripTrailingZeros().scale() > 2) {
      tolak(pos, "desimal");
    } else if (v.abs().setScale(0, java.math.RoundingMode.DOWN).precision() > DIGIT_MAKS) {
      tolak(pos, "terlalu-besar");
    }
  }

  private void antarPos() {
    BigDecimal aset = nilai(TOTAL_ASET);
    BigDecimal ekuitas = nilai(TOTAL_EKUITAS);
    BigDecimal pinjaman = jumlah(List.of(PINJAMAN_ANGGOTA, PINJAMAN_NON_ANGGOTA));
    if (aset != null) {
      lebih(KAS_BANK, nilai(KAS_BANK), aset, "kas-melebihi-aset");
      lebih(TOTAL_EKUITAS, ekuitas, aset, "ekuitas-melebihi-aset");
      if (ekuitas != null && nilai(KEWAJIBAN_LANCAR) != null) {
        lebih(
            KEWAJIBAN_LANCAR,
            nilai(KEWAJIBAN_LANCAR).add(ekuitas),
            aset,
            "kewajiban-ekuitas-melebihi-aset");
      }
      BigDecimal cadanganRisiko =
          nilai(CADANGAN_RISIKO) == null ? BigDecimal.ZERO : nilai(CADANGAN_RISIKO);
      lebih(PINJAMAN_ANGGOTA, pinjaman, aset.add(cadanganRisiko), "pinjaman-melebihi-aset");
    }
    if (ekuitas != null) {
      lebih(TOTAL_EKUITAS, jumlah(BAGIAN_MODAL), ekuitas, "bagian-modal-melebihi-ekuitas");
    }
    if (pinjaman != null) {
      BigDecimal bermasalah =
          jumlah(List.of(PINJAMAN_KURANG_LANCAR, PINJAMAN_DIRAGUKAN, PINJAMAN_MACET));
      lebih(PINJAMAN_MACET, bermasalah, pinjaman, "bermasalah-melebihi-pinjaman");
      lebih(PINJAMAN_BERISIKO, nilai(PINJAMAN_BERISIKO), pinjaman, "berisiko-melebihi-pinjaman");
    }
    if (nilai(BEBAN_USAHA) != null) {
      lebih(BIAYA_KARYAWAN, nilai(BIAYA_KARYAWAN), nilai(BEBAN_USAHA), "karyawan-melebihi-beban");
    }
    if (nilai(SHU_SEBELUM_PAJAK) != null) {
      BigDecimal batas = nilai(SHU_SEBELUM_PAJAK).max(BigDecimal.ZERO);
      lebih(SHU_BAGIAN_ANGGOTA, nilai(SHU_BAGIAN_ANGGOTA), batas, "shu-anggota-melebihi-shu");
    }
  }

  private void lebih(LaporanKeuanganPos pos, BigDecimal bagian, BigDecimal total, String kode) {
    if (bagian != null && total != null && bagian.compareTo(total) > 0) {
      tolak(pos, kode);
    }
  }

  /** The sum of the given figures that are filled in; null when none is. */
  private BigDecimal jumlah(List<LaporanKeuanganPos> pos) {
    BigDecimal hasil = null;
    for (LaporanKeuanganPos p : pos) {
      BigDecimal v = nilai(p);
      if (v != null) {
        hasil = hasil == null ? v : hasil.add(v);
      }
    }
    return hasil;
  }

  private BigDecimal nilai(LaporanKeuanganPos pos) {
    return angka.get(pos.kode());
  }

  private void tolak(LaporanKeuanganPos pos, String kode, Object... argumen) {
    galat.add(new LaporanKeuanganGalat(pos.kode(), G + kode, argumen));
  }
}
