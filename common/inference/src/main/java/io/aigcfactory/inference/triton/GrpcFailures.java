package io.aigcfactory.inference.triton;

import java.util.Locale;

import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import io.grpc.Status;

/**
 * Maps gRPC status codes to what the caller can do about them: UNAVAILABLE and queue-full
 * rejections are worth retrying elsewhere, malformed requests never are.
 */
final class GrpcFailures {

	private GrpcFailures() {
	}

	static InferenceException of(Throwable error, String model, String endpoint) {
		if (error instanceof InferenceException inference) {
			return inference;
		}
		Status status = Status.fromThrowable(error);
		String description = (status.getDescription() != null) ? status.getDescription() : status.getCode().name();
		String message = "Model '" + model + "' on " + endpoint + ": " + status.getCode() + " " + description;
		return new InferenceException(reason(status.getCode(), description), message, error);
	}

	private static Reason reason(Status.Code code, String description) {
		String lower = description.toLowerCase(Locale.ROOT);
		if (lower.contains("unknown model") || lower.contains("not found") && lower.contains("model")) {
			return Reason.UNKNOWN_MODEL;
		}
		return switch (code) {
			case UNAVAILABLE, ABORTED -> Reason.UNAVAILABLE;
			case RESOURCE_EXHAUSTED ->
				lower.contains("message") && lower.contains("size") ? Reason.INVALID_INPUT : Reason.UNAVAILABLE;
			case DEADLINE_EXCEEDED -> Reason.DEADLINE_EXCEEDED;
			case INVALID_ARGUMENT, OUT_OF_RANGE, FAILED_PRECONDITION -> Reason.INVALID_INPUT;
			case NOT_FOUND -> Reason.UNKNOWN_MODEL;
			case CANCELLED -> Reason.CANCELLED;
			default -> Reason.BACKEND_FAILURE;
		};
	}

}
