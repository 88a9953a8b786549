package id.gerai.koperasi.web;

import id.gerai.koperasi.PenilaianKesehatan;
import id.gerai.koperasi.PredikatKesehatan;
import id.gerai.koperasi.kesehatan.HasilAspek;
import id.gerai.koperasi.kesehatan.HasilKomponen;
import id.gerai.koperasi.kesehatan.HasilPenilaian;
import id.gerai.koperasi.kesehatan.Komponen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The worksheet as JSON: every row with its inputs, ratio, value and score, names in a language.
 */
final class PenilaianKesehatanJson {

  record Rubrik(long id, String kode, String regulasi, LocalDate berlakuMulai, String catatan) {}

  record Kurang(String pos, String nama) {}

  record Baris(
      String kode,
      String nama,
      String rumus,
      BigDecimal bobot,
      Map<String, BigDecimal> masukan,
      BigDecimal pembilang,
      BigDecimal penyebut,
      BigDecimal rasio,
      String rasioTakHingga,
      BigDecimal nilai,
      BigDecimal skor,
      String status,
      String alasan,
      boolean perluVerifikasi,
      String keyakinan,
      String sumber,
      String catatan) {}

  record Aspek(String kode, String nama, BigDecimal bobot, BigDecimal skor, List<Baris> komponen) {}

  record Lembar(
      long koperasiId,
      String namaKoperasi,
      int tahun,
      String statusLaporan,
      Rubrik rubrik,
      boolean lengkap,
      BigDecimal totalSkor,
      PredikatKesehatan predikat,
      String namaPredikat,
      boolean perluVerifikasi,
      List<Kurang> kurang,
      List<String> tidakTerdefinisi,
      List<Aspek> aspek) {}

  private PenilaianKesehatanJson() {}

  static Lembar dari(PenilaianKesehatan p, MessageSource pesan, Locale locale) {
    HasilPenilaian h = p.hasil();
    var r = p.rubrik();
    return new Lembar(
        p.koperasi().id(),
        p.koperasi().nama(),
        p.tahun(),
        p.laporan().statusVerifikasi().name(),
        new Rubrik(
            r.id(), r.kode(), r.regulasi(), r.berlakuMulai(), r.rubrik().catatan().dalam(locale)),
        h.lengkap(),
        h.total(),
        h.predikat(),
        h.predikat() == null
            ? null
            : pesan.getMessage("koperasi.kesehatan.predikat." + h.predikat(), null, locale),
        h.perluVerifikasi(),
        h.kurang().stream()
            .map(
                k ->
                    new Kurang(k, pesan.getMessage("koperasi.kesehatan.pos." + k, null, k, locale)))
            .toList(),
        h.tidakTerdefinisi(),
        h.aspek().stream().map(a -> aspek(a, locale)).toList());
  }

  private static Aspek aspek(HasilAspek a, Locale locale) {
    return new Aspek(
        a.aspek().kode(),
        a.aspek().nama().dalam(locale),
        a.aspek().bobot(),
        dua(a.skor()),
        a.komponen().stream().map(k -> baris(k, locale)).toList());
  }

  private static Baris baris(HasilKomponen h, Locale locale) {
    Komponen k = h.komponen();
    return new Baris(
        k.kode(),
        k.nama().dalam(locale),
        k.rumus().dalam(locale),
        k.bobot(),
        h.masukan(),
        h.pembilang(),
        h.penyebut(),
        dua(h.rasio()),
        h.takHingga() > 0 ? "+inf" : h.takHingga() < 0 ? "-inf" : null,
        dua(h.nilai()),
        dua(h.skor()),
        h.status().name(),
        h.alasan(),
        k.perluVerifikasi(),
        k.keyakinan(),
        k.sumber(),
        k.catatan() == null ? null : k.catatan().dalam(locale));
  }

  static BigDecimal dua(BigDecimal v) {
    return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
  }
}
