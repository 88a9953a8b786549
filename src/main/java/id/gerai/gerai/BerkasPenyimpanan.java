package id.gerai.gerai;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Decree PDFs on disk, under {@code gerai.gerai.berkas-dir}, each named by a generated UUID. An
 * upload is checked (size, then the {@code %PDF-} magic bytes) before anything is written; a file
 * written inside a transaction that rolls back is removed again, so a refused or failed upload
 * leaves neither a row nor a file.
 */
@Component
class BerkasPenyimpanan {

  private static final Pattern NAMA_SIMPAN =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final Path folder;
  private final long maks;
  private final String batas;

  BerkasPenyimpanan(
      @Value("${gerai.gerai.berkas-dir:./data/berkas}") String folder,
      PengurusProperties properties) {
    this.folder = Path.of(folder).toAbsolutePath().normalize();
    this.maks = properties.berkasMaks().toBytes();
    this.batas = properties.berkasMaksTeks();
  }

  BerkasTersimpan simpan(BerkasUnggahan unggahan) {
    if (unggahan.ukuran() > maks) {
      throw new BerkasDitolak("berkas.terlalu-besar", batas);
    }
    try (InputStream in = unggahan.isi().getInputStream()) {
      byte[] awal = in.readNBytes(BerkasPdf.KEPALA.length);
      if (!BerkasPdf.pdf(awal)) {
        throw new BerkasDitolak("berkas.bukan-pdf");
      }
      String nama = UUID.randomUUID().toString();
      Path sementara = siapkanFolder().resolve(nama + ".part");
      BerkasTersimpan hasil = salin(in, awal, sementara, nama, unggahan.namaAsli());
      Files.move(sementara, folder.resolve(nama), StandardCopyOption.ATOMIC_MOVE);
      hapusBilaBatal(nama);
      return hasil;
    } catch (IOException e) {
      throw new BerkasDitolak("berkas.tidak-terbaca");
    }
  }

  /** The stored file; a name that is not one of ours, or a missing file, is a 404. */
  FileSystemResource buka(String namaSimpan) {
    Path berkas = jalur(namaSimpan);
    if (!Files.isRegularFile(berkas)) {
      throw new TidakDitemukan("sk.berkas.tidak-ada");
    }
    return new FileSystemResource(berkas);
  }

  /** Removes a replaced file once the change that replaced it has committed. */
  void hapusSetelahCommit(String namaSimpan) {
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

  private BerkasTersimpan salin(InputStream in, byte[] awal, Path ke, String nama, String namaAsli)
      throws IOException {
    MessageDigest sha = sha256();
    long ukuran = 0;
    try (OutputStream out = Files.newOutputStream(ke, StandardOpenOption.CREATE_NEW)) {
      byte[] buf = awal;
      int n = awal.length;
      while (n != -1) {
        ukuran += n;
        if (ukuran > maks) {
          throw new BerkasDitolak("berkas.terlalu-besar", batas);
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
    String hash = HexFormat.of().formatHex(sha.digest());
    return new BerkasTersimpan(nama, BerkasPdf.namaAman(namaAsli), ukuran, hash);
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
      throw new TidakDitemukan("sk.berkas.tidak-ada");
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

  Path folder() {
    return folder;
  }
}
