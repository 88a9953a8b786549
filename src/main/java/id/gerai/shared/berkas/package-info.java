/**
 * The file store every module uses for uploads (decree PDFs, evidence, minutes, photos): {@link
 * id.gerai.shared.berkas.GudangBerkas} checks kind by content and size per use ({@link
 * id.gerai.shared.berkas.AturanBerkas}), keeps the file under a generated name and forgets it when
 * the transaction rolls back. Rows of the calling module hold the {@link
 * id.gerai.shared.berkas.BerkasTersimpan}; who may read a file is that module's rule.
 */
package id.gerai.shared.berkas;
