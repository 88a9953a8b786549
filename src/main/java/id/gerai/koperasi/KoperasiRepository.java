package id.gerai.koperasi;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Loads and saves cooperatives with their children. */
interface KoperasiRepository extends Repository<Koperasi, Long> {

  Koperasi save(Koperasi koperasi);

  Optional<Koperasi> findById(Long id);
}
