package io.aigcfactory.inference.batch;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

/**
 * A batch on its way to an endpoint: its members, the latest deadline among them, and the
 * call, kept so that the call can be cancelled once every member has been.
 */
final class Dispatch<I, O> {

	final Endpoint endpoint;

	final List<Pending<I, O>> members;

	final long cost;

	final long deadline;

	int live;

	@Nullable CompletableFuture<?> call;

	boolean abandoned;

	Dispatch(Endpoint endpoint, List<Pending<I, O>> members, long cost, long deadline) {
		this.endpoint = endpoint;
		this.members = members;
		this.cost = cost;
		this.deadline = deadline;
		this.live = members.size();
	}

}
