package id.gerai.notifikasi;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A minimal SMTP server on a loopback port inside the test JVM: it accepts every message and keeps
 * it, except for recipients whose address starts with {@code tolak}, which it refuses (550), so a
 * test can see a delivery fail, and every recipient while {@link #gangguan} is on (451, try later),
 * so a test can see a delivery fail now and succeed later. No network beyond 127.0.0.1.
 */
final class PeladenSmtpUji implements AutoCloseable {

  private final ServerSocket soket;
  private final BlockingQueue<MimeMessage> diterima = new LinkedBlockingQueue<>();
  private volatile boolean gangguan;

  PeladenSmtpUji() {
    try {
      soket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread t = new Thread(this::layani, "smtp-uji");
    t.setDaemon(true);
    t.start();
  }

  int port() {
    return soket.getLocalPort();
  }

  /** The next message received, or null after the wait. */
  MimeMessage tunggu(long detik) throws InterruptedException {
    return diterima.poll(detik, TimeUnit.SECONDS);
  }

  /** While on, every recipient is refused for now (451). */
  void gangguan(boolean aktif) {
    gangguan = aktif;
  }

  /** Every message received so far, taken out. */
  java.util.List<MimeMessage> ambilSemua() {
    java.util.List<MimeMessage> semua = new java.util.ArrayList<>();
    diterima.drainTo(semua);
    return semua;
  }

  void kosongkan() {
    diterima.clear();
  }

  private void layani() {
    while (!soket.isClosed()) {
      try (Socket s = soket.accept()) {
        sesi(s);
      } catch (IOException selesai) {
        // The socket closed or a client went away: wait for the next one.
      }
    }
  }

  private void sesi(Socket s) throws IOException {
    BufferedReader masuk =
        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
    PrintWriter keluar = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
    balas(keluar, "220 localhost SMTP uji");
    String baris;
    while ((baris = masuk.readLine()) != null) {
      String perintah = baris.toUpperCase();
      if (perintah.startsWith("RCPT") && gangguan) {
        balas(keluar, "451 try again later");
      } else if (perintah.startsWith("RCPT") && perintah.contains("<TOLAK")) {
        balas(keluar, "550 no such user");
      } else if (perintah.startsWith("DATA")) {
        balas(keluar, "354 end with .");
        simpan(bacaData(masuk));
        balas(keluar, "250 OK");
      } else if (perintah.startsWith("QUIT")) {
        balas(keluar, "221 bye");
        return;
      } else {
        balas(keluar, "250 OK");
      }
    }
  }

  private static String bacaData(BufferedReader masuk) throws IOException {
    StringBuilder isi = new StringBuilder();
    String baris;
    while ((baris = masuk.readLine()) != null && !baris.equals(".")) {
      isi.append(baris.startsWith("..") ? baris.substring(1) : baris).append("\r\n");
    }
    return isi.toString();
  }

  private void simpan(String mentah) {
    try {
      diterima.add(
          new MimeMessage(
              Session.getInstance(new Properties()),
              new ByteArrayInputStream(mentah.getBytes(StandardCharsets.UTF_8))));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void balas(PrintWriter keluar, String teks) {
    keluar.print(teks + "\r\n");
    keluar.flush();
  }

  @Override
  public void close() throws IOException {
    soket.close();
  }
}
