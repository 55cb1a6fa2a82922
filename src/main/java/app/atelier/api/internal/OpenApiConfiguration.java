package app.atelier.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's OpenAPI description, served at {@code /api/docs/openapi.json} and shown by Swagger UI at {@code /api/docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI atelierApi() {
        return new OpenAPI()
                .info(new Info().title("Atelier API").version("1")
                        .description("""
                                IA Créa's animation v2 and exterior creation endpoints, answered by Atelier (change the base \
                                URL and the key), and Atelier's own /api/v1. Authenticate with a personal API key (Settings → \
                                API): `x-api-key: atl_…` or `Authorization: Bearer atl_…`. Errors are JSON: \
                                `{"code": "invalid_request", "message": "…", "field": "image_urls"}`, in the key owner's \
                                language. Each key may make atelier.api.requests-per-minute requests a minute (429 with \
                                Retry-After beyond). Webhooks are POSTed with the `get` body and signed: \
                                `X-Atelier-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under the key's \
                                signing secret>`."""))
                .components(new Components()
                        .addSecuritySchemes("x-api-key", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("x-api-key"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }
}
