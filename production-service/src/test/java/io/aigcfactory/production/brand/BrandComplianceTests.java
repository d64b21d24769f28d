package io.aigcfactory.production.brand;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.aigcfactory.events.BrandKit;
import io.aigcfactory.production.image.DrawnImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The brand-compliance score, judged from produced files; each part can lower it. */
class BrandComplianceTests {

	private static final Rectangle LOGO_BOX = new Rectangle(10, 10, 40, 20);

	private static final String RED = "#C8102E";

	private static final String BLUE = "#1F4E9C";

	private final BrandCompliance compliance = new BrandCompliance(new BrandSettings(16, 40, 0.01, 48));

	private static final BrandKit KIT = new BrandKit("暖暖", List.of(RED, BLUE), "blob:brands/x/logo.png", List.of("温暖"),
			List.of("便宜", "廉价"), List.of("暖暖，温暖每一天", "官方正品"));

	private static final String GOOD_COPY = "暖暖保温杯\n\n12小时保温。暖暖，温暖每一天。\n\n官方正品\n";

	@Test
	void givesFullMarksToAnAssetThatKeepsToItsKit() {
		BrandScore score = score(KIT, image(true, true, true), GOOD_COPY);
		assertThat(score.score()).isEqualTo(100);
		assertThat(score.parts()).extracting(BrandScore.Part::name)
			.containsExactly("colours", "logo", "bannedWords", "requiredPhrases");
		assertThat(score.parts()).allSatisfy((part) -> assertThat(part.score()).isEqualTo(100));
	}

	@Test
	void losesPointsForAMissingBrandColour() {
		BrandScore score = score(KIT, image(true, false, true), GOOD_COPY);
		assertThat(part(score, "colours").score()).isEqualTo(50);
		assertThat(part(score, "colours").detail()).contains(BLUE + " 0.0%");
		assertThat(score.score()).isLessThan(100);
	}

	@Test
	void losesPointsForALogoNotDrawnWhereTheImageSays() {
		BrandScore missing = score(KIT, image(true, true, false), GOOD_COPY);
		assertThat(part(missing, "logo").score()).isZero();
		assertThat(missing.score()).isEqualTo(75);

		BufferedImage drawn = image(true, true, true);
		DrawnImage unplaced = new DrawnImage(drawn, new Rectangle(), new Rectangle(), null);
		assertThat(part(this.compliance.score(KIT, logo(), copy(GOOD_COPY), List.of(unplaced)), "logo").score())
			.isZero();
		assertThat(part(this.compliance.score(KIT, null, copy(GOOD_COPY), List.of(drawn(drawn))), "logo").score())
			.isZero();
	}

	@Test
	void losesPointsForABannedWordInTheCopy() {
		BrandScore score = score(KIT, image(true, true, true), GOOD_COPY.replace("12小时保温", "便宜又保温"));
		assertThat(part(score, "bannedWords").score()).isEqualTo(50);
		assertThat(part(score, "bannedWords").detail()).contains("便宜");
		assertThat(score.score()).isLessThan(100);
	}

	@Test
	void losesPointsForAMissingRequiredPhrase() {
		BrandScore score = score(KIT, image(true, true, true), GOOD_COPY.replace("官方正品", "马上下单"));
		assertThat(part(score, "requiredPhrases").score()).isEqualTo(50);
		assertThat(part(score, "requiredPhrases").detail()).contains("官方正品");
		assertThat(score.score()).isLessThan(100);
	}

	@Test
	void leavesOutThePartsAKitGivesNothingToCheckFor() {
		BrandKit bare = new BrandKit("暖暖", List.of(RED), null, List.of(), List.of(), List.of());
		BrandScore score = score(bare, image(true, false, false), "随便写写\n");
		assertThat(score.parts()).extracting(BrandScore.Part::name).containsExactly("colours");
		assertThat(score.score()).isEqualTo(100);
	}

	@Test
	void scoresTheWeakestImage() {
		DrawnImage good = drawn(image(true, true, true));
		DrawnImage pale = drawn(image(false, false, true));
		BrandScore score = this.compliance.score(KIT, logo(), copy(GOOD_COPY), List.of(good, pale));
		assertThat(part(score, "colours").score()).isZero();
	}

	private BrandScore score(BrandKit kit, BufferedImage image, String copy) {
		return this.compliance.score(kit, logo(), copy(copy), List.of(drawn(image)));
	}

	private static DrawnImage drawn(BufferedImage image) {
		return new DrawnImage(image, new Rectangle(), new Rectangle(), LOGO_BOX);
	}

	private static BrandScore.Part part(BrandScore score, String name) {
		return score.parts().stream().filter((part) -> part.name().equals(name)).findFirst().orElseThrow();
	}

	private static byte[] copy(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A 2:1 logo: a black bar over a white field. */
	static BufferedImage logo() {
		BufferedImage logo = new BufferedImage(80, 40, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = logo.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 80, 40);
		graphics.setColor(Color.BLACK);
		graphics.fillRect(0, 10, 80, 20);
		graphics.dispose();
		return logo;
	}

	/** A grey image with the brand colours in bands and the logo in its box, as asked. */
	static BufferedImage image(boolean red, boolean blue, boolean withLogo) {
		BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x9A9A9A));
		graphics.fillRect(0, 0, 200, 200);
		if (red) {
			graphics.setColor(Color.decode(RED));
			graphics.fillRect(0, 100, 200, 20);
		}
		if (blue) {
			graphics.setColor(Color.decode(BLUE));
			graphics.fillRect(0, 150, 200, 20);
		}
		if (withLogo) {
			graphics.drawImage(logo(), LOGO_BOX.x, LOGO_BOX.y, LOGO_BOX.width, LOGO_BOX.height, null);
		}
		graphics.dispose();
		return image;
	}

}
