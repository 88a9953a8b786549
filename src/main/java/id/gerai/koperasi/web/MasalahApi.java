package id.gerai.koperasi.web;

import id.gerai.shared.web.MasalahIsian;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The cooperative APIs' refused requests, under the cooperative register's summary. */
@Component
class MasalahApi extends MasalahIsian {

  MasalahApi(MessageSource pesan) {
    super(pesan, "koperasi.galat.isian");
  }
}
