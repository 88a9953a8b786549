package id.gerai.gerai;

import java.util.List;

/**
 * The accounts that act for a gerai (its officers who sign in), for reminders sent to the gerai.
 * Accounts live in the akun module, which depends on gerai, so akun implements this as a Spring
 * bean; with no bean nobody is reminded.
 */
public interface AkunPengurusGerai {

  /** The ids of the active accounts of the gerai's officers; empty when none. */
  List<Long> akunPengurus(long geraiId);
}
