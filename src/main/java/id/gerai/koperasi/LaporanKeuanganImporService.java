package id.gerai.koperasi;

import id.gerai.koperasi.LaporanKeuanganImporBaris.Hasil;
import id.gerai.koperasi.LaporanKeuanganImporBaris.Identitas;
import id.gerai.koperasi.LaporanKeuanganImporLaporan.Tolakan;
import id.gerai.shared.Cakupan;
import id.gerai.shared.GalatBerpesan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.SyaratSql;
import id.gerai.shared.impor.PembacaBerkas;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports cooperatives' yearly financial statements from a CSV or XLSX file, one row per
 * cooperative and fiscal year, with the register imports' rules: {@link #periksa} checks every row
 * and writes nothing; {@link #simpan} records the valid rows through {@link
 * LaporanKeuanganService#catat} (same checks, scope, verification rule, trail and recomputed
 * assessment) in one transaction, so anything unexpected writes nothing. A row is rejected when its
 * cooperative is not in the caller's scope (told as not found), its figures cannot be right, or its
 * year already has verified statements with other figures; unverified statements are replaced.
 * Statements already there with the same figures and verified are skipped: importing the same file
 * twice changes nothing. Only Dinkop staff import, so what they import starts verified.
 */
@Service
@Transactional(readOnly = true)
public class LaporanKeuanganImporService {

  private static final String K = LaporanKeuanganImporBaris.K;

  private final LaporanKeuanganService laporan;
  private final LaporanKeuanganPenyimpanan simpanan;
  private final KesehatanKoperasiPencarian koperasi;
  private final JdbcClient jdbc;

  LaporanKeuanganImporService(
      LaporanKeuanganService laporan,
      LaporanKeuanganPenyimpanan simpanan,
      KesehatanKoperasiPencarian koperasi,
      JdbcClient jdbc) {
    this.laporan = laporan;
    this.simpanan = simpanan;
    this.koperasi = koperasi;
    this.jdbc = jdbc;
  }

  /** Reads and checks the whole file; writes nothing. */
  @PreAuthorize(KoperasiPeran.STAF)
  public LaporanKeuanganImporLaporan periksa(Path berkas, boolean xlsx, Cakupan cakupan) {
    return new Jalan(cakupan, false).baca(berkas, xlsx);
  }

  /** Records the file's valid rows, all or nothing. */
  @Transactional
  @PreAuthorize(KoperasiPeran.STAF)
  public LaporanKeuanganImporLaporan simpan(Path berkas, boolean xlsx, Cakupan cakupan) {
    return new Jalan(cakupan, true).baca(berkas, xlsx);
  }

  /** The template: the headers and one example row, UTF-8 with BOM, {@code ;}-separated. */
  public static byte[] templatCsv() {
    return LaporanKeuanganImporTemplat.csv();
  }

  /** The same template as a workbook. */
  public static byte[] templatXlsx() {
    return LaporanKeuanganImporTemplat.xlsx();
  }

  /** A row to record: the cooperative, the year and the figures. */
  private record Diterima(long koperasiId, int tahun, Map<String, BigDecimal> angka) {}

  /** One run over a file. */
  private final class Jalan {
    private final Cakupan cakupan;
    private final boolean tulis;
    private LaporanKeuanganImporBaris pemeriksa;
    private final List<String> kepala = new ArrayList<>();
    private final List<LaporanKeuanganImporGalat> galat = new ArrayList<>();
    private final List<Tolakan> tolakan = new ArrayList<>();
    private final List<Diterima> diterima = new ArrayList<>();
    private final Map<String, Integer> barisPertama = new HashMap<>();
    private int nomor;
    private int dibaca;
    private int diganti;
    private int sudahSama;

    Jalan(Cakupan cakupan, boolean tulis) {
      this.cakupan = cakupan;
      this.tulis = tulis;
    }

    LaporanKeuanganImporLaporan baca(Path berkas, boolean xlsx) {
      PembacaBerkas.baca(berkas, xlsx, true, this::baris);
      if (pemeriksa == null) {
        throw new MasukanTidakSah(K + "kosong");
      }
      if (tulis) {
        catat();
      }
      return new LaporanKeuanganImporLaporan(
          dibaca,
          diterima.size(),
          diganti,
          sudahSama,
          tolakan.size(),
          tulis,
          List.copyOf(galat),
          List.copyOf(kepala),
          List.copyOf(tolakan));
    }

