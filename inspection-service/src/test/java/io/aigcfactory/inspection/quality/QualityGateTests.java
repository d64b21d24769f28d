package io.aigcfactory.inspection.quality;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import io.aigcfactory.events.Copy;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The quality gate's rules, one failing at a time, on drawn images. */
class QualityGateTests {

	private static final Copy GOOD = new Copy("通勤路上，世界安静下来", "40dB 主动降噪隔绝地铁轰鸣，30 小时续航陪你一整周。", "立即选购",
			List.of("40dB 主动降噪", "30 小时续航"));

	private final QualityGate gate = new QualityGate(new QualitySettings(60, Map.of("strict", 100), Verdict.REVIEW,
			new QualitySettings.Copy(20, 400, 6, 1), new QualitySettings.Image(3.0, 50, 0.6)));

	@Test
	void aWellMadeAssetScoresFullMarks() {
		QualityScore score = this.gate.score("acme", GOOD, poster(Color.WHITE, new Color(0x202020)));
		assertThat(score.reasons()).isEmpty();
		assertThat(score.score()).isEqualTo(100);
		assertThat(score.passes()).isTrue();
	}

	@Test
	void shortCopyWithoutSellingPointsFallsBelowTheThreshold() {
		QualityScore score = this.gate.score("acme", new Copy("好物", "快买", "买", List.of()), null);
		assertThat(score.reasons()).extracting(Finding::code).containsExactly("COPY_TOO_SHORT", "FEW_SELLING_POINTS");
		assertThat(score.score()).isEqualTo(30);
		assertThat(score.passes()).isFalse();
	}

	@Test
	void namesAPhraseRepeatedMoreThanTwice() {
		Copy repetitive = new Copy("超级静音降噪耳机", "超级静音降噪的通勤，超级静音降噪的午休，每天都安静。", "立即选购", List.of("主动降噪"));
		QualityScore score = this.gate.score("acme", repetitive, null);
		assertThat(score.reasons()).extracting(Finding::code).containsExactly("REPEATED_PHRASE");
		assertThat(score.reasons()).extracting(Finding::evidence).singleElement().asString().contains("静音降噪");
		assertThat(score.score()).isEqualTo(80);
	}

	@Test
	void greyTextOnGreyIsLowContrast() {
		QualityScore score = this.gate.score("acme", GOOD, poster(new Color(0x808080), new Color(0x999999)));
		assertThat(score.reasons()).extracting(Finding::code).contains("LOW_CONTRAST");
	}

	@Test
	void aBlurredPosterIsBlurry() {
		BufferedImage sharp = poster(Color.WHITE, Color.BLACK);
		assertThat(ImageMeasures.of(sharp).sharpness()).isGreaterThan(50);
		QualityScore score = this.gate.score("acme", GOOD, blur(sharp));
		assertThat(score.reasons()).extracting(Finding::code).contains("BLURRY_IMAGE");
	}

	@Test
	void anEmptyCanvasIsBlank() {
		BufferedImage empty = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
		QualityScore score = this.gate.score("acme", GOOD, empty);
		assertThat(score.reasons()).extracting(Finding::code).contains("BLANK_REGIONS", "LOW_CONTRAST", "BLURRY_IMAGE");
		assertThat(score.score()).isZero();
	}

	@Test
	void aTenantHasItsOwnThreshold() {
		QualityScore score = this.gate.score("strict",
				new Copy("超级静音降噪耳机", "超级静音降噪的通勤，超级静音降噪的午休，每天都安静。", "立即选购", List.of("主动降噪")), null);
		assertThat(score.threshold()).isEqualTo(100);
		assertThat(score.passes()).isFalse();
		assertThat(this.gate.belowThreshold()).isEqualTo(Verdict.REVIEW);
	}

	/** Rows of text over a background, blocks of colour around: like a main image. */
	private static BufferedImage poster(Color background, Color ink) {
		BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(background);
		graphics.fillRect(0, 0, 400, 400);
		graphics.setColor(ink);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
		for (int row = 0; row < 8; row++) {
			graphics.drawString("QUIET COMMUTE 40dB " + row, 10 + (row % 3) * 20, 40 + row * 48);
		}
		graphics.dispose();
		return image;
	}

	/** Down to a tenth and back up, smoothly: every edge spread over ten pixels. */
	private static BufferedImage blur(BufferedImage image) {
		return resized(resized(image, image.getWidth() / 10), image.getWidth());
	}

	private static BufferedImage resized(BufferedImage image, int size) {
		BufferedImage resized = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = resized.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.drawImage(image, 0, 0, size, size, null);
		graphics.dispose();
		return resized;
	}

}
