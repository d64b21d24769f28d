package io.aigcfactory.inference;

import java.io.Serial;

import org.jspecify.annotations.Nullable;

/**
 * Why an inference call did not produce a result, and whether trying again makes sense.
 */
public class InferenceException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Reason reason;

	public InferenceException(Reason reason, String message) {
		this(reason, message, null);
	}

	public InferenceException(Reason reason, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Whether the same request may succeed if sent again, later or to another endpoint.
	 * @return {@code true} for overload, missed deadlines and transport failures
	 */
	public boolean retryable() {
		return this.reason.retryable;
	}

	/**
	 * The inference failure behind another failure, if one in its cause chain is worth
	 * retrying: how a caller several layers up tells a model outage from a bad request.
	 * @param failure any failure
	 * @return the first retryable inference failure in its cause chain, or {@code null}
	 */
	public static @Nullable InferenceException retryableCause(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof InferenceException inference) {
				return inference.retryable() ? inference : null;
			}
		}
		return null;
	}

	/**
	 * The families of failure, each with whether a retry makes sense.
	 */
	public enum Reason {

		/** The batcher's queue is full: back off and retry, or shed the work. */
		QUEUE_FULL(true),
		/**
		 * The predicted wait already exceeds the request's deadline: rejected on arrival.
		 */
		DEADLINE_UNREACHABLE(true),
		/**
		 * The deadline passed before a result came back: the server is slow or overloaded
		 * for now, so a later call may be answered in time.
		 */
		DEADLINE_EXCEEDED(true),
		/** No endpoint could be reached, or the server refused work for now. */
		UNAVAILABLE(true),
		/** The request does not fit the model's signature; retrying cannot help. */
		INVALID_INPUT(false),
		/** The model is not known to the client or the server. */
		UNKNOWN_MODEL(false),
		/** The caller cancelled, or the batcher was closed. */
		CANCELLED(false),
		/** The backend failed in a way that says nothing about the request. */
		BACKEND_FAILURE(false);

		private final boolean retryable;

		Reason(boolean retryable) {
			this.retryable = retryable;
		}

	}

}
