package io.aigcfactory.production.image;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.aigcfactory.events.Scene;
import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which backdrop a concept gets, and the reason kept when its scene falls back to the
 * drawn one.
 */
class SceneGenerationTests {

	private static final Scene SCENE = new Scene("海边 日落 木桌", "文字", 7);

	private static final SceneSettings SETTINGS = new SceneSettings(SceneSettings.Backend.TRITON, "sdxl", 30, 64, 64,
			Duration.ofMillis(200));

	@Test
	void aGeneratedSceneIsTheBackdrop() {
		BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);

		Backdrop backdrop = generation((scene, deadline) -> CompletableFuture.completedFuture(image)).backdrop(SCENE);

		assertThat(backdrop).isEqualTo(new Backdrop.Generated(image));
	}

	@Test
	void withoutASceneOrAGeneratorTheBackdropIsDrawnAsPlanned() {
		assertThat(generation((scene, deadline) -> new CompletableFuture<>()).backdrop(null))
			.isEqualTo(new Backdrop.Drawn());
		assertThat(generation(null).backdrop(SCENE)).isEqualTo(new Backdrop.Drawn());
	}

	@Test
	void aFailedInferenceFallsBackWithItsReason() {
		Backdrop backdrop = generation((scene, deadline) -> CompletableFuture
			.failedFuture(new InferenceException(Reason.QUEUE_FULL, "queue of model 'sdxl' is full"))).backdrop(SCENE);

		assertThat(backdrop).isEqualTo(new Backdrop.FellBack("QUEUE_FULL: queue of model 'sdxl' is full"));
	}

	@Test
	void aMalformedTensorFallsBackAsABadTensor() {
		Backdrop backdrop = generation(
				(scene, deadline) -> CompletableFuture.failedFuture(new SceneUnavailable("Output 'image' is FP32")))
			.backdrop(SCENE);

		assertThat(backdrop).isEqualTo(new Backdrop.FellBack("BAD_TENSOR: Output 'image' is FP32"));
	}

	@Test
	void aSceneThatNeverComesFallsBackAfterTheDeadline() {
		Backdrop backdrop = generation((scene, deadline) -> new CompletableFuture<>()).backdrop(SCENE);

		assertThat(backdrop).isInstanceOfSatisfying(Backdrop.FellBack.class,
				(fellBack) -> assertThat(fellBack.reason()).startsWith("DEADLINE_EXCEEDED"));
	}

	private static SceneGeneration generation(@Nullable SceneGenerator generator) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(
				(generator != null) ? Map.of("generator", generator) : Map.of());
		return new SceneGeneration(beans.getBeanProvider(SceneGenerator.class), SETTINGS);
	}

}
