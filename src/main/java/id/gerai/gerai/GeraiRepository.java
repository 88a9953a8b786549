package id.gerai.gerai;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/**
 * Loads and saves the {@link Gerai} aggregate. It has no delete: a gerai is closed, never removed.
 */
interface GeraiRepository extends Repository<Gerai, Long> {

  Gerai save(Gerai gerai);

  Optional<Gerai> findById(Long id);
}
