package id.gerai.gerai.web;

import id.gerai.gerai.Jabatan;
import id.gerai.gerai.PengurusBaru;
import id.gerai.gerai.PengurusProperties;
import id.gerai.gerai.PengurusTelepon;
import id.gerai.gerai.SuratKeputusanBaru;
import id.gerai.shared.berkas.JenisBerkas;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The appoint-an-officer form of a gerai or the forum: the person, position and term, and either an
 * existing decree or a new one with an optional PDF.
 */
class PengurusForm {

  @NotBlank(message = "{pengurus.nama.wajib}")
  @Size(max = 120, message = "{pengurus.nama.panjang}")
  private String nama;

  @NotNull(message = "{pengurus.jabatan.wajib}")
  private Jabatan jabatan;

  @Size(max = 120, message = "{pengurus.bidang.panjang}")
  private String bidang;

  private String telepon;

  @NotNull(message = "{pengurus.mulai.wajib}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate mulai;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate selesai;

  private Long skId;

  @Size(max = 100, message = "{sk.nomor.panjang}")
  private String skNomor;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate skTanggal;

  @Size(max = 160, message = "{sk.penerbit.panjang}")
  private String skPenerbit;

  @Size(max = 300, message = "{sk.tentang.panjang}")
  private String skTentang;

  private MultipartFile berkas;

  /**
   * The rules across fields: a bidang for a koordinator, an end after the start, a decree, and a
   * PDF that is one by its content and not too large (checked again where it is stored).
   */
  void periksa(Errors errors, PengurusProperties properties) {
    periksaBerkas(errors, properties);
    if (!PengurusTelepon.sah(telepon)) {
      errors.rejectValue("telepon", "pengurus.telepon.tidak-sah");
    }
    if (jabatan != null && jabatan.perluBidang() && kosong(bidang)) {
      errors.rejectValue("bidang", "pengurus.bidang.wajib");
    }
    if (mulai != null && selesai != null && selesai.isBefore(mulai)) {
      errors.rejectValue("selesai", "pengurus.masa-bakti.selesai-sebelum-mulai");
    }
    if (skId == null) {
      tolakBilaKosong(errors, "skNomor", skNomor, "sk.nomor.wajib");
      tolakBilaKosong(errors, "skPenerbit", skPenerbit, "sk.penerbit.wajib");
      if (skTanggal == null && !errors.hasFieldErrors("skTanggal")) {
        errors.rejectValue("skTanggal", "sk.tanggal.wajib");
      }
    }
  }

  private void periksaBerkas(Errors errors, PengurusProperties properties) {
    if (berkas == null || berkas.isEmpty()) {
      return;
    }
    if (berkas.getSize() > properties.berkasMaks().toBytes()) {
      Object[] batas = {properties.berkasMaksTeks()};
      errors.rejectValue("berkas", "berkas.terlalu-besar", batas, null);
      return;
    }
    try (InputStream in = berkas.getInputStream()) {
      byte[] awal = in.readNBytes(JenisBerkas.PANJANG_KEPALA);
      if (JenisBerkas.kenali(awal).filter(j -> j == JenisBerkas.PDF).isEmpty()) {
        errors.rejectValue("berkas", "berkas.bukan-pdf");
      }
    } catch (IOException e) {
      errors.rejectValue("berkas", "berkas.tidak-terbaca");
    }
  }

  PengurusBaru perintah() {
    SuratKeputusanBaru sk =
        skId == null ? new SuratKeputusanBaru(skNomor, skTanggal, skPenerbit, skTentang) : null;
    return new PengurusBaru(
        nama, jabatan, bidang, telepon, mulai, selesai, skId, sk, PengurusWeb.unggahan(berkas));
  }

  private static void tolakBilaKosong(Errors errors, String field, String nilai, String kode) {
    if (kosong(nilai)) {
      errors.rejectValue(field, kode);
    }
  }

  private static boolean kosong(String s) {
    return s == null || s.isBlank();
  }

  public String getNama() {
    return nama;
  }

  public void setNama(String nama) {
    this.nama = nama;
  }

  public Jabatan getJabatan() {
    return jabatan;
  }

  public void setJabatan(Jabatan jabatan) {
    this.jabatan = jabatan;
  }

  public String getBidang() {
    return bidang;
  }

  public void setBidang(String bidang) {
    this.bidang = bidang;
  }

  public String getTelepon() {
    return telepon;
  }

  public void setTelepon(String telepon) {
    this.telepon = telepon;
  }

  public LocalDate getMulai() {
    return mulai;
  }

  public void setMulai(LocalDate mulai) {
    this.mulai = mulai;
  }

  public LocalDate getSelesai() {
    return selesai;
  }

  public void setSelesai(LocalDate selesai) {
    this.selesai = selesai;
  }

  public Long getSkId() {
    return skId;
  }

  public void setSkId(Long skId) {
    this.skId = skId;
  }

  public String getSkNomor() {
    return skNomor;
  }

  public void setSkNomor(String skNomor) {
    this.skNomor = skNomor;
  }

  public LocalDate getSkTanggal() {
    return skTanggal;
  }

  public void setSkTanggal(LocalDate skTanggal) {
    this.skTanggal = skTanggal;
  }

  public String getSkPenerbit() {
    return skPenerbit;
  }

  public void setSkPenerbit(String skPenerbit) {
    this.skPenerbit = skPenerbit;
  }

  public String getSkTentang() {
    return skTentang;
  }

  public void setSkTentang(String skTentang) {
    this.skTentang = skTentang;
  }

  public MultipartFile getBerkas() {
    return berkas;
  }

  public void setBerkas(MultipartFile berkas) {
    this.berkas = berkas;
  }
}
