package id.gerai.gerai;

import java.util.Collection;
import java.util.List;

/**
 * Whether a gerai's current officers fill every required position ({@code
 * gerai.pengurus.jabatan-wajib}, by default ketua, sekretaris and bendahara), and which are
 * missing.
 */
public record PengurusKelengkapan(List<Jabatan> wajib, List<Jabatan> kurang, boolean lengkap) {

  public static PengurusKelengkapan dari(Collection<Jabatan> wajib, Collection<Jabatan> terisi) {
    List<Jabatan> urut = wajib.stream().distinct().sorted().toList();
    List<Jabatan> kurang = urut.stream().filter(j -> !terisi.contains(j)).toList();
    return new PengurusKelengkapan(urut, kurang, kurang.isEmpty());
  }
}
