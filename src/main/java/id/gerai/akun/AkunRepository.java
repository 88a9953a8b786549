package id.gerai.akun;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AkunRepository extends ListCrudRepository<Akun, Long> {

  Optional<Akun> findByNamaPengguna(String namaPengguna);
}
