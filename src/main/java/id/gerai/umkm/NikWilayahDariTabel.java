package id.gerai.umkm;

import id.gerai.wilayah.WilayahService;
import org.springframework.stereotype.Component;

/** Answers the NIK check's area questions from the loaded Kemendagri area tree. */
@Component
class NikWilayahDariTabel implements Nik.Wilayah {

  private final WilayahService wilayah;

  NikWilayahDariTabel(WilayahService wilayah) {
    this.wilayah = wilayah;
  }

  @Override
  public boolean adaProvinsi(String kode) {
    return ada(kode);
  }

  @Override
  public boolean adaKabupaten(String kode) {
    return ada(kode);
  }

  @Override
  public boolean adaKecamatan(String kode) {
    return ada(kode);
  }

  private boolean ada(String kode) {
    return wilayah.cari(kode).isPresent();
  }
}
