package io.aigcfactory.platform.cache;

import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived string values shared by the replicas of a service: idempotency keys, rate
 * counters, hot lookups. Entries expire; nothing here is the system of record.
 */
public interface KeyValueCache {

	Optional<String> get(String key);

	/** Stores the value unless the key is present; true when it was stored. */
	boolean putIfAbsent(String key, String value, Duration ttl);

	void put(String key, String value, Duration ttl);

	void remove(String key);

}
