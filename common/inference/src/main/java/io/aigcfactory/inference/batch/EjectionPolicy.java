package io.aigcfactory.inference.batch;

import java.time.Duration;

/**
 * When a failing endpoint is taken out of rotation and how it is let back in.
 *
 * @param consecutiveFailures transport failures in a row that eject an endpoint
 * @param baseEjection the first ejection time; each ejection in a row doubles it
 * @param maxEjection the longest ejection
 */
public record EjectionPolicy(int consecutiveFailures, Duration baseEjection, Duration maxEjection) {

	public static final EjectionPolicy DEFAULT = new EjectionPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30));

	public EjectionPolicy {
		if (consecutiveFailures < 1 || !baseEjection.isPositive() || maxEjection.compareTo(baseEjection) < 0) {
			throw new IllegalArgumentException("Invalid ejection policy: " + consecutiveFailures + " failures, "
					+ baseEjection + " .. " + maxEjection);
		}
	}

}
