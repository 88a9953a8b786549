package id.gerai.umkm;

import org.springframework.data.repository.CrudRepository;

interface TonggakRepository extends CrudRepository<Tonggak, Long> {}
