package io.aigcfactory.platform.modelcache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import io.aigcfactory.platform.cache.KeyValueCache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model outputs by the hash of model, prompt and parameters, in two tiers: the hot tier
 * in the shared {@link KeyValueCache} (Redis in the cluster, Caffeine embedded) and the
 * long-tail tier on disk. A lookup tries the hot tier, then the disk, and promotes a disk
 * hit into the hot tier for what is left of its lifetime (at most {@code hot-ttl}).
 * <p>
 * Each lookup counts {@code aigc.model.cache.requests} (Prometheus
 * {@code aigc_model_cache_requests_total}) with tags {@code tier} ({@code l1},
 * {@code l2}), {@code result} ({@code hit}, {@code miss}) and {@code type}; the hit ratio
 * of a tier is its hits over its hits and misses. A tier that fails counts as a miss and
 * is logged: the cache never fails the model call it saves.
 */
public class ModelOutputCache {

	private static final Logger logger = LoggerFactory.getLogger(ModelOutputCache.class);

	static final String REQUESTS = "aigc.model.cache.requests";

	private static final String HOT_PREFIX = "model-output:";

	private final KeyValueCache hot;

	private final DiskCacheTier disk;

	private final ModelCacheSettings settings;

	private final MeterRegistry meters;

	private final Clock clock;

	public ModelOutputCache(KeyValueCache hot, ModelCacheSettings settings, MeterRegistry meters, Clock clock) {
		this.hot = hot;
		this.disk = new DiskCacheTier(settings.directory(), clock);
		this.settings = settings;
		this.meters = meters;
		this.clock = clock;
	}

	/** The cached output for the key, from whichever tier has it. */
	public Optional<byte[]> get(ModelCacheKey key) {
		if (!this.settings.enabled()) {
			return Optional.empty();
		}
		Optional<byte[]> hotHit = hotGet(key);
		count("l1", key.type(), hotHit.isPresent());
		if (hotHit.isPresent()) {
			return hotHit;
		}
		Optional<DiskCacheTier.Entry> diskHit = diskGet(key);
		count("l2", key.type(), diskHit.isPresent());
		diskHit.ifPresent(
				(entry) -> hotPut(key, entry.output(), Duration.between(this.clock.instant(), entry.expiresAt())));
		return diskHit.map(DiskCacheTier.Entry::output);
	}

	/** Keeps an output in both tiers for its type's lifetime. */
	public void put(ModelCacheKey key, byte[] output) {
		if (!this.settings.enabled()) {
			return;
		}
		Duration ttl = this.settings.ttl().of(key.type());
		Instant expiresAt = this.clock.instant().plus(ttl);
		try {
			this.disk.put(key, output, expiresAt);
		}
		catch (RuntimeException ex) {
			logger.warn("Cannot keep model output {} on disk: {}", key.name(), ex.toString());
		}
		hotPut(key, output, ttl);
	}

	private Optional<byte[]> hotGet(ModelCacheKey key) {
		try {
			return this.hot.get(HOT_PREFIX + key.name()).map(Base64.getDecoder()::decode);
		}
		catch (RuntimeException ex) {
			logger.warn("Hot tier lookup of {} failed: {}", key.name(), ex.toString());
			return Optional.empty();
		}
	}

	private Optional<DiskCacheTier.Entry> diskGet(ModelCacheKey key) {
		try {
			return this.disk.get(key);
		}
		catch (RuntimeException ex) {
			logger.warn("Disk tier lookup of {} failed: {}", key.name(), ex.toString());
			return Optional.empty();
		}
	}

	private void hotPut(ModelCacheKey key, byte[] output, Duration remaining) {
		Duration ttl = (remaining.compareTo(this.settings.hotTtl()) < 0) ? remaining : this.settings.hotTtl();
		if (output.length > this.settings.hotMaxEntrySize().toBytes() || ttl.isNegative() || ttl.isZero()) {
			return;
		}
		try {
			this.hot.put(HOT_PREFIX + key.name(), Base64.getEncoder().encodeToString(output), ttl);
		}
		catch (RuntimeException ex) {
			logger.warn("Cannot keep model output {} in the hot tier: {}", key.name(), ex.toString());
		}
	}

	private void count(String tier, OutputType type, boolean hit) {
		Counter.builder(REQUESTS)
			.description("Model output cache lookups, by tier, result and type of output")
			.tag("tier", tier)
			.tag("result", hit ? "hit" : "miss")
			.tag("type", type.label())
			.register(this.meters)
			.increment();
	}

}
