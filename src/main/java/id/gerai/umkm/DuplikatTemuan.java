package id.gerai.umkm;

import java.util.List;

/**
 * The likely duplicates of a business about to be registered: those inside the caller's scope,
 * shown in full, and only whether any lies outside it (never which one: its data is not the
 * caller's to see).
 */
public record DuplikatTemuan(List<DuplikatCalon> dalamCakupan, boolean adaDiLuarCakupan) {

  public DuplikatTemuan {
    dalamCakupan = List.copyOf(dalamCakupan);
  }

  public static final DuplikatTemuan TIDAK_ADA = new DuplikatTemuan(List.of(), false);

  /** Whether the registration needs the user's confirmation. */
  public boolean ada() {
    return !dalamCakupan.isEmpty() || adaDiLuarCakupan;
  }
}
