package id.gerai.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A small RFC 4180 reader: quoted fields may hold the separator, doubled quotes and line breaks. It
 * streams, one record at a time, so a large file never sits in memory.
 */
public final class CsvReader {

  private final BufferedReader in;
  private final char pemisah;

  public CsvReader(BufferedReader in, char pemisah) {
    this.in = in;
    this.pemisah = pemisah;
  }

  /** Calls {@code tiapBaris} for every record, the header included. */
  public void baca(Consumer<List<String>> tiapBaris) {
    try {
      List<String> baris;
      while ((baris = berikutnya()) != null) {
        tiapBaris.accept(baris);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next record, or null at the end of the input. */
  public List<String> berikutnya() throws IOException {
    int c = in.read();
    if (c == -1) {
      return null;
    }
    List<String> kolom = new ArrayList<>();
    StringBuilder isi = new StringBuilder();
    boolean dalamKutip = false;
    while (c != -1) {
      char ch = (char) c;
      if (dalamKutip) {
        if (ch == '"') {
          in.mark(1);
          int lanjut = in.read();
          if (lanjut == '"') {
            isi.append('"');
          } else {
            dalamKutip = false;
            if (lanjut == -1) {
              break;
            }
            in.reset();
          }
        } else {
          isi.append(ch);
        }
      } else if (ch == '"') {
        dalamKutip = true;
      } else if (ch == pemisah) {
        kolom.add(isi.toString());
        isi.setLength(0);
      } else if (ch == '\n') {
        break;
      } else if (ch != '\r') {
        isi.append(ch);
      }
      c = in.read();
    }
    kolom.add(isi.toString());
    return kolom;
  }
}
