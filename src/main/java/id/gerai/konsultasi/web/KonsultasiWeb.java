package id.gerai.konsultasi.web;

import id.gerai.shared.berkas.BerkasUnggahan;
import org.springframework.web.multipart.MultipartFile;

/** What the case pages and API share: turning a multipart field into an upload. */
final class KonsultasiWeb {

  private KonsultasiWeb() {}

  /** Null when no file was chosen (the store then asks for one); an empty file stays. */
  static BerkasUnggahan unggahan(MultipartFile file) {
    if (file == null
        || (file.isEmpty()
            && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
      return null;
    }
    return new BerkasUnggahan(file.getOriginalFilename(), file.getSize(), file);
  }
}
