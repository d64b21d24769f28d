package io.aigcfactory.creative.requirement;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.aigcfactory.events.RequirementId;
import io.aigcfactory.glyphs.Glyphs;
import io.aigcfactory.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionRulesTests {

	private final SubmissionRules rules = new SubmissionRules(
			new IntakeSettings(3, 20, 2, 10000, Duration.ofHours(24), 120, 2000, 10, 60), Set.of("taobao", "jd"),
			new Glyphs(Glyphs.bundled().regular(), Glyphs.bundled().bold(), List::of));

	@Test
	void refusesTextNoBundledFontCanDrawNamingTheFieldAndCodePoints() {
		Submission valid = valid();
		Submission emoji = new Submission(valid.sku(), valid.title(), "声悦😀", valid.category(), valid.price(),
				List.of("40dB 主动降噪", "好物" + Character.toString(0x20000)), valid.audience(), valid.description(),
				valid.channels(), valid.variantCount());
		assertThat(this.rules.problems(emoji)).extracting(FieldProblem::field, FieldProblem::detail)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("brand",
							"contains characters no bundled font can draw: 😀 (U+1F600)"),
					org.assertj.core.groups.Tuple.tuple("sellingPoints[1]",
							"contains characters no bundled font can draw: 𠀀 (U+20000)"));
	}

	@Test
	void leavesTheSkuUndrawnAndUnchecked() {
		Submission valid = valid();
		Submission sku = new Submission("SKU-😀", valid.title(), valid.brand(), valid.category(), valid.price(),
				valid.sellingPoints(), valid.audience(), valid.description(), valid.channels(), valid.variantCount());
		assertThat(this.rules.problems(sku)).isEmpty();
	}

	@Test
	void acceptsACompleteSubmission() {
		assertThat(this.rules.problems(valid())).isEmpty();
	}

	@Test
	void namesEveryMissingField() {
		Submission empty = new Submission(null, null, null, null, null, null, null, null, null, null);
		assertThat(this.rules.problems(empty)).extracting(FieldProblem::field)
			.containsExactly("title", "brand", "category", "price", "sellingPoints", "audience", "channels");
	}

	@Test
	void refusesANegativePriceAndFractionsOfAFen() {
		assertThat(this.rules.problems(withPrice("-1"))).extracting(FieldProblem::field).containsExactly("price");
		assertThat(this.rules.problems(withPrice("9.999"))).singleElement()
			.satisfies((problem) -> assertThat(problem.detail()).contains("2 decimal places"));
	}

	@Test
	void refusesAMegabyteDescriptionNamingIt() {
		Submission valid = valid();
		Submission huge = new Submission(valid.sku(), valid.title(), valid.brand(), valid.category(), valid.price(),
				valid.sellingPoints(), valid.audience(), "描".repeat(1_000_000), valid.channels(), valid.variantCount());
		assertThat(this.rules.problems(huge)).singleElement().satisfies((problem) -> {
			assertThat(problem.field()).isEqualTo("description");
			assertThat(problem.detail()).contains("at most 2000");
		});
	}

	@Test
	void namesAnUnknownChannelByItsIndex() {
		Submission valid = valid();
		Submission unknown = new Submission(null, valid.title(), valid.brand(), valid.category(), valid.price(),
				valid.sellingPoints(), valid.audience(), null, List.of("taobao", "amazon"), null);
		assertThat(this.rules.problems(unknown)).singleElement().satisfies((problem) -> {
			assertThat(problem.field()).isEqualTo("channels[1]");
			assertThat(problem.detail()).contains("amazon");
		});
	}

	@Test
	void generatesASkuWhenNoneIsGiven() {
		Submission valid = valid();
		Submission noSku = new Submission(null, valid.title(), valid.brand(), valid.category(), valid.price(),
				valid.sellingPoints(), valid.audience(), null, valid.channels(), null);
		RequirementId id = RequirementId.next();
		assertThat(this.rules.product(noSku, id).sku()).startsWith("REQ-");
		assertThat(this.rules.variantCount(noSku)).isEqualTo(3);
	}

	private static Submission withPrice(String price) {
		Submission valid = valid();
		return new Submission(valid.sku(), valid.title(), valid.brand(), valid.category(), new BigDecimal(price),
				valid.sellingPoints(), valid.audience(), null, valid.channels(), null);
	}

	static Submission valid() {
		return new Submission("CUP-1", "暖暖 316 不锈钢保温杯", "暖暖", "家居/杯具", new BigDecimal("89.90"),
				List.of("12 小时保温", "一键开盖"), "上班族", null, List.of("taobao"), 3);
	}

}
