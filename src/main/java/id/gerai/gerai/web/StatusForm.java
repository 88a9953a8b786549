package id.gerai.gerai.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Deactivate, reactivate or close: from which date, why, and an explicit confirmation. */
public class StatusForm {

  @NotNull(message = "{gerai.validasi.tanggal}")
  @PastOrPresent(message = "{gerai.validasi.tanggal-depan}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate tanggal = LocalDate.now();

  @NotBlank(message = "{gerai.validasi.alasan}")
  @Size(max = 300, message = "{gerai.validasi.panjang}")
  private String alasan;

  @AssertTrue(message = "{gerai.validasi.yakin}")
  private boolean yakin;

  public LocalDate getTanggal() {
    return tanggal;
  }

  public void setTanggal(LocalDate tanggal) {
    this.tanggal = tanggal;
  }

  public String getAlasan() {
    return alasan;
  }

  public void setAlasan(String alasan) {
    this.alasan = alasan;
  }

  public boolean isYakin() {
    return yakin;
  }

  public void setYakin(boolean yakin) {
    this.yakin = yakin;
  }
}
