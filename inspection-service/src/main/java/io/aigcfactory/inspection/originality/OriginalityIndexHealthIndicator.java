package io.aigcfactory.inspection.originality;

import io.aigcfactory.events.AssetId;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the originality index answers a lookup (whichever index is configured). An
 * index that cannot be searched stops every inspection, so this indicator belongs to the
 * readiness group.
 */
@Component
class OriginalityIndexHealthIndicator implements HealthIndicator {

	/** An asset id no asset has (UUIDv7 ids carry a time; this one is the epoch). */
	private static final AssetId PROBE = AssetId.of("00000000-0000-7000-8000-000000000000");

	private final OriginalityIndex index;

	OriginalityIndexHealthIndicator(OriginalityIndex index) {
		this.index = index;
	}

	@Override
	public Health health() {
		try {
			this.index.contains(PROBE);
			return Health.up().build();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).build();
		}
	}

}
