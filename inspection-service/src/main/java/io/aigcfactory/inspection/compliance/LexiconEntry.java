package io.aigcfactory.inspection.compliance;

/**
 * One term of the lexicon and what it means when found.
 *
 * @param term the term as written in the pack
 * @param code the stable finding code
 * @param basis the legal basis, in Chinese
 * @param level how severe a match is
 * @param scope the categories the term applies to
 */
record LexiconEntry(String term, String code, String basis, Level level, CategoryScope scope) {
}
