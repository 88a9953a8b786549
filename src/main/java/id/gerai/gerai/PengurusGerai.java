package id.gerai.gerai;

import java.util.List;

/**
 * A gerai's officers: who serves now, who will, who served, whether the required positions are
 * filled, and the gerai's decrees.
 */
public record PengurusGerai(
    Identitas gerai,
    List<PengurusRingkas> sekarang,
    List<PengurusRingkas> akanDatang,
    List<PengurusRingkas> riwayat,
    PengurusKelengkapan kelengkapan,
    List<SuratKeputusanRingkas> suratKeputusan) {

  /** The gerai itself, as far as its officers' page needs it. */
  public record Identitas(long id, String nama, String jenis, String kodeWilayah, String status) {}
}
