package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.PenulisMassal;
import id.gerai.shared.impor.PembacaBerkas;
import id.gerai.umkm.impor.BarisImpor;
import id.gerai.umkm.impor.BerkasSementara;
import id.gerai.umkm.impor.Kepala;
import id.gerai.umkm.impor.PemeriksaBaris;
import id.gerai.umkm.impor.PengumpulLaporan;
import id.gerai.wilayah.DaftarKelurahan;
import id.gerai.wilayah.WilayahService;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the register from a CSV or XLSX file. {@link #periksa} checks every row and writes
 * nothing; {@link #simpan} saves the valid rows through {@link UmkmService#daftarkan} (same checks,
 * scope and trail) in one transaction: if anything unexpected fails, nothing is written. A business
 * already registered (same NIB; or same owner NIK and business name; without either, same owner
 * name, business name and kelurahan) is skipped, left as it is, so a second import changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class ImporService {

  /** Who may import: Dinkop staff and gerai officers, each within their scope. */
  public static final String PENGIMPOR = "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI')";

  private final ImporKunci kunci;
  private final ImporMirip mirip;
  private final PenulisMassal penulis;
  private final ApplicationEventPublisher events;
  private final WilayahService wilayah;
  private final KbliService kbli;
  private final Nik.Wilayah nikWilayah;
  private final BerkasSementara sementara;

  ImporService(
      ImporKunci kunci,
      ImporMirip mirip,
      PenulisMassal penulis,
      ApplicationEventPublisher events,
      WilayahService wilayah,
      KbliService kbli,
      Nik.Wilayah nikWilayah,
      BerkasSementara sementara) {
    this.kunci = kunci;
    this.mirip = mirip;
    this.penulis = penulis;
    this.events = events;
    this.wilayah = wilayah;
    this.kbli = kbli;
    this.nikWilayah = nikWilayah;
    this.sementara = sementara;
  }

  /** Reads and checks the whole file; writes nothing. */
  @PreAuthorize(PENGIMPOR)
  public ImporLaporan periksa(ImporBerkas berkas, Cakupan cakupan) {
    return periksa(berkas, cakupan, Map.of(), ImporKemajuan.tanpaPerkiraan());
  }

  /**
   * Reads and checks the whole file with the user's header mapping (header → column name), telling
   * {@code kemajuan} how far it is; writes nothing. Valid rows that look like registered businesses
   * come back as duplicate warnings.
   */
  @PreAuthorize(PENGIMPOR)
  public ImporLaporan periksa(
      ImporBerkas berkas, Cakupan cakupan, Map<String, String> peta, ImporKemajuan kemajuan) {
    PengumpulLaporan p = new PengumpulLaporan();
    p.kemajuan(kemajuan::diproses);
    ImporAliran.alirkan(
        tiap -> jalankan(berkas, cakupan, peta, p, (b, x) -> tiap.accept(b), (x, y) -> {}),
        kelompok -> p.duplikat(mirip.periksa(kelompok, cakupan)),
        ImporKelompok.UKURAN);
    return p.laporan(false);
  }

  /** Saves the file's valid rows, all or nothing. */
  @Transactional
  @PreAuthorize(PENGIMPOR)
  public ImporLaporan simpan(ImporBerkas berkas, Cakupan cakupan) {
    return simpan(berkas, cakupan, Map.of(), ImporKemajuan.tanpaPerkiraan());
  }

  /**
   * Saves the file's valid rows, all or nothing, with the user's header mapping, telling {@code
   * kemajuan} how far it is. The file is read and checked on a thread of its own while this one
   * saves chunk by chunk inside the transaction.
   */
  @Transactional
  @PreAuthorize(PENGIMPOR)
  public ImporLaporan simpan(
      ImporBerkas berkas, Cakupan cakupan, Map<String, String> peta, ImporKemajuan kemajuan) {
    PengumpulLaporan p = new PengumpulLaporan();
    p.kemajuan(kemajuan::diproses);
    ImporKelompok kelompok = new ImporKelompok(kunci, mirip, penulis, events, cakupan, p);
    try {
      ImporAliran.alirkan(
          tiap -> jalankan(berkas, cakupan, peta, p, (b, x) -> tiap.accept(b), (x, y) -> {}),
          kelompok::tulis,
          ImporKelompok.UKURAN);
    } catch (DataAccessException e) {
      throw new MasukanTidakSah("impor.gagal-simpan", p.dibaca());
    }
    return p.laporan(true);
  }

  /** Calls {@code tiapTolakan} with the header and then every refused row with its errors. */
  @PreAuthorize(PENGIMPOR)
  public void tolakan(
      ImporBerkas berkas, Cakupan cakupan, BiConsumer<List<String>, List<ImporGalat>> tiapTolakan) {
    tolakan(berkas, cakupan, Map.of(), tiapTolakan);
  }

  /** As {@link #tolakan(ImporBerkas, Cakupan, BiConsumer)}, with the user's header mapping. */
  @PreAuthorize(PENGIMPOR)
  public void tolakan(
      ImporBerkas berkas,
      Cakupan cakupan,
      Map<String, String> peta,
      BiConsumer<List<String>, List<ImporGalat>> tiapTolakan) {
    jalankan(berkas, cakupan, peta, new PengumpulLaporan(), (b, x) -> {}, tiapTolakan);
  }

  /** The data rows a file is expected to hold (CSV: its line count less the header; else 0). */
  public long perkiraanBaris(ImporBerkas berkas) {
    if (berkas.xlsx()) {
      return 0;
    }
    try (var in =
        new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(berkas.path()))) {
      long baris = 0;
      byte[] buf = new byte[65536];
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            baris++;
          }
        }
      }
      return Math.max(0, baris - 1);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  /** The template: the headers and one example row, UTF-8 with BOM, {@code ;}-separated. */
  public static byte[] templatCsv() {
    String kepala =
        java.util.Arrays.stream(id.gerai.umkm.impor.Kolom.values())
            .map(id.gerai.umkm.impor.Kolom::judul)
            .collect(java.util.stream.Collectors.joining(";"));
    String contoh =
        "Warung Contoh;Siti Contoh;;081234567890;Jl. Pemuda No. 5;Sekayu;Semarang Tengah;"
            + "Rp 150.000.000;Rp 25.000.000;3;;;";
    return ("\uFEFF" + kepala + "\r\n" + contoh + "\r\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The same template as a workbook (headers and the example row, all text cells). */
  public static byte[] templatXlsx() {
    String[] baris =
        new String(templatCsv(), java.nio.charset.StandardCharsets.UTF_8)
            .replace("\uFEFF", "")
            .split("\r\n");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = new java.io.ByteArrayOutputStream()) {
      var sheet = wb.createSheet("UMKM");
      for (int r = 0; r < baris.length; r++) {
        String[] sel = baris[r].split(";", -1);
        var row = sheet.createRow(r);
        for (int c = 0; c < sel.length; c++) {
          row.createCell(c).setCellValue(sel[c]);
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Keeps an upload for the preview-then-save steps; answers a random token. */
  public String simpanSementara(InputStream isi, String namaAsli) {
    return sementara.simpan(isi, namaAsli);
  }

  public Optional<ImporBerkas> sementara(String token) {
    return sementara.ambil(token);
  }

  public void hapusSementara(String token) {
    sementara.hapus(token);
  }

  private void jalankan(
      ImporBerkas berkas,
      Cakupan cakupan,
      Map<String, String> peta,
      PengumpulLaporan p,
      BiConsumer<BarisImpor, List<String>> tiapSah,
      BiConsumer<List<String>, List<ImporGalat>> tiapTolakan) {
    DaftarKelurahan kelurahan = new DaftarKelurahan(wilayah);
    Nik.Wilayah nikSimpan = new ImporNikWilayah(nikWilayah);
    PemeriksaBaris[] pemeriksa = new PemeriksaBaris[1];
    int[] nomor = {0};
    PembacaBerkas.baca(
        berkas.path(),
        berkas.xlsx(),
        baris -> {
          nomor[0]++;
          if (pemeriksa[0] == null) {
            Kepala k = Kepala.baca(baris, peta);
            p.kepala(k);
            pemeriksa[0] = new PemeriksaBaris(k, kelurahan, kbli::periksa, nikSimpan, cakupan);
            tiapTolakan.accept(baris, List.of());
          } else if (!kosong(baris)) {
            BarisImpor b = pemeriksa[0].periksa(nomor[0], baris);
            p.baris(b);
            if (b.sah()) {
              tiapSah.accept(b, baris);
            } else {
              tiapTolakan.accept(baris, b.galat());
            }
          }
        });
    if (pemeriksa[0] == null) {
      throw new MasukanTidakSah("impor.berkas.kosong");
    }
  }

  private static boolean kosong(List<String> baris) {
    return baris.stream().allMatch(s -> s == null || s.isBlank());
  }
}
