package id.gerai.umkm;

import id.gerai.shared.MasukanTidakSah;
import java.util.List;

/**
 * The header lacks a required column. Carries what the mapping step needs: the headers the import
 * did not know (each may be mapped to a column) and the required columns missing.
 */
public class ImporKolomKurang extends MasukanTidakSah {

  private final transient List<String> takDikenal;
  private final transient List<String> wajibHilang;

  public ImporKolomKurang(String kolom, List<String> takDikenal, List<String> wajibHilang) {
    super("impor.berkas.kolom-wajib", kolom);
    this.takDikenal = List.copyOf(takDikenal);
    this.wajibHilang = List.copyOf(wajibHilang);
  }

  public List<String> takDikenal() {
    return takDikenal;
  }

  public List<String> wajibHilang() {
    return wajibHilang;
  }
}
