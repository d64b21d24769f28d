package io.aigcfactory.inspection.compliance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TermMatcherTests {

	private static TermMatcher<String> matcher(String... terms) {
		Map<String, List<String>> entries = new LinkedHashMap<>();
		for (String term : terms) {
			entries.put(term, List.of(term));
		}
		return TermMatcher.of(entries);
	}

	@Test
	void findsOverlappingAndNestedTermsInOnePass() {
		TermMatcher<String> matcher = matcher("he", "she", "his", "hers");

		assertThat(matcher.findAll("ushers"))
			.extracting(TermMatcher.Match::start, TermMatcher.Match::end, (match) -> match.values().get(0))
			.containsExactlyInAnyOrder(tuple(1, 4, "she"), tuple(2, 4, "he"), tuple(2, 6, "hers"));
	}

	@Test
	void followsFailureLinksAcrossChineseTerms() {
		TermMatcher<String> matcher = matcher("最低", "全网最低价", "网最");

		assertThat(matcher.findAll("全网最低价，全网最低")).extracting((match) -> match.values().get(0))
			.containsExactly("网最", "最低", "全网最低价", "网最", "最低");
	}

	@Test
	void findsATermRepeatedBackToBack() {
		assertThat(matcher("aa").findAll("aaaa")).extracting(TermMatcher.Match::start).containsExactly(0, 1, 2);
	}

	@Test
	void findsNothingInTextWithoutTerms() {
		assertThat(matcher("第一", "最佳").findAll("一款好用的耳机")).isEmpty();
	}

	@Test
	void keepsEveryValueOfASharedTerm() {
		TermMatcher<String> matcher = TermMatcher.of(Map.of("治疗", List.of("medical", "cosmetic")));

		assertThat(matcher.findAll("可治疗").get(0).values()).containsExactly("medical", "cosmetic");
	}

}
