package io.aigcfactory.gateway.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the OpenAPI document ({@code openapi/openapi.yaml} on the classpath) as YAML at
 * {@code /openapi.yaml} and as JSON at {@code /v3/api-docs}, without a credential.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocument {

	/** Where the document lives on the classpath. */
	public static final String LOCATION = "openapi/openapi.yaml";

	@Bean
	RouterFunction<ServerResponse> apiDocumentRoutes() {
		String yaml = read();
		String json = JsonMapper.shared().writeValueAsString(parse(yaml));
		return RouterFunctions.route()
			.GET("/openapi.yaml",
					(request) -> ServerResponse.ok()
						.contentType(MediaType.parseMediaType("application/yaml"))
						.bodyValue(yaml))
			.GET("/v3/api-docs",
					(request) -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(json))
			.build();
	}

	/** The document as maps and lists. */
	public static Map<String, Object> parse(String yaml) {
		return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
	}

	/** The document's text. */
	public static String read() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The OpenAPI document is missing", ex);
		}
	}

}
