package io.aigcfactory.platform.observability;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.platform.Samples;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StageMetersTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void recordsTheWaitSinceTheEventOccurredAndEachOutcome() {
		AssetProduced event = Samples.assetProduced("one");
		Clock tenSecondsLater = Clock.fixed(event.metadata().occurredAt().plusSeconds(10), ZoneOffset.UTC);
		StageMeters meters = new StageMeters(this.registry, new TenantTags(5), tenSecondsLater);

		meters.start("inspection.inspect", event).end("done");
		meters.start("inspection.inspect", event).end("duplicate");

		Timer lag = this.registry.get("aigc.stage.lag").tag("stage", "inspection.inspect").timer();
		assertThat(lag.count()).isEqualTo(2);
		assertThat(lag.max(TimeUnit.SECONDS)).isEqualTo(10);
		assertThat(this.registry.get("aigc.stage.handled")
			.tags("stage", "inspection.inspect", "tenant", "acme", "outcome", "done")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.registry.get("aigc.stage.handled").tags("outcome", "duplicate").counter().count()).isEqualTo(1);
		assertThat(this.registry.get("aigc.stage.duration").tags("stage", "inspection.inspect").timers()).hasSize(2);
	}

	@Test
	void anEventFromTheFutureWaitedNoTime() {
		AssetProduced event = Samples.assetProduced("one");
		Clock earlier = Clock.fixed(event.metadata().occurredAt().minus(Duration.ofSeconds(3)), ZoneOffset.UTC);
		new StageMeters(this.registry, new TenantTags(5), earlier).start("stage", event).end("done");
		assertThat(this.registry.get("aigc.stage.lag").timer().totalTime(TimeUnit.NANOSECONDS)).isZero();
	}

}
