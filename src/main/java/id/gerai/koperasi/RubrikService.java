package id.gerai.koperasi;

import id.gerai.koperasi.kesehatan.GalatRubrik;
import id.gerai.koperasi.kesehatan.Rubrik;
import id.gerai.koperasi.kesehatan.RubrikBaca;
import id.gerai.koperasi.kesehatan.RubrikPeriksa;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The health assessment rubrics: the versions published (shipped with the product or uploaded by an
 * administrator), and which one applies to a cooperative group and fiscal year — the latest version
 * in force on the last day of that year.
 */
@Service
@Transactional(readOnly = true)
public class RubrikService {

  public static final String BOLEH_TERBITKAN = "hasRole('ADMIN_DINAS')";
  static final String JENIS = "RUBRIK_KESEHATAN";
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final RubrikPenyimpanan simpanan;
  private final ApplicationEventPublisher events;

  RubrikService(RubrikPenyimpanan simpanan, ApplicationEventPublisher events) {
    this.simpanan = simpanan;
    this.events = events;
  }

  public List<RubrikTersimpan> semua() {
    return simpanan.semua();
  }

  public Optional<RubrikTersimpan> menurutId(long id) {
    return simpanan.menurutId(id);
  }

  /** A version's file exactly as it was published. */
  public String isi(long id) {
    return simpanan.isi(id);
  }

  /** The version that applies to a cooperative group's fiscal year, if any does. */
  public Optional<RubrikTersimpan> untuk(String kelompok, int tahun) {
    LocalDate akhirTahun = LocalDate.of(tahun, 12, 31);
    return simpanan.semua().stream()
        .filter(r -> r.rubrik().berlakuUntuk(kelompok))
        .filter(r -> !r.berlakuMulai().isAfter(akhirTahun))
        .findFirst();
  }

  /** The cooperative groups some version applies to (KSP, USP, …). */
  public Set<String> kelompokDinilai() {
    Set<String> k = new TreeSet<>();
    simpanan.semua().forEach(r -> k.addAll(r.rubrik().kelompokKoperasi()));
    return k;
  }

  /** Checks an uploaded rubric file and publishes it as a new version. */
  @Transactional
  @PreAuthorize(BOLEH_TERBITKAN)
  public RubrikTersimpan terbitkan(String isi, String oleh) {
    Rubrik r = periksa(isi);
    if (simpanan.sidik(r.regulasi(), r.berlakuMulai()).isPresent()) {
      throw new MasukanTidakSah(
          "koperasi.kesehatan.rubrik.sudah-ada", r.regulasi(), r.berlakuMulai().toString());
    }
    long id = simpanan.simpan(r, isi, "UNGGAHAN", oleh, OffsetDateTime.now(WIB));
    RubrikTersimpan baru = simpanan.menurutId(id).orElseThrow();
    events.publishEvent(Jejak.dibuat(JENIS, id, ringkas(baru)));
    events.publishEvent(new RubrikDiterbitkan(id, r.regulasi()));
    return baru;
  }

  /** Loads a shipped file once: the same version already stored is left alone. */
  @Transactional
  public boolean muatBawaan(String isi) {
    Rubrik r = periksa(isi);
    if (simpanan.sidik(r.regulasi(), r.berlakuMulai()).isPresent()) {
      return false;
    }
    long id = simpanan.simpan(r, isi, "BAWAAN", "sistem", OffsetDateTime.now(WIB));
    events.publishEvent(Jejak.dibuat(JENIS, id, ringkas(simpanan.menurutId(id).orElseThrow())));
    events.publishEvent(new RubrikDiterbitkan(id, r.regulasi()));
    return true;
  }

  /** The rubric in a file, or every problem that keeps it from being published. */
  public static Rubrik periksa(String isi) {
    Rubrik r =
        RubrikBaca.baca(isi == null ? "" : isi)
            .orElseThrow(
                () -> new RubrikTidakSah(List.of(new GalatRubrik("bukan-rubrik", "berkas", ""))));
    List<GalatRubrik> galat = RubrikPeriksa.periksa(r, LaporanKeuanganPos.semuaKode());
    if (!galat.isEmpty()) {
      throw new RubrikTidakSah(galat);
    }
    return r;
  }

  /** What the audit trail keeps of a version: not the whole document. */
  record Ringkasan(String kode, String regulasi, LocalDate berlakuMulai, String asal) {}

  private static Ringkasan ringkas(RubrikTersimpan r) {
    return new Ringkasan(r.kode(), r.regulasi(), r.berlakuMulai(), r.asal());
  }
}
