package id.gerai.akun;

import id.gerai.shared.Cakupan;
import id.gerai.wilayah.WilayahService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first start creates {@code admin} (Dinkop admin over the home area) with the password from
 * {@code GERAI_ADMIN_PASSWORD}, or a random one written once to the log. It runs after the demo
 * data, which only runs on an empty database.
 */
@Component
@Order(50)
class AkunAwal implements ApplicationRunner {

  static final String ADMIN = "admin";
  private static final Logger log = LoggerFactory.getLogger(AkunAwal.class);

  private final AkunRepository akun;
  private final AkunService layanan;
  private final WilayahService wilayah;
  private final AkunProperties properties;

  AkunAwal(
      AkunRepository akun, AkunService layanan, WilayahService wilayah, AkunProperties properties) {
    this.akun = akun;
    this.layanan = layanan;
    this.wilayah = wilayah;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (akun.findByNamaPengguna(ADMIN).isPresent()) {
      return;
    }
    String sandi = properties.adminPassword();
    AkunService.AkunBaru baru =
        layanan.buat(
            new BuatAkun(
                ADMIN,
                "Administrator Dinkop",
                sandi,
                Peran.ADMIN_DINAS,
                Cakupan.Jenis.WILAYAH,
                wilayah.kodeRumah(),
                null),
            Cakupan.wilayah(wilayah.kodeRumah()));
    if (sandi == null || sandi.isBlank()) {
      log.warn(
          "First start: account 'admin' created with password {} (shown once; change it after signing in)",
          baru.kataSandi());
    } else {
      log.info("First start: account 'admin' created with the password from GERAI_ADMIN_PASSWORD");
    }
  }
}
