package io.aigcfactory.creative.web;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import io.aigcfactory.creative.requirement.IntakeSettings;
import io.aigcfactory.platform.cache.KeyValueCache;
import io.aigcfactory.platform.storage.ContentDigests;
import io.aigcfactory.platform.web.ConflictingRequest;
import io.aigcfactory.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Makes a POST safe to retry: the first request with an {@code Idempotency-Key} runs and
 * its response is remembered; a retry with the same key and body gets the same response
 * without running again; the same key with another body is a conflict.
 */
@Component
class IdempotencyKeys {

	static final String HEADER = "Idempotency-Key";

	private static final Duration IN_PROGRESS_TTL = Duration.ofMinutes(5);

	private final KeyValueCache cache;

	private final JsonMapper json;

	private final Duration ttl;

	IdempotencyKeys(KeyValueCache cache, JsonMapper json, IntakeSettings settings) {
		this.cache = cache;
		this.json = json;
		this.ttl = settings.idempotencyTtl();
	}

	ResponseEntity<String> execute(String tenantId, String operation, @Nullable String key, byte[] body,
			Supplier<Reply> work) {
		if (key == null) {
			return toResponse(work.get());
		}
		if (key.isBlank() || key.length() > 200 || !key.chars().allMatch((c) -> c > 32 && c < 127)) {
			throw InvalidInput.of(HEADER, "must be 1-200 visible ASCII characters");
		}
		String cacheKey = "idempotency:" + tenantId + ":" + operation + ":" + key;
		String digest = ContentDigests.sha256(body);
		Remembered pending = new Remembered(digest, null);
		if (!this.cache.putIfAbsent(cacheKey, this.json.writeValueAsString(pending), IN_PROGRESS_TTL)) {
			return replay(cacheKey, digest);
		}
		try {
			Reply reply = work.get();
			this.cache.put(cacheKey, this.json.writeValueAsString(new Remembered(digest, reply)), this.ttl);
			return toResponse(reply);
		}
		catch (RuntimeException ex) {
			this.cache.remove(cacheKey);
			throw ex;
		}
	}

	private ResponseEntity<String> replay(String cacheKey, String digest) {
		Optional<Remembered> remembered = this.cache.get(cacheKey)
			.map((value) -> this.json.readValue(value, Remembered.class));
		if (remembered.isEmpty()) {
			throw new ConflictingRequest("The request with this Idempotency-Key expired while retried; retry again");
		}
		if (!remembered.get().digest().equals(digest)) {
			throw new ConflictingRequest("This Idempotency-Key was used with a different request body");
		}
		Reply reply = remembered.get().reply();
		if (reply == null) {
			throw new ConflictingRequest("The request with this Idempotency-Key is still being processed");
		}
		return toResponse(reply);
	}

	private static ResponseEntity<String> toResponse(Reply reply) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.valueOf(reply.status()))
			.contentType(MediaType.parseMediaType(reply.contentType()));
		if (reply.location() != null) {
			response.header(HttpHeaders.LOCATION, reply.location());
		}
		return response.body(reply.body());
	}

	/**
	 * A response as remembered for replay.
	 *
	 * @param status the HTTP status
	 * @param contentType its content type
	 * @param location its Location header, if any
	 * @param body its body
	 */
	record Reply(int status, String contentType, @Nullable String location, String body) {
	}

	private record Remembered(String digest, @Nullable Reply reply) {
	}

}
