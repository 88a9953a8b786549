package id.gerai.gerai;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ForumRepository extends ListCrudRepository<Forum, Long> {

  Optional<Forum> findByKodeWilayah(String kodeWilayah);
}
