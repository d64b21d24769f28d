package io.aigcfactory.creative.requirement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The variants a tenant may still ask for: {@code variantsPerDay} less the variants of
 * its requirements accepted within the window, counted from the requirements themselves.
 */
@Component
class VariantQuota {

	private final JdbcClient jdbc;

	private final QuotaSettings settings;

	private final Clock clock;

	VariantQuota(JdbcClient jdbc, QuotaSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** How many more variants the tenant may submit now. */
	int remaining(String tenantId) {
		Instant since = this.clock.instant().minus(this.settings.window());
		long used = this.jdbc
			.sql("select coalesce(sum(variant_count), 0) from requirements where tenant_id = ? and accepted_at > ?")
			.params(tenantId, Timestamp.from(since))
			.query(Long.class)
			.single();
		return (int) Math.max(0, this.settings.variantsPerDay() - used);
	}

	/** The quota, for messages. */
	int limit() {
		return this.settings.variantsPerDay();
	}

	/** How long a refused tenant should wait before asking again. */
	Duration retryAfter() {
		return Duration.ofHours(1).compareTo(this.settings.window()) < 0 ? Duration.ofHours(1) : this.settings.window();
	}

}
