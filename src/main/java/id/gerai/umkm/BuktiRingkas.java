package id.gerai.umkm;

import id.gerai.shared.berkas.JenisBerkas;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One evidence file as lists show it: what it proves and what it is attached to (a permit's kind
 * and number, a milestone's kind and date), its file, verification and upload, and whether the
 * caller may open it (a KTP only for Dinkop staff and the owner).
 */
public record BuktiRingkas(
    long id,
    BuktiJenis jenis,
    Long usahaId,
    Long legalitasId,
    LegalitasJenis legalitasJenis,
    String legalitasNomor,
    Long tonggakId,
    TonggakJenis tonggakJenis,
    LocalDate tonggakTanggal,
    String keterangan,
    String nama,
    JenisBerkas tipe,
    long ukuran,
    VerifikasiStatus statusVerifikasi,
    String diverifikasiOleh,
    String diunggahOleh,
    OffsetDateTime diunggahPada,
    boolean bolehDibuka) {

  BuktiRingkas dengan(boolean boleh) {
    return new BuktiRingkas(
        id,
        jenis,
        usahaId,
        legalitasId,
        legalitasJenis,
        legalitasNomor,
        tonggakId,
        tonggakJenis,
        tonggakTanggal,
        keterangan,
        nama,
        tipe,
        ukuran,
        statusVerifikasi,
        diverifikasiOleh,
        diunggahOleh,
        diunggahPada,
        boleh);
  }
}
