package id.gerai.shared.berkas;

import org.springframework.core.io.InputStreamSource;

/**
 * A file a user sent: the name their device gave it (display only, never a path), its declared size
 * (a hint; the store counts the real bytes) and its content. A web upload ({@code MultipartFile})
 * is an {@link InputStreamSource}.
 */
public record BerkasUnggahan(String namaAsli, long ukuran, InputStreamSource isi) {}
