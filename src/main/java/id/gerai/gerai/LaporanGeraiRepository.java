package id.gerai.gerai;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface LaporanGeraiRepository extends ListCrudRepository<LaporanGerai, Long> {

  Optional<LaporanGerai> findByGeraiIdAndPeriode(long geraiId, String periode);
}
