package io.aigcfactory.production.video.triton;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.inference.triton.ModelInput;
import io.aigcfactory.inference.triton.ModelOutput;
import io.aigcfactory.production.video.Narration;
import io.aigcfactory.production.video.Narrator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Narrates with a text-to-speech model on Triton through the model's shared batcher. Each
 * item carries {@code text} (BYTES {@code [1]}, UTF-8); the model answers {@code audio}
 * (FP32 in [-1, 1] or INT16, {@code [samples]}, padded to the longest item of its batch),
 * {@code audio_length} (INT32 {@code [1]}) and {@code sample_rate} (INT32 {@code [1]}). A
 * narration that is refused, late, failed or malformed comes from the fallback narrator
 * instead, with the reason, which is logged and kept with the asset; it never fails the
 * video.
 */
public final class TritonNarrator implements Narrator {

	private static final Logger logger = LoggerFactory.getLogger(TritonNarrator.class);

	private static final int MAX_REASON = 500;

	private static final long[] ONE = { 1 };

	private final DynamicBatcher<ModelInput, ModelOutput> batcher;

	private final Duration deadline;

	private final Narrator fallback;

	/**
	 * @param batcher the model's batcher
	 * @param deadline how long a narration may take
	 * @param fallback who speaks when the model does not
	 */
	public TritonNarrator(DynamicBatcher<ModelInput, ModelOutput> batcher, Duration deadline, Narrator fallback) {
		this.batcher = batcher;
		this.deadline = deadline;
		this.fallback = fallback;
	}

	@Override
	public Narration narrate(String script) {
		try {
			// The batcher enforces the deadline; the extra second only guards against a
			// future that never completes.
			ModelOutput output = this.batcher
				.submit(input(script), this.deadline, this.batcher.policy().defaultPriority())
				.get(this.deadline.toMillis() + 1000, TimeUnit.MILLISECONDS);
			return SpeechTensor.decode(output);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return fellBack(script, "CANCELLED: interrupted while waiting for the narration");
		}
		catch (TimeoutException ex) {
			return fellBack(script, "DEADLINE_EXCEEDED: no narration within " + this.deadline);
		}
		catch (ExecutionException ex) {
			return fellBack(script, reason(ex.getCause()));
		}
		catch (RuntimeException ex) {
			return fellBack(script, reason(ex));
		}
	}

	static ModelInput input(String script) {
		return ModelInput.of(Tensors.strings("text", ONE, List.of(script)));
	}

	private static String reason(@Nullable Throwable failure) {
		if (failure instanceof InferenceException inference) {
			return inference.reason() + ": " + inference.getMessage();
		}
		if (failure instanceof SpeechUnavailable unavailable) {
			return "BAD_TENSOR: " + unavailable.getMessage();
		}
		return "FAILED: " + failure;
	}

	private Narration fellBack(String script, String reason) {
		String kept = (reason.length() > MAX_REASON) ? reason.substring(0, MAX_REASON) : reason;
		logger.warn("Narrating with the fallback voice instead of the Triton model: {}", kept);
		return this.fallback.narrate(script).fellBack(kept);
	}

}
