package id.gerai.koperasi;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Loads and saves RAT records. */
interface RatRepository extends Repository<Rat, Long> {

  Rat save(Rat rat);

  @Query("SELECT * FROM rat WHERE koperasi_id = :koperasiId AND tahun_buku = :tahunBuku")
  Optional<Rat> cari(long koperasiId, int tahunBuku);
}
