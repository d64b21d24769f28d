package io.aigcfactory.creative.brand;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import io.aigcfactory.events.BrandKit;
import io.aigcfactory.platform.web.FieldProblem;
import io.aigcfactory.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a brand kit and its logo may hold, each problem naming its field. */
class BrandKitRulesTests {

	private static final BrandSettings SETTINGS = new BrandSettings(40, 8, 20, 50, 30, DataSize.ofKilobytes(64), 512,
			DataSize.ofMegabytes(20), java.time.Duration.ofMinutes(5), java.time.Duration.ofSeconds(2));

	private final BrandKitRules rules = new BrandKitRules(SETTINGS, (text) -> text.contains("第一"));

	private final LogoCheck logos = new LogoCheck(SETTINGS);

	@Test
	void keepsAValidKitWithColoursInUpperCaseAndNoDuplicates() {
		BrandKit kit = this.rules.kit("暖暖", new BrandKitDraft(List.of("#c8102e", "#C8102E", "#00ff00"),
				List.of("温暖", "温暖"), null, List.of(" 官方正品 ")), null);
		assertThat(kit.colours()).containsExactly("#C8102E", "#00FF00");
		assertThat(kit.voice()).containsExactly("温暖");
		assertThat(kit.bannedWords()).isEmpty();
		assertThat(kit.requiredPhrases()).containsExactly("官方正品");
	}

	@Test
	void namesTheEntryOfTheRawListEvenAfterDuplicates() {
		assertThat(
				fields(new BrandKitDraft(List.of("#000000"), null, List.of("便宜"), List.of("正品", "正品", "便宜货", "全网第一"))))
			.containsExactly("requiredPhrases[2]", "requiredPhrases[3]");
	}

	@Test
	void refusesABannedWordThatIsPartOfTheBrandsName() {
		assertThat(fields(new BrandKitDraft(List.of("#000000"), null, List.of("暖"), null)))
			.containsExactly("bannedWords");
	}

	@Test
	void comparesBannedWordsWithoutWidthOrCase() {
		assertThat(fields(new BrandKitDraft(List.of("#000000"), null, List.of("ＳＡＬＥ"), List.of("big sale now"))))
			.containsExactly("requiredPhrases[0]");
	}

	@Test
	void boundsEveryList() {
		List<String> many = java.util.stream.IntStream.range(0, 51).mapToObj((i) -> "词" + i).toList();
		assertThat(fields(
				new BrandKitDraft(List.of("#000000", "#000001", "#000002", "#000003", "#000004", "#000005", "#000006"),
						many.subList(0, 9), many, List.of("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"))))
			.containsExactly("colours", "voice", "bannedWords", "requiredPhrases[0]");
		assertThat(fields(new BrandKitDraft(null, null, null, null))).containsExactly("colours");
	}

	@Test
	void refusesNamesThatCannotNameABrand() {
		for (String name : List.of(" ", "a/b", "x".repeat(41))) {
			InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> this.rules.name(name));
			assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("name");
		}
		assertThat(this.rules.name(" 暖暖 ")).isEqualTo("暖暖");
	}

	@Test
	void acceptsARealPng() throws Exception {
		assertThat(this.logos.check("body", png(64, 32)).getWidth()).isEqualTo(64);
	}

	@Test
	void refusesWhatIsNoPngBeforeDecodingIt() throws Exception {
		assertThat(logoProblem(null)).contains("missing");
		assertThat(logoProblem("GIF89a................................".getBytes())).contains("not a PNG");
		byte[] claimsHuge = png(8, 8);
		ByteBuffer.wrap(claimsHuge, 16, 8).putInt(100_000).putInt(100_000);
		assertThat(logoProblem(claimsHuge)).contains("100000×100000");
		assertThat(logoProblem(Arrays.copyOf(png(64, 64), 50))).contains("not a decodable PNG");
		assertThat(logoProblem(new byte[70 * 1024])).contains("larger than 64 KB");
	}

	private String logoProblem(byte[] png) {
		InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> this.logos.check("body", png));
		assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("body");
		return refused.problems().get(0).detail();
	}

	private List<String> fields(BrandKitDraft draft) {
		InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> this.rules.kit("暖暖", draft, null));
		assertThat(refused).as("refused").isNotNull();
		return refused.problems().stream().map(FieldProblem::field).toList();
	}

	private static byte[] png(int width, int height) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
		return out.toByteArray();
	}

}
