package io.aigcfactory.inspection.compliance;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FactCheckTests {

	private final FactCheck check = new FactCheck();

	@Test
	void findsANumberThatContradictsTheFactAboutTheSameThing() {
		String copy = "续航长达 50 小时，通勤一周不用充";

		List<Violation> found = this.check.mismatches(copy, List.of("续航 40 小时", "蓝牙 5.3"));

		assertThat(found).singleElement().satisfies((violation) -> {
			assertThat(violation.code()).isEqualTo("FACT_MISMATCH");
			assertThat(violation.severity()).isEqualTo(Level.BLOCK);
			assertThat(copy.substring(violation.start(), violation.end())).isEqualTo("50 小时");
			assertThat(violation.suggestion()).contains("40 小时");
		});
	}

	@Test
	void acceptsTheSameQuantityInAnotherUnit() {
		assertThat(this.check.mismatches("1500ml 大容量水壶", List.of("容量 1.5L"))).isEmpty();
		assertThat(this.check.mismatches("90% 白鸭绒填充", List.of("90%白鸭绒"))).isEmpty();
	}

	@Test
	void findsAPercentageOfTheWrongFilling() {
		assertThat(this.check.mismatches("95%白鸭绒，轻暖蓬松", List.of("填充物：90% 白鸭绒"))).extracting(Violation::evidence)
			.containsExactly("95%");
	}

	@Test
	void leavesQuantitiesAboutOtherThingsAlone() {
		assertThat(this.check.mismatches("充电 10 分钟，畅听 2 小时", List.of("续航 40 小时"))).isEmpty();
		assertThat(this.check.mismatches("500ml 保温杯", List.of("续航 40 小时"))).isEmpty();
	}

	@Test
	void doesNotReadModelNumbersAsQuantities() {
		assertThat(this.check.mismatches("X50h 型号续航 40 小时", List.of("续航 40 小时"))).isEmpty();
	}

}
