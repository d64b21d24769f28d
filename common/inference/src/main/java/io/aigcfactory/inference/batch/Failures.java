package io.aigcfactory.inference.batch;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;

/**
 * Turns whatever a backend failed with into the domain exception callers see.
 */
final class Failures {

	private Failures() {
	}

	static InferenceException of(Throwable error, String model) {
		Throwable cause = error;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof InferenceException inference) {
			return inference;
		}
		if (cause instanceof CancellationException) {
			return new InferenceException(Reason.CANCELLED, "Call to model '" + model + "' was cancelled", cause);
		}
		return new InferenceException(Reason.BACKEND_FAILURE,
				"Model '" + model + "' failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
	}

	/**
	 * Whether the endpoint, rather than the request, is to blame.
	 */
	static boolean transport(InferenceException failure) {
		return failure.reason() == Reason.UNAVAILABLE || failure.reason() == Reason.DEADLINE_EXCEEDED;
	}

	/**
	 * Whether splitting the batch can tell a bad item from good ones.
	 */
	static boolean isolatable(InferenceException failure) {
		return failure.reason() == Reason.INVALID_INPUT || failure.reason() == Reason.BACKEND_FAILURE;
	}

}
