package id.gerai.umkm.web;

import id.gerai.shared.berkas.BerkasUnggahan;
import org.springframework.web.multipart.MultipartFile;

/** What the evidence page and API share: turning a multipart field into an upload. */
final class BuktiWeb {

  private BuktiWeb() {}

  /** Null when no file was chosen at all (the store then asks for one); an empty file stays. */
  static BerkasUnggahan unggahan(MultipartFile file) {
    if (file == null || (file.isEmpty() && isiKosong(file.getOriginalFilename()))) {
      return null;
    }
    return new BerkasUnggahan(file.getOriginalFilename(), file.getSize(), file);
  }

  private static boolean isiKosong(String nama) {
    return nama == null || nama.isBlank();
  }
}
