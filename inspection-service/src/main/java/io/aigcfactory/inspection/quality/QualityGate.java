package io.aigcfactory.inspection.quality;

import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.aigcfactory.events.Copy;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.Verdict;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Scores an asset from 0 to 100 against its tenant's threshold. Each failed rule takes
 * its penalty from 100 and leaves a reason. Copy: its length, phrases repeated more than
 * twice, and how many distinct selling points (highlights) it carries. Main image: the
 * WCAG contrast between its dark and light tones, its sharpness (variance of the
 * Laplacian) and the share of blank regions. Text overflow is not measured: the layout
 * renderer fits text to its boxes, and the image alone does not say where a box ends.
 */
@Service
public class QualityGate {

	static final int LENGTH_PENALTY = 40;

	static final int REPEAT_PENALTY = 20;

	static final int SELLING_POINTS_PENALTY = 30;

	static final int CONTRAST_PENALTY = 35;

	static final int SHARPNESS_PENALTY = 35;

	static final int BLANK_PENALTY = 30;

	private final QualitySettings settings;

	public QualityGate(QualitySettings settings) {
		this.settings = settings;
	}

	/** What the gate makes of an asset that does not pass. */
	public Verdict belowThreshold() {
		return this.settings.belowThreshold();
	}

	/** Scores an asset's copy and, when it has one, its decoded main image. */
	public QualityScore score(String tenantId, Copy copy, @Nullable BufferedImage mainImage) {
		List<Penalty> penalties = new ArrayList<>(copyPenalties(copy));
		if (mainImage != null) {
			penalties.addAll(imagePenalties(ImageMeasures.of(mainImage)));
		}
		int score = Math.max(0, 100 - penalties.stream().mapToInt(Penalty::points).sum());
		return new QualityScore(score, this.settings.thresholdOf(tenantId),
				penalties.stream().map(Penalty::reason).toList());
	}

	private List<Penalty> copyPenalties(Copy copy) {
		QualitySettings.Copy rules = this.settings.copy();
		List<Penalty> penalties = new ArrayList<>();
		String text = letters(copy.fullText());
		int length = text.codePointCount(0, text.length());
		if (length < rules.minLength()) {
			penalties.add(penalty(LENGTH_PENALTY, "COPY_TOO_SHORT",
					"文案过短（%d 字 < %d 字）".formatted(length, rules.minLength()), null));
		}
		else if (length > rules.maxLength()) {
			penalties.add(penalty(LENGTH_PENALTY, "COPY_TOO_LONG",
					"文案过长（%d 字 > %d 字）".formatted(length, rules.maxLength()), null));
		}
		repeatedPhrases(text, rules.repeatedPhrase()).stream()
			.limit(2)
			.forEach((phrase) -> penalties.add(penalty(REPEAT_PENALTY, "REPEATED_PHRASE", "同一短语在文案中出现三次以上", phrase)));
		Set<String> points = new LinkedHashSet<>();
		copy.highlights().stream().map(QualityGate::letters).filter((point) -> !point.isEmpty()).forEach(points::add);
		if (points.size() < rules.minSellingPoints()) {
			penalties.add(penalty(SELLING_POINTS_PENALTY, "FEW_SELLING_POINTS",
					"卖点不足（%d 个不同卖点 < %d 个）".formatted(points.size(), rules.minSellingPoints()), null));
		}
		return penalties;
	}

	private List<Penalty> imagePenalties(ImageMeasures measures) {
		QualitySettings.Image rules = this.settings.image();
		List<Penalty> penalties = new ArrayList<>();
		if (measures.contrast() < rules.minContrast()) {
			penalties.add(penalty(CONTRAST_PENALTY, "LOW_CONTRAST",
					"主图明暗对比不足（WCAG 对比度 %.2f < %.1f），文字难以辨认".formatted(measures.contrast(), rules.minContrast()), null));
		}
		if (measures.sharpness() < rules.minSharpness()) {
			penalties.add(penalty(SHARPNESS_PENALTY, "BLURRY_IMAGE",
					"主图模糊（拉普拉斯方差 %.1f < %.1f）".formatted(measures.sharpness(), rules.minSharpness()), null));
		}
		if (measures.blankShare() > rules.maxBlankShare()) {
			penalties.add(penalty(BLANK_PENALTY, "BLANK_REGIONS",
					"主图空白区域过多（%.0f%% 的区域没有内容）".formatted(100 * measures.blankShare()), null));
		}
		return penalties;
	}

	/**
	 * Phrases of {@code length} letters that occur more than twice, most frequent first.
	 */
	static List<String> repeatedPhrases(String text, int length) {
		Map<String, Integer> counts = new HashMap<>();
		for (int start = 0; start + length <= text.length(); start++) {
			counts.merge(text.substring(start, start + length), 1, Integer::sum);
		}
		List<String> repeated = new ArrayList<>();
		counts.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 2)
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach((entry) -> {
				// Overlapping windows of one repeated run would each count: keep the
				// first.
				if (repeated.stream().noneMatch((kept) -> overlaps(kept, entry.getKey()))) {
					repeated.add(entry.getKey());
				}
			});
		return repeated;
	}

	private static boolean overlaps(String a, String b) {
		for (int shift = 1; shift < a.length(); shift++) {
			if (a.substring(shift).equals(b.substring(0, a.length() - shift))
					|| b.substring(shift).equals(a.substring(0, b.length() - shift))) {
				return true;
			}
		}
		return false;
	}

	private static String letters(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder kept = new StringBuilder(folded.length());
		folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private static Penalty penalty(int points, String code, String detail, @Nullable String evidence) {
		return new Penalty(points, new Finding(Finding.Stage.QUALITY, code, detail, evidence));
	}

	private record Penalty(int points, Finding reason) {
	}

}
