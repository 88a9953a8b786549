package id.gerai.gerai;

import java.util.List;

/** The forum's structure: the forum, its decrees and its officers now, to come and before. */
public record ForumSusunan(
    ForumRingkas forum,
    List<SuratKeputusanRingkas> suratKeputusan,
    List<PengurusRingkas> sekarang,
    List<PengurusRingkas> akanDatang,
    List<PengurusRingkas> riwayat) {}
