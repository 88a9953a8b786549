package id.gerai.umkm;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Loads and saves business actors. A person is never deleted here. */
interface PelakuUsahaRepository extends Repository<PelakuUsaha, Long> {

  PelakuUsaha save(PelakuUsaha pelaku);

  Optional<PelakuUsaha> findById(Long id);

  Optional<PelakuUsaha> findByNik(String nik);

  /** The person a business actor's account registered first. */
  Optional<PelakuUsaha> findFirstByAkunIdOrderByIdAsc(Long akunId);
}
