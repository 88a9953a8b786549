package id.gerai.konsultasi;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface SesiRepository extends CrudRepository<SesiPendampingan, Long> {

  @Query("SELECT * FROM sesi_pendampingan WHERE konsultasi_id = :id ORDER BY tanggal DESC, id DESC")
  List<SesiPendampingan> untukKasus(long id);

  @Query("SELECT * FROM sesi_pendampingan WHERE usaha_id = :id ORDER BY tanggal DESC, id DESC")
  List<SesiPendampingan> untukUsaha(long id);
}
