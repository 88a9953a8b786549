package id.gerai.umkm.web;

import id.gerai.umkm.AngkaTahunan;
import id.gerai.umkm.CatatAngkaTahunan;
import id.gerai.umkm.UangIndonesia;
import java.math.BigDecimal;
import org.springframework.validation.Errors;

/**
 * The add-a-year form of the class page. Every field is text so that any input is reported next to
 * its field: amounts in Indonesian format ({@code 1.500.000} or {@code 1500000}), whole numbers for
 * the year and the workers.
 */
class KelasForm {

  private String tahun;
  private String omzet;
  private String modal;
  private String kekayaan;
  private String tenagaKerja;
  private String sumber;

  /** Checks every field; each problem is a field error with a message key. */
  void periksa(Errors errors) {
    if (bilangan(tahun) == null) {
      errors.rejectValue("tahun", "umkm.kelas.isian.tahun.tidak-sah");
    }
    if (UangIndonesia.kosong(omzet)) {
      errors.rejectValue("omzet", "umkm.kelas.omzet.wajib");
    } else {
      periksaUang(errors, "omzet", omzet);
    }
    periksaUang(errors, "modal", modal);
    periksaUang(errors, "kekayaan", kekayaan);
    if (!UangIndonesia.kosong(tenagaKerja) && bilangan(tenagaKerja) == null) {
      errors.rejectValue("tenagaKerja", "umkm.kelas.isian.tenaga-kerja.tidak-sah");
    }
    if (!UangIndonesia.kosong(sumber) && sumberDipilih() == null) {
      errors.rejectValue("sumber", "umkm.kelas.isian.sumber.tidak-sah");
    }
  }

  CatatAngkaTahunan perintah() {
    return new CatatAngkaTahunan(
        bilangan(tahun),
        uang(omzet),
        uang(modal),
        uang(kekayaan),
        UangIndonesia.kosong(tenagaKerja) ? null : bilangan(tenagaKerja),
        sumberDipilih());
  }

  private static void periksaUang(Errors errors, String field, String nilai) {
    if (!UangIndonesia.kosong(nilai) && UangIndonesia.baca(nilai).isEmpty()) {
      errors.rejectValue(field, "umkm.kelas.isian.uang.tidak-sah");
    }
  }

  private static BigDecimal uang(String nilai) {
    return UangIndonesia.baca(nilai).orElse(null);
  }

  private static Integer bilangan(String nilai) {
    if (nilai == null || !nilai.strip().matches("\\d{1,9}")) {
      return null;
    }
    return Integer.valueOf(nilai.strip());
  }

  private AngkaTahunan.Sumber sumberDipilih() {
    if (UangIndonesia.kosong(sumber)) {
      return null;
    }
    for (AngkaTahunan.Sumber s : AngkaTahunan.Sumber.values()) {
      if (s.name().equals(sumber)) {
        return s;
      }
    }
    return null;
  }

  public String getTahun() {
    return tahun;
  }

  public void setTahun(String tahun) {
    this.tahun = tahun;
  }

  public String getOmzet() {
    return omzet;
  }

  public void setOmzet(String omzet) {
    this.omzet = omzet;
  }

  public String getModal() {
    return modal;
  }

  public void setModal(String modal) {
    this.modal = modal;
  }

  public String getKekayaan() {
    return kekayaan;
  }

  public void setKekayaan(String kekayaan) {
    this.kekayaan = kekayaan;
  }

  public String getTenagaKerja() {
    return tenagaKerja;
  }

  public void setTenagaKerja(String tenagaKerja) {
    this.tenagaKerja = tenagaKerja;
  }

  public String getSumber() {
    return sumber;
  }

  public void setSumber(String sumber) {
    this.sumber = sumber;
  }
}
