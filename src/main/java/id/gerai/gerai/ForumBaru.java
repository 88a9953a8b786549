package id.gerai.gerai;

import java.time.LocalDate;

/** Form the forum of the home area: its name, short name and founding date. */
public record ForumBaru(String nama, String singkatan, LocalDate dibentuk) {}
