package id.gerai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Visibility and naming rules of ARCHITECTURE.md that the compiler cannot check. */
class ArchitectureTests {

  private static final JavaClasses KELAS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("id.gerai");

  @Test
  void controllersLiveInWebPackagesAndArePackagePrivate() {
    classes()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .resideInAPackage("..web..")
        .andShould()
        .notBePublic()
        .check(KELAS);
  }

  @Test
  void repositoriesAreNotPublic() {
    classes().that().areAssignableTo(Repository.class).should().notBePublic().check(KELAS);
  }

  @Test
  void noVagueTechnicalNames() {
    noClasses()
        .should()
        .haveSimpleNameEndingWith("Impl")
        .orShould()
        .haveSimpleNameEndingWith("Manager")
        .orShould()
        .haveSimpleNameEndingWith("Helper")
        .orShould()
        .haveSimpleNameEndingWith("Util")
        .orShould()
        .haveSimpleNameEndingWith("Utils")
        .check(KELAS);
  }

  @Test
  void domainCodeDoesNotDependOnTheWebLayer() {
    noClasses()
        .that()
        .resideOutsideOfPackages("..web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("id.gerai.*.web..")
        .check(KELAS);
  }
}
