package io.aigcfactory.bench.originality;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aigcfactory.creative.concept.ConceptBrief;
import io.aigcfactory.creative.concept.Direction;
import io.aigcfactory.creative.concept.template.TemplateConceptWriter;
import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.Product;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.inference.autoconfigure.InferenceModels;
import io.aigcfactory.inference.autoconfigure.InferenceSettings;
import io.aigcfactory.inference.telemetry.InferenceTelemetry;
import io.aigcfactory.inference.langchain4j.BatchedEmbeddingModel;
import io.aigcfactory.inspection.compliance.ComplianceFunnel;
import io.aigcfactory.inspection.compliance.ComplianceReport;
import io.aigcfactory.inspection.originality.Fingerprint;
import io.aigcfactory.inspection.originality.OriginalityCheck;
import io.aigcfactory.inspection.originality.OriginalitySettings;
import io.aigcfactory.inspection.originality.TextFingerprinter;
import io.aigcfactory.inspection.originality.lucene.LuceneOriginalityIndex;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;

/**
 * A catalog of look-alike products ({@link LookAlikeCatalog}) in one tenant through the
 * copy writer and the inspection stage's text checks, as the pipeline runs them for each
 * requirement: three approved assets wanted per product, concepts from the angles not
 * used yet, the template writer, the compliance funnel, then the originality check (bge
 * embeddings of each round's copies in one call, the Lucene index with its candidate
 * list, the MinHash signature) with its thresholds from {@code inspection-service.yml}; a
 * rejected concept is replaced from another angle while the requirement's budget (twice
 * the wanted count) lasts. Approved copy is written to {@code approved.jsonl} for
 * {@link NearDuplicateChecker}. Images are not rendered here.
 * <p>
 * {@code java -Xmx3g -cp ... io.aigcfactory.bench.originality.CatalogOriginalityRun [products] [out-directory]}
 */
public final class CatalogOriginalityRun {

	static final String TENANT = "look-alikes";

	static final int WANTED = 3;

	static final int RETRIES_PER_VARIANT = 2;

	private CatalogOriginalityRun() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 3400;
		Path out = Path.of((args.length > 1) ? args[1] : "/tmp/catalog-originality");
		Files.createDirectories(out);
		Path indexDirectory = Files.createTempDirectory(out, "index");
		List<Product> products = LookAlikeCatalog.products(count);
		TemplateConceptWriter writer = new TemplateConceptWriter();
		ComplianceFunnel compliance = ComplianceFunnel.withDefaultLexicon();
		OriginalitySettings settings = new OriginalitySettings(0.92, 0.7, 4, 64, indexDirectory, Duration.ofSeconds(1),
				Duration.ofMinutes(1));
		Map<String, Integer> rejections = new TreeMap<>();
		int written = 0;
		int approved = 0;
		int short_ = 0;
		long start = System.nanoTime();
		try (InferenceModels models = new InferenceModels(
				new InferenceSettings(Map.of(), DataSize.ofMegabytes(256), Duration.ofMinutes(5)),
				new InferenceTelemetry(new SimpleMeterRegistry(), OpenTelemetry.noop()));
				LuceneOriginalityIndex index = new LuceneOriginalityIndex(indexDirectory, settings.candidates());
				BufferedWriter approvedCopy = Files.newBufferedWriter(out.resolve("approved.jsonl"),
						StandardCharsets.UTF_8)) {
			EmbeddingModel model = new BatchedEmbeddingModel(models.embedding(), 512, Duration.ofMinutes(1), 2);
			OriginalityCheck originality = new OriginalityCheck(model, index, settings);
			JsonMapper json = JsonMapper.shared();
			for (Product product : products) {
				Map<Angle, Integer> used = new EnumMap<>(Angle.class);
				Set<String> avoid = new HashSet<>();
				int approvedHere = 0;
				int budget = WANTED * RETRIES_PER_VARIANT;
				int missing = WANTED;
				int offset = Math.floorMod(product.sku().hashCode(), Angle.values().length);
				while (missing > 0) {
					List<Copy> round = new ArrayList<>();
					for (int i = 0; i < missing; i++) {
						Angle angle = leastUsed(used, offset);
						int variation = used.merge(angle, 1, Integer::sum) - 1;
						round.add(writer.copy(new ConceptBrief(TENANT, null, product, Direction.of(angle, variation),
								variation, avoid, null)));
					}
					written += round.size();
					List<float[]> vectors = originality.embedAll(round.stream().map(Copy::fullText).toList());
					int rejectedHere = 0;
					for (int i = 0; i < round.size(); i++) {
						Copy copy = round.get(i);
						AssetId asset = AssetId.next();
						ComplianceReport report = compliance.check(copy.fullText(), product.category());
						List<Finding> findings = new ArrayList<>(report.findings());
						if (report.verdict() == Verdict.APPROVED) {
							findings
								.addAll(originality
									.judge(TENANT, asset, new Fingerprint(vectors.get(i),
											TextFingerprinter.signature(copy.fullText(), product.brand()), null), true)
									.findings());
						}
						if (report.verdict() == Verdict.APPROVED && findings.isEmpty()) {
							approvedHere++;
							approvedCopy
								.write(json.writeValueAsString(new LinkedHashMap<>(Map.of("asset", asset.toString(),
										"sku", product.sku(), "brand", product.brand(), "text", copy.fullText()))));
							approvedCopy.newLine();
						}
						else {
							rejectedHere++;
							findings.forEach((finding) -> rejections.merge(finding.code(), 1, Integer::sum));
							if (findings.isEmpty()) {
								rejections.merge(report.verdict().name(), 1, Integer::sum);
							}
							findings.stream()
								.filter((finding) -> finding.stage() == Finding.Stage.COMPLIANCE)
								.map(Finding::evidence)
								.filter((term) -> term != null)
								.forEach(avoid::add);
						}
					}
					int affordable = budget;
					missing = Math.min(rejectedHere, affordable);
					budget -= missing;
				}
				approved += approvedHere;
				if (approvedHere < WANTED) {
					short_++;
				}
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT,
				"%d products, %d concepts written, %d approved, %d products short of %d approved (budget spent); "
						+ "rejections by finding: %s; %.0f s (%.1f concepts/s)%n",
				count, written, approved, short_, WANTED, rejections, seconds, written / seconds);
	}

	private static Angle leastUsed(Map<Angle, Integer> used, int offset) {
		Angle[] angles = Angle.values();
		Angle best = null;
		for (int i = 0; i < angles.length; i++) {
			Angle angle = angles[(offset + i) % angles.length];
			if (best == null || used.getOrDefault(angle, 0) < used.getOrDefault(best, 0)) {
				best = angle;
			}
		}
		return best;
	}

}
