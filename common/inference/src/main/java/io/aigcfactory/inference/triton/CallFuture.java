package io.aigcfactory.inference.triton;

import java.util.concurrent.CompletableFuture;

import io.grpc.stub.ClientCallStreamObserver;
import org.jspecify.annotations.Nullable;

/**
 * A future for a gRPC call whose cancellation cancels the call on the wire, so that
 * Triton stops working on requests nobody waits for.
 */
final class CallFuture<T> extends CompletableFuture<T> {

	private volatile @Nullable ClientCallStreamObserver<?> call;

	void attach(ClientCallStreamObserver<?> call) {
		this.call = call;
	}

	@Override
	public boolean cancel(boolean mayInterruptIfRunning) {
		boolean cancelled = super.cancel(mayInterruptIfRunning);
		ClientCallStreamObserver<?> current = this.call;
		if (cancelled && current != null) {
			current.cancel("Cancelled by the caller", null);
		}
		return cancelled;
	}

}
