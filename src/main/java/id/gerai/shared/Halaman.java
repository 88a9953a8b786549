package id.gerai.shared;

import java.util.List;

/** One page of a list, with what a pager needs. Pages are numbered from 0. */
public record Halaman<T>(List<T> isi, int nomor, int ukuran, long total) {

  public int jumlahHalaman() {
    return ukuran == 0 ? 0 : (int) ((total + ukuran - 1) / ukuran);
  }

  public boolean adaSebelumnya() {
    return nomor > 0;
  }

  public boolean adaBerikutnya() {
    return nomor + 1 < jumlahHalaman();
  }

  /** Clamp a requested page size to something a server can afford. */
  public static int ukuranAman(Integer diminta) {
    if (diminta == null || diminta < 1) {
      return 20;
    }
    return Math.min(diminta, 200);
  }
}
