package io.aigcfactory.production.copy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.aigcfactory.events.Copy;
import io.aigcfactory.events.Product;
import io.aigcfactory.platform.channel.ChannelProfile;
import io.aigcfactory.platform.channel.ChannelProfile.Hashtags;
import io.aigcfactory.platform.channel.ChannelProfile.TextRule;
import io.aigcfactory.platform.channel.TextCounting;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelCopyTests {

	private static final Copy COPY = new Copy("通勤路上，世界安静下来，地铁也能好好听歌", "40dB 主动降噪隔绝地铁轰鸣，30 小时续航陪你一整周。", "立即选购",
			List.of("40dB 主动降噪"), List.of("通勤好物", "降噪耳机", "数码", "通勤好物"));

	private static final Product PRODUCT = new Product("AUD-1001", "声悦 Pro 主动降噪蓝牙耳机 入耳式 运动 跑步 超长续航 通话降噪 苹果安卓通用", "声悦",
			"数码/耳机", new BigDecimal("299.00"), List.of("40dB 主动降噪"), "通勤上班族", null);

	@Test
	void aMarketplaceGetsTheListingTitleWithinItsByteCountAndNoHashtags() {
		ChannelProfile taobao = profile(new TextRule(60, TextCounting.GBK_BYTES, "t"), 0, 500);

		String title = ChannelCopy.title(COPY, PRODUCT, taobao);
		String text = new String(ChannelCopy.render(COPY, PRODUCT, taobao), StandardCharsets.UTF_8);

		assertThat(TextCounting.GBK_BYTES.length(title)).isLessThanOrEqualTo(60).isGreaterThan(56);
		assertThat(PRODUCT.title()).startsWith(title);
		assertThat(text).startsWith(title + "\n\n40dB").doesNotContain("#");
	}

	@Test
	void aSocialChannelGetsTheHeadlineWithinItsCharacterCountAndItsHashtags() {
		ChannelProfile xiaohongshu = profile(new TextRule(16, TextCounting.CHARACTERS, "t"), 2, 1000);

		String text = new String(ChannelCopy.render(COPY, PRODUCT, xiaohongshu), StandardCharsets.UTF_8);

		assertThat(ChannelCopy.title(COPY, PRODUCT, xiaohongshu)).isEqualTo("通勤路上，世界安静下来，地铁也能");
		assertThat(text).endsWith("#通勤好物 #降噪耳机\n");
	}

	@Test
	void theBodyIsCutSoThatBodyAndHashtagsKeepToTheCopyRule() {
		ChannelProfile tight = profile(new TextRule(20, TextCounting.CHARACTERS, "t"), 2, 30);

		String text = new String(ChannelCopy.render(COPY, PRODUCT, tight), StandardCharsets.UTF_8);
		String afterTitle = text.substring(text.indexOf("\n\n") + 2, text.length() - 1);

		assertThat(afterTitle.codePointCount(0, afterTitle.length())).isLessThanOrEqualTo(30);
		assertThat(afterTitle).endsWith("#通勤好物 #降噪耳机");
	}

	private static ChannelProfile profile(TextRule title, int hashtags, int copy) {
		return new ChannelProfile("test", List.of(), title, new TextRule(copy, TextCounting.CHARACTERS, "t"),
				new Hashtags(hashtags, "t"),
				new ChannelProfile.AiLabel(List.of(ChannelProfile.Corner.TOP_LEFT), 0.05, "t"), null, null);
	}

}