    private void baris(List<String> sel) {
      nomor++;
      if (pemeriksa == null) {
        pemeriksa = LaporanKeuanganImporBaris.kepala(sel);
        kepala.addAll(sel);
        galat.addAll(pemeriksa.peringatanKepala());
        return;
      }
      if (sel.stream().allMatch(s -> s == null || s.isBlank())) {
        return;
      }
      dibaca++;
      Hasil h = pemeriksa.periksa(nomor, sel);
      List<LaporanKeuanganImporGalat> milik = new ArrayList<>(h.galat());
      Long id = h.identitas() == null ? null : cari(h.identitas(), milik);
      if (milik.stream().allMatch(LaporanKeuanganImporGalat::peringatan)
          && id != null
          && h.tahun() != null) {
        banding(id, h, milik);
      }
      galat.addAll(milik);
      if (!milik.stream().allMatch(LaporanKeuanganImporGalat::peringatan)) {
        tolakan.add(new Tolakan(List.copyOf(sel), List.copyOf(milik)));
      }
    }

    /** Compares the row with the year's statements already there. */
    private void banding(long id, Hasil h, List<LaporanKeuanganImporGalat> milik) {
      LaporanKeuanganImporKolom kolomTahun = LaporanKeuanganImporKolom.TAHUN;
      Integer sebelum = barisPertama.putIfAbsent(id + "/" + h.tahun(), nomor);
      if (sebelum != null) {
        milik.add(pemeriksa.galat(nomor, kolomTahun, K + "ganda", null, String.valueOf(sebelum)));
        return;
      }
      if (tulis) {
        // Held until commit: nobody verifies or records this cooperative's statements meanwhile.
        koperasi.kunci(id);
      }
      var lama = simpanan.baca(id, h.tahun());
      String tahun = String.valueOf(h.tahun());
      if (lama.isPresent() && lama.get().terverifikasi() && sama(lama.get().angka(), h.angka())) {
        sudahSama++;
        milik.add(peringatan(pemeriksa.galat(nomor, kolomTahun, K + "sudah-sama", null, tahun)));
      } else if (lama.isPresent() && lama.get().terverifikasi()) {
        milik.add(pemeriksa.galat(nomor, kolomTahun, K + "terverifikasi", null, tahun));
      } else {
        if (lama.isPresent()) {
          diganti++;
          milik.add(peringatan(pemeriksa.galat(nomor, kolomTahun, K + "diganti", null, tahun)));
        }
        diterima.add(new Diterima(id, h.tahun(), h.angka()));
      }
    }

    /** The cooperative the row names, when the caller's scope reaches it; else a row error. */
    private Long cari(Identitas i, List<LaporanKeuanganImporGalat> milik) {
      SyaratSql syarat = cakupan.syarat("k.kode_wilayah", "k.gerai_id", "k.akun_id");
      String kondisi =
          switch (i.kolom().kunci()) {
            case "id" -> "k.id = CAST(:v AS BIGINT)";
            case "nik" -> "k.nomor_induk_koperasi = :v";
            default -> "LOWER(k.nomor_badan_hukum) = LOWER(:v)";
          };
      List<Long> id =
          jdbc.sql(
                  "SELECT k.id FROM koperasi k WHERE "
                      + kondisi
                      + " AND "
                      + syarat.sql()
                      + " ORDER BY k.id FETCH FIRST 2 ROWS ONLY")
              .param("v", i.nilai())
              .params(syarat.params())
              .query(Long.class)
              .list();
      if (id.size() == 1) {
        return id.get(0);
      }
      String kunci = id.isEmpty() ? "koperasi-tidak-ditemukan" : "koperasi-ganda";
      milik.add(pemeriksa.galat(nomor, i.kolom(), K + kunci, null, i.nilai()));
      return null;
    }

    private void catat() {
      var pencatat = new LaporanKeuanganPencatat(KoperasiPeran.nama(), KoperasiPeran.staf());
      try {
        for (Diterima d : diterima) {
          laporan.catat(d.koperasiId(), d.tahun(), d.angka(), cakupan, pencatat);
        }
      } catch (GalatBerpesan | DataAccessException e) {
        // The transaction rolls back: nothing of this file is written.
        throw new MasukanTidakSah(K + "gagal-simpan");
      }
    }
  }

  private static LaporanKeuanganImporGalat peringatan(LaporanKeuanganImporGalat g) {
    return new LaporanKeuanganImporGalat(
        g.baris(), g.kolom(), g.kunci(), g.pos(), g.argumen(), true);
  }

  /** Same figures: both blank, or equal amounts whatever their scale (1000 and 1000.00). */
  static boolean sama(Map<String, BigDecimal> ada, Map<String, BigDecimal> baru) {
    for (LaporanKeuanganPos p : LaporanKeuanganPos.values()) {
      BigDecimal a = ada.get(p.kode());
      BigDecimal b = baru.get(p.kode());
      if (!(Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0))) {
        return false;
      }
    }
    return true;
  }
}
