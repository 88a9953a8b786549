package id.gerai.umkm;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Loads and saves businesses with their products. */
interface UsahaRepository extends Repository<Usaha, Long> {

  Usaha save(Usaha usaha);

  Optional<Usaha> findById(Long id);
}
