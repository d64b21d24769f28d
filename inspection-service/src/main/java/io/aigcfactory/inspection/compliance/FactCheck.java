package io.aigcfactory.inspection.compliance;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the quantities in copy ("续航 50 小时", "600ml", "95% 白鸭绒") with the product's own
 * facts. A quantity of the copy is compared with the facts' quantities of the same
 * dimension whose surrounding words share a word with its own ("续航", "鸭绒"); it is a
 * mismatch when none of them has its value. Copy that states a quantity the facts do not
 * mention is left alone.
 */
final class FactCheck {

	private static final Pattern QUANTITY = Pattern.compile(
			"(\\d+(?:\\.\\d+)?)\\s*(万)?\\s*(mah|毫安时|毫安|ml|毫升|l|升|kg|公斤|千克|g|克|斤|mm|毫米|cm|厘米|m|米|w|瓦|小时|h|分钟|天|寸|英寸|%|gb|tb|hz|v|伏)",
			Pattern.CASE_INSENSITIVE);

	/** Unit to dimension and factor to the dimension's base unit. */
	private static final Map<String, Unit> UNITS = Map.ofEntries(Map.entry("mah", new Unit("charge", "1")),
			Map.entry("毫安时", new Unit("charge", "1")), Map.entry("毫安", new Unit("charge", "1")),
			Map.entry("ml", new Unit("volume", "1")), Map.entry("毫升", new Unit("volume", "1")),
			Map.entry("l", new Unit("volume", "1000")), Map.entry("升", new Unit("volume", "1000")),
			Map.entry("kg", new Unit("mass", "1000")), Map.entry("公斤", new Unit("mass", "1000")),
			Map.entry("千克", new Unit("mass", "1000")), Map.entry("g", new Unit("mass", "1")),
			Map.entry("克", new Unit("mass", "1")), Map.entry("斤", new Unit("mass", "500")),
			Map.entry("mm", new Unit("length", "1")), Map.entry("毫米", new Unit("length", "1")),
			Map.entry("cm", new Unit("length", "10")), Map.entry("厘米", new Unit("length", "10")),
			Map.entry("m", new Unit("length", "1000")), Map.entry("米", new Unit("length", "1000")),
			Map.entry("w", new Unit("power", "1")), Map.entry("瓦", new Unit("power", "1")),
			Map.entry("小时", new Unit("time", "60")), Map.entry("h", new Unit("time", "60")),
			Map.entry("分钟", new Unit("time", "1")), Map.entry("天", new Unit("days", "1")),
			Map.entry("寸", new Unit("inch", "1")), Map.entry("英寸", new Unit("inch", "1")),
			Map.entry("%", new Unit("percent", "1")), Map.entry("gb", new Unit("storage", "1")),
			Map.entry("tb", new Unit("storage", "1024")), Map.entry("hz", new Unit("frequency", "1")),
			Map.entry("v", new Unit("voltage", "1")), Map.entry("伏", new Unit("voltage", "1")));

	private static final int CONTEXT_BEFORE = 6;

	private static final int CONTEXT_AFTER = 4;

	private static final String BASIS = "《广告法》第八条、第二十八条：广告中对商品的性能、规格、成分、数量等的表述应当准确、清楚，与商品实际不符的构成虚假广告";

	/** The quantities of the copy that contradict the facts, located in the copy. */
	List<Violation> mismatches(String copy, List<String> facts) {
		List<Quantity> known = new ArrayList<>();
		facts.forEach((fact) -> known.addAll(quantities(fact)));
		List<Violation> found = new ArrayList<>();
		for (Quantity stated : quantities(copy)) {
			List<Quantity> comparable = known.stream()
				.filter((fact) -> fact.unit().dimension().equals(stated.unit().dimension()))
				.filter((fact) -> sharesAWord(fact.context(), stated.context()))
				.toList();
			boolean agrees = comparable.stream().anyMatch((fact) -> fact.base().compareTo(stated.base()) == 0);
			if (!comparable.isEmpty() && !agrees) {
				found.add(new Violation("FACT_MISMATCH", "facts", Level.BLOCK, stated.start(), stated.end(),
						copy.substring(stated.start(), stated.end()), BASIS,
						"改为商品资料中的数值：" + comparable.getFirst().written(), ""));
			}
		}
		return found;
	}

	private static List<Quantity> quantities(String text) {
		List<Quantity> quantities = new ArrayList<>();
		Matcher matcher = QUANTITY.matcher(text);
		while (matcher.find()) {
			if (matcher.start() > 0 && Character.isLetterOrDigit(text.charAt(matcher.start() - 1))
					&& !Character.isIdeographic(text.charAt(matcher.start() - 1))) {
				continue;
			}
			if (matcher.end() < text.length() && isAsciiLetter(text.charAt(matcher.end()))
					&& isAsciiLetter(text.charAt(matcher.end() - 1))) {
				continue;
			}
			Unit unit = UNITS.get(matcher.group(3).toLowerCase(Locale.ROOT));
			BigDecimal value = new BigDecimal(matcher.group(1));
			if (matcher.group(2) != null) {
				value = value.multiply(BigDecimal.valueOf(10_000));
			}
			String context = fold(text.substring(Math.max(0, matcher.start() - CONTEXT_BEFORE), matcher.start()) + "|"
					+ text.substring(matcher.end(), Math.min(text.length(), matcher.end() + CONTEXT_AFTER)));
			quantities.add(new Quantity(matcher.start(), matcher.end(), matcher.group(), unit,
					value.multiply(unit.factor()), context));
		}
		return quantities;
	}

	/** Whether two contexts share a run of two ideographs ("续航", "鸭绒"). */
	private static boolean sharesAWord(String one, String other) {
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i + 2 <= one.length(); i++) {
			if (Character.isIdeographic(one.charAt(i)) && Character.isIdeographic(one.charAt(i + 1))) {
				pairs.add(one.substring(i, i + 2));
			}
		}
		for (int i = 0; i + 2 <= other.length(); i++) {
			if (pairs.contains(other.substring(i, i + 2))) {
				return true;
			}
		}
		return false;
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private record Unit(String dimension, BigDecimal factor) {

		Unit(String dimension, String factor) {
			this(dimension, new BigDecimal(factor));
		}

	}

	private record Quantity(int start, int end, String written, Unit unit, BigDecimal base, String context) {
	}

}
