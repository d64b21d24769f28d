package io.aigcfactory.gateway.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Problem documents with the platform's stable types
 * ({@code https://aigc-factory.dev/problems/<type>}), the same as the services'.
 */
public final class GatewayProblems {

	/** Prefix of every problem type. */
	public static final String TYPE_PREFIX = "https://aigc-factory.dev/problems/";

	private GatewayProblems() {
	}

	/** A problem document. */
	public static Map<String, Object> problem(HttpStatus status, String type, String title, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", TYPE_PREFIX + type);
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		return problem;
	}

	/** A {@code 400} naming each offending field. */
	public static Mono<ServerResponse> invalidInput(List<Map<String, String>> errors) {
		Map<String, Object> problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
				(errors.size() == 1) ? errors.getFirst().get("field") + ": " + errors.getFirst().get("message")
						: errors.size() + " problems, the first: " + errors.getFirst().get("field") + ": "
								+ errors.getFirst().get("message"));
		problem.put("errors", errors);
		return respond(HttpStatus.BAD_REQUEST, problem);
	}

	/** A problem as a functional route's answer. */
	public static Mono<ServerResponse> respond(HttpStatus status, Map<String, Object> problem) {
		return ServerResponse.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).bodyValue(problem);
	}

	/** A problem written straight to a response, for filters and the security chain. */
	public static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String type, String title,
			String detail) {
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = JsonMapper.shared()
			.writeValueAsString(problem(status, type, title, detail))
			.getBytes(StandardCharsets.UTF_8);
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

}
