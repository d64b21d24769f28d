package io.aigcfactory.inference.local;

import java.time.Duration;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import io.aigcfactory.inference.batch.BatchPolicy;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.langchain4j.BatchedEmbeddingModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the real bge-small-zh model through the whole path: LangChain4j API, batcher,
 * local backend, padded ONNX batches.
 */
class LocalEmbeddingIntegrationTests {

	private static final List<String> TEXTS = List.of("这款保温杯采用316不锈钢内胆，12小时保温。", "限时特价，全网最低价！",
			"Lightweight running shoes with a breathable mesh upper.", "天然有机棉，婴儿贴身穿着更安心", "买一送一",
			"这是一段很长的商品描述。".repeat(60));

	@Test
	void paddedBatchesGiveTheVectorsLangChain4jGivesOneByOne() {
		EmbeddingModel reference = new BgeSmallZhV15EmbeddingModel();
		try (BgeSmallZhEmbedding local = new BgeSmallZhEmbedding();
				LocalBackend<String, float[]> backend = new LocalBackend<>("embedding", local, 1)) {
			DynamicBatcher<String, float[]> batcher = DynamicBatcher.create(backend,
					BatchPolicy.ofItems(32, Duration.ofMillis(2))
						.withMaxInFlightPerEndpoint(1)
						.withQueue(1024, Duration.ofMinutes(2)));
			EmbeddingModel batched = new BatchedEmbeddingModel(batcher, BgeSmallZhEmbedding.DIMENSION);
			List<Embedding> ours = batched.embedAll(TEXTS.stream().map(TextSegment::from).toList()).content();
			assertThat(local.run(TEXTS)).hasSize(TEXTS.size());
			for (int i = 0; i < TEXTS.size(); i++) {
				float[] expected = reference.embed(TEXTS.get(i)).content().vector();
				assertThat(ours.get(i).vector()).hasSize(BgeSmallZhEmbedding.DIMENSION);
				assertThat(cosine(ours.get(i).vector(), expected)).as(TEXTS.get(i)).isGreaterThan(0.999);
			}
			assertThat(cosine(ours.get(0).vector(), ours.get(1).vector())).isLessThan(0.99);
			batcher.close();
		}
	}

	static double cosine(float[] a, float[] b) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return dot / Math.sqrt(na * nb);
	}

}
