package id.gerai.shared.berkas;

import id.gerai.shared.TidakDitemukan;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploaded files on disk, under {@code gerai.berkas.dir}, each named by a generated UUID; the
 * caller keeps the returned {@link BerkasTersimpan} in its own row. An upload is checked (not
 * empty, kind by magic bytes, size by counting the real bytes) before it is kept; a file written
 * inside a transaction that rolls back is removed again, so a refused or failed upload leaves
 * neither a row nor a file. Use: {@link #simpan} in the transaction that writes the row, {@link
 * #buka} to send it back, {@link #hapusSetelahCommit} when a row drops or replaces its file.
 */
@Component
public class GudangBerkas {

  private static final Pattern NAMA_SIMPAN =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final String NAMA_BAWAAN = "berkas";

  private final Path folder;

  GudangBerkas(BerkasProperties properties) {
    this.folder = Path.of(properties.dir()).toAbsolutePath().normalize();
  }

  /**
   * Checks and keeps an upload under a new name. Refusals ({@link BerkasDitolak}): {@code
   * berkas.wajib} (nothing sent), {@code berkas.kosong}, {@code berkas.jenis-salah} (argument: the
   * accepted kinds), {@code berkas.terlalu-besar} (argument: the limit), {@code
   * berkas.tidak-terbaca}.
   */
  public BerkasTersimpan simpan(BerkasUnggahan unggahan, AturanBerkas aturan) {
    if (unggahan == null || unggahan.isi() == null) {
      throw new BerkasDitolak("berkas.wajib");
    }
    if (unggahan.ukuran() > aturan.maks().toBytes()) {
      throw new BerkasDitolak("berkas.terlalu-besar", aturan.maksTeks());
    }
    try (InputStream in = unggahan.isi().getInputStream()) {
      byte[] awal = in.readNBytes(JenisBerkas.PANJANG_KEPALA);
      if (awal.length == 0) {
        throw new BerkasDitolak("berkas.kosong");
      }
      JenisBerkas jenis =
          JenisBerkas.kenali(awal)
              .filter(aturan::boleh)
              .orElseThrow(() -> new BerkasDitolak("berkas.jenis-salah", aturan.jenisTeks()));
      String nama = UUID.randomUUID().toString();
      Path sementara = siapkanFolder().resolve(nama + ".part");
      long[] ukuran = new long[1];
      String sha = salin(in, awal, sementara, aturan, ukuran);
      Files.move(sementara, folder.resolve(nama), StandardCopyOption.ATOMIC_MOVE);
      hapusBilaBatal(nama);
      String tampil = NamaBerkas.aman(unggahan.namaAsli(), jenis, NAMA_BAWAAN);
      return new BerkasTersimpan(nama, tampil, ukuran[0], sha, jenis);
    } catch (IOException e) {
      throw new BerkasDitolak("berkas.tidak-terbaca");
    }
  }

  /** The stored file to send; a name that is not one of ours, or a missing file, is a 404. */
  public BerkasUnduhan buka(BerkasTersimpan berkas) {
    Path p = jalur(berkas.namaSimpan());
    if (!Files.isRegularFile(p)) {
      throw new TidakDitemukan("berkas.tidak-ada");
    }
    return new BerkasUnduhan(
        new FileSystemResource(p), berkas.namaAsli(), berkas.ukuran(), berkas.jenis());
  }

  /** Removes a replaced or dropped file once the change that let it go has committed. */
  public void hapusSetelahCommit(String namaSimpan) {
    if (namaSimpan == null) {
      return;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      hapus(namaSimpan);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            hapus(namaSimpan);
          }
        });
  }

  /** The folder the files live in (for operators and tests; never built from user input). */
  public Path folder() {
    return folder;
  }

  private String salin(InputStream in, byte[] awal, Path ke, AturanBerkas aturan, long[] ukuran)
      throws IOException {
    MessageDigest sha = sha256();
    long maks = aturan.maks().toBytes();
    try (OutputStream out = Files.newOutputStream(ke, StandardOpenOption.CREATE_NEW)) {
      byte[] buf = awal;
      int n = awal.length;
      while (n != -1) {
        ukuran[0] += n;
        if (ukuran[0] > maks) {
          throw new BerkasDitolak("berkas.terlalu-besar", aturan.maksTeks());
        }
        sha.update(buf, 0, n);
        out.write(buf, 0, n);
        buf = buf.length < 8192 ? new byte[8192] : buf;
        n = in.read(buf);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(ke);
      throw e;
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private void hapusBilaBatal(String nama) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status != STATUS_COMMITTED) {
                hapus(nama);
              }
            }
          });
    }
  }

  private void hapus(String namaSimpan) {
    try {
      Files.deleteIfExists(jalur(namaSimpan));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path jalur(String namaSimpan) {
    if (namaSimpan == null || !NAMA_SIMPAN.matcher(namaSimpan).matches()) {
      throw new TidakDitemukan("berkas.tidak-ada");
    }
    return folder.resolve(namaSimpan);
  }

  private Path siapkanFolder() {
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
