package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the register's filtered list within the caller's scope, streamed row by row; NIK and
 * phone in clear only for Dinkop staff. Each export is written to the audit trail in the same
 * transaction as the read, with its filters, format, row count and whether personal data was clear.
 */
@Service
public class UmkmEksporService {

  static final String JENIS_JEJAK = "umkm";
  static final String PENGEKSPOR =
      "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI','PENDAMPING')";
  private static final String[] KOLOM = {
    "nama-usaha",
    "pemilik",
    "nik",
    "telepon",
    "nib",
    "kbli",
    "kode-kelurahan",
    "kelurahan",
    "gerai",
    "status",
    "verifikasi",
    "kelas",
    "tahun-kelas"
  };

  private final UmkmEksporPencarian pencarian;
  private final WilayahService wilayah;
  private final MessageSource pesan;
  private final ApplicationEventPublisher events;

  UmkmEksporService(
      UmkmEksporPencarian pencarian,
      WilayahService wilayah,
      MessageSource pesan,
      ApplicationEventPublisher events) {
    this.pencarian = pencarian;
    this.wilayah = wilayah;
    this.pesan = pesan;
    this.events = events;
  }

  /**
   * Writes the list to the destination, opened only after the filters passed, and returns the row
   * count. Paging and sort in the filters are ignored: the whole list goes out, by name.
   */
  @Transactional
  @PreAuthorize(PENGEKSPOR)
  public long ekspor(
      UmkmSaringan s, EksporFormat format, Cakupan cakupan, Locale locale, EksporTujuan tujuan)
      throws IOException {
    boolean terbuka = UmkmPeran.staf();
    UmkmEksporPencarian.Kueri kueri = pencarian.kueri(s, cakupan, terbuka);
    long jumlah = tulis(kueri, format, locale, tujuan.buka());
    events.publishEvent(
        new Jejak("EKSPOR", JENIS_JEJAK, null, null, new EksporJejak(s, format, jumlah, terbuka)));
    return jumlah;
  }

  private long tulis(
      UmkmEksporPencarian.Kueri kueri, EksporFormat format, Locale locale, OutputStream keluar)
      throws IOException {
    Map<String, String> namaWilayah = new HashMap<>();
    long[] jumlah = {0};
    try (EksporPenulis penulis = EksporPenulis.untuk(format, keluar)) {
      penulis.judul(judul(locale));
      kueri.alirkan(
          b -> {
            String nama =
                namaWilayah.computeIfAbsent(
                    b.kodeWilayah(), k -> wilayah.cari(k).map(Wilayah::nama).orElse(k));
            try {
              penulis.baris(b.denganNamaWilayah(nama));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            jumlah[0]++;
          });
      penulis.selesai();
    }
    return jumlah[0];
  }

  private String[] judul(Locale locale) {
    String[] judul = new String[KOLOM.length];
    for (int i = 0; i < KOLOM.length; i++) {
      judul[i] = pesan.getMessage("umkm.ekspor.kolom." + KOLOM[i], null, locale);
    }
    return judul;
  }
}
