package io.aigcfactory.platform.storage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the blob store takes and gives back files: writes a small probe blob through
 * the port (whichever store is configured) and reads it back. A service that cannot store
 * or read its files cannot do its work, so this belongs to the readiness group.
 */
class BlobStoreHealthIndicator implements HealthIndicator {

	static final String PROBE_KEY = "health/probe.txt";

	private final BlobStore store;

	private final Clock clock;

	BlobStoreHealthIndicator(BlobStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public Health health() {
		byte[] probe = ("probe " + Instant.now(this.clock)).getBytes(StandardCharsets.UTF_8);
		try {
			StoredBlob stored = this.store.put(PROBE_KEY, probe, "text/plain");
			byte[] read = this.store.read(stored.uri());
			if (!Arrays.equals(probe, read)) {
				return Health.down()
					.withDetail("error", "The probe blob read back differs from what was written")
					.build();
			}
			return Health.up().withDetail("probe", stored.uri()).build();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).build();
		}
	}

}
