package io.aigcfactory.production.image.local;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StyleTests {

	private static final List<String> BRANDS = List.of("声悦 SoundJoy", "山间茶舍", "ORIVA", "暖居", "光屿", "美厨", "小米", "Anker",
			"三只松鼠", "李宁");

	@Test
	void stylesAreFoundByNameOrChineseAlias() {
		assertThat(Style.of("bold")).isEqualTo(Style.BOLD);
		assertThat(Style.of(" Premium ")).isEqualTo(Style.PREMIUM);
		assertThat(Style.of("清新")).isEqualTo(Style.FRESH);
		assertThat(Style.of("温馨")).isEqualTo(Style.WARM);
		assertThat(Style.of("极简")).isEqualTo(Style.MINIMAL);
	}

	@Test
	void anUnknownStyleGetsTheDefault() {
		assertThat(Style.of("vaporwave")).isEqualTo(Style.MINIMAL);
		assertThat(Style.of("")).isEqualTo(Style.MINIMAL);
	}

	@Test
	void eachStyleHasItsOwnPalette() {
		assertThat(Arrays.stream(Style.values()).map((style) -> style.palette("山间茶舍").backgroundTop()).distinct())
			.hasSize(Style.values().length);
		assertThat(Arrays.stream(Style.values()).map((style) -> style.palette("山间茶舍")).distinct())
			.hasSize(Style.values().length);
	}

	@Test
	void aBrandKeepsItsColourAndBrandsDiffer() {
		assertThat(Style.brandColour("山间茶舍")).isEqualTo(Style.brandColour(" 山间茶舍 "));
		assertThat(Style.MINIMAL.palette("ORIVA").accent()).isEqualTo(Style.MINIMAL.palette("ORIVA").accent());
		assertThat(BRANDS.stream().map(Style::brandColour).distinct().count()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void everyPaletteKeepsItsTextLegible() {
		for (Style style : Style.values()) {
			for (String brand : BRANDS) {
				Palette palette = style.palette(brand);
				String which = style + " for " + brand;
				assertThat(Palette.contrast(palette.ink(), palette.backgroundTop())).as(which)
					.isGreaterThanOrEqualTo(4.5);
				assertThat(Palette.contrast(palette.ink(), palette.backgroundBottom())).as(which)
					.isGreaterThanOrEqualTo(4.5);
				assertThat(Palette.contrast(palette.mutedInk(), palette.backgroundBottom())).as(which)
					.isGreaterThanOrEqualTo(3);
				assertThat(Palette.contrast(palette.onSurface(), palette.surface())).as(which)
					.isGreaterThanOrEqualTo(4.5);
				assertThat(Palette.contrast(palette.onAccent(), palette.accent())).as(which).isGreaterThanOrEqualTo(3);
				assertThat(Palette.contrast(palette.emphasis(), palette.deal())).as(which).isGreaterThanOrEqualTo(3);
				assertThat(Palette.contrast(palette.onAction(), palette.action())).as(which).isGreaterThanOrEqualTo(3);
			}
		}
	}

	@Test
	void contrastIsMeasuredAsWcagDoes() {
		assertThat(Palette.contrast(Color.BLACK, Color.WHITE)).isCloseTo(21, org.assertj.core.data.Offset.offset(0.01));
		assertThat(Palette.contrast(Color.RED, Color.RED)).isEqualTo(1);
	}

}
