package io.aigcfactory.inspection.compliance;

import java.util.List;

import io.aigcfactory.events.Finding;
import io.aigcfactory.events.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceFunnelTests {

	private static final ComplianceFunnel funnel = ComplianceFunnel.withDefaultLexicon();

	private static final String DIGITAL = "数码/耳机";

	@ParameterizedTest
	@ValueSource(strings = { "声悦Pro降噪耳机\n通勤路上一键降噪，续航30小时，周末出游也够用。\n主动降噪\n30小时续航\n立即抢购",
			"暖阳羊毛围巾，柔软亲肤，冬天出门多一份温暖。到手价¥129，现在下单。", "给宝宝的第一双学步鞋，软底防滑，第一步走得更稳。", "使用前最好先看说明书，最近很多家长都这么做。", "最后三天，限时优惠。" })
	void approvesCleanCopy(String text) {
		ComplianceReport report = funnel.check(text, DIGITAL);

		assertThat(report.findings()).isEmpty();
		assertThat(report.verdict()).isEqualTo(Verdict.APPROVED);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			这是最佳的选择                 | ABSOLUTE_TERM       | 最佳
			全网最低价，手慢无             | ABSOLUTE_TERM       | 全网最低价
			销量第一的耳机                 | ABSOLUTE_TERM       | 第一
			行业唯一认证                   | ABSOLUTE_TERM       | 唯一
			送礼首选                       | ABSOLUTE_TERM       | 首选
			独家配方                       | ABSOLUTE_TERM       | 独家
			国家级工艺                     | ABSOLUTE_TERM       | 国家级
			顶级音质                       | ABSOLUTE_TERM       | 顶级
			极致体验                       | ABSOLUTE_TERM       | 极致
			王牌产品                       | ABSOLUTE_TERM       | 王牌
			绝对好用                       | ABSOLUTE_TERM       | 绝对
			永久保修                       | ABSOLUTE_TERM       | 永久
			100%满意                       | ABSOLUTE_TERM       | 100%
			独一无二的设计                 | ABSOLUTE_TERM       | 独一无二
			用了立竿见影                   | EFFICACY_GUARANTEE  | 立竿见影
			无副作用，放心用               | EFFICACY_GUARANTEE  | 无副作用
			加盟稳赚不赔                   | INVESTMENT_RETURN   | 稳赚不赔
			三个月回本                     | INVESTMENT_RETURN   | 个月回本
			中国驰名商标                   | AUTHORITY_ENDORSEMENT | 中国驰名商标
			机关特供茶                     | AUTHORITY_ENDORSEMENT | 特供
			能治疗颈椎疼痛                 | MEDICAL_CLAIM       | 治疗
			帮助降血压                     | MEDICAL_CLAIM       | 降血压
			招财摆件                       | SUPERSTITION        | 招财
			大师开光                       | SUPERSTITION        | 开光
			考证包过                       | EDUCATION_GUARANTEE | 包过
			买一送一电子烟                 | PROHIBITED_GOODS    | 电子烟
			好评返现五元                   | SALES_PRACTICE      | 好评返现
			印有国旗图案                   | STATE_SYMBOL        | 国旗
			""")
	void blocksATypicalPhraseOfEachPack(String text, String code, String evidence) {
		ComplianceReport report = funnel.check(text, DIGITAL);

		assertThat(report.verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(report.blocking()).extracting(Finding::code, Finding::evidence)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(code, evidence));
	}

	@Test
	void describesTheFindingWithItsLegalBasis() {
		Finding finding = funnel.check("最佳选择", DIGITAL).findings().get(0);

		assertThat(finding.stage()).isEqualTo(Finding.Stage.COMPLIANCE);
		assertThat(finding.detail()).contains("《广告法》第九条");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			品质ＮＯ．１的耳机             | ＮＯ．１
			品质No.1的耳机                 | No.1
			品质no 1的耳机                 | no 1
			品类TOP1                       | TOP1
			品类Top 1                      | Top 1
			品类ｔｏｐ１                   | ｔｏｐ１
			国货之光 ΝΟ.1                  | ΝΟ.1
			這是最佳選擇                   | 最佳
			國家級工藝                     | 國家級
			頂級音質                       | 頂級
			絕對好用                       | 絕對
			萬能清潔                       | 萬能
			这是最*佳选择                  | 最*佳
			这是最 佳选择                  | 最 佳
			这是最.佳选择                  | 最.佳
			这是最🔥佳选择                 | 最🔥佳
			销量第 一                      | 第 一
			销量第壹                       | 第壹
			１００％满意                   | １００％
			全/网/最/低/价                 | 全/网/最/低/价
			""")
	void catchesEvasiveSpellingsWithTheOriginalAsEvidence(String text, String evidence) {
		ComplianceReport report = funnel.check(text, DIGITAL);

		assertThat(report.verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(report.blocking()).extracting(Finding::evidence).containsExactly(evidence);
	}

	@ParameterizedTest
	@ValueSource(strings = { "学会这第一步", "第一次用就上手", "第一时间发货", "第一眼就喜欢", "使用前最好先咨询", "最好不要空腹饮用", "最大的问题是续航", "最近上新",
			"最后一天", "最初的梦想", "最终解释权归本店", "建议在最佳赏味期内食用", "100%纯棉面料", "成分：100%桑蚕丝" })
	void passesBenignPhrasesThatContainATerm(String text) {
		assertThat(funnel.check(text, "服饰").findings()).isEmpty();
	}

	@Test
	void stillBlocksATermNextToABenignPhrase() {
		assertThat(funnel.check("第一次就选销量第一", DIGITAL).blocking()).extracting(Finding::evidence).containsExactly("第一");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			所谓“最佳”不过是营销话术        | 最佳
			他说「顶级」两个字              | 顶级
			""")
	void sendsQuotedTermsToReviewInsteadOfBlocking(String text, String evidence) {
		ComplianceReport report = funnel.check(text, DIGITAL);

		assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
		assertThat(report.review()).extracting(Finding::evidence).containsExactly(evidence);
		assertThat(report.review().get(0).detail()).contains("人工复核");
	}

	@ParameterizedTest
	@ValueSource(strings = { "我们不是最好的，但很用心", "并非第一，但在进步", "不追求极致，只求耐用", "拒绝「顶级」噱头" })
	void approvesNegatedTerms(String text) {
		assertThat(funnel.check(text, DIGITAL).verdict()).isEqualTo(Verdict.APPROVED);
	}

	@Test
	void doesNotTakeANegationFurtherAwayForANegatedTerm() {
		assertThat(funnel.check("不容错过的最佳选择", DIGITAL).verdict()).isEqualTo(Verdict.REJECTED);
	}

	@Test
	void doesNotTakeHalfAQuoteForQuotation() {
		assertThat(funnel.check("“真的是最佳选择", DIGITAL).verdict()).isEqualTo(Verdict.REJECTED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "最新款上市", "最高支持更多设备", "专家推荐", "数据显示九成用户满意" })
	void sendsContextDependentTermsToReview(String text) {
		assertThat(funnel.check(text, DIGITAL).verdict()).isEqualTo(Verdict.REVIEW);
	}

	@Test
	void blocksCosmeticClaimsOnlyForCosmetics() {
		assertThat(funnel.check("药妆级修护", "美妆/面霜").blocking()).extracting(Finding::code)
			.containsExactly("COSMETIC_CLAIM");
		assertThat(funnel.check("药妆级修护", "数码/耳机").findings()).isEmpty();
	}

	@Test
	void blocksHealthClaimsOnlyForFood() {
		assertThat(funnel.check("每天一杯增强免疫力", "食品/冲饮").blocking()).extracting(Finding::code)
			.containsExactly("HEALTH_FOOD_CLAIM");
		assertThat(funnel.check("每天一杯增强免疫力", "家居/水杯").findings()).isEmpty();
	}

	@Test
	void allowsMedicalTermsOnlyInMedicalCategories() {
		assertThat(funnel.check("辅助治疗高血压", "家居/枕头").verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(funnel.check("辅助治疗高血压", "医疗器械/血压计").findings()).isEmpty();
	}

	@Test
	void treatsABlankCategoryAsNonMedicalAndNoSpecialCategory() {
		assertThat(funnel.check("治疗失眠，药妆", "").blocking()).extracting(Finding::code).containsExactly("MEDICAL_CLAIM");
	}

	@Test
	void reportsANestedTermOnceAsTheLongestClaim() {
		assertThat(funnel.check("全网最低价", DIGITAL).findings()).extracting(Finding::evidence).containsExactly("全网最低价");
		assertThat(funnel.check("100%有效", DIGITAL).findings()).extracting(Finding::code)
			.containsExactly("EFFICACY_GUARANTEE");
	}

	@Test
	void keepsABlockingTermInsideAPhraseThatIsOnlyUnderReview() {
		assertThat(funnel.check("最新技术", DIGITAL).findings()).extracting(Finding::evidence).containsExactly("最新技术");
	}

	@Test
	void reportsOneFindingPerDistinctOccurrence() {
		ComplianceReport report = funnel.check("最佳音质，最佳续航，最 佳体验，唯一之选", DIGITAL);

		assertThat(report.blocking()).extracting(Finding::evidence).containsExactly("最佳", "最 佳", "唯一");
	}

	@Test
	void reportsFindingsInReadingOrder() {
		assertThat(funnel.check("唯一的顶级绝对好物", DIGITAL).blocking()).extracting(Finding::evidence)
			.containsExactly("唯一", "顶级", "绝对");
	}

	@ParameterizedTest
	@ValueSource(strings = { "TOP10榜单", "型号NANO1", "第10代", "增长1100%", "小米 Piano1 型号" })
	void doesNotCutLatinOrNumericTermsOutOfLongerRuns(String text) {
		assertThat(funnel.check(text, DIGITAL).blocking()).isEmpty();
	}

	@Test
	void stillCatchesALatinTermBetweenChineseCharacters() {
		assertThat(funnel.check("国货NO.1品牌", DIGITAL).blocking()).extracting(Finding::evidence).containsExactly("NO.1");
	}

	@Test
	void blocksEvenWhenAReviewFindingIsAlsoPresent() {
		ComplianceReport report = funnel.check("专家推荐，效果最好", DIGITAL);

		assertThat(report.verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(report.findings()).extracting(Finding::code)
			.containsExactly("ABSOLUTE_TERM", "AUTHORITY_ENDORSEMENT");
	}

	@Test
	void approvesAnEmptyText() {
		assertThat(funnel.check("", DIGITAL).verdict()).isEqualTo(Verdict.APPROVED);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			首创七区独立弹簧                 | FIRST_CLAIM           | 首创
			一个月瘦10斤                     | OUTCOME_CLAIM         | 瘦10斤
			不瘦全额退款                     | GUARANTEE_REFUND      | 不瘦全额退款
			央视上榜品牌                     | AUTHORITY_ENDORSEMENT | 央视上榜
			出售精准宝妈名单                 | PROHIBITED_SERVICE    | 出售精准宝妈名单
			价格全网最低                     | PRICE_ABSOLUTE        | 价格全网最低
			这款面霜最为滋润                 | ABSOLUTE_TERM         | 最
			""")
	void blocksClaimPatterns(String text, String code, String evidence) {
		ComplianceReport report = funnel.check(text, DIGITAL);

		assertThat(report.verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(report.violations()).extracting(Violation::code, Violation::evidence)
			.contains(org.assertj.core.groups.Tuple.tuple(code, evidence));
	}

	@Test
	void blocksPinyinSpellingsAndSendsHomophonesToReview() {
		assertThat(funnel.check("zui佳降噪", DIGITAL).blocking()).extracting(Finding::evidence).containsExactly("zui佳");
		assertThat(funnel.check("醉佳降噪", DIGITAL).review()).extracting(Finding::evidence).containsExactly("醉佳");
		assertThat(funnel.check("厨房防滑地垫", DIGITAL).verdict()).isEqualTo(Verdict.APPROVED);
	}

	@Test
	void readsNoHomophoneAcrossPunctuationOrALineBreak() {
		// Template copy ("…总不顺手？" then a line starting with 家) once went to review as 首家.
		assertThat(funnel.check("通勤路上总不顺手？\n家里家外都能用", DIGITAL).verdict()).isEqualTo(Verdict.APPROVED);
		assertThat(funnel.check("醉佳降噪", DIGITAL).verdict()).isEqualTo(Verdict.REVIEW);
	}

	@ParameterizedTest
	@ValueSource(strings = { "最高支持65W快充", "单层最大承重150kg", "最低温度-20℃也能启动", "2024年第一季度上市", "电影《最好的我们》同款", "英超是顶级联赛",
			"诗句“最是人间留不住”" })
	void approvesBenignReadingsByContext(String text) {
		assertThat(funnel.check(text, DIGITAL).violations()).isEmpty();
	}

	@Test
	void locatesEachViolationInTheOriginalText() {
		String text = "买它！最 * 佳 选择，销量🥇";
		ComplianceReport report = funnel.check(text, DIGITAL);

		assertThat(report.violations())
			.allSatisfy((violation) -> assertThat(text.substring(violation.start(), violation.end()))
				.isEqualTo(violation.evidence()));
		assertThat(report.violations()).extracting(Violation::evidence).containsExactly("最 * 佳", "🥇");
		assertThat(report.violations()).allSatisfy((violation) -> {
			assertThat(violation.legalBasis()).contains("广告法");
			assertThat(violation.suggestion()).isNotBlank();
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "以下主要成分：燕麦、坚果", "放下主食也能吃饱", "沉醉佳境的香气", "想象一下主子饭点：小颗粒易咀嚼" })
	void readsNoHomophoneWhereTheDictionaryReadsTheCharacterAsPartOfAnotherWord(String text) {
		assertThat(funnel.check(text, "食品/零食").findings()).isEmpty();
	}

	@Test
	void stillSendsAHomophoneStandingOnItsOwnToReview() {
		assertThat(funnel.check("嘴好用的零食", "食品/零食").review()).extracting(Finding::evidence).containsExactly("嘴好");
		assertThat(funnel.check("线上下注赢大奖", "食品/零食").verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(funnel.check("快来下主赢大奖", "食品/零食").review()).extracting(Finding::evidence).containsExactly("下主");
	}

	@Test
	void appliesAChannelsOwnRulesOnlyToCopyForThatChannel() {
		String text = "加微信领取优惠券";

		assertThat(funnel.check(text, DIGITAL, List.of("douyin")).blocking()).extracting(Finding::code)
			.containsExactly("OFF_PLATFORM_CONTACT");
		assertThat(funnel.check(text, DIGITAL, List.of("taobao")).findings()).isEmpty();
		assertThat(funnel.check(text, DIGITAL, List.of("taobao", "xiaohongshu")).verdict()).isEqualTo(Verdict.REJECTED);
	}

	@Test
	void holdsCopyForUnknownChannelsToEveryChannelsRules() {
		assertThat(funnel.check("加微信领取优惠券", DIGITAL).verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(funnel.check("抖音同款连衣裙", "服饰").verdict()).isEqualTo(Verdict.REVIEW);
		assertThat(funnel.check("抖音同款连衣裙", "服饰", List.of("douyin")).verdict()).isEqualTo(Verdict.APPROVED);
	}

	@Test
	void scansForListedTermsHoweverDisguisedWithoutJudgingThem() {
		assertThat(funnel.scanTerms("这是最✨佳的选择")).containsExactly("最佳");
		assertThat(funnel.scanTerms("這是最佳選擇")).containsExactly("最佳");
		assertThat(funnel.scanTerms("ZUI JIA 的选择")).containsExactly("最佳");
		// Context is not the scanner's business: the check sends a quoted term to review
		// instead of blocking it, the scan just reports the term.
		assertThat(funnel.check("所谓“最佳”不过是营销话术", "").verdict()).isEqualTo(Verdict.REVIEW);
		assertThat(funnel.scanTerms("所谓“最佳”不过是营销话术")).containsExactly("最佳");
		assertThat(funnel.scanTerms("一款好用的保温杯")).isEmpty();
	}

	@Test
	void scansBySoundOnlyWhenAsked() {
		assertThat(funnel.scanTerms("这是最✨佳的选择", false)).containsExactly("最佳");
		assertThat(funnel.scanTerms("ZUI JIA 的选择", false)).isEmpty();
		assertThat(funnel.scanTerms("醉佳制冷效果的空调", false)).isEmpty();
		assertThat(funnel.scanTerms("醉佳制冷效果的空调", true)).containsExactly("最佳");
		// One walk finds a term and a homophone spelling of another in the same text.
		assertThat(funnel.scanTerms("销量第一，醉佳之选")).containsExactly("第一", "最佳");
	}

}
