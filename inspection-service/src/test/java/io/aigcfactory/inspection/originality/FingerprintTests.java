package io.aigcfactory.inspection.originality;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import io.aigcfactory.events.Copy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The MinHash signature of copy and the perceptual hash of images. */
class FingerprintTests {

	private static final String TEMPLATE = "%s 316 不锈钢保温杯，12 小时长效保温，一键开盖单手就能喝，通勤路上随手带上，%s 陪你温暖每一天。";

	@Test
	void copyIdenticalButForTheBrandHasTheSameSignature() {
		TextSignature a = TextFingerprinter.signature(TEMPLATE.formatted("暖暖", "暖暖"), "暖暖");
		TextSignature b = TextFingerprinter.signature(TEMPLATE.formatted("Thermo Pro", "THERMO PRO"), "Thermo Pro");
		assertThat(a.similarity(b)).isEqualTo(1.0);
		assertThat(a.bandKeys()).containsExactly(b.bandKeys());
	}

	@Test
	void estimatesTheJaccardIndexOfTheFourGramSets() {
		String base = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
		String half = base.substring(0, 18) + "春夏秋冬东南西北金木水火土风雷雨雪霜";
		// 4-gram sets of 33 and 34 shingles sharing 15: Jaccard 15 / 52 ≈ 0.29.
		double similarity = TextFingerprinter.signature(base, "").similarity(TextFingerprinter.signature(half, ""));
		assertThat(similarity).isBetween(0.15, 0.45);
		assertThat(TextFingerprinter.signature(base, "").similarity(TextFingerprinter.signature("完全不同的另一段话语内容", "")))
			.isLessThan(0.1);
	}

	@Test
	void theWordsOnAnImageMatchInAnyOrderOfTheirHighlights() {
		Copy shown = new Copy("下班回家，换个温馨法", "想玩转奶油风？从凡几床品开始，一步到位。", "跟上潮流", List.of("亲肤透气", "多色可选"));
		Copy swapped = new Copy("下班回家，换个温馨法", "下班回家、早餐时间，换个地方照样好用，这就是凡几床品。", "随身带上", List.of("多色可选", "亲肤透气"));

		assertThat(TextFingerprinter.imageSignature(shown, "凡几")
			.similarity(TextFingerprinter.imageSignature(swapped, "凡几"))).isGreaterThan(0.6);
		// Shingled as one text, the short pieces' boundaries outweigh their words.
		String joined = "下班回家，换个温馨法\n亲肤透气\n多色可选\n跟上潮流";
		String joinedSwapped = "下班回家，换个温馨法\n多色可选\n亲肤透气\n随身带上";
		assertThat(
				TextFingerprinter.signature(joined, "凡几").similarity(TextFingerprinter.signature(joinedSwapped, "凡几")))
			.isLessThan(0.5);
		assertThat(TextFingerprinter.imageSignature(shown, "凡几")
			.similarity(TextFingerprinter
				.imageSignature(new Copy("通勤十年，肩膀第一次不酸", "正文", "立即入手", List.of("独立电脑隔层", "防泼水面料")), "凡几")))
			.isLessThan(0.1);
	}

	@Test
	void emptyCopyMatchesNothingAndSignaturesSurviveStorage() {
		assertThat(TextFingerprinter.signature("，。！", "").similarity(TextFingerprinter.signature("", ""))).isZero();
		TextSignature signature = TextFingerprinter.signature(TEMPLATE, "");
		assertThat(TextSignature.fromBytes(signature.toBytes())).isEqualTo(signature);
	}

	@Test
	void theSameImageRecompressedAndResizedIsFewBitsAwayAndAnotherIsFar() throws Exception {
		BufferedImage image = blocks(1, 800);
		BufferedImage copy = ImageIO.read(new ByteArrayInputStream(jpeg(scaled(image, 640))));
		assertThat(ImageHash.distance(ImageHash.of(image), ImageHash.of(copy))).isLessThanOrEqualTo(4);
		assertThat(ImageHash.distance(ImageHash.of(image), ImageHash.of(blocks(2, 800)))).isGreaterThan(12);
	}

	private static BufferedImage blocks(long seed, int size) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		Random random = new Random(seed);
		for (int i = 0; i < 16; i++) {
			graphics.setColor(new Color(random.nextInt(0xFFFFFF)));
			graphics.fillRect(random.nextInt(size), random.nextInt(size), size / 4, size / 4);
		}
		graphics.dispose();
		return image;
	}

	private static BufferedImage scaled(BufferedImage image, int size) {
		BufferedImage scaled = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = scaled.createGraphics();
		graphics.drawImage(image, 0, 0, size, size, null);
		graphics.dispose();
		return scaled;
	}

	private static byte[] jpeg(BufferedImage image) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

}
