package io.aigcfactory.production.image.marking;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.ProductSummary;
import io.aigcfactory.glyphs.Glyphs;
import io.aigcfactory.platform.channel.ChannelProfiles;
import io.aigcfactory.platform.channel.ChannelProfile.ImageFormat;
import io.aigcfactory.production.image.DrawnImage;
import io.aigcfactory.production.image.ImageBrief;
import io.aigcfactory.production.image.ImageEncoding;
import io.aigcfactory.production.image.ImageSpec;
import io.aigcfactory.production.image.OversizeImage;
import io.aigcfactory.production.image.RenderedImage;
import io.aigcfactory.production.image.RenditionMarking.MarkedText;
import io.aigcfactory.production.image.RenditionMarking.MarkingSubject;
import io.aigcfactory.production.image.UnmarkableImage;
import io.aigcfactory.production.image.local.LayoutImageRenderer;
import io.aigcfactory.production.image.marking.MarkingSettings.ChannelMarks;
import io.aigcfactory.production.image.marking.MarkingSettings.Corner;
import io.aigcfactory.production.image.marking.MarkingSettings.ImageMark;
import io.aigcfactory.production.image.marking.MarkingSettings.TextMark;
import io.aigcfactory.production.image.marking.MarkingSettings.VideoMark;
import io.aigcfactory.trust.boot.TrustSettings;
import io.aigcfactory.trust.carrier.LabelVerdict;
import io.aigcfactory.trust.carrier.Labels;
import io.aigcfactory.trust.label.LabelSigner;
import io.aigcfactory.trust.watermark.WatermarkDetector;
import io.aigcfactory.trust.watermark.WatermarkPayload;
import io.aigcfactory.trust.watermark.Watermarker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StandardRenditionMarkingTests {

	private static final String KEY = "a-test-key-of-thirty-two-bytes!!";

	private static final ImageMark DEFAULT_MARK = new ImageMark("AI生成", Corner.TOP_RIGHT, 0.055, "#FFFFFF",
			"#000000A0");

	private static final MarkingSettings SETTINGS = new MarkingSettings(
			new ChannelMarks(DEFAULT_MARK, new TextMark("【AI生成】", ""), VideoMark.DEFAULT),
			Map.of("douyin", new ChannelMarks(new ImageMark("AI合成", Corner.BOTTOM_LEFT, 0.06, "#FFFFFF", "#000000A0"),
					new TextMark("", "（本内容由人工智能生成）"), VideoMark.DEFAULT)));

	private final Labels labels = new Labels(new LabelSigner(KEY.getBytes(StandardCharsets.UTF_8)));

	private final StandardRenditionMarking marking = new StandardRenditionMarking(SETTINGS,
			new TrustSettings("001191110102MAD55U9H0F10002", KEY, 39), this.labels, new Watermarker(),
			new ChannelProfiles(Map.of()));

	private final MarkingSubject subject = new MarkingSubject("acme", "0192f3a4-7c1e-7000-8000-000000000001",
			List.of("taobao"));

	@Test
	void marksALayoutVisiblyWithAWatermarkAndASignedLabel() throws IOException {
		DrawnImage drawn = new LayoutImageRenderer().draw(brief(), ImageSpec.MAIN_800);
		assertThat(drawn.keepOut()).as("product, price and the badges").hasSizeGreaterThan(2);
		BufferedImage before = copy(drawn.pixels());
		RenderedImage marked = this.marking.image(drawn, ImageFormat.PNG, this.subject, Long.MAX_VALUE);
		assertThat(marked.mediaType()).isEqualTo("image/png");
		assertThat(marked.keepOut()).isEqualTo(drawn.keepOut());
		assertThat(largestChange(before, drawn.pixels(), new Rectangle(0, 0, 800, 800)))
			.as("the drawn image is left as it was")
			.isZero();
		LabelVerdict verdict = this.labels.verify(marked.bytes());
		assertThat(verdict.status()).isEqualTo(LabelVerdict.Status.COMPLIANT);
		assertThat(verdict.signature()).isEqualTo(LabelVerdict.Signature.VALID);
		assertThat(verdict.label().produceId()).isEqualTo(this.subject.assetId());
		assertThat(verdict.label().contentProducer()).isEqualTo("001191110102MAD55U9H0F10002");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(marked.bytes()));
		assertThat(new WatermarkDetector().read(image).payload())
			.isEqualTo(WatermarkPayload.of("acme", this.subject.assetId()));
		for (Rectangle keepOut : drawn.keepOut()) {
			assertThat(meanDifference(before, image, keepOut)).as("change over %s", keepOut).isLessThan(6);
			assertThat(largestChange(before, image, keepOut)).as("largest change over %s", keepOut).isLessThan(40);
		}
	}

	@Test
	void theMarkLeavesProductPriceAndBadgesAloneInEveryChannelSize() throws IOException {
		for (int[] size : new int[][] { { 750, 1000 }, { 640, 640 }, { 1080, 1920 } }) {
			DrawnImage drawn = new LayoutImageRenderer().draw(brief(),
					new ImageSpec("main-" + size[0] + "x" + size[1], size[0], size[1]));
			RenderedImage marked = this.marking.image(drawn, ImageFormat.PNG, this.subject, Long.MAX_VALUE);
			BufferedImage after = ImageIO.read(new ByteArrayInputStream(marked.bytes()));
			assertThat(drawn.keepOut()).hasSizeGreaterThan(2);
			for (Rectangle keepOut : drawn.keepOut()) {
				assertThat(largestChange(drawn.pixels(), after, keepOut))
					.as("largest change over %s in %dx%d", keepOut, size[0], size[1])
					.isLessThan(40);
			}
		}
	}

	@Test
	void aMarkedJpegKeepsWithinTheChannelsByteLimit() {
		DrawnImage drawn = new LayoutImageRenderer().draw(brief(), new ImageSpec("main-750x1000", 750, 1000));
		long limit = ImageEncoding.encode(drawn, ImageFormat.JPEG, Long.MAX_VALUE).bytes().length;
		RenderedImage marked = this.marking.image(drawn, ImageFormat.JPEG, this.subject, limit);
		assertThat(marked.mediaType()).isEqualTo("image/jpeg");
		assertThat(marked.bytes().length).isLessThanOrEqualTo((int) limit);
		assertThat(this.labels.verify(marked.bytes()).signature()).isEqualTo(LabelVerdict.Signature.VALID);
		assertThatExceptionOfType(OversizeImage.class)
			.isThrownBy(() -> this.marking.image(drawn, ImageFormat.JPEG, this.subject, 4_000));
	}

	@Test
	void theMarksInkIsAtLeastFivePercentOfTheShortSideAndClearOfKeepOuts() {
		BufferedImage image = new BufferedImage(600, 900, BufferedImage.TYPE_INT_RGB);
		List<Rectangle> keepOut = List.of(new Rectangle(300, 0, 300, 200), new Rectangle(0, 700, 600, 200));
		ImageMark mark = new ImageMark("AI生成", Corner.TOP_RIGHT, 0.05, "#FFFFFF", "#00000000");
		VisibleMark.Placed placed = new VisibleMark(Glyphs.bundled().bold()).draw(image, mark, keepOut);
		assertThat(keepOut).noneMatch(placed.plate()::intersects);
		assertThat(placed.plate().x).isLessThan(300);
		int[] rows = inkRows(image);
		assertThat(rows[1] - rows[0] + 1).isGreaterThanOrEqualTo(30);
	}

	@Test
	void refusesWhenEveryEdgeIsTaken() {
		BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
		assertThatExceptionOfType(UnmarkableImage.class).isThrownBy(() -> new VisibleMark(Glyphs.bundled().bold())
			.draw(image, DEFAULT_MARK, List.of(new Rectangle(0, 0, 400, 400))));
	}

	@Test
	void copyGetsTheChannelsWordingAndASignedSidecar() {
		byte[] copy = "通勤路上，世界安静下来\n".getBytes(StandardCharsets.UTF_8);
		MarkedText taobao = this.marking.text(copy, this.subject);
		assertThat(new String(taobao.text(), StandardCharsets.UTF_8)).isEqualTo("【AI生成】通勤路上，世界安静下来\n");
		assertThat(this.labels.verifySidecar(taobao.sidecar(), taobao.text()).signature())
			.isEqualTo(LabelVerdict.Signature.VALID);
		MarkedText douyin = this.marking.text(copy,
				new MarkingSubject("acme", this.subject.assetId(), List.of("douyin")));
		assertThat(new String(douyin.text(), StandardCharsets.UTF_8)).isEqualTo("通勤路上，世界安静下来（本内容由人工智能生成）\n");
		MarkedText mixed = this.marking.text(copy,
				new MarkingSubject("acme", this.subject.assetId(), List.of("douyin", "taobao")));
		assertThat(new String(mixed.text(), StandardCharsets.UTF_8)).startsWith("【AI生成】");
	}

	@Test
	void subtitlesOpenWithTheChannelsWordingAndKeepTheirCuesWithASignedSidecar() {
		byte[] srt = "1\n00:00:00,000 --> 00:00:02,400\n一杯热水，暖一整天\n\n2\n00:00:02,400 --> 00:00:05,000\n马上入手\n\n"
			.getBytes(StandardCharsets.UTF_8);
		MarkedText marked = this.marking.subtitles(srt, this.subject);
		assertThat(new String(marked.text(), StandardCharsets.UTF_8)).isEqualTo(
				"1\n00:00:00,000 --> 00:00:02,400\n【AI生成】\n一杯热水，暖一整天\n\n2\n00:00:02,400 --> 00:00:05,000\n马上入手\n\n");
		LabelVerdict sidecar = this.labels.verifySidecar(marked.sidecar(), marked.text());
		assertThat(sidecar.status()).isEqualTo(LabelVerdict.Status.COMPLIANT);
		assertThat(sidecar.signature()).isEqualTo(LabelVerdict.Signature.VALID);
		assertThat(sidecar.label().produceId()).isEqualTo(this.subject.assetId().toString());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.marking.subtitles("no cues".getBytes(StandardCharsets.UTF_8), this.subject));
	}

	@Test
	void aPageGetsTheChannelsWordingAtTheTopOfItsBodyAndASignedLabel() {
		byte[] html = "<!DOCTYPE html><html><head><title>详情</title></head><body class=\"x\"><main>正文</main></body></html>"
			.getBytes(StandardCharsets.UTF_8);
		byte[] page = this.marking.page(html, this.subject);
		assertThat(new String(page, StandardCharsets.UTF_8))
			.contains("<body class=\"x\">\n<p class=\"aigc-label\" role=\"note\">【AI生成】</p><main>");
		LabelVerdict verdict = this.labels.verify(page);
		assertThat(verdict.status()).isEqualTo(LabelVerdict.Status.COMPLIANT);
		assertThat(verdict.signature()).isEqualTo(LabelVerdict.Signature.VALID);
		byte[] douyin = this.marking.page(html, new MarkingSubject("acme", this.subject.assetId(), List.of("douyin")));
		assertThat(new String(douyin, StandardCharsets.UTF_8)).contains(">（本内容由人工智能生成）</p>");
	}

	@Test
	void wordingMustNameAiAndGeneration() {
		assertThat(TextMark.explicit("【AI生成】")).isTrue();
		assertThat(TextMark.explicit("本内容由人工智能合成")).isTrue();
		assertThat(TextMark.explicit("【AI】")).isFalse();
		assertThat(TextMark.explicit("【生成】")).isFalse();
	}

	private static int[] inkRows(BufferedImage image) {
		int top = Integer.MAX_VALUE;
		int bottom = -1;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if (new Color(image.getRGB(x, y)).getGreen() > 128) {
					top = Math.min(top, y);
					bottom = Math.max(bottom, y);
				}
			}
		}
		return new int[] { top, bottom };
	}

	private static BufferedImage copy(BufferedImage image) {
		BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		copy.setRGB(0, 0, image.getWidth(), image.getHeight(),
				image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()), 0,
				image.getWidth());
		return copy;
	}

	/**
	 * The largest change of green over an area: the watermark changes a pixel by less
	 * than 24, the mark's plate and ink by far more.
	 */
	private static int largestChange(BufferedImage a, BufferedImage b, Rectangle area) {
		int largest = 0;
		for (int y = area.y; y < Math.min(a.getHeight(), area.y + area.height); y++) {
			for (int x = area.x; x < Math.min(a.getWidth(), area.x + area.width); x++) {
				largest = Math.max(largest,
						Math.abs(new Color(a.getRGB(x, y)).getGreen() - new Color(b.getRGB(x, y)).getGreen()));
			}
		}
		return largest;
	}

	private static double meanDifference(BufferedImage a, BufferedImage b, Rectangle area) {
		double sum = 0;
		int n = 0;
		for (int y = area.y; y < Math.min(a.getHeight(), area.y + area.height); y++) {
			for (int x = area.x; x < Math.min(a.getWidth(), area.x + area.width); x++) {
				sum += Math.abs(new Color(a.getRGB(x, y)).getGreen() - new Color(b.getRGB(x, y)).getGreen());
				n++;
			}
		}
		return sum / n;
	}

	private static ImageBrief brief() {
		return new ImageBrief(new ProductSummary("TEA-250", "明前龙井 250g 礼盒装", "山间茶舍", "食品饮料/茶叶"),
				new BigDecimal("168.90"),
				new Copy("一口春天的鲜爽", "明前头采，豆香浓郁，送礼自饮两相宜。", "马上品鉴", List.of("明前头采", "独立小包装", "礼盒装")), Angle.GIFTING,
				"fresh");
	}

}
