package id.gerai.shared;

/**
 * A change worth keeping in the audit trail. Modules publish it inside the transaction that makes
 * the change; the trail writes it in that same transaction, so a change and its trace commit or
 * roll back together. {@code sebelum} and {@code sesudah} are records (or null) the trail stores as
 * JSON.
 */
public record Jejak(
    String aksi, String jenisRekaman, String idRekaman, Object sebelum, Object sesudah) {

  public static Jejak dibuat(String jenis, Object id, Object sesudah) {
    return new Jejak("BUAT", jenis, String.valueOf(id), null, sesudah);
  }

  public static Jejak diubah(String jenis, Object id, Object sebelum, Object sesudah) {
    return new Jejak("UBAH", jenis, String.valueOf(id), sebelum, sesudah);
  }
}
