package io.aigcfactory.inspection.compliance;

import java.util.List;
import java.util.Set;

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
			assertThat(entry.basis()).containsAnyOf("《广告法》", "《食品安全法》", "《化妆品监督管理条例》", "《电子商务法》", "《个人信息保护法》", "平台规则");
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
	void readsThePartsEveryMatchOfAPatternMustContain() {
		assertThat(PatternTriggers.requiredParts("(国内|全球)首(个|位)")).containsExactly("国全", "首", "个位");
		assertThat(PatternTriggers.requiredParts("[\\d一二]+(天|周)(内|后)?(就)?(瘦|减重)")).containsExactly("0123456789一二", "天周",
				"瘦减");
		assertThat(PatternTriggers.requiredParts("(治愈|根治)\\p{IsHan}{0,8}?(病|症)")).containsExactly("治根", "病症");
		assertThat(PatternTriggers.requiredParts("开创(了)?(行业)?(先河|先例)")).containsExactly("开", "创", "先");
		assertThat(PatternTriggers.requiredParts("最|首屈一指")).isEmpty();
		assertThat(PatternTriggers.parts("最|首屈一指")).containsExactly("最首屈一指");
	}

	@Test
	void runsAPatternOnlyOnTextsHoldingACharacterOfEachRequiredPart() {
		List<ClaimPattern> patterns = Lexicon.parsePatterns("p.txt", """
				@code FIRST_CLAIM
				@level BLOCK
				@basis 《广告法》第九条
				@scope *
				(国内|全球)首(个|位)
				""", (term) -> term);
		PatternTriggers triggers = new PatternTriggers(patterns);

		assertThat(triggers.candidates("全球首个")).hasSize(1);
		assertThat(triggers.candidates("全球首发")).isEmpty();
		assertThat(triggers.candidates("个位数")).isEmpty();
	}

	@Test
	void readsAChannelScope() {
		assertThat(ChannelScope.parse("Douyin, xiaohongshu").appliesTo(Set.of("douyin"))).isTrue();
		assertThat(ChannelScope.parse("douyin").appliesTo(Set.of("taobao"))).isFalse();
		assertThat(ChannelScope.parse("douyin").appliesTo(Set.of())).isTrue();
		assertThat(ChannelScope.parse("!taobao").appliesTo(Set.of("taobao"))).isFalse();
		assertThat(ChannelScope.parse("!taobao").appliesTo(Set.of("jd"))).isTrue();
		assertThat(ChannelScope.parse("*").appliesTo(Set.of("jd"))).isTrue();
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
