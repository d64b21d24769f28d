package io.aigcfactory.inspection.compliance;

import java.util.List;

import io.aigcfactory.events.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LexiconTests {

	private static final Lexicon lexicon = Lexicon.fromClasspath();

	private static final ComplianceFunnel funnel = new ComplianceFunnel(lexicon);

	@Test
	void loadsEveryPackWithTheLegalBasisOfEachTerm() {
		assertThat(lexicon.entries()).hasSizeGreaterThan(300).allSatisfy((entry) -> {
			assertThat(entry.term()).isNotBlank();
			assertThat(entry.basis()).containsAnyOf("《广告法》", "《食品安全法》", "《化妆品监督管理条例》", "《电子商务法》", "《个人信息保护法》");
			assertThat(entry.code()).matches("[A-Z_]+");
			assertThat(entry.category()).matches("[a-z-]+");
			assertThat(entry.suggestion()).isNotBlank();
		});
		assertThat(lexicon.entries()).extracting(LexiconEntry::code)
			.contains("ABSOLUTE_TERM", "EFFICACY_GUARANTEE", "INVESTMENT_RETURN", "AUTHORITY_ENDORSEMENT",
					"MEDICAL_CLAIM", "HEALTH_FOOD_CLAIM", "COSMETIC_CLAIM", "EDUCATION_GUARANTEE", "SUPERSTITION",
					"PROHIBITED_GOODS");
	}

	@Test
	void loadsEveryPatternWithItsLegalBasis() {
		assertThat(lexicon.patterns()).hasSizeGreaterThan(20).allSatisfy((pattern) -> {
			assertThat(pattern.entry().basis()).containsAnyOf("《广告法》", "《个人信息保护法》", "《价格法》");
			assertThat(pattern.entry().suggestion()).isNotBlank();
		});
		assertThat(lexicon.patterns()).extracting((pattern) -> pattern.entry().code())
			.contains("FIRST_CLAIM", "OUTCOME_CLAIM", "GUARANTEE_REFUND", "AUTHORITY_ENDORSEMENT", "PROHIBITED_SERVICE",
					"PRICE_ABSOLUTE");
	}

	@Test
	void readsTheCharactersAPatternCanStartWith() {
		assertThat(PatternTriggers.firstCharacters("(央视|cctv\\d*|新华社)\\p{IsHan}{0,6}?(推荐)")).isEqualTo("央c新");
		assertThat(PatternTriggers.firstCharacters("最")).isEqualTo("最");
		assertThat(PatternTriggers.firstCharacters("[\\d一二]+天")).isEqualTo("\\d一二");
		assertThat(PatternTriggers.firstCharacters("(a?b|c)d")).isNull();
		assertThat(PatternTriggers.firstCharacters("(ab)?c")).isNull();
		assertThat(PatternTriggers.literals("\\p{IsHan}{0,6}?(推荐|认证)\\d+%")).isEqualTo("推荐认证%");
	}

	@Test
	void findsEveryTermOfTheLexiconInTheCategoriesItAppliesTo() {
		for (LexiconEntry entry : lexicon.entries()) {
			String category = categoryFor(entry.scope());
			String text = "这款商品" + entry.term() + "呢";
			Verdict expected = (entry.level() == Level.BLOCK) ? Verdict.REJECTED : Verdict.REVIEW;
			assertThat(funnel.check(text, category).verdict()).as("%s in %s", entry.term(), category)
				.isIn(expected, Verdict.REJECTED);
		}
	}

	private static String categoryFor(CategoryScope scope) {
		return scope.excluding() ? "家居" : scope.words().get(0);
	}

	@Test
	void refusesAPackWithoutAHeader() {
		assertThatIllegalStateException().isThrownBy(() -> Lexicon.parsePack("broken.txt", "最佳\n", (term) -> term))
			.withMessageContaining("broken.txt");
	}

	@Test
	void readsAPerTermLevelOverride() {
		List<LexiconEntry> entries = Lexicon.parsePack("pack.txt", """
				@code ABSOLUTE_TERM
				@level BLOCK
				@basis 《广告法》第九条
				@scope 美妆,个护
				最佳
				最新 | REVIEW
				""", (term) -> term);

		assertThat(entries).extracting(LexiconEntry::term, LexiconEntry::level)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("最佳", Level.BLOCK),
					org.assertj.core.groups.Tuple.tuple("最新", Level.REVIEW));
		assertThat(entries.get(0).scope().includes("美妆面霜")).isTrue();
		assertThat(entries.get(0).scope().includes("数码")).isFalse();
	}

	@Test
	void readsAnExcludingScope() {
		CategoryScope scope = CategoryScope.parse("!医疗,药品", (word) -> word);

		assertThat(scope.includes("家居")).isTrue();
		assertThat(scope.includes("医疗器械")).isFalse();
	}

}
