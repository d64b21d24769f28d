package io.aigcfactory.bench.originality;

import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aigcfactory.creative.concept.ConceptBrief;
import io.aigcfactory.creative.concept.ConceptPlanning;
import io.aigcfactory.creative.concept.Direction;
import io.aigcfactory.creative.concept.DirectionCatalogue;
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
import io.aigcfactory.inspection.originality.ImageHash;
import io.aigcfactory.inspection.originality.OriginalityCheck;
import io.aigcfactory.inspection.originality.OriginalitySettings;
import io.aigcfactory.inspection.originality.TextFingerprinter;
import io.aigcfactory.inspection.originality.lucene.LuceneOriginalityIndex;
import io.aigcfactory.production.image.ImageBrief;
import io.aigcfactory.production.image.ImageRenderer;
import io.aigcfactory.production.image.ImageSpec;
import io.aigcfactory.production.image.local.LayoutImageRenderer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import io.opentelemetry.api.OpenTelemetry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;

/**
 * A catalog of look-alike products ({@link LookAlikeCatalog}) in one tenant through the
 * copy writer and the inspection stage's text checks, as the pipeline runs them for each
 * requirement: three approved assets wanted per product, concepts from the angles not
 * used yet, each angle's next direction from the product's family in the planner's
 * direction catalogue (the planner's own choice, without the bandit's ranking), the
 * template writer, the compliance funnel, then the originality check (bge embeddings of
 * each round's copies in one call, the Lucene index with its candidate list, the MinHash
 * signature) with its thresholds from {@code inspection-service.yml}; a rejected concept
 * is replaced from another angle while the requirement's budget (twice the wanted count)
 * lasts. Approved copy is written to {@code approved.jsonl} for
 * {@link NearDuplicateChecker}. With {@code images}, each compliant concept's main image
 * is drawn as production draws it on the CPU, its perceptual hash takes part in the
 * originality check, and approved images are written to {@code images/} for
 * {@link NearDuplicateImageChecker}.
 * <p>
 * {@code java -Xmx3g -cp ... io.aigcfactory.bench.originality.CatalogOriginalityRun [products] [out-directory] [workers] [images]}
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
		int workers = (args.length > 2) ? Integer.parseInt(args[2]) : 8;
		boolean images = (args.length > 3) && args[3].equals("images");
		Files.createDirectories(out);
		Path imageDirectory = out.resolve("images");
		if (images) {
			Files.createDirectories(imageDirectory);
		}
		Path indexDirectory = Files.createTempDirectory(out, "index");
		List<Product> products = LookAlikeCatalog.products(count);
		OriginalitySettings settings = new OriginalitySettings(0.92, 0.7, 4, 0.5, 64, indexDirectory,
				Duration.ofSeconds(1), Duration.ofMinutes(1));
		Tally tally = new Tally();
		long start = System.nanoTime();
		try (InferenceModels models = new InferenceModels(
				new InferenceSettings(Map.of(), DataSize.ofMegabytes(256), Duration.ofMinutes(5)),
				new InferenceTelemetry(new SimpleMeterRegistry(), OpenTelemetry.noop()));
				LuceneOriginalityIndex index = new LuceneOriginalityIndex(indexDirectory, settings.candidates());
				BufferedWriter approvedCopy = Files.newBufferedWriter(out.resolve("approved.jsonl"),
						StandardCharsets.UTF_8)) {
			EmbeddingModel model = new BatchedEmbeddingModel(models.embedding(), 512, Duration.ofMinutes(5), 2);
			Requirement requirement = new Requirement(new TemplateConceptWriter(), new DirectionCatalogue(),
					ComplianceFunnel.withDefaultLexicon(), new OriginalityCheck(model, index, settings), approvedCopy,
					images ? new MainImages(new LayoutImageRenderer(), imageDirectory) : null, tally);
			// Requirements are planned side by side as the pipeline's partitions do, so
			// that
			// their copy shares embedding batches; judging is serialised by the check's
			// lock.
			ExecutorService pool = Executors.newFixedThreadPool(workers);
			List<Future<?>> done = new ArrayList<>();
			for (Product product : products) {
				done.add(pool.submit(() -> {
					requirement.run(product);
					return null;
				}));
			}
			for (int i = 0; i < done.size(); i++) {
				done.get(i).get();
				if ((i + 1) % 200 == 0) {
					System.out.printf(Locale.ROOT, "%d products done, %d approved, %.0f s%n", i + 1,
							tally.approved.get(), (System.nanoTime() - start) / 1e9);
				}
			}
			pool.shutdown();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT,
				"%d products, %d concepts written, %d approved, %d products short of %d approved (budget spent); "
						+ "rejections by finding: %s; %.0f s (%.1f concepts/s)%n",
				count, tally.written.get(), tally.approved.get(), tally.short_.get(), WANTED,
				new TreeMap<>(tally.rejections), seconds, tally.written.get() / seconds);
	}

	/** Counts of a run. */
	static final class Tally {

		final AtomicInteger written = new AtomicInteger();

		final AtomicInteger approved = new AtomicInteger();

		final AtomicInteger short_ = new AtomicInteger();

		final Map<String, Integer> rejections = new ConcurrentHashMap<>();

	}

	/** One requirement's rounds: write, screen, judge, replace the rejected. */
	record Requirement(TemplateConceptWriter writer, DirectionCatalogue directions, ComplianceFunnel compliance,
			OriginalityCheck originality, BufferedWriter approvedCopy, @Nullable MainImages images, Tally tally) {

		void run(Product product) throws Exception {
			Map<Angle, Integer> used = new EnumMap<>(Angle.class);
			Map<String, Integer> directionsUsed = new HashMap<>();
			List<Direction> catalogue = this.directions.forCategory(product.category());
			int directionOffset = ConceptPlanning.offset(product.sku());
			String rejected = null;
			Set<String> avoid = new HashSet<>();
			int approvedHere = 0;
			int budget = WANTED * RETRIES_PER_VARIANT;
			int missing = WANTED;
			int offset = Math.floorMod(product.sku().hashCode(), Angle.values().length);
			while (missing > 0) {
				List<Copy> round = new ArrayList<>();
				List<Direction> roundDirections = new ArrayList<>();
				for (int i = 0; i < missing; i++) {
					Angle angle = leastUsed(used, offset);
					int variation = used.merge(angle, 1, Integer::sum) - 1;
					Direction direction = ConceptPlanning.nextDirection(catalogue, angle, directionsUsed, rejected,
							directionOffset);
					directionsUsed.merge(direction.id(), 1, Integer::sum);
					roundDirections.add(direction);
					round.add(this.writer
						.copy(new ConceptBrief(TENANT, null, product, direction, variation, avoid, null)));
				}
				this.tally.written.addAndGet(round.size());
				List<float[]> vectors = this.originality.embedAll(round.stream().map(Copy::fullText).toList());
				int rejectedHere = 0;
				for (int i = 0; i < round.size(); i++) {
					Copy copy = round.get(i);
					AssetId asset = AssetId.next();
					ComplianceReport report = this.compliance.check(copy.fullText(), product.category());
					List<Finding> findings = new ArrayList<>(report.findings());
					BufferedImage main = null;
					if (report.verdict() == Verdict.APPROVED) {
						main = (this.images != null) ? this.images.draw(product, copy, roundDirections.get(i)) : null;
						findings
							.addAll(this.originality
								.judge(TENANT, asset, new Fingerprint(vectors.get(i),
										TextFingerprinter.signature(copy.fullText(), product.brand()),
										(main != null) ? ImageHash.of(main) : null, (main != null)
												? TextFingerprinter.imageSignature(copy, product.brand()) : null),
										true)
								.findings());
					}
					if (report.verdict() == Verdict.APPROVED && findings.isEmpty()) {
						approvedHere++;
						if (main != null) {
							this.images.write(asset, main);
						}
						String line = JsonMapper.shared()
							.writeValueAsString(new LinkedHashMap<>(Map.of("asset", asset.toString(), "sku",
									product.sku(), "brand", product.brand(), "text", copy.fullText())));
						synchronized (this.approvedCopy) {
							this.approvedCopy.write(line);
							this.approvedCopy.newLine();
						}
					}
					else {
						rejectedHere++;
						rejected = roundDirections.get(i).id();
						findings.forEach((finding) -> this.tally.rejections.merge(finding.code(), 1, Integer::sum));
						if (findings.isEmpty()) {
							this.tally.rejections.merge(report.verdict().name(), 1, Integer::sum);
						}
						findings.stream()
							.filter((finding) -> finding.stage() == Finding.Stage.COMPLIANCE)
							.map(Finding::evidence)
							.filter((term) -> term != null)
							.forEach(avoid::add);
					}
				}
				missing = Math.min(rejectedHere, budget);
				budget -= missing;
			}
			this.tally.approved.addAndGet(approvedHere);
			if (approvedHere < WANTED) {
				this.tally.short_.incrementAndGet();
			}
		}

	}

	/**
	 * The main image of each concept as production draws it on the CPU (800×800, the
	 * concept's angle and style, no photo or generated scene: the catalog has none), and
	 * the approved ones written as JPEG for {@link NearDuplicateImageChecker}.
	 */
	record MainImages(ImageRenderer renderer, Path directory) {

		BufferedImage draw(Product product, Copy copy, Direction direction) {
			return this.renderer
				.draw(new ImageBrief(product.summary(), product.price(), copy, direction.angle(), direction.style()),
						ImageSpec.MAIN_800)
				.pixels();
		}

		void write(AssetId asset, BufferedImage image) throws IOException {
			ImageIO.write(image, "jpg", this.directory.resolve(asset + ".jpg").toFile());
		}

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
