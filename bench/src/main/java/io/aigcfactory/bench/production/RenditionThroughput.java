package io.aigcfactory.bench.production;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.OperatingSystemMXBean;
import io.aigcfactory.events.Angle;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.Product;
import io.aigcfactory.events.ProductSummary;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.glyphs.Glyphs;
import io.aigcfactory.platform.channel.ChannelProfile.ImageFormat;
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

/**
 * Renditions per second of each kind with every worker busy, then the promo video's wall
 * time against its running time, in one run. Each kind runs on {@code threads} workers
 * (default 2, both cores) for {@code seconds} (default 15), timed from when every worker
 * has made one warm-up item; a worker makes at least one timed item and finishes the one
 * it holds when time is up, and the rate is timed items over the wall time until the last
 * one finished. Then {@code videos} (default 3) 15 s 720×1280 videos are made one at a
 * time, each with the frame pipeline's two threads, and each one's wall time is divided
 * by 15 s. Videos are narrated by the KServe test server's {@code tts} speech (in
 * process, 16 kHz) over the generated music bed, as {@code aigc.production.video.music}
 * makes them by default.
 *
 * <pre>
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
 *   io.aigcfactory.bench.production.RenditionThroughput [seconds] [threads] [videos]
 * </pre>
 */
public final class RenditionThroughput {

	/**
	 * Videos without the AI mark and frame watermark: what those add per video is
	 * measured on its own in {@code bench/results/trust.md}.
	 */
	private static final FrameMarking UNMARKED = (keepOut) -> (frame, millis) -> {
	};

	private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private static final Duration VIDEO = Duration.ofSeconds(15);

	private RenditionThroughput() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 15;
		int threads = (args.length > 1) ? Integer.parseInt(args[1]) : 2;
		int videos = (args.length > 2) ? Integer.parseInt(args[2]) : 3;
		System.out.printf(Locale.ROOT, "cores %d, workers %d, %d s per kind, load average %s%n",
				Runtime.getRuntime().availableProcessors(), threads, seconds, loadAverage());
		LayoutImageRenderer renderer = new LayoutImageRenderer();
		ImageBrief brief = tea();
		ConceptCreated concept = concept(brief);
		DetailSections sections = DetailSections.of(concept, List.of("7 天无理由退货", "48 小时内发货"));
		DetailPageHtml html = new DetailPageHtml();
		LongImage longImage = new LongImage(Glyphs.bundled());
		PromoVideos promo = new PromoVideos(TestModelSpeech.narrator(),
				new VideoSettings.Music(true, -22, 12, Duration.ofMillis(400)), 25, 1_500_000);
		List<BufferedImage> pictures = List.of(renderer.draw(brief, ImageSpec.MAIN_800).pixels());

		System.out.println("| rendition | items | wall s | renditions/s | CPU ms per item |");
		System.out.println("|---|---|---|---|---|");
		run("main image 800×800 PNG (layout + encode)", seconds, threads,
				() -> ImageEncoding.encode(renderer.draw(brief, ImageSpec.MAIN_800), ImageFormat.PNG, Long.MAX_VALUE));
		for (int[] size : new int[][] { { 750, 1000 }, { 1080, 1920 }, { 1280, 720 } }) {
			ImageSpec spec = new ImageSpec("bench", size[0], size[1]);
			run("main image " + size[0] + "×" + size[1] + " JPEG (layout + encode)", seconds, threads,
					() -> ImageEncoding.encode(renderer.draw(brief, spec), ImageFormat.JPEG, Long.MAX_VALUE));
		}
		run("detail page HTML (Thymeleaf)", seconds, threads,
				() -> html.render(sections, 750, "main-800x800.png", "detail-750.jpg"));
		run("detail long image 750 wide (hero + sections + JPEG)", seconds, threads, () -> {
			BufferedImage hero = renderer.draw(brief, new ImageSpec("hero", 750, 750)).pixels();
			return ImageEncoding.encode(
					new DrawnImage(longImage.render(sections, hero, 750), new Rectangle(), new Rectangle(), null),
					ImageFormat.JPEG, Long.MAX_VALUE);
		});
		run("promo video 720×1280 15 s, narrated + music", seconds, threads,
				() -> promo.make(brief.product().title(), brief.copy(), pictures, 720, 1280, VIDEO, VIDEO, UNMARKED));

