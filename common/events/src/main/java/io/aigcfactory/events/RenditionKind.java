package io.aigcfactory.events;

/** The kinds of files an asset is made of. */
public enum RenditionKind {

	/** Plain-text ad copy (UTF-8). */
	COPY,
	/** A main (hero) image in one platform size. */
	MAIN_IMAGE,
	/** A product detail page (详情页) as HTML. */
	DETAIL_PAGE,
	/** The detail page as one long image, as marketplaces take it. */
	DETAIL_IMAGE,
	/** A promo video. */
	VIDEO,
	/** A video's subtitles (SRT). */
	SUBTITLES,
	/**
	 * The implicit AI-generation label (GB 45438-2025) of a text rendition, as a JSON
	 * sidecar.
	 */
	LABEL

}
