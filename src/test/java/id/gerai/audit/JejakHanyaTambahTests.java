package id.gerai.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.gerai.GeraiApplication;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Nothing in the product can edit or delete the trail: the module offers no such method, no such
 * endpoint and no such SQL, depends only on {@code shared}, and no module depends on it.
 */
class JejakHanyaTambahTests {

  private static final JavaClasses AUDIT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("id.gerai.audit");

  @Test
  void theReadServiceOnlySearchesAndReads() {
    List<String> publik =
        Arrays.stream(AuditService.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .map(Method::getName)
            .toList();
    assertThat(publik).containsExactlyInAnyOrder("cari", "ambil");
  }

  @Test
  void noPublicMethodOfTheModuleChangesOrRemoves() {
    noMethods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("id.gerai.audit..")
        .should()
        .haveNameMatching(
            "(?i).*(ubah|hapus|perbarui|sunting|koreksi|update|delete|remove|edit|modify|set|save"
                + "|simpan|truncate|clear|purge).*")
        .check(AUDIT);
  }

  @Test
  void theWebLayerOnlyAnswersGet() {
    noMethods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("id.gerai.audit..")
        .should()
        .beAnnotatedWith(PostMapping.class)
        .orShould()
        .beAnnotatedWith(PutMapping.class)
        .orShould()
        .beAnnotatedWith(PatchMapping.class)
        .orShould()
        .beAnnotatedWith(DeleteMapping.class)
        .orShould()
        .beAnnotatedWith(RequestMapping.class)
        .check(AUDIT);
  }

  @Test
  void theModuleSqlNeverUpdatesOrDeletesTheTrail() throws IOException {
    Path sumber = Path.of("src/main/java/id/gerai/audit");
    List<String> isi;
    try (Stream<Path> berkas = Files.walk(sumber)) {
      isi =
          berkas
              .filter(p -> p.toString().endsWith(".java"))
              .map(JejakHanyaTambahTests::baca)
              .toList();
    }
    assertThat(isi).anyMatch(s -> s.contains("INSERT INTO jejak_audit"));
    assertThat(isi)
        .noneMatch(s -> s.matches("(?is).*(UPDATE\\s+jejak_audit|DELETE\\s+FROM|TRUNCATE).*"));
  }

  @Test
  void auditDependsOnlyOnSharedAndNothingDependsOnAudit() {
    ApplicationModules modules = ApplicationModules.of(GeraiApplication.class);
    ApplicationModule audit = modules.getModuleByName("audit").orElseThrow();

    audit.verifyDependencies(modules);
    assertThat(audit.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
        .containsOnly("shared");
    assertThat(modules.stream().filter(m -> !m.equals(audit)))
        .noneMatch(m -> m.getDirectDependencies(modules).containsModuleNamed("audit"));
  }

  private static String baca(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
