package id.gerai.koperasi;

import id.gerai.koperasi.KoperasiImporLaporan.KoperasiImporTolakan;
import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.impor.PembacaBerkas;
import id.gerai.wilayah.DaftarKelurahan;
import id.gerai.wilayah.WilayahService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the cooperative register from a CSV or XLSX file, with the UMKM import's rules: {@link
 * #periksa} checks every row and writes nothing; {@link #simpan} registers the valid rows through
 * {@link KoperasiService#daftarkan} (same checks, scope and trail) in one transaction, so anything
 * unexpected writes nothing. A cooperative already registered (same Nomor Induk Koperasi, else same
 * legal entity number, else same name in the same kelurahan) is skipped: a second import of the
 * same file changes nothing. Only Dinkop staff import.
 */
@Service
@Transactional(readOnly = true)
public class KoperasiImporService {

  private final KoperasiService koperasi;
  private final WilayahService wilayah;
  private final JdbcClient jdbc;

  KoperasiImporService(KoperasiService koperasi, WilayahService wilayah, JdbcClient jdbc) {
    this.koperasi = koperasi;
    this.wilayah = wilayah;
    this.jdbc = jdbc;
  }

  /** Reads and checks the whole file; writes nothing. */
  @PreAuthorize(KoperasiPeran.STAF)
  public KoperasiImporLaporan periksa(Path berkas, boolean xlsx, Cakupan cakupan) {
    return jalankan(berkas, xlsx, cakupan, false);
  }

  /** Registers the file's valid new rows, all or nothing. */
  @Transactional
  @PreAuthorize(KoperasiPeran.STAF)
  public KoperasiImporLaporan simpan(Path berkas, boolean xlsx, Cakupan cakupan) {
    return jalankan(berkas, xlsx, cakupan, true);
  }

  private KoperasiImporLaporan jalankan(Path berkas, boolean xlsx, Cakupan cakupan, boolean tulis) {
    DaftarKelurahan kel = new DaftarKelurahan(wilayah);
    KoperasiImporBaris[] pemeriksa = new KoperasiImporBaris[1];
    List<String> kepala = new ArrayList<>();
    List<KoperasiImporGalat> galat = new ArrayList<>();
    List<KoperasiImporTolakan> tolakan = new ArrayList<>();
    List<KoperasiImporBaris.Hasil> baru = new ArrayList<>();
    Set<String> kunci = new HashSet<>();
    int[] n = {0, 0, 0};
    PembacaBerkas.baca(
        berkas,
        xlsx,
        baris -> {
          n[0]++;
          if (pemeriksa[0] == null) {
            pemeriksa[0] = KoperasiImporBaris.kepala(baris, kel, cakupan);
            kepala.addAll(baris);
            return;
          }
          if (baris.stream().allMatch(s -> s == null || s.isBlank())) {
            return;
          }
          n[1]++;
          KoperasiImporBaris.Hasil h = pemeriksa[0].periksa(n[0], baris);
          galat.addAll(h.galat());
          if (!h.sah()) {
            tolakan.add(new KoperasiImporTolakan(List.copyOf(baris), h.galat()));
          } else if (!kunci.add(kunciUlang(h.perintah())) || sudahAda(h.perintah())) {
            n[2]++;
            galat.add(
                new KoperasiImporGalat(
                    n[0],
                    pemeriksa[0].judul(KoperasiImporKolom.NAMA),
                    "koperasi.impor.sudah-ada",
                    h.perintah().nama(),
                    true));
          } else {
            baru.add(h);
          }
        });
    if (pemeriksa[0] == null) {
      throw new MasukanTidakSah("koperasi.impor.kosong");
    }
    if (tulis) {
      daftarkan(baru, cakupan);
    }
    return new KoperasiImporLaporan(
        n[1], baru.size(), n[2], tolakan.size(), tulis, galat, kepala, tolakan);
  }

  private void daftarkan(List<KoperasiImporBaris.Hasil> baru, Cakupan cakupan) {
    try {
      for (KoperasiImporBaris.Hasil h : baru) {
        long id = koperasi.daftarkan(h.perintah(), cakupan).id();
        if (h.status() != StatusKoperasi.AKTIF) {
          koperasi.ubahStatus(id, h.status(), cakupan);
        }
      }
    } catch (BidangDitolak | DataAccessException e) {
      // The transaction rolls back: nothing of this file is written.
      throw new MasukanTidakSah("koperasi.impor.gagal-simpan");
    }
  }

  /** The key a cooperative is recognised by across imports. */
  private static String kunciUlang(DaftarkanKoperasi d) {
    if (d.nomorIndukKoperasi() != null) {
      return "nik:" + d.nomorIndukKoperasi();
    }
    if (d.nomorBadanHukum() != null) {
      return "bh:" + d.nomorBadanHukum().toLowerCase(java.util.Locale.ROOT);
    }
    return "nama:" + d.nama().toLowerCase(java.util.Locale.ROOT) + "@" + d.kelurahan();
  }

  private boolean sudahAda(DaftarkanKoperasi d) {
    if (d.nomorIndukKoperasi() != null) {
      return ada("nomor_induk_koperasi = :v", d.nomorIndukKoperasi(), null);
    }
    if (d.nomorBadanHukum() != null) {
      return ada("LOWER(nomor_badan_hukum) = LOWER(:v)", d.nomorBadanHukum(), null);
    }
    return ada("LOWER(nama) = LOWER(:v) AND kode_wilayah = :w", d.nama(), d.kelurahan());
  }

  private boolean ada(String syarat, String v, String w) {
    var q = jdbc.sql("SELECT COUNT(*) FROM koperasi WHERE " + syarat).param("v", v);
    if (w != null) {
      q = q.param("w", w);
    }
    return q.query(Long.class).single() > 0;
  }

  /** The template: the headers and one example row, UTF-8 with BOM, {@code ;}-separated. */
  public static byte[] templatCsv() {
    return KoperasiImporTemplat.csv();
  }

  /** The same template as a workbook (text cells). */
  public static byte[] templatXlsx() {
    return KoperasiImporTemplat.xlsx();
  }
}
