package io.aigcfactory.platform.idempotency;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

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

/**
 * Makes a POST safe to retry: the first request with an {@code Idempotency-Key} runs and
 * its response is remembered; a retry with the same key and body gets the same response
 * without running again; the same key with another body is a conflict, and so is a retry
 * while the first request still runs. Keys are kept per tenant and operation in the
 * service's {@link KeyValueCache}, so replicas sharing a Redis cache share them.
 */
public class IdempotencyKeys {

	/** The request header that carries the key. */
	public static final String HEADER = "Idempotency-Key";

	private final KeyValueCache cache;

	private final JsonMapper json;

	private final Duration ttl;

	private final Duration inProgressTtl;

	/**
	 * @param cache where keys and responses are kept
	 * @param json writes and reads remembered responses
	 * @param ttl how long a key and its response are remembered
	 * @param inProgressTtl how long a key whose first request neither finished nor failed
	 * (its process died) blocks retries
	 */
	public IdempotencyKeys(KeyValueCache cache, JsonMapper json, Duration ttl, Duration inProgressTtl) {
		this.cache = cache;
		this.json = json;
		this.ttl = ttl;
		this.inProgressTtl = inProgressTtl;
	}

	/**
	 * Runs the work once per key and body.
	 * @param tenantId the tenant, whose keys are its own
	 * @param operation the operation, whose keys are its own
	 * @param key the request's key; without one the work simply runs
	 * @param body the request body, compared byte for byte with the first request's
	 * @param work the operation; a failure forgets the key, so a retry runs again
	 * @return the work's response, or the first request's for a retry
	 */
	public ResponseEntity<String> execute(String tenantId, String operation, @Nullable String key, byte[] body,
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
		if (!this.cache.putIfAbsent(cacheKey, this.json.writeValueAsString(pending), this.inProgressTtl)) {
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
	public record Reply(int status, String contentType, @Nullable String location, String body) {
	}

	private record Remembered(String digest, @Nullable Reply reply) {
	}

}
