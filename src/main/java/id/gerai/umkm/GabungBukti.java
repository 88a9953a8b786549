package id.gerai.umkm;

import id.gerai.shared.Jejak;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A merge's evidence files: the merged business's own (photos, other documents, its permits' and
 * milestones', which moved with their rows) go to the kept business and its owner. The merged
 * business's owner's KTP goes to the kept business's owner only when that person has no other
 * business left, else their other businesses would lose it; a KTP the kept owner already has stays
 * too (both are listed, newest first). Only rows change: the files stay where the store put them,
 * nothing is deleted, and each moved row leaves a {@code GABUNG} entry with before and after.
 */
@Component
class GabungBukti {

  private final JdbcClient jdbc;
  private final BuktiRepository repo;
  private final ApplicationEventPublisher events;

  GabungBukti(JdbcClient jdbc, BuktiRepository repo, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.repo = repo;
    this.events = events;
  }

  /** Moves the evidence of {@code hapusId} to {@code tetapId}, in the merge's transaction. */
  void pindahkan(long tetapId, long hapusId) {
    long pelakuTetap = pemilik(tetapId);
    long pelakuHapus = pemilik(hapusId);
    boolean ktpIkut = pelakuTetap != pelakuHapus && !punyaUsahaLain(pelakuHapus, hapusId);
    List<Long> ids =
        jdbc.sql(
                "SELECT id FROM bukti WHERE usaha_id = :hapus"
                    + (ktpIkut ? " OR (usaha_id IS NULL AND pelaku_usaha_id = :pelaku)" : "")
                    + " ORDER BY id")
            .param("hapus", hapusId)
            .params(ktpIkut ? Map.of("pelaku", pelakuHapus) : Map.of())
            .query(Long.class)
            .list();
    for (Bukti b : repo.findAllById(ids)) {
      Bukti.Rekaman sebelum = b.rekaman();
      Bukti pindah = repo.save(b.pindahKe(tetapId, pelakuTetap));
      events.publishEvent(
          new Jejak(
              DuplikatPenggabung.AKSI,
              BuktiService.JENIS,
              String.valueOf(pindah.id()),
              sebelum,
              pindah.rekaman()));
    }
  }

  private long pemilik(long usahaId) {
    return jdbc.sql("SELECT pelaku_usaha_id FROM usaha WHERE id = :id")
        .param("id", usahaId)
        .query(Long.class)
        .single();
  }

  /** Whether the person still has a business that is not the merged one nor merged before. */
  private boolean punyaUsahaLain(long pelaku, long hapusId) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM usaha WHERE pelaku_usaha_id = :p AND id <> :hapus"
                    + " AND digabung_ke IS NULL")
            .param("p", pelaku)
            .param("hapus", hapusId)
            .query(Long.class)
            .single()
        > 0;
  }
}
