package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.JejakMassal;
import id.gerai.shared.PenulisMassal;
import id.gerai.umkm.impor.BarisImpor;
import id.gerai.umkm.impor.PengumpulLaporan;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The save of one import, a chunk of valid rows at a time: which rows are already registered is
 * asked once per chunk ({@link ImporKunci}), then owners, businesses, yearly figures and one trail
 * entry per business are written in batches. Register rows are the same as {@link
 * UmkmService#daftarkan} and {@link AngkaTahunanService#catat} write for one row; the trail keeps
 * what they would in one entry ({@link UsahaDiimpor}); memory is one chunk, whatever the file.
 */
final class ImporKelompok {

  static final int UKURAN = 2_000;
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final List<String> KOLOM_PELAKU =
      List.of(
          "nik",
          "nama",
          "telepon",
          "kode_wilayah",
          "alamat",
          "dasar_pemrosesan",
          "status_verifikasi",
          "diverifikasi_oleh",
          "diverifikasi_pada",
          "dibuat_pada",
          "versi");
  private static final List<String> KOLOM_USAHA =
      List.of(
          "pelaku_usaha_id",
          "nama",
          "nib",
          "kbli_versi",
          "kbli_kode",
          "kode_wilayah",
          "alamat",
          "gerai_id",
          "status",
          "status_verifikasi",
          "diverifikasi_oleh",
          "diverifikasi_pada",
          "dibuat_pada",
          "diubah_pada",
          "versi",
          "kelas_omzet_terakhir",
          "tahun_kelas_terakhir");
  private static final List<String> KOLOM_ANGKA =
      List.of(
          "usaha_id",
          "tahun",
          "omzet_tahunan",
          "modal_usaha",
          "tenaga_kerja",
          "sumber",
          "kelas_omzet",
          "kelas_modal",
          "dasar_kriteria",
          "dasar_kriteria_nama",
          "dicatat_oleh",
          "dicatat_pada");

  private final ImporKunci kunci;
  private final ImporMirip mirip;
  private final PenulisMassal penulis;
  private final ApplicationEventPublisher events;
  private final Cakupan cakupan;
  private final PengumpulLaporan laporan;
  private final String oleh = UmkmPeran.nama();
  private final String pemverifikasi = UmkmPeran.pemverifikasi() ? UmkmPeran.nama() : null;
  private long ditulis;
  private long batasStatistik = -1;

  ImporKelompok(
      ImporKunci kunci,
      ImporMirip mirip,
      PenulisMassal penulis,
      ApplicationEventPublisher events,
      Cakupan cakupan,
      PengumpulLaporan laporan) {
    this.kunci = kunci;
    this.mirip = mirip;
    this.penulis = penulis;
    this.events = events;
    this.cakupan = cakupan;
    this.laporan = laporan;
  }

  /** Saves one chunk of valid rows, in file order. */
  void tulis(List<BarisImpor> antre) {
    if (batasStatistik < 0) {
      penulis.siapkanTransaksi();
      batasStatistik = Math.max(UKURAN * 2L, penulis.perkiraanBaris("usaha"));
    }
    ImporKunci.Ada ada = kunci.ada(antre);
    Set<String> terlihat = new HashSet<>();
    Map<String, Integer> pelakuBaru = new HashMap<>();
    List<BarisImpor> baru = new ArrayList<>();
    List<Object[]> pelaku = new ArrayList<>();
    int[] pemilik = new int[antre.size()];
    Long[] pemilikLama = new Long[antre.size()];
    boolean[] pemilikDibuat = new boolean[antre.size()];
    for (BarisImpor b : antre) {
      DaftarkanUmkm d = b.perintah();
      String k = ImporKunci.kunciUtama(d);
      if (ada.kunci().contains(k) || terlihat.contains(k)) {
        laporan.dilewati();
        continue;
      }
      terlihat.addAll(ImporKunci.semuaKunci(d));
      int i = baru.size();
      baru.add(b);
      Long lama = d.nik() == null ? null : ada.pelaku().get(d.nik());
      Integer dalam = d.nik() == null ? null : pelakuBaru.get(d.nik());
      if (lama != null) {
        pemilikLama[i] = lama;
      } else if (dalam != null) {
        pemilik[i] = dalam;
      } else {
        pemilik[i] = pelaku.size();
        pemilikDibuat[i] = true;
        if (d.nik() != null) {
          pelakuBaru.put(d.nik(), pelaku.size());
        }
        pelaku.add(barisPelaku(d));
      }
    }
    laporan.duplikat(mirip.periksa(baru, cakupan));
    simpan(baru, pelaku, new Pemilik(pemilik, pemilikLama, pemilikDibuat));
    statistik(baru.size());
  }

  /**
   * Each time this import has written as many businesses again as the register held at the last
   * count, the planner's statistics are refreshed (a handful of times, even for a million rows):
   * the look-ups of the next chunks are planned for the tables as they now are.
   */
  private void statistik(int tambah) {
    ditulis += tambah;
    if (ditulis >= batasStatistik) {
      penulis.perbaruiStatistik("usaha", "pelaku_usaha");
      batasStatistik = ditulis + Math.max(UKURAN * 2L, penulis.perkiraanBaris("usaha"));
    }
  }

  /**
   * Who owns each new business: an owner already registered ({@code lama}), else the index of a new
   * owner row, which {@code dibuat} marks on the business whose row created it.
   */
  private record Pemilik(int[] baru, Long[] lama, boolean[] dibuat) {}

  /**
   * Writes owners, businesses and figures in bulk, then one trail entry per business whose {@code
   * sesudah} holds the business, the owner its row created and its figures ({@link UsahaDiimpor}):
   * one trail row instead of three for every imported row.
   */
  private void simpan(List<BarisImpor> baru, List<Object[]> pelaku, Pemilik p) {
    OffsetDateTime kini = OffsetDateTime.now(WIB).truncatedTo(ChronoUnit.MICROS);
    long[] idPelaku = penulis.sisipkanDenganId("pelaku_usaha", KOLOM_PELAKU, pelaku);
    List<Object[]> usaha = new ArrayList<>(baru.size());
    AngkaTahunan[] tahunan = new AngkaTahunan[baru.size()];
    long[] pemilikId = new long[baru.size()];
    for (int i = 0; i < baru.size(); i++) {
      pemilikId[i] = p.lama()[i] != null ? p.lama()[i] : idPelaku[p.baru()[i]];
      CatatAngkaTahunan c = baru.get(i).angka();
      tahunan[i] = c == null ? null : hitung(c, kini);
      usaha.add(barisUsaha(pemilikId[i], baru.get(i).perintah(), tahunan[i]));
    }
    long[] idUsaha = penulis.sisipkanDenganId("usaha", KOLOM_USAHA, usaha);
    List<Object[]> angka = new ArrayList<>(baru.size());
    List<Jejak> jejak = new ArrayList<>(baru.size());
    for (int i = 0; i < baru.size(); i++) {
      if (tahunan[i] != null) {
        angka.add(barisAngka(idUsaha[i], tahunan[i]));
      }
      PelakuUsahaRekaman pemilikBaru =
          p.dibuat()[i] ? rekamanPelaku(pelaku.get(p.baru()[i])) : null;
      UsahaRekaman u = rekamanUsaha(pemilikId[i], usaha.get(i));
      jejak.add(
          Jejak.dibuat(
              Usaha.JENIS_JEJAK, idUsaha[i], new UsahaDiimpor(u, pemilikBaru, tahunan[i])));
    }
    penulis.sisipkan("angka_tahunan", KOLOM_ANGKA, angka);
    events.publishEvent(new JejakMassal(jejak));
    for (int i = 0; i < baru.size(); i++) {
      laporan.ditambahkan();
    }
  }

  private Object[] barisPelaku(DaftarkanUmkm d) {
    String telepon =
        d.telepon() == null ? null : Telepon.normalkan(d.telepon()).orElse(d.telepon());
    return new Object[] {
      d.nik(),
      d.nama().strip(),
      telepon,
      d.kelurahan(),
      d.alamat(),
      PelakuUsahaDasar.PELAYANAN_PUBLIK.name(),
      status().name(),
      pemverifikasi,
      pemverifikasi == null ? null : sekarang(),
      sekarang(),
      0
    };
  }

  /** A new business's row; its only year, when the file gives one, is also its latest class. */
  private Object[] barisUsaha(long pelakuId, DaftarkanUmkm d, AngkaTahunan a) {
    String kbli = d.kbliKode() == null ? null : d.kbliKode().strip();
    Long gerai = cakupan.jenis() == Cakupan.Jenis.GERAI ? cakupan.geraiId() : null;
    OffsetDateTime kini = sekarang();
    return new Object[] {
      pelakuId,
      d.namaUsaha().strip(),
      d.nib(),
      kbli == null ? null : KbliService.VERSI,
      kbli,
      d.kelurahanUsaha(),
      d.alamatUsaha(),
      gerai,
      UsahaStatus.AKTIF.name(),
      status().name(),
      pemverifikasi,
      pemverifikasi == null ? null : kini,
      kini,
      kini,
      0,
      a == null ? null : a.kelasOmzet().name(),
      a == null ? null : a.tahun()
    };
  }

  private static Object[] barisAngka(long usahaId, AngkaTahunan a) {
    return new Object[] {
      usahaId,
      a.tahun(),
      a.omzetTahunan(),
      a.modalUsaha(),
      a.tenagaKerja(),
      a.sumber().name(),
      a.kelasOmzet().name(),
      a.kelasModal() == null ? null : a.kelasModal().name(),
      a.dasarKriteria().name(),
      a.dasarKriteriaNama(),
      a.dicatatOleh(),
      a.dicatatPada()
    };
  }

  /** The figures as {@link AngkaTahunanService#catat} classes them, from a report by an officer. */
  private AngkaTahunan hitung(CatatAngkaTahunan c, OffsetDateTime pada) {
    HasilKlasifikasi h =
        KlasifikasiUsaha.klasifikasi(
            c.tahun(), c.omzetTahunan(), c.modalUsaha(), c.kekayaanBersih());
    return new AngkaTahunan(
        c.tahun(),
        c.omzetTahunan(),
        c.modalUsaha(),
        c.kekayaanBersih(),
        c.tenagaKerja(),
        AngkaTahunan.Sumber.LAPORAN,
        h.kelasOmzet(),
        h.kelasModal(),
        h.dasar(),
        h.dasar().nama(),
        oleh,
        pada);
  }

  private PelakuUsahaRekaman rekamanPelaku(Object[] p) {
    return new PelakuUsahaRekaman(
        (String) p[1],
        Nik.samarkan((String) p[0]),
        Telepon.samarkan((String) p[2]),
        (String) p[3],
        PelakuUsahaDasar.PELAYANAN_PUBLIK,
        null,
        status());
  }

  private UsahaRekaman rekamanUsaha(long pelakuId, Object[] u) {
    return new UsahaRekaman(
        pelakuId,
        (String) u[1],
        (String) u[2],
        (String) u[4],
        null,
        (String) u[5],
        (Long) u[7],
        null,
        null,
        UsahaStatus.AKTIF,
        status(),
        List.of());
  }

  private VerifikasiStatus status() {
    return pemverifikasi == null ? VerifikasiStatus.BELUM : VerifikasiStatus.TERVERIFIKASI;
  }

  private static OffsetDateTime sekarang() {
    return OffsetDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
