package id.gerai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Gerai: the information system of the Gerai Kopi &amp; Mi movement. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GeraiApplication {

  public static void main(String[] args) {
    SpringApplication.run(GeraiApplication.class, args);
  }
}
