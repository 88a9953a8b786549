package id.gerai.konsultasi;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** One case with its thread, attachments and sessions, and where its status may go next. */
public record KonsultasiDetail(
    long id,
    Long usahaId,
    Long koperasiId,
    String namaSubjek,
    String kodeWilayah,
    Long geraiId,
    KategoriMasalah kategori,
    String uraian,
    Urgensi urgensi,
    Saluran saluran,
    StatusKonsultasi status,
    Long ditugaskanAkunId,
    String ditugaskanNama,
    PeranTujuan ditugaskanPeran,
    String rujukanProgram,
    String solusi,
    OffsetDateTime batasTanggapan,
    OffsetDateTime batasSelesai,
    OffsetDateTime tanggapanPertamaPada,
    OffsetDateTime selesaiPada,
    String dibuatOleh,
    OffsetDateTime dibuatPada,
    boolean terlambatTanggapan,
    boolean terlambatSelesai,
    int versi,
    List<TanggapanRingkas> tanggapan,
    List<LampiranRingkas> lampiran,
    List<SesiRingkas> sesi) {

  public Set<StatusKonsultasi> berikutnya() {
    return AlurStatus.berikutnya(status);
  }

  public boolean terlambat() {
    return terlambatTanggapan || terlambatSelesai;
  }
}
