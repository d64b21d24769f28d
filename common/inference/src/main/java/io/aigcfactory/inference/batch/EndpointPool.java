package io.aigcfactory.inference.batch;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The endpoints of one model, picked by least outstanding batches; ties rotate so that
 * equal endpoints share the load. Guarded by the owning batcher's lock.
 */
final class EndpointPool {

	private final Endpoint[] endpoints;

	private final int maxInFlight;

	private final EjectionPolicy ejection;

	private int rotation;

	EndpointPool(List<String> names, int maxInFlight, EjectionPolicy ejection) {
		if (names.isEmpty()) {
			throw new IllegalArgumentException("A model needs at least one endpoint");
		}
		this.endpoints = new Endpoint[names.size()];
		for (int i = 0; i < this.endpoints.length; i++) {
			this.endpoints[i] = new Endpoint(names.get(i), i);
		}
		this.maxInFlight = maxInFlight;
		this.ejection = ejection;
	}

	/**
	 * The least loaded endpoint with a free slot, or {@code null} when all are busy or
	 * ejected.
	 */
	@Nullable Endpoint pick(long now) {
		Endpoint best = null;
		int n = this.endpoints.length;
		int start = this.rotation++ & Integer.MAX_VALUE;
		for (int i = 0; i < n; i++) {
			Endpoint candidate = this.endpoints[(start + i) % n];
			if (candidate.inFlight() < candidate.capacity(this.maxInFlight, now)
					&& (best == null || candidate.inFlight() < best.inFlight())) {
				best = candidate;
			}
		}
		return best;
	}

	boolean anyAdmitting(long now) {
		for (Endpoint endpoint : this.endpoints) {
			if (!endpoint.ejected(now)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The earliest time an ejected endpoint comes back.
	 */
	long nextReadmission() {
		long earliest = this.endpoints[0].ejectedUntil();
		for (Endpoint endpoint : this.endpoints) {
			if (endpoint.ejectedUntil() - earliest < 0) {
				earliest = endpoint.ejectedUntil();
			}
		}
		return earliest;
	}

	int slots(long now) {
		int slots = 0;
		for (Endpoint endpoint : this.endpoints) {
			slots += endpoint.capacity(this.maxInFlight, now);
		}
		return slots;
	}

	void release(Endpoint endpoint, boolean transportFailure, long now) {
		endpoint.release(transportFailure, now, this.ejection);
	}

	/**
	 * Ejects an endpoint that could not be reached at all, if another one still admits
	 * work: the pod is most likely gone, and the others can carry its load.
	 */
	void ejectUnreachable(Endpoint endpoint, long now) {
		if (!endpoint.ejected(now) && anyAdmittingBesides(endpoint, now)) {
			endpoint.eject(now, this.ejection);
		}
	}

	boolean anyAdmittingBesides(Endpoint excluded, long now) {
		for (Endpoint other : this.endpoints) {
			if (other != excluded && !other.ejected(now)) {
				return true;
			}
		}
		return false;
	}

	List<Endpoint> all() {
		return List.of(this.endpoints);
	}

}
