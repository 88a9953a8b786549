package id.gerai;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module boundaries of ARCHITECTURE.md and draws them (target/spring-modulith-docs). */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(GeraiApplication.class);

  @Test
  void modulesKeepTheirBoundaries() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules).writeDocumentation();
  }
}
