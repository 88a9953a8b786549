package id.gerai.demo;

import id.gerai.akun.AkunService;
import id.gerai.akun.BuatAkun;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import id.gerai.wilayah.WilayahService;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a fresh demo install with one account per role. It runs after the area load (10) and the
 * gerai seeding (20), before the first admin (50), and only when all three hold: {@code
 * gerai.demo.enabled}, the embedded H2 database, and no account yet. So it can never touch a
 * production database or one somebody already uses. All accounts are made in one transaction.
 */
@Component
@Order(40)
class DataDemo implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DataDemo.class);

  private final DemoProperties properties;
  private final DataSource dataSource;
  private final AkunService akun;
  private final WilayahService wilayah;
  private final UmkmDemo umkm;
  private final KoperasiDemo koperasi;
  private final GerakanDemo gerakan;
  private final KegiatanDemo kegiatan;
  private final TransactionTemplate tx;

  DataDemo(
      DemoProperties properties,
      DataSource dataSource,
      AkunService akun,
      WilayahService wilayah,
      UmkmDemo umkm,
      KoperasiDemo koperasi,
      GerakanDemo gerakan,
      KegiatanDemo kegiatan,
      TransactionTemplate tx) {
    this.properties = properties;
    this.dataSource = dataSource;
    this.akun = akun;
    this.wilayah = wilayah;
    this.umkm = umkm;
    this.koperasi = koperasi;
    this.gerakan = gerakan;
    this.kegiatan = kegiatan;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!perlu(properties.enabled(), urlBasisData(), akun.kosong())) {
      return;
    }
    if (!AkunDemo.KOTA.equals(wilayah.kodeRumah())) {
      log.warn(
          "Demo data skipped: it is made for Kota Semarang (33.74), this instance is {}",
          wilayah.kodeRumah());
      return;
    }
    List<String> dibuat = tx.execute(status -> isi());
    log.warn(
        "Demo data: {} accounts created with the password {} (see docs/demo.md): {}",
        dibuat.size(),
        AkunDemo.SANDI,
        String.join(", ", dibuat));
  }

  /** Only when enabled, on the embedded H2 database, and while no account exists. */
  static boolean perlu(boolean diaktifkan, String urlBasisData, boolean belumAdaAkun) {
    return diaktifkan
        && urlBasisData != null
        && urlBasisData.startsWith("jdbc:h2:")
        && belumAdaAkun;
  }

  List<String> isi() {
    long mulai = System.nanoTime();
    Cakupan kota = Cakupan.wilayah(AkunDemo.KOTA);
    List<String> dibuat = new ArrayList<>();
    Long akunPelaku = null;
    Long akunKoperasi = null;
    Long akunPendamping = null;
    List<AkunDemo> demo = new ArrayList<>();
    List<BuatAkun> perintah = new ArrayList<>();
    for (AkunDemo a : AkunDemo.SEMUA) {
      Long geraiId = null;
      if (a.jenis() == Cakupan.Jenis.GERAI) {
        Optional<Long> gerai = umkm.geraiKelurahan(a.kode());
        if (gerai.isEmpty()) {
          log.warn("Demo data: no gerai kelurahan in {}, {} skipped", a.kode(), a.namaPengguna());
          continue;
        }
        geraiId = gerai.get();
      }
      demo.add(a);
      perintah.add(a.perintah(geraiId));
    }
    List<AkunService.AkunBaru> baru = akun.buatSemua(perintah, kota);
    for (int i = 0; i < demo.size(); i++) {
      AkunDemo a = demo.get(i);
      long id = baru.get(i).akun().id();
      dibuat.add(a.ringkas());
      if (a.namaPengguna().equals(AkunDemo.PELAKU_USAHA)) {
        akunPelaku = id;
      }
      if (a.peran() == Peran.PENGURUS_KOPERASI) {
        akunKoperasi = id;
      }
      if (a.peran() == Peran.PENDAMPING) {
        akunPendamping = id;
      }
    }
    long t = waktu("accounts", mulai);
    if (akunPelaku != null) {
      dibuat.add(umkm.isi(akunPelaku) + " businesses");
    }
    t = waktu("businesses", t);
    dibuat.add(koperasi.isi(akunKoperasi) + " cooperatives");
    t = waktu("cooperatives", t);
    dibuat.addAll(gerakan.isi(akunPendamping));
    t = waktu("movement", t);
    dibuat.add(
        kegiatan.isi(umkm.geraiKelurahan(AkunDemo.KELURAHAN_GERAI).orElse(null)) + " activities");
    waktu("activities", t);
    return dibuat;
  }

  /** Logs how long a part took (start-up time is measured, see docs/kinerja.md). */
  private static long waktu(String bagian, long sejak) {
    long kini = System.nanoTime();
    log.info("Demo data: {} in {} ms", bagian, (kini - sejak) / 1_000_000);
    return kini;
  }

  private String urlBasisData() {
    try {
      return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
    } catch (MetaDataAccessException e) {
      return null;
    }
  }
}
