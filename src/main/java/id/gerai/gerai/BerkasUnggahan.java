package id.gerai.gerai;

import org.springframework.core.io.InputStreamSource;

/**
 * A file a user sent: the name their device gave it (display only, never a path), its declared size
 * and its content. A web upload is one ({@code MultipartFile} is an {@link InputStreamSource}).
 */
public record BerkasUnggahan(String namaAsli, long ukuran, InputStreamSource isi) {}
