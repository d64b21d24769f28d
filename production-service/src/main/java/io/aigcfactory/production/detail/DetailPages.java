package io.aigcfactory.production.detail;

import java.awt.image.BufferedImage;

import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.glyphs.Glyphs;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Makes a concept's detail page: the HTML and the long image, from one set of sections.
 */
@Service
@EnableConfigurationProperties(DetailSettings.class)
public class DetailPages {

	private final DetailSettings settings;

	private final DetailPageHtml html = new DetailPageHtml();

	private final LongImage longImage = new LongImage(Glyphs.bundled());

	DetailPages(DetailSettings settings) {
		this.settings = settings;
	}

	/**
	 * @param concept the concept
	 * @param width the page's width in pixels
	 * @param hero the hero picture: the main image, drawn at the page's width
	 * @param heroImage the file name the hero picture is stored under beside the page
	 * @return the page and its long image
	 */
	public DetailPage make(ConceptCreated concept, int width, BufferedImage hero, String heroImage) {
		DetailSections sections = DetailSections.of(concept, this.settings.promises());
		String longName = longImageName(width);
		return new DetailPage(this.html.render(sections, width, heroImage, longName),
				this.longImage.render(sections, hero, width));
	}

	/** The page's file name. */
	public static String pageName(int width) {
		return "detail-" + width + ".html";
	}

	/** The long image's file name. */
	public static String longImageName(int width) {
		return "detail-" + width + ".jpg";
	}

	/**
	 * A detail page.
	 *
	 * @param html the page, UTF-8
	 * @param longImage the page as one long image
	 */
	public record DetailPage(byte[] html, BufferedImage longImage) {

	}

}
