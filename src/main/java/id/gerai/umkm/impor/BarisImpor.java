package id.gerai.umkm.impor;

import id.gerai.umkm.CatatAngkaTahunan;
import id.gerai.umkm.DaftarkanUmkm;
import id.gerai.umkm.ImporGalat;
import java.util.List;

/** One data row checked: the registration and figures to save, or the errors refusing it. */
public record BarisImpor(
    int nomor,
    DaftarkanUmkm perintah,
    CatatAngkaTahunan angka,
    List<ImporGalat> galat,
    List<ImporGalat> peringatan) {

  public boolean sah() {
    return galat.isEmpty();
  }
}
