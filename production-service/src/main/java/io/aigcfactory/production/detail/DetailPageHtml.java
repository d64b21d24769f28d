package io.aigcfactory.production.detail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The detail page as HTML, from the Thymeleaf template
 * {@code templates/detail/page.html}. Every value is escaped by the template engine;
 * nothing is concatenated into markup.
 */
public final class DetailPageHtml {

	/** The rendition's media type. */
	public static final String MEDIA_TYPE = "text/html;charset=UTF-8";

	private final TemplateEngine engine;

	public DetailPageHtml() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(DetailPageHtml.class.getClassLoader());
		resolver.setPrefix("templates/detail/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.engine = new TemplateEngine();
		this.engine.setTemplateResolver(resolver);
	}

	/**
	 * @param sections what the page says
	 * @param width the page's design width in pixels
	 * @param heroImage the file name of the hero image beside the page, e.g.
	 * {@code main-800x800.png}
	 * @param longImage the file name of the page's long image beside it
	 * @return the page, UTF-8
	 */
	public byte[] render(DetailSections sections, int width, String heroImage, String longImage) {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("page", sections);
		context.setVariable("width", width);
		context.setVariable("heroImage", heroImage);
		context.setVariable("longImage", longImage);
		return this.engine.process("page", context).getBytes(StandardCharsets.UTF_8);
	}

}
