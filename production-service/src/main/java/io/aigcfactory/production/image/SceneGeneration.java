package io.aigcfactory.production.image;

import java.awt.image.BufferedImage;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.aigcfactory.events.Scene;
import io.aigcfactory.inference.InferenceException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Chooses the backdrop of a concept's images: the generated scene when the concept asks
 * for one and a generator is configured, otherwise the drawn backdrop. A scene that is
 * refused, late, failed or malformed falls back to the drawn backdrop with the reason,
 * which is logged and kept with the asset; it never fails the asset.
 */
@Service
public class SceneGeneration {

	private static final Logger logger = LoggerFactory.getLogger(SceneGeneration.class);

	private static final int MAX_REASON = 500;

	private final @Nullable SceneGenerator generator;

	private final SceneSettings settings;

	SceneGeneration(ObjectProvider<SceneGenerator> generator, SceneSettings settings) {
		this.generator = generator.getIfAvailable();
		this.settings = settings;
	}

	/** The backdrop for a concept's scene, {@code null} when it asks for none. */
	public Backdrop backdrop(@Nullable Scene scene) {
		SceneGenerator painter = this.generator;
		if (scene == null || painter == null) {
			return new Backdrop.Drawn();
		}
		try {
			// The batcher enforces the deadline; the extra second only guards against a
			// future that never completes.
			BufferedImage image = painter.generate(scene, this.settings.deadline())
				.get(this.settings.deadline().toMillis() + 1000, TimeUnit.MILLISECONDS);
			return new Backdrop.Generated(image);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return fellBack(scene, "CANCELLED: interrupted while waiting for the scene");
		}
		catch (TimeoutException ex) {
			return fellBack(scene, "DEADLINE_EXCEEDED: no scene within " + this.settings.deadline());
		}
		catch (ExecutionException | CompletionException ex) {
			return fellBack(scene, reason(ex.getCause()));
		}
		catch (RuntimeException ex) {
			return fellBack(scene, reason(ex));
		}
	}

	private static String reason(@Nullable Throwable failure) {
		if (failure instanceof InferenceException inference) {
			return inference.reason() + ": " + inference.getMessage();
		}
		if (failure instanceof SceneUnavailable unavailable) {
			return "BAD_TENSOR: " + unavailable.getMessage();
		}
		return "FAILED: " + failure;
	}

	private static Backdrop fellBack(Scene scene, String reason) {
		String kept = (reason.length() > MAX_REASON) ? reason.substring(0, MAX_REASON) : reason;
		logger.warn("Drawing the backdrop instead of the scene '{}' (seed {}): {}", scene.prompt(), scene.seed(), kept);
		return new Backdrop.FellBack(kept);
	}

}
