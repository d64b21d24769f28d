package io.aigcfactory.inference.health;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether each model served by Triton is ready (KServe v2 {@code ModelReady}) on at least
 * one of its endpoints, with every endpoint's answer in the details. Down when a model
 * has no ready endpoint. Every model hop has a fallback (the template writer, the drawn
 * backdrop) or waits in its batcher, so an outage of a model server must not restart the
 * service nor take it out of service: this indicator stays out of the liveness and
 * readiness groups and shows in {@code /actuator/health} only.
 */
public class ModelEndpointsHealthIndicator implements HealthIndicator {

	private final Function<Duration, Map<String, Map<String, Boolean>>> readiness;

	private final Duration deadline;

	/**
	 * @param readiness asks the endpoints, within a deadline (see
	 * {@code InferenceModels.readiness})
	 * @param deadline how long one endpoint may take to answer
	 */
	public ModelEndpointsHealthIndicator(Function<Duration, Map<String, Map<String, Boolean>>> readiness,
			Duration deadline) {
		this.readiness = readiness;
		this.deadline = deadline;
	}

	@Override
	public Health health() {
		Map<String, Map<String, Boolean>> models = this.readiness.apply(this.deadline);
		boolean allServed = models.values().stream().allMatch((endpoints) -> endpoints.containsValue(true));
		return (allServed ? Health.up() : Health.down()).withDetail("models", models).build();
	}

}
