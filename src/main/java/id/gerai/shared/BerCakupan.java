package id.gerai.shared;

/** A signed-in principal that carries its scope; the account module's principal implements it. */
public interface BerCakupan {

  Cakupan cakupan();

  long akunId();
}
