package id.gerai.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description: what the API is, and that it takes a personal access token. */
@Configuration
class ApiDocConfig {

  private static final String TOKEN = "token-akses";

  @Bean
  OpenAPI geraiOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Gerai API")
                .version("v1")
                .description(
                    "Gerakan Terintegrasi Koperasi dan Usaha Mikro. Every list and detail honours"
                        + " the caller's scope. Send a personal access token as"
                        + " `Authorization: Bearer gerai_…` (Akun saya → Token akses).")
                .license(new License().name("Area codes: ODbL 1.0").url("/lisensi")))
        .components(
            new Components()
                .addSecuritySchemes(
                    TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList(TOKEN));
  }
}
