package id.gerai.umkm;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an export's header and rows to a stream as they come, never holding the whole list. */
interface EksporPenulis extends AutoCloseable {

  void judul(String[] kolom) throws IOException;

  void baris(EksporBaris b) throws IOException;

  /** Finishes the file and flushes it; the caller's stream stays the caller's to close. */
  void selesai() throws IOException;

  @Override
  void close() throws IOException;

  static EksporPenulis untuk(EksporFormat format, OutputStream keluar) {
    return format == EksporFormat.CSV ? new EksporCsv(keluar) : new EksporXlsx(keluar);
  }
}
