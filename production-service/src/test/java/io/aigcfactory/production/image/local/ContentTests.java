package io.aigcfactory.production.image.local;

import java.math.BigDecimal;

import io.aigcfactory.production.image.local.Content.Price;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTests {

	@Test
	void pricesShowFenOnlyWhenThereAreAny() {
		assertThat(Price.format(new BigDecimal("299.00"))).isEqualTo("299");
		assertThat(Price.format(new BigDecimal("299"))).isEqualTo("299");
		assertThat(Price.format(new BigDecimal("29.90"))).isEqualTo("29.90");
		assertThat(Price.format(new BigDecimal("29.9"))).isEqualTo("29.90");
		assertThat(Price.format(new BigDecimal("0.5"))).isEqualTo("0.50");
		assertThat(Price.format(new BigDecimal("12999.99"))).isEqualTo("12999.99");
		assertThat(Price.format(new BigDecimal("1E+3"))).isEqualTo("1000");
		assertThat(Price.format(new BigDecimal("9.999"))).isEqualTo("10");
	}

	@Test
	void thePriceIsSplitForItsSizes() {
		Price price = Price.of(new BigDecimal("168.90"), CjkFonts.bundled());

		assertThat(price.currency().text()).isEqualTo("¥");
		assertThat(price.whole().text()).isEqualTo("168");
		assertThat(price.fraction().text()).isEqualTo(".90");
		assertThat(Price.of(new BigDecimal("299.00"), CjkFonts.bundled()).fraction().isEmpty()).isTrue();
	}

	@Test
	void theCategoryIsItsLastLevel() {
		assertThat(Content.leaf("数码/耳机")).isEqualTo("耳机");
		assertThat(Content.leaf("家居 > 灯具")).isEqualTo("灯具");
		assertThat(Content.leaf("食品饮料")).isEqualTo("食品饮料");
		assertThat(Content.leaf("服饰/女装/")).isEqualTo("女装");
	}

	@Test
	void theTitleLosesItsBracketedPromotions() {
		assertThat(Content.shortTitle("【官方正品】声悦 Air Pro 主动降噪蓝牙耳机")).isEqualTo("声悦 Air Pro 主动降噪蓝牙耳机");
		assertThat(Content.shortTitle("明前龙井（2025新茶）[包邮] 250g")).isEqualTo("明前龙井 250g");
		assertThat(Content.shortTitle("【限时】")).isEqualTo("【限时】");
	}

	@Test
	void theStageShowsTheCategorysFirstHanzi() {
		Content content = Content.of(Briefs.tea(), CjkFonts.bundled());

		assertThat(content.glyph().text()).isEqualTo("茶");
		assertThat(content.brandInitial().text()).isEqualTo("山");
		assertThat(content.productName().text()).isEqualTo("明前龙井 250g 礼盒装");
	}

}
