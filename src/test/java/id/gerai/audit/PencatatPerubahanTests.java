package id.gerai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerai.akun.AkunRingkas;
import id.gerai.akun.AkunService;
import id.gerai.akun.BuatAkun;
import id.gerai.akun.PenggunaGerai;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.Jejak;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A published Jejak becomes a trail row in the publisher's transaction, with actor and JSON. */
@SpringBootTest
class PencatatPerubahanTests {

  record Toko(String nama, int tenagaKerja) {}

  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaksi;
  @Autowired AuditService audit;
  @Autowired AkunService akun;

  @AfterEach
  void bersihkan() {
    SecurityContextHolder.clearContext();
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void aChangeIsWrittenWithActorTimeAddressAndJsonBeforeAndAfter() {
    String id = unik();
    masukSebagai("petugas-" + id, 4242L);
    MockHttpServletRequest permintaan = new MockHttpServletRequest();
    permintaan.setRemoteAddr("10.20.30.40");
    permintaan.addHeader("User-Agent", "Peramban Uji/1.0");
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(permintaan));
    OffsetDateTime sebelumnya = OffsetDateTime.now().minusSeconds(1);

    transaksi.executeWithoutResult(
        s ->
            events.publishEvent(
                Jejak.diubah("toko_uji", id, new Toko("Kopi Lama", 2), new Toko("Kopi Baru", 3))));

    JejakAuditRingkas baris = satu(id);
    assertThat(baris.pelaku()).isEqualTo("petugas-" + id);
    assertThat(baris.pelakuId()).isEqualTo(4242L);
    assertThat(baris.aksi()).isEqualTo("UBAH");
    assertThat(baris.alamatIp()).isEqualTo("10.20.30.40");
    assertThat(baris.waktu()).isAfter(sebelumnya).isBefore(OffsetDateTime.now().plusSeconds(1));
    JejakAudit rinci = audit.ambil(baris.id());
    assertThat(rinci.sebelum().get("nama").asString()).isEqualTo("Kopi Lama");
    assertThat(rinci.sesudah().get("nama").asString()).isEqualTo("Kopi Baru");
    assertThat(rinci.sesudah().get("tenagaKerja").asInt()).isEqualTo(3);
    assertThat(rinci.agen()).isEqualTo("Peramban Uji/1.0");
  }

  @Test
  void withNobodySignedInTheActorIsSistemAndAMissingBeforeStaysNull() {
    RequestContextHolder.resetRequestAttributes(); // no web request either, as in a scheduled job
    String id = unik();
    transaksi.executeWithoutResult(
        s -> events.publishEvent(Jejak.dibuat("toko_uji", id, new Toko("Mi Ayam", 1))));

    JejakAudit rinci = audit.ambil(satu(id).id());
    assertThat(rinci.pelaku()).isEqualTo("sistem");
    assertThat(rinci.pelakuId()).isNull();
    assertThat(rinci.sebelum()).isNull();
    assertThat(rinci.sesudah().get("nama").asString()).isEqualTo("Mi Ayam");
    assertThat(rinci.alamatIp()).isNull();
  }

  @Test
  void aChangeThatRollsBackLeavesNoTrail() {
    String id = unik();
    transaksi.executeWithoutResult(
        s -> {
          events.publishEvent(Jejak.dibuat("toko_uji", id, new Toko("Batal", 1)));
          s.setRollbackOnly();
        });

    assertThat(cari(id).total()).isZero();
  }

  @Test
  void aTrailRowThatCannotBeWrittenRollsTheChangeBack() {
    String nama = "audit-" + unik().substring(0, 12);
    String aksiKepanjangan = "X".repeat(200);

    assertThatThrownBy(
            () ->
                transaksi.executeWithoutResult(
                    s -> {
                      akun.buat(
                          new BuatAkun(
                              nama,
                              "Uji Audit",
                              null,
                              Peran.STAF_DINAS,
                              Cakupan.Jenis.WILAYAH,
                              "33.74",
                              null),
                          Cakupan.wilayah("33.74"));
                      events.publishEvent(new Jejak(aksiKepanjangan, "toko_uji", nama, null, null));
                    }))
        .isInstanceOf(DataAccessException.class);

    assertThat(akun.daftar()).extracting(AkunRingkas::namaPengguna).doesNotContain(nama);
    assertThat(cari(nama).total()).isZero();
  }

  private Halaman<JejakAuditRingkas> cari(String id) {
    return audit.cari(new SaringanAudit(null, "toko_uji", id, null, null, null), 0, 10);
  }

  private JejakAuditRingkas satu(String id) {
    Halaman<JejakAuditRingkas> hasil = cari(id);
    assertThat(hasil.total()).isEqualTo(1);
    return hasil.isi().get(0);
  }

  private static void masukSebagai(String nama, long akunId) {
    PenggunaGerai p =
        new PenggunaGerai(
            akunId, nama, "Petugas Uji", Peran.STAF_DINAS, Cakupan.wilayah("33.74"), "", true);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
  }

  static String unik() {
    return UUID.randomUUID().toString().replace("-", "");
  }
}
