package io.aigcfactory.inference.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.inference.health.ModelEndpointsHealthIndicator;
import io.aigcfactory.inference.langchain4j.BatchedEmbeddingModel;
import io.aigcfactory.inference.triton.ModelInput;
import io.aigcfactory.inference.triton.ModelOutput;
import io.aigcfactory.test.kserve.KServeTestServer;
import io.aigcfactory.test.kserve.TestModels;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class InferenceAutoConfigurationIntegrationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(InferenceAutoConfiguration.class));

	@Test
	void embeddingModelDefaultsToTheInProcessModelLoadedOnFirstUse() {
		this.runner.run((context) -> {
			EmbeddingModel model = context.getBean(EmbeddingModel.class);
			assertThat(model).isInstanceOf(BatchedEmbeddingModel.class);
			assertThat(model.dimension()).isEqualTo(512);
			assertThat(context).doesNotHaveBean(ChatModel.class);
			float[] vector = model.embed("保温杯").content().vector();
			assertThat(vector).hasSize(512);
		});
	}

	@Test
	void embeddingAndChatModelsCanRunOnTriton() {
		try (KServeTestServer server = KServeTestServer.onSocket(TestModels.textEmbedding("bge-triton", 8),
				TestModels.echoLlm("qwen"))) {
			this.runner
				.withPropertyValues("aigc.inference.models.embedding.backend=triton",
						"aigc.inference.models.embedding.triton-name=bge-triton",
						"aigc.inference.models.embedding.endpoints=" + server.target(),
						"aigc.inference.models.embedding.dimension=8", "aigc.inference.models.chat.backend=triton",
						"aigc.inference.models.chat.triton-name=qwen", "aigc.inference.models.chat.decoupled=true",
						"aigc.inference.models.chat.max-batch-size=0",
						"aigc.inference.models.chat.endpoints=" + server.target())
				.run((context) -> {
					EmbeddingModel embedding = context.getBean(EmbeddingModel.class);
					assertThat(embedding.embed("你好").content().vector()).containsExactly(TestModels.vectorOf("你好", 8));
					assertThat(context.getBean(ChatModel.class).chat("hello there"))
						.isEqualTo("echo: <|im_start|>user\nhello there<|im_end|>\n<|im_start|>assistant\n");
					InferenceModels models = context.getBean(InferenceModels.class);
					assertThat(models.embedding().policy().maxQueueDelay()).isEqualTo(Duration.ofMillis(2));
				});
		}
	}

	@Test
	void aTensorModelWeighsItsItemsAgainstTheBatchCostCap() {
		try (KServeTestServer server = KServeTestServer
			.onSocket(TestModels.addOne("weighed", 1, 8, Duration.ofMillis(200), Duration.ZERO))) {
			this.runner.withPropertyValues("aigc.inference.models.weighed.endpoints=" + server.target(),
					"aigc.inference.models.weighed.max-batch-size=8", "aigc.inference.models.weighed.max-batch-cost=6",
					"aigc.inference.models.weighed.max-in-flight-per-endpoint=1")
				.run((context) -> {
					DynamicBatcher<ModelInput, ModelOutput> batcher = context.getBean(InferenceModels.class)
						.tensor("weighed", (item) -> 3);
					List<CompletableFuture<ModelOutput>> results = new ArrayList<>();
					for (int i = 0; i < 7; i++) {
						results.add(batcher.submit(ModelInput.of(Tensors.fp32("x", new long[] { 1 }, i))));
					}
					for (int i = 0; i < 7; i++) {
						assertThat(Tensors.toFloats(results.get(i).join().tensor("y"))).containsExactly(i + 1);
					}
					assertThat(server.stats("weighed").items()).isEqualTo(7);
					assertThat(server.stats("weighed").largestBatch()).isEqualTo(2);
				});
		}
	}

	@Test
	void modelEndpointsAreHealthyWhileEachModelIsReadySomewhere() {
		try (KServeTestServer server = KServeTestServer
			.onSocket(TestModels.addOne("ready", 1, 8, Duration.ZERO, Duration.ZERO))) {
			this.runner
				.withPropertyValues("aigc.inference.models.ready.endpoints=" + server.target() + ",127.0.0.1:1",
						"aigc.inference.models.missing.endpoints=" + server.target())
				.run((context) -> {
					Health health = context.getBean(ModelEndpointsHealthIndicator.class).health();
					assertThat(health.getStatus()).isEqualTo(Status.DOWN);
					assertThat(health.getDetails().get("models"))
						.isEqualTo(Map.of("missing", Map.of(server.target(), false), "ready",
								Map.of(server.target(), true, "127.0.0.1:1", false)));
				});
			this.runner.withPropertyValues("aigc.inference.models.ready.endpoints=" + server.target())
				.run((context) -> assertThat(context.getBean(ModelEndpointsHealthIndicator.class).health().getStatus())
					.isEqualTo(Status.UP));
		}
	}

	@Test
	void aServiceOwnEmbeddingModelWins() {
		EmbeddingModel own = mock(EmbeddingModel.class);
		this.runner.withBean(EmbeddingModel.class, () -> own)
			.run((context) -> assertThat(context.getBean(EmbeddingModel.class)).isSameAs(own));
	}

	@Test
	void invalidSettingsFailAtStartup() {
		this.runner.withPropertyValues("aigc.inference.models.embedding.max-queue-size=0")
			.withBean(org.springframework.validation.beanvalidation.LocalValidatorFactoryBean.class)
			.run((context) -> assertThat(context).hasFailed());
	}

}
