package io.aigcfactory.bench.pipeline;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aigcfactory.bench.production.TestModelSpeech;
import io.aigcfactory.creative.concept.ConceptBrief;
import io.aigcfactory.creative.concept.Direction;
import io.aigcfactory.creative.concept.template.TemplateConceptWriter;
import io.aigcfactory.distribution.channel.Delivery;
import io.aigcfactory.distribution.channel.fs.FilesystemChannel;
import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.Product;
import io.aigcfactory.events.ProductSummary;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.glyphs.Glyphs;
import io.aigcfactory.inference.autoconfigure.InferenceModels;
import io.aigcfactory.inference.autoconfigure.InferenceSettings;
import io.aigcfactory.inference.langchain4j.BatchedEmbeddingModel;
import io.aigcfactory.inference.telemetry.InferenceTelemetry;
import io.aigcfactory.inspection.compliance.ComplianceFunnel;
import io.aigcfactory.inspection.originality.Fingerprint;
import io.aigcfactory.inspection.originality.ImageHash;
import io.aigcfactory.inspection.originality.OriginalityCheck;
import io.aigcfactory.inspection.originality.OriginalitySettings;
import io.aigcfactory.inspection.originality.TextFingerprinter;
import io.aigcfactory.inspection.originality.lucene.LuceneOriginalityIndex;
import io.aigcfactory.inspection.quality.QualityGate;
import io.aigcfactory.inspection.quality.QualitySettings;
import io.aigcfactory.platform.channel.ChannelProfile.ImageFormat;
import io.aigcfactory.platform.storage.StoredBlob;
import io.aigcfactory.platform.storage.fs.FilesystemBlobStore;
import io.aigcfactory.production.detail.DetailPageHtml;
import io.aigcfactory.production.detail.DetailSections;
import io.aigcfactory.production.detail.LongImage;
import io.aigcfactory.production.image.DrawnImage;
import io.aigcfactory.production.image.ImageBrief;
import io.aigcfactory.production.image.ImageEncoding;
import io.aigcfactory.production.image.ImageSpec;
import io.aigcfactory.production.image.local.LayoutImageRenderer;
import io.aigcfactory.production.video.FrameMarking;
import io.aigcfactory.production.video.PromoVideos;
import io.aigcfactory.production.video.VideoSettings;
import io.aigcfactory.trust.carrier.Labels;
import io.aigcfactory.trust.label.LabelSigner;
import io.aigcfactory.trust.watermark.FrameWatermarker;
import io.aigcfactory.trust.watermark.WatermarkPayload;
import io.aigcfactory.trust.watermark.Watermarker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.util.unit.DataSize;