		System.out.println();
		System.out.println("| video | wall s | wall / running time | CPU s | CPU / running time | MP4 bytes |");
		System.out.println("|---|---|---|---|---|---|");
		double sum = 0;
		for (int v = 1; v <= videos; v++) {
			long cpu = OS.getProcessCpuTime();
			long wall = System.nanoTime();
			PromoVideos.PromoVideo video = promo.make(brief.product().title(), brief.copy(), pictures, 720, 1280, VIDEO,
					VIDEO, UNMARKED);
			double wallSeconds = (System.nanoTime() - wall) / 1e9;
			double cpuSeconds = (OS.getProcessCpuTime() - cpu) / 1e9;
			double running = video.durationMillis() / 1000.0;
			sum += wallSeconds / running;
			System.out.printf(Locale.ROOT, "| %d | %.2f | %.3f× | %.2f | %.3f× | %,d |%n", v, wallSeconds,
					wallSeconds / running, cpuSeconds, cpuSeconds / running, video.mp4().length);
		}
		System.out.printf(Locale.ROOT, "%nmean wall / running time %.3f× (target ≤ 0.25×); load average %s%n",
				sum / videos, loadAverage());
	}

	private static void run(String name, int seconds, int threads, Work work) throws InterruptedException {
		List<Thread> workers = new ArrayList<>();
		AtomicLong items = new AtomicLong();
		AtomicLong cpu = new AtomicLong();
		AtomicLong start = new AtomicLong();
		CyclicBarrier warm = new CyclicBarrier(threads, () -> {
			cpu.set(OS.getProcessCpuTime());
			start.set(System.nanoTime());
		});
		for (int t = 0; t < threads; t++) {
			workers.add(Thread.ofPlatform().name("bench-" + t).start(() -> {
				work.make();
				try {
					warm.await();
				}
				catch (InterruptedException | BrokenBarrierException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				long end = start.get() + Duration.ofSeconds(seconds).toNanos();
				do {
					work.make();
					items.incrementAndGet();
				}
				while (System.nanoTime() < end);
			}));
		}
		for (Thread worker : workers) {
			worker.join();
		}
		double wall = (System.nanoTime() - start.get()) / 1e9;
		long done = items.get();
		double cpuPerItem = (OS.getProcessCpuTime() - cpu.get()) / 1e6 / done;
		System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.2f | %.1f |%n", name, done, wall, done / wall, cpuPerItem);
	}

	private static ImageBrief tea() {
		return new ImageBrief(new ProductSummary("TEA-250", "明前龙井 250g 礼盒装", "山间茶舍", "食品饮料/茶叶"),
				new BigDecimal("168.90"),
				new Copy("一口春天的鲜爽", "明前头采，豆香浓郁，送礼自饮两相宜。", "马上品鉴", List.of("明前头采", "独立小包装", "礼盒装")), Angle.GIFTING,
				"fresh");
	}

	private static ConceptCreated concept(ImageBrief brief) {
		return new ConceptCreated(EventMetadata.now("bench"), RequirementId.next(), ConceptId.next(), 1, Angle.FUNCTION,
				"fresh", brief.copy(),
				new Product("TEA-1", brief.product().title(), brief.product().brand(), brief.product().category(),
						new BigDecimal("168.90"), List.of("明前头采", "独立小包装", "礼盒装"), "爱喝茶的上班族", "净含量 250g"),
				List.of("taobao"));
	}

	private static String loadAverage() {
		try {
			return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	@FunctionalInterface
	private interface Work {

		Object make();

	}

}
