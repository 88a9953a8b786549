package id.gerai.umkm.web;

import id.gerai.shared.MasukanTidakSah;
import id.gerai.umkm.BinaanBaru;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** The enrol-as-binaan form: mentor, since, until, target. The rules live in the service. */
class BinaanForm {

  private String pendamping;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate sejak;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate sampai;

  private String target;

  BinaanBaru perintah() {
    return new BinaanBaru(pendamping, null, sejak, sampai, target);
  }

  /**
   * Shows a refused rule next to its field: the service's keys read {@code
   * umkm.<thing>.<field>.<reason>}; a key naming no field of the form becomes a form error.
   */
  static void tolak(MasukanTidakSah e, BindingResult hasil) {
    String[] bagian = e.kodePesan().split("\\.");
    if (bagian.length == 4 && hasil.getFieldType(bagian[2]) != null) {
      hasil.rejectValue(bagian[2], e.kodePesan(), e.argumen(), e.kodePesan());
    } else {
      hasil.reject(e.kodePesan(), e.argumen(), e.kodePesan());
    }
  }

  public String getPendamping() {
    return pendamping;
  }

  public void setPendamping(String pendamping) {
    this.pendamping = pendamping;
  }

  public LocalDate getSejak() {
    return sejak;
  }

  public void setSejak(LocalDate sejak) {
    this.sejak = sejak;
  }

  public LocalDate getSampai() {
    return sampai;
  }

  public void setSampai(LocalDate sampai) {
    this.sampai = sampai;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }
}
