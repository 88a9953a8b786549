package id.gerai.akun;

import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: {@code gerai_} and 43 random characters. Only the SHA-256 of the secret
 * is kept (a random 256-bit secret needs no slow hash), so a leaked table reveals no token.
 */
@Service
@Transactional
public class TokenAksesService {

  private static final SecureRandom ACAK = new SecureRandom();
  static final String AWALAN = "gerai_";
  public static final int PANJANG_NAMA = 80;

  private final JdbcClient jdbc;
  private final AkunRepository akun;
  private final ApplicationEventPublisher events;

  TokenAksesService(JdbcClient jdbc, AkunRepository akun, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.akun = akun;
    this.events = events;
  }

  public record TokenRingkas(
      long id,
      String nama,
      String prefiks,
      Instant dibuatPada,
      Instant terakhirDipakai,
      Instant dicabutPada) {}

  /** Creates a token for the account; the returned secret is shown once and never again. */
  public String buat(long akunId, String nama) {
    String namaToken = nama == null ? "" : nama.trim();
    if (namaToken.isEmpty() || namaToken.length() > PANJANG_NAMA) {
      throw new MasukanTidakSah("akun.token.nama-tidak-sah", PANJANG_NAMA);
    }
    byte[] acak = new byte[32];
    ACAK.nextBytes(acak);
    String rahasia = AWALAN + Base64.getUrlEncoder().withoutPadding().encodeToString(acak);
    KeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO token_akses (akun_id, nama, hash, prefiks, dibuat_pada)
            VALUES (:akun, :nama, :hash, :prefiks, :kini)
            """)
        .param("akun", akunId)
        .param("nama", namaToken)
        .param("hash", hash(rahasia))
        .param("prefiks", rahasia.substring(0, 12))
        .param("kini", kini())
        .update(kunci, "id");
    long id = kunci.getKeyAs(Long.class);
    events.publishEvent(Jejak.dibuat("token_akses", id, namaToken));
    return rahasia;
  }

  @Transactional(readOnly = true)
  public List<TokenRingkas> daftar(long akunId) {
    return jdbc.sql(
            """
            SELECT id, nama, prefiks, dibuat_pada, terakhir_dipakai, dicabut_pada
            FROM token_akses WHERE akun_id = :akun ORDER BY id DESC
            """)
        .param("akun", akunId)
        .query(TokenRingkas.class)
        .list();
  }

  /** Revokes one of the account's own tokens; another account's token is not found. */
  public void cabut(long akunId, long tokenId) {
    int n =
        jdbc.sql(
                """
                UPDATE token_akses SET dicabut_pada = :kini
                WHERE id = :id AND akun_id = :akun AND dicabut_pada IS NULL
                """)
            .param("kini", kini())
            .param("id", tokenId)
            .param("akun", akunId)
            .update();
    if (n == 0) {
      throw new TidakDitemukan("akun.token.tidak-ditemukan", String.valueOf(tokenId));
    }
    events.publishEvent(new Jejak("CABUT", "token_akses", String.valueOf(tokenId), null, null));
  }

  /** The active account behind a live token, with its current role and scope. */
  Optional<PenggunaGerai> autentikasi(String rahasia) {
    if (rahasia == null || !rahasia.startsWith(AWALAN)) {
      return Optional.empty();
    }
    Optional<Long> akunId =
        jdbc.sql("SELECT akun_id FROM token_akses WHERE hash = :hash AND dicabut_pada IS NULL")
            .param("hash", hash(rahasia))
            .query(Long.class)
            .optional();
    akunId.ifPresent(
        id ->
            jdbc.sql("UPDATE token_akses SET terakhir_dipakai = :kini WHERE hash = :hash")
                .param("kini", kini())
                .param("hash", hash(rahasia))
                .update());
    return akunId
        .flatMap(akun::findById)
        .map(Akun::pengguna)
        .filter(PenggunaGerai::aktif)
        .map(PenggunaGerai::tanpaSandi);
  }

  /** An offset date-time, which both JDBC drivers bind (PgJDBC refuses an Instant). */
  private static OffsetDateTime kini() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  static String hash(String rahasia) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(rahasia.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
