package io.aigcfactory.bench.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The stage-cost limit: runs {@link StageCostBench}, turns each stage's throughput with
 * both cores busy into CPU milliseconds per item (2 cores ÷ items per second), weights
 * each by how many items one approved asset needs, and prints the table, the sum, and the
 * approved assets per second 2 cores could make if the platform cost nothing beyond the
 * stages. The weights are the mix {@link PipelineLoadDriver} prints after a run
 * ({@code name=items per approved asset}, one argument each); without arguments, the
 * sample catalog's mix as recorded in {@code bench/results/pipeline.md}.
 * <p>
 * {@code java -cp ... io.aigcfactory.bench.pipeline.StageCostTable [stage=weight ...]}
 */
public final class StageCostTable {

	/**
	 * The sample catalog's mix, items per approved asset, as {@link PipelineLoadDriver}
	 * counted it in the 20-product run recorded in {@code pipeline.md} (B3, 2026-11-30).
	 */
	private static final Map<String, Double> SAMPLE_MIX = Map.ofEntries(Map.entry("writeConcept", 1.08),
			Map.entry("scanCopy", 1.08), Map.entry("embedCopyInBatch", 1.08), Map.entry("mainImagePng", 1.08),
			Map.entry("mainImageJpeg", 2.27), Map.entry("detailPage", 1.08), Map.entry("promoVideo", 0.31),
			Map.entry("inspectMainImage", 1.08), Map.entry("judgeOriginality", 1.08),
			Map.entry("publishToFolder", 2.09));

	private StageCostTable() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, Double> mix = new LinkedHashMap<>(SAMPLE_MIX);
		for (String arg : args) {
			String[] pair = arg.split("=", 2);
			mix.put(pair[0], Double.parseDouble(pair[1]));
		}
		Collection<RunResult> results = new Runner(
				new OptionsBuilder().include(StageCostBench.class.getName().replace(".", "\\.") + "\\.").build())
			.run();
		int cores = Runtime.getRuntime().availableProcessors();
		List<String> rows = new ArrayList<>();
		double sum = 0;
		for (RunResult result : results) {
			String label = result.getParams().getBenchmark();
			String stage = label.substring(label.lastIndexOf('.') + 1);
			double perSecond = result.getPrimaryResult().getScore();
			double cpuMillis = cores * 1000 / perSecond;
			double weight = mix.getOrDefault(stage, 0.0);
			sum += weight * cpuMillis;
			rows.add(String.format(Locale.ROOT, "| %s | %.1f ± %.1f | %.2f | %.2f | %.2f |", stage, perSecond,
					result.getPrimaryResult().getScoreError(), cpuMillis, weight, weight * cpuMillis));
		}
		System.out.println();
		System.out.println("| stage | items/s, " + cores
				+ " threads | CPU ms per item | items per approved asset | CPU ms per approved asset |");
		System.out.println("|---|---|---|---|---|");
		rows.forEach(System.out::println);
		System.out.printf(Locale.ROOT, "| **sum** | | | | **%.1f** |%n", sum);
		System.out.printf(Locale.ROOT, "%nstage-cost limit on %d cores: %.2f approved assets/s%n", cores,
				cores * 1000 / sum);
	}

}
