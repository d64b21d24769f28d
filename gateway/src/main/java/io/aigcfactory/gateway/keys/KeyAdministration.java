package io.aigcfactory.gateway.keys;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.aigcfactory.gateway.web.GatewayProblems;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code /api/v1/admin/keys}: issue ({@code POST}, the key shown once), list
 * ({@code GET}, {@code ?tenant=}), rotate ({@code POST /{id}/rotate}) and revoke
 * ({@code DELETE /{id}}). The security chain lets only the admin scope in.
 */
@Configuration(proxyBeanMethods = false)
class KeyAdministration {

	static final String PATH = "/api/v1/admin/keys";

	private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private static final Set<String> FIELDS = Set.of("tenant", "name", "scopes");

	@Bean
	RouterFunction<ServerResponse> keyAdministrationRoutes(KeyIssuance issuance) {
		return RouterFunctions.route()
			.POST(PATH, (request) -> issue(issuance, request))
			.GET(PATH, (request) -> blocking(() -> issuance.list(request.queryParam("tenant").orElse(null)))
				.flatMap((keys) -> ServerResponse.ok().bodyValue(keys.stream().map(KeyAdministration::view).toList())))
			.POST(PATH + "/{id}/rotate",
					(request) -> withId(request, (id) -> blocking(() -> issuance.rotate(id))
						.flatMap((rotated) -> rotated.map(KeyAdministration::created).orElseGet(() -> notFound(id)))))
			.DELETE(PATH + "/{id}",
					(request) -> withId(request,
							(id) -> blocking(() -> issuance.revoke(id))
								.flatMap((revoked) -> revoked ? ServerResponse.noContent().build() : notFound(id))))
			.onError(KeyIssuance.TooManyLiveKeys.class,
					(ex, request) -> GatewayProblems.respond(HttpStatus.CONFLICT,
							GatewayProblems.problem(HttpStatus.CONFLICT, "conflict", "Conflict", ex.getMessage())))
			.build();
	}

	private static Mono<ServerResponse> issue(KeyIssuance issuance, ServerRequest request) {
		return request.bodyToMono(String.class).defaultIfEmpty("").flatMap((body) -> {
			List<Map<String, String>> errors = new ArrayList<>();
			JsonNode json;
			try {
				json = JsonMapper.shared().readTree(body);
			}
			catch (JacksonException ex) {
				return GatewayProblems.invalidInput(List.of(error("body", "must be a JSON object")));
			}
			if (json == null || !json.isObject()) {
				return GatewayProblems.invalidInput(List.of(error("body", "must be a JSON object")));
			}
			json.propertyNames()
				.stream()
				.filter((field) -> !FIELDS.contains(field))
				.forEach((field) -> errors.add(error(field, "unknown field")));
			String tenant = text(json, "tenant");
			if (tenant == null || !TENANT.matcher(tenant).matches()) {
				errors.add(error("tenant", "must be 1-63 lowercase letters, digits or '-'"));
			}
			String name = text(json, "name");
			if (name == null || !NAME.matcher(name).matches()) {
				errors.add(error("name", "must be 1-100 letters, digits, '.', '_' or '-'"));
			}
			Set<Scope> scopes = scopes(json.get("scopes"), errors);
			if (!errors.isEmpty()) {
				return GatewayProblems.invalidInput(errors);
			}
			return blocking(() -> issuance.issue(tenant, name, scopes)).flatMap(KeyAdministration::created);
		});
	}

	private static Set<Scope> scopes(JsonNode node, List<Map<String, String>> errors) {
		Set<Scope> scopes = EnumSet.noneOf(Scope.class);
		if (node == null || !node.isArray() || node.isEmpty()) {
			errors.add(error("scopes", "must list at least one of submit, read, feedback, review, admin"));
			return scopes;
		}
		for (int i = 0; i < node.size(); i++) {
			Scope scope = node.get(i).isString() ? Scope.ofWireName(node.get(i).asString()) : null;
			if (scope == null) {
				errors.add(error("scopes[" + i + "]", "must be one of submit, read, feedback, review, admin"));
			}
			else {
				scopes.add(scope);
			}
		}
		return scopes;
	}

	private static String text(JsonNode json, String field) {
		JsonNode node = json.get(field);
		return (node != null && node.isString()) ? node.asString() : null;
	}

	private static Map<String, String> error(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	private static Mono<ServerResponse> withId(ServerRequest request, Function<UUID, Mono<ServerResponse>> handler) {
		try {
			return handler.apply(UUID.fromString(request.pathVariable("id")));
		}
		catch (IllegalArgumentException ex) {
			return GatewayProblems.invalidInput(List.of(error("id", "must be a key id (UUID)")));
		}
	}

	private static Mono<ServerResponse> created(KeyIssuance.Issued issued) {
		Map<String, Object> body = view(issued.key());
		body.put("key", issued.secret());
		return ServerResponse.created(URI.create(PATH + "/" + issued.key().id())).bodyValue(body);
	}

	private static Mono<ServerResponse> notFound(UUID id) {
		return GatewayProblems.respond(HttpStatus.NOT_FOUND,
				GatewayProblems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No live key " + id));
	}

	private static Map<String, Object> view(ApiKey key) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", key.id());
		view.put("tenant", key.tenant());
		view.put("name", key.name());
		view.put("prefix", key.prefix());
		view.put("scopes", key.scopes().stream().map(Scope::wireName).sorted().toList());
		view.put("createdAt", key.createdAt());
		view.put("revokedAt", key.revokedAt());
		return view;
	}

	private static <T> Mono<T> blocking(Callable<T> call) {
		return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
	}

}
