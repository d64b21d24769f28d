package io.aigcfactory.bench.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import io.aigcfactory.inference.local.BgeSmallZhEmbedding;

/**
 * bge-small-zh on this machine's CPU: LangChain4j one text at a time, LangChain4j
 * {@code embedAll} (one ONNX run per text, spread over threads), and the local backend's
 * padded batches of 32 (one ONNX run per batch).
 * <p>
 * {@code java -cp ... io.aigcfactory.bench.inference.LocalEmbeddingBench}
 */
public final class LocalEmbeddingBench {

	private LocalEmbeddingBench() {
	}

	public static void main(String[] args) {
		List<String> texts = texts(128);
		List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
		EmbeddingModel langchain = new BgeSmallZhV15EmbeddingModel();
		try (BgeSmallZhEmbedding local = new BgeSmallZhEmbedding()) {
			Runnable oneByOne = () -> texts.forEach(langchain::embed);
			Runnable embedAll = () -> langchain.embedAll(segments);
			Runnable padded = () -> {
				for (int from = 0; from < texts.size(); from += 32) {
					local.run(texts.subList(from, Math.min(texts.size(), from + 32)));
				}
			};
			double[] rates = interleaved(texts.size(), oneByOne, embedAll, padded);
			double one = rates[0];
			double all = rates[1];
			double batched = rates[2];
			System.out.println("## bge-small-zh on the CPU (" + Runtime.getRuntime().availableProcessors() + " cores, "
					+ texts.size() + " texts of 12–40 characters)\n");
			System.out.println("| path | texts/s | vs one by one |");
			System.out.println("|---|---|---|");
			System.out.printf(Locale.ROOT, "| LangChain4j embed, one by one | %.0f | 1.00× |%n", one);
			System.out.printf(Locale.ROOT, "| LangChain4j embedAll | %.0f | %.2f× |%n", all, all / one);
			System.out.printf(Locale.ROOT, "| local backend, padded batches of 32 | %.0f | %.2f× |%n", batched,
					batched / one);
		}
	}

	/**
	 * Best of five rounds each, the paths taking turns so that a noisy neighbour hurts
	 * them alike.
	 */
	private static double[] interleaved(int texts, Runnable... paths) {
		long[] best = new long[paths.length];
		java.util.Arrays.fill(best, Long.MAX_VALUE);
		for (int round = 0; round < 6; round++) {
			for (int p = 0; p < paths.length; p++) {
				long t0 = System.nanoTime();
				paths[p].run();
				if (round > 0) {
					best[p] = Math.min(best[p], System.nanoTime() - t0);
				}
			}
		}
		double[] rates = new double[paths.length];
		for (int p = 0; p < paths.length; p++) {
			rates[p] = texts / (best[p] / 1e9);
		}
		return rates;
	}

	static List<String> texts(int count) {
		String[] parts = { "保温杯", "316不锈钢内胆", "十二小时长效保温", "轻便跑鞋", "透气网面", "天然有机棉", "婴儿贴身衣物", "限时特价", "买一送一", "新品上市",
				"大容量", "静音设计", "一键清洗", "智能温控" };
		List<String> texts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			StringBuilder text = new StringBuilder();
			for (int p = 0; p < 2 + i % 5; p++) {
				text.append(parts[(i * 7 + p * 3) % parts.length]).append('，');
			}
			texts.add(text.append("欢迎选购。").toString());
		}
		return texts;
	}

}
