package io.aigcfactory.production.image.local;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.sun.management.OperatingSystemMXBean;
import io.aigcfactory.events.Angle;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.Product;
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
import io.aigcfactory.production.video.Narration;
import io.aigcfactory.production.video.FrameMarking;
import io.aigcfactory.production.video.PromoVideos;
import io.aigcfactory.production.video.espeak.EspeakNarrator;
import io.aigcfactory.trust.watermark.FrameWatermarker;
import io.aigcfactory.trust.watermark.WatermarkPayload;
import io.aigcfactory.trust.watermark.Watermarker;

/**
 * CPU cost per rendition type: layout, PNG and JPEG encoding, detail page HTML, long
 * image, and a 15 s 720×1280 promo video (narration apart and included). Not a test: run
 * by hand (see bench/results/production.md) and read the figures. CPU time is the whole
 * process's, so it counts the encoder's own threads too.
 */
final class ProductionBenchmark {

	private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private ProductionBenchmark() {
	}

	public static void main(String[] args) {
		LayoutImageRenderer renderer = new LayoutImageRenderer();
		ImageBrief brief = Briefs.tea();
		int rounds = 30;
		for (ImageSpec spec : List.of(ImageSpec.MAIN_800, new ImageSpec("p", 750, 1000), new ImageSpec("s", 1080, 1920),
				new ImageSpec("l", 1280, 720))) {
			DrawnImage drawn = renderer.draw(brief, spec);
			measure("layout " + spec.width() + "x" + spec.height(), rounds, () -> renderer.draw(brief, spec));
			measure("PNG " + spec.width() + "x" + spec.height(), rounds, () -> ImageEncoding.png(drawn));
			measure("JPEG " + spec.width() + "x" + spec.height(), rounds,
					() -> ImageEncoding.encode(drawn, ImageFormat.JPEG, Long.MAX_VALUE));
		}
		ConceptCreated concept = new ConceptCreated(EventMetadata.now("bench"), RequirementId.next(), ConceptId.next(),
				1, Angle.FUNCTION, "fresh", brief.copy(),
				new Product("TEA-1", brief.product().title(), brief.product().brand(), brief.product().category(),
						new BigDecimal("168.90"), List.of("明前头采", "独立小包装", "礼盒装"), "爱喝茶的上班族", "净含量 250g"),
				List.of("taobao"));
		DetailSections sections = DetailSections.of(concept, List.of("7 天无理由退货", "48 小时内发货"));
		DetailPageHtml html = new DetailPageHtml();
		LongImage longImage = new LongImage(Glyphs.bundled());
		BufferedImage hero = renderer.draw(brief, new ImageSpec("hero", 750, 750)).pixels();
		measure("detail page HTML", rounds, () -> html.render(sections, 750, "main-800x800.png", "detail-750.jpg"));
		measure("long image 750 (draw + JPEG)", 10,
				() -> ImageEncoding.encode(new DrawnImage(longImage.render(sections, hero, 750),
						new java.awt.Rectangle(), new java.awt.Rectangle(), null), ImageFormat.JPEG, Long.MAX_VALUE));
		List<BufferedImage> pictures = List.of(renderer.draw(brief, ImageSpec.MAIN_800).pixels());
		PromoVideos captionsOnly = new PromoVideos((script) -> Narration.none(), 25, 1_500_000);
		FrameMarking unmarked = (keepOut) -> (frame, millis) -> {
		};
		measure("video 720x1280 15 s, captions only", 3, () -> captionsOnly.make("山间茶舍 明前龙井", brief.copy(), pictures,
				720, 1280, Duration.ofSeconds(15), Duration.ofSeconds(15), unmarked));
		FrameWatermarker watermark = new Watermarker().frames(WatermarkPayload.of("bench", "asset"), 720, 1280);
		measure("video 720x1280 15 s, watermarked", 3,
				() -> captionsOnly.make("山间茶舍 明前龙井", brief.copy(), pictures, 720, 1280, Duration.ofSeconds(15),
						Duration.ofSeconds(15), (keepOut) -> (frame, millis) -> watermark.embed(frame)));
		EspeakNarrator espeak = new EspeakNarrator("espeak-ng", "cmn", 190, Duration.ofSeconds(20));
		measure("narration (espeak-ng)", 3, () -> espeak.narrate("一口春天的鲜爽，明前头采，豆香浓郁，送礼自饮两相宜。马上品鉴。"));
		PromoVideos narrated = new PromoVideos(espeak, 25, 1_500_000);
		measure("video 720x1280 15 s, narrated", 3, () -> narrated.make("山间茶舍 明前龙井", brief.copy(), pictures, 720, 1280,
				Duration.ofSeconds(15), Duration.ofSeconds(15), unmarked));
	}

	private static void measure(String name, int rounds, Supplier<?> work) {
		work.get();
		long cpu = OS.getProcessCpuTime();
		long wall = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			work.get();
		}
		System.out.printf(Locale.ROOT, "%-40s %9.1f ms CPU %9.1f ms wall per item%n", name,
				(OS.getProcessCpuTime() - cpu) / 1e6 / rounds, (System.nanoTime() - wall) / 1e6 / rounds);
	}

}
