package io.aigcfactory.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.aigcfactory.platform.cache.KeyValueCache;
import io.aigcfactory.platform.web.ConflictingRequest;
import io.aigcfactory.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Idempotency keys over an in-memory cache. */
class IdempotencyKeysTests {

	private final Map<String, String> entries = new ConcurrentHashMap<>();

	private final IdempotencyKeys keys = new IdempotencyKeys(new MapCache(this.entries), JsonMapper.shared(),
			Duration.ofHours(1), Duration.ofMinutes(5));

	private final AtomicInteger runs = new AtomicInteger();

	@Test
	void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerWithoutRunningAgain() {
		ResponseEntity<String> first = this.keys.execute("acme", "record", "k1", bytes("{}"), this::work);
		ResponseEntity<String> retry = this.keys.execute("acme", "record", "k1", bytes("{}"), this::work);

		assertThat(this.runs).hasValue(1);
		assertThat(retry.getStatusCode().value()).isEqualTo(202);
		assertThat(retry.getBody()).isEqualTo(first.getBody()).isEqualTo("{\"run\":1}");
	}

	@Test
	void theSameKeyWithAnotherBodyIsAConflict() {
		this.keys.execute("acme", "record", "k1", bytes("{}"), this::work);

		assertThatExceptionOfType(ConflictingRequest.class)
			.isThrownBy(() -> this.keys.execute("acme", "record", "k1", bytes("{\"a\":1}"), this::work));
		assertThat(this.runs).hasValue(1);
	}

	@Test
	void keysArePerTenantAndOperationAndAbsentKeysAlwaysRun() {
		this.keys.execute("acme", "record", "k1", bytes("{}"), this::work);
		this.keys.execute("other", "record", "k1", bytes("{}"), this::work);
		this.keys.execute("acme", "submit", "k1", bytes("{}"), this::work);
		this.keys.execute("acme", "record", null, bytes("{}"), this::work);
		this.keys.execute("acme", "record", null, bytes("{}"), this::work);

		assertThat(this.runs).hasValue(5);
	}

	@Test
	void aFailedRunForgetsItsKeySoThatARetryRuns() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.keys.execute("acme", "record", "k1", bytes("{}"), () -> {
				throw new IllegalStateException("database down");
			}));
		this.keys.execute("acme", "record", "k1", bytes("{}"), this::work);

		assertThat(this.runs).hasValue(1);
	}

	@Test
	void refusesAKeyThatIsNotVisibleAscii() {
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.keys.execute("acme", "record", "key with spaces", bytes("{}"), this::work));
		assertThat(this.runs).hasValue(0);
	}

	private IdempotencyKeys.Reply work() {
		return new IdempotencyKeys.Reply(202, "application/json", null,
				"{\"run\":" + this.runs.incrementAndGet() + "}");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private record MapCache(Map<String, String> entries) implements KeyValueCache {

		@Override
		public Optional<String> get(String key) {
			return Optional.ofNullable(this.entries.get(key));
		}

		@Override
		public boolean putIfAbsent(String key, String value, Duration ttl) {
			return this.entries.putIfAbsent(key, value) == null;
		}

		@Override
		public void put(String key, String value, Duration ttl) {
			this.entries.put(key, value);
		}

		@Override
		public void remove(String key) {
			this.entries.remove(key);
		}

	}

}
