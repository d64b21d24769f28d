package io.aigcfactory.platform.channel;

import java.io.IOException;
import java.util.List;

import io.aigcfactory.platform.channel.ChannelProfile.ImageFormat;
import io.aigcfactory.platform.channel.ChannelProfile.ImageSlot;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelProfilesTests {

	private final ChannelProfiles profiles = bind("aigc-channel-profiles.yml", ChannelProfiles.class);

	private final ChannelCatalog catalog = bind("aigc-channels.yml", ChannelCatalog.class);

	@Test
	void everyCatalogueChannelHasAProfileWithSourcedRules() {
		assertThat(this.profiles.profiles().keySet()).containsExactlyInAnyOrderElementsOf(this.catalog.ids());
		assertThat(this.profiles.profiles().values()).allSatisfy((profile) -> {
			assertThat(profile.images()).isNotEmpty().allSatisfy((image) -> assertThat(image.source()).isNotBlank());
			assertThat(profile.title().source()).isNotBlank();
			assertThat(profile.aiLabel().corners()).isNotEmpty();
			assertThat(profile.aiLabel().minTextHeight()).isEqualTo(0.05);
		});
	}

	@Test
	void theProfilesAskForEveryAspectRatioInBothFormats() {
		List<ImageSlot> images = this.profiles.profiles()
			.values()
			.stream()
			.flatMap((p) -> p.images().stream())
			.toList();

		assertThat(images).extracting((image) -> ratio(image.width(), image.height()))
			.contains("1:1", "3:4", "9:16", "16:9");
		assertThat(images).extracting(ImageSlot::format).contains(ImageFormat.PNG, ImageFormat.JPEG);
		assertThat(this.profiles.of("xiaohongshu").orElseThrow().images()).extracting(ImageSlot::fileName)
			.contains("main-1242x1660.jpg");
		assertThat(this.profiles.of("jd").orElseThrow().images().getFirst().maxBytes())
			.isEqualTo(DataSize.ofMegabytes(1));
	}

	@Test
	void taobaoCountsItsTitleInGbkBytes() {
		ChannelProfile.TextRule title = this.profiles.of("taobao").orElseThrow().title();

		assertThat(title.counting()).isEqualTo(TextCounting.GBK_BYTES);
		assertThat(title.allows("一".repeat(30))).isTrue();
		assertThat(title.allows("一".repeat(31))).isFalse();
		assertThat(title.allows("Pro" + "一".repeat(28) + "5")).isTrue();
		assertThat(title.fit("暖暖 316 不锈钢保温杯 500ml 大容量 办公室 男女 学生 便携 车载 水杯 礼盒装"))
			.isEqualTo("暖暖 316 不锈钢保温杯 500ml 大容量 办公室 男女 学生 便携 车");
	}

	@Test
	void socialChannelsCarryHashtagsAndMarketplacesNone() {
		assertThat(this.profiles.of("xiaohongshu").orElseThrow().hashtags().max()).isEqualTo(10);
		assertThat(this.profiles.of("douyin").orElseThrow().hashtags().max()).isPositive();
		assertThat(this.profiles.of("taobao").orElseThrow().hashtags().max()).isZero();
		assertThat(this.profiles.of("douyin").orElseThrow().video()).isNotNull();
		assertThat(this.profiles.of("xiaohongshu").orElseThrow().video()).isNotNull();
		assertThat(this.profiles.of("xiaohongshu").orElseThrow().detailPage()).isNull();
	}

	@Test
	void channelsWithoutAProfileAreSkipped() {
		assertThat(this.profiles.of(List.of("jd", "unknown", "jd", "douyin"))).extracting((entry) -> entry.getKey())
			.containsExactly("jd", "douyin");
	}

	private static String ratio(int width, int height) {
		int a = width;
		int b = height;
		while (b != 0) {
			int t = a % b;
			a = b;
			b = t;
		}
		String exact = (width / a) + ":" + (height / a);
		// 1242×1660 is 3:4 as the platforms round it.
		return (Math.abs(width * 4 - height * 3) <= 10) ? "3:4" : exact;
	}

	private static <T> T bind(String file, Class<T> type) {
		try {
			StandardEnvironment environment = new StandardEnvironment();
			for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
				environment.getPropertySources().addLast(source);
			}
			return Binder.get(environment).bindOrCreate("aigc.channels", type);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
