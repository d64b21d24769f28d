package io.aigcfactory.production.asset;

import java.util.List;
import java.util.Map;

import io.aigcfactory.platform.channel.ChannelProfile;
import io.aigcfactory.platform.channel.ChannelProfile.ImageFormat;
import io.aigcfactory.platform.channel.ChannelProfile.ImageSlot;
import io.aigcfactory.platform.channel.TextCounting;
import io.aigcfactory.production.image.ImageSpec;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class ImageTargetTests {

	@Test
	void channelsDecideTheSizesAndShareFilesOfTheSameSizeAndFormat() {
		List<ImageTarget> plan = ImageTarget.plan(List.of(ImageSpec.MAIN_800),
				List.of(Map.entry("jd",
						profile(slot(800, 800, ImageFormat.PNG, 1), slot(1280, 720, ImageFormat.JPEG, 1))),
						Map.entry("douyin",
								profile(slot(1080, 1920, ImageFormat.JPEG, 5), slot(1280, 720, ImageFormat.JPEG, 3)))));

		assertThat(plan).extracting(ImageTarget::fileName)
			.containsExactly("main-800x800.png", "main-1280x720.jpg", "main-1080x1920.jpg");
		assertThat(plan.get(0).channels()).as("the configured main image goes to every channel").isEmpty();
		assertThat(plan.get(1).channels()).containsExactly("jd", "douyin");
		assertThat(plan.get(1).maxBytes()).isEqualTo(DataSize.ofMegabytes(1).toBytes());
		assertThat(plan.get(2).channels()).containsExactly("douyin");
	}

	@Test
	void withoutProfilesOnlyTheConfiguredMainImagesAreMade() {
		assertThat(ImageTarget.plan(List.of(ImageSpec.MAIN_800), List.of())).extracting(ImageTarget::fileName)
			.containsExactly("main-800x800.png");
	}

	private static ImageSlot slot(int width, int height, ImageFormat format, int megabytes) {
		return new ImageSlot(width, height, format, DataSize.ofMegabytes(megabytes), "test");
	}

	private static ChannelProfile profile(ImageSlot... images) {
		return new ChannelProfile("test", List.of(images),
				new ChannelProfile.TextRule(60, TextCounting.GBK_BYTES, "test"),
				new ChannelProfile.TextRule(40, TextCounting.CHARACTERS, "test"),
				new ChannelProfile.Hashtags(2, "test"),
				new ChannelProfile.AiLabel(List.of(ChannelProfile.Corner.TOP_LEFT), 0.05, "test"), null, null);
	}

}
