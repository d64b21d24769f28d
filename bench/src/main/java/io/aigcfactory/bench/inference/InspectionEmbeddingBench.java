package io.aigcfactory.bench.inference;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aigcfactory.inference.autoconfigure.InferenceModels;
import io.aigcfactory.inference.autoconfigure.InferenceSettings;
import io.aigcfactory.inference.langchain4j.BatchedEmbeddingModel;
import io.aigcfactory.inference.telemetry.InferenceTelemetry;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.util.unit.DataSize;

/**
 * Inspection's copy embedding as the service runs it: the auto-configured
 * {@link InferenceModels} (in-process bge-small-zh behind the shared batcher, max 32 per
 * batch, one worker) reached through {@link BatchedEmbeddingModel}, fed three ways: one
 * asset at a time (a record listener), one asset at a time from four listener threads,
 * and a poll of 64 assets per {@code embedAll} (the batch listener). Batch sizes are read
 * from the batcher's own {@code aigc.inference.batch.size} meter.
 * <p>
 * {@code java -cp ... io.aigcfactory.bench.inference.InspectionEmbeddingBench [texts]}
 */
public final class InspectionEmbeddingBench {

	private static final int POLL = 64;

	private InspectionEmbeddingBench() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 256;
		List<String> texts = LocalEmbeddingBench.texts(count);
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		try (InferenceModels models = new InferenceModels(
				new InferenceSettings(Map.of(), DataSize.ofMegabytes(256), Duration.ofMinutes(5)),
				new InferenceTelemetry(registry, OpenTelemetry.noop()));
				ExecutorService listeners = Executors.newFixedThreadPool(4)) {
			EmbeddingModel model = new BatchedEmbeddingModel(models.embedding(), 512, Duration.ofMinutes(1), 2);
			Feed[] paths = { new Feed("one asset per call (record listener)", () -> texts.forEach(model::embed)),
					new Feed("one asset per call, 4 listener threads", () -> concurrently(listeners, texts, model)),
					new Feed("a poll of " + POLL + " per embedAll (batch listener)", () -> {
						for (int from = 0; from < texts.size(); from += POLL) {
							model.embedAll(segments(texts.subList(from, Math.min(texts.size(), from + POLL))));
						}
					}) };
			model.embed("预热");
			long[] best = new long[paths.length];
			double[] meanBatch = new double[paths.length];
			Arrays.fill(best, Long.MAX_VALUE);
			for (int round = 0; round < 4; round++) {
				for (int p = 0; p < paths.length; p++) {
					DistributionSummary sizes = registry.get("aigc.inference.batch.size").summary();
					long batches = sizes.count();
					double items = sizes.totalAmount();
					long t0 = System.nanoTime();
					paths[p].work().run();
					long elapsed = System.nanoTime() - t0;
					if (round > 0 && elapsed < best[p]) {
						best[p] = elapsed;
						meanBatch[p] = (sizes.totalAmount() - items) / (sizes.count() - batches);
					}
				}
			}
			System.out.println("## Inspection's copy embedding: one asset per call vs a poll per embedAll ("
					+ Runtime.getRuntime().availableProcessors() + " cores, " + texts.size() + " texts)\n");
			System.out.println("| path | texts/s | mean batch (meter) | vs one per call |");
			System.out.println("|---|---|---|---|");
			double one = texts.size() / (best[0] / 1e9);
			for (int p = 0; p < paths.length; p++) {
				double rate = texts.size() / (best[p] / 1e9);
				System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.2f× |%n", paths[p].name(), rate, meanBatch[p],
						rate / one);
			}
		}
	}

	private static void concurrently(ExecutorService listeners, List<String> texts, EmbeddingModel model) {
		List<Future<?>> done = new ArrayList<>();
		for (int thread = 0; thread < 4; thread++) {
			int first = thread;
			done.add(listeners.submit(() -> {
				for (int i = first; i < texts.size(); i += 4) {
					model.embed(texts.get(i));
				}
			}));
		}
		for (Future<?> future : done) {
			try {
				future.get();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	private static List<TextSegment> segments(List<String> texts) {
		return texts.stream().map(TextSegment::from).toList();
	}

	private record Feed(String name, Runnable work) {
	}

}
