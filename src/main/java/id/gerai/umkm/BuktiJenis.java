package id.gerai.umkm;

import id.gerai.shared.berkas.AturanBerkas;
import id.gerai.shared.berkas.JenisBerkas;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.util.unit.DataSize;

/**
 * What an evidence file proves, which decides what it is attached to: a KTP to the business actor
 * (personal data), a photo or other file to the business, a permit document to a permit row, a
 * milestone's evidence to a milestone. A business photo must be a picture.
 */
public enum BuktiJenis {
  KTP,
  FOTO_USAHA,
  LAINNYA,
  LEGALITAS,
  TONGGAK;

  private static final Set<JenisBerkas> GAMBAR =
      EnumSet.of(JenisBerkas.JPEG, JenisBerkas.PNG, JenisBerkas.WEBP);

  /** A KTP is personal data: only Dinkop staff and the owner may open it. */
  public boolean dataPribadi() {
    return this == KTP;
  }

  /** The kinds of file this evidence may be, up to {@code maks}. */
  public AturanBerkas aturan(DataSize maks) {
    return new AturanBerkas(this == FOTO_USAHA ? GAMBAR : EnumSet.allOf(JenisBerkas.class), maks);
  }
}
