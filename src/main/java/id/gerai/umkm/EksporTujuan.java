package id.gerai.umkm;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an export goes: opened only once the filters have been checked, so a refused export has
 * written nothing (no download headers, no bytes).
 */
@FunctionalInterface
public interface EksporTujuan {
  OutputStream buka() throws IOException;
}