/**
 * Each stage of making one asset, alone, with both cores busy: two benchmark threads, so
 * that the throughput JMH reports is what the stage would make if it had the machine to
 * itself, and 2 cores ÷ that throughput is its CPU per item. The stages are the
 * platform's own classes on the standalone's CPU path: the template writer, the
 * compliance funnel, bge-small-zh on ONNX through the platform's dynamic batcher (one
 * copy, and eight in one call, reported per copy), the layout renderer with the image
 * watermark and the encoders, the detail page and its long image, the narrated promo
 * video with every frame watermarked, the inspection of a main image's file (digest,
 * decode, quality gate, hash), the originality judgement against a tenant's index of
 * 2,000 approved assets, and the export of an asset's files to a channel's folder.
 * {@link StageCostTable} weights them by how many of each an approved asset of the sample
 * catalog needs and adds them up.
 * <p>
 * {@code java -cp ... org.openjdk.jmh.Main StageCostBench}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1,
		jvmArgs = { "-Xms1g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector" })
public class StageCostBench {

	/** How many copies {@link #embedCopyInBatch} embeds in one call. */
	static final int BATCH = 8;

	private static final String TENANT = "bench";

	/**
	 * The promo video's length: the sample catalog's videos last 17.9 s on average (their
	 * subtitles end at 17.1 s, then 0.8 s of lead-out).
	 */
	private static final Duration VIDEO = Duration.ofSeconds(18);

	/**
	 * The JPEG main images the sample catalog asks for, in proportion: each product's
	 * channels' JPEG sizes, counted once per variant (Taobao 750 × 1000, JD 1280 × 720,
	 * Douyin 1080 × 1920, Xiaohongshu 1242 × 1660, Pinduoduo 800 × 800), 1.21 megapixels
	 * on average.
	 */
	private static final List<ImageSpec> CATALOG_JPEGS = catalogJpegs(Map.of(new ImageSpec("taobao", 750, 1000), 32,
			new ImageSpec("jd", 1280, 720), 27, new ImageSpec("douyin", 1080, 1920), 18,
			new ImageSpec("xiaohongshu", 1242, 1660), 14, new ImageSpec("pinduoduo", 800, 800), 9));

	private static final Product PRODUCT = new Product("TEA-250", "明前龙井 250g 礼盒装", "山间茶舍", "食品饮料/茶叶",
			new BigDecimal("168.90"), List.of("明前头采", "独立小包装", "礼盒装"), "爱喝茶的上班族", "净含量 250g", List.of());

	private static final Copy COPY = new Copy("一口春天的鲜爽", "明前头采，豆香浓郁，送礼自饮两相宜。", "马上品鉴", List.of("明前头采", "独立小包装", "礼盒装"));

	private final AtomicInteger variation = new AtomicInteger();

	private TemplateConceptWriter writer;

	private ComplianceFunnel funnel;

	private InferenceModels models;

	private EmbeddingModel embeddings;

	private List<TextSegment> batch;

	private LayoutImageRenderer renderer;

	private ImageBrief brief;

	private Watermarker watermarker;

	private DetailSections sections;

	private DetailPageHtml html;

	private LongImage longImage;

	private PromoVideos videos;

	private List<BufferedImage> pictures;

	private byte[] mainPng;

	private QualityGate quality;

	private Path scratch;

	private LuceneOriginalityIndex index;

	private OriginalityCheck originality;

	private Fingerprint fingerprint;

	private FilesystemChannel channel;

	private List<Rendition> stored;

	@Setup
	public void setUp() throws IOException {
		this.writer = new TemplateConceptWriter();
		this.funnel = ComplianceFunnel.withDefaultLexicon();
		this.models = new InferenceModels(
				new InferenceSettings(Map.of(), DataSize.ofMegabytes(256), Duration.ofMinutes(5)),
				new InferenceTelemetry(new SimpleMeterRegistry(), OpenTelemetry.noop()));
		this.embeddings = new BatchedEmbeddingModel(this.models.embedding(), 512);
		this.batch = new ArrayList<>();
		for (int i = 0; i < BATCH; i++) {
			this.batch.add(TextSegment.from(written(i).fullText()));
		}
		this.renderer = new LayoutImageRenderer();
		this.brief = new ImageBrief(
				new ProductSummary(PRODUCT.sku(), PRODUCT.title(), PRODUCT.brand(), PRODUCT.category()),
				PRODUCT.price(), COPY, Angle.GIFTING, "fresh");
		this.watermarker = new Watermarker();
		this.sections = DetailSections.of(new ConceptCreated(EventMetadata.now(TENANT), RequirementId.next(),
				ConceptId.next(), 1, Angle.FUNCTION, "fresh", COPY, PRODUCT, List.of("taobao")),
				List.of("7 天无理由退货", "48 小时内发货"));
		this.html = new DetailPageHtml();
		this.longImage = new LongImage(Glyphs.bundled());
		this.videos = new PromoVideos(TestModelSpeech.narrator(),
				new VideoSettings.Music(true, -22, 12, Duration.ofMillis(400)), 25, 1_500_000);
		this.pictures = List.of(this.renderer.draw(this.brief, ImageSpec.MAIN_800).pixels());
		this.mainPng = mainImagePng();
		this.quality = new QualityGate(new QualitySettings(60, Map.of(), Verdict.REVIEW,
				new QualitySettings.Copy(20, 400, 6, 1), new QualitySettings.Image(3.0, 50, 0.6)));
		this.scratch = Files.createTempDirectory("stage-cost");
		OriginalitySettings settings = new OriginalitySettings(0.92, 0.7, 4, 0.5, 64, this.scratch.resolve("index"),
				Duration.ofSeconds(1), Duration.ofMinutes(1));
		this.index = new LuceneOriginalityIndex(settings.indexDirectory(), settings.candidates());
		this.originality = new OriginalityCheck(this.embeddings, this.index, settings);
		admitApproved(2_000);
		Copy copy = written(9_999);
		this.fingerprint = new Fingerprint(this.originality.embed(copy.fullText()),
				TextFingerprinter.signature(copy.fullText(), PRODUCT.brand()), ImageHash.of(this.pictures.getFirst()),
				TextFingerprinter.imageSignature(copy, PRODUCT.brand()));
		FilesystemBlobStore blobs = new FilesystemBlobStore(this.scratch.resolve("blobs"));
		this.channel = new FilesystemChannel("folder", this.scratch.resolve("out"), blobs, EventCodec.mapper(),
				Clock.systemUTC(),
				new Labels(new LabelSigner("a-bench-key-of-thirty-two-bytes!".getBytes(StandardCharsets.US_ASCII))));
		this.stored = List.of(
				stored(blobs, RenditionKind.COPY, "copy.json", COPY.fullText().getBytes(StandardCharsets.UTF_8),
						"application/json"),
				stored(blobs, RenditionKind.MAIN_IMAGE, "main-800x800.png", this.mainPng, "image/png"),
				stored(blobs, RenditionKind.MAIN_IMAGE, "main-750x1000.jpg",
						marked(new ImageSpec("taobao", 750, 1000), ImageFormat.JPEG), "image/jpeg"));
	}

	@TearDown
	public void tearDown() throws IOException {
		this.index.close();
		this.models.close();
	}

	/** Writes one concept's copy with the template writer. */
	@Benchmark
	public Copy writeConcept() {
		return written(this.variation.incrementAndGet());
	}

	/** The compliance funnel over one asset's copy: lexicon, sound, claims, facts. */
	@Benchmark
	public Object scanCopy() {
		return this.funnel.check(COPY.fullText(), PRODUCT.category(), List.of("taobao", "douyin"), List.of("净含量 250g"));
	}

	/** bge-small-zh on ONNX, one copy per call. */
	@Benchmark
	public Object embedCopyAlone() {
		return this.embeddings.embed(this.batch.get(this.variation.incrementAndGet() % BATCH)).content();
	}

	/** bge-small-zh on ONNX, {@value #BATCH} copies in one call; reported per copy. */
	@Benchmark
	@OperationsPerInvocation(BATCH)
	public Object embedCopyInBatch() {
		return this.embeddings.embedAll(this.batch).content();
	}

	/** An 800 × 800 main image: drawn, watermarked, encoded as PNG. */
	@Benchmark
	public byte[] mainImagePng() {
		return marked(ImageSpec.MAIN_800, ImageFormat.PNG);
	}

	/**
	 * A JPEG main image of the sample catalog's sizes, in turn and in proportion: drawn,
	 * watermarked, encoded.
	 */
	@Benchmark
	public byte[] mainImageJpeg() {
		return marked(CATALOG_JPEGS.get(Math.floorMod(this.variation.incrementAndGet(), CATALOG_JPEGS.size())),
				ImageFormat.JPEG);
	}

	/** The detail page: its HTML and its 750-wide long image, watermarked, as JPEG. */
	@Benchmark
	public byte[] detailPage() {
		this.html.render(this.sections, 750, "main-800x800.png", "detail-750.jpg");
		BufferedImage hero = this.renderer.draw(this.brief, new ImageSpec("hero", 750, 750)).pixels();
		BufferedImage page = this.watermarker.embed(this.longImage.render(this.sections, hero, 750),
				WatermarkPayload.of(TENANT, "detail"));
		return ImageEncoding
			.encode(new DrawnImage(page, new Rectangle(), new Rectangle(), null), ImageFormat.JPEG, Long.MAX_VALUE)
			.bytes();
	}

	/**
	 * A narrated 18 s 720 × 1280 promo video with music, every frame watermarked. A video
	 * takes seconds: longer iterations, so that the few finished in each weigh less
	 * against the one cut off at its end.
	 */
	@Benchmark
	@Warmup(iterations = 1, time = 30)
	@Measurement(iterations = 3, time = 40)
	public byte[] promoVideo() {
		FrameMarking marking = (keepOut) -> {
			FrameWatermarker frames = this.watermarker.frames(WatermarkPayload.of(TENANT, "video"), 720, 1280);
			return (frame, millis) -> frames.embed(frame);
		};
		return this.videos.make(PRODUCT.title(), COPY, this.pictures, 720, 1280, VIDEO, VIDEO, marking).mp4();
	}

	/**
	 * Inspects a main image's file as inspection does: its digest checked, the image
	 * decoded, scored by the quality gate and hashed.
	 */
	@Benchmark
	public long inspectMainImage() throws IOException {
		sha256(this.mainPng);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(this.mainPng));
		this.quality.score(TENANT, COPY, image);
		return ImageHash.of(image);
	}

	/** Judges one asset's originality against the tenant's 2,000 approved assets. */
	@Benchmark
	public Object judgeOriginality() {
		return this.originality.judge(TENANT, new AssetId(UUID.randomUUID()), this.fingerprint, false);
	}

	/** Exports an asset's copy and two main images to a channel's folder. */
	@Benchmark
	public String publishToFolder() {
		AssetInspected asset = new AssetInspected(EventMetadata.now(TENANT), RequirementId.next(),
				new AssetId(UUID.randomUUID()), ConceptId.next(), 1, Angle.GIFTING, Verdict.APPROVED, List.of(),
				new ProductSummary(PRODUCT.sku(), PRODUCT.title(), PRODUCT.brand(), PRODUCT.category()), this.stored,
				List.of("folder"));
		return this.channel.publish(new Delivery(UUID.randomUUID(), asset));
	}

	/** Each size repeated its count of times, the repeats spread through the list. */
	private static List<ImageSpec> catalogJpegs(Map<ImageSpec, Integer> counts) {
		List<ImageSpec> sizes = new ArrayList<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
			.forEach((size) -> sizes.addAll(Collections.nCopies(size.getValue(), size.getKey())));
		List<ImageSpec> spread = new ArrayList<>(sizes.size());
		int step = 37;
		for (int index = 0; index < sizes.size(); index++) {
			spread.add(sizes.get(index * step % sizes.size()));
		}
		return List.copyOf(spread);
	}

	private byte[] marked(ImageSpec spec, ImageFormat format) {
		DrawnImage drawn = this.renderer.draw(this.brief, spec);
		BufferedImage pixels = this.watermarker.embed(drawn.pixels(), WatermarkPayload.of(TENANT, spec.name()));
		return ImageEncoding
			.encode(new DrawnImage(pixels, drawn.product(), drawn.price(), drawn.logo(), drawn.badges()), format,
					Long.MAX_VALUE)
			.bytes();
	}

	private Copy written(int variation) {
		return this.writer.write(new ConceptBrief(TENANT, null, PRODUCT,
				Direction.of(Angle.values()[variation % Angle.values().length], variation), variation, Set.of(), null))
			.copy();
	}

	private void admitApproved(int count) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			texts.add(written(i).fullText() + " 第" + i + "款");
		}
		List<float[]> vectors = new ArrayList<>();
		for (int from = 0; from < count; from += 256) {
			vectors.addAll(this.originality.embedAll(texts.subList(from, Math.min(count, from + 256))));
		}
		// Each with an image hash of its own, far from the judged one's in most bits.
		for (int i = 0; i < count; i++) {
			this.originality.admitApproved(TENANT, new AssetId(UUID.randomUUID()), new Fingerprint(vectors.get(i),
					TextFingerprinter.signature(texts.get(i), PRODUCT.brand()), (long) texts.get(i).hashCode() * i));
		}
	}

	private static Rendition stored(FilesystemBlobStore blobs, RenditionKind kind, String name, byte[] bytes,
			String mediaType) {
		StoredBlob blob = blobs.put(name + "-" + UUID.randomUUID(), bytes, mediaType);
		return new Rendition(kind, name, blob.uri(), mediaType, 0, 0, blob.bytes(), blob.sha256(), 0, List.of());
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
