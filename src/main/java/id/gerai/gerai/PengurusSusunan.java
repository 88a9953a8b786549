package id.gerai.gerai;

import id.gerai.gerai.PengurusPencarian.PengurusBaris;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Terms split by where they stand on a day: current officers (by position), those to come, and past
 * ones (latest first). Phone numbers are masked here unless the viewer may see them.
 */
record PengurusSusunan(
    List<PengurusRingkas> sekarang,
    List<PengurusRingkas> akanDatang,
    List<PengurusRingkas> riwayat) {

  static PengurusSusunan dari(List<PengurusBaris> baris, LocalDate hari, boolean teleponUtuh) {
    List<PengurusRingkas> semua = baris.stream().map(b -> ringkas(b, hari, teleponUtuh)).toList();
    return new PengurusSusunan(
        semua.stream()
            .filter(p -> p.status() == MasaBakti.Status.BERJALAN)
            .sorted(Comparator.comparing(PengurusRingkas::jabatan))
            .toList(),
        semua.stream().filter(p -> p.status() == MasaBakti.Status.AKAN_DATANG).toList(),
        semua.stream().filter(p -> p.status() == MasaBakti.Status.SELESAI).toList());
  }

  private static PengurusRingkas ringkas(PengurusBaris b, LocalDate hari, boolean teleponUtuh) {
    return new PengurusRingkas(
        b.id(),
        b.nama(),
        b.jabatan(),
        b.bidang(),
        teleponUtuh ? b.telepon() : PengurusTelepon.samarkan(b.telepon()),
        b.masaBakti().mulai(),
        b.masaBakti().selesai(),
        b.masaBakti().status(hari),
        b.suratKeputusan());
  }
}
