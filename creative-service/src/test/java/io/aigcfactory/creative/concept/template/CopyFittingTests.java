package io.aigcfactory.creative.concept.template;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CopyFittingTests {

	@Test
	void countsCodePointsNotCharUnits() {
		assertThat(CopyFitting.length("耳机𠀀")).isEqualTo(3);
	}

	@Test
	void keepsTextThatFits() {
		assertThat(CopyFitting.fill("{name}，好用", Map.of("name", List.of("声悦耳机")), 18, false)).isEqualTo("声悦耳机，好用");
	}

	@Test
	void usesShorterFormsOfTheLongestSlotBeforeCutting() {
		Map<String, List<String>> slots = Map.of("name", List.of("声悦真无线蓝牙耳机", "耳机"), "p1", List.of("三十小时超长续航", "长续航"));

		assertThat(CopyFitting.fill("{name}，{p1}", slots, 11, false)).isEqualTo("耳机，三十小时超长续航");
		assertThat(CopyFitting.fill("{name}，{p1}", slots, 6, false)).isEqualTo("耳机，长续航");
	}

	@Test
	void endsAtAClauseWhenShorterFormsAreNotEnough() {
		assertThat(CopyFitting.clip("慢回弹记忆棉，人体工学曲线，可拆洗枕套", 13, false)).isEqualTo("慢回弹记忆棉，人体工学曲线");
		assertThat(CopyFitting.clip("慢回弹记忆棉，人体工学曲线，可拆洗枕套", 12, false)).isEqualTo("慢回弹记忆棉");
	}

	@Test
	void endsASentenceWithAFullStop() {
		String clipped = CopyFitting.clip("送礼要送用得上的，一份好礼，心意和实用都有，收到的人天天用得上", 20, true);

		assertThat(clipped).endsWith("。");
		assertThat(CopyFitting.length(clipped)).isLessThanOrEqualTo(20);
	}

	@Test
	void neverCutsInsideANumberOrALatinWord() {
		assertThat(CopyFitting.clip("续航长达123456小时", 7, false)).isEqualTo("续航长达");
		assertThat(CopyFitting.clip("支持蓝牙5.3协议", 5, false)).isEqualTo("支持蓝牙");
		assertThat(CopyFitting.clip("全新Bluetooth连接", 6, false)).isEqualTo("全新");
	}

	@Test
	void cutsALongLatinRunThatFillsTheWholeLimit() {
		assertThat(CopyFitting.clip("ABCDEFGHIJKLMN", 5, false)).isEqualTo("ABCDE");
	}

	@Test
	void refusesATemplateWithAnUnfilledSlot() {
		assertThatIllegalArgumentException().isThrownBy(() -> CopyFitting.fill("{brand}出品", Map.of(), 10, false));
	}

}
