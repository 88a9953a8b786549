package id.gerai.koperasi;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.umkm.EksporFormat;
import id.gerai.umkm.EksporTujuan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's list as CSV or XLSX, with the list's filters and the caller's scope, streamed.
 * Every export is written to the audit trail with its filters and row count.
 */
@Service
public class KoperasiEksporService {

  static final String JENIS_JEJAK = "koperasi_ekspor";

  private static final String[] KOLOM = {
    "id",
    "nama",
    "nomor-badan-hukum",
    "jenis",
    "kelompok",
    "bentuk",
    "kode-wilayah",
    "kelurahan",
    "gerai",
    "status",
    "verifikasi"
  };

  /** What the trail keeps of an export. */
  record EksporJejak(KoperasiSaringan saringan, EksporFormat format, long jumlah) {}

  private final PencarianKoperasi pencarian;
  private final MessageSource pesan;
  private final ApplicationEventPublisher events;

  KoperasiEksporService(
      PencarianKoperasi pencarian, MessageSource pesan, ApplicationEventPublisher events) {
    this.pencarian = pencarian;
    this.pesan = pesan;
    this.events = events;
  }

  /**
   * Writes the list to the destination, opened only after the filters passed; the row count. One
   * read-write transaction: the rows stream from one cursor and the trail is written with them.
   */
  @Transactional
  @PreAuthorize("hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI','PENDAMPING')")
  public long ekspor(
      KoperasiSaringan s, EksporFormat format, Cakupan cakupan, Locale l, EksporTujuan tujuan)
      throws IOException {
    long[] jumlah = {0};
    PencarianKoperasi.Kueri kueri = pencarian.kueri(s, cakupan);
    try (EksporKoperasi penulis = EksporKoperasi.untuk(format, tujuan.buka())) {
      String[] judul = new String[KOLOM.length];
      for (int i = 0; i < KOLOM.length; i++) {
        judul[i] = pesan.getMessage("koperasi.ekspor.kolom." + KOLOM[i], null, l);
      }
      penulis.baris(judul);
      kueri.alirkan(
          k -> {
            try {
              penulis.baris(sel(k, l));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            jumlah[0]++;
          });
      penulis.selesai();
    }
    events.publishEvent(
        new Jejak("EKSPOR", JENIS_JEJAK, null, null, new EksporJejak(s, format, jumlah[0])));
    return jumlah[0];
  }

  private String[] sel(KoperasiRingkas k, Locale l) {
    return new String[] {
      String.valueOf(k.id()),
      k.nama(),
      teks(k.nomorBadanHukum()),
      pesan.getMessage("koperasi.jenis." + k.jenis(), null, l),
      pesan.getMessage("koperasi.kelompok." + k.kelompok(), null, l),
      pesan.getMessage("koperasi.bentuk." + k.bentuk(), null, l),
      k.kodeWilayah(),
      teks(k.namaWilayah()),
      k.geraiId() == null ? "" : String.valueOf(k.geraiId()),
      pesan.getMessage("koperasi.status." + k.status(), null, l),
      pesan.getMessage("koperasi.verifikasi." + k.statusVerifikasi(), null, l)
    };
  }

  private static String teks(String s) {
    return s == null ? "" : s;
  }
}
