package io.aigcfactory.inspection.compliance;

import java.util.Collection;

/**
 * One term or pattern of the lexicon and what it means when found.
 *
 * @param term the term as written in the pack, or a pattern's regular expression
 * @param code the stable finding code
 * @param category what kind of claim it is: the pack's {@code @category}, e.g.
 * {@code superlative}
 * @param basis the legal basis, in Chinese
 * @param suggestion how to say it compliantly, in Chinese
 * @param level how severe a match is
 * @param scope the categories the term applies to
 * @param channels the channels the term applies to
 */
record LexiconEntry(String term, String code, String category, String basis, String suggestion, Level level,
		CategoryScope scope, ChannelScope channels) {

	/** Whether the term binds copy of a category published on these channels. */
	boolean appliesTo(String normalisedCategory, Collection<String> channelNames) {
		return this.scope.includes(normalisedCategory) && this.channels.appliesTo(channelNames);
	}

}
